"""Encode the programme (MP3 with ID3 chapters, M4B) and write the sidecars, atomically.

Tags: ID3v2.3. The CHAP/CTOC chapter frames are defined for both v2.3 and v2.4, but v2.3 is
the version every player and file browser reads (older Windows versions and many car and
hardware players ignore v2.4), and podcast apps that show chapters (Apple Podcasts,
Overcast) read them from either. ffmpeg writes the tag itself from an FFMETADATA file: one top-level, ordered
CTOC listing the chapters in time order, then the CHAP frames in that same order, each with
a TIT2 title. We never re-save the tag with mutagen, because mutagen sorts frames by size
and id on save, which puts CHAP frames out of time order for players that list file order.

Speed: MP3 and M4B encode side by side; an MP3 encoded alone is cut in a pause and its two
halves encoded side by side, then joined sample-exact (``encode_mp3_in_halves``). MP3 keeps
the voice's rate (see _MP3_RATES) and LAME runs at -q 7 (see _LAME_QUALITY).

Genre: ``Speech`` (ID3v1 genre 101), which every tag reader knows; ``News`` is no
standard genre.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import shutil
import subprocess
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..errors import AudioError, OutputError
from ..speech.types import AudioChunk, SpeechScript
from .ffmpeg import pcm_input_args, run_ffmpeg
from .files import Staging, slugify
from .model import ChapterMark, Programme
from .sidecars import chapters_json, ffmetadata, m3u, webvtt

log = logging.getLogger(__name__)

FORMATS = ("mp3", "m4b", "chapters", "vtt", "m3u")
"""Formats this module writes; others in ``formats`` (md, html…) belong to other stages."""
GENRE = "Speech"
DEFAULT_ARTIST = "speakit"
# The MP3 standard has two rate families: MPEG-1 Layer III (32/44.1/48 kHz) and MPEG-2
# Layer III (16/22.05/24 kHz, ISO/IEC 13818-3 "low sampling frequencies"), and decoders
# must play both (browsers, phones, car and hardware players do). Only the unofficial
# MPEG-2.5 rates (8/11.025/12 kHz) are a compatibility risk. TTS voices speak at 16-24 kHz,
# so the voice's own rate is kept: resampling it to 44.1 kHz adds nothing a 64 kbit/s mono
# stream can carry and doubles the encoding time.
_MP3_RATES = (16000, 22050, 24000, 32000, 44100, 48000)
# LAME's quality/speed switch (-q). Measured on 13 minutes of espeak-ng and Piper speech at
# 22.05 kHz, 64 kbit/s: q7 took 1.4 s of CPU against 2.4 s for q5 and 2.8 s for q3 (the
# default), with the same or lower noise below 7 kHz (-25.8 vs -24.6 dB noise-to-signal
# 0.1-4 kHz, -16.4 vs -13.9 dB 4-7 kHz on espeak-ng; Piper alike) and a little more above
# 7 kHz (-4.2 vs -6.3 dB on Piper), where speech carries little. q7 skips LAME's noise
# shaping, which buys little for speech at this bitrate.
_LAME_QUALITY: str | None = "7"
_HALVES_MIN_S = 60.0
"""Shorter programmes encode in well under a second: one ffmpeg run."""
_HALVES_PAUSE = 6000
"""Samples of digital silence the cut needs: LAME's delay + padding (at most 1105 + 1151)
plus room either side for the filter banks' overlap."""
_LAME_OVERLAP = 1152
_LAME_DELAY = 576 + 529
"""LAME's encoder delay plus the decoder's: where the first sample lands in the decoded frames."""
_MPEG2_FRAME = 576
_AAC_CODER: str | None = "fast"
"""ffmpeg's AAC coder for the M4B (measurements where the encoder is called)."""
# LAME scales its input down at CBR/ABR bitrates below 256 kbit/s to avoid clipping
# (presets.c, abr_switch_map "scale": 0.95 up to 160k, 0.97 at 192k, 0.98 at 224k), so a
# 64 kbit/s MP3 would play 0.45 dB quieter than the normalized programme. Our true-peak
# ceiling already leaves that headroom, so we undo the scale before LAME applies it.
_LAME_SCALE = ((8, 0.95), (16, 0.95), (24, 0.95), (32, 0.95), (40, 0.95), (48, 0.95),
               (56, 0.95), (64, 0.95), (80, 0.95), (96, 0.95), (112, 0.95), (128, 0.95),
               (160, 0.95), (192, 0.97), (224, 0.98), (256, 1.0), (320, 1.0))
