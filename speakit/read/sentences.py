"""Rule-based sentence splitting: abbreviations, initials, decimals, quotes, brackets, lists.

A candidate boundary is a run of ``.``, ``?``, ``!`` or ``…`` (with any closing
quotes or brackets after it) followed by white space. Whether a reader would end
the sentence there depends on the word before the stop and the word after it:

* a lower-case word after the stop never starts a sentence ("5 p.m. on Monday",
  ``"Why?" he asked``);
* titles and words that always take a complement never end one ("Dr. Lee",
  "vs. Chelsea", "e.g. wheat");
* abbreviations that may close a sentence ("U.S.", "D.C.", "p.m.", "Inc.", "Oct.",
  "Jr.") and single-letter initials ("J. K. Rowling") end one only when the next
  word is one that typically opens a sentence ("The", "He", "But" …) or a new
  quotation opens;
* a quoted question or exclamation followed by its speaker does not end one
  (``"Why now?" Jane Roe asked.``);
* anything else followed by a capital letter, a digit or an opening quote ends one.

Inside a quotation a full stop followed by a new capitalised sentence splits, as
a reader would pause there: ``"Images are a serious thing. | If there are …"``.
"""

from __future__ import annotations

import re

from ..document import Paragraph, Sentence

# Titles and words that are always followed by what they qualify.
NEVER_END = frozenset("""
Mr Mrs Ms Mx Dr Prof Gov Sen Sens Rep Reps Gen Lt Col Capt Cpt Sgt Cpl Pvt Adm Maj Cmdr Brig
Rev Hon Pres Supt Det Insp Fr Msgr Atty Cllr Amb Mt Ft Gens Govs Messrs Mme Mlle Dame
vs v e.g i.e viz cf approx ca Ald Lieut Comdr Cdr Cmdr Sup Asst Assoc Dept Univ
""".split())
# Abbreviations that take a number after them: "No. 10", "Fig. 3", "pp. 4".
NUMBER_ABBR = frozenset("No Nos no nos Vol vol Fig fig Figs p pp Art art Sec sec Ch ch Op op Pt pt "
                        "Ex ex Para para Nr nr Rd".split())
# Abbreviations that can also close a sentence.
MAY_END = frozenset("""
Jr Sr Inc Corp Co Ltd Llc LLC Plc PLC Bros etc al St Ave Blvd Rd Hwy Sq Pl Ln Dr
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
a.m p.m A.M P.M am pm min mins hr hrs sec secs ft lb lbs oz mi yr yrs mo mos pct est Esq
Mass Calif Fla Ga Ill Mich Minn Tenn Tex Wash Wis Ariz Colo Conn Del Ind Kan Ky La Md
Miss Mo Mont Neb Nev Okla Ore Pa Va Vt Wyo
""".split())
# Words that typically open a sentence: after an abbreviation that may end one,
# seeing one of these tips the balance to "sentence ended".
STARTERS = frozenset("""
the a an he she it they we i you but and or so yet in on at for this that these those there here
then when while after before if as his her its their our my your what who why how where some many
most all both each no not one two three however meanwhile also still since because although
though until during despite officials police later earlier now today yesterday tomorrow
""".split())

_CANDIDATE_RE = re.compile(r"(?P<p>[.!?\u2026]+)(?P<q>[\"'\u201d\u2019)\]]*)(?P<ws>\s+)(?=\S)")
_OPENERS = "\"'\u201c\u2018([" 


def split_sentences(text: str) -> list[str]:
    """Split running text into sentences, as a reader would end them."""
    text = text.strip()
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for m in _CANDIDATE_RE.finditer(text):
        if m.start() <= start:
            continue
        if _ends_sentence(text, m, start):
            piece = text[start:m.start("ws")].strip()
            if piece:
                pieces.append(piece)
            start = m.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def _ends_sentence(text: str, m: re.Match[str], start: int) -> bool:
    punct, closers = m.group("p"), m.group("q")
    before = text[start:m.start()]
    word_m = re.search(r"(\S+)$", before)
    word = word_m.group(1).lstrip(_OPENERS) if word_m else ""
    rest = text[m.end():]
    nxt_m = re.match(r"\S+", rest)
    nxt = nxt_m.group(0) if nxt_m else ""
    bare = nxt.lstrip(_OPENERS)
    first = bare[:1]
    opens_quote = nxt[:1] in _OPENERS and first[:1].isupper()

    if not first or first.islower():
        return False  # "5 p.m. on Monday", "\"Why?\" he asked", "… and so on"
    if ("?" in punct or "!" in punct) and closers and _speech_follows(rest):
        return False  # '"Why?" Jane asked.': the attribution belongs to the quote
    if "?" in punct or "!" in punct or "\u2026" in punct or punct.startswith(".."):
        return True
    if not word:
        return True
    if word in NEVER_END:
        return False
    if word in NUMBER_ABBR and first.isdigit():
        return False
    if closers:
        return True  # `… he said." Next`, `(as planned.) Then`
    if re.fullmatch(r"\d{1,2}", word) and _is_list_marker(before, word):
        return False  # "1. Mix the flour": a numbered item's marker
    starter = opens_quote or _word_core(bare).lower() in STARTERS
    if word in MAY_END or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return starter  # "U.S. President Biden" vs "in Washington, D.C. He said"
    if re.fullmatch(r"[A-Z]", word):
        return starter  # "J. K. Rowling", "George W. Bush" vs "vitamin D. The"
    return True


SPEECH_VERBS = frozenset("said says asked asks told tells wrote writes added adds replied replies "
                         "shouted shouts cried yelled insisted insists continued explained".split())


def _speech_follows(rest: str) -> bool:
    words = [w.strip(",.;:").lower() for w in rest.split()[:4]]
    # A name of one to three capitalised words, then the verb: "Jane Roe asked".
    for k in range(1, min(4, len(words))):
        if words[k] in SPEECH_VERBS and all(w[:1].isupper() for w in rest.split()[:k]):
            return True
    return False


def _word_core(token: str) -> str:
    m = re.match(r"[^\W\d_]+", token)
    return m.group(0) if m else ""


def _is_list_marker(before: str, word: str) -> bool:
    head = before[: len(before) - len(word)].rstrip()
    prev = head.split()[-1].rstrip(".") if head.split() else ""
    if prev in NUMBER_ABBR:
        return False  # "ranked No. 1. The team …": a number, not a list marker
    return not head or head.endswith((":", ".", "!", "?", ";"))


def make_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with placeholder ids (``number_sentences`` gives the real ones)."""
    return tuple(Sentence("", s) for s in split_sentences(text))


def make_paragraph(text: str) -> Paragraph:
    """A paragraph from running text."""
    return Paragraph(make_sentences(text))


__all__ = ["make_paragraph", "make_sentences", "split_sentences"]
