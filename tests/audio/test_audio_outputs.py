"""write_outputs(): MP3 with ID3 CHAP/CTOC in time order, M4B, chapters.json, VTT, M3U, atomic."""

from __future__ import annotations

import array
import json
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from audio_testkit import (RATE, clip, decode_pcm, ebur128, ffprobe_json, needs_ffmpeg,
                           rms_db, script_for, tone, warble)
from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3

from speakit.audio import (TARGET_LUFS, ChapterMark, Cue, Programme, assemble,
                           measure_loudness, normalize_loudness, slugify, write_outputs)
from speakit.errors import AudioError, OutputError
from speakit.speech.types import SpeechScript

pytestmark = needs_ffmpeg

# 13 chapters so that lexicographic sorting (ch10 before ch2) would show.
TITLES = ["Harbour bridge reopens", "What happened", "Who paid", "Tolls; fares = £2",
          "Drivers #1 complaint", r"Back\slash and C:\path", "Café owners in Zürich-on-Sea",
          "Buses", "Cyclists", "Ten: the night works", "Eleven", "Twelve – what next",
          "Thirteen 🚲"]


@pytest.fixture(scope="module")
def thirteen() -> tuple[Programme, SpeechScript]:
    """Thirteen chapters of one or two short sentences, lengths all different."""
    named = []
    for i, title in enumerate(TITLES):
        clips = [clip(title, tone(2205 + 441 * i), 250, None, "heading"),
                 clip(f"Sentence {i} is <short> & sweet.", tone(4410), 400, f"s{i}")]
        named.append((title, clips if i % 3 else clips[1:]))
    chapters, script = script_for(named, title="Harbour bridge reopens: what it means")
    return assemble(chapters, script), script


