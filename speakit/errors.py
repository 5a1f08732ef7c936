"""One exception hierarchy; every message says what is wrong and what to do next."""

from __future__ import annotations


class SpeakitError(Exception):
    """Base of every error speakit raises on purpose; the CLI prints it as ``Error: …``."""


class InputError(SpeakitError):
    """The input cannot be read: missing, a directory, empty, binary, wrong encoding, too big."""


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error, wrong content type, too big)."""


class NoArticleError(InputError):
    """The input was read but holds no article text."""


class SimplifyError(SpeakitError):
    """The simplifier could not do its work (bad glossary file, unknown level)."""


class EngineError(SpeakitError):
    """A speech engine is missing, unknown, or failed while synthesizing."""


class VoiceError(EngineError):
    """A voice or voice profile is unknown or cannot be loaded."""


class AudioError(SpeakitError):
    """Audio assembly or encoding failed (ffmpeg missing or failing)."""


class OutputError(SpeakitError):
    """An output file or folder cannot be written."""
