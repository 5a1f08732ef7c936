"""Picture descriptions in short sentences: the wire-caption habits that make them long.

News captions pack a scene, a place, a date and where the picture came from into one
sentence ("X inspects Y, October 17, 2024, in this photo released by KCNA."). A listener
hears the description read aloud where the picture stands, so the simplified levels
give the source and the date their own sentence:

* ``…, in this handout photo released by X on D.`` → ``…`` ``The picture was released by X on D.``
* ``This image, released by X on D, shows Y.`` → ``This image shows Y.`` ``It was released by X on D.``
* at ``easy``, a date that closes the scene → ``The picture is from D.``

Nothing is dropped: every word of the source, the date and the agency stay.
"""

from __future__ import annotations

import re

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_DATE = (r"(?:" + _MONTHS + r"\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+" + _MONTHS + r"(?:\s+\d{4})?)")
_PICTURE = r"(?:handout\s+|file\s+|undated\s+)?(?:photo|photograph|picture|image|video grab|still)"
_VERB = r"(released|provided|taken|distributed|obtained|supplied|issued|made available)"

_IN_THIS = re.compile(r",?\s+in this\s+" + _PICTURE + r"\s+" + _VERB + r"\s+(by|from|on|in)\s+(.+?)\.?$")
_LEAD_IMAGE = re.compile(r"^(This|The)\s+(" + _PICTURE + r"),\s+" + _VERB + r"\s+(by|from)\s+(.+?),\s+"
                         r"(shows|show|captures)\s+(.+?)\.?$")
_END_DATE = re.compile(r"(?:,\s*|\s+)(?:on\s+)?(" + _DATE + r")\.?$")


def _sentence(text: str) -> str:
    text = text.strip().rstrip(",")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def caption_sentences(text: str, level: str = "plain") -> list[str]:
    """One picture description as short sentences; the scene first, then where it came from and when."""
    text = text.strip()
    if not text:
        return []
    m = _LEAD_IMAGE.match(text)
    if m:
        article, noun, verb, prep, source, shows, scene = m.groups()
        return [_sentence(f"{article} {noun} {shows} {scene}"), _sentence(f"It was {verb} {prep} {source}")]
    tail: list[str] = []
    m = _IN_THIS.search(text)
    if m and len(text[:m.start()].split()) >= 3:
        verb, prep, source = m.groups()
        tail.append(_sentence(f"The picture was {verb} {prep} {source}"))
        text = text[:m.start()]
    if level == "easy":
        d = _END_DATE.search(text.rstrip("."))
        if d and len(text[:d.start()].split()) >= 4 and not re.search(r"\b(?:on|since|until|by|from|in)$",
                                                                       text[:d.start()].strip()):
            date = d.group(1)
            # A date already in the source sentence is moved, never doubled.
            if not any(date in t for t in tail):
                tail = [t.replace("The picture was", "It was", 1) for t in tail]
                tail.insert(0, _sentence(f"The picture is from {date}"))
            text = text[:d.start()]
    return [_sentence(text)] + tail


__all__ = ["caption_sentences"]
