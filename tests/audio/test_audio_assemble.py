"""assemble(): pauses, exact chapter and cue times from sample counts, format conversion."""

from __future__ import annotations

import logging

import pytest
from audio_testkit import RATE, clip, script_for, tone
from hypothesis import given, settings, strategies as st

from speakit.audio import ChapterMark, Cue, assemble
from speakit.errors import AudioError
from speakit.speech.types import AudioChunk, Chapter, SpeechScript, Utterance


def test_times_are_exact_from_sample_counts() -> None:
    # 22050 Hz: 200 ms = 4410 frames, 500 ms = 11025 frames.
    chapters, script = script_for([
        ("Harbour bridge reopens", [
            clip("Harbour bridge reopens.", tone(11025), 500, "t1", "title"),
            clip("The bridge opened on Monday.", tone(22050), 200, "s1"),
        ]),
        ("What changes for drivers", [
            clip("What changes for drivers", tone(6615), 500, None, "heading"),
            clip("Tolls stay at two pounds.", tone(8820), 200, "s2", display="Tolls stay at £2."),
        ]),
    ])
    programme = assemble(chapters, script)

    assert programme.audio.sample_rate == RATE
    assert programme.audio.channels == 1 and programme.audio.sample_width == 2
    total = 11025 + 11025 + 22050 + 4410 + 6615 + 11025 + 8820 + 4410
    assert total == 79380
    assert len(programme.audio.samples) == total * 2
    assert programme.cues == (
        Cue(0 / RATE, 11025 / RATE, "Harbour bridge reopens.", "t1", "title"),
        Cue(22050 / RATE, 44100 / RATE, "The bridge opened on Monday.", "s1", "body"),
        Cue(48510 / RATE, 55125 / RATE, "What changes for drivers", None, "heading"),
        Cue(66150 / RATE, 74970 / RATE, "Tolls stay at £2.", "s2", "body"),
    )
    assert [c.start_s for c in programme.cues] == [0.0, 1.0, 48510 / RATE, 3.0]
    assert [c.end_s for c in programme.cues] == [0.5, 2.0, 2.5, 3.4]
    assert programme.chapters == (
        ChapterMark("Harbour bridge reopens", 0.0, 48510 / RATE),
        ChapterMark("What changes for drivers", 48510 / RATE, total / RATE),
    )
    # A chapter starts exactly where its first cue starts.
    assert programme.chapters[1].start_s == programme.cues[2].start_s
    assert programme.duration_s == total / RATE


def test_roles_and_display_text_fall_back_to_spoken_text() -> None:
    chapters, script = script_for([("Intro", [
        clip("Picture: a crane lifts a steel beam.", tone(100), 0, None, "picture"),
        clip("It costs four million pounds.", tone(100), 0, "s9", "body", "It costs £4m."),
    ])])
    cues = assemble(chapters, script).cues
    assert [(c.text, c.role, c.sentence_id) for c in cues] == [
        ("Picture: a crane lifts a steel beam.", "picture", None),
        ("It costs £4m.", "body", "s9"),
    ]


def test_audio_bytes_are_the_clips_with_silent_pauses_between() -> None:
    first, second = tone(300, amplitude=0.5), tone(200, amplitude=0.1)
    chapters, script = script_for([("One", [clip("a", first, 10), clip("b", second, 0)])])
    samples = assemble(chapters, script).audio.samples
    gap = round(10 * RATE / 1000)
    assert samples[:600] == first.samples
    assert samples[600:600 + gap * 2] == bytes(gap * 2)
    assert samples[600 + gap * 2:] == second.samples


def test_clips_at_other_rates_and_stereo_are_converted() -> None:
    chapters, script = script_for([("One", [
        clip("fast", tone(16000, rate=16000), 0),
        clip("slow", tone(22050, rate=22050), 0),
        clip("stereo", tone(2205, rate=22050, channels=2), 0),
    ])])
    programme = assemble(chapters, script)
    assert programme.audio.sample_rate == 22050 and programme.audio.channels == 1
    lengths = [round((c.end_s - c.start_s) * 22050) for c in programme.cues]
    assert abs(lengths[0] - 22050) <= 1  # one second at 16 kHz is still one second
    assert lengths[1:] == [22050, 2205]


