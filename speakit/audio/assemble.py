"""Clips + pauses → one mono track, with chapter marks and cues timed from sample counts."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Sequence
from types import ModuleType

from ..errors import AudioError
from ..speech.types import AudioChunk, SpeechScript
from .model import ChapterMark, ClipLike, Cue, Programme

log = logging.getLogger(__name__)

SAMPLE_WIDTH = 2
"""Bytes per sample of every programme (16-bit)."""


def assemble(chapters: Sequence[Sequence[ClipLike]], script: SpeechScript) -> Programme:
    """Join each chapter's clips, each followed by its pause, into one mono 16-bit programme."""
    if len(chapters) != len(script.chapters):
        raise AudioError(
            f"assemble got clips for {len(chapters)} chapters but the script has "
            f"{len(script.chapters)}; pass one list of clips per script chapter, in order")
    clips = [clip for chapter in chapters for clip in chapter]
    if not any(_frame_count(clip.audio) for clip in clips):
        raise AudioError("there is no audio to assemble: every clip is empty; "
                         "check that the speech engine produced sound")
    # The highest rate wins so clips are only ever upsampled: pydub's converter has no
    # anti-aliasing filter, and upsampling speech loses nothing audible.
    rate = max(clip.audio.sample_rate for clip in clips if _frame_count(clip.audio))

    parts: list[bytes] = []
    frames = 0
    marks: list[tuple[str, int]] = []
    cues: list[Cue] = []
    for chapter_clips, chapter in zip(chapters, script.chapters):
        chapter_start: int | None = None
        for clip in chapter_clips:
            pcm = _to_programme_format(clip, rate)
            count = len(pcm) // SAMPLE_WIDTH
            if count == 0:
                # Nothing was said, so no pause follows either: a silent gap would be
                # a chapter or cue boundary with nothing in it.
                log.warning("no audio for utterance %r; it is left out", clip.utterance.text[:60])
                continue
            if chapter_start is None:
                chapter_start = frames
            utterance = clip.utterance
            cues.append(Cue(
                start_s=frames / rate,
                end_s=(frames + count) / rate,
                text=_one_line(utterance.display or utterance.text),
                sentence_id=utterance.sentence_id,
                role=utterance.role,
            ))
            parts.append(pcm)
            frames += count
            pause = max(0, round(utterance.pause_ms * rate / 1000))
            if pause:
                parts.append(bytes(pause * SAMPLE_WIDTH))
                frames += pause
        if chapter_start is None:
            log.warning("chapter %r has no audio; it gets no chapter mark", chapter.title)
            continue
        marks.append((chapter.title, chapter_start))

    ends = [start for _, start in marks[1:]] + [frames]
    chapter_marks = tuple(
        ChapterMark(title=_one_line(title) or f"Chapter {number}", start_s=start / rate,
                    end_s=end / rate)
        for number, ((title, start), end) in enumerate(zip(marks, ends), start=1))
    audio = AudioChunk(samples=b"".join(parts), sample_rate=rate, sample_width=SAMPLE_WIDTH,
                       channels=1)
    log.debug("assembled %d cues in %d chapters, %.2f s at %d Hz", len(cues),
              len(chapter_marks), audio.duration_s, rate)
    return Programme(audio=audio, chapters=chapter_marks, cues=tuple(cues))


def _frame_count(audio: AudioChunk) -> int:
    return len(audio.samples) // (audio.sample_width * audio.channels)


def _to_programme_format(clip: ClipLike, rate: int) -> bytes:
    """The clip's PCM as mono 16-bit at ``rate``; pydub converts only when needed."""
    audio = clip.audio
    frame_bytes = audio.sample_width * audio.channels
    if audio.sample_width not in (1, 2, 3, 4) or audio.channels < 1 or audio.sample_rate < 1:
        raise AudioError(
            f"clip for {clip.utterance.text[:60]!r} has an unsupported format "
            f"({audio.sample_width}-byte samples, {audio.channels} channels, "
            f"{audio.sample_rate} Hz); engines must return signed PCM of 1 to 4 bytes")
    if len(audio.samples) % frame_bytes:
        raise AudioError(
            f"clip for {clip.utterance.text[:60]!r} holds {len(audio.samples)} bytes, not a "
            f"whole number of {frame_bytes}-byte frames; the engine returned truncated audio")
    if (audio.sample_rate, audio.sample_width, audio.channels) == (rate, SAMPLE_WIDTH, 1):
        return audio.samples
    if not audio.samples:
        return b""
    segment = _pydub().AudioSegment(data=audio.samples, sample_width=audio.sample_width,
                                    frame_rate=audio.sample_rate, channels=audio.channels)
    segment = segment.set_channels(1).set_sample_width(SAMPLE_WIDTH).set_frame_rate(rate)
    return bytes(segment.raw_data)


def _pydub() -> ModuleType:
    """Import pydub quietly: it warns about the deprecated audioop module and a missing ffmpeg."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        import pydub

    return pydub


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
