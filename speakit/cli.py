"""The ``speakit`` command: parse options, call the library, print. No logic of its own.

Imports of the stages happen inside the commands so ``speakit --help`` stays fast.
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, NoReturn

import click

from . import __version__
from .errors import SpeakitError

log = logging.getLogger("speakit")

LEVEL_CHOICE = click.Choice(["original", "plain", "easy"])

glossary_option = click.option(
    "--glossary", type=click.Path(dir_okay=False), envvar="SPEAKIT_GLOSSARY",
    help="Your own term explanations (TOML or CSV); they win over the packaged glossary.")
lexicon_option = click.option(
    "--lexicon", "lexicons", multiple=True, type=click.Path(dir_okay=False),
    envvar="SPEAKIT_LEXICON", help="Extra pronunciation lexicon (PLS or TOML); repeatable.")
media_notes_option = click.option(
    "--media-notes/--no-media-notes", default=True, show_default=True,
    help="Say where the original has a video.")
words_to_know_option = click.option(
    "--words-to-know/--no-words-to-know", default=False, show_default=True,
    help="Read the Words to know list as a last chapter.")


def json_option(what: str) -> Any:
    """The ``--json`` flag of a command that prints ``what``."""
    return click.option("--json", "as_json", is_flag=True, help=f"Print {what} as JSON.")


def simplify_level_option(what: str) -> Any:
    """``--level plain|easy`` for the commands that always simplify."""
    return click.option("--level", type=click.Choice(["plain", "easy"]), default="plain",
                        show_default=True, envvar="SPEAKIT_LEVEL", help=what)


class SpeakitGroup(click.Group):
    """The one error boundary: ``SpeakitError`` becomes ``Error: …`` and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command, turning expected failures into one clear line."""
        try:
            return super().invoke(ctx)
        except SpeakitError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("Error: interrupted.", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            sys.exit(1)
        except Exception as exc:  # noqa: BLE001 - the boundary must not show a traceback
            log.debug("internal error", exc_info=True)
            _fail(f"internal error: {type(exc).__name__}: {exc}. "
                  "Run with -v to see the traceback and please report it.")


def _fail(message: str) -> NoReturn:
    click.echo(f"Error: {message}", err=True)
    sys.exit(1)


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.group(cls=SpeakitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="speakit")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn a news article into easy-read text and chapterized audio, offline."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def _echo_document(doc: Any, as_json: bool) -> None:
    from .render import to_markdown

    if as_json:
        _echo_json(doc.to_dict())
    else:
        click.echo(to_markdown(doc))


@cli.command()
@click.argument("source")
@json_option("the document (the JSON contract) instead of Markdown")
def read(source: str, as_json: bool) -> None:
    """Read SOURCE (a file, - for stdin, or an http(s) URL) and print the document."""
    from .read import read_source

    _echo_document(read_source(source), as_json)


@cli.command()
@click.argument("source")
@simplify_level_option("How far to simplify.")
@glossary_option
@json_option("the simplified document instead of Markdown")
def simplify(source: str, level: str, glossary: str | None, as_json: bool) -> None:
    """Simplify SOURCE into plain or easy-read text."""
    from .pipeline import read_and_simplify

    _echo_document(read_and_simplify(source, level=level, glossary=glossary), as_json)


@cli.command()
@click.argument("source")
@simplify_level_option("Level to compare the original with.")
@glossary_option
@json_option("the report")
def report(source: str, level: str, glossary: str | None, as_json: bool) -> None:
    """Readability of SOURCE before and after simplification."""
    from .pipeline import build_report
    from .simplify.report import format_report

    data = build_report(source, level=level, glossary=glossary)
    if as_json:
        _echo_json(data)
    else:
        click.echo(format_report(data))


@cli.command()
@click.argument("source")
@click.option("--level", type=LEVEL_CHOICE, default="original", show_default=True,
              envvar="SPEAKIT_LEVEL", help="Speak the original or a simplified text.")
@glossary_option
@lexicon_option
@media_notes_option
@words_to_know_option
@click.option("--engine", envvar="SPEAKIT_ENGINE", help="Engine whose voice profile sets the pauses.")
@click.option("--voice", envvar="SPEAKIT_VOICE", help="Voice id or profile name (sets the pauses).")
@json_option("the script")
def script(source: str, level: str, glossary: str | None, lexicons: tuple[str, ...],
           media_notes: bool, words_to_know: bool, engine: str | None, voice: str | None,
           as_json: bool) -> None:
    """Print the speech script of SOURCE for a person to review."""
    from .pipeline import build_script_for
    from .speech.script import format_script, script_to_dict

    spoken = build_script_for(source, level=level, glossary=glossary, lexicons=lexicons,
                              media_notes=media_notes, words_to_know=words_to_know,
                              voice=voice, engine=engine)
    if as_json:
        _echo_json(script_to_dict(spoken))
    else:
        click.echo(format_script(spoken))


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "outdir", type=click.Path(file_okay=False), default="out",
              show_default=True, envvar="SPEAKIT_OUTPUT", help="Output folder.")
@click.option("--level", type=LEVEL_CHOICE, default="plain", show_default=True,
              envvar="SPEAKIT_LEVEL", help="Text level to write and speak.")
@click.option("--engine", envvar="SPEAKIT_ENGINE", help="Speech engine (see `speakit engines`).")
@click.option("--voice", envvar="SPEAKIT_VOICE", help="Voice id, profile name or .onnx path.")
@click.option("--rate", type=click.FloatRange(0.5, 2.0), default=None, envvar="SPEAKIT_RATE",
              help="Speaking rate, 1.0 = the voice's normal speed.")
@click.option("--formats", default="mp3,md,txt,html,json,vtt", show_default=True,
              envvar="SPEAKIT_FORMATS", help="Comma-separated: mp3,m4b,md,txt,html,json,vtt,chapters,m3u.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None, envvar="SPEAKIT_JOBS",
              help="Parallel synthesis processes (default: CPU count).")
@glossary_option
@lexicon_option
@media_notes_option
@words_to_know_option
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="SPEAKIT_CACHE",
              help="Synthesis cache (default: ~/.cache/speakit).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def convert(sources: tuple[str, ...], outdir: str, quiet: bool, **options: Any) -> None:
    """Convert each SOURCE into OUTDIR/<slug>/: audio, easy-read text and sidecars."""
    from .pipeline import convert as run_convert
    from .progress import ProgressBar

    if len(sources) == 1:
        with ProgressBar(enabled=not quiet) as bar:
            result = run_convert(sources[0], outdir, progress=bar.update, **options)
        click.echo(result.folder)
        return
    # A batch goes on past a bad article and says at the end which ones failed.
    failed = 0
    for source in sources:
        try:
            with ProgressBar(enabled=not quiet) as bar:
                result = run_convert(source, outdir, progress=bar.update, **options)
            click.echo(result.folder)
        except SpeakitError as exc:
            failed += 1
            click.echo(f"Error: {source}: {exc}", err=True)
    if failed:
        _fail(f"{failed} of {len(sources)} articles could not be converted (see above).")


@cli.command()
@click.option("--engine", help="Only this engine's voices.")
def voices(engine: str | None) -> None:
    """List the voices of every installed engine, and the voice profiles."""
    from .speech.engines import describe_voices

    click.echo(describe_voices(engine))


@cli.command()
def engines() -> None:
    """List the speech engines, installed or not, with how to install the missing ones."""
    from .speech.engines import describe_engines

    click.echo(describe_engines())


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="speakit")


if __name__ == "__main__":  # pragma: no cover
    main()