def test_empty_clip_and_its_pause_are_left_out(caplog: pytest.LogCaptureFixture) -> None:
    empty = AudioChunk(b"", RATE)
    chapters, script = script_for([
        ("One", [clip("a", tone(1000), 100), clip("…", empty, 900), clip("b", tone(1000), 0)]),
        ("Nothing said", [clip("…", empty, 500)]),
        ("Three", [clip("c", tone(500), 0)]),
    ])
    with caplog.at_level(logging.WARNING, logger="speakit.audio"):
        programme = assemble(chapters, script)
    assert [c.text for c in programme.cues] == ["a", "b", "c"]
    assert [m.title for m in programme.chapters] == ["One", "Three"]
    assert programme.cues[1].start_s == (1000 + 2205) / RATE
    assert programme.chapters[1].start_s == programme.cues[2].start_s == 4205 / RATE
    assert "Nothing said" in caplog.text


@pytest.mark.parametrize("chapters_given", [0, 2])
def test_chapter_count_must_match_the_script(chapters_given: int) -> None:
    chapters, script = script_for([("One", [clip("a", tone(10))])])
    with pytest.raises(AudioError, match="1"):
        assemble(chapters * chapters_given, script)


def test_all_silent_input_is_an_error() -> None:
    chapters, script = script_for([("One", [clip("a", AudioChunk(b"", RATE), 300)])])
    with pytest.raises(AudioError, match="no audio"):
        assemble(chapters, script)


def test_truncated_clip_is_an_error() -> None:
    chapters, script = script_for([("One", [clip("a", AudioChunk(b"\x00\x01\x02", RATE))])])
    with pytest.raises(AudioError, match="truncated"):
        assemble(chapters, script)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.tuples(st.integers(0, 400), st.integers(0, 300)), max_size=5),
                min_size=1, max_size=6))
def test_cues_and_chapters_tile_the_programme(spec: list[list[tuple[int, int]]]) -> None:
    """Any lengths and pauses: cues in order without overlap, chapters back to back."""
    named = [(f"Part {i}", [clip(f"u{i}.{j}", tone(n), p, f"s{i}.{j}") for j, (n, p) in
                            enumerate(chapter)]) for i, chapter in enumerate(spec)]
    if not any(n for chapter in spec for n, _ in chapter):
        return
    chapters, script = script_for(named)
    programme = assemble(chapters, script)
    frames = len(programme.audio.samples) // 2
    expected = 0
    for chapter in spec:
        for n, p in chapter:
            if n:
                expected += n + round(p * RATE / 1000)
    assert frames == expected
    assert len(programme.cues) == sum(1 for chapter in spec for n, _ in chapter if n)
    for before, after in zip(programme.cues, programme.cues[1:]):
        assert before.start_s < before.end_s <= after.start_s
    marks = programme.chapters
    assert marks[0].start_s == 0.0 and marks[-1].end_s == frames / RATE
    for before, after in zip(marks, marks[1:]):
        assert before.end_s == after.start_s
    starts = {c.start_s for c in programme.cues}
    assert all(m.start_s in starts for m in marks)


def test_blank_chapter_title_gets_a_numbered_one() -> None:
    chapters, script = script_for([("Intro", [clip("a", tone(100))]),
                                   ("  \n ", [clip("b", tone(100))])])
    assert [m.title for m in assemble(chapters, script).chapters] == ["Intro", "Chapter 2"]


def test_the_synthesis_clip_type_fits() -> None:
    """The real ``speakit.speech.synth.Clip`` is what the pipeline passes."""
    synth = pytest.importorskip("speakit.speech.synth")
    utterance = Utterance("The bridge opened.", "body", 200, "s1")
    clips = [[synth.Clip(utterance=utterance, audio=tone(2205))]]
    script = SpeechScript("Bridge", (Chapter("Intro", (utterance,)),))
    programme = assemble(clips, script)
    assert programme.cues == (Cue(0.0, 0.1, "The bridge opened.", "s1", "body"),)
    assert programme.duration_s == (2205 + 4410) / RATE