@pytest.fixture(scope="module")
def written(thirteen: tuple[Programme, SpeechScript],
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    programme, script = thirteen
    folder = tmp_path_factory.mktemp("out")
    paths = write_outputs(programme, script, folder, "bridge", {"mp3", "m4b", "vtt", "md"})
    return {p.name: p for p in paths}


def test_files_written_and_nothing_else(written: dict[str, Path]) -> None:
    assert sorted(written) == ["bridge.chapters.json", "bridge.m4b", "bridge.mp3", "bridge.vtt"]
    folder = next(iter(written.values())).parent
    assert sorted(p.name for p in folder.iterdir()) == sorted(written)  # no temp files left
    # Same permissions as any new file (a 0600 temp file would hide the audio from a web server).
    reference = folder.parent / "reference.txt"
    reference.write_text("x")
    for path in written.values():
        assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(reference.stat().st_mode)


def test_mp3_chapters_in_time_order_for_mutagen(written: dict[str, Path],
                                                thirteen: tuple[Programme, SpeechScript]) -> None:
    programme, _ = thirteen
    tags = ID3(written["bridge.mp3"])
    assert tags.version[:2] == (2, 3)
    chaps = tags.getall("CHAP")
    assert [str(c.sub_frames["TIT2"]) for c in chaps] == TITLES
    assert [(c.start_time, c.end_time) for c in chaps] == [
        (round(m.start_s * 1000), round(m.end_s * 1000)) for m in programme.chapters]
    starts = [c.start_time for c in chaps]
    assert starts == sorted(starts) and starts[0] == 0
    (toc,) = tags.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    assert toc.child_element_ids == [c.element_id for c in chaps]


def test_mp3_chapters_in_time_order_for_ffprobe(written: dict[str, Path],
                                                thirteen: tuple[Programme, SpeechScript]) -> None:
    programme, _ = thirteen
    chapters = ffprobe_json(written["bridge.mp3"], "chapters")["chapters"]
    assert [c["tags"]["title"] for c in chapters] == TITLES
    assert [float(c["start_time"]) for c in chapters] == pytest.approx(
        [m.start_s for m in programme.chapters], abs=0.0015)
    assert [float(c["end_time"]) for c in chapters] == pytest.approx(
        [m.end_s for m in programme.chapters], abs=0.0015)


def test_mp3_tags(written: dict[str, Path]) -> None:
    tags = ID3(written["bridge.mp3"])
    assert str(tags["TIT2"]) == "Harbour bridge reopens: what it means"
    assert str(tags["TPE1"]) == "The Coastal Courier"
    assert str(tags["TALB"]) == "Harbour bridge reopens: what it means"
    assert str(tags["TCON"]) == "Speech"


def test_mp3_decodes_mono_64k_with_the_right_duration(written: dict[str, Path],
                                                      thirteen: tuple[Programme, SpeechScript]) -> None:
    programme, _ = thirteen
    (stream,) = ffprobe_json(written["bridge.mp3"], "streams")["streams"]
    assert stream["codec_name"] == "mp3" and stream["channels"] == 1
    assert int(stream["bit_rate"]) == 64000
    info = MP3(written["bridge.mp3"]).info
    assert info.channels == 1 and info.bitrate == pytest.approx(64000, abs=500)
    decoded = decode_pcm(written["bridge.mp3"], RATE)
    mp3_frame = 1152 / int(stream["sample_rate"])
    assert len(decoded) / 2 / RATE == pytest.approx(programme.duration_s, abs=mp3_frame)


def test_m4b_has_chapters_and_tags(written: dict[str, Path],
                                   thirteen: tuple[Programme, SpeechScript]) -> None:
    programme, _ = thirteen
    probe = ffprobe_json(written["bridge.m4b"], "chapters", "format", "streams")
    assert [c["tags"]["title"] for c in probe["chapters"]] == TITLES
    assert [float(c["start_time"]) for c in probe["chapters"]] == pytest.approx(
        [m.start_s for m in programme.chapters], abs=0.0015)
    assert probe["format"]["tags"]["title"] == "Harbour bridge reopens: what it means"
    assert probe["format"]["tags"]["artist"] == "The Coastal Courier"
    assert probe["format"]["tags"]["major_brand"].strip() == "M4B"
    audio = [s for s in probe["streams"] if s["codec_type"] == "audio"]
    assert len(audio) == 1 and audio[0]["codec_name"] == "aac" and audio[0]["channels"] == 1
    assert float(probe["format"]["duration"]) == pytest.approx(programme.duration_s, abs=0.05)


def test_chapters_json_schema(written: dict[str, Path],
                              thirteen: tuple[Programme, SpeechScript]) -> None:
    programme, _ = thirteen
    data = json.loads(written["bridge.chapters.json"].read_text(encoding="utf-8"))
    assert data["version"] == "1.2.0"
    assert data["fileName"] == "bridge.mp3"
    assert data["title"] == "Harbour bridge reopens: what it means"
    chapters = data["chapters"]
    assert [c["title"] for c in chapters] == TITLES
    for c in chapters:
        assert set(c) <= {"startTime", "endTime", "title", "img", "url", "toc", "location"}
        assert isinstance(c["startTime"], (int, float)) and not isinstance(c["startTime"], bool)
    starts = [c["startTime"] for c in chapters]
    assert starts[0] == 0 and starts == sorted(starts) and len(set(starts)) == len(starts)
    assert starts == [round(m.start_s, 3) for m in programme.chapters]


# --- WebVTT --------------------------------------------------------------------------------

_TIME = r"(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})"
_TIMING = re.compile(rf"^{_TIME} --> {_TIME}$")


def parse_vtt_strictly(text: str) -> list[tuple[str | None, float, float, str]]:
    """A small strict WebVTT reader: header, blank-line blocks, ordered non-overlapping cues."""
    assert text.startswith("WEBVTT\n\n"), "header"
    assert "\r" not in text and text.endswith("\n")
    cues = []
    for block in text[len("WEBVTT\n\n"):].rstrip("\n").split("\n\n"):
        lines = block.split("\n")
        ident = None
        if "-->" not in lines[0]:
            ident = lines.pop(0)
        timing = _TIMING.match(lines[0])
        assert timing, f"bad timing line {lines[0]!r}"
        g = [int(x) for x in timing.groups()]
        start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
        end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
        payload = "\n".join(lines[1:])
        assert payload.strip(), "empty cue"
        assert "-->" not in payload and "<" not in payload
        assert not re.search(r"&(?!amp;|lt;|gt;)", payload), "unescaped &"
        cues.append((ident, start, end, payload))
    for _, start, end, _ in cues:
        assert start < end
    for (_, _, end, _), (_, start, _, _) in zip(cues, cues[1:]):
        assert end <= start
    idents = [c[0] for c in cues if c[0] is not None]
    assert len(idents) == len(set(idents))
    return cues


def test_vtt_is_strict_webvtt_with_one_cue_per_utterance(
        written: dict[str, Path], thirteen: tuple[Programme, SpeechScript]) -> None:
    programme, _ = thirteen
    cues = parse_vtt_strictly(written["bridge.vtt"].read_text(encoding="utf-8"))
    assert len(cues) == len(programme.cues)
    assert [c[0] for c in cues] == [c.sentence_id for c in programme.cues]
    assert cues[0][3] == "Sentence 0 is &lt;short&gt; &amp; sweet."
    assert cues[1][3] == "What happened"
    assert [c[1] for c in cues] == pytest.approx([c.start_s for c in programme.cues], abs=0.0005)
    assert [c[2] for c in cues] == pytest.approx([c.end_s for c in programme.cues], abs=0.0005)


def test_vtt_long_times_and_repeated_ids(tmp_path: Path) -> None:
    # Built by hand: an hour of real audio would only slow the test down.
    programme = Programme(
        audio=tone(441), chapters=(ChapterMark("One", 0.0, 3725.5),),
        cues=(Cue(0.0, 1.25, "First part,\nsecond line", "s1", "body"),
              Cue(1.25, 2.0, "Second part.", "s1", "body"),
              Cue(2.0, 2.0004, "Too short to show.", "s9", "body"),
              Cue(59.9996, 61.0, "A minute.", None, "body"),
              Cue(3723.0, 3725.5, "After an hour.", "s2", "body")))
    _, script = script_for([("One", [clip("First part.", tone(441))])])
    (path,) = write_outputs(programme, script, tmp_path, "long", {"vtt"})
    text = path.read_text(encoding="utf-8")
    cues = parse_vtt_strictly(text)
    assert [c[0] for c in cues] == ["s1", "s1#2", None, "s2"]
    assert cues[0][3] == "First part, second line"
    assert "00:01:00.000 --> 00:01:01.000" in text
    assert "01:02:03.000 --> 01:02:05.500" in text


_cue_text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_cue_text, st.one_of(st.none(), st.sampled_from(
    ["s1", "s1", "s1#2", "p2-s3", "a --> b", "a ---> b", "a -> b", " spaced id ", "x\ny", " ", ""])), st.integers(0, 3000),
    st.integers(0, 2000)), min_size=1, max_size=12))
