"""Voice profiles: which engine and voice, how fast, and the pause after each kind of utterance.

Profiles are TOML files in ``voices/`` (installed as the package ``speakit.voices``,
read with importlib.resources so they work from a wheel) or any ``.toml`` path::

    description = "Piper, US English male voice 'joe'"
    engine = "piper"            # "" = the default engine
    voice = "en_US-joe-medium"  # "" = the engine's default voice
    rate = 1.0                  # 1.0 = the voice's normal speed

    [pauses]                    # ms after each role; missing keys keep the defaults
    title = 1000
    heading = 800
    body = 350                  # between two sentences of a paragraph
    paragraph = 700             # after a paragraph's last sentence
    chapter = 1200              # after a chapter's last utterance
"""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import VoiceError
from .script import DEFAULT_PAUSES, PAUSE_KEYS

log = logging.getLogger(__name__)

PROFILE_PACKAGE = "speakit.voices"
DEFAULT_PROFILE = "default"

# One pause table for the script and the profiles: the script owns it, profiles override it.



_KEYS = {"name", "description", "engine", "voice", "rate", "sentence_pause_ms",
         "paragraph_pause_ms", "pauses"}


@dataclass(frozen=True)
class VoiceProfile:
    """How the article sounds: engine, voice, speed and pauses."""

    name: str
    """Profile name (the file stem), what ``--voice`` takes."""
    engine: str = ""
    """Engine name; empty means the default engine."""
    voice: str = ""
    """Engine voice id or Piper ``.onnx`` path; empty means the engine's default voice."""
    rate: float = 1.0
    """Speaking rate, 1.0 = the voice's normal speed (0.5 .. 2.0)."""
    pauses: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_PAUSES), hash=False)
    """Silence after each role in ms, every key of ``DEFAULT_PAUSES`` present (``body`` =
    between sentences, ``paragraph``, ``chapter``); ready for ``build_script(pauses=…)``."""
    sentence_pause_ms: int = DEFAULT_PAUSES["body"]
    """Silence between two sentences of one paragraph (same as ``pauses["body"]``)."""
    paragraph_pause_ms: int = DEFAULT_PAUSES["paragraph"]
    """Silence after the last sentence of a paragraph (same as ``pauses["paragraph"]``)."""
    description: str = ""
    """One line for ``speakit voices``."""
    path: str = ""
    """Where the profile was read from (empty for a profile made in code)."""

    def pause_after(self, role: str) -> int:
        """Pause in ms after an utterance of ``role`` (unknown roles get the paragraph pause)."""
        return self.pauses.get(role, self.paragraph_pause_ms)


def _packaged() -> dict[str, Any]:
    """``{name: Traversable}`` of the profiles shipped in ``speakit.voices``."""
    try:
        root = resources.files(PROFILE_PACKAGE)
    except ModuleNotFoundError:
        return {}
    out: dict[str, Any] = {}
    for item in root.iterdir():
        if item.name.endswith(".toml") and item.is_file():
            stem = item.name[: -len(".toml")]
            if _is_profile_text(item.read_text(encoding="utf-8")):
                out[stem] = item
    return out


def _is_profile_text(text: str) -> bool:
    # voices/ also holds lexicons as TOML: a profile is a TOML with an engine, voice,
    # rate or pauses key at the top level.
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    return bool({"engine", "voice", "rate", "pauses"} & data.keys())


def _parse(name: str, text: str, origin: str) -> VoiceProfile:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VoiceError(f"Voice profile {origin} is not valid TOML: {exc}") from exc
    unknown = set(data) - _KEYS
    if unknown:
        raise VoiceError(f"Voice profile {origin} has unknown keys {', '.join(sorted(unknown))}; "
                         f"allowed: {', '.join(sorted(_KEYS))}.")
    pauses = dict(DEFAULT_PAUSES)
    raw_pauses = data.get("pauses", {})
    if not isinstance(raw_pauses, dict):
        raise VoiceError(f"Voice profile {origin}: [pauses] must be a table of role = milliseconds.")
    for role, ms in raw_pauses.items():
        if role not in PAUSE_KEYS:
            raise VoiceError(f"Voice profile {origin}: unknown key {role!r} in [pauses]; "
                             f"keys are {', '.join(PAUSE_KEYS)}.")
        pauses[role] = _ms(ms, f"pauses.{role}", origin)
    # sentence_pause_ms / paragraph_pause_ms are the same numbers as pauses.body /
    # pauses.paragraph; either spelling works, both must agree.
    for key, role in (("sentence_pause_ms", "body"), ("paragraph_pause_ms", "paragraph")):
        if key in data:
            value = _ms(data[key], key, origin)
            if role in raw_pauses and raw_pauses[role] != value:
                raise VoiceError(f"Voice profile {origin}: {key} = {value} disagrees with "
                                 f"pauses.{role} = {raw_pauses[role]}; keep one of them.")
            pauses[role] = value
    rate = data.get("rate", 1.0)
    if isinstance(rate, bool) or not isinstance(rate, (int, float)) or not 0.5 <= rate <= 2.0:
        raise VoiceError(f"Voice profile {origin}: rate must be a number from 0.5 to 2.0, not {rate!r}.")
    for key in ("engine", "voice", "description"):
        if not isinstance(data.get(key, ""), str):
            raise VoiceError(f"Voice profile {origin}: {key} must be a string.")
    return VoiceProfile(
        name=str(data.get("name") or name),
        engine=data.get("engine", ""),
        voice=data.get("voice", ""),
        rate=float(rate),
        pauses=pauses,
        sentence_pause_ms=pauses["body"],
        paragraph_pause_ms=pauses["paragraph"],
        description=data.get("description", ""),
        path=origin,
    )


