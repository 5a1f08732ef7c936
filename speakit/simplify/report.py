"""The readability report: before/after measures, terms, acronyms, facts kept, what was dropped.

``readability_report`` builds plain data (it goes to ``report.json`` and
``speakit report --json``); ``format_report`` turns it into a terminal table.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from ..document import Document
from .readability import LONG_SENTENCE_LIMITS, document_metrics, find_acronyms

log = logging.getLogger(__name__)


def _acronym_status(doc: Document) -> dict[str, list[str]]:
    try:
        from . import terms
    except ImportError:
        terms = None  # type: ignore[assignment]
    status = getattr(terms, "acronym_status", None)
    if status is not None:
        return dict(status(doc))
    # Without the terms module, an acronym counts as explained when a Term names it.
    termed = {t.term for t in doc.terms}
    found: list[str] = []
    for sentence in doc.sentences():
        for a in find_acronyms(sentence.text):
            if a not in found:
                found.append(a)
    return {"explained": [a for a in found if a in termed],
            "unexplained": [a for a in found if a not in termed]}


def _facts(before: Document, after: Document) -> dict[str, Any] | None:
    try:
        from .facts import compare
    except ImportError:
        log.info("facts check unavailable: speakit.simplify.facts has no compare()")
        return None
    return dict(compare(before, after).to_dict())


def readability_report(before: Document, after: Document | None) -> dict[str, Any]:
    """Report data: readability before and after, terms, acronyms, facts kept, dropped text."""
    shown = after if after is not None else before
    return {
        "title": before.title,
        "level": shown.level,
        "before": document_metrics(before),
        "after": document_metrics(after) if after is not None else None,
        "terms": [t.to_dict() for t in shown.terms],
        "acronyms": _acronym_status(shown),
        "facts": _facts(before, after) if after is not None else None,
        "dropped": [d.to_dict() for d in before.dropped],
    }


# -- formatting --------------------------------------------------------------

def _num(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _pct(value: Any) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


_ROWS: tuple[tuple[str, Any], ...] = (
    ("sentences", lambda m: _num(m["sentences"])),
    ("words", lambda m: _num(m["words"])),
    ("words per sentence", lambda m: _num(m["words_per_sentence"]["mean"])),
    ("longest sentence", lambda m: _num(m["words_per_sentence"]["max"])),
    *((f"sentences over {k} words", (lambda k: lambda m: _pct(m["words_per_sentence"][f"over_{k}"]))(k))
      for k in LONG_SENTENCE_LIMITS),
    ("Flesch-Kincaid grade", lambda m: _num(m["fk_grade"])),
    ("reading ease (0-100)", lambda m: _num(m["reading_ease"])),
    ("rare words", lambda m: f"{100 * m['rare_word_rate']:.1f}%"),
    ("passive sentences", lambda m: _pct(m["passive_share"])),
    ("acronyms", lambda m: _num(len(m["acronyms"]))),
)


_PART_ROWS = frozenset(("sentences", "words per sentence", "sentences over 15 words", "Flesch-Kincaid grade"))
"""The rows shown for the narrative, the quotes and the summary on their own."""


def _table(header: list[str], rows: list[list[str]], *, text_last: bool = False) -> list[str]:
    """Aligned columns: labels flush left, numbers flush right (and a last text column left)."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    last = len(header) - 1

    def line(cells: list[str]) -> str:
        padded = [c.ljust(w) if i == 0 or (text_last and i == last) else c.rjust(w)
                  for i, (c, w) in enumerate(zip(cells, widths))]
        return "  ".join(padded).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def _metric_rows(before: dict[str, Any], after: dict[str, Any] | None) -> list[list[str]]:
    rows = []
    for label, get in _ROWS:
        row = [label, get(before)]
        if after is not None:
            row.append(get(after))
        rows.append(row)
    return rows


def _short(text: str | None, width: int = 40) -> str:
    text = re.sub(r"\s+", " ", text or "(no heading)")
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def format_report(data: dict[str, Any]) -> str:
    """The report as a plain-text table: before | after per metric, sections, facts, acronyms, dropped."""
    before, after = data["before"], data.get("after")
    out: list[str] = []
    title = data.get("title") or "(untitled)"
    out.append(f"Readability report: {title}")
    out.append(f"Level: {data.get('level', '-')}")
    out.append("")
    header = ["Body text", "before"] + (["after"] if after is not None else [])
    out.extend(_table(header, _metric_rows(before, after)))

    for part, label in (("narrative", "Without quotes"), ("quotes", "Quotes only"),
                        ("summary", "Summary")):
        b = before.get(part)
        a = after.get(part) if after is not None else None
        if not b or (b["sentences"] == 0 and (a is None or a["sentences"] == 0)):
            continue
        out.append("")
        rows = [[label, get(b)] + ([get(a)] if a else []) for label, get in _ROWS if label in _PART_ROWS]
        out.extend(_table([label, "before"] + (["after"] if a else []), rows))

    out.append("")
    out.append("Sections (before -> after)" if after is not None else "Sections")
    after_sections = {s["index"]: s for s in (after or {}).get("sections", [])}
    sec_header = ["section", "sentences", "words/sentence", "grade"]
    sec_rows = []
    for s in before.get("sections", []):
        a = after_sections.get(s["index"])
        cells = [(_num(s["sentences"]), _num(a["sentences"]) if a else "-"),
                 (_num(s["words_per_sentence"]["mean"]),
                  _num(a["words_per_sentence"]["mean"]) if a else "-"),
                 (_num(s["fk_grade"]), _num(a["fk_grade"]) if a else "-")]
        if after is None:
            sec_rows.append([_short(s["heading"]), *(b for b, _ in cells)])
        else:
            sec_rows.append([_short(s["heading"]), *(f"{b} -> {a_}" for b, a_ in cells)])
    if sec_rows:
        out.extend(_table(sec_header, sec_rows))
    else:
        out.append("(no sections with text)")

    facts = data.get("facts")
    if facts:
        out.append("")
        rows = []
        for kind in ("numbers", "names", "quotes"):
            f = facts.get(kind)
            if not f:
                continue
            total = f.get("total", 0)
            kept = f.get("kept", 0)
            share = f"{100 * kept / total:.0f}%" if total else "-"
            missing = f.get("missing") or []
            rows.append([kind, f"{kept}/{total}", share, ", ".join(map(str, missing[:5]))
                         + (" \u2026" if len(missing) > 5 else "")])
        out.extend(_table(["Facts kept", "kept", "share", "missing"], rows, text_last=True))

    acronyms = data.get("acronyms") or {}
    out.append("")
    out.append("Acronyms explained: " + (", ".join(acronyms.get("explained", [])) or "none"))
    out.append("Acronyms not explained: " + (", ".join(acronyms.get("unexplained", [])) or "none"))

    terms = data.get("terms") or []
    out.append(f"Terms explained: {len(terms)}"
               + (" (" + ", ".join(t["term"] for t in terms[:12])
                  + (" \u2026" if len(terms) > 12 else "") + ")" if terms else ""))

    dropped = data.get("dropped") or []
    out.append("")
    if dropped:
        out.append(f"Dropped by the reader ({len(dropped)})")
        out.extend(_table(["reason", "text"],
                          [[d["reason"], _short(d["text"], 60)] for d in dropped], text_last=True))
    else:
        out.append("Dropped by the reader: nothing")
    return "\n".join(out) + "\n"


__all__ = ["format_report", "readability_report"]