_SAFE_STEM = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$")
_BITRATE = re.compile(r"^\d{1,3}(\.\d+)?k$|^\d{4,6}$")


def write_outputs(programme: Programme, script: SpeechScript, folder: Path, slug: str,
                  formats: Iterable[str], *, bitrate: str = "64k",
                  per_chapter: bool = False) -> list[Path]:
    """Write the audio files and sidecars in ``formats`` to ``folder``; all appear, or none."""
    if isinstance(formats, str):
        formats = formats.split(",")
    wanted = {name.strip().lower() for name in formats}
    if not _BITRATE.match(bitrate):
        raise AudioError(f"bitrate {bitrate!r} is not valid; give kbit/s like 64k or 96k")
    if not _SAFE_STEM.match(slug) or ".." in slug:
        raise OutputError(f"{slug!r} is not a safe file name stem (letters, digits, '.', '_', "
                          "'-'; no leading dot); pass slugify(title)")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output folder {folder}: {exc.strerror or exc}; "
                          "choose a folder you may write to") from exc

    artist = script.site_name or DEFAULT_ARTIST
    tags = {"title": script.title, "artist": artist, "album": script.title, "genre": GENRE,
            "comment": script.byline}
    staging = Staging(folder)
    jobs: list[_Job | _SplitJob] = []
    try:
        if "mp3" in wanted:
            jobs.append(_Job(programme.audio, staging.new(f"{slug}.mp3"), "mp3", bitrate, tags,
                             programme.chapters))
        if "m4b" in wanted:
            # media_type 2 marks the MP4 as an audiobook (iTunes "stik"), so Apple Books
            # files it with bookmarks and chapter navigation.
            jobs.append(_Job(programme.audio, staging.new(f"{slug}.m4b"), "m4b", bitrate,
                             {**tags, "media_type": "2"}, programme.chapters))
        if "chapters" in wanted or "mp3" in wanted:
            staging.write_text(f"{slug}.chapters.json", chapters_json(
                programme, title=script.title, author=script.byline,
                podcast_name=script.site_name,
                file_name=f"{slug}.mp3" if "mp3" in wanted else None))
        if "vtt" in wanted:
            staging.write_text(f"{slug}.vtt", webvtt(programme))
        if per_chapter or "m3u" in wanted:
            jobs.append(_stage_chapter_files(programme, script, staging, slug, bitrate, artist))
        if len(jobs) == 1 and isinstance(jobs[0], _Job) and jobs[0].kind == "mp3" and (
                os.cpu_count() or 1) > 1 and programme.duration_s >= _HALVES_MIN_S:
            # The MP3 alone would keep one core busy: split it across two.
            jobs[0] = dataclasses.replace(jobs[0], halves=True)
        _run_jobs(jobs)
        written = staging.commit()
    except BaseException:
        staging.discard()
        raise
    log.info("wrote %s", ", ".join(path.name for path in written))
    return written