def test_any_cues_make_strict_webvtt(spec: list[tuple[str, str | None, int, int]]) -> None:
    """Whatever the text and ids, the VTT parses strictly and keeps every audible cue."""
    from speakit.audio.sidecars import webvtt

    cues, at = [], 0
    for text, ident, length, gap in spec:
        cues.append(Cue(at / 1000, (at + length) / 1000, text, ident, "body"))
        at += length + gap
    programme = Programme(audio=tone(10), chapters=(ChapterMark("One", 0.0, at / 1000),),
                          cues=tuple(cues))
    text = webvtt(programme)
    if not any(t.strip() for t, _, length, _ in spec if length):
        assert text == "WEBVTT\n"
        return
    parsed = parse_vtt_strictly(text)
    assert len(parsed) == sum(1 for t, _, length, _ in spec if length and t.strip())


# --- per-chapter files and M3U --------------------------------------------------------------

def test_per_chapter_mp3s_and_m3u(thirteen: tuple[Programme, SpeechScript], tmp_path: Path) -> None:
    programme, script = thirteen
    paths = write_outputs(programme, script, tmp_path, "bridge", {"m3u"})
    names = [p.name for p in paths]
    singles = [n for n in names if n.endswith(".mp3")]
    assert len(singles) == 13
    assert singles[0] == "bridge-01-harbour-bridge-reopens.mp3"
    assert singles[6] == "bridge-07-cafe-owners-in-zurich-on-sea.mp3"
    assert singles[12] == "bridge-13-thirteen.mp3"
    assert "bridge.m3u" in names and "bridge.mp3" not in names

    playlist = (tmp_path / "bridge.m3u").read_text(encoding="utf-8").splitlines()
    assert playlist[0] == "#EXTM3U"
    entries = [(a, b) for a, b in zip(playlist, playlist[1:]) if a.startswith("#EXTINF:")]
    assert [b for _, b in entries] == singles
    for (info, name), mark in zip(entries, programme.chapters):
        seconds, title = info[len("#EXTINF:"):].split(",", 1)
        assert int(seconds) == max(1, round(mark.end_s - mark.start_s))
        assert title == f"The Coastal Courier - {mark.title}"
        assert (tmp_path / name).is_file() and "/" not in name

    tags = ID3(tmp_path / singles[9])
    assert str(tags["TRCK"]) == "10/13"
    assert str(tags["TIT2"]) == TITLES[9]
    assert str(tags["TALB"]) == script.title
    assert not tags.getall("CHAP")
    for index in (0, 6, 12):  # first, middle, last: each cut exactly at its chapter mark
        name, mark = singles[index], programme.chapters[index]
        seconds = len(decode_pcm(tmp_path / name, RATE)) / 2 / RATE
        assert seconds == pytest.approx(mark.end_s - mark.start_s, abs=1152 / 44100)


