"""Sentence rules: split long sentences into short ones without touching quoted text.

Every rule works on one sentence whose quotations are masked as single tokens,
so no rule can split or reword inside quotation marks. A rule that cannot be
applied safely returns ``None`` and the sentence stays whole: a long sentence
reads better than a broken one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .facts import quote_spans
from .words import analyses, inflect

# -- word classes (small lists instead of a tagger) -------------------------

AUX = frozenset(
    "is are was were be been being am has have had do does did will would can could may might "
    "must shall should won't can't couldn't wouldn't shouldn't isn't aren't wasn't weren't "
    "hasn't haven't hadn't doesn't don't didn't cannot".split())
_VERB_BASES = (
    "say tell add argue claim warn note report believe think know expect hope fear want need "
    "seem appear remain become make take give get go come see show find keep leave put bring "
    "build send launch sign ratify raise join use rely supply lend fight help defeat enter "
    "accept acknowledge confirm deny suggest indicate estimate increase decrease reduce grow "
    "rise fall start begin end stop continue try plan decide agree refuse offer promise trade "
    "demand threaten attack invade capture kill injure die win lose meet call ask answer "
    "describe explain include involve work live move change happen learn proceed react respond "
    "intervene condemn issue provide ship receive hint talk wonder mock turn look stand reveal "
    "release inspect attend surface weaken exert count pose step follow lead hold tend allow "
    "cause mean feel hear run pay serve set sell buy spend open close sit lie stay vote borrow "
    "flood push approve consult draw burst cost pass fail beat hit cut save protect repair "
    "replace urge pull carry block ban arrest charge sentence detain convict appeal rule judge "
    "elect choose appoint resign quit sack fire hire earn owe invest fund shrink drop jump soar "
    "climb double triple halve cancel delay postpone schedule visit travel fly arrive return "
    "flee escape evacuate rescue treat heal hurt wound destroy damage burn collapse shoot "
    "strike bomb shell target defend patrol guard watch monitor track study measure publish "
    "post share tweet write read speak discuss debate negotiate reject veto oppose support back "
    "criticise criticize praise blame accuse admit confess apologise apologize thank welcome "
    "celebrate mark mourn remember forget wish doubt worry predict forecast contain reach "
    "affect prevent avoid require depend seek hide vanish underscore participate strengthen "
    "deliver produce manufacture export import occupy cross exit create develop improve expand "
    "extend limit control manage operate own employ train teach play sing perform broadcast "
    "found establish abolish merge split divide combine connect link separate precede guide "
    "surround touch miss catch throw kick trail finish complete pause resume survive murder "
    "seize liberate depart explore discover invent consider regard examine assess compare "
    "contrast fit suit belong bear breed cook eat drink smoke sleep wake marry divorce adopt "
    "born retire recruit enlist govern reign nominate promote demote transfer relocate settle "
    "emigrate immigrate migrate flow drain dry freeze melt boil heat cool shine shout whisper "
    "laugh weep breathe bleed suffer recover cure diagnose vaccinate infect spread transmit "
    # Verbs that are rarely nouns, added after reading long sentences the rules left whole.
    "represent consist achieve contribute obtain prefer emerge exist occur succeed inherit acquire "
    "compose depict portray attract oversee enable ensure maintain inspire introduce identify "
    "recognise recognize remove restore convert derive originate evolve dedicate determine "
    "encourage persuade prepare rename resemble unite graduate compete qualify drive deploy "
    "announce generate inhabit differ")
_BASES = frozenset(_VERB_BASES.split())
_IRREGULAR_PAST = frozenset("said made took gave got went came saw knew thought told found left kept began showed "
                            "heard put set ran held brought bought built sent spent lent fought sought taught "
                            "caught paid laid led met won lost sold stood understood wrote spoke broke chose "
                            "rose grew drew fell felt meant struck cut hit shut hurt".split())
VERB_FORMS: frozenset[str] = frozenset(
    inflect(b, f) for b in _VERB_BASES.split() for f in ("base", "s", "ed", "en", "ing"))
SUBJ_PRONOUNS = frozenset("he she it they we i you there".split())
CONTRACTED_SUBJ = re.compile(r"^(he|she|it|they|we|i|you|there|that|who|what)['’](s|re|ve|d|ll|m)$", re.I)
DETERMINERS = frozenset(
    "the a an its his her their our my your this these those some many most both all each every "
    "no another other such several few any more much one two three four five six seven eight nine "
    "ten".split())
_NOT_SUBJECT_START = frozenset(
    "and but or nor so yet for if while when whereas although though because since as unless "
    "until after before that which who whom whose where why how to of in on at by from with "
    "without into onto over under about against between among through during despite than "
    "not rather then also even just only perhaps first later soon finally eventually again "
    "other another".split())
_SUBORDINATORS = frozenset("if when because although though while since as unless whether until "
                           "after before".split())
ADVERBS = frozenset(
    "then now also still already just only even never ever often once again really perhaps "
    "probably possibly reportedly allegedly not further actually clearly".split())
_PREPOSITIONS = frozenset(
    "in on at by for from with without into onto over under about against between among "
    "through during despite after before since until beyond across near after".split())
_MASK_OPEN, _MASK_CLOSE = "\ue000", "\ue001"
_MASK = re.compile(_MASK_OPEN + r"(\d+)" + _MASK_CLOSE)
_SPEECH_VERBS = ("said", "says", "told", "tells", "wrote", "writes", "added", "adds", "asked",
                 "asks", "explained", "explains", "noted", "notes", "warned", "warns")


def _bare(tok: str) -> str:
    return tok.strip(".,;:!?()[]\"“”'‘’").lower()


def is_verb(tok: str, prev: str = "") -> bool:
    """A word that is probably a finite verb or auxiliary (word lists plus -ed)."""
    w = _bare(tok)
    if not w or tok[:1].isupper() and prev:
        return False
    if w in AUX or w in VERB_FORMS:
        if _bare(prev) in ("this", "that") and (w in _IRREGULAR_PAST or w.endswith(("ed", "s"))) \
                and w not in _BASES:
            return True  # "This led scientists to …": a pronoun subject, not a determiner
        return _bare(prev) not in DETERMINERS or w in AUX
    if CONTRACTED_SUBJ.match(w):
        return True
    return len(w) > 4 and w.endswith("ed") and _bare(prev) not in DETERMINERS


def starts_clause(tokens: list[str]) -> bool:
    """True when the words start with a subject followed by a verb (a main clause)."""
    if not tokens:
        return False
    i = 0
    while i < len(tokens) and _bare(tokens[i]) in ADVERBS:
        i += 1
    if i >= len(tokens):
        return False
    first = _bare(tokens[i])
    if _MASK.search(tokens[i]):
        return False
    if CONTRACTED_SUBJ.match(first) and first.split("'")[0].split("’")[0] not in ("that", "who", "what"):
        return True
    if first in SUBJ_PRONOUNS:
        nxt = tokens[i + 1:i + 3]
        return any(is_verb(t) for t in nxt[:1]) or (
            len(nxt) == 2 and _bare(nxt[0]) in ADVERBS and is_verb(nxt[1]))
    if first in _NOT_SUBJECT_START or first.endswith("ly") or first.endswith("ing"):
        return False
    if first in AUX or first in VERB_FORMS and not tokens[i][:1].isupper():
        # "rescue teams said …": a noun-verb word before a plural noun and a verb is a subject
        second = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
        third = tokens[i + 2] if i + 2 < len(tokens) else ""
        if not (first not in AUX and second.endswith("s") and second not in VERB_FORMS
                and third and is_verb(third, tokens[i + 1])):
            return False
    # Look for the verb within a noun phrase ("the absence of a strong response from X's partners has").
    if tokens[i].startswith(("(", "[")):
        return False
    for j in range(i + 1, min(len(tokens), i + 12)):
        prev_tok = tokens[j - 1]
        if prev_tok.endswith((",", ";", ":")) or _MASK.search(tokens[j]):
            return False
        w = _bare(tokens[j])
        if w in ("who", "which", "that", "whose", "where") or w in _SUBORDINATORS:
            return False
        if w in ("it", "they", "he", "she", "we", "you", "i") and first in DETERMINERS:
            return False  # "the spare power it keeps": a noun with a relative clause, no verb of its own
        after = _bare(tokens[j + 1]) if j + 1 < len(tokens) else ""
        if w.endswith("ed") and w not in AUX and after in ("by", "with"):
            return False  # "lines owned by …": a participle, not the verb of a clause
        if w.endswith("ing") and _bare(prev_tok) not in AUX:
            continue  # "injury to organs (for example pulling out …)": a participle
        if w.endswith("ed") and _bare(prev_tok).endswith("ly") and j >= 2 \
                and _bare(tokens[j - 2]) in DETERMINERS:
            continue  # "a darkly colored surface": an adjective
        if is_verb(tokens[j], prev_tok):
            base_only = w in _BASES and w not in AUX and not w.endswith("ed") and w not in _IRREGULAR_PAST
            prev_plural = _bare(prev_tok).endswith("s") and not re.search(r"['’]s$", _bare(prev_tok))
            if base_only and not prev_plural and "and" not in [_bare(t) for t in tokens[i:j]]:
                continue  # "a portable stand": a base form after a singular noun is not a verb
            return True
        # "the company stores its trains": an -s word followed by a determiner is the verb
        if (w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and j + 1 < len(tokens)
                and _bare(tokens[j + 1]) in DETERMINERS | {"its", "his", "her", "their", "them", "it"}
                and _bare(prev_tok) not in DETERMINERS):
            return True
    return False


def has_verb(tokens: list[str]) -> bool:
    """True when some word is probably a finite verb."""
    return any(is_verb(t, tokens[i - 1] if i else "") for i, t in enumerate(tokens))


# -- masking -----------------------------------------------------------------

@dataclass
class Masked:
    """A sentence with each quotation replaced by one opaque token."""

    text: str
    quotes: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, text: str) -> Masked:
        """Mask the quotations of ``text``."""
        quotes: list[str] = []
        out, last = [], 0
        for a, b in quote_spans(text):
            out.append(text[last:a])
            out.append(f"{_MASK_OPEN}{len(quotes)}{_MASK_CLOSE}")
            quotes.append(text[a:b])
            last = b
        out.append(text[last:])
        return cls("".join(out), quotes)

    def unmask(self, text: str) -> str:
        """Put the quotations back."""
        return _MASK.sub(lambda m: self.quotes[int(m.group(1))], text)


def word_count(text: str) -> int:
    """Words as a reader counts them (numbers count, punctuation does not)."""
    return len(re.findall(r"[\w'’][\w'’.,-]*", text))


# -- finishing pieces ---------------------------------------------------------

def capitalize_first(text: str) -> str:
    """Upper-case the first letter (after any opening quote or bracket), never inside a quotation."""
    m = re.search(r"[A-Za-z]", text)
    if not m or _MASK.match(text):
        return text
    i = m.start()
    if text[:i].strip(" \"“‘([") or i > 3:
        return text
    if any(a <= i < b for a, b in quote_spans(text)):
        return text
    return text[:i] + text[i].upper() + text[i + 1:]


def _outside_quotes(text: str, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to the text between quotations only."""
    out, last = [], 0
    for a, b in quote_spans(text):
        out.append(fix(text[last:a]))
        out.append(text[a:b])
        last = b
    out.append(fix(text[last:]))
    return "".join(out)


def _tidy(part: str) -> str:
    part = re.sub(r"[ \t\n]+", " ", part)
    return re.sub(r"\s+([,.;:!?])(?=\s|$)", r"\1", part)


def finish(text: str) -> str:
    """Tidy spaces, upper-case the start, end with one full stop unless it ends in ! or ?."""
    text = _outside_quotes(text.strip(), _tidy).strip()
    spans = quote_spans(text)
    if not spans or spans[0][0] > 0:
        text = re.sub(r"^(?:—|–|--?)\s+", "", text.lstrip(" ,;:")).lstrip(" ,;:")
    spans = quote_spans(text)
    if not spans or spans[-1][1] < len(text):
        # "… on Tuesday — the first since 1984 —" lost what came after the aside: the closing dash goes.
        text = re.sub(r"\s+(?:—|–|--?)$", "", text.rstrip(" ,;")).rstrip(" ,;")
        if text.endswith(":"):
            return capitalize_first(text)  # "That pays for:" opens a list: keep it
    if not text:
        return text
    text = capitalize_first(text)
    tail = text.rstrip("\"”’' )" + _MASK_CLOSE)
    if _MASK.search(text[-3:]) or text.endswith(_MASK_CLOSE):
        return text
    if not tail.endswith((".", "!", "?")):
        return text.rstrip() + "."
    return text


def _lower_first(text: str, people: set[str] | frozenset[str] = frozenset()) -> str:
    first = text.split(" ", 1)[0]
    if not first or first.isupper() and len(first) > 1 or first in ("I",):
        return text
    if any(p.startswith(first) for p in people):
        return text
    key = re.sub(r"['’]\w+$", "", first).lower()
    if first[:1].isupper() and first[1:].replace("'", "").replace("’", "").islower() \
            and key in _COMMON_STARTERS:
        return first.lower() + text[len(first):]
    return text


_COMMON_STARTERS = frozenset(
    "the a an this that these those there it its he she they we you his her their our most "
    "many some both all other precisely perhaps while but and so".split())


# -- context ------------------------------------------------------------------

@dataclass
class Context:
    """What the rules know about the article: who is a person, and the level."""

    level: str = "plain"
    people: set[str] = field(default_factory=set)
    """Full names and surnames of people the article quotes or titles."""
    last_resort: bool = True
    """Whether a sentence still over ``max_words`` gets the easy and last-resort rules (not for captions)."""

    @property
    def min_words(self) -> int:
        """Sentences at or under this length are not split."""
        return 15 if self.level == "plain" else 9

    @property
    def max_words(self) -> int:
        """Sentences over this length (outside quotes) are too long for the level: last-resort rules apply."""
        return 25 if self.level == "plain" else 15

    def is_person(self, name: str) -> bool:
        """True when ``name`` is a person the article mentions."""
        name = re.sub(r"['’]s$", "", name.strip())
        return name in self.people

    def short_name(self, name: str) -> str:
        """How to repeat a person's name: the surname part of ``First Last``."""
        name = re.sub(r"['’]s$", "", name.strip())
        parts = name.split()
        if len(parts) >= 2 and self.is_person(name):
            # "Rachel Minyoung Lee" is repeated as "Minyoung Lee" by the article itself.
            for k in range(1, len(parts)):
                tail = " ".join(parts[k:])
                if tail in self.people and k > 0:
                    return tail
            return parts[-1]
        return name


ORG_WORDS = frozenset(
    "News Council Center Centre College University Agency Affairs Korea States Program Programme "
    "Group Association Union Party Ministry Department Office Court Committee Commission Bank "
    "Company Corporation Trust Society Institute Foundation Service Services Police Army Force "
    "Forces Government Parliament Assembly Board Authority Residents Lane Street Road Bridge Times "
    "Post Press Fund Club Team Church Hospital School Reuters Summit Agency Museum Airport Station "
    "Council Network Alliance Coalition Federation League Organization Organisation Republic "
    "Kingdom Union Guard Navy Corps Academy Chamber House Senate Congress "
    # Found reading the examples: shops, utilities and venues that "say" things too.
    "Mall Hydro Energy Power Transit Utility Utilities Airlines Airways Motors Inc Ltd Media Health Centre "
    "Center Hall Park Market Plaza Tower Arena Stadium Theatre Theater Library Regulator Canada Weekly Radio "
    "Television TV Hotel Bakery Store Shop Mills Works Railway Railways Water Gas Electric Telecom "
    "Foods Holdings Industries Partners Labs Systems Technologies Pharmaceuticals Farms Dairy Brewery".split())
"""Words that make a capitalized name an organisation or place, not a person."""

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}"
_TITLE = (r"(?:Councillor|Councilor|Coun\.|Sen\.|Senator|Rep\.|Dr\.|Judge|Justice|Coach|Captain|Striker|"
          r"Professor|Prof\.|Chief Executive|Economist|Inspector|Detective|Sergeant|Commissioner|Director|"
          r"President|Prime Minister|Minister|Secretary|Chairman|Chairwoman|leader|dictator|spokesperson|"
          r"spokesman|spokeswoman|Chancellor|King|Queen|Pope|Senator|Governor|Mayor|General)")


_TITLE_WORDS = frozenset(
    "President Minister Prime Secretary Defence Defense Foreign Finance Health Education Interior Home Justice "
    "Ukrainian Russian American North South Korean The A Leader General Chief Executive Operating Financial "
    "Officer Manager County City State Police Fire Coach Head Assistant Striker Captain Goalkeeper Defender "
    "Midfielder Winger Professor Prof. Dr. Doctor Judge Mayor Deputy Governor Senator Sen. Rep. Councillor "
    "Councilor Coun. Cllr Economist Inspector Detective Sergeant Sgt. Constable Commissioner Superintendent "
    "Supt. Director Chairman Chairwoman Chair Speaker Spokesperson Spokesman Spokeswoman Reverend Rev. Bishop "
    "Pastor Rabbi Imam Mr. Mrs. Ms. Sir Dame Lord Gen. Col. Lt. Capt. Adm. Admiral Lawyer Attorney Nurse "
    "Vice Senior Acting Interim Former Regional Public Works Manager".split())
"""Capitalized words that stand before a person's name as a title ("Chief Executive Maria Lund")."""

_NOT_PERSON_HEADS = frozenset(
    "maker company firm business group chain retailer producer manufacturer supplier bank club team agency "
    "charity union council body organisation organization network brand store shop operator provider "
    "utility service airline carrier developer publisher broadcaster newspaper site website app platform "
    "school hospital university college museum fund trust".split())


def _organisation_aside(after: str) -> bool:
    """True when the aside after a name calls it a company, a club, a union … (``, the family-owned maker of …``)."""
    aside = re.match(r",\s+(?:a|an|the)\s+([^,;]{3,80}?)(?:,|$)", after)
    if aside is None:
        return False
    head = re.split(r"\s+(?:of|for|in|at|on|with|from|that|which|who)\s+", aside.group(1))[0].split()
    return bool(head) and head[-1].lower() in _NOT_PERSON_HEADS


def _in_appositive_place(before: str) -> bool:
    """True when a name closes an aside's place phrase (``Peter Doyle, a driver from Marlow Green, who …``).

    The ``who`` after it goes back to the person the aside describes, not to the place.
    """
    return re.search(r",\s+(?:a|an|the)\s+[^,;]*\b(?:from|in|at|near|of|outside|on)\s+$", before) is not None


def _the_name(before: str, name: str) -> bool:
    """True for ``The Lakeport Herons``: a team, a firm or a band takes ``the``; a person's name does not."""
    words = name.split()
    if words[0] in ("The", "A", "An") and len(words) > 1 and words[1] not in _TITLE_WORDS:
        return True
    return re.search(r"(?<![\w-])[Tt]he\s+$", before) is not None and words[0] not in _TITLE_WORDS


def _used_as_modifier(name: str, text: str) -> bool:
    """True when the texts put ``a``/``an`` before the name and a noun after it (``a Westmere Rail spokesperson``).

    A person's full name does not take ``a``; a company, a club or a place often does. (``the`` is
    no sign: "the Boris Johnson government" names a person.)
    """
    return re.search(r"(?<![\w-])(?:a|an|A|An)\s+" + re.escape(name) + r"\s+[a-z]", text) is not None