def encode(audio: AudioChunk, target: Path, kind: str, bitrate: str,
           tags: Mapping[str, str | None], chapters: Iterable[ChapterMark] = ()) -> None:
    """Encode ``audio`` to ``target`` as ``mp3`` or ``m4b`` with tags and chapters."""
    if kind not in ("mp3", "m4b"):
        raise AudioError(f"cannot encode {kind!r}; choose mp3 or m4b")
    rate = _mp3_rate(audio.sample_rate, bitrate) if kind == "mp3" else audio.sample_rate
    with tempfile.TemporaryDirectory(prefix="speakit-meta-") as tmp:
        meta = Path(tmp) / "metadata.txt"
        meta.write_text(ffmetadata(tags, list(chapters)), encoding="utf-8")
        args = ["-loglevel", "error", *pcm_input_args(audio), "-f", "ffmetadata", "-i", str(meta),
                "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
                "-ac", "1", "-ar", str(rate), "-b:a", bitrate]
        if kind == "mp3":
            args += ["-af", _lame_compensation(bitrate), "-c:a", "libmp3lame", *_lame_quality(),
                     "-id3v2_version", "3", "-write_xing", "1", "-f", "mp3"]
        else:
            # The ipod muxer writes the QuickTime chapter track Apple players read;
            # faststart puts the index first so playback can begin before the download ends.
            # ffmpeg's AAC encoder overshoots peaks by 1-2 dB at 64 kbit/s on peaky voices,
            # so the M4B's true peak can reach about -0.5 dBTP (still no clipping).
            # aac_coder fast: on 13 minutes of espeak-ng speech at 22.05 kHz, 64 kbit/s, the
            # default "twoloop" coder took 18 s of CPU and "fast" 2.9 s, with lower measured
            # noise in every band (-35.9 vs -24.6 dB noise-to-signal at 0.1-4 kHz, -17.0 vs
            # -13.2 dB at 4-7 kHz). twoloop's perceptual tuning is meant for low bitrates; at
            # 64 kbit/s for one speech channel it bought nothing we could measure.
            args += ["-c:a", "aac", *(["-aac_coder", _AAC_CODER] if _AAC_CODER else []),
                     "-movflags", "+faststart", "-brand", "M4B ", "-f", "ipod"]
        args += ["-y", str(target)]
        run_ffmpeg(args, what=f"encoding {target.name.lstrip('.').split('.part')[0]}",
                   stdin=audio.samples)
    if not target.exists() or target.stat().st_size == 0:
        raise AudioError(f"ffmpeg wrote no {kind} audio; check that your ffmpeg can encode {kind}")


