"""``python -m speakit``: the same as the ``speakit`` command."""

from .cli import main

main()