def find_people(texts: list[str]) -> set[str]:
    """People named in the texts: quoted speakers, titled names, named experts."""
    people: set[str] = set()
    verbs = "|".join(_SPEECH_VERBS)
    patterns = [
        rf"\b(?:{verbs})\s+({_NAME})",
        rf"({_NAME})\s+(?:{verbs})\b",
        rf"\b{_TITLE}\s+({_NAME})",
        rf"({_NAME}),\s+(?:a|an|the)\s+[\w\s'’-]{{0,60}}?\b(?:expert|analyst|fellow|minister|"
        rf"professor|director|spokesperson|official|adviser|advisor|researcher|chief|head|"
        rf"president|leader|secretary|reporter|author|economist|scientist|engineer|lawyer|doctor|"
        rf"teacher|manager|officer|member|founder|owner|resident|student|worker|historian|"
        rf"spokesman|spokeswoman|chair|chairman|chairwoman|mayor|governor|senator|judge|"
        rf"chemist|biologist|ecologist|physicist|geologist|nurse|surgeon|physician|pharmacist|paramedic|"
        rf"firefighter|defender|striker|goalkeeper|midfielder|coach|captain|player|athlete|trader|farmer|"
        rf"mother|father|neighbour|neighbor|pilot|driver|volunteer|activist|campaigner|forecaster|"
        rf"meteorologist|architect|planner|landlord|tenant|shopkeeper|fisherman|chef|writer|artist|"
        rf"singer|musician|pensioner|retiree|survivor|witness|victim|nun|priest)\b",
        rf"({_NAME}),\s+(?:a|an|the)\s+[^,;\"“”]{{3,80}},\s+(?:{verbs}|thinks|believes|warns|argues)\b",
        rf",\s+({_NAME}),\s+(?:{verbs}|thinks|believes|warns|argues)\b",
        # "Kevin Doyle, who has worked …", "Ben Osei, 34, …": only people get "who" and an age
        rf"({_NAME}),\s+(?:who\b|\d{{1,3}},)",
        # "local farmer Jim Tarrant", "bus driver Tom Reed": a noun for a person, then the name
        r"\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\s+(" + _NAME + r")",
    ]
    joined = "\n".join(texts)
    for text in texts:
        for pat in patterns:
            for m in re.finditer(pat, text):
                name = re.sub(r"['’]s$", "", m.group(1)).strip()
                words = name.split()
                while words and words[0] in _TITLE_WORDS:
                    words = words[1:]
                # "Transport Secretary Owen Lacey": whatever stands before the last title word is the title too
                last_title = max((k for k, w in enumerate(words[:-2]) if w in _TITLE_WORDS), default=-1)
                words = words[last_title + 1:]
                if words and (words[-1] in _BUSINESS_WORDS or re.search(
                        r"(?:^|[.!?]\s+)(?:But\s+|And\s+)?(?:The|A|An)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(_ORG_HEADS))
                        + r"),\s*$", text[:m.start(1)])):
                    continue  # "The company, Carrick Ferries, said", "Ferrow Foods said": a firm, not a person
                if 2 <= len(words) <= 4 and not any(re.sub(r"['’]s$", "", w) in ORG_WORDS for w in words) \
                        and not _organisation_aside(text[m.end(1):]) and not _in_appositive_place(text[:m.start(1)]) \
                        and not _the_name(text[:m.start(1)], m.group(1)) \
                        and not _used_as_modifier(" ".join(words), joined):
                    people.add(" ".join(words))
    # Surnames (and the two-word tails of three-word names) stand for the person too.
    for name in list(people):
        parts = name.split()
        people.add(parts[-1])
        if len(parts) == 3:
            people.add(" ".join(parts[1:]))
    return people


# -- helpers for rules ----------------------------------------------------------

def _split_at(text: str, idx: int, skip: int) -> tuple[str, str]:
    return text[:idx].rstrip(), text[idx + skip:].lstrip()


def _commas(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r",\s", text)]


def _long_enough(*parts: str, minimum: int = 3) -> bool:
    return all(word_count(_MASK.sub("Q", p)) >= minimum for p in parts)


def _subject(tokens: list[str]) -> tuple[list[str], int] | None:
    """The subject words of a clause and the index of its verb."""
    for j in range(1, min(len(tokens), 10)):
        if tokens[j - 1].endswith(","):
            return None
        if _bare(tokens[j]).endswith("ing") and _bare(tokens[j - 1]) not in AUX:
            continue  # "Moderate flooding was reported": "flooding" is part of the subject
        if is_verb(tokens[j], tokens[j - 1]):
            return tokens[:j], j
    return None


def _refer(subject: list[str], ctx: Context) -> str | None:
    """A short way to name a clause's subject again (``They``, ``Greene``, ``The service``)."""
    words = [t.strip(",") for t in subject]
    while words and _bare(words[0]) in ADVERBS | {"but", "and", "so"}:
        words = words[1:]
    while words and (_bare(words[-1]) in ADVERBS | {"first", "later", "soon"}
                     or (_bare(words[-1]).endswith("ly") and len(words) > 1)):
        words = words[:-1]
    if not words or any(_bare(w) in ("to", "that", "which", "who") for w in words) \
            or _bare(words[0]).endswith("ing"):
        return None
    full = " ".join(words)
    if ctx.is_person(full):
        return ctx.short_name(full)
    if len(words) in (3, 4) and re.fullmatch(r"(?:Coun|Sen|Rep|Dr|Gov|Gen|Prof|Mr|Mrs|Ms|Cllr)\.", words[0]) \
            and all(w[:1].isupper() for w in words):
        return words[-1]  # "Coun. Dev Patel" → "Patel", as the article itself does
    # The head of "Russian tactics in Ukraine" is "tactics": cut at the first preposition.
    for k, w in enumerate(words):
        if k and _bare(w) in _PREPOSITIONS | {"of"}:
            words = words[:k]
            break
    joined = " ".join(words)
    low = [w.lower() for w in words]
    if len(words) == 1 and low[0] in SUBJ_PRONOUNS - {"there"}:
        return words[0][0].upper() + words[0][1:]
    if len(words) == 1 and words[0].endswith("s") and not words[0].endswith(("ss", "'s", "’s")):
        return "They"  # "Residents of Mill Lane" → They
    if "and" in low or low[0] in ("both", "many", "most", "some", "these", "those", "several", "few",
                                  "hundreds", "thousands", "dozens", "millions", "scores", "all"):
        return "They"
    if ctx.is_person(joined) or ctx.is_person(words[-1]):
        return ctx.short_name(joined if ctx.is_person(joined) else words[-1])
    head = words[-1]
    if head[:1].isupper():
        if len(words) <= 3:
            return joined
        # "the Mill Lane Residents Group" → "The group"
        return f"The {head.lower()}" if head in ORG_WORDS else None
    if head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")):
        return "They"
    if (low[0] in DETERMINERS or "'" in joined or "’" in joined) and len(words) <= 4 \
            and not any(w[:1].isupper() for w in words[1:]):
        if low[0] == "the" and len(words) == 3 and not words[1].endswith(("ly", "est", "ed")) \
                and (words[1].lower(), head) in _COMPOUNDS:
            return f"The {words[1]} {head}"  # "the harbour master" is not "the master"
        return f"The {head}"
    if len(words) <= 3:
        return joined[0].upper() + joined[1:]  # "Ukrainian intelligence": repeat it, never guess
    return None


_COMPOUNDS = frozenset(tuple(p.split("_")) for p in (
    "harbour_master harbor_master head_teacher station_master post_office prime_minister").split())
"""Two-word nouns whose head alone means something else ("the master", "the office")."""


def _tense(tokens: list[str]) -> str:
    """``ed`` when the clause's first verb is past simple, else ``s``/``base`` (present)."""
    for i, t in enumerate(tokens):
        w = _bare(t)
        if w in ("was", "were", "did", "had") or (w not in AUX and is_verb(t, tokens[i - 1] if i else "")
                                                   and (w.endswith("ed") or _past_irregular(w))):
            return "ed"
        if w in AUX:
            return "present"
    return "present"


_PRESENT_AUX = frozenset("has have is are am will can does do may must should shall".split())
_PAST_AUX = frozenset("had was were did could would might".split())


def _tense_last(tokens: list[str]) -> str:
    """Tense of the last verb group: ``who had combined X`` → ``ed``; ``have been likened to Y`` → present."""
    idx = None
    infinitive = False
    for i, t in enumerate(tokens):
        w = _bare(t)
        prev = _bare(tokens[i - 1]) if i else ""
        if prev == "to":
            infinitive = True
        elif not is_verb(t):
            infinitive = False
        if not is_verb(t, tokens[i - 1] if i else "") or w.endswith("ing") or infinitive:
            continue
        base_only = w in _BASES and w not in AUX and not w.endswith("ed") and w not in _IRREGULAR_PAST
        if base_only and not (prev.endswith("s") or prev in SUBJ_PRONOUNS or prev in AUX):
            continue  # "replace lead water pipes": "lead" is not the clause's verb
        if idx is not None and w.endswith("s") and w not in AUX and (
                "-" in prev or any(re.fullmatch(r"[\d.,]+", _bare(p)) for p in tokens[max(0, i - 2):i])):
            continue  # "answered 61 heat-related calls": a counted noun after the verb, not a verb
        idx = i
    if idx is None:
        return "present"
    j = idx
    while j > 0 and (is_verb(tokens[j - 1]) or _bare(tokens[j - 1]) in ADVERBS
                     or _bare(tokens[j - 1]).endswith("ly") or _bare(tokens[j - 1]) == "not"):
        j -= 1
    group = [_bare(t) for t in tokens[j:idx + 1]]
    if any(w in _PRESENT_AUX for w in group):
        return "present"
    if any(w in _PAST_AUX for w in group):
        return "ed"
    w = group[-1]
    return "ed" if w.endswith("ed") or _past_irregular(w) else "present"


def _past_irregular(w: str) -> bool:
    return any(form == "ed" and base != w for base, form in analyses(w))


def ing_base(ing_word: str) -> str | None:
    """The base form of an -ing verb: ``relying`` → ``rely``, ``issuing`` → ``issue``, ``running`` → ``run``."""
    w = ing_word.lower()
    bases = [b for b, f in analyses(w) if f == "ing" and b != w]
    if not bases:
        return None
    known = [b for b in bases if b in _BASES]
    if known:
        return known[0]
    stem = w[:-3]
    if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz" and stem[:-1] in bases:
        return stem[:-1]  # running → run
    if stem in bases and stem + "e" in bases:
        # The word list decides when it knows only one of them: "debuting" → debut, "engaging" → engage.
        from .frequency import rank
        with_e, without = rank(stem + "e"), rank(stem)
        if with_e is None and without is not None:
            return stem
        if without is None and with_e is not None:
            return stem + "e"
    if re.search(r"([uvcz]|ang|[aeiou]s|[^aeiou][aiu][dtrkl])$", stem) and stem + "e" in bases:
        return stem + "e"  # issuing → issue, using → use, deciding → decide
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem) and stem + "e" in bases:
        return stem + "e"  # hoping → hope (one syllable, no doubled consonant)
    return stem if stem in bases else bases[0]


def _finite(ing_word: str, tense: str, plural: bool) -> str | None:
    """``relying`` → ``rely``/``relies``/``relied``."""
    base = ing_base(ing_word)
    if base is None:
        return None
    if tense == "ed":
        return inflect(base, "ed")
    return base if plural else inflect(base, "s")


# -- the rules -------------------------------------------------------------------

def rule_semicolon(s: str, ctx: Context) -> list[str] | None:
    """``A; B`` → ``A.`` ``B.`` when both sides are clauses."""
    for m in re.finditer(r";\s+", s):
        left, right = s[:m.start()], s[m.end():]
        # the left side must be a clause too ("forests, bogs and lawns; all are …" is not)
        if _long_enough(left, right) and starts_clause(_main_tokens(left.split())) \
                and (starts_clause(right.split()) or _time_phrase_then_clause(right.split()) is not None
                     or _loose_clause(right.split())):
            return [left, right]
    return None


def rule_colon(s: str, ctx: Context) -> list[str] | None:
    """``A: B`` → ``A.`` ``B.`` when both sides are clauses (not before a quotation)."""
    for m in re.finditer(r":\s+", s):
        left, right = s[:m.start()], s[m.end():]
        if _MASK.match(right) or re.search(r"\b(" + "|".join(_SPEECH_VERBS) + r")$", left):
            continue
        last = _bare(left.split()[-1]) if left.split() else ""
        # "The ratings were: G …", "may refer to: …", "(5: 20)": not two sentences
        if (is_verb(last) or last in _PREPOSITIONS | {"to", "that", "as", "follows", "include", "includes"}
                or ":" in right or ":" in left or left.count("(") != left.count(")") or last[:1].isdigit()):
            continue
        if _long_enough(left, right) and has_verb(left.split()) and starts_clause(right.split()):
            return [left, right]
    return None


def rule_parenthesis(s: str, ctx: Context) -> list[str] | None:
    """``A (B) C`` → ``A C.`` ``B.`` when B is a clause of its own."""
    for m in re.finditer(r"\s*\(([^()]+)\)", s):
        inner = m.group(1)
        if word_count(inner) >= 4 and starts_clause(inner.split()):
            rest = s[:m.start()] + s[m.end():]
            return [rest, inner]
    return None


_LEAD_NAME = r"((?!The\s)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{3,4}"


def rule_born(s: str, ctx: Context) -> list[str] | None:
    """``NAME (born DATE) is …`` → ``NAME is ….`` ``NAME was born DATE.`` (a birth date is a fact of its own)."""
    m = re.match(_LEAD_NAME + r"\s*\(\s*,?\s*(?:born|b\.)\s+([^()]+)\)", s)
    if m:
        name, when = m.group(1), m.group(2).strip().rstrip(",;")
        fact = f"{name} was born {when}"
    else:
        # Full dates with a month ("January 30, 1882 – April 12, 1945") are a person's life span.
        m = re.match(_LEAD_NAME + r"\s*\((" + _DATE + r")\s+[–-]\s+(" + _DATE + r")\)", s)
        if not m:
            return None
        name = m.group(1)
        fact = f"{name} lived from {m.group(2)} to {m.group(3)}"
    if any(w.rstrip("'’s") in ORG_WORDS for w in name.split()):
        return None
    rest = name + s[m.end():]
    if word_count(rest) < 4 or not has_verb(rest.split()):
        return None
    return [rest, fact]


def rule_dashes(s: str, ctx: Context) -> list[str] | None:
    """``A — B — C`` → ``A C.`` ``B.``; ``A — B.`` → ``A.`` ``B.`` (B a clause)."""
    dash = r"\s+[—–-]{1,2}\s+"
    parts = re.split(dash, s)
    if len(parts) == 3:
        a, b, c = parts
        btoks = b.split()
        np = re.search(r"(?:^|\s)((?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)$", a, re.I)
        if btoks and _bare(btoks[0]) in ("the", "a", "an") and np and has_verb(c.split()) \
                and not has_verb(a.split()) and not re.search(r"[,;:]", b):
            # "the reserve margin — the spare power it keeps — fell" → "… margin fell." "The reserve margin is the spare power it keeps."
            be = "are" if np.group(1).split()[-1].endswith("s") and not np.group(1).endswith(("'s", "ss")) else "is"
            return [f"{a} {c}", f"{capitalize_first(np.group(1))} {be} {b}"]
        if starts_clause(b.split()) and _long_enough(a):
            return [f"{a} {c}", b]
        btoks = b.split()
        # "The deal – agreed late on Thursday – gives …" → "The deal gives …" "It was agreed late on Thursday."
        if btoks and _bare(btoks[0]).endswith("ed") and not has_verb(a.split()) and has_verb(c.split()):
            ref = _refer(a.split(), ctx)
            if ref is not None:
                plural = ref == "They"
                it = "They" if plural else ("It" if ref.startswith("The ") or ref == ref.lower() else ref)
                be = ("were" if plural else "was") if _tense(c.split()) == "ed" or True else "is"
                return [f"{a} {c}", f"{it} {be} {b}"]
    if len(parts) == 2:
        a, b = parts
        # One spaced hyphen or en dash is often a range or a name ("100,000 - 200,000", "Reed – Solomon").
        if not re.search(r"\s(?:—|--)\s", s) or not has_verb(a.split()):
            return None
        if starts_clause(b.split()) and _long_enough(a, b):
            return [a, b]
    return None


_COMMON_SUBJECTS = frozenset(
    "police officials residents experts scientists doctors witnesses protesters investigators "
    "prosecutors analysts critics researchers firefighters rescuers authorities ministers lawmakers "
    "voters workers teachers students parents officers engineers economists".split())
_LEAD_NOUN = {"statement": "made", "post": "wrote", "interview": "gave", "report": "published",
              "speech": "gave", "letter": "wrote", "tweet": "wrote", "message": "sent",
              "video": "released", "briefing": "gave"}


def rule_lead_in(s: str, ctx: Context) -> list[str] | None:
    """Long openings: ``In a statement on Thursday, X said …`` → ``X made a statement on Thursday.`` ``In it, X said …``;
    ``For a week after A happened, B …`` → ``A happened.`` ``For a week after that, B …``."""
    first_comma = s.find(", ")
    if first_comma < 0:
        return None
    lead, main = s[:first_comma], s[first_comma + 2:]
    tokens = main.split()
    m = re.match(r"(?i)in an? ((?:[\w-]+ ){0,2}?)(" + "|".join(_LEAD_NOUN) + r")\b(.*)$", lead)
    if m and starts_clause(tokens):
        subj = _subject(tokens)
        if subj is None:
            return None
        subject, verb_at = subj
        if len(subject) == 1 and _bare(subject[0]) in SUBJ_PRONOUNS:
            return None  # "In a statement, it said …" reads well as it is
        ref = _refer(subject, ctx)
        if ref is None:
            return None
        noun = m.group(2).lower()
        first = " ".join(subject)
        body = " ".join(tokens[verb_at:])
        if len(subject) <= 3 and not ctx.is_person(first):
            ref = first  # "the prime minister" again, not "the minister"
        if ref.split()[0] in ("The", "A", "An") or (len(ref.split()) == 1 and ref.lower() in _COMMON_SUBJECTS):
            ref = ref[0].lower() + ref[1:]
        pp = m.group(3)
        verb = _LEAD_NOUN[noun]
        done = re.match(r"\s+(published|released|issued|sent|posted|made|given)\b(.*)$", pp)
        if done:
            # "a report published on Tuesday" → "published a report on Tuesday"
            verb, pp = done.group(1), done.group(2)
        adjectives = m.group(1)
        article = "an" if (adjectives or noun)[:1].lower() in "aeiou" else "a"
        second = f"In it, {ref} {body}"
        if ctx.level == "easy" and re.fullmatch(r"the (\w+)", ref) and ref[4:].capitalize() in ORG_WORDS \
                and not subject[-1].endswith("s"):
            # "The service made a statement on Thursday. It said …": the subject just named, shorter.
            second = f"It {body}"
        return [f"{first} {verb} {article} {adjectives}{noun}{pp}", second]
    m = re.match(r"(?i)((?:for|in|within) (?:more than |less than |about |nearly |almost )?"
                 r"(?:a|an|one|two|three|several|some|[\d]+) [\w ]{0,20}?) after (.+)$", lead)
    if m and starts_clause(m.group(2).split()) and starts_clause(tokens):
        return [m.group(2), f"{m.group(1)} after that, {main}"]
    return None


_ACT_NOUNS = {"comments": "made", "remarks": "made", "statement": "made", "speech": "gave",
              "words": "said", "decision": "made", "announcement": "made", "visit": "made",
              "warning": "gave", "statements": "made", "announcements": "made", "decisions": "made"}


def rule_possessive_lead(s: str, ctx: Context) -> list[str] | None:
    """``X's comments on Thursday at the summit appeared to …`` → ``X made comments on Thursday at the summit.`` ``These comments appeared to …``"""
    m = re.match(r"^(?:(But|And|So|Yet)\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)['’]s\s+("
                 + "|".join(_ACT_NOUNS) + r")\s+((?:on|at|in|during|after|before)\s+.+?),?\s+"
                 r"((?:appeared|seemed|suggested|showed|shows|were|was|came|gave|caused|sparked|drew|"
                 r"prompted|signalled|signaled|left|raised|have|has|had|made|angered|surprised)\b.+)$", s)
    if not m or word_count(m.group(4)) < 4:
        return None
    conj, who, noun, pp, rest = m.groups()
    verb = _ACT_NOUNS[noun]
    article = "" if noun.endswith("s") else ("an " if noun[0] in "aeiou" else "a ")
    if noun == "words":
        first = f"{who} said some words {pp}"
    else:
        first = f"{who} {verb} {article}{noun} {pp}"
    if conj:
        first = f"{conj} {first}"
    this = "These" if noun.endswith("s") else "This"
    return [first, f"{this} {noun} {rest}"]


def rule_that_of(s: str, ctx: Context) -> list[str] | None:
    """``… a new status on X that of an ally …`` (a dash lost in pasting) → ``… on X.`` ``The status is that of an ally …``"""
    m = re.search(r"\s+that of\s+((?:a|an|the)\s+.+)$", s)
    if not m:
        return None
    left = s[:m.start()]
    if word_count(left) < 8 or is_verb(left.split()[-1]):
        return None
    nouns = re.findall(r"\b(?:a|an|the)\s+(?:[\w-]+,?\s+){0,3}?([a-z]+)\s+(?:on|of|to|for|as)\b", left)
    if not nouns:
        return None
    # "The status is …", not "That is …": at easy another piece may come between, and "That"
    # would then point at the wrong thing.
    return [left, f"The {nouns[-1]} is that of {m.group(1)}"]