def test_per_chapter_flag_alone_writes_playlist(thirteen: tuple[Programme, SpeechScript],
                                                tmp_path: Path) -> None:
    programme, script = thirteen
    chapters, short_script = script_for([("Only", [clip("Hello.", tone(441))])])
    paths = write_outputs(assemble(chapters, short_script), short_script, tmp_path, "one",
                          {"chapters"}, per_chapter=True)
    assert [p.name for p in paths] == ["one.chapters.json", "one-01-only.mp3", "one.m3u"]


# --- loudness survives encoding -------------------------------------------------------------

def test_encoded_mp3_is_on_loudness_target(tmp_path: Path) -> None:
    clips = [clip(f"S{i}.", warble(RATE * 3, amplitude=0.03 + 0.01 * i), 300, f"s{i}")
             for i in range(3)]
    chapters, script = script_for([("Intro", clips)])
    programme = normalize_loudness(assemble(chapters, script))
    (mp3, _) = write_outputs(programme, script, tmp_path, "loud", {"mp3"})
    integrated, peak = ebur128(mp3)
    assert abs(integrated - TARGET_LUFS) <= 0.5
    assert programme.loudness_lufs is not None
    assert abs(integrated - programme.loudness_lufs) <= 0.15  # the encoder kept the level
    assert peak <= -1.0


@pytest.mark.parametrize("bitrate", ["64k", "192k", "320k"])
def test_mp3_plays_at_the_programme_level(bitrate: str, tmp_path: Path) -> None:
    """LAME scales its input down below 256 kbit/s; the encode undoes it."""
    chapters, script = script_for([("Intro", [clip("Tone.", tone(RATE * 2, amplitude=0.3))])])
    programme = assemble(chapters, script)
    (mp3, _) = write_outputs(programme, script, tmp_path, "level", {"mp3"}, bitrate=bitrate)
    decoded = decode_pcm(mp3, RATE)
    # Skip the encoder's start-up and end padding; compare the steady tone.
    middle = slice(RATE, 3 * RATE)
    assert rms_db(decoded[middle]) == pytest.approx(rms_db(programme.audio.samples[middle]),
                                                    abs=0.05)


