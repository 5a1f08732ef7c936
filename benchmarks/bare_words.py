"""Hard words the easy level leaves bare: neither swapped for a plain word nor explained.

Runs the easy level on the seed article (when ../shared is there) and on every
article in examples/, and lists, per article, the words of the simplified text
(names and the explanation sentences left out) that no glossary term covers and
that are hard by one of two measures:

* R: ``frequency.is_rare()`` flags the word (rare in the word list);
* L: the word has three or more syllables and is not on the Dale-Chall list of
  words familiar to fourth-graders that ships with textstat (long and unfamiliar:
  "journalist", "territory" are common in Wikipedia, so frequency misses them).

A ``*`` marks a word seen only inside quotation marks (quotes stay verbatim, but an
easy reader still meets the word there, so it may deserve a glossary entry too).
The list is a worklist for data/glossary.toml, to read with judgement: an everyday
word a 12-year-old knows needs no entry. Prints; asserts nothing.

Usage: python benchmarks/bare_words.py [ARTICLE ...]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "eval" / "seed" / "article.txt"


def _familiar() -> set[str]:
    import textstat

    path = Path(textstat.__file__).parent / "resources" / "en" / "easy_words.txt"
    return set(path.read_text(encoding="utf-8").split()) if path.is_file() else set()


def bare_words(source: str) -> dict[str, str]:
    """Word → tag (``R``/``L``, ``*`` when only inside quotes) for one article at the easy level."""
    from speakit.read import read_source
    from speakit.simplify import glossary, simplify
    from speakit.simplify.facts import quote_spans
    from speakit.simplify.frequency import is_rare
    from speakit.simplify.readability import syllables
    from speakit.simplify.terms import Matcher, _is_name_part

    familiar = _familiar()
    matcher = Matcher(glossary.load(None))
    doc = simplify(read_source(source), "easy")
    found: dict[str, str] = {}
    for s in doc.sentences():
        if ".x" in s.id:
            continue  # an explanation sentence itself
        text = s.text
        covered = [(a, b) for a, b, _ in matcher.find(text)]
        quotes = quote_spans(text)
        for m in re.finditer(r"[A-Za-z][a-z'’-]*[a-z]", text):
            a = m.start()
            if _is_name_part(text, a) or any(x <= a < y for x, y in covered):
                continue
            word = m.group().lower()
            rare = is_rare(word)
            long_ = syllables(word) >= 3 and word not in familiar and word.rstrip("s") not in familiar
            if not (rare or long_):
                continue
            tag = "R" if rare else "L"
            inside = any(x <= a < y for x, y in quotes)
            old = found.get(word)
            if old is None or (old.endswith("*") and not inside):
                found[word] = tag + ("*" if inside else "")
    return found


def main(argv: list[str]) -> int:
    """Print the bare hard words of each article."""
    sources = argv or ([str(SEED)] if SEED.is_file() else []) + sorted(
        str(p) for p in (ROOT / "examples").iterdir()
        if p.suffix in (".html", ".md", ".txt") and p.name != "README.md")
    for source in sources:
        found = bare_words(source)
        print(f"== {Path(source).name}: {len(found)} bare hard words")
        for tag in ("R", "L"):
            words = [w + ("*" if t.endswith("*") else "") for w, t in found.items() if t[0] == tag]
            print(f"  {tag}: {' '.join(words)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