_SUBORDINATE_LEAD = {"while": "But", "whereas": "But", "although": "But", "though": "But",
                     "even though": "But", "because": "So"}


_SPEECH_TAG = re.compile(r"^(?:he|she|they|we|it|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}|the\s+\w+)\s+"
                         r"(?:" + "|".join(_SPEECH_VERBS) + r"|thinks|believes|argues|warns|warned|argued|believed)"
                         r"\s*,\s")


def rule_leading_subordinate(s: str, ctx: Context) -> list[str] | None:
    """``While A, B.`` → ``A.`` ``But B.``; ``Because A, B.`` → ``A.`` ``So B.``"""
    m = re.match(r"(?i)(?:(but|and|so)\s+)?(while|whereas|although|even though|though|because)\s+", s)
    if not m:
        return None
    rest = s[m.end():]
    link = _SUBORDINATE_LEAD[m.group(2).lower()]
    if not starts_clause(rest.split()):
        return None
    for c in _commas(rest):
        left, right = rest[:c], rest[c + 2:]
        rtoks = right.split()
        if _SPEECH_TAG.match(right):
            return None  # "Because the river is high, she said, people should …": all of it is what she said
        ok = starts_clause(rtoks)
        if not ok and rtoks and _bare(rtoks[0]) in _PREPOSITIONS:
            # "…, with 1.3 million soldiers in uniform it would appear …"
            ok = any(_bare(t) in SUBJ_PRONOUNS and i + 1 < len(rtoks) and is_verb(rtoks[i + 1])
                     for i, t in enumerate(rtoks[:12]))
        if ok and _long_enough(left, right):
            ltoks = left.split()
            right_pronoun = any(_bare(t) in SUBJ_PRONOUNS for t in rtoks[:1]) or not starts_clause(rtoks)
            if ltoks and _bare(ltoks[0]) in ("he", "she", "it", "they", "his", "her", "its", "their") \
                    and not right_pronoun:
                # "Although it has an orbit like X, 298 Baptistina was …": the pronoun points ahead.
                main = _subject(rtoks)
                if main is not None:
                    words = list(main[0])
                    while words and (_bare(words[-1]) in ADVERBS or _bare(words[-1]).endswith("ly")
                                     or _bare(words[-1]) in ("later", "first", "soon")):
                        words.pop()
                    main = (words, main[1] - (len(main[0]) - len(words))) if words else None
                if main is None or not all(w[:1].isupper() or w[:1].isdigit() for w in main[0]) \
                        or _bare(ltoks[0]) not in ("he", "she", "it", "they"):
                    return None
                name = " ".join(main[0])
                pron = _bare(ltoks[0])
                return [f"{name} {' '.join(ltoks[1:])}",
                        f"{link} {pron} {' '.join(rtoks[main[1]:])}"]
            if rtoks and rtoks[0] == "its":
                owner = _owner_of_its(left)
                if owner is None:
                    return None
                if owner:
                    right = f"{owner} {' '.join(rtoks[1:])}"
            return [left, f"{link} {_lower_first(right, ctx.people)}"]
    return None


_DEMONYMS = {a: b.replace("_", " ") for a, b in (pair.split(":") for pair in (
    "Korean:Korea Russian:Russia Ukrainian:Ukraine Chinese:China American:the_U.S. Canadian:Canada "
    "British:Britain French:France German:Germany Japanese:Japan Indian:India Israeli:Israel Iranian:Iran "
    "Turkish:Turkey Polish:Poland Italian:Italy Spanish:Spain Mexican:Mexico Brazilian:Brazil "
    "Australian:Australia Syrian:Syria Iraqi:Iraq Afghan:Afghanistan Pakistani:Pakistan Egyptian:Egypt "
    "Saudi:Saudi_Arabia Nigerian:Nigeria Kenyan:Kenya African:Africa Swedish:Sweden Finnish:Finland "
    "Norwegian:Norway Danish:Denmark Dutch:the_Netherlands Belgian:Belgium Swiss:Switzerland "
    "Austrian:Austria Greek:Greece Irish:Ireland Scottish:Scotland Welsh:Wales Taiwanese:Taiwan "
    "Vietnamese:Vietnam Thai:Thailand Indonesian:Indonesia Filipino:the_Philippines Belarusian:Belarus "
    "Hungarian:Hungary Romanian:Romania Serbian:Serbia Venezuelan:Venezuela Argentine:Argentina "
    "Chilean:Chile Colombian:Colombia Cuban:Cuba Lebanese:Lebanon Jordanian:Jordan Qatari:Qatar "
    "Yemeni:Yemen Sudanese:Sudan Ethiopian:Ethiopia Estonian:Estonia Latvian:Latvia "
    "Lithuanian:Lithuania Moldovan:Moldova Armenian:Armenia").split())}
"""Adjective of a country → its name, to say whose ``its`` is once a clause stands alone."""


def is_proper_adjective(word: str) -> bool:
    """True for "Ukrainian", "Iraqi", "Dutch", "US": an adjective made from a name keeps its capital."""
    return word in _DEMONYMS or (len(word) > 1 and word.isupper()) or (
        word[:1].isupper() and len(word) >= 4 and word.endswith(("ian", "ean", "ese", "ish", "i")))


def role_phrase(owner: str, title: str) -> str:
    """How a title before a name reads on its own: "Russia's president", "the North Korean leader",
    "the education minister" (from "Russia's" / "North Korean" / "Education" + the title)."""
    role = title.lower()
    if owner.endswith(("'s", "’s")):
        return f"{owner} {role}"
    words: list[str] = []
    following_proper = False
    for w in reversed(owner.split()):
        # "North Korean": a word before a proper adjective belongs to it.
        proper = is_proper_adjective(w) or (following_proper and w[:1].isupper())
        words.append(w if proper else w.lower())
        following_proper = proper
    return " ".join(["the", *reversed(words), role])


def _owner_of_its(left: str) -> str | None:
    """Who ``its`` meant after ``While South Korean companies …,``: ``South Korea's``; ``""`` when clear.

    A singular subject is what ``its`` points at after the split too (``""``); a plural one
    cannot be, so the country its adjective names is written out, or ``None`` (do not split).
    """
    main = _subject(_main_tokens(left.split()))
    if main is None:
        return None
    head = _bare(main[0][-1])
    if not (head.endswith("s") and not head.endswith("ss")) and head not in ("people", "police"):
        return ""
    words = [w.strip(",") for w in main[0]]
    for i, w in enumerate(words):
        country = _DEMONYMS.get(w)
        if country is None:
            continue
        before = [p for p in words[:i] if p in ("North", "South", "East", "West", "Central")]
        name = " ".join(before[-1:] + [country])
        return f"{name}’s" if "’" in left else f"{name}'s"
    return None


_COORD = {"and": "", "but": "But", "while": "But", "whereas": "But", "so": "So", "yet": "But"}


_THEN_LEAD = re.compile(r"(?i)((?:shortly|soon|not long|immediately)\s+(?:thereafter|afterwards?|after that)|thereafter|"
                        r"afterwards?|then|later|concurrently|meanwhile|at the same time|eventually|finally)\s*,?\s+")
_THEN_WORDS = {"shortly thereafter": "shortly after that", "soon thereafter": "soon after that",
               "thereafter": "after that", "immediately thereafter": "right after that",
               "concurrently": "at the same time", "afterward": "afterwards"}
"""Time words that may open the second clause of ``A, and then B``, and their plain forms."""


_TIME_PREPOSITIONS = frozenset("in by on at during after before since from until within "
                               "throughout".split())


def _time_phrase_then_clause(tokens: list[str]) -> int | None:
    """Where the clause starts after a short time phrase (``in 1838``, ``by the next spring,``), or None.

    The phrase must hold a year, a month or a day word, so ``in the river the fish …`` is not one.
    """
    if not tokens or _bare(tokens[0]) not in _TIME_PREPOSITIONS | {"the", "a", "that", "this", "next", "each",
                                                                     "every", "one", "two", "three", "later"}:
        return None
    for k in range(2, min(6, len(tokens) - 2) + 1):
        phrase = tokens[:k]
        words = [_bare(t) for t in phrase]
        if any(is_verb(t) and not _bare(t).endswith("ing") for t in phrase[1:]) \
                or any(t.endswith((";", ":")) for t in phrase):
            return None
        if any(t.endswith(",") for t in phrase[:-1]):
            return None
        timed = any(re.fullmatch(r"\d{3,4}s?", w) for w in words) or any(
            re.fullmatch(_MONTH, w.capitalize()) or w in ("spring", "summer", "autumn", "fall", "winter",
                                                         "morning", "evening", "night", "week", "weeks",
                                                         "month", "months", "year", "years", "decade",
                                                         "time", "then", "now", "war", "end")
            for w in words)
        if timed and starts_clause(tokens[k:]):
            return k
    return None


_RELATIVES = frozenset("that which who whom whose".split())


def _loose_clause(tokens: list[str]) -> bool:
    """A clause whose subject has a relative clause inside ("most people who saw the signs were …").

    ``starts_clause`` stops at the relative pronoun; here the subject must open with a determiner or a
    pronoun, and after a relative pronoun a second verb must follow (the main one), before any comma.
    """
    if len(tokens) < 4 or _MASK.search(" ".join(tokens[:12])):
        return False
    first = _bare(tokens[0])
    if first not in DETERMINERS - {"no"} and first not in ("he", "she", "it", "they", "we", "this", "these", "those"):
        return False
    verbs_after_relative = -1
    for j in range(1, min(len(tokens), 16)):
        if tokens[j - 1].endswith((",", ";", ":")):
            return False
        w = _bare(tokens[j])
        if w in _RELATIVES and verbs_after_relative < 0:
            verbs_after_relative = 0
            continue
        if w in _SUBORDINATORS:
            return False
        if is_verb(tokens[j], tokens[j - 1]) and not w.endswith("ing"):
            if verbs_after_relative < 0:
                return j > 1 or first in ("he", "she", "it", "they", "we")
            verbs_after_relative += 1
            if verbs_after_relative >= 2:
                return True
    return False


def rule_coordination(s: str, ctx: Context) -> list[str] | None:
    """``A, and B`` / ``A, but B`` (B a clause with its own subject) → ``A.`` ``(But) B.``"""
    if re.match(r"(?i)(?:(?:and|but|so)\s+)?not only\b", s):
        return None  # "Not only did the storm close the road, but …": the first half is no sentence alone
    for m in re.finditer(r",\s+(and|but|while|whereas|so|yet)\s+", s):
        left, right = s[:m.start()], s[m.end():]
        conj = m.group(1).lower()
        rtoks = right.split()
        if conj == "and" and rtoks and _bare(rtoks[0]) == "so" and starts_clause(rtoks[1:]) \
                and has_verb(left.split()) and _long_enough(left, minimum=4):
            return [left, f"So {' '.join(rtoks[1:])}"]
        if rtoks and _bare(rtoks[0]) in ("while", "although", "though") and conj in ("and", "but"):
            # ", and while A, B" → "A, B" gets its own sentence and the while-rule splits it.
            if _long_enough(left, right) and has_verb(left.split()):
                return [left, right]
            continue
        lead = _THEN_LEAD.match(right)
        if lead and conj == "and" and starts_clause(right[lead.end():].split()) and has_verb(left.split()) \
                and _long_enough(left, right[lead.end():], minimum=4):
            # ", and shortly thereafter it faded" → "Shortly after that, it faded."
            when = _THEN_WORDS.get(lead.group(1).lower(), lead.group(1).lower())
            comma = "" if when in ("then", "later", "eventually", "finally") else ","
            return [left, f"{capitalize_first(when)}{comma} {_lower_first(right[lead.end():], ctx.people)}"]
        timed = _time_phrase_then_clause(rtoks) if conj in ("and", "but") else None
        if timed is not None and has_verb(left.split()) and _long_enough(left, " ".join(rtoks[timed:]), minimum=4) \
                and not re.search(r",\s+(?:and|or)\s", right):
            # ", but by 1863 this had declined …" → "But by 1863 this had declined …"
            word = _COORD[conj]
            return [left, f"{word} {_lower_first(right, ctx.people)}".strip()]
        if not (starts_clause(rtoks) or (conj in ("and", "but") and _loose_clause(rtoks))) \
                or not has_verb(left.split()):
            continue
        if not _long_enough(left, minimum=4) or not _long_enough(right, minimum=2 if conj == "but" else 4):
            continue
        if re.search(r",\s+(?:and|or)\s", right):
            continue  # "…, and a device strapped to his back, and leads …": the pieces are unclear
        if conj == "and" and len(re.findall(r",\s", left)) >= 2:
            continue  # "A, B, C, and D": a list may go on
        last_chunk = left.rsplit(", ", 1)[-1]
        amount_aside = len(re.findall(r",\s", left)) == 1 and re.match(_APPROX + r"\s", last_chunk) \
            and re.search(r"\d", last_chunk)
        if conj == "and" and ", " in left and not has_verb(last_chunk.split()) and not amount_aside:
            continue  # "divided the country, the government, and even the cabinet": a list
            # (but "drew 65,000 visitors, up from 48,000 last year, and organizers said …" is not)
        if conj == "and" and "," in left and " and " in left.rsplit(", ", 1)[-1]:
            continue  # "A, B and C, and D …" may go on with the list
        chunks = left.split(", ")
        if conj == "and" and len(chunks) >= 2 and all(starts_clause(c.split()) and has_verb(c.split())
                                                      for c in (chunks[0], chunks[-1])):
            continue  # "fewer people smoke, more drink less, and obesity is rising": a list of clauses
        if conj == "and" and re.search(r",\s+[\w'’ -]+,\s*$", left + ","):
            if len(re.findall(r",\s", left)) >= 2:
                continue  # "health risks, stress, low income, and other …" is a list
        word = _COORD[conj]
        return [left, f"{word} {_lower_first(right, ctx.people)}".strip()]
    return None


def rule_quote_and(s: str, ctx: Context) -> list[str] | None:
    """``He added that A, and "B."`` → ``He added that A.`` ``He also said: "B."``"""
    m = re.match(r"^(.+?)\s+(?:then\s+)?(added|said|says|told \w+|wrote)\s+(?:that\s+)?(.+), and\s+(?:that\s+)?"
                 r"(" + _MASK_OPEN + r"\d+" + _MASK_CLOSE + r")\W*$", s)
    if not m:
        return None
    subject = m.group(1)
    if len(subject.split()) > 4:
        return None
    ref = _refer(subject.split(), ctx) or subject
    verb = "says" if m.group(2) in ("says",) else "said"
    return [s[:m.start(4)].rstrip().rstrip(",").removesuffix(" and").rstrip(","),
            f"{ref} also {verb} {m.group(4)}"]


def rule_appositive_start(s: str, ctx: Context) -> list[str] | None:
    """``Samuel Greene, a Russia expert at X, says …`` → ``Samuel Greene is a Russia expert at X.`` ``Greene says …``"""
    m = re.match(r"^((?:(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Coun|St)\.\s+)?" + _NAME + r"),\s+((?:a|an|the)\s+[^,]+?),\s+(.+)$", s)
    if not m:
        return None
    name, appos, rest = m.group(1), m.group(2), m.group(3)
    bare_name = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Coun)\.\s+", "", name)
    if name.split()[0].lower() in _NOT_SUBJECT_START | _PREPOSITIONS | {"the", "a", "an"}:
        return None
    rtoks = rest.split()
    if not rtoks or not is_verb(rtoks[0]) and not (len(rtoks) > 1 and _bare(rtoks[0]) in ADVERBS
                                                   and is_verb(rtoks[1])):
        return None
    # "a former goalkeeper who took over in 2023": a verb only inside the relative clause is fine
    relative = re.search(r"\s(?:who|that)\s", appos)
    if has_verb((appos[:relative.start()] if relative else appos).split()):
        return None
    # The appositive's own head ("a retired teacher") is the subject; only what follows may be someone else.
    others = re.split(r"\s(?:of|at|for|with|to|who|that|from)\s", appos, maxsplit=1)
    if len(others) > 1 and _other_person_then_pronoun(others[1], rest, ctx):
        return None  # "X, a friend of the boy, told his parents …"
    words = bare_name.split()
    while len(words) > 2 and words[0] in _TITLE_WORDS:
        words = words[1:]  # "Coach Ruth Adeyemi" is repeated as "Adeyemi"
    person = " ".join(words)
    ref = ctx.short_name(person) if ctx.is_person(person) else (words[-1] if person != bare_name else name)
    verb = _bare(rtoks[0]) if is_verb(rtoks[0]) else _bare(rtoks[1])
    past = verb not in _SPEECH_VERBS and _tense([verb]) == "ed"
    # A person the article quotes or titles is described as they are now ("Dr. Wiley, an ecologist at X,
    # called …" → "is an ecologist"); "was" is for someone only a past event names.
    be = "was" if past and (not ctx.is_person(person) or _bare(verb) == "died") \
        and not any(w in ORG_WORDS for w in words) else "is"
    if re.search(r"\b(?:for\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|many|several)\s+"
                 r"(?:\w+\s+)?(?:years?|months?|weeks?|decades?)|since)\b", appos.split(" who ")[0]):
        if past:
            return None
        be = "has been"  # "Emma Fox, a paramedic for 11 years," → "Emma Fox has been a paramedic for 11 years."
    return [f"{name} {be} {appos}", f"{ref} {rest}"]


def rule_appositive_end(s: str, ctx: Context) -> list[str] | None:
    """``…, said Alina Frolova, a former minister.`` → ``…, said Alina Frolova.`` ``Frolova is a former minister.``"""
    m = re.search(r"\b(" + _NAME + r"),\s+((?:a|an|the)\s+[^,]+(?:,\s*[A-Z][\w.]*)?)\W*$", s)
    if not m:
        return None
    name = m.group(1)
    if not ctx.is_person(name):
        return None
    appos = m.group(2).rstrip(".")
    before = s[:m.start(1)]
    if not re.search(r"(" + "|".join(_SPEECH_VERBS) + r")\s*$", before) and not ctx.is_person(name):
        return None
    return [s[:m.end(1)], f"{ctx.short_name(name)} is {appos}"]


def rule_speaker_adding(s: str, ctx: Context) -> list[str] | None:
    """``"…," said Maria Lopez, adding that Y.`` → ``"…," said Maria Lopez.`` ``Lopez added that Y.``"""
    m = re.search(r"\b(said|says)\s+((?:[a-z]+\s+){0,3}" + _NAME + r"),\s+adding\s+(?:that\s+)?(.+?)\W*$", s)
    if not m:
        return None
    name = re.sub(r"^(?:[a-z]+\s+)+", "", m.group(2))
    if not ctx.is_person(name):
        return None
    added = "added" if m.group(1) == "said" else "adds"
    return [s[:m.end(2)], f"{ctx.short_name(name)} {added} that {m.group(3)}"]


def rule_speaker_who(s: str, ctx: Context) -> list[str] | None:
    """``"…," said Angela Moreno, who runs the utility.`` → ``"…," said Angela Moreno.`` ``Moreno runs the utility.``"""
    m = re.search(r"\b(?:" + "|".join(_SPEECH_VERBS) + r")\s+(" + _NAME + r"),\s+who\s+(.+?)\W*$", s)
    if not m or not ctx.is_person(m.group(1)) or not _clause_verb_first(m.group(2)):
        return None
    return [s[:m.end(1)], f"{ctx.short_name(m.group(1))} {m.group(2)}"]


