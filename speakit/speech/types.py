"""What is said and how it sounds: the speech script and audio clip types.

``audio/`` imports these; nothing here imports ``audio/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

Role = Literal["title", "summary", "heading", "body", "picture", "quote", "media", "terms"]
ROLES: tuple[str, ...] = ("title", "summary", "heading", "body", "picture", "quote", "media", "terms")


@dataclass(frozen=True)
class Utterance:
    """One thing to say: a sentence, a heading, a picture description."""

    text: str
    """The exact words to speak, already normalized (no digits, no symbols)."""
    role: Role
    """What it is; voice profiles set the pause after each role."""
    pause_ms: int
    """Silence after it, in milliseconds."""
    sentence_id: str | None = None
    """The document sentence it speaks, when it speaks one."""
    display: str = ""
    """The text as written (for captions and the VTT); ``text`` when empty."""


@dataclass(frozen=True)
class Chapter:
    """One audio chapter: the intro, then one per section."""

    title: str
    """Chapter title shown by players."""
    utterances: tuple[Utterance, ...]
    """What is said in the chapter, in order."""


@dataclass(frozen=True)
class SpeechScript:
    """Everything to be spoken, in chapters, with the metadata for tags."""

    title: str
    """Article title (album/title tags)."""
    chapters: tuple[Chapter, ...]
    """Chapters in order."""
    language: str = "en"
    """BCP 47 language tag."""
    site_name: str | None = None
    """Publication (artist tag)."""
    byline: str | None = None
    """Author line."""


@dataclass(frozen=True)
class AudioChunk:
    """Mono or multi-channel signed little-endian PCM with its format spelled out."""

    samples: bytes
    """Raw PCM frames."""
    sample_rate: int
    """Frames per second."""
    sample_width: int = 2
    """Bytes per sample (2 = 16-bit)."""
    channels: int = 1
    """Channel count."""

    @property
    def duration_s(self) -> float:
        """Length in seconds, exact from the frame count."""
        return len(self.samples) / (self.sample_rate * self.sample_width * self.channels)


@dataclass(frozen=True)
class VoiceInfo:
    """A voice an engine can speak with."""

    id: str
    """What ``--voice`` takes."""
    name: str
    """Human-readable name."""
    language: str = "en"
    """Main language."""
    engine: str = ""
    """Engine name."""


@runtime_checkable
class Engine(Protocol):
    """A speech engine. Built-ins subclass this explicitly so mypy checks them."""

    name: str
    """Entry-point name: ``piper``, ``espeak-ng``, ``pyttsx3``."""

    def available(self) -> bool:
        """True when the engine can run on this machine."""
        ...

    def install_hint(self) -> str:
        """One line on how to install the engine."""
        ...

    def version(self) -> str:
        """Engine and voice-data version (part of the cache key)."""
        ...

    def voices(self) -> list[VoiceInfo]:
        """Voices installed for this engine."""
        ...

    def synthesize(self, text: str, voice: str | None = None, rate: float = 1.0) -> AudioChunk:
        """Speak one utterance and return its audio (no leading/trailing pause added)."""
        ...
