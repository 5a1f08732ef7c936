"""Fixtures for the speech tests: a private synthesis cache and the fake engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No speech test writes to the user's ~/.cache: SPEAKIT_CACHE points at a temp folder."""
    path = tmp_path_factory.mktemp("speakit-cache")
    monkeypatch.setenv("SPEAKIT_CACHE", str(path))
    yield path


@pytest.fixture
def call_log(tmp_path: Path) -> Path:
    """File where the fake engine records each text it synthesized (from any process)."""
    return tmp_path / "calls.log"