def rule_relative(s: str, ctx: Context) -> list[str] | None:
    """Non-restrictive ``, which/where/whose/who`` clauses and ``the Xs who …`` become sentences."""
    m = re.search(r",\s+(which|where|whose|who)\s+", s)
    if m:
        left, right = s[:m.start()], s[m.end():]
        rel = m.group(1)
        rtoks = right.split()
        later = re.search(r",\s+(\S+)", right)
        if later and re.fullmatch(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+(?:,\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)*\s+(?:and|or)\s+"
                                  r"(?:[\w'’-]+\s+){0,2}[\w'’-]+[.!?]?", right[later.start() + 1:].strip()):
            later = None  # "…, handing out rice, bottled water and mosquito nets": a list ends the sentence
        after_later = right[later.end():].split()[:1] if later else []
        if later is not None:
            # "…, which have lost shops, banks and bus routes, were turning away": a verb after a later comma
            for more in list(re.finditer(r",\s+(\S+)", right))[1:]:
                if is_verb(more.group(1)) and not more.group(1).endswith("ing") and _bare(more.group(1)) in _FINITE_AUX:
                    later = more
                    break
        if re.search(r",\s+(?:and|but|or|when|while|where|which|who)\s", right) or (
                later and is_verb(later.group(1)) and not later.group(1).endswith("ing")) or (
                later and after_later and (_bare(later.group(1)) in ADVERBS or _bare(later.group(1)).endswith("ly"))
                and is_verb(after_later[0]) and not after_later[0].endswith("ing")):
            # "… found that the whales, which can live 100 years, now spend less time …": the
            # clause ends mid-sentence, after it an adverb and the verb the whales still need
            m = None  # "when the bus, which was carrying tourists, crashed": the clause ends mid-sentence  # "…, which consisted of A, B and C, and D …": where the clause ends is unclear
        elif _long_enough(left, right, minimum=3) and has_verb(left.split()):
            antecedent = left.split()[-1].strip(".,")
            if rel == "which" and len(rtoks) > 1 and not is_verb(rtoks[0]) and is_verb(rtoks[1]) and (
                    _bare(rtoks[0]) in ADVERBS | {"today", "later", "usually", "now", "still", "also"}
                    or _bare(rtoks[0]).endswith("ly")):
                if _bare(rtoks[1]) in AUX:
                    # "which today is inhabited" → "It is today inhabited": the verb leads, the adverb stays
                    words = right.split()
                    right = " ".join([words[1], words[0], *words[2:]])
                rtoks = right.split()[1:] if _bare(rtoks[1]) not in AUX else right.split()
            if rel == "which" and rtoks and is_verb(rtoks[0]):
                # "… in the emergency department, which has been short of staff" → "The emergency department has …"
                if _bare(rtoks[0]) in ("means", "meant"):
                    return [left, f"This {right}"]  # "…, which means that …": the whole event, not the last noun
                np = re.search(r"\b(?:the|this|that|these|those|its|their|his|her|a|an)\s+((?:(?!(?:the|this|that|these|"
                               r"those|its|their|his|her|a|an)\s)[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)$", left)
                if np and any(_bare(w) in _PREPOSITIONS | {"of"} for w in np.group(1).split()[:-1]):
                    # "… the same in honeybees, which are kept by …": the noun is the one after the preposition
                    np = None
                if np and (_bare(np.group(1).split()[-1]) not in VERB_FORMS or len(np.group(1).split()) == 1):
                    number = _plural_verb(rtoks[0])
                    if number is not None and _plural_word(np.group(1).split()[-1]) != number:
                        return None  # "… 14 toilets near the park, which are …": not the park; which, then?
                    outer = re.search(r"\b([a-z][\w'’-]*)\s+(?:of|into|for|about|on|in|with|from|by|at|over|against)\s+$",
                                      left[:np.start()])
                    if outer and _bare(outer.group(1)) not in VERB_FORMS | ADVERBS | _PREPOSITIONS | DETERMINERS \
                            and not re.search(r"(?:ing|ed|ly)$", outer.group(1)) \
                            and (number is None or _plural_word(outer.group(1)) == number):
                        # "… after an investigation into his expenses, which found …": the investigation
                        # found it; when the verb's number does not tell the two nouns apart, no guess
                        return None
                    return [left, f"The {np.group(1)} {right}"]
                this = "These" if _bare(rtoks[0]) in ("are", "were", "have") else "This"
                plural_noun = antecedent.islower() and re.fullmatch(r"[a-z]+(?:ies|[^s]s)", antecedent) \
                    and antecedent not in VERB_FORMS
                if plural_noun and _bare(rtoks[0]) not in ("is", "was", "has", "does"):
                    this = "They"  # "…, including all public libraries, which will stay open" → "They will stay open"
                    lsubj = _subject(_main_tokens(left.split()))
                    if (lsubj is not None and _refer(lsubj[0], ctx) == "They") \
                            or re.search(r"\b(?:they|them)\b", left, re.I):
                        # "The colonies … produced fewer new queens, which are needed …": "They" would be the
                        # colonies; name the queens again
                        this = _plural_np(left.split(), antecedent)
                elif antecedent[:1].isupper() and not ctx.is_person(antecedent) and this == "This" \
                        and _bare(rtoks[0]) in ("is", "was", "has", "had") and not left.rstrip().endswith(")"):
                    this = "It"  # "… to Wi-Fi Protected Access, which was a subset" → "It was a subset"
                elif this == "This" and _plural_verb(rtoks[0]) is False and _bare(rtoks[0]) not in ("means", "shows"):
                    # "… by the Brackley Tenants' Union (BTU), which represents …": an organisation does it
                    named = re.sub(r"\s*\([A-Z][A-Za-z&.]{1,9}\)$", "", left.rstrip()).split()
                    if named and re.sub(r"['’]s?$", "", named[-1]) in ORG_WORDS:
                        this = "It"
                return [left, f"{this} {right}"]
            if rel == "where" and starts_clause(rtoks) and _bare(rtoks[0]) != "there":
                return [left, f"There, {_lower_first(right, ctx.people)}"]
            if rel == "whose" and antecedent[:1].isupper() and not ctx.is_person(antecedent):
                return [left, f"Its {right}"]
            if rel == "whose" and antecedent.endswith("s") and antecedent.islower():
                return [left, f"Their {right}"]
            if rel == "who" and rtoks and is_verb(rtoks[0]):
                place = re.search(r"(" + _NAME + r"),\s+(?:a|an|the)\s+[^,;]*\b(?:from|in|at|near|of|outside|on)"
                                  r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$", left)
                if place:
                    # "Peter Doyle, a driver from Marlow Green, who was told …": the person was told, not the place
                    words = place.group(1).split()
                    while len(words) > 2 and words[0] in _TITLE_WORDS:
                        words = words[1:]
                    person = " ".join(words)
                    if not ctx.is_person(person):
                        return None
                    return [left, f"{ctx.short_name(person)} {right}"]
                if ctx.is_person(antecedent):
                    return [left, f"{ctx.short_name(antecedent)} {right}"]
                name = re.search(r"(?<![\w'’-])((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)$", left)
                if name and rtoks[0].islower() and not any(w in ORG_WORDS for w in name.group(1).split()) \
                        and not name.group(1).split()[0] in ("The", "A", "An"):
                    # "credited to Albert Humphrey, who led …": "who" names a person; repeat the name, never guess he/she
                    return [left, f"{name.group(1)} {right}"]
                if antecedent.islower() and antecedent.endswith("s"):
                    return [left, f"They {right}"]
    # "NAME is a former minister who's now an analyst" → "… minister." "NAME is now an analyst"
    m = re.match(r"^([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}) (is|was) (.+?)\s+who(?:['’]s| is| was)\s+(.+)$", s)
    if m and ctx.is_person(m.group(1)):
        return [f"{m.group(1)} {m.group(2)} {m.group(3)}",
                f"{ctx.short_name(m.group(1))} {m.group(2)} {m.group(4)}"]
    # "as the grinding slave labourers who built …" → "… labourers." "They built …"
    m = re.search(r"\b(?:the|these|those|many|some|most|all|several)\s+(?:[\w-]+\s+){0,3}?(\w+s)\s+who\s+(\w+)\s", s)
    if m and is_verb(m.group(2)) and m.group(1).islower() and not m.group(1).endswith("ss") \
            and m.group(1) not in VERB_FORMS:
        left, right = s[:m.end(1)], s[m.start(2):]
        if _long_enough(left, right, minimum=5):
            # "as the slave labourers who built …" → "as slave labourers." (no longer a defined set)
            left = re.sub(r"\b(as|of|for|like) the ((?:[a-z-]+ ){0,3}[a-z]+s)$", r"\1 \2", left)
            return [left, f"They {right}"]
    return None


def _plural_word(noun: str) -> bool:
    w = _bare(noun)
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) or w in ("people", "police", "children")


def _plural_verb(verb: str) -> bool | None:
    """True for ``are``/``were``/``have``, False for ``is``/``runs``, None when the form does not say."""
    w = _bare(verb)
    if w in ("are", "were", "have", "do"):
        return True
    if w in ("is", "was", "has", "does") or (w.endswith("s") and not w.endswith("ss") and is_verb(w)):
        return False
    return None


_QUANTIFIERS = frozenset("fewer more many some several few most all about around nearly almost over under "
                         "least less".split())


def _plural_np(tokens: list[str], head: str) -> str:
    """``The new queens`` from ``… produced fewer new queens``: the head and the adjectives before it."""
    words = [head]
    for t in reversed(tokens[:-1]):
        w = _bare(t)
        if not w.isalpha() or w in _QUANTIFIERS or w in DETERMINERS or w in _PREPOSITIONS | {"of", "to"} \
                or is_verb(t) or t.endswith(",") or len(words) > 2:
            break
        words.insert(0, w)
    return "The " + " ".join(words)


def _main_tokens(tokens: list[str]) -> list[str]:
    """The words of the main clause, after an opening phrase such as ``For a week after that,``."""
    if tokens and (_bare(tokens[0]) in _PREPOSITIONS or _bare(tokens[0]) in ("earlier", "later", "until")):
        for k, t in enumerate(tokens[:15]):
            if t.endswith(","):
                rest = tokens[k + 1:]
                return rest if starts_clause(rest) else tokens
    return tokens


_FINITE_AUX = frozenset("is are was were has have had will would can could does did shall should must "
                        "may might".split())


_ING_NOUNS = frozenset("meeting building morning evening funding training housing spending hearing ruling "
                       "warning offering painting reading wedding opening ceiling clothing feeling beginning "
                       "setting shooting bombing landing crossing gathering briefing sitting".split())
"""-ing words that are nouns at the end of a clause ("after a nine-hour meeting, raising …")."""


def rule_trailing_participle(s: str, ctx: Context) -> list[str] | None:
    """``A, preferring B`` → ``A.`` ``They preferred B.``; ``A, with X claiming B`` → ``A.`` ``X claims B.``"""
    tokens_all = _main_tokens(s.split())
    subj = _subject(tokens_all)
    tense = _tense(tokens_all)
    for m in re.finditer(r",\s+(?:(with)\s+((?:[\w'’.-]+\s+){1,6}?)(\w+ing)\b|"
                         r"(effectively|thereby|thus)?\s*(\w+ing)\b)", s):
        left, right_start = s[:m.start()], m.end()
        if not has_verb(left.split()) or not _long_enough(left, minimum=5):
            continue
        tail = s[right_start:]
        upto_comma = tail.split(", ")[0].split()
        # "…, working animal, wind or water": a list item, not a participle clause
        next_item = tail.split(", ")[1].split()[:1] if ", " in tail else []
        if ", " in tail and len(upto_comma) <= 2 and not (
                next_item and _bare(next_item[0]).endswith("ing") and ing_base(_bare(next_item[0]))
                and re.search(r"\s(?:and|or)\s\w+ing\b", tail)):
            continue  # (but "smashing windows, stripping trees and leaving …" is a list of -ing clauses)
        # "…, having a history of exposure is also helpful": a gerund subject of its own clause
        if any(_bare(t) in _FINITE_AUX for t in upto_comma):
            continue
        # "…, affecting X, and was last seen …": the main clause goes on after the participle
        more = re.search(r",\s+(?:and|but)\s+(\S+)", tail)
        if more and (is_verb(more.group(1)) or _bare(more.group(1)) in _FINITE_AUX):
            continue
        if re.search(r",\s+(?:after|before|when|because|since|while|as)\s+(?:it|he|she|they|the|a|an|[A-Z])", tail):
            continue  # "Shares fell 6%, wiping £1bn off its value, after it warned …": the "after" is the fall's
        ltoks = left.split()
        if ltoks and _bare(ltoks[-1]).endswith("ing") and _bare(ltoks[-1]) not in _ING_NOUNS:
            continue  # "… two years building, blasting and clearing rubble": a list of -ing words
        tense = _tense_last(_main_tokens(ltoks))
        if re.search(r"\b(?:in|since|until|by)\s+(?:1[5-9]|20)\d\d\b", tail.split(", ")[0]):
            tense = "ed"  # "…, debuting with X in 1994": a dated event is in the past
        verb_at = next((i for i, t in enumerate(ltoks) if is_verb(t, ltoks[i - 1] if i else "")), None)
        if tense != "ed" and verb_at is not None and _bare(ltoks[verb_at]) in _AMBIGUOUS_TENSE:
            # "Heavy rain hit Millbrook on Sunday, flooding …": "hit" is past or present; a past
            # time decides, else no guess ("They flood …" would be wrong).
            if not _PAST_TIME.search(s):
                continue
            tense = "ed"
        if not m.group(1) and verb_at is not None and any(t.endswith(",") for t in ltoks[verb_at:]):
            continue  # "X involves the character, a small plane, engaging …": which one does it?
        if m.group(1):
            np = m.group(2).strip()
            ing = m.group(3)
            np_words = [_bare(w) for w in np.split()]
            if _bare(np.split()[0]) not in DETERMINERS and not np[:1].isupper() and (
                    len(np_words) > 4 or any(w in _PREPOSITIONS | {"of", "to"} for w in np_words)):
                continue
            plural = np.split()[-1].endswith("s") and not np.split()[-1].endswith(("'s", "ss"))
            verb = _finite(ing, tense, plural)
            if verb is None:
                continue
            main_verb = next((_bare(t) for i, t in enumerate(ltoks) if is_verb(t, ltoks[i - 1] if i else "")), "")
            if tense != "ed" and main_verb == "will" and ing_base(ing):
                verb = f"will {ing_base(ing)}"  # "X will buy buses, with a fund paying half" → "The fund will pay half"
            rest = _convert_more(s[right_start:], tense, plural)
            return [left, f"{capitalize_first(np)} {verb}{rest}"]
        ing = m.group(5)
        adverb = m.group(4)
        if re.fullmatch(r"\s+(?:and|or)\s+[\w'’-]+(?:\s+[\w'’-]+)?", tail) or not tail.strip():
            continue  # "advice on debt, housing and benefits": the last items of a list of nouns
        if _bare(ing) in ("during", "including", "according", "regarding", "following", "concerning",
                          "meaning", "making", "leaving", "depending",
                          "excluding", "pending", "considering", "notwithstanding", "barring",
                          "starting", "beginning", "nothing", "something",
                          "anything", "everything", "thing", "morning", "evening", "king", "spring"):
            continue
        if adverb in ("thereby", "thus") and subj is not None and _refer(subj[0], ctx):
            who = _refer(subj[0], ctx) or ""
            plural = who == "They"
            verb = _finite(ing, tense, plural)
            if verb is None:
                continue
            return [left, f"{who} {verb}{_convert_more(s[right_start:], tense, plural)}"]
        if adverb:
            verb = _finite(ing, tense, False)
            if verb is None:
                continue
            rest = _convert_more(s[right_start:], tense, False)
            adv = "" if adverb in ("thereby", "thus") else f"{adverb} "
            return [left, f"This {adv}{verb}{rest}"]
        if verb_at is not None and _bare(ltoks[verb_at]) in _SPEECH_VERBS + ("announced", "reported") \
                and has_verb(ltoks[verb_at + 1:]):
            # "Hydro said demand peaked at X, beating the record": the record-beater is the reported
            # clause, not the speaker — "This beat the record".
            verb = _finite(ing, tense, False)
            if verb is None:
                continue
            return [left, f"This {verb}{_convert_more(s[right_start:], tense, False)}"]
        passive = re.search(r"\b(?:is|are|was|were|been|be)\s+(?:(?:not|\w+ly)\s+)?(\S+)",
                            " ".join(_main_tokens(ltoks)))
        lmain = _main_tokens(ltoks)
        lsubj = _subject(lmain)
        change = lsubj is not None and any(base in _CHANGE_VERBS for base, _ in analyses(_bare(lmain[lsubj[1]])))
        if _bare(ing) in _RESULT_ING and (change or (
                passive and _PARTICIPLE_WORD.match(_bare(passive.group(1))) and _bare(passive.group(1)) not in _REPORTED)):
            # "The club has been sold …, ending 40 years of family ownership", "The ferry was cancelled,
            # stranding …": the sale, the cancelling did it, not the club or the ferry — "This"
            verb = _finite(ing, tense, False)
            if verb is None:
                continue
            return [left, f"This {verb}{_convert_more(s[right_start:], tense, False)}"]
        if subj is None:
            continue
        ref = _refer(subj[0], ctx)
        if ref is None:
            continue
        plural = ref == "They"
        verb = _finite(ing, tense, plural)
        if verb is None:
            continue
        rest = _convert_more(s[right_start:], tense, plural)
        return [left, f"{ref} {verb}{rest}"]
    return None


_RESULT_ING = frozenset("ending bringing forcing causing marking raising pushing prompting sparking triggering "
                        "lifting lowering reducing doubling halving cutting stranding disrupting delaying blocking "
                        "trapping wiping".split())
"""Participles that tell what an event led to (``…, ending a 40-year wait``, ``…, stranding 300 people``).

After a passive ("The ferry was cancelled, stranding …") the event did it, not the subject; other
participles ("were likened to X, relying on …", "was opened, becoming …") stay with the subject."""
_CHANGE_VERBS = frozenset("fall rise drop jump climb slump soar plunge surge tumble slide sink increase decrease "
                          "decline".split())
"""``Shares fell 6%, wiping £1bn off its value``: an amount that moves does not wipe; the fall does."""
_REPORTED = frozenset("reported seen recorded observed detected found noticed heard spotted felt".split())
"""``Flooding was reported …, resulting in …``: the flooding did it, not the reporting."""


_PAST_TIME = re.compile(r"\b(?:yesterday|overnight|last (?:night|week|month|year|weekend|\w+day)|ago|"
                        r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in (?:1[5-9]|20)\d\d)\b")


def _convert_more(rest: str, tense: str, plural: bool) -> str:
    # "issuing statements … but doing little else": the second -ing verb follows the first.
    def fix(m: re.Match[str]) -> str:
        verb = _finite(m.group(2), tense, plural)
        return f" {m.group(1)} {verb}" if verb else m.group(0)

    def fix_item(m: re.Match[str]) -> str:
        word = m.group(1)
        verb = None if word.lower() in _ING_NOUNS | _ING_NOT_VERBS else _finite(word, tense, plural)
        return f", {verb}" if verb else m.group(0)

    if re.search(r"\s(?:and|or)\s\w+ing\b", rest):
        # "flooding homes, closing two schools and leaving …": every -ing of the list follows the first
        rest = re.sub(r",\s(\w+ing)\b", fix_item, rest)
    return re.sub(r"\s(and|but|or)\s(\w+ing)\b", fix, rest)


_ING_NOT_VERBS = frozenset("including according regarding following concerning during nothing something anything "
                           "everything morning evening king spring thing".split())


def rule_concession(s: str, ctx: Context) -> list[str] | None:
    """``A, although B.`` → ``A.`` ``But B.``"""
    m = re.search(r",\s+(although|though|even though|whereas)\s+", s)
    if not m:
        return None
    left, right = s[:m.start()], s[m.end():]
    if starts_clause(right.split()) and has_verb(left.split()) and _long_enough(left, right):
        return [left, f"But {_lower_first(right, ctx.people)}"]
    return None


_BECAUSE_ADVERBS = frozenset("mainly partly largely only just simply mostly probably also chiefly "
                             "partially possibly perhaps".split())


def rule_because(s: str, ctx: Context) -> list[str] | None:
    """``A because B.`` → ``A.`` ``This is because B.`` (``This was …`` after a past clause)."""
    m = re.search(r",?\s+(?:(" + "|".join(sorted(_BECAUSE_ADVERBS)) + r")\s+)?because\s+(?!of\b)", s)
    if not m:
        return None
    adverb = m.group(1) or ""
    left, right = s[:m.start()], s[m.end():]
    ltoks = left.split()
    if any(_bare(t) in ("not", "never", "but", "and", "or") for t in ltoks[-2:]) or \
            re.search(r"\bnot\b|n['’]t\b", left) and re.search(r"\bbut\b", right):
        return None  # "not because A but because B" needs both halves together
    if not (starts_clause(right.split()) and has_verb(ltoks) and _long_enough(left, minimum=4)
            and _long_enough(right, minimum=3)):
        return None
    if re.search(r",\s+(?:and|but|so)\s", right):
        return None  # where the because-clause ends is unclear
    be = "was" if _tense_last(ltoks) == "ed" else "is"
    lead = f"This {be} {adverb} because" if adverb else f"This {be} because"
    return [left, f"{lead} {right}"]


_PARTICIPLE_END = re.compile(r",\s+with\s+((?:[\w'’.,-]+\s+){1,8}?)(\w+ed|hurt|wounded|killed|injured|"
                             r"arrested|displaced|missing|dead)\s*$")