def _ms(value: Any, key: str, origin: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10000:
        raise VoiceError(f"Voice profile {origin}: {key} must be whole milliseconds from 0 to 10000, "
                         f"not {value!r}.")
    return value


def list_profiles() -> list[VoiceProfile]:
    """The voice profiles shipped in ``voices/``, sorted by name (``default`` first)."""
    out = []
    for stem, item in _packaged().items():
        try:
            out.append(_parse(stem, item.read_text(encoding="utf-8"), f"voices/{item.name}"))
        except VoiceError as exc:
            log.warning("skipping voice profile: %s", exc)
    return sorted(out, key=lambda p: (p.name != DEFAULT_PROFILE, p.name))


def _packaged_profile(name: str) -> VoiceProfile | None:
    item = _packaged().get(name)
    if item is None:
        return None
    return _parse(name, item.read_text(encoding="utf-8"), f"voices/{item.name}")


def load_profile(name_or_path: str | None, engine: str | None = None) -> VoiceProfile:
    """Resolve ``--voice`` (profile name, ``.toml`` path, ``.onnx`` path or engine voice id) and ``--engine``.

    None picks the engine's own profile (e.g. ``espeak-en`` for ``espeak-ng``) or
    ``default``. A voice id is checked against the engine's voices; VoiceError lists
    the profiles and voices there are.
    """
    if not name_or_path:
        return _for_engine(engine)
    path = Path(name_or_path).expanduser()
    if name_or_path.endswith(".toml"):
        if not path.is_file():
            raise VoiceError(f"Voice profile {name_or_path} does not exist. "
                             f"Profiles: {_profile_names()}.")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise VoiceError(f"Voice profile {name_or_path} cannot be read: {exc}") from exc
        return _check_engine(_parse(path.stem, text, str(path)), engine)
    if name_or_path.endswith(".onnx"):
        if engine and engine != "piper":
            raise VoiceError(f"{name_or_path} is a Piper voice, but the engine is {engine}; "
                             "drop --engine or use --engine piper.")
        base = _for_engine("piper")
        return replace(base, name=path.stem, engine="piper", voice=str(path),
                       description=f"Piper voice {path.name}", path="")
    profile = _packaged_profile(name_or_path)
    if profile is not None:
        return _check_engine(profile, engine)
    return _voice_id_profile(name_or_path, engine)


def _for_engine(engine: str | None) -> VoiceProfile:
    """The profile used when no voice is named: the engine's own, else ``default``."""
    profiles = list_profiles()
    if engine:
        own = [p for p in profiles if p.engine == engine and p.name != DEFAULT_PROFILE]
        if own:
            return own[0]
    default = next((p for p in profiles if p.name == DEFAULT_PROFILE), None)
    if default is None:
        default = VoiceProfile(DEFAULT_PROFILE, description="built-in defaults")
    if engine:
        return replace(default, engine=engine, voice="" if default.engine not in ("", engine)
                       else default.voice)
    if not default.engine:
        from .engines import default_engine_name

        name = default_engine_name()
        if name:
            own = [p for p in profiles if p.engine == name and p.name != DEFAULT_PROFILE]
            base = own[0] if own else default
            return replace(base, name=DEFAULT_PROFILE, description=default.description or base.description)
    return default


def _check_engine(profile: VoiceProfile, engine: str | None) -> VoiceProfile:
    if not engine or profile.engine in ("", engine):
        return replace(profile, engine=engine or profile.engine)
    if profile.voice:
        raise VoiceError(f"Voice profile {profile.name} is for engine {profile.engine}, not {engine}. "
                         f"Drop --engine, or pick a profile for {engine}: "
                         f"{_profile_names(engine) or 'none'}.")
    return replace(profile, engine=engine)


def _voice_id_profile(voice: str, engine: str | None) -> VoiceProfile:
    """A profile for a bare engine voice id, after checking the engine really has it."""
    from ..errors import EngineError
    from .engines import default_engine_name, engine_names, get_engine

    candidates = [engine] if engine else [n for n in [default_engine_name()] if n] + engine_names()
    seen: list[str] = []
    for name in dict.fromkeys(candidates):
        try:
            eng = get_engine(name)
            ids = _voice_ids(eng)
        except EngineError:
            if engine:
                raise
            continue
        seen.append(f"{name}: {', '.join(sorted(ids)) or 'none'}")
        match = next((i for i in ids if i.lower() == voice.lower()), None)
        if match is not None:
            base = _for_engine(name)
            return replace(base, name=match, engine=name, voice=match,
                           description=f"{name} voice {match}", path="")
    raise VoiceError(f"Unknown voice {voice!r}. Voice profiles: {_profile_names()}. "
                     f"Engine voices — {'; '.join(seen) or 'no engine installed'}. "
                     "A Piper voice can also be given as a path to its .onnx file.")


def _voice_ids(engine: Any) -> set[str]:
    return {v.id for v in engine.voices()}


def _profile_names(engine: str | None = None) -> str:
    return ", ".join(p.name for p in list_profiles() if not engine or p.engine == engine)


__all__ = ["DEFAULT_PAUSES", "PAUSE_KEYS", "VoiceProfile", "list_profiles", "load_profile"]
