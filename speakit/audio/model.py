"""The assembled programme: one mono PCM track with chapter marks and per-sentence cues."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from ..speech.types import AudioChunk, Role, Utterance


class ClipLike(Protocol):
    """What ``assemble`` needs of a synthesized clip (``speakit.speech.synth.Clip`` fits)."""

    # Read-only members so a frozen dataclass satisfies the protocol.
    @property
    def utterance(self) -> Utterance:
        """The utterance that was spoken."""
        ...

    @property
    def audio(self) -> AudioChunk:
        """Its audio, with no pause added."""
        ...


@dataclass(frozen=True)
class ChapterMark:
    """One chapter of the programme, in seconds from its start."""

    title: str
    """Chapter title shown by players."""
    start_s: float
    """Where the chapter begins: exactly where its first cue begins."""
    end_s: float
    """Where it ends: the next chapter's start, or the programme's end."""


@dataclass(frozen=True)
class Cue:
    """One spoken utterance on the programme's time line (a VTT cue)."""

    start_s: float
    """First sample of the utterance's audio."""
    end_s: float
    """Just after its last sample; the pause that follows is not part of the cue."""
    text: str
    """The text as written (``Utterance.display``), else the spoken text."""
    sentence_id: str | None
    """The document sentence it speaks, when it speaks one."""
    role: Role
    """What was said: title, heading, body, picture…"""


@dataclass(frozen=True)
class Programme:
    """A whole article as one mono 16-bit track, with its chapters and cues."""

    audio: AudioChunk
    """Mono signed 16-bit little-endian PCM."""
    chapters: tuple[ChapterMark, ...]
    """Chapters in time order; they tile the programme without gaps."""
    cues: tuple[Cue, ...]
    """One cue per spoken utterance, in time order, never overlapping."""
    loudness_lufs: float | None = None
    """Integrated loudness as measured after ``normalize_loudness``; ``None`` before."""
    true_peak_db: float | None = None
    """True peak in dBTP as measured after ``normalize_loudness``; ``None`` before."""

    @property
    def duration_s(self) -> float:
        """Length in seconds, exact from the sample count."""
        return self.audio.duration_s