def rule_with_participle(s: str, ctx: Context) -> list[str] | None:
    """``A have been killed, with as many as X injured`` → ``A have been killed.`` ``As many as X have been injured.``"""
    m = _PARTICIPLE_END.search(s)
    if not m:
        return None
    left, np, part = s[:m.start()], m.group(1).strip(), m.group(2)
    if not has_verb(left.split()) or word_count(left) < 5:
        return None
    aux_m = re.findall(r"\b(have been|has been|had been|were|was|are|is)\s+\w+", left)
    if not aux_m:
        return None
    aux = aux_m[-1]
    plural = bool(re.search(r"\d|\b(?:million|thousand|hundred|many|dozens|hundreds|thousands)\b", np)) \
        or np.split()[-1].endswith("s")
    if aux in ("has been", "have been"):
        aux = "have been" if plural else "has been"
    elif aux in ("was", "were"):
        aux = "were" if plural else "was"
    elif aux in ("is", "are"):
        aux = "are" if plural else "is"
    return [left, f"{capitalize_first(np)} {aux} {part}"]


_WITH_NP_PRED = re.compile(
    r",\s+with\s+((?:the|its|their|his|her|[A-Z][\w'’-]*)(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
    r"((?:(?:in|at|on|of|near|inside|outside|under|over|from|about)\b|(?:a|an)\s+\w+|\d[\d.,]*\s|"
    r"(?:more|less) than\s+\d).*)$")


def rule_with_absolute(s: str, ctx: Context) -> list[str] | None:
    """``The land slopes east, with the lowest point in the valley`` → ``… east.`` ``The lowest point is in the valley.``"""
    m = _WITH_NP_PRED.search(s)
    if not m or _MASK.search(m.group(0)):
        return None
    left, np, pred = s[:m.start()], m.group(1), m.group(2)
    np_words = np.split()
    if any(_bare(w).endswith(("ing", "ed")) or _bare(w) in _PREPOSITIONS | {"and", "or", "which", "who", "that"}
           for w in np_words[1:]) \
            or (np_words[0][:1].isupper() and np_words[0] not in ("The", "Its", "Their", "His", "Her")
                and len(np_words) > 1) or has_verb(pred.split()[:4]) or "," in pred:
        return None  # "with French a strong second language": one name; anything longer may be a list
    tokens = _main_tokens(left.split())
    if not has_verb(left.split()) or word_count(left) < 5 or _subject(tokens) is None:
        return None
    head = _bare(np_words[-1])
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and not np_words[-1][:1].isupper()
    past = _tense(tokens) == "ed"
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return [left, f"{capitalize_first(np)} {be} {pred}"]


_INTRANSITIVE = ("surfaced", "emerged", "appeared", "circulated", "spread", "arrived", "returned")


def rule_verb_then_ing(s: str, ctx: Context) -> list[str] | None:
    """``Other video has surfaced reportedly showing X`` → ``Other video has surfaced.`` ``The video reportedly shows X``"""
    m = re.match(r"^(.+?\b(?:" + "|".join(_INTRANSITIVE) + r"))\s+(\w+ly\s+)?(\w+ing)\s+(.+)$", s)
    if not m:
        return None
    left, adv, ing, rest = m.groups()
    subj = _subject(left.split())
    if subj is None:
        return None
    ref = _refer(subj[0], ctx)
    if ref is None:
        return None
    tense = "ed" if not re.search(r"\b(has|have)\s+\w+$", left) and _tense(left.split()) == "ed" else "present"
    verb = _finite(ing, tense, ref == "They")
    if verb is None:
        return None
    return [left, f"{ref} {adv or ''}{verb} {rest}"]


def _vp_be(left: str, verb: str, rest: str, ctx: Context) -> list[str] | None:
    """``The bridge crosses the valley, and is inside the park`` → ``… the valley.`` ``It is also inside the park.``"""
    tokens = _main_tokens(left.split())
    subj = _subject(tokens)
    if subj is None or any(t.endswith(",") for t in tokens[subj[1]:]) or not _long_enough(left, rest, minimum=4):
        return None
    if re.search(r"\b(?:who|which|that|where|when|because|if|while|although)\b", left, re.I):
        return None  # "… the park that opened in May, and is …": whose "is" it is, is unclear
    plural = verb in ("are", "were")
    first = _bare(tokens[subj[1]])
    if plural != (first in ("are", "were", "have") or (first.endswith("ed") and plural)
                  or (not first.endswith("s") and first not in ("is", "was", "has") and plural)):
        return None  # the verbs do not agree: not the same subject
    ref = _refer(subj[0], ctx)
    if ref is None:
        return None
    if ref.lower() in SUBJ_PRONOUNS - {"i"}:
        ref = ref.capitalize()
    if ref.lower() == "they" and not plural or ref == "It" and plural:
        return None
    also = "" if re.match(r"(?:not|never|also|still|now|no longer)\b", rest) else " also"
    return [left, f"{ref} {verb}{also} {rest}"]


def rule_vp_coordination(s: str, ctx: Context) -> list[str] | None:
    """``Both sides have relied on X, and used Y`` → ``Both sides have relied on X.`` ``They have also used Y.``"""
    m = re.search(r",\s+and\s+(\w+ed|\w+)\s+", s) or re.search(r"\s+and\s+(\w+ed)\s+(?:that\s+)?", s)
    if not m:
        return None
    left, verb, rest = s[:m.start()], m.group(1), s[m.end():]
    if m.group(0).startswith(",") and verb in ("is", "are", "was", "were") and not rest.startswith("being "):
        return _vp_be(left, verb, rest, ctx)
    if _bare(verb) in AUX or not is_verb(verb) or not verb.endswith("ed"):
        return None
    tokens = _main_tokens(left.split())
    subj = _subject(tokens)
    if subj is None:
        return None
    if not m.group(0).startswith(","):
        # Without a comma, only two past-tense verbs of one subject: "X visited the camp and promised …"
        first = _bare(tokens[subj[1]]) if subj[1] < len(tokens) else ""
        if not (first.endswith("ed") or first in _IRREGULAR_PAST) or first in AUX or len(left.split()) < 6 \
                or re.search(r"\b(?:who|which|that|where|when|because|if)\b", left, re.I):
            return None
        if m.group(0).rstrip().endswith("that"):
            rest = "that " + rest
    ref = _refer(subj[0], ctx)
    if ref is None or not _long_enough(left, rest, minimum=3):
        return None
    if any(t.endswith(",") for t in tokens[subj[1]:]):
        return None  # "destroyed 20 homes, left 30 damaged, injured one, and caused …": a list
    first_verb = _bare(tokens[subj[1]])
    if first_verb in ("have", "has", "had"):
        return [left, f"{ref} {first_verb} also {verb} {rest}"]
    if first_verb in AUX:
        # "files can be moved …, and played …" → "They can also be played …": share the auxiliaries
        aux = []
        for t in tokens[subj[1]:]:
            if _bare(t) in AUX or _bare(t) in ("not", "be", "been", "being"):
                aux.append(_bare(t))
            else:
                break
        if not aux:
            return None
        return [left, f"{ref} {aux[0]} also {' '.join(aux[1:] + [verb])} {rest}".replace("  ", " ")]
    return [left, f"{ref} also {verb} {rest}"]


_BUT_BLOCKERS = re.compile(r"\bnot only\b|\b(?:all|anything|nothing|everything|none|who|which|that|where|when|because|if|"
                           r"while|although|though|unless|whether)$|\b(?:who|which|that|where|when|because|if|"
                           r"while|although|though|unless|whether)\b", re.I)


def rule_but_verb(s: str, ctx: Context) -> list[str] | None:
    """``Most nations issue statements but do little else`` → ``Most nations issue statements.`` ``But they do little else.``"""
    m = re.match(r"^(.+?),?\s+but\s+((?:then\s+|still\s+)?)([a-z]+)\s+(.+)$", s)
    if not m:
        return None
    left, adverb, verb, rest = m.groups()
    if _MASK.search(left) or _BUT_BLOCKERS.search(left) or verb.endswith("ing") or not is_verb(verb, "x") \
            or verb in ("not", "also") or not _long_enough(left, f"{verb} {rest}", minimum=3):
        return None
    tokens = _main_tokens(left.split())
    subj = _subject(tokens)
    if subj is None or not subj[0] or any(t.endswith(",") for t in tokens[subj[1]:]):
        return None
    first = _bare(tokens[subj[1]])
    past = _tense(tokens) == "ed"
    # The right verb must agree with the left one: "issue … but do", "ruled … but kept".
    if past != (verb in _PAST_AUX or verb.endswith("ed") or _past_irregular(verb)) and first not in _PRESENT_AUX - {"has", "have", "is", "are", "does", "do", "am"}:
        return None
    ref = _refer(subj[0], ctx)
    if ref is None:
        return None
    if ref.lower() in SUBJ_PRONOUNS or ref.startswith("The "):
        ref = ref[0].lower() + ref[1:]
    return [left, f"But {ref} {adverb}{verb} {rest}"]


_NO_DOUBT = re.compile(r"^(?:(But|And|So)\s+)?(?:there\s+(is|was)|there's)\s+(no|little)\s+doubt\s+that\s+(.+)$", re.I)
_CLEAR_THAT = re.compile(r"^(?:(But|And|So)\s+)?it\s+(is|was)\s+(clear|certain|true)\s+that\s+(.+)$", re.I)


def rule_no_doubt(s: str, ctx: Context) -> list[str] | None:
    """``But there is no doubt that X`` → ``But one thing is certain.`` ``X.`` (one idea each)."""
    m = _NO_DOUBT.match(s)
    if m:
        link, be, amount, clause = m.group(1), (m.group(2) or "is").lower(), m.group(3).lower(), m.group(4)
        # The claim comes last, so "its …" in it still points where it pointed in the source.
        head = f"one thing {be} {'certain' if amount == 'no' else 'almost certain'}"
    else:
        m = _CLEAR_THAT.match(s)
        if not m:
            return None
        link, be, adj, clause = m.group(1), m.group(2).lower(), m.group(3).lower(), m.group(4)
        head = f"one thing {be} {adj}"
    if _MASK.search(clause) or not starts_clause(clause.split()) or word_count(clause) < 4:
        return None
    lead = f"{link} {head}" if link else capitalize_first(head)
    return [lead, capitalize_first(clause)]


def rule_especially(s: str, ctx: Context) -> list[str] | None:
    """``X gave a status to N and especially its army`` → ``X gave a status to N.`` ``This was especially true for its army.``"""
    m = re.match(r"^(.+?),?\s+and\s+(especially|particularly|above all)\s+((?:its|their|his|her|the)\s+[\w'’ -]+)$", s)
    if not m or _MASK.search(s):
        return None
    left, adverb, np = m.groups()
    if has_verb(np.split()) or len(np.split()) > 5 or not _long_enough(left, minimum=6) \
            or _subject(_main_tokens(left.split())) is None:
        return None
    tokens = _main_tokens(left.split())
    verb = _bare(tokens[_subject(tokens)[1]])  # type: ignore[index]
    if verb in _AMBIGUOUS_TENSE:
        return None  # "The storm hit the coast": past or present? "This was/is" would guess
    be = "was" if _tense(tokens) == "ed" else "is"
    return [left, f"This {be} {adverb} true for {np}"]


_AMBIGUOUS_TENSE = frozenset("hit put cut set let hurt cost spread shut quit read beat cast burst split "
                             "bet broadcast forecast".split())


_PLACE_NOUNS = ("base|camp|school|hospital|factory|port|farm|site|plant|station|airport|harbour|harbor|prison|"
                "hotel|mine|market|village|town|city")


def rule_trailing_place(s: str, ctx: Context) -> list[str] | None:
    """``A video shows X getting gear at a base in the far east`` → ``… getting gear.`` ``This was at a base in the far east.``"""
    if word_count(s) <= 15 or _MASK.search(s):
        return None
    m = re.match(r"^(.+?)\s+at\s+((?:a|an)\s+(?:[a-z-]+\s+)?(?:" + _PLACE_NOUNS + r")\s+(?:in|near|on|outside)\s+.+)$", s)
    if not m:
        return None
    left, place = m.groups()
    if re.search(r"\b(?:" + _DAY + r"|" + _MONTH + r"|Sunday|yesterday|today|tonight|overnight|last|ago|since|"
                 r"until|when|while|after|before|who|which|that)\b", place):
        return None  # "at a school near the river on Sunday": the time would end up in the place sentence
    if word_count(left) < 6 or _subject(_main_tokens(left.split())) is None or left.rstrip().endswith(","):
        return None
    return [left, f"This was at {place}"]


def rule_and_name(s: str, ctx: Context) -> list[str] | None:
    """``… by Western countries and NATO has ruled out …`` → ``… by Western countries.`` ``NATO has ruled out …``"""
    for m in re.finditer(r"\s+and\s+((?:[A-Z][\w'’.-]*\s+){1,3})(\w+)\s", s):
        left, right = s[:m.start()], s[m.start(1):]
        verb = m.group(2)
        w = _bare(verb)
        finite = w in AUX or w in _IRREGULAR_PAST or (w in VERB_FORMS and (w.endswith("s") or w.endswith("ed"))
                                                       and not w.endswith("ing"))
        if not finite or left.endswith(",") or not left.split():
            continue
        if left.split()[-1][:1].isupper():
            continue  # "the cantons of Uri and Ticino lie …": two names share one verb
        after = right.split()[len(m.group(1).split()) + 1:][:1]
        if w.endswith("ed") and after and _bare(after[0]) in _PREPOSITIONS | {"to", "of"}:
            continue  # "… and Threats involved in a project": a participle
        if has_verb(left.split()) and word_count(left) >= 6 and word_count(right) >= 4:
            return [left, right]
    return None


_WHEN_BLOCKERS = frozenset(
    "know knew ask asked unclear clear sure wonder decide said say tell told time moment day year explain about "
    "only just even except and or but is was are were be".split())


def rule_when(s: str, ctx: Context) -> list[str] | None:
    """``They built X when the country hosted Y`` → ``They built X.`` ``That was when the country hosted Y.``"""
    m = re.search(r"\s+when\s+", s)
    if not m:
        return None
    left, right = s[:m.start()], s[m.end():]
    prev = _bare(left.split()[-1]) if left.split() else ""
    if prev in _WHEN_BLOCKERS or prev.endswith("ly"):
        return None
    if re.search(r",\s+(?:and|but|or|so)\s", right):
        return None  # "hired X in 2015, when he was 22, and she promoted him …": the when-clause ends mid-sentence
    if not (starts_clause(right.split()) and has_verb(left.split()) and _long_enough(left, right, minimum=5)):
        return None
    # Only past events: a present-tense "when" is often a condition ("… when a patient is ill").
    if _tense(right.split()) != "ed" or _tense(left.split()) != "ed":
        return None
    return [left, f"That was when {right}"]


def rule_after(s: str, ctx: Context) -> list[str] | None:
    """``X happened after Y burst its banks`` → ``X happened.`` ``That was after Y burst its banks.`` (past events)."""
    m = re.search(r"\s+(after|before)\s+", s)
    if not m:
        return None
    left, right = s[:m.start()], s[m.end():]
    prev = _bare(left.split()[-1]) if left.split() else ""
    if prev in _WHEN_BLOCKERS or prev.endswith("ly") or prev in ("soon", "long", "right", "days", "weeks",
                                                                "months", "years", "hours", "minutes", "shortly"):
        return None
    if ", " in right or ";" in right:
        return None  # "after the storm passes, CN issued …": the main clause goes on after a comma
    rtoks = right.split()
    past = next((t for t in rtoks[1:6] if _bare(t) in _IRREGULAR_PAST | {"burst", "was", "were", "had", "did"}
                 or (_bare(t).endswith("ed") and is_verb(t))), None)
    if past is None or not has_verb(left.split()) or not _long_enough(left, right, minimum=5):
        return None  # "will close after the storm passes": a plan, not an event
    if not (starts_clause(rtoks) or _bare(rtoks[0]) in DETERMINERS | SUBJ_PRONOUNS - {"there"}
            or rtoks[0][:1].isupper()):
        return None
    if any(_bare(t) in _PREPOSITIONS | {"of", "to"} for t in rtoks[:rtoks.index(past)]):
        return None  # "after weeks of talks ended": where the subject ends is unclear
    ltoks = _main_tokens(left.split())
    perfect = any(_bare(a) in ("has", "have") and is_verb(b, a) for a, b in zip(ltoks, ltoks[1:]))
    if (_tense_last(ltoks) != "ed" and not perfect) or any(_bare(t) in _PRESENT_AUX for t in rtoks):
        # "The dispute comes as firms try to cut costs after numbers fell and have not recovered":
        # "That was after …" needs a past event on both sides
        return None
    return [left, f"That was {m.group(1)} {right}"]


_TRAILING_SAYS = re.compile(r"^(.+),\s+((?:[A-Z][\w'’.-]*|the|a|an)(?:\s+[\w'’.-]+){0,6}?)\s+"
                            r"(says|said|reports|reported|added|warned)\.?$")


_ACCORDING_TO = re.compile(r"^(.+),\s+according\s+to\s+([^,]+?)\.?$")
_SHORT_SOURCE = re.compile(r"(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.()-]+){0,7}")
"""A source short enough to stand first ("the state government"), not "a study by … published on Thursday"."""


def speaker_first(s: str, ctx: Context) -> str | None:
    """Easy level: ``S, the agency says.`` → ``The agency says S.`` (speakers first, and S can be split)."""
    if ctx.level != "easy":
        return None
    m = _TRAILING_SAYS.match(s) or _ACCORDING_TO.match(s)
    if not m or _MASK.search(s):
        return None
    speech, who = m.group(1), m.group(2)
    if m.re is _ACCORDING_TO and not _SHORT_SOURCE.fullmatch(who):
        return None
    if m.re is _TRAILING_SAYS:
        verb = m.group(3)
    else:
        head = next((w for w, nxt in zip(who.split(), who.split()[1:] + [""])
                     if _bare(nxt) in _PREPOSITIONS | {"of", ""}), who.split()[-1])
        verb = "say" if head.islower() and head.endswith("s") and not head.endswith(("ss", "'s", "’s")) else "says"
    if has_verb(who.split()) or not starts_clause(speech.split()) or "," in who:
        return None
    lowered = _lower_speech(speech, ctx)
    if lowered is None:
        return None  # "Lagos had 212mm of rain, the agency said": the first word may be a name; keep the order
    return f"{capitalize_first(who)} {verb} {lowered}"


_QUANTITY_STARTERS = frozenset("more less fewer most some many several few no none every each one two three four "
                               "five six seven eight nine ten about nearly almost over at up only just".split())


def _lower_speech(text: str, ctx: Context) -> str | None:
    """``text`` with its first word lower-cased, or None when that word may be a name."""
    from .frequency import rank

    words = text.split()
    first = words[0]
    key = _bare(first)
    if first[:1].isdigit() or first.isupper() and len(first) > 1:
        return text
    if key in _COMMON_STARTERS or key in _QUANTITY_STARTERS:
        return first.lower() + text[len(first):]
    nxt = words[1] if len(words) > 1 else ""
    r = rank(key)
    if key.endswith("s") and not key.endswith("ss") and r is not None and r <= 3000 and nxt[:1].islower() \
            and not ctx.is_person(first):
        return first.lower() + text[len(first):]  # "Schools in the worst-hit areas …": a plural noun
    return None


def rule_said_and_that(s: str, ctx: Context) -> list[str] | None:
    """``X said A and that B.`` → ``X said A.`` ``X also said B.``"""
    m = re.match(r"^(.+?)\s+(said|says|told reporters|warned|added|found|finds|argued|argues|claimed|claims|wrote|"
                 r"writes|reported|noted|insisted|stressed|explained|pointed out|admitted|promised|confirmed|"
                 r"announced|believes|believed)\s+(that\s+)?(.+?),?\s+and\s+that\s+(.+)$", s)
    if not m:
        return None
    subject, verb, that, first, second = m.groups()
    # "He found the animals produce …" reads first as "found the animals": such verbs keep "that".
    that = "that " if that and verb not in ("said", "says", "told reporters", "warned", "added") else ""
    first, second = that + first, that + second
    # "and that" opens a clause of its own: the second half needs no verb our word list knows ("the roof leaks").
    # A quoted phrase inside either claim stays where it is; a claim that opens with a quotation is left whole.
    if has_verb(subject.split()) or not has_verb(first.split()) or len(second.split()) < 3 \
            or _MASK.search(subject) or _MASK.match(first) or _MASK.match(second) or len(subject.split()) > 7:
        return None
    acronym = re.search(r"\(([A-Z][A-Za-z]{1,7})\)", subject)
    # "In it, the charity said A and that B" → "The charity also said B", not "In it, the charity also said"
    bare = re.sub(r"^In it,\s+", "", subject)
    who = _refer(bare.split(), ctx) or (acronym.group(1) if acronym else capitalize_first(bare))
    return [f"{subject} {verb} {first}", f"{who} also {verb} {second}"]


