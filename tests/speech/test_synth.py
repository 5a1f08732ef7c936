"""synthesize_script with the fake engine: exact durations, order, progress, cache, parallelism."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from fake_engine import (SAMPLE_RATE, FakeEngine, NoisyEngine, UnpicklableEngine, frames_for,
                         logged_calls)

from speakit.errors import EngineError, VoiceError
from speakit.speech.engines.base import JOIN_GAP_MS, MAX_ENGINE_CHARS
from speakit.speech.synth import Clip, synthesize_script
from speakit.speech.types import Chapter, SpeechScript, Utterance

# An invented local-news article, one sentence per utterance.
INTRO = ("River Lane bridge to close for summer repairs",
         "The old bridge over the river will shut from June to September.")
WORKS = ("Engineers found rust in the steel beams last winter.",
         "The council will spend four million pounds on new beams.",
         "Work starts at six in the morning on the first of June.")
TRAVEL = ("Buses will run every ten minutes on the ring road.",
          "Cyclists may walk their bikes across the railway footbridge.",
          "Shops on the high street say they fear losing customers.")


def make_script(works: tuple[str, ...] = WORKS, travel: tuple[str, ...] = TRAVEL) -> SpeechScript:
    """Three chapters: title + summary, then two sections of body sentences."""
    intro = Chapter("River Lane bridge", (Utterance(INTRO[0], "title", 1000),
                                          Utterance(INTRO[1], "summary", 700)))
    ch_works = Chapter("The repairs", (Utterance("The repairs", "heading", 800),)
                       + tuple(Utterance(s, "body", 350, sentence_id=f"w{i}") for i, s in enumerate(works)))
    ch_travel = Chapter("Getting around", (Utterance("Getting around", "heading", 800),)
                        + tuple(Utterance(s, "body", 350, sentence_id=f"t{i}") for i, s in enumerate(travel)))
    return SpeechScript("River Lane bridge to close", (intro, ch_works, ch_travel))


def all_texts(script: SpeechScript) -> list[str]:
    return [u.text for c in script.chapters for u in c.utterances]


def test_one_clip_per_utterance_grouped_by_chapter_with_exact_durations(tmp_path: Path) -> None:
    script = make_script()
    clips = synthesize_script(script, FakeEngine(), voice=None, jobs=1, cache_dir=tmp_path)
    assert [len(ch) for ch in clips] == [2, 4, 4]
    for chapter, chapter_clips in zip(script.chapters, clips):
        assert [c.utterance for c in chapter_clips] == list(chapter.utterances)
        for clip in chapter_clips:
            assert isinstance(clip, Clip)
            assert clip.audio.sample_rate == SAMPLE_RATE
            assert len(clip.audio.samples) == 2 * frames_for(clip.utterance.text)
    # "River Lane bridge to close for summer repairs" has 8 words: 0.8 s exactly.
    assert clips[0][0].audio.duration_s == pytest.approx(0.8, abs=1e-12)


def test_clip_is_frozen() -> None:
    clip = Clip(Utterance("Hi.", "body", 0), FakeEngine().synthesize("Hi."))
    with pytest.raises(dataclasses.FrozenInstanceError):
        clip.audio = clip.audio  # type: ignore[misc]


def test_rate_and_voice_reach_the_engine(tmp_path: Path) -> None:
    script = make_script()
    clips = synthesize_script(script, FakeEngine(), voice="tone-b", rate=2.0, jobs=1, cache_dir=tmp_path)
    first = clips[1][1]
    assert len(first.audio.samples) == 2 * frames_for(first.utterance.text, rate=2.0)
    # tone-b has amplitude 8000: the first sample says which voice spoke.
    assert int.from_bytes(first.audio.samples[:2], "little", signed=True) == 8000


def test_empty_voice_means_the_engine_default(tmp_path: Path) -> None:
    clips = synthesize_script(make_script(), FakeEngine(), voice="", jobs=1, cache_dir=tmp_path)
    assert int.from_bytes(clips[0][0].audio.samples[:2], "little", signed=True) == 4000


def test_progress_counts_every_utterance_with_its_chapter_title(tmp_path: Path) -> None:
    script = make_script()
    seen: list[tuple[int, int, str]] = []
    synthesize_script(script, FakeEngine(), voice=None, jobs=1, cache_dir=tmp_path,
                      progress=lambda d, t, title: seen.append((d, t, title)))
    assert [d for d, _, _ in seen] == list(range(1, 11))
    assert {t for _, t, _ in seen} == {10}
    assert [title for _, _, title in seen] == (["River Lane bridge"] * 2 + ["The repairs"] * 4
                                               + ["Getting around"] * 4)


def test_second_run_uses_the_cache_only(tmp_path: Path, call_log: Path) -> None:
    script = make_script()
    first = synthesize_script(script, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    assert len(logged_calls(call_log)) == 10
    second = synthesize_script(script, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    assert len(logged_calls(call_log)) == 10
    assert [[c.audio for c in ch] for ch in first] == [[c.audio for c in ch] for ch in second]


@pytest.mark.parametrize("jobs", [1, 2])
def test_editing_one_paragraph_resynthesizes_only_its_sentences(tmp_path: Path, call_log: Path,
                                                                  jobs: int) -> None:
    synthesize_script(make_script(), FakeEngine(call_log), voice=None, jobs=jobs, cache_dir=tmp_path)
    assert sorted(logged_calls(call_log)) == sorted(all_texts(make_script()))
    call_log.unlink()
    edited_travel = ("Buses will run every twelve minutes on the ring road.",
                     TRAVEL[1], "Shops on the high street say they expect fewer customers.")
    clips = synthesize_script(make_script(travel=edited_travel), FakeEngine(call_log), voice=None,
                              jobs=jobs, cache_dir=tmp_path)
    assert sorted(logged_calls(call_log)) == sorted([edited_travel[0], edited_travel[2]])
    assert [c.utterance.text for c in clips[2]] == ["Getting around", *edited_travel]
    assert len(clips[2][1].audio.samples) == 2 * frames_for(edited_travel[0])


@pytest.mark.parametrize(("change", "value"), [("rate", 1.5), ("voice", "tone-b"),
                                               ("version", "fake 2")])
def test_a_new_rate_voice_or_engine_version_misses_the_cache(tmp_path: Path, call_log: Path,
                                                              change: str, value: object) -> None:
    script = make_script()
    synthesize_script(script, FakeEngine(call_log), voice=None, rate=1.0, jobs=1, cache_dir=tmp_path)
    call_log.unlink()
    engine = FakeEngine(call_log, version_tag=str(value) if change == "version" else "fake 1")
    synthesize_script(script, engine, voice=str(value) if change == "voice" else None,
                      rate=float(value) if change == "rate" else 1.0,  # type: ignore[arg-type]
                      jobs=1, cache_dir=tmp_path)
    assert len(logged_calls(call_log)) == 10


def test_same_text_twice_is_synthesized_once(tmp_path: Path, call_log: Path) -> None:
    line = "Police closed the road after the storm."
    script = SpeechScript("t", (Chapter("a", (Utterance(line, "body", 300),
                                              Utterance(line, "body", 300))),
                                Chapter("b", (Utterance(line, "quote", 400),))))
    seen: list[int] = []
    clips = synthesize_script(script, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path,
                              progress=lambda d, t, title: seen.append(d))
    assert logged_calls(call_log) == [line]
    assert seen == [1, 2, 3]
    assert [c.utterance.role for ch in clips for c in ch] == ["body", "body", "quote"]


def test_parallel_processes_give_the_same_clips_in_order(tmp_path: Path, call_log: Path) -> None:
    script = make_script()
    sequential = synthesize_script(script, FakeEngine(), voice=None, jobs=1,
                                   cache_dir=tmp_path / "one")
    parallel = synthesize_script(script, FakeEngine(call_log), voice=None, jobs=2,
                                 cache_dir=tmp_path / "two")
    assert parallel == sequential
    # The calls happened in the worker processes, each text once.
    assert sorted(logged_calls(call_log)) == sorted(all_texts(script))


def test_thread_engines_run_in_threads(tmp_path: Path) -> None:
    engine = FakeEngine(parallel="thread")
    clips = synthesize_script(make_script(), engine, voice=None, jobs=2, cache_dir=tmp_path)
    assert sorted(engine.calls) == sorted(all_texts(make_script()))
    assert clips == synthesize_script(make_script(), FakeEngine(), voice=None, jobs=1,
                                      cache_dir=tmp_path / "x")


def test_inline_engines_get_the_cores_and_run_here(tmp_path: Path) -> None:
    engine = FakeEngine(parallel="inline")
    cores: list[int] = []
    engine.use_cores = cores.append  # type: ignore[attr-defined]
    synthesize_script(make_script(), engine, voice=None, jobs=2, cache_dir=tmp_path)
    assert cores == [2]
    assert engine.calls == all_texts(make_script())  # in order, in this process


def test_engine_memory_is_released_after_synthesis_only_when_it_ran(tmp_path: Path) -> None:
    released: list[bool] = []
    engine = FakeEngine(parallel="thread")
    engine.release = lambda: released.append(True)  # type: ignore[attr-defined]
    synthesize_script(make_script(), engine, voice=None, jobs=2, cache_dir=tmp_path)
    assert released == [True]
    synthesize_script(make_script(), engine, voice=None, jobs=2, cache_dir=tmp_path)
    assert released == [True]  # all from the cache: no model was loaded


def test_engine_that_cannot_be_pickled_runs_in_this_process(tmp_path: Path) -> None:
    engine = UnpicklableEngine()
    clips = synthesize_script(make_script(), engine, voice=None, jobs=2, cache_dir=tmp_path)
    assert len(engine.calls) == 10
    assert sum(len(ch) for ch in clips) == 10


@pytest.mark.parametrize("jobs", [1, 2])
def test_engine_failure_becomes_engine_error(tmp_path: Path, jobs: int) -> None:
    with pytest.raises(EngineError, match="fake engine broke"):
        synthesize_script(make_script(), FakeEngine(fail_on="rust"), voice=None, jobs=jobs,
                          cache_dir=tmp_path)


@pytest.mark.parametrize("jobs", [1, 2])
def test_unknown_voice_error_passes_through(tmp_path: Path, jobs: int) -> None:
    with pytest.raises(VoiceError, match="no voice 'alto'"):
        synthesize_script(make_script(), FakeEngine(), voice="alto", jobs=jobs, cache_dir=tmp_path)


def test_interrupted_run_resumes_from_the_clips_already_made(tmp_path: Path, call_log: Path) -> None:
    script = make_script()
    with pytest.raises(EngineError):
        synthesize_script(script, FakeEngine(call_log, fail_on="Buses"), voice=None, jobs=1,
                          cache_dir=tmp_path)
    made_before = logged_calls(call_log)
    # Everything up to and including the failing sentence was attempted, in order.
    assert made_before == all_texts(script)[: all_texts(script).index(TRAVEL[0]) + 1]
    call_log.unlink()
    synthesize_script(script, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    # The rerun only made the failed sentence and the ones after it.
    assert logged_calls(call_log) == all_texts(script)[len(made_before) - 1:]


def test_long_sentence_without_punctuation_is_cut_and_joined(tmp_path: Path) -> None:
    words = [f"word{i % 37}" for i in range(900)]
    text = " ".join(words)
    assert len(text) > 5000
    engine = FakeEngine()
    clips = synthesize_script(SpeechScript("t", (Chapter("a", (Utterance(text, "body", 0),)),)),
                              engine, voice=None, jobs=1, cache_dir=tmp_path)
    assert len(engine.calls) > 1
    assert all(len(piece) <= MAX_ENGINE_CHARS for piece in engine.calls)
    assert " ".join(engine.calls).split() == words
    gap_frames = SAMPLE_RATE * JOIN_GAP_MS // 1000
    expected = 900 * frames_for("w") + gap_frames * (len(engine.calls) - 1)
    assert len(clips[0][0].audio.samples) == 2 * expected


def test_engine_max_chars_sets_the_piece_length_and_the_cache_key(tmp_path: Path, call_log: Path) -> None:
    text = "The road was closed, the buses were late, and the shops opened at noon on Friday."
    script = SpeechScript("t", (Chapter("a", (Utterance(text, "body", 0),)),))
    engine = FakeEngine(call_log)
    engine.max_chars = 40  # type: ignore[attr-defined]
    synthesize_script(script, engine, voice=None, jobs=1, cache_dir=tmp_path)
    # Cut after the commas (clause boundaries), each piece at most 40 characters.
    assert engine.calls == ["The road was closed,", "the buses were late,",
                            "and the shops opened at noon on Friday."]
    synthesize_script(script, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    # Another piece length is other audio: not taken from the cache.
    assert logged_calls(call_log)[-1] == text


def test_empty_and_blank_utterances_give_empty_clips(tmp_path: Path, call_log: Path) -> None:
    script = SpeechScript("t", (Chapter("a", (Utterance("", "body", 100), Utterance("  \n ", "body", 0),
                                              Utterance("Hello there.", "body", 0))),))
    clips = synthesize_script(script, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    assert [len(c.audio.samples) for c in clips[0]] == [0, 0, 2 * frames_for("Hello there.")]
    assert [c.utterance.pause_ms for c in clips[0]] == [100, 0, 0]


def test_empty_script_gives_no_clips(tmp_path: Path) -> None:
    assert synthesize_script(SpeechScript("t", ()), FakeEngine(), voice=None, cache_dir=tmp_path) == []
    assert synthesize_script(SpeechScript("t", (Chapter("a", ()),)), FakeEngine(), voice=None,
                             cache_dir=tmp_path) == [[]]


def test_whitespace_differences_share_one_cache_entry(tmp_path: Path, call_log: Path) -> None:
    a = SpeechScript("t", (Chapter("a", (Utterance("The  fire\nwas out.", "body", 0),)),))
    b = SpeechScript("t", (Chapter("a", (Utterance("The fire was out. ", "body", 0),)),))
    synthesize_script(a, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    synthesize_script(b, FakeEngine(call_log), voice=None, jobs=1, cache_dir=tmp_path)
    assert logged_calls(call_log) == ["The fire was out."]


@pytest.mark.parametrize("jobs", [1, 2])
def test_engine_noise_never_reaches_the_terminal(tmp_path: Path, capfd: pytest.CaptureFixture[str],
                                                 jobs: int) -> None:
    clips = synthesize_script(make_script(), NoisyEngine(), voice=None, jobs=jobs, cache_dir=tmp_path)
    out, err = capfd.readouterr()
    assert sum(len(ch) for ch in clips) == 10
    assert "Audio saved" not in out and "python-level noise" not in out
    assert "ALSA" not in err


def test_default_cache_dir_comes_from_speakit_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    call_log: Path) -> None:
    monkeypatch.setenv("SPEAKIT_CACHE", str(tmp_path / "envcache"))
    synthesize_script(make_script(), FakeEngine(call_log), voice=None, jobs=1)
    assert len(list((tmp_path / "envcache").rglob("*.wav"))) == 10


def test_unwritable_cache_does_not_stop_synthesis(tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    clips = synthesize_script(make_script(), FakeEngine(), voice=None, jobs=1, cache_dir=blocker)
    assert sum(len(ch) for ch in clips) == 10


WORDS = st.sampled_from(["the", "flood", "council", "river", "said", "on", "Monday", "bridge", "é", "&"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.lists(WORDS, max_size=12).map(" ".join), max_size=5), max_size=4),
       st.sampled_from([0.5, 1.0, 1.25]))
def test_any_script_gives_exact_clips_in_order(chapters: list[list[str]], rate: float) -> None:
    script = SpeechScript("t", tuple(Chapter(f"c{i}", tuple(Utterance(t, "body", 100) for t in texts))
                                     for i, texts in enumerate(chapters)))
    with tempfile.TemporaryDirectory() as tmp:
        clips = synthesize_script(script, FakeEngine(), voice=None, rate=rate, jobs=1, cache_dir=Path(tmp))
        again = synthesize_script(script, FakeEngine(), voice=None, rate=rate, jobs=1, cache_dir=Path(tmp))
    assert clips == again
    assert [[c.utterance.text for c in ch] for ch in clips] == chapters
    for chapter_clips in clips:
        for clip in chapter_clips:
            assert len(clip.audio.samples) == 2 * frames_for(clip.utterance.text, rate)