# --- failures: atomic, clear ----------------------------------------------------------------

def _fake_ffmpeg(folder: Path, script: str) -> Path:
    """A stand-in ``ffmpeg`` on PATH running ``script`` (sh)."""
    folder.mkdir()
    fake = folder / "ffmpeg"
    fake.write_text("#!/bin/sh\n" + script)
    fake.chmod(0o755)
    return folder


def test_ffmpeg_failure_leaves_no_partial_file(thirteen: tuple[Programme, SpeechScript],
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    programme, script = thirteen
    # Writes half a file to its output (the last argument), then fails like a full disk.
    fake = _fake_ffmpeg(tmp_path / "bin", 'for last; do :; done\nprintf "ID3partial" > "$last"\n'
                        'echo "Error writing trailer: No space left on device" >&2\nexit 1\n')
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    out = tmp_path / "out"
    out.mkdir()
    (out / "bridge.mp3").write_bytes(b"old version")

    with pytest.raises(AudioError, match="No space left on device") as caught:
        write_outputs(programme, script, out, "bridge", {"mp3", "vtt"})

    assert "encoding bridge.mp3" in str(caught.value)
    assert sorted(p.name for p in out.iterdir()) == ["bridge.mp3"]
    assert (out / "bridge.mp3").read_bytes() == b"old version"


def test_later_failure_rolls_back_earlier_files(thirteen: tuple[Programme, SpeechScript],
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The MP3 encodes, the M4B fails: neither appears, so a folder is never half-updated."""
    programme, script = thirteen
    real = shutil.which("ffmpeg")
    fake = _fake_ffmpeg(tmp_path / "bin", f'case "$*" in *ipod*) echo "aac: boom" >&2; exit 1;; '
                                          f'esac\nexec "{real}" "$@"\n')
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ['PATH']}")
    out = tmp_path / "out"
    with pytest.raises(AudioError, match="aac: boom"):
        write_outputs(programme, script, out, "bridge", {"mp3", "m4b", "vtt"})
    assert list(out.iterdir()) == []


def test_missing_ffmpeg_says_how_to_install(thirteen: tuple[Programme, SpeechScript],
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    programme, script = thirteen
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(AudioError, match=r"ffmpeg is not installed.*apt-get install ffmpeg"):
        write_outputs(programme, script, tmp_path / "out", "bridge", {"mp3"})
    with pytest.raises(AudioError, match="ffmpeg is not installed"):
        measure_loudness(programme.audio)
    assert list((tmp_path / "out").iterdir()) == []
    # Text sidecars need no ffmpeg.
    paths = write_outputs(programme, script, tmp_path / "out", "bridge", {"vtt", "chapters"})
    assert [p.name for p in paths] == ["bridge.chapters.json", "bridge.vtt"]


def test_bad_bitrate_is_refused_before_writing(thirteen: tuple[Programme, SpeechScript],
                                               tmp_path: Path) -> None:
    programme, script = thirteen
    with pytest.raises(AudioError, match="bitrate 'fast'"):
        write_outputs(programme, script, tmp_path / "out", "bridge", {"mp3"}, bitrate="fast")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("slug", ["../escape", "a/b", ".hidden", "Not A Slug", "", "a..b"])
def test_unsafe_slug_is_refused(thirteen: tuple[Programme, SpeechScript], tmp_path: Path,
                                slug: str) -> None:
    programme, script = thirteen
    with pytest.raises(OutputError, match="slugify"):
        write_outputs(programme, script, tmp_path, slug, {"vtt"})


def test_formats_of_other_stages_are_ignored(thirteen: tuple[Programme, SpeechScript],
                                             tmp_path: Path) -> None:
    programme, script = thirteen
    assert write_outputs(programme, script, tmp_path, "bridge", {"md", "html", "json"}) == []
    assert list(tmp_path.iterdir()) == []


def test_artist_falls_back_to_speakit(tmp_path: Path) -> None:
    chapters, script = script_for([("Only", [clip("Hello.", tone(4410))])], site_name=None,
                                  byline=None)
    (mp3, _) = write_outputs(assemble(chapters, script), script, tmp_path, slugify(script.title),
                             {"mp3"})
    assert mp3.name == "harbour-bridge-reopens.mp3"
    assert str(ID3(mp3)["TPE1"]) == "speakit"


def test_success_replaces_an_older_version(tmp_path: Path) -> None:
    chapters, script = script_for([("Only", [clip("Hello.", tone(4410), 0, "s1")])])
    (tmp_path / "again.vtt").write_text("WEBVTT\n\nold\n00:00:00.000 --> 00:00:01.000\nOld\n")
    write_outputs(assemble(chapters, script), script, tmp_path, "again-2", {"vtt"})
    write_outputs(assemble(chapters, script), script, tmp_path, "again", {"vtt"})
    assert "Hello." in (tmp_path / "again.vtt").read_text() and "Old" not in (
        tmp_path / "again.vtt").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again-2.vtt", "again.vtt"]


@pytest.mark.parametrize(("rate", "bitrate", "mp3_rate"), [
    (16000, "64k", 16000), (22050, "64k", 22050), (24000, "64k", 24000), (48000, "64k", 48000),
    # MPEG-2.5 rates are not standard MP3: the next standard rate up.
    (8000, "64k", 16000), (11025, "64k", 16000), (12000, "32k", 16000),
    # MPEG-2 Layer III stops at 160 kbit/s.
    (22050, "192k", 44100), (24000, "160k", 24000)])
def test_mp3_keeps_the_voice_rate_when_mp3_has_it(rate: int, bitrate: str, mp3_rate: int,
                                                   tmp_path: Path) -> None:
    chapters, script = script_for([("Only", [clip("Hello.", tone(rate // 2, rate=rate))])])
    programme = assemble(chapters, script)
    (mp3, _) = write_outputs(programme, script, tmp_path, "rate", {"mp3"}, bitrate=bitrate)
    (stream,) = ffprobe_json(mp3, "streams")["streams"]
    assert int(stream["sample_rate"]) == mp3_rate
    assert int(stream["bit_rate"]) == int(bitrate[:-1]) * 1000
    decoded = decode_pcm(mp3, rate)
    frame = (1152 if mp3_rate >= 32000 else 576) / mp3_rate
    assert len(decoded) / 2 / rate == pytest.approx(0.5, abs=frame)


def test_m4b_keeps_the_voice_rate(tmp_path: Path) -> None:
    chapters, script = script_for([("Only", [clip("Hello.", tone(RATE), 0, "s1")])])
    (m4b,) = write_outputs(assemble(chapters, script), script, tmp_path, "rate", {"m4b"})
    # The other stream is the QuickTime chapter track.
    (stream,) = [s for s in ffprobe_json(m4b, "streams")["streams"] if s["codec_type"] == "audio"]
    assert stream["codec_name"] == "aac" and int(stream["sample_rate"]) == RATE


# --- an MP3 encoded as two halves side by side ---------------------------------------------

def _long_programme(seconds: float = 70.0, pause_ms: int = 400,
                    rate: int = RATE) -> tuple[Programme, SpeechScript]:
    """Sentences of 3.1 s (each a different level) with pauses, in four chapters."""
    count = int(seconds / (3.1 + pause_ms / 1000)) + 1
    named = []
    for c in range(4):
        named.append((f"Part {c + 1}", [
            clip(f"Sentence {c}.{i}.", warble(round(3.1 * rate), rate=rate,
                                              amplitude=0.1 + 0.02 * (i % 4)),
                 pause_ms, f"s{c}-{i}") for i in range(count // 4)]))
    chapters, script = script_for(named)
    return assemble(chapters, script), script


@pytest.mark.parametrize("rate", [16000, RATE, 24000, 44100])
def test_mp3_from_two_halves_is_sample_exact(rate: int, tmp_path: Path) -> None:
    """Every sample keeps its time across the cut: same length, same chapters, lag 0."""
    from speakit.audio.outputs import encode, encode_mp3_in_halves

    programme, _ = _long_programme(rate=rate)
    tags = {"title": "Halves"}
    assert encode_mp3_in_halves(programme.audio, tmp_path / "halves.mp3", "64k", tags,
                                programme.chapters)
    encode(programme.audio, tmp_path / "single.mp3", "mp3", "64k", tags, programme.chapters)
    halves = array.array("h", decode_pcm(tmp_path / "halves.mp3", rate))
    single = array.array("h", decode_pcm(tmp_path / "single.mp3", rate))
    original = array.array("h", programme.audio.samples)
    assert len(halves) == len(single) == len(original)
    # Sentence onsets after the cut: the decoded halves file is as loud there as the original.
    later = [c for c in programme.cues if c.start_s > programme.duration_s * 0.6]
    for cue in later[:3]:
        start = round(cue.start_s * rate)
        window = slice(start, start + rate // 10)
        assert rms_db(halves[window].tobytes()) == pytest.approx(
            rms_db(original[window].tobytes()), abs=0.5)
        before = slice(start - rate // 10, start - rate // 50)  # inside the pause
        assert max(abs(v) for v in halves[before]) < 100
    chapters = ffprobe_json(tmp_path / "halves.mp3", "chapters")["chapters"]
    assert [float(c["start_time"]) for c in chapters] == pytest.approx(
        [m.start_s for m in programme.chapters], abs=0.0015)
    assert ID3(tmp_path / "halves.mp3").version[:2] == (2, 3)


def test_halves_need_a_pause(tmp_path: Path) -> None:
    """Without a long digital silence near the middle there is no cut: one encode instead."""
    from speakit.audio.outputs import encode_mp3_in_halves

    programme, _ = _long_programme(pause_ms=100)
    assert not encode_mp3_in_halves(programme.audio, tmp_path / "x.mp3", "64k", {})
    assert not (tmp_path / "x.mp3").exists()


def test_write_outputs_splits_a_lone_long_mp3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import speakit.audio.outputs as outputs

    calls: list[Path] = []
    real = outputs.encode_mp3_in_halves

    def spy(audio, target, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(target)
        return real(audio, target, *args, **kwargs)

    monkeypatch.setattr(outputs, "encode_mp3_in_halves", spy)
    programme, script = _long_programme()
    (mp3, _) = write_outputs(programme, script, tmp_path, "long", {"mp3"})
    assert len(calls) == 1
    assert len(decode_pcm(mp3, RATE)) == len(programme.audio.samples)
    write_outputs(programme, script, tmp_path, "both", {"mp3", "m4b"})
    assert len(calls) == 1  # two encodes already fill two cores


def test_failed_halves_fall_back_to_one_encode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               caplog: pytest.LogCaptureFixture) -> None:
    import speakit.audio.outputs as outputs

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AudioError("ffmpeg failed while joining (no concat demuxer)")

    monkeypatch.setattr(outputs, "encode_mp3_in_halves", broken)
    programme, script = _long_programme()
    with caplog.at_level("WARNING", logger="speakit.audio"):
        (mp3, _) = write_outputs(programme, script, tmp_path, "long", {"mp3"})
    assert "encoding it whole" in caplog.text
    assert len(decode_pcm(mp3, RATE)) == len(programme.audio.samples)