_APPROX = r"(?:about|around|nearly|almost|roughly|more than|less than|fewer than|up from|down from|double|half)"


def rule_trailing_amount(s: str, ctx: Context) -> list[str] | None:
    """``Lagos had 212mm of rain, about a third of its October total.`` → ``… rain.`` ``That is about a third …``"""
    m = re.search(r",\s+(" + _APPROX + r"\s+[^,;]+)$", s)
    if not m:
        return None
    left, right = s[:m.start()], m.group(1)
    if not re.search(r"\d", left) or not has_verb(left.split()) or not _long_enough(left, right, minimum=4):
        return None
    head = right.split(" of ")[0]
    if has_verb(head.split()[1:]) or re.search(r"\b(?:and|but|which|who)\b", head):
        return None
    part = re.fullmatch(r"(\S+\s+(?:\S+\s+)?[\d.,]+%?)\s+of\s+(?:them|whom)\s+((?:over|under|aged|from|in|at)\s+.+)", right)
    if part and not has_verb(part.group(2).split()):
        # "…, about 18% of them over the age of 75" → "About 18% of them were over the age of 75."
        were = "were" if _tense_last(_main_tokens(left.split())) == "ed" else "are"
        return [left, f"{capitalize_first(part.group(1))} of them {were} {part.group(2)}"]
    if re.search(r"\bof\s+(?:them|whom|these|those|which|us|it)\b", right):
        return None  # "…, about 18% of them …": a part of what came before, not an amount of its own
    be = "was" if _tense_last(_main_tokens(left.split())) == "ed" else "is"
    return [left, f"That {be} {right}"]


def rule_trailing_appositive(s: str, ctx: Context) -> list[str] | None:
    """``…, a program that reached 2,600 people.`` → ``….`` ``This is a program that reached 2,600 people.``"""
    m = re.search(r",\s+((?:a|an|the)\s+(?:[a-z][\w'’-]*\s+){0,2}([a-z][\w'’-]*)\s+(?:that|which|who)\s+"
                  r"(?:[^,;]|,(?=\d))+)$", s)
    if not m:
        return None
    left = s[:m.start()]
    if not has_verb(left.split()) or not _long_enough(left, minimum=6) or not has_verb(m.group(1).split()):
        return None
    head = m.group(2)
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) and head not in VERB_FORMS
    return [left, f"{'These are' if plural else 'This is'} {m.group(1)}"]


def rule_is_a_that(s: str, ctx: Context) -> list[str] | None:
    """Easy level: ``The dragon is a lizard that lives on Komodo.`` → ``The dragon is a lizard.`` ``It lives on Komodo.``"""
    if ctx.level != "easy":
        return None
    m = re.match(r"^((?:(?!,\s).)+?)\s+(is|was|are|were)\s+((?:a|an)\s+(?:(?!,\s)[^\s]+\s+){0,7}?[^\s,]+)\s+"
                 r"(that|which|who)\s+(.+)$", s)
    if not m:
        return None
    subject, be, pred, rel, clause = m.groups()
    stoks, ctoks = subject.split(), clause.split()
    if _bare(subject) in ("this", "that", "it", "these", "those", "there", "he", "she", "they"):
        return None  # "This is a program." says nothing on its own
    if _bare(stoks[0]) in ("a", "an", "any", "every"):
        return None  # "A doll is an object that represents a baby": the clause is the definition
    if ctoks and len(ctoks) > 1 and _bare(ctoks[0]) in ADVERBS | {"still", "often", "usually"} and is_verb(ctoks[1]):
        ctoks = ctoks[1:]  # "who still uses …": the adverb stays in the clause
    if has_verb(stoks) or len(stoks) > 8 or not ctoks or not is_verb(ctoks[0]) \
            or not _long_enough(pred, minimum=2) or not _long_enough(clause, minimum=3):
        return None
    if re.search(r"[;:]\s|,\s+(?:which|who|but|while|whereas|so)\b", clause) or has_verb(pred.split()):
        return None
    plural = be in ("are", "were")
    if rel == "who":
        name = re.fullmatch(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){0,2}", subject)
        titled = stoks[1:] if len(stoks) == 3 and stoks[0] in _TITLE_WORDS else []
        if ctx.is_person(subject):
            who = ctx.short_name(subject)
        elif titled and name:
            who = ctx.short_name(" ".join(titled))  # "Coach Ruth Adeyemi" → "Adeyemi"
        elif name and not any(w in ORG_WORDS for w in stoks) and stoks[0] not in ("The", "A", "An"):
            who = subject
        elif plural:
            who = "They"
        else:
            return None  # "he" or "she": we do not guess
    else:
        if any(_bare(w) in PERSON_NOUNS for w in pred.split()):
            return None  # people are never "it"
        who = "They" if plural else "It"
    return [f"{subject} {be} {pred}", f"{who} {clause}"]


_MODAL_HAPPEN = {"may": "could", "might": "could", "could": "could", "would": "would", "will": "will"}


def rule_if_condition(s: str, ctx: Context) -> list[str] | None:
    """Easy level: ``It may cut power if people do not use less.`` → ``It may cut power.`` ``This could happen if …``"""
    if ctx.level != "easy":
        return None
    m = re.search(r"\s+(?:only\s+)?if\s+", s)
    if not m:
        return None
    left, right = s[:m.start()], s[m.end():]
    modal = next((_bare(t) for t in left.split() if _bare(t) in _MODAL_HAPPEN), None)
    if modal is None or ", " in right or not starts_clause(right.split()) or not _long_enough(left, minimum=6) \
            or not _long_enough(right, minimum=3) or re.search(r"\b(?:whether|ask|asked|know|knew|see)\s*$", left):
        return None
    only = "only " if "only if" in m.group(0) else ""
    return [left, f"This {_MODAL_HAPPEN[modal]} happen {only}if {right}"]


def rule_said_would_and(s: str, ctx: Context) -> list[str] | None:
    """Easy level: ``X said it would A and would not B.`` → ``X said it would A.`` ``X also said it would not B.``"""
    if ctx.level != "easy":
        return None
    m = re.match(r"^(.+?)\s+(said|says)\s+(it|they|he|she|we)\s+(would|will|could|can|may|might)\s+(.+)$", s)
    if not m:
        return None
    subject, verb, pron, modal, tail = m.groups()
    if has_verb(subject.split()) or len(subject.split()) > 7:
        return None
    who = _refer(subject.split(), ctx)
    if who is None:
        return None
    for at in re.finditer(r"\s+and\s+", tail):
        a = re.match(r"(?:(would|will|could|can|may|might)\s+)?(not\s+)?(\w+)\s+", tail[at.end():])
        if a is None:
            continue
        first, modal2, neg, base, rest = tail[:at.start()], a.group(1), a.group(2), a.group(3), tail[at.end() + a.end():]
        if ", " in first or base.lower() not in _BASES or not _long_enough(first, rest, minimum=3):
            continue
        second = f"{pron} {modal2 or modal} {neg or ''}{base} {rest}"
        return [f"{subject} {verb} {pron} {modal} {first}", f"{who} also {verb} {second}"]
    return None


_TIME_WORD = (r"(?:night|morning|afternoon|evening|day|week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|"
              r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|"
              r"December|\d{4}|noon|midnight)")


def rule_comma_when(s: str, ctx: Context) -> list[str] | None:
    """``The heat should break on Thursday night, when a cold front arrives.`` → ``….`` ``That is when a cold front arrives.``"""
    m = re.search(r"\b" + _TIME_WORD + r",\s+when\s+", s)
    if not m:
        return None
    left, right = s[:m.end() - len(m.group(0)) + len(m.group(0).split(",")[0])], s[m.end():]
    if not has_verb(left.split()) or not starts_clause(right.split()) or ", " in right \
            or not _long_enough(left, right, minimum=4):
        return None
    be = "was" if _tense(right.split()) == "ed" else "is"
    return [left, f"That {be} when {right}"]


def rule_depending(s: str, ctx: Context) -> list[str] | None:
    """``A line costs $5,000, depending on how deep it runs.`` → ``….`` ``This depends on how deep it runs.``"""
    m = re.search(r",\s+depending\s+on\s+", s)
    if not m:
        return None
    left, right = s[:m.start()], s[m.end():]
    if not has_verb(left.split()) or not _long_enough(left, right, minimum=3):
        return None
    return [left, f"This depends on {right}"]


def rule_mid_where(s: str, ctx: Context) -> list[str] | None:
    """``People in Flint, where X happened, welcomed Y.`` → ``In Flint, X happened.`` ``People in Flint welcomed Y.``"""
    m = re.match(r"^((?:(?!,\s).)+?\b(?:in|at)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})),\s+where\s+"
                 r"((?:(?!,\s).)+?),\s+(\S+)\s+(.+)$", s)
    if not m:
        return None
    subject, place, clause, verb, rest = m.groups()
    if has_verb(subject.split()) or not is_verb(verb) or not starts_clause(clause.split()) \
            or not _long_enough(clause, rest, minimum=3):
        return None
    return [f"In {place}, {clause}", f"{subject} {verb} {rest}"]


def rule_leading_with(s: str, ctx: Context) -> list[str] | None:
    """``But with 1.3 million soldiers in uniform it would appear …`` → ``But it has 1.3 million soldiers in uniform.`` ``So it would appear …``"""
    m = re.match(r"^(?:(But|And|Yet)\s+)?[Ww]ith\s+(.+?),?\s+(it|he|she|they|we)\s+(\w+)\s+(.+)$", s)
    if not m or not is_verb(m.group(4)) or has_verb(m.group(2).split()):
        return None
    conj, np, pron, verb, rest = m.groups()
    if word_count(np) < 2:
        return None
    have = "have" if pron in ("they", "we") else "has"
    first = f"{conj + ' ' if conj else ''}{pron} {have} {np}"
    return [first, f"So {pron} {verb} {rest}"]


_AFTER_FIRST = "\ue002"
"""Marks a piece that belongs right after the first sentence made from the piece before it."""


def _clause_verb_first(clause: str) -> bool:
    """True when a relative clause starts with its verb (``which employs …``, ``who was elected …``)."""
    toks = clause.split()
    if toks and _bare(toks[0]) in ADVERBS and len(toks) > 1:
        toks = toks[1:]
    if not toks:
        return False
    w = _bare(toks[0])
    if is_verb(toks[0]) or (len(w) > 4 and w.endswith("ed")):
        return True
    # "which employs 4,000 people": an -s word followed by a determiner or number
    nxt = _bare(toks[1]) if len(toks) > 1 else ""
    return (len(w) > 3 and w.endswith("s") and not w.endswith("ss")
            and (nxt in DETERMINERS | {"its", "his", "her", "their", "more", "about"} or nxt[:1].isdigit()))


_PEOPLE_WORDS = frozenset("boy boys girl girls man men woman women child children baby patient patients "
                          "pupil pupils son daughter mother father wife husband friend brother sister".split())


def _other_person_then_pronoun(aside: str, rest: str, ctx: Context) -> bool:
    """True when an aside names another person and the rest says he/she/his/her/him.

    Inside the sentence the pronoun may point at the person in the aside; once the aside
    is a sentence of its own, the reader takes it for the subject.
    """
    if not re.search(r"\b(?:he|she|his|her|him|hers|they|their|them)\b", rest, re.I):
        return False
    words = [_bare(w) for w in aside.split()]
    return any(w in _PEOPLE_WORDS or w in PERSON_NOUNS or w.rstrip("s") in PERSON_NOUNS for w in words) \
        or bool(_people_in(aside, ctx, loose=False))


def rule_mid_relative(s: str, ctx: Context) -> list[str] | None:
    """``The plan, which was drawn up by X, includes Y`` → ``The plan was drawn up by X.`` ``It includes Y.``"""
    m = re.match(r"^((?:(?!,\s).)+?),\s+(which|who|whose)\s+((?:(?!,\s).)+?(?:\([^)]*\))?),\s+(\S+)\s+(.+)$", s)
    if not m:
        return None
    subject, rel, clause, verb, rest = m.groups()
    stoks = subject.split()
    # "Judge Marian Okafor": a title is not the verb "judge"
    if has_verb(stoks[1:] if stoks[0] in _TITLE_WORDS else stoks) or len(stoks) > 8 \
            or not (is_verb(verb) or (_bare(verb) in ADVERBS and is_verb(rest.split()[0]))):
        return None
    main = f"{subject} {verb} {rest}"
    if _other_person_then_pronoun(clause, rest, ctx):
        return None  # "Dr. Farah, who treated the boy, told his parents …": whose parents, once apart?
    if rel == "whose":
        head = _bare(stoks[-1])
        if not has_verb(clause.split()):
            return None
        if ctx.is_person(subject) or head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS \
                or head in _PEOPLE_HEADS or re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}", subject) \
                or _short_person(stoks, ctx) is not None:
            # "The minister, whose department …": never "Its", and "his"/"her" would be a guess;
            # the owner's name says it: "The minister's department …"
            if "'" in subject or "’" in subject or len(stoks) > 4:
                return None
            mark = "’" if "’" in s else "'"
            owner = f"{subject}{mark}" if head.endswith("s") and not ctx.is_person(subject) else f"{subject}{mark}s"
            short = _short_person(stoks, ctx)
            if short is not None and _DEMONSTRATIVE_SUBJECT.search(rest):
                # "Kestrel, whose husband ran the paper, said that was fair": "that" points before the sentence
                return [main, f"{_AFTER_FIRST}{short}{mark}s {clause}"]
            if short is not None:
                main = f"{short} {verb} {rest}"  # "Chairman Edward Pell's father …" then "Pell said …"
            return [f"{owner} {clause}", main]
        plural = _refer(stoks, ctx) == "They"
        return [main, f"{_AFTER_FIRST}{'Their' if plural else 'Its'} {clause}"]
    # "which critics say is too vague": the relative word is an object; no safe split.
    if not _clause_verb_first(clause):
        return None
    if rel == "which":
        inner = _which_inner(subject, clause)
        if inner == "":
            return None  # "The roof of the hall, which …": which of the two it means is unclear
        if inner is not None:
            # "Residents of Willow Street, which runs along the river, …": the street runs, not the residents
            return [f"{capitalize_first(inner)} {clause}", main]
    ref = _refer(stoks, ctx)
    if rel == "who" and re.fullmatch(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’-]+){1,2}", subject) \
            and not any(w in ORG_WORDS for w in stoks) and stoks[0] not in ("The", "A", "An"):
        # "Dev Patel, who voted …, said": "who" names a person; repeat the name, never guess he/she
        titled = next((" ".join(stoks[k:]) for k in range(1, len(stoks))
                       if ctx.is_person(" ".join(stoks[k:])) and len(stoks) - k >= 2), None)
        if ctx.is_person(subject):
            ref = ctx.short_name(subject)
        elif titled is not None or stoks[0] in _TITLE_WORDS and len(stoks) == 3:
            ref = stoks[-1]  # "Striker Aisha Kamara, who joined …, scored" → "Kamara scored"
        else:
            ref = stoks[-1] if len(stoks) == 2 and not re.search(r"-[a-z]", stoks[1]) else subject
    if ref is None:
        return None
    if rel == "who" and not (ctx.is_person(subject) or ref in (subject, stoks[-1]) or ref == "They"
                             or ref.startswith("The ")):
        return None
    if rel == "who" and _DEMONSTRATIVE_SUBJECT.search(rest):
        # "Reiner, who played in Ohio before moving into finance, said that would not happen": "that" is
        # what came before the sentence; told after the aside it would point at the aside.
        return [f"{subject} {verb} {rest}", f"{_AFTER_FIRST}{ref} {clause}"]
    # Keep the order of information: what the relative clause says first, then the main clause.
    again = "It" if rel == "which" and ref.startswith("The ") and not ref.endswith("s") else ref
    return [f"{subject} {clause}", f"{again} {verb} {rest}"]


_DEMONSTRATIVE_SUBJECT = re.compile(
    r"\b(?:this|that|these|those)\s+(?:will|would|could|can|may|might|must|should|is|was|are|were|has|had|have|"
    r"did|does|meant|means|made|makes|helped|showed|shows)\b")
"""``this``/``that`` as a subject pointing back (``said that would not happen``), not ``that`` opening a clause."""


_ROLE_END = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman)$")


def _short_person(stoks: list[str], ctx: Context) -> str | None:
    """The surname to repeat for a subject that is a (titled) person's name, else None."""
    words = list(stoks)
    while len(words) > 2 and words[0] in _TITLE_WORDS:
        words = words[1:]  # "Police Chief Marta Solis"
    role = len(words) - 3 if len(words) >= 3 and words[-3].islower() else None
    if role is not None and (
            _bare(words[role]) in PERSON_NOUNS or _ROLE_END.search(_bare(words[role]))):
        words = words[role + 1:]  # "Local grower Sam Reid": a role noun, then the name
    name = " ".join(words)
    if ctx.is_person(name):
        return ctx.short_name(name)
    if len(words) < len(stoks) and len(words) == 2 and all(w[:1].isupper() for w in words):
        return words[-1]
    return None


_INNER_PREPOSITIONS = r"(?:of|in|on|at|near|along|beside|from|for|inside|outside|around|behind)"
_PEOPLE_HEADS = frozenset("people residents police staff families children crowds fans voters workers".split())


def _which_inner(subject: str, clause: str) -> str | None:
    """What ``which`` points at when the subject ends in a phrase (``Residents of Willow Street``).

    ``None``: the subject as a whole (no inner phrase, or the verb agrees only with the head);
    the inner noun phrase when the head is people (never "which") or only it agrees; ``""`` when unclear.
    """
    m = re.match(r"^(.+?)\s+" + _INNER_PREPOSITIONS + r"\s+(.+)$", subject)
    if m is None:
        return None
    head, inner = m.group(1).split(), m.group(2)
    last = re.split(r"\s+" + _INNER_PREPOSITIONS + r"\s+", inner)[-1]
    head_word = _bare(head[-1])
    if head_word in PERSON_NOUNS or head_word.rstrip("s") in PERSON_NOUNS or head_word in _PEOPLE_HEADS:
        return last
    ctoks = clause.split()
    if ctoks and _bare(ctoks[0]) in ADVERBS and len(ctoks) > 1:
        ctoks = ctoks[1:]
    verb = _bare(ctoks[0]) if ctoks else ""
    if verb in ("is", "was", "has", "does") or (verb.endswith("s") and not verb.endswith("ss") and verb in VERB_FORMS):
        singular = True
    elif verb in ("are", "were", "have", "do"):
        singular = False
    else:
        return ""

    def plural(np: str, at_start: bool) -> bool:
        w = np.split()[-1]
        name = w[:1].isupper() and not (at_start and len(np.split()) == 1)  # "Shopkeepers" opens the sentence
        return not name and w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is", "'s", "’s"))

    head_fits, inner_fits = plural(" ".join(head), True) != singular, plural(last, False) != singular
    if head_fits and not inner_fits:
        return None
    if inner_fits and not head_fits:
        return last
    return ""


PERSON_NOUNS = frozenset(
    "minister president mayor leader spokesperson spokesman spokeswoman officer man woman boy girl "
    "child teacher doctor nurse driver pilot player coach judge lawyer senator governor chief "
    "executive director manager owner founder author singer actor artist farmer worker resident "
    "victim suspect witness soldier general captain king queen prince princess pope bishop priest "
    "father mother son daughter husband wife brother sister chairman chairwoman chair secretary "
    "ambassador envoy official expert analyst researcher scientist professor student member "
    "candidate champion winner boss head firefighter paramedic volunteer rescuer troop trooper guard crew "
    "engineer fan supporter passenger patient pupil villager protester demonstrator refugee migrant "
    "diver climber rider runner swimmer".split())
"""Nouns for people: they are never repeated as "it"."""

_PARTICIPLE_WORD = re.compile(r"^(?:\w+ed|\w+en|built|made|held|led|run|known|seen|set|hit|cut|put|left|"
                              r"sent|sold|told|found|paid|caught|taught|brought|bought|won|lost)$")