def encode_mp3_in_halves(audio: AudioChunk, target: Path, bitrate: str,
                         tags: Mapping[str, str | None],
                         chapters: Iterable[ChapterMark] = ()) -> bool:
    """Encode ``audio`` as one MP3 from two halves encoded side by side; False if it cannot.

    LAME runs on one core, so a long programme is cut in two inside a pause of digital
    silence, each half is encoded by its own ffmpeg, and the frames are joined with ffmpeg's
    concat demuxer (stream copy), which also writes the tags, chapters and the gapless
    header (the first half's encoder delay, the second half's padding). Each half decodes
    to its samples plus LAME's padding at its end and encoder delay at its start; both fall
    in the pause, and exactly that many silent samples are left out of the pause before the
    second half, so every sample after the cut keeps its time to the sample.
    """
    ffprobe = shutil.which("ffprobe")
    cut = _silent_cut(audio.samples)
    if ffprobe is None or cut is None:
        return False
    rate = _mp3_rate(audio.sample_rate, bitrate)
    if rate != audio.sample_rate:
        return False  # resampling would smear the cut; one encode keeps it simple
    width = audio.sample_width * audio.channels
    pcm = memoryview(audio.samples)  # slices of a view, not copies of the programme
    frame = 1152 if rate >= 32000 else _MPEG2_FRAME
    with tempfile.TemporaryDirectory(prefix="speakit-halves-") as tmp:
        first, second = Path(tmp) / "first.mp3", Path(tmp) / "second.mp3"
        # Decoded, the first half is [delay][its samples][padding] in whole frames, and
        # the second starts with its own delay: that much silence is left out of the pause.
        skip = -(-(cut + _LAME_DELAY) // frame) * frame - cut
        with ThreadPoolExecutor(max_workers=2, thread_name_prefix="speakit-half") as pool:
            halves = [pool.submit(_encode_raw, audio, pcm[:cut * width], first, bitrate),
                      pool.submit(_encode_raw, audio, pcm[(cut + skip) * width:], second,
                                  bitrate)]
            wait(halves)
        for half in halves:
            half.result()
        actual = _mp3_frames(ffprobe, first) * frame - cut
        if actual != skip:
            # LAME flushed a different number of frames than expected: redo the second half.
            log.debug("mp3 halves: expected to skip %d samples, need %d", skip, actual)
            if actual < 0 or actual > _HALVES_PAUSE - 3 * _LAME_OVERLAP:
                return False
            skip = actual
            _encode_raw(audio, pcm[(cut + skip) * width:], second, bitrate)
        listing = Path(tmp) / "list.txt"
        listing.write_text("".join(f"file '{path}'\n" for path in (first, second)),
                           encoding="utf-8")
        meta = Path(tmp) / "metadata.txt"
        meta.write_text(ffmetadata(tags, list(chapters)), encoding="utf-8")
        run_ffmpeg(["-loglevel", "error", "-f", "concat", "-safe", "0", "-i", str(listing),
                    "-f", "ffmetadata", "-i", str(meta), "-map", "0:a", "-map_metadata", "1",
                    "-map_chapters", "1", "-c", "copy", "-id3v2_version", "3",
                    "-write_xing", "1", "-f", "mp3", "-y", str(target)],
                   what=f"joining {target.name.lstrip('.').split('.part')[0]}")
    if not target.exists() or target.stat().st_size == 0:
        raise AudioError("ffmpeg wrote no mp3 audio; check that your ffmpeg has libmp3lame")
    return True


def _encode_raw(audio: AudioChunk, samples: memoryview, target: Path, bitrate: str) -> None:
    """One half: tagless MP3 with its gapless header, encoded from ``samples``."""
    args = ["-loglevel", "error", *pcm_input_args(audio), "-ac", "1",
            "-ar", str(audio.sample_rate), "-b:a", bitrate, "-af", _lame_compensation(bitrate),
            "-c:a", "libmp3lame", *_lame_quality(), "-id3v2_version", "0",
            "-write_xing", "1", "-f", "mp3", "-y", str(target)]
    run_ffmpeg(args, what="encoding half of the mp3", stdin=samples)


def _mp3_frames(ffprobe: str, path: Path) -> int:
    """Audio frames in an MP3 (the gapless header frame is not one)."""
    done = subprocess.run([ffprobe, "-v", "error", "-count_packets", "-select_streams", "a",
                           "-show_entries", "stream=nb_read_packets", "-of", "csv=p=0",
                           str(path)], capture_output=True, check=False)
    try:
        return int(done.stdout.decode().strip().split(",")[0])
    except ValueError as exc:
        raise AudioError(f"ffprobe could not count the frames of {path.name}: "
                         f"{done.stderr.decode(errors='replace').strip()}") from exc


def _silent_cut(samples: bytes) -> int | None:
    """A sample index inside a long run of digital silence near the middle, or None."""
    need = bytes(2 * _HALVES_PAUSE)
    middle = len(samples) // 2
    for start in (middle, len(samples) // 4):
        found = samples.find(need, start - start % 2, len(samples) * 3 // 4)
        if found >= 0:
            found += found % 2
            return found // 2 + _LAME_OVERLAP
    return None


@dataclass(frozen=True)
class _Job:
    """One ffmpeg encode to run."""

    audio: AudioChunk
    target: Path
    kind: str
    bitrate: str
    tags: Mapping[str, str | None]
    chapters: tuple[ChapterMark, ...] = ()
    halves: bool = False
    """Encode an MP3 as two halves side by side (when it is the only encode running)."""

    def run(self) -> None:
        if self.halves:
            try:
                if encode_mp3_in_halves(self.audio, self.target, self.bitrate, self.tags,
                                        self.chapters):
                    return
            except AudioError as exc:
                # An ffmpeg without the concat demuxer, say: the plain encode still works.
                log.warning("encoding the mp3 in two halves failed (%s); encoding it whole", exc)
        encode(self.audio, self.target, self.kind, self.bitrate, self.tags, self.chapters)


@dataclass(frozen=True)
class _SplitJob:
    """Several MP3s cut from one track by one ffmpeg run (a process per file is slower)."""

    audio: AudioChunk
    pieces: tuple[tuple[Path, int, int, Mapping[str, str | None]], ...]
    """(temp path, first frame, end frame, tags) per file."""
    bitrate: str

    def run(self) -> None:
        encode_pieces(self.audio, self.pieces, self.bitrate)


def encode_pieces(audio: AudioChunk,
                  pieces: Sequence[tuple[Path, int, int, Mapping[str, str | None]]],
                  bitrate: str) -> None:
    """Encode frame ranges of ``audio`` to tagged MP3s, all in one ffmpeg run."""
    if not pieces:
        return
    rate = _mp3_rate(audio.sample_rate, bitrate)
    labels = "".join(f"[s{i}]" for i in range(len(pieces)))
    graph = [f"[0:a]asplit={len(pieces)}{labels}"]
    graph += [f"[s{i}]atrim=start_sample={start}:end_sample={end},asetpts=PTS-STARTPTS,"
              f"{_lame_compensation(bitrate)}[o{i}]"
              for i, (_, start, end, _) in enumerate(pieces)]
    args = ["-loglevel", "error", *pcm_input_args(audio), "-filter_complex", ";".join(graph)]
    for i, (target, _, _, tags) in enumerate(pieces):
        args += ["-map", f"[o{i}]"]
        # Command-line metadata needs no escaping: ffmpeg splits at the first "=".
        for key, value in tags.items():
            if value:
                args += ["-metadata", f"{key}={_one_line(value)}"]
        args += ["-ac", "1", "-ar", str(rate), "-b:a", bitrate, "-c:a", "libmp3lame",
                 *_lame_quality(), "-id3v2_version", "3", "-write_xing", "1", "-f", "mp3",
                 "-y", str(target)]
    run_ffmpeg(args, what=f"encoding {len(pieces)} chapter files", stdin=audio.samples)
    for target, _, _, _ in pieces:
        if not target.exists() or target.stat().st_size == 0:
            raise AudioError(f"ffmpeg wrote no audio to {target.name}; check your ffmpeg's libmp3lame")


def _run_jobs(jobs: Sequence[_Job | _SplitJob]) -> None:
    """Run the encodes side by side (each ffmpeg uses one core); the first failure is raised."""
    if len(jobs) <= 1:
        for job in jobs:
            job.run()
        return
    workers = min(len(jobs), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="speakit-encode") as pool:
        futures = [pool.submit(job.run) for job in jobs]
        wait(futures)
    for future in futures:
        future.result()


def _stage_chapter_files(programme: Programme, script: SpeechScript, staging: Staging,
                         slug: str, bitrate: str, artist: str) -> _SplitJob:
    """The job for one MP3 per chapter, numbered and titled; stages the M3U playlist of them."""
    audio = programme.audio
    total = len(programme.chapters)
    width = max(2, len(str(total)))
    entries: list[tuple[str, float, str]] = []
    pieces: list[tuple[Path, int, int, Mapping[str, str | None]]] = []
    for number, mark in enumerate(programme.chapters, start=1):
        # Marks are exact frame positions divided by the rate: rounding gets the frame back.
        start = round(mark.start_s * audio.sample_rate)
        end = round(mark.end_s * audio.sample_rate)
        name = f"{slug}-{number:0{width}d}-{slugify(mark.title, 40, 'chapter')}.mp3"
        tags = {"title": mark.title, "artist": artist, "album": script.title, "genre": GENRE,
                "track": f"{number}/{total}", "comment": script.byline}
        pieces.append((staging.new(name), start, end, tags))
        entries.append((name, (end - start) / audio.sample_rate, f"{artist} - {mark.title}"))
    staging.write_text(f"{slug}.m3u", m3u(entries, title=script.title))
    return _SplitJob(audio, tuple(pieces), bitrate)


def _lame_quality() -> list[str]:
    return ["-compression_level", _LAME_QUALITY] if _LAME_QUALITY else []


def _mp3_rate(rate: int, bitrate: str) -> int:
    """The voice's rate when MP3 has it, else the next standard rate up (48 kHz at most)."""
    rates: tuple[int, ...] = _MP3_RATES
    if _kbps(bitrate) > 160:
        # MPEG-2 Layer III stops at 160 kbit/s; higher bitrates need an MPEG-1 rate.
        rates = (44100, 48000)
    if rate in rates:
        return rate
    return next((standard for standard in rates if standard > rate), rates[-1])


def _kbps(bitrate: str) -> float:
    return float(bitrate[:-1]) if bitrate.endswith("k") else float(bitrate) / 1000


def _lame_compensation(bitrate: str) -> str:
    """A volume filter that cancels LAME's bitrate-dependent input scale."""
    kbps = _kbps(bitrate)
    # LAME picks the table row nearest the bitrate, the lower one on a tie.
    _, scale = min(_LAME_SCALE, key=lambda row: (abs(row[0] - kbps), row[0]))
    return f"volume={1 / scale:.6f}"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