def rule_mid_aside(s: str, ctx: Context) -> list[str] | None:
    """``The storm, the strongest in a decade, destroyed …`` → ``The storm destroyed ….`` ``It was the strongest in a decade.``"""
    m = re.match(r"^((?:The|A|An|This|Its|Their|Our)\s+(?:(?!,\s).)+?),\s+((?:(?!,\s).)+?),\s+(\S+)\s+(.+)$", s)
    if not m:
        return None
    subject, aside, verb, rest = m.groups()
    stoks, atoks = subject.split(), aside.split()
    if has_verb(stoks) or len(stoks) > 6 or not is_verb(verb) or len(atoks) < 2 \
            or (_bare(verb).endswith("ing") and _bare(verb) not in AUX):
        return None  # "The ferry sank in 1954, the worst …, killing 212": "killing" is no main verb
    ref = _refer(stoks, ctx)
    if ref is None or ctx.is_person(subject):
        return None
    plural = ref == "They"
    it = "They" if plural else "It"
    now = False
    head = _bare(stoks[-1])
    if head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS:
        it = subject  # "The minister …", never "It"
    elif stoks[-1][:1].isupper() and ref == subject:
        # "The Redcliffe Vipers, a team from the north, won …": a name, never "It"; what it is, it is now
        it = subject
        plural = _plural_word(stoks[-1])
        now = True
    elif plural and stoks[-1].isalpha() and stoks[-1].islower() and len(stoks) > 1:
        # The aside follows the main clause, whose own plurals ("higher wages", "repairs") would
        # take "They": "The club's annual accounts, published in March, showed …" → "The accounts were …"
        it = f"The {stoks[-1]}"
    past = (_tense([verb]) == "ed" or _bare(verb) in ("was", "were", "had")) and not now
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    first = _bare(atoks[0])
    if first.endswith("ing") and ing_base(first) and not has_verb(atoks[1:]) and it == subject:
        # "The minister, speaking at a news conference, said …" → "… said …" "The minister was speaking …"
        return [f"{subject} {verb} {rest}", f"{_AFTER_FIRST}{it} {'were' if plural else 'was'} {aside}"]
    finite = [t for i, t in enumerate(atoks) if is_verb(t, atoks[i - 1] if i else "")
              and not (i and _bare(atoks[i - 1]) == "to")]
    if first in ("the", "a", "an") and not finite and not atoks[-1][:1].isupper():
        return [f"{subject} {verb} {rest}", f"{_AFTER_FIRST}{it} {be} {aside}"]
    if _PARTICIPLE_WORD.match(first) and not has_verb(atoks[1:]):
        if first in ("based", "located", "headquartered", "situated", "known", "called", "named"):
            # a state, true now whatever the main verb's tense: "It is based in Leeds."
            return [f"{subject} {verb} {rest}", f"{_AFTER_FIRST}{it} {'are' if plural else 'is'} {aside}"]
        # a participle tells what was done to it: "was"/"were"
        was = "were" if plural else "was"
        if any(
                is_verb(m.group(1)) and not m.group(1).endswith("ing")
                for m in re.finditer(r"\s(?:and|but)\s+(?:also\s+)?(\w+)", rest)):
            # "The team, led by X, fitted tags to 480 bees and tracked them …": the main clause will split in
            # two, and "It was led by X" between the halves would part "them" from the bees; say it first
            return [f"{subject} {was} {aside}", f"{subject} {verb} {rest}"]
        return [f"{subject} {verb} {rest}", f"{_AFTER_FIRST}{it} {was} {aside}"]
    return None


def rule_also_that(s: str, ctx: Context) -> list[str] | None:
    """``Scientists say A, and that B`` → ``Scientists say A.`` ``They also say that B.``"""
    m = re.match(r"^(.+?)\s+(say|says|said|warn|warns|warned|believe|believes|believed|argue|argues|argued)"
                 r"\s+(?:that\s+)?(.+?),\s+and\s+that\s+(.+)$", s)
    if not m:
        return None
    subject, verb, a, b = m.groups()
    ref = _refer(subject.split(), ctx)
    if ref is None or not starts_clause(b.split()) or has_verb(subject.split()):
        return None
    return [f"{subject} {verb} {a}", f"{ref} also {verb} that {b}"]


def rule_trailing_time(s: str, ctx: Context) -> list[str] | None:
    """``X voted on Tuesday, two years after the river flooded`` → ``X voted on Tuesday.`` ``That was two years after the river flooded.``"""
    m = re.search(r",\s+((?:about |almost |nearly |just |more than |less than )?(?:a|an|one|two|three|four|five|"
                  r"six|seven|eight|nine|ten|several|\d+) (?:years?|months?|weeks?|days?|hours?) "
                  r"(?:after|since|before) .+)$", s)
    if not m:
        return None
    left, tail = s[:m.start()], m.group(1)
    after = re.split(r"\s(?:after|since|before)\s", tail, maxsplit=1)[-1]
    if not has_verb(left.split()) or not starts_clause(after.split()) or word_count(left) < 6:
        return None
    was = "That was" if _tense(left.split()) == "ed" else "This is"
    return [left, f"{was} {tail}"]


def rule_trailing_superlative(s: str, ctx: Context) -> list[str] | None:
    """``… after a five-day strike, the longest in its history`` → ``… strike.`` ``It was the longest in its history.``"""
    m = re.search(r",\s+(the\s+(?:\w+est|first|last|only|latest|biggest|largest|worst|best)\s+[^,]+)$", s)
    if not m:
        return None
    left = s[:m.start()]
    if has_verb(m.group(1).split()) or not has_verb(left.split()) or word_count(left) < 6:
        return None
    if left.split()[-1][:1].isupper() or left.split()[-1][:1].isdigit() \
            or _bare(left.split()[-1]) in PERSON_NOUNS:
        return None  # "son of Mirian III, the first king": a person or a name, not "it"
    was = "It was" if _tense(left.split()) == "ed" else "It is"
    return [left, f"{was} {m.group(1)}"]


def rule_role_name(s: str, ctx: Context) -> list[str] | None:
    """``The hospital's chief executive, Mark Hollis, said …`` → ``Mark Hollis is the hospital's chief executive.`` ``Hollis said …``"""
    m = re.match(r"^(?:(But|And|So)\s+)?((?:The|A|An|Its|Their|[A-Z][\w'’-]+['’]s)\s+[^,]{2,60}),\s+"
                 r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:who\s+((?:(?!,\s).)+),\s+)?(\S+)\s+(.+)$", s)
    if not m:
        return None
    conj, role, name, who, verb, rest = m.groups()
    if has_verb(role.split()) or not is_verb(verb) or any(w in ORG_WORDS for w in name.split()):
        return None
    if who is not None and not _clause_verb_first(who):
        return None
    role = role[0].lower() + role[1:] if role.split()[0] in ("The", "A", "An", "Its", "Their") else role
    role_head = _bare(re.split(r"\s+(?:of|for|at|in|on)\s+", role)[0].split()[-1])
    if role_head in _ORG_HEADS or role_head.capitalize() in ORG_WORDS:
        short = name  # "The company, Carrick Ferries, said": a firm keeps its whole name, never "Ferries"
    elif ctx.is_person(name):
        short = ctx.short_name(name)
    elif role_head in PERSON_NOUNS or role_head.rstrip("s") in PERSON_NOUNS or role_head in _PEOPLE_WORDS:
        short = name.split()[-1]
    else:
        short = name  # "The drug maker, Velan Pharma, hopes …": a company is not "Pharma"
    second = f"{conj + ' ' if conj else ''}{short} {verb} {rest}"
    if who is not None:
        return [f"{name} is {role}", f"{short} {who}", second]
    return [f"{name} is {role}", second]


_BUSINESS_WORDS = frozenset(("Ferries Foods Partners Airlines Airways Motors Holdings Industries Systems Services Sports "
                             "Media Group Energy Power Water Rail Railways Buses Homes Stores Brands Foods Farms Mills "
                             "Pharma Labs Technologies Capital Investments Logistics Hydro Telecom Communications "
                             "Entertainment Productions Records Studios Construction Developments Properties").split())
"""Last words of company names ("Carrick Ferries", "Ferrow Foods"): a name ending so is no person."""

_ORG_HEADS = frozenset("company firm club group charity union council operator maker business bank airline team "
                       "band party school hospital university college agency authority board trust carrier "
                       "retailer insurer developer publisher broadcaster network chain brand".split())
"""Role nouns that name an organisation, not a person ("The operator, Carrick Ferries, …")."""


_ROLE_NOUNS = ("dictator|leader|president|prime minister|foreign minister|defence minister|defense minister|"
               "chancellor|king|queen|ruler|spokesperson|spokesman|spokeswoman|envoy|ambassador|mayor|governor|"
               "chief executive|chief|coach|captain|minister|secretary")


def rule_role_before_name(s: str, ctx: Context) -> list[str] | None:
    """At easy, ``… between Putin and North Korea's unpredictable dictator Kim Jong-un could …`` →
    ``Kim Jong-un is North Korea's unpredictable dictator.`` ``… between Putin and Kim Jong-un could …``"""
    if ctx.level != "easy" or word_count(s) <= 15:
        return None
    for m in re.finditer(r"(?<=\s)((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+['’]s)\s+((?:[a-z][\w-]*\s+){0,2}?)"
                         r"(" + _ROLE_NOUNS + r")\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})", s):
        owner, adjectives, role, name = m.groups()
        if not ctx.is_person(name) or _MASK.search(m.group()) or any(is_verb(w) for w in adjectives.split()):
            continue
        rest = s[:m.start()] + name + s[m.end():]
        return [f"{name} is {owner} {adjectives}{role}", rest]
    return None


_ROLE_AT_ORG_IN = re.compile(
    r"^(.+?\s(?:is|was|are|were)\s+(?:now\s+|also\s+)?(?:a|an|the)\s+[^,]+?\s(?:at|with|of|for)\s+(?:the\s+)?"
    r"((?:[A-Z][\w'’.&-]*\s+){0,4}[A-Z][\w'’.&-]*)(?:\s+(?:for|of)\s+((?:[A-Z][\w'’-]*\s*){1,4}))?)"
    r"\s+in\s+([A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,2})$")


def rule_role_org_place(s: str, ctx: Context) -> list[str] | None:
    """At easy, ``X is an analyst with the Center for Defence Strategies in Kyiv`` →
    ``X is an analyst with the Center for Defence Strategies.`` ``The center is in Kyiv.``"""
    if ctx.level != "easy" or _MASK.search(s) or word_count(s) < 11:
        return None
    m = _ROLE_AT_ORG_IN.match(s)
    if not m:
        return None
    left, org, _of, place = m.groups()
    head = re.sub(r"['’]s$", "", org.split()[-1])
    if head not in ORG_WORDS or word_count(left) < 7:
        return None  # "at King's College London in 2019": only a named organisation has a place
    return [left, f"The {head.lower()} is in {place}"]


_FIRST_TIME = re.compile(r"^(?:(But|And|So|Yet)\s+)?(this|it|that)\s+(would be|will be|is|was)\s+the first time\s+(?:that\s+)?"
                         r"(?:a|an)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(has|have|had)\s+([a-z]+)\s+(.+)$",
                         re.IGNORECASE)


def rule_first_time(s: str, ctx: Context) -> list[str] | None:
    """At easy, ``But this would be the first time that a foreign country has lent X`` →
    ``But no foreign country has lent X before.`` ``This would be the first time.``"""
    if ctx.level != "easy" or _MASK.search(s):
        return None
    m = _FIRST_TIME.match(s)
    if not m:
        return None
    conj, _this, be, noun, aux, participle, rest = m.groups()
    if not (participle.endswith(("ed", "en", "t", "n")) and is_verb(participle)) or word_count(rest) < 2 \
            or re.search(r"\b(?:before|ever|yet)\b", rest):
        return None
    first = f"{conj + ' ' if conj else ''}no {noun} {aux} {participle} {rest} before"
    return [capitalize_first(first), f"This {be} the first time"]


_HEAD_TITLES = ("President|Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Finance Minister|"
                "Health Minister|Chancellor|Secretary of State|Defence Secretary|Defense Secretary|Governor|Mayor|"
                "Premier|King|Queen|Pope|Chief Justice|Police Chief|Fire Chief")


def rule_title_name_start(s: str, ctx: Context) -> list[str] | None:
    """At easy, ``Ukrainian President Volodymyr Zelenskyy wrote …`` → ``Volodymyr Zelenskyy is the Ukrainian president.`` ``Zelenskyy wrote …``"""
    if ctx.level != "easy" or _MASK.search(s):
        return None
    m = re.match(r"^(?:(But|And|So)\s+)?((?:[A-Z][\w'’-]+\s+){0,2}?)(" + _HEAD_TITLES
                 + r"|(?:[A-Z][a-z]+\s+)?(?:Minister|Secretary))\s+"
                 r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+([a-z]\S*)\s+(.+)$", s)
    if not m:
        return None
    conj, place, title, name, verb, rest = m.groups()
    place = place.strip()
    if not ctx.is_person(name) or not is_verb(verb) or word_count(rest) < 3:
        return None
    if place and not (place.endswith(("'s", "’s")) or is_proper_adjective(place.split()[-1])):
        return None  # "Acting President …" or an unknown word before the title: leave it
    who = role_phrase(place, title)
    second = f"{conj + ' ' if conj else ''}{ctx.short_name(name)} {verb} {rest}"
    return [f"{name} is {who}", second]


def rule_with_own_ing(s: str, ctx: Context) -> list[str] | None:
    """``… an ally with its soldiers potentially fighting beside X`` → ``… an ally.`` ``Its soldiers are potentially fighting beside X.``"""
    m = re.search(r"\s+with\s+(its|their|his|her|our)\s+(\w+)\s+((?:\w+ly\s+)?)(\w+ing)\s+(.+)$", s)
    if not m:
        return None
    left = s[:m.start()]
    owner, noun, adv, ing, rest = m.groups()
    if not has_verb(left.split()) or word_count(left) < 5 or ing_base(ing) is None or "," in rest:
        return None
    plural = noun.endswith("s") and not noun.endswith("ss")
    past = _tense_last(left.split()) == "ed"
    be = ("were" if plural else "was") if past else ("are" if plural else "is")
    return [left, f"{owner.capitalize()} {noun} {be} {adv}{ing} {rest}"]


_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|weekend|night|morning)"


def rule_time_then_place(s: str, ctx: Context) -> list[str] | None:
    """``X spoke on Thursday at the end of the summit in Kazan`` → ``X spoke on Thursday.`` ``That was at the end of the summit in Kazan.``"""
    m = re.search(r"\b((?:on|last|this|that) " + _DAY + r")\s+((?:at the end of|at the start of|during|at)\s+.+)$", s)
    if not m or word_count(s[:m.end(1)]) < 6 or word_count(m.group(2)) < 4:
        return None
    was = "That was" if _tense(s.split()) == "ed" or re.search(r"\b(made|was|were|had)\b", s[:m.start()]) else "This is"
    return [s[:m.end(1)], f"{was} {m.group(2)}"]


def rule_rather_than(s: str, ctx: Context) -> list[str] | None:
    """``They rely on A, rather than on B, to do C`` → ``They rely on A to do C.`` ``They do not rely on B.``"""
    m = re.match(r"^(.+?)\s+(\w+)\s+(on|in|with|to|for)\s+(.+?),\s+rather than\s+(?:(on|in|with|to|for)\s+)?(.+?),\s+(.+)$", s)
    if not m:
        return None
    subject, verb, prep, a, prep2, b, rest = m.groups()
    if not is_verb(verb) or has_verb(a.split()) or has_verb(b.split()):
        return None
    base = None
    for cand, form in analyses(verb.lower()):
        if form in ("s", "base", "ed"):
            base, vform = cand, form
            if cand in _BASES:
                break
    if base is None:
        return None
    do = {"ed": "did", "s": "does"}.get(vform, "do")
    return [f"{subject} {verb} {prep} {a} {rest}", f"{subject} {do} not {base} {prep2 or prep} {b}"]


def rule_time_lead(s: str, ctx: Context) -> list[str] | None:
    """``More than two years after the war began, X …`` → ``X …`` ``This is more than two years after the war began.``"""
    m = re.match(r"^((?:More|Less) than .+? (?:years?|months?|weeks?|days?) (?:after|since|before) [^,]+),\s+(.+)$", s)
    if not m or not starts_clause(m.group(2).split()):
        return None
    lead = m.group(1)
    if re.search(r"\b(?:one|ones|it|its|they|them|their|there|he|she|his|her|him)\b", m.group(2), re.I):
        return None  # "…after the fire destroyed the theatre, the city chose a design for a new one"
    was = "That was" if _tense(m.group(2).split()) == "ed" else "This is"
    return [m.group(2), f"{was} {lead[0].lower()}{lead[1:]}"]


_DURATION_LEAD = re.compile(
    r"^(For (?:more than |less than |about |nearly |almost |over |at least )?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|\d+) (?:full |long )?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)(?: after that| afterwards?)?),\s+(.+)$")
_NEGATIVE = re.compile(r"\b(?:not|never|no|nobody|nothing|none|neither|nor)\b|n['’]t\b", re.IGNORECASE)


def rule_duration_lead(s: str, ctx: Context) -> list[str] | None:
    """Easy: ``For more than a week, officials danced around it`` → ``Officials danced around it.`` ``This went on for more than a week.``"""
    m = _DURATION_LEAD.match(s)
    if ctx.level != "easy" or not m:
        return None
    lead, main = m.groups()
    tokens = main.split()
    # Only a past action that lasted: "nobody came" for a week is not something that "went on".
    if not starts_clause(tokens) or _tense(tokens) != "ed" or _NEGATIVE.search(main) or _MASK.search(main):
        return None
    return [main, f"This went on {lead[0].lower()}{lead[1:]}"]


_TIME_LEAD = re.compile(
    r"^((?:Earlier|Later) (?:this|that|last) (?:week|month|year)|Last (?:week|month|year|" + _MONTH + r")"
    r"|(?:On|Last|This|Earlier on) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|In (?:(?:early|late|mid-)\s?)?(?:" + _MONTH + r"|\d{4}))"
    r",\s+(.+?)\s+(said|says|announced|reported|warned|wrote|added)\s+(?:that\s+)?(.+)$")


def rule_time_said(s: str, ctx: Context) -> list[str] | None:
    """Easy: ``Earlier this year, the army said S`` → ``The army said S.`` ``It said this earlier this year.``"""
    m = _TIME_LEAD.match(s)
    if ctx.level != "easy" or not m:
        return None
    lead, subject, verb, claim = m.groups()
    tokens = subject.split()
    if not 1 <= len(tokens) <= 5 or has_verb(tokens) or "," in subject or _MASK.search(subject) \
            or _MASK.match(claim) or word_count(claim) < 6 or not starts_clause(claim.split()):
        return None  # a quotation or a short claim reads better whole
    full = " ".join(tokens)
    if ctx.is_person(full) or ctx.is_person(tokens[-1]):
        ref = ctx.short_name(full if ctx.is_person(full) else tokens[-1])
    elif tokens[-1][:1].isupper() and tokens[0].lower() not in DETERMINERS and tokens[-1] not in ORG_WORDS:
        return None  # "Deputy Mayor Ann Cole": a person the article never named — no pronoun to guess
    else:
        head = _bare(tokens[-1])
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is")) or "and" in [t.lower() for t in tokens]
        ref = "They" if plural or head in ("police", "people") else "It"
    main = f"{subject[0].upper()}{subject[1:]} {verb} {claim}"
    return [main, f"{ref} {verb} this {lead[0].lower()}{lead[1:]}"]


_QUESTION = re.compile(
    r"^(?P<pre>.+?)\s+(?P<poss>his|her|their)\s+(?P<noun>[\w-]+)\s+in (?:response|reply|answer) to "
    r"(?:a|an)\s+(?:(?P<asker>[a-z]+)['’]s\s+)?question\s+(?:from (?P<from>(?:a|an|the)\s+[a-z]+s?)\s+)?"
    r"about\s+(?P<about>.+?)\s+as\s+(?P<as>[a-z]+(?:\s+[a-z]+)?)$")
_OBJECT = {"his": "him", "her": "her", "their": "them"}


def rule_question_asked(s: str, ctx: Context) -> list[str] | None:
    """Easy: ``Observers take his non-denial in response to a journalist's question about X as proof`` →
    ``A journalist asked him about X.`` ``Observers take his non-denial as proof.``"""
    m = _QUESTION.match(s)
    if ctx.level != "easy" or not m or _MASK.search(s):
        return None
    asker = f"A {m['asker']}" if m["asker"] else (m["from"] or "")
    pre = m["pre"].split()
    if pre and pre[0] in ("But", "And", "So", "Yet"):
        pre = pre[1:]
    if not asker or not pre or not starts_clause(pre):
        return None
    asker = asker[0].upper() + asker[1:]
    asker = re.sub(r"^A (?=[aeiou])", "An ", asker)
    # The question came before the answer that is being weighed: it is told in the past.
    return [f"{asker} asked {_OBJECT[m['poss']]} about {m['about']}",
            f"{m['pre']} {m['poss']} {m['noun']} as {m['as']}"]


_MUCH_TALK = re.compile(r"^There(?:['’]s| has| had) been ((?:(?:much|a lot of|lots of|some|a great deal of|widespread|"
                        r"growing|intense|fresh|renewed)\s+)?(talk|speculation|rumou?rs?))\s+that\s+(.+)$")


def rule_much_talk(s: str, ctx: Context) -> list[str] | None:
    """Easy: ``There's been widespread speculation that S`` → ``There has been widespread speculation.``
    ``Many people think S.`` (talk and rumours: ``People say S.``)"""
    m = _MUCH_TALK.match(s)
    if ctx.level != "easy" or not m or not starts_clause(m.group(3).split()) or _MASK.search(s):
        return None
    had = " had " in s[:20]
    what, noun, claim = m.groups()
    if noun == "speculation":
        second = f"Many people {'thought' if had else 'think'} {claim}"
    else:
        second = f"People {'said' if had else 'say'} {claim}"
    return [f"There {'had' if had else 'has'} been {what}", second]


_TRAILING_SAID = re.compile(
    r"^(?P<claim>.+),\s+(?P<who>(?:the|a|an|[A-Z])[\w'’.\- ]{0,60}?)\s+(?P<verb>said|says|reported|reports|added|"
    r"wrote|announced|announces|warned|warns|estimated|estimates|concluded|found)"
    r"(?P<pp>(?:\s+(?:in|on|at|last|this|late|early|earlier|after)\s+[^,]+)?)$")


def _clause_like(text: str) -> bool:
    # "It seals its shell …": our verb list misses "seals", but a subject pronoun opens a clause anyway.
    tokens = text.split()
    return starts_clause(tokens) or (bool(tokens) and _bare(tokens[0]) in SUBJ_PRONOUNS - {"there"}) \
        or has_verb(tokens)


def rule_trailing_said(s: str, ctx: Context) -> list[str] | None:
    """``S, the union said on Wednesday`` → ``S.`` ``The union said this on Wednesday.`` (a long claim only)."""
    m = _TRAILING_SAID.match(s)
    if not m:
        return None
    claim, who, verb, pp = m["claim"], m["who"], m["verb"], m["pp"]
    words_who = who.split()
    if word_count(claim) < 10 or len(words_who) > 8 or has_verb(words_who) or _MASK.search(who + pp) \
            or _MASK.match(claim) or not _clause_like(claim) \
            or not (pp or word_count(claim) >= (16 if ctx.level == "easy" else 22)):
        return None  # a short claim with its speaker reads well as one sentence
    if words_who[0] in ("a", "an", "the"):
        who = who[0].upper() + who[1:]
    return [claim, f"{who} {verb} this{pp}"]


def rule_according_to(s: str, ctx: Context) -> list[str] | None:
    """``S, according to a report published on Tuesday`` → ``S.`` ``This is according to a report published on Tuesday.``"""
    m = _ACCORDING_TO.match(s)
    if not m:
        return None
    claim, source = m.groups()
    if word_count(claim) < 10 or _MASK.search(source) or _MASK.match(claim) or not has_verb(claim.split()):
        return None
    return [claim, f"This is according to {source}"]


_CLAIM_NOUNS = "alarm|fear|fears|claim|claims|warning|news|report|reports|suggestion|idea|possibility"


def rule_noun_that(s: str, ctx: Context) -> list[str] | None:
    """``X raised the alarm that S`` → ``X raised the alarm.`` ``X said S.``"""
    m = re.match(r"^(.+?\b(raised|issued|gave|made|repeated|dismissed|rejected|denied) (?:the|a|an|new) "
                 r"(" + _CLAIM_NOUNS + r"))\s+that\s+(.+)$", s)
    if not m or not starts_clause(m.group(4).split()):
        return None
    lead, verb_word, noun, claim = m.groups()
    past = _tense(lead.split()) == "ed"
    if verb_word in ("dismissed", "rejected", "denied") or noun in (
            "possibility", "idea", "suggestion", "fear", "fears", "news", "report", "reports"):
        # "dismissed the claim that S" never means "said S"; a fear or a possibility is not a claim
        plural = noun.endswith("s") and noun != "news"
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        return [lead, f"The {noun} {be} that {claim}"]
    subj = _subject(m.group(1).split())
    if subj is None:
        return None
    ref = _refer(subj[0], ctx)
    if ref is None:
        return None
    verb = "said" if past else "says"
    return [lead, f"{ref} {verb} {claim}"]


RULES = (rule_semicolon, rule_colon, rule_born, rule_parenthesis, rule_dashes, rule_lead_in, rule_possessive_lead,
         rule_that_of,
         rule_leading_subordinate, rule_quote_and, rule_appositive_start, rule_appositive_end, rule_speaker_who, rule_speaker_adding,
         rule_mid_where, rule_mid_relative, rule_mid_aside, rule_also_that, rule_role_name, rule_title_name_start, rule_role_before_name, rule_first_time, rule_role_org_place, rule_trailing_time, rule_trailing_superlative,
         rule_coordination, rule_and_name, rule_concession, rule_because, rule_relative, rule_trailing_participle,
         rule_with_participle, rule_with_absolute, rule_verb_then_ing, rule_vp_coordination, rule_but_verb, rule_leading_with, rule_when,
         rule_rather_than, rule_time_then_place, rule_time_lead, rule_duration_lead, rule_time_said, rule_question_asked, rule_much_talk, rule_trailing_said, rule_according_to, rule_noun_that, rule_with_own_ing,
         rule_after, rule_said_and_that, rule_trailing_amount, rule_trailing_appositive, rule_depending,
         rule_is_a_that, rule_if_condition, rule_said_would_and, rule_comma_when, rule_no_doubt, rule_especially, rule_trailing_place)


# -- quotations and who said them --------------------------------------------------

_MASK_TOKEN = _MASK_OPEN + r"\d+" + _MASK_CLOSE
_VERBS_RE = "|".join(_SPEECH_VERBS)
_WHO = (r"(?:(?:[a-z]+\s+){0,3}[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:a|an|the)\s+[\w\s'’-]+?"
        r"|he|she|they|it|we|I)")


def _parse_attribution(rest: str, ctx: Context) -> tuple[str, str, str, bool] | None:
    """``said the Russian president`` / ``she told CBC News in an interview`` → (who, verb, rest, verb_first)."""
    rest = rest.strip().rstrip(".").strip()
    m = re.fullmatch(r"(" + _VERBS_RE + r")\s+(" + _WHO + r")((?:\s+(?:on|in|to)\s+[^,]+)?)", rest)
    if m:
        who, tail = m.group(2), m.group(3)
        if who.lower().startswith(("a ", "an ", "the ")) and re.search(r"\s(on|in|to)\s", who):
            return None
        return who, m.group(1), tail, True
    m = re.fullmatch(r"(" + _WHO + r")\s+(" + _VERBS_RE + r")((?:\s+[^,]+)?)", rest)
    if m:
        return m.group(1), m.group(2), m.group(3), False
    return None


def _quote_sentences(quote: str) -> list[str]:
    """A quotation's own sentences, each in its own quotation marks."""
    open_mark = quote[:1] if quote[:1] in "\"“" else ""
    close_mark = "”" if open_mark == "“" else ('"' if open_mark else "")
    inner = quote[1:] if open_mark else quote
    if inner.endswith(("\"", "”")):
        inner = inner[:-1]
    parts = re.split(r"(?<=[^A-Z.][.!?])\s+(?=[\"“A-Z\[])", inner.strip())
    return [f"{open_mark}{p}{close_mark}" for p in parts if p]


def _end_quote(q: str) -> str:
    """Make a quoted sentence end with a full stop inside the marks (``thing,"`` → ``thing."``)."""
    m = re.match(r"^(.*?)([,;:]?)([\"”]?)$", q, re.S)
    if m is None:
        return q
    body, _, mark = m.groups()
    if not body.rstrip().endswith((".", "!", "?")):
        body = body.rstrip() + "."
    return body + mark


def split_quote_sentence(p: str, masked: Masked, ctx: Context) -> list[str] | None:
    """``"Q1. Q2," said X.`` → ``"Q1," said X.`` ``"Q2."`` (plain) or ``X said: "Q1."`` ``"Q2."`` (easy).

    ``p`` is a masked piece of ``masked``; the result is finished, unmasked text.
    """
    p = p.strip()
    m = re.match(r"^(" + _MASK_TOKEN + r")\s*,?\s*(.*)$", p, re.S)
    if m:
        quote = masked.unmask(m.group(1))
        rest = m.group(2)
        more: list[str] = []
        mm = re.search(r"((?:\s*" + _MASK_TOKEN + r")+)\s*$", rest)
        if mm:
            more = [masked.unmask(t) for t in re.findall(_MASK_TOKEN, mm.group(1))]
            rest = rest[:mm.start()]
        if any(not _balanced(q) for q in [quote, *more]):
            return None
        pieces = _quote_sentences(quote)
        extra = [_end_quote(x) for q in more for x in _quote_sentences(q)]
        if not rest.strip(" .,"):
            if len(pieces) + len(extra) == 1:
                return None
            return [_end_quote(x) for x in pieces] + extra
        # "said Sen. Tammy Reyes, D-N.M., who wrote the bill with …": the aside about the speaker
        # becomes a sentence of its own after the quotation; a party-and-state tag stays with the name.
        after: list[str] = []
        aside = re.match(r"^(.*?),\s+who\s+(.+?)\.?\s*$", rest.strip())
        if aside and _clause_verb_first(aside.group(2)) and not _MASK.search(aside.group(2)):
            rest, aside_text = aside.group(1), aside.group(2)
        else:
            aside_text = ""
        party = re.search(r",\s+([DRI]-[A-Z][A-Za-z.]*(?:-[A-Z][A-Za-z.]*)?),?\s*$", rest)
        tag = ""
        if party:
            tag, rest = party.group(1), rest[:party.start()]
        attr = _parse_attribution(rest, ctx)
        if attr is None:
            return None
        who, verb, tail, verb_first = attr
        if aside_text:
            name = " ".join(w for w in who.split() if w not in _TITLE_WORDS)
            short = ctx.short_name(name) if ctx.is_person(name) else capitalize_first(who)
            after = [finish(f"{short} {aside_text}")]
        if tag:
            # "Sen. Tammy Reyes, D-N.M., said" — the comma closes the tag whenever the verb follows
            who = f"{who}, {tag}" + ("," if not verb_first or ctx.level == "easy" else "")
        if ctx.level == "easy":
            told = re.fullmatch(r"\s+(\S.*)", tail) if verb in ("told", "tells") else None
            if told and word_count(told.group(1)) >= 2:
                # "She told CBC News in an interview: "…"" → "She spoke to CBC News in an interview."
                # "She said: "…"": whom she spoke to is one idea, what she said another.
                spoke, said = ("spoke to", "said") if verb == "told" else ("speaks to", "says")
                return [f"{capitalize_first(who)} {spoke} {told.group(1).rstrip()}.",
                        f"{capitalize_first(who)} {said}: {_end_quote(pieces[0])}"] \
                    + [_end_quote(x) for x in pieces[1:]] + extra + after
            first = f"{capitalize_first(who)} {verb}{tail.rstrip()}: {_end_quote(pieces[0])}"
            return [first] + [_end_quote(x) for x in pieces[1:]] + extra + after
        if len(pieces) == 1 and not extra and not after:
            return None
        head = pieces[0]
        if not head.rstrip("\"”").endswith(("?", "!")):
            head = re.sub(r"[.,;:]?([\"”])$", r",\1", head)
        said = f"{verb} {who}{tail}" if verb_first else f"{who} {verb}{tail.rstrip()}"
        return [f"{head} {said}" + ("" if said.endswith(".") else ".")] + [_end_quote(x) for x in pieces[1:]] \
            + extra + after
    # "Greene said: "Q1. Q2."" → "Greene said: "Q1."" ""Q2.""
    m = re.match(r"^(.*\b(?:" + _VERBS_RE + r")(?:\s+[^,:]{0,30})?[:,]?)\s+(" + _MASK_TOKEN + r")\W*$", p, re.S)
    if m and not _MASK.search(m.group(1)):
        quote = masked.unmask(m.group(2))
        if not _balanced(quote):
            return None
        pieces = _quote_sentences(quote)
        if len(pieces) == 1:
            return None
        lead = m.group(1)
        if not lead.endswith((":", ",")):
            lead += ":"
        return [finish(f"{lead} {_end_quote(pieces[0])}")] + [_end_quote(x) for x in pieces[1:]]
    return None


def _balanced(quote: str) -> bool:
    return len(quote) > 2 and quote[0] in "\"“" and quote[-1] in "\"”"


def attribution_first(s: str, ctx: Context) -> str | None:
    """``A, says Frolova.`` → ``Frolova says A.`` (indirect speech; the reader meets the speaker first)."""
    m = re.match(r"^(?:(But|And|So)\s+)?(.+?),\s+(said|says|she said|he said|they said|she says|he says)"
                 r"(?:\s+(" + _NAME + r"|[A-Z][\w'’-]+))?\s*\.?$", s)
    if not m or _MASK.search(m.group(2)):
        return None
    body = m.group(2)
    verb = m.group(3)
    who = m.group(4)
    if " " in verb:
        who, verb = verb.split(" ", 1)
        who = who.capitalize()
    if not who or not starts_clause(body.split()) or word_count(body) > 20:
        return None
    if re.match(r"(?i)(while|whereas|although|though|because|if|when)\b", body):
        return None  # the subordinate rule splits first; the last piece gets the speaker
    link = f"{m.group(1)} " if m.group(1) else ""
    if link and who in ("She", "He", "They"):
        who = who.lower()
    return f"{link}{who} {verb} {_lower_first(body, ctx.people)}"


# -- driver ------------------------------------------------------------------------

def split_sentence(text: str, ctx: Context | None = None) -> list[str]:
    """Split one sentence into short ones; quotations stay verbatim; unsafe cases stay whole."""
    ctx = ctx or Context()
    masked = Masked.of(text)
    out: list[str] = []
    for piece in _apply(masked.text, ctx, depth=0, masked=masked):
        quoted = split_quote_sentence(piece, masked, ctx)
        if quoted is not None:
            out += [finish(q) for q in quoted]
        else:
            out.append(finish(masked.unmask(piece)))
    return [p for p in out if p]


_PERSONAL_START = re.compile(r"^(?:(?:But|And|So|Yet|Then)\s+)?(?:he|she|him|her|his|hers)\b", re.I)


def _people_in(text: str, ctx: Context, loose: bool = True) -> set[str]:
    """The people ``text`` names, each once (``Maria Lund`` and ``Lund`` are one person).

    ``loose`` also counts any ``First Last`` pair of capitalized words (a place may count too).
    """
    found: set[str] = set()
    for name in sorted(ctx.people, key=len, reverse=True):
        if re.search(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w-])", text) \
                and not any(name in f for f in found):
            found.add(name)
    out = {n.split()[-1] for n in found}
    if not loose:
        return out
    # Names the article never quoted count too: "Carmen Ortiz hired Leon Brandt, and she …"
    for m in re.finditer(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)\s+([A-Z][a-z][\w'’-]*)(?![\w-])", text):
        first, last = m.group(1), m.group(2)
        if first in _TITLE_WORDS or first in _NOT_NAME_STARTS or last in ORG_WORDS or first in ORG_WORDS \
                or re.fullmatch(_MONTH + "|" + _DAY, last) or re.fullmatch(_MONTH + "|" + _DAY, first):
            continue
        out.add(re.sub(r"['’]s$", "", last))
    return out


_NOT_NAME_STARTS = frozenset("The A An In On At But And When While For By With To Of From As If After Before Since "
                             "So Then Now Also Both Between This That These Those Its Their His Her Our Last Next "
                             "North South East West New Old".split())


def _pronoun_lost(parts: list[str], ctx: Context) -> bool:
    """True when a piece opens with he/she right after a piece that names two people.

    Inside one sentence ("Lund met Grant, and she promised …") the reader takes the pronoun
    as the subject; as a sentence of its own it could be either person: keep the sentence whole.
    """
    for before, after in zip(parts, parts[1:]):
        after = after.lstrip(_AFTER_FIRST)
        if _PERSONAL_START.match(after) and len(_people_in(before, ctx)) >= 2:
            return True
    return False


_LEANS_BACK = re.compile(r"^(?:That|This)\s+(?:was|is|were|are|would|will|could|had|has)\b")
"""A piece made to follow the sentence before it (``That was up from …``, ``This was because …``)."""


def _apply(s: str, ctx: Context, depth: int, masked: Masked | None = None) -> list[str]:
    size = word_count(masked.unmask(s)) if masked is not None else word_count(_MASK.sub("Q", s))
    if depth > 6 or size <= ctx.min_words:
        return [s]
    s = s.strip()
    end = ""
    m = re.search(r"[.!?]$", s)
    if m and not s.endswith(_MASK_CLOSE):
        end = s[-1]
        s = s[:-1]
    moved = attribution_first(s, ctx) if ctx.level == "easy" else None
    if moved is not None:
        s = moved
    moved = speaker_first(s, ctx)
    if moved is not None:
        s = moved
    if _MASK.match(s) and re.search(r"^" + _MASK_TOKEN + r"\s*,?\s*(?:" + _VERBS_RE + r")\s", s) is None \
            and not re.search(r"\s(?:" + _VERBS_RE + r")\s+" + _NAME + r",\s", s):
        return [s + end]  # a quotation with its speaker: only the quote rules apply
    tries: list[tuple[Callable[[str, Context], list[str] | None], Context]] = [(rule, ctx) for rule in RULES]
    if size > ctx.max_words and ctx.last_resort:
        from .fallback import FALLBACK_RULES

        # Still too long for the level after every ordinary rule had its chance: at plain the easy
        # rules (one idea a sentence) get a turn, then the last-resort rules.
        if ctx.level == "plain":
            easy = replace(ctx, level="easy")
            tries += [(rule, easy) for rule in RULES]
        tries += [(rule, ctx) for rule in FALLBACK_RULES]
    for rule, rule_ctx in tries:
        parts = rule(s, rule_ctx)
        if parts and _pronoun_lost(parts, ctx):
            continue
        if parts and len(parts) > 1 and all(p.strip() for p in parts):
            out: list[str] = []
            for p in parts:
                if p.startswith(_AFTER_FIRST) and out:
                    # after the first sentence and what leans on it ("That was up from 3.6 million.")
                    k = 1
                    while k < len(out) and _LEANS_BACK.match(out[k]):
                        k += 1
                    out[k:k] = _apply(finish(p[1:]), ctx, depth + 1, masked)
                else:
                    out += _apply(finish(p), ctx, depth + 1, masked)
            return out
    return [s + end]


__all__ = ["Context", "Masked", "RULES", "attribution_first", "capitalize_first", "find_people", "is_proper_adjective",
           "role_phrase", "split_paragraph",
           "finish", "has_verb", "is_verb", "split_quote_sentence", "split_sentence",
           "starts_clause", "word_count"]


# -- paragraphs --------------------------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof inc ltd co corp vs etc jan feb "
    "mar apr jun jul aug sep sept oct nov dec no fig approx dept est".split())


def split_paragraph(text: str) -> list[str]:
    """Split running text into sentences (quote-aware; abbreviations and initials do not end one)."""
    tokens = text.split()
    out: list[str] = []
    cur: list[str] = []
    open_quote = False
    for i, tok in enumerate(tokens):
        cur.append(tok)
        open_quote ^= tok.count('"') % 2 == 1
        if "“" in tok:
            open_quote = True
        if "”" in tok:
            open_quote = False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if not nxt or open_quote:
            continue
        core = tok.rstrip("\"”’')]")
        if not core.endswith((".", "!", "?")):
            continue
        word = core.rstrip(".!?").lstrip("\"“‘'([").lower()
        if core.endswith(".") and (word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", word)
                                   or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)):
            continue
        if nxt.lstrip("\"“‘'([")[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "\"“":
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return _merge_inside_quotes(out)


def _merge_inside_quotes(sentences: list[str]) -> list[str]:
    """Undo sentence breaks that fall inside a quotation of the whole paragraph."""
    joined = " ".join(sentences)
    spans = quote_spans(joined)
    out: list[str] = []
    pos = 0
    for sentence in sentences:
        if out and any(a < pos < b for a, b in spans):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
        pos += len(sentence) + 1
    return out
