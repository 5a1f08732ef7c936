"""Last-resort sentence rules: tried only on a piece still over the level's limit after every ordinary rule.

``sentences._apply`` adds ``FALLBACK_RULES`` after ``RULES`` when a sentence (quotations aside) is longer
than ``Context.max_words`` (25 at plain, 15 at easy). Each rule here has the same shape as a rule in
``sentences``: ``(sentence without its full stop, context) → parts or None``; it may split at places the
ordinary rules leave alone, but every part must still be a correct English sentence.

The ordinary rules repeat a subject as ``He``/``They``/``It``; here the split pieces often land next to
other nouns, so a subject is named again with its noun (``The lawyers``, ``The board``), never a pronoun
that could point at something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .sentences import (
    ADVERBS,
    AUX,
    DETERMINERS,
    ORG_WORDS,
    PERSON_NOUNS,
    SUBJ_PRONOUNS,
    Context,
    _convert_more,
    _finite,
    _lower_first,
    _main_tokens,
    _other_person_then_pronoun,
    _MASK,
    _subject,
    _tense,
    _tense_last,
    capitalize_first,
    has_verb,
    ing_base,
    is_verb,
    starts_clause,
    word_count,
)
from .sentences import _BASES, _IRREGULAR_PAST, _MONTH, _bare
from .sentences import _PREPOSITIONS as PREPOSITIONS
from .sentences import _RESULT_ING as RESULT_ING
from .sentences import _TITLE_WORDS as TITLE_WORDS
from .words import inflect

Rule = Callable[[str, Context], "list[str] | None"]


def _has_finite(tokens: list[str]) -> bool:
    """True when the words hold a verb that carries a clause (``is``, ``weakened``, ``he played``), not ``the cost``."""
    for i, tok in enumerate(tokens):
        w, prev = _bare(tok), _bare(tokens[i - 1]) if i else ""
        if w in AUX or w in ("which", "who", "whom", "whose"):
            return True
        if prev in SUBJ_PRONOUNS and is_verb(tok, "x"):
            return True
        if (w.endswith("ed") or w in _IRREGULAR_PAST) and is_verb(tok, tokens[i - 1] if i else "") \
                and prev not in DETERMINERS \
                and prev not in PREPOSITIONS | {"of", "and"} and not tok[:1].isupper():
            return True
    return False


def _common(word: str) -> bool:
    """True for an everyday word (``Lawyers``, ``Union``), not a name (``Nema``)."""
    from .frequency import rank

    w = _bare(word)
    r = rank(w)
    plural = w.endswith("s") and not w.endswith("ss")  # "Campaigners", "Shoppers": a rarer plural noun is no name
    return r is not None and (r <= 5000 or plural and r <= 40000)


def _words(text: str) -> int:
    return word_count(_MASK.sub("Q", text))


# -- naming a subject again --------------------------------------------------------

_ACRONYM_END = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,9}\)$")


def again(subject: str, ctx: Context) -> tuple[str, bool] | None:
    """A short, unambiguous way to name ``subject`` again, and whether it is plural (None: no safe way).

    ``Lawyers for the patients, led by X`` → ``The lawyers``; ``The Kessford Health Board (KHB)`` →
    ``The board``; ``Economist Raj Patel`` → ``Patel``; ``he`` → ``He``. A noun is repeated with ``The``
    rather than turned into ``They``/``It``, which could point at the last noun of the sentence before.
    """
    text = re.split(r",\s", subject.strip(), maxsplit=1)[0].rstrip(",")  # "Lawyers for X, led by Y": the head is before the aside
    text = re.sub(r"^(?:But|And|So|Yet|Now|Then)\s+", "", text)
    text = _ACRONYM_END.sub("", text)
    words = text.split()
    if not words or _MASK.search(text) or _has_finite(words):
        return None
    low = [_bare(w) for w in words]
    if len(words) == 1 and low[0] in SUBJ_PRONOUNS - {"there", "i", "you"}:
        return capitalize_first(low[0]), low[0] in ("they", "we")
    if any(w in ("who", "which", "that", "whose", "to") for w in low) or low[0].endswith("ing"):
        return None
    # People: the surname, as the article repeats it.
    names = [w for w in words if w[:1].isupper()]
    if words[0] not in ("The", "A", "An") and len(names) == len(words):
        core = list(words)
        while len(core) > 2 and core[0] in TITLE_WORDS:
            core = core[1:]
        name = " ".join(core)
        if ctx.is_person(name):
            return ctx.short_name(name), False
        if any(w in ORG_WORDS for w in core) and len(core) <= 3:
            return name, False  # "Ferrow Foods", "Westmere Rail": a firm is one
        if len(core) <= 3 and not any(w in ORG_WORDS for w in core) and ctx.is_person(core[-1]):
            return ctx.short_name(core[-1]), False
        if len(core) <= 3 and all(w.isalpha() or re.fullmatch(r"[A-Z][\w'’-]+", w) for w in core) \
                and not core[-1].endswith("s") and not _common(core[0]):
            return name, False  # "Nema", "Samir Okafor": a name said again is never ambiguous
        return None
    if len(words) >= 3 and words[-3].islower() and words[-2][:1].isupper() and words[-1][:1].isupper():
        # "economist Raj Patel", "Public works director Samir Okafor": a role, then the name
        name = " ".join(words[-2:])
        if ctx.is_person(name) or ctx.is_person(words[-1]):
            return ctx.short_name(name if ctx.is_person(name) else words[-1]), False
        return None
    # Cut at the first preposition: "Union leaders in other regions" → "Union leaders".
    for k, w in enumerate(low):
        if k and w in PREPOSITIONS | {"of", "like"}:
            words, low = words[:k], low[:k]
            break
    if words[0][:1].isupper() and words[0] not in ("The", "A", "An") and all(w.islower() for w in words[1:]) \
            and _common(words[0]):
        words = [words[0].lower(), *words[1:]]  # "Lawyers", "Union leaders": a common word opening the sentence
    if re.search(r"\w['’]s?\s", text) and words[-1].isalpha() and words[-1].islower() and len(words) <= 7:
        # "The league's owners' and directors' test" → "The test": the owners are not the head
        head = words[-1]
        return f"The {head}", head.endswith("s") and not head.endswith(("ss", "us", "is"))
    if "and" in low or "or" in low:
        return None  # "Train drivers and station staff": two heads
    head = words[-1]
    if head[:1].isupper():
        if head in ORG_WORDS and len(words) >= 2:
            return f"The {head.lower()}", head.endswith("s") and head not in ("News", "Services")
        if words[0] == "The" and len(words) <= 4:
            return " ".join(words), head.endswith("s") and head not in ORG_WORDS
        return None
    if not head.isalpha() or not head.islower():
        return None
    plural = (head.endswith("s") and not head.endswith(("ss", "us", "is"))) or head in ("people", "police", "children")
    if low[0] in ("a", "an", "the", "this", "that", "these", "those") or len(words) == 1 \
            or "'" in text or "’" in text or len(words) > 3:
        return f"The {head}", plural
    if all(w.isalpha() for w in words):
        lead = words[0] if words[0][:1].islower() or not _common(words[0]) else words[0].lower()
        if low[0] in DETERMINERS or low[0] in ("many", "most", "some", "several"):
            return None  # "Many residents" is not "The many residents"
        return " ".join(["The", lead, *words[1:]]), plural
    return None


_ASIDE = re.compile(r"^(?:a|an|the|of|from|at|led by|aged|who|which)\s|^[A-Z]|^\d|^in\s+\d{4},$")


def _main_subject(tokens: list[str]) -> tuple[list[str], int] | None:
    """The subject words and verb index of a clause, also across an aside (``Ferrow Foods, the maker of X, said``)."""
    found = _subject(tokens)
    if found is not None and not (len(found[0]) == 2 and _bare(found[0][0]) in DETERMINERS
                                  and _bare(tokens[found[1]]) in _BASES):
        return found  # (but "The last strike on the route, in 2019, lasted": "strike" is the noun)
    for k in range(1, min(len(tokens), 8)):
        if not tokens[k - 1].endswith(","):
            continue
        for j in range(k + 1, min(len(tokens), k + 16)):
            if tokens[j - 1].endswith(",") and j > k and is_verb(tokens[j], "x") \
                    and not _bare(tokens[j]).endswith("ing"):
                aside = " ".join(tokens[k:j])
                if _ASIDE.match(aside) and "," not in aside[:-1] and not _MASK.search(aside):
                    return tokens[:k], j
                return None
        return None
    return None


def _verb_group(tokens: list[str]) -> str:
    """``will``/``would``/``past``/``present``: how the clause's last verb group talks about time."""
    for t in reversed(tokens):
        w = _bare(t)
        if w in ("will", "won't", "shall"):
            return "will"
        if w in ("would", "could", "might", "should"):
            return "would"
    return "past" if _tense_last(tokens) == "ed" else "present"


def _in_time(base: str, group: str, plural: bool) -> str:
    """``include`` in the time of ``group``: ``will include``, ``would include``, ``included``, ``includes``."""
    if group in ("will", "would"):
        return f"{group} {base}"
    if group == "past":
        return inflect(base, "ed")
    return base if plural else inflect(base, "s")


# -- trailing participles ---------------------------------------------------------

_SAYING_ING = frozenset(
    "blaming citing explaining saying adding arguing warning claiming insisting noting ruling accusing urging "
    "calling promising describing admitting vowing pledging stating criticising criticizing praising "
    "thanking apologising apologizing announcing confirming denying suggesting".split())
"""Participles of saying: the speaker (the main subject) does them, whatever the clause reports."""

_NOT_PARTICIPLES = frozenset(
    "during according regarding following concerning nothing something anything everything morning evening "
    "king spring thing meaning depending pending notwithstanding barring considering excluding starting "
    "beginning leaving making".split())

_TELL_TO = re.compile(r"\b(?:asked|asks|told|tells|ordered|orders|urged|urges|wants|wanted|allowed|allows|forced|"
                      r"encouraged|persuaded|invited|required|requires|called on|expects|expected)\b")
"""``asked the hospitals to write …, explaining …``: the one who explains is the object, not the subject."""


_MODALS = frozenset("will would can could may might must should shall".split())
_TIME_NOUNS = frozenset("years months weeks days hours minutes decades centuries seasons nights".split())


def _set_before(left: str) -> bool:
    """True when ``left`` ends with a set of things (``several jurisdictions``, ``the most famous orchestras``).

    Also a plural noun with its own ``that``/``who`` clause: ``… to village groups that want to run a swap``.
    """
    described = re.search(r"\bto\s+(?:[a-z]+\s+){0,2}([a-z]+s)\s+(?:that|who)\s+[^,]+$", left)
    if described and not described.group(1).endswith(("ss", "us", "is")) \
            and described.group(1) not in _TIME_NOUNS and not is_verb(described.group(1), "the"):
        return True
    m = re.search(r"\b(?:the|several|many|some|all|various|other|its|their|his|her|these|those|\d[\d,]*|two|three|four|"
                  r"five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of)\s+((?:[\w'’-]+\s+){0,3})(\w+s)$", left)
    if m is None:
        return False
    between = [_bare(w) for w in m.group(1).split()]
    head = m.group(2)
    return head.islower() and not head.endswith(("ss", "us", "is")) and head not in _TIME_NOUNS \
        and not any(w in PREPOSITIONS | {"of", "and", "or", "with"} or w.endswith("ing") for w in between)


def _participle_chunks(tail: str) -> list[tuple[str, str]] | None:
    """``, beating X, and ending Y`` → [(beating, X), (ending, Y)]; None when a piece is no participle phrase."""
    pieces = re.split(r",\s+(?:and\s+)?(?=\w+ing\b)", tail)
    out: list[tuple[str, str]] = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        m = re.match(r"(\w+ing)\b\s*(.*)$", piece)
        if m is None:
            return None
        out.append((m.group(1), m.group(2)))
    return out


def fb_trailing_participle(s: str, ctx: Context) -> list[str] | None:
    """``X won the title, beating Y, and ending Z`` → ``X won the title.`` ``X beat Y.`` ``This ended Z.``

    ``, including A`` → ``This includes A``; a participle of saying (``, blaming A``) goes with the speaker.
    """
    for m in re.finditer(r",\s+(\w+ing)\b", s):
        left, tail = s[:m.start()], s[m.start() + 1:].strip()
        ing = _bare(m.group(1))
        ltoks = left.split()
        if ing in _NOT_PARTICIPLES or ing_base(ing) is None and ing != "including":
            continue
        if _MASK.search(tail) or not has_verb(ltoks) or _words(left) < 6 or _words(tail) < 3:
            continue
        if ltoks and _bare(ltoks[-1]).endswith("ing") and _bare(ltoks[-1]) not in _NOT_PARTICIPLES:
            continue  # "spent two years building, blasting …": a list of -ing words (not "next spring")
        first_piece = tail.split(", ")[0].split()
        if ", " in tail and len(first_piece) <= 2:
            continue  # "elements of geometry, engineering, trigonometry and law": a list, not a participle
        if re.search(r"\b(?:and|or)\s+(?:\S+\s+){0,3}?(?:is|are|was|were|has|have|had)\b|,\s+and\s+\w+(?:ed|s)\b", tail):
            continue  # "…, reuniting with X, and returned again": the main clause goes on
        chunks = _participle_chunks(tail)
        if chunks is None or any(re.search(r",\s+(?:and|but|or)\s+\w+\s", rest) and _bare(w) != "including"
                                 for w, rest in chunks[:-1]):
            continue
        if any(_bare(w) in _NOT_PARTICIPLES or (ing_base(_bare(w)) is None and _bare(w) != "including")
               or _words(rest) < 2 for w, rest in chunks):
            continue
        main = _main_tokens(ltoks)
        group = _verb_group(main)
        subj = _main_subject(main)
        who = again(" ".join(subj[0]), ctx) if subj is not None else None
        main_verb = _bare(main[subj[1]]) if subj is not None else ""
        passive = re.search(r"\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", " ".join(main))
        parts = [left]
        for w, rest in chunks:
            w = _bare(w)
            if w == "including":
                if len(chunks) > 1 or _has_finite(rest.split()):
                    return None
                these = _set_before(left)
                if these:
                    parts.append(f"These {_in_time('include', 'past' if group == 'past' else 'present', True)} {rest}")
                elif group in ("will", "would") and not re.search(r"\b(?:that|which|who|whose)\b", left):
                    # "The firm would spend £30m over five years, including a new roof": what a plan includes
                    parts.append(f"This {group} include {rest}")
                else:
                    return None  # "… live in the Caribbean region, including the Queen Conch": not the region
                continue
            base = ing_base(w)
            if base is None:
                return None
            if w in RESULT_ING and parts[1:]:
                parts.append(f"This {_in_time(base, group, False)} {rest}")
                continue
            if w in RESULT_ING and not parts[1:] and re.search(
                    r"\b(?:voted|agreed|decided|plans|planned|promised|approved plans)\s+(?:on\s+\w+\s+)?to\s+\w+", left) \
                    and re.search(r"\b(?:next|from)\s+(?:year|month|week|spring|summer|autumn|winter|" + _MONTH + r")\b|"
                                  r"\b(?:later this year|in 20[3-9]\d)\b", left):
                # "voted on Tuesday to close four libraries next spring, ending 60 years of lending": the closing,
                # still to come, ends it
                parts.append(f"This will {base} {rest}")
                continue
            if w in _SAYING_ING:
                if _TELL_TO.search(left) or who is None:
                    return None
            elif who is None or passive or main_verb in ("said", "says", "told", "tells", "announced"):
                # "Hydro said demand peaked, beating …": the reported clause did the beating; the
                # ordinary rules know that case.
                return None
            elif subj is not None and any(x.endswith((",", ")")) for x in main[subj[1]:]):
                return None  # "X involves the hero, a small plane, engaging in …": which one does it?
            elif subj is not None and re.search(r"\bto\s+[a-z]+\b", " ".join(main[subj[1] + 1:])):
                return None  # "voted to close the branches, ending 60 years of lending": the closing ends it, later
            name, plural = who
            # The subject's own verb sets the time: "A judge blocked the plan to close X, ruling …" → "ruled".
            at = subj[1] if subj is not None else 0
            own = _verb_group(main[at:at + 3])
            modal = next((_bare(x) for x in main[at:at + 2] if _bare(x) in _MODALS), None)
            if own in ("will", "would") or modal:
                verb = f"{modal or own} {base}"
            else:
                verb = _finite(w, "ed" if _tense(main[at:]) == "ed" else "present", plural) or ""
            if not verb:
                return None
            tense = "ed" if own == "past" or _tense(main[at:]) == "ed" else "present"
            more = _convert_more(f" {rest}", tense, plural) if not verb.startswith(tuple(_MODALS)) else f" {rest}"
            if re.search(r"\b(?:and|or)\s+\w+ing\b", more):
                return None  # a second -ing verb we could not put in the same time
            parts.append(f"{name} {verb}{more}")
        if len(parts) > 1:
            return parts
    return None


def _verb_first(tok: str, nxt: str = "") -> bool:
    """The first word of ``which/who …``: a verb (``inspects the``, ``checks that``: an -s word there is one too).

    ``which critics say …`` is no such clause: the -s word is a noun when a verb follows it.
    """
    w = _bare(tok)
    return is_verb(tok, "x") or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s", "’s"))
                                 and w.isalpha() and tok.islower() and not (nxt and is_verb(nxt, "x")))


# -- relative clauses in the middle -----------------------------------------------------

def fb_mid_relative(s: str, ctx: Context) -> list[str] | None:
    """``The test, which checks X, takes six weeks`` → ``The test takes six weeks.`` ``The test checks X.``

    ``Leaders in other regions, where plans are under discussion, said …`` → ``Leaders in other regions
    said ….`` ``Plans are under discussion there.``
    """
    m = re.match(r"^((?:(?!,\s).)+?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?),\s+(which|who|where)\s+"
                 r"((?:(?!,\s).)+?),\s+(\S+)\s+(.+)$", s)
    if not m:
        return None
    subject, rel, clause, verb, rest = m.groups()
    stoks, ctoks = subject.split(), clause.split()
    titled = stoks[0] in TITLE_WORDS and stoks[0] not in ("The", "A", "An")  # "Judge Ann Lee": "judge" is no verb
    if has_verb(stoks[1:] if titled else stoks) or len(stoks) > 9 or _MASK.search(subject):
        return None
    vtoks = [verb] + rest.split()[:1]
    if not (is_verb(verb, "x") or (_bare(verb) in ADVERBS | {"usually", "often"} or _bare(verb).endswith("ly"))
            and is_verb(vtoks[1], "x")) or _bare(verb).endswith("ing"):
        return None
    if not _words(clause) >= 3 or not _words(f"{verb} {rest}") >= 3:
        return None
    main = f"{subject} {verb} {rest}"
    if _other_person_then_pronoun(clause, rest, ctx):
        return None  # "Dr. Ode, who treated the girl, told her parents …": whose parents, once apart?
    if rel == "where":
        place = re.search(r"\b(?:in|at)\s+(?:the\s+|other\s+|some\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}$", subject)
        if place is None or not starts_clause(ctoks) or _bare(ctoks[0]) == "there":
            return None
        # "Farmers in the valley, where the drought has lasted since April, say …" → "In the valley, the drought …"
        # The place first: a tail of the main clause (", according to X") then stays with the main clause.
        return [f"{capitalize_first(place.group(0))}, {_lower_first(clause, ctx.people)}", main]
    if not ctoks or not (_verb_first(ctoks[0], ctoks[1] if len(ctoks) > 1 else "")
                         or _bare(ctoks[0]) in ADVERBS and len(ctoks) > 1
                         and _verb_first(ctoks[1], ctoks[2] if len(ctoks) > 2 else "")) \
            or _bare(ctoks[0]).endswith("ing"):
        return None  # "which critics say is too vague": the relative word is an object
    appositive = re.match(r"^(.+?),\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$", subject)
    if appositive is not None:
        # "His daughter, Claire, who works as …, said": the name is the one to repeat
        if rel != "who":
            return None
        name = appositive.group(2)
        return [f"{subject}, {clause}", f"{name} {verb} {rest}"]
    if rel == "which" and re.search(r"\s(?:of|in|on|at|near|for|from|with|by|like|as|than|about)\s", subject):
        return None  # "The roof of the old hall, which was built in 1902": the roof or the hall?
    if rel == "who" and re.search(r"\s(?:of|for|with|from|by)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(\w+)$", subject) \
            and any(_bare(w) in PERSON_NOUNS or _bare(w).rstrip("s") in PERSON_NOUNS
                    for w in subject.split()[2:]):
        return None  # "The lawyer for the patients, who …": which people?
    who = again(subject, ctx)
    if who is None:
        return None
    name, plural = who
    if rel == "who" and name.startswith("The ") and _bare(name.split()[-1]) not in PERSON_NOUNS \
            and not plural:
        return None
    if rel == "which" and any(_bare(w) in PERSON_NOUNS for w in stoks):
        return None
    # The order of the information stays: the aside first (it may spell out a name), then the main clause.
    return [f"{subject} {clause}", f"{name} {verb} {rest}"]


# -- "X said A and that B" ---------------------------------------------------------------

_SAY = (r"(?:said|says|told reporters|argued|argues|claimed|claims|warned|warns|added|adds|wrote|writes|promised|"
        r"promises|insisted|insists|stressed|stresses|admitted|admits|confirmed|confirms|announced|announces|noted|"
        r"notes|found|finds|reported|reports|believes|believed|agreed|agrees)")


def fb_said_and_that(s: str, ctx: Context) -> list[str] | None:
    """``Lawyers for X said A and that B`` → ``Lawyers for X said A.`` ``The lawyers also said that B.``

    ``… said A but that B`` → ``… said A.`` ``But the lawyers said that B.`` Quotations may stand in A.
    """
    m = re.match(r"^(.+?)\s+((?:(?:has|have|had|also)\s+)?)(" + _SAY + r")\s+(?:in\s+a\s+statement\s+)?(.+?),?\s+"
                 r"(and|but)\s+that\s+(.+)$", s)
    if not m:
        return None
    subject, aux, verb, first, conj, second = m.groups()
    aux = " ".join(w for w in aux.split() if w != "also")
    if aux:
        verb = f"{aux} {verb}"  # "The county had argued A, and that B" → "The county had also argued that B"
    said = s[:m.start(5)].rstrip().rstrip(",")
    if _MASK.search(subject) or _MASK.search(second) and second.count("\ue000") > 1 \
            or not has_verb(first.split()) or _words(second) < 3 or _words(said) < 5:
        return None
    if re.search(r"\b(?:and|but)\s+that\b", first):
        return None
    stoks = second.split()
    if stoks and (_bare(stoks[0]) in AUX or is_verb(stoks[0], "x")):
        return None  # "… and that is what it has done": "that" is the subject here, not a conjunction
    # the subject: "Lawyers for the patients, led by Tomas Bell" / "Economist Raj Patel, of …"
    if has_verb(re.split(r",\s", subject)[0].split()):
        return None
    who = again(subject, ctx)
    if who is None:
        return None
    name = who[0]
    if conj == "and":
        also = f"{aux} also {m.group(3)}" if aux else f"also {verb}"
        return [said, f"{name} {also} that {second}"]
    lead = name if name[:1].isupper() and name not in ("He", "She", "It", "They", "We") else name
    if lead in ("He", "She", "It", "They", "We") or lead.startswith("The "):
        lead = lead[0].lower() + lead[1:]
    return [said, f"But {lead} {verb} that {second}"]


# -- "to do A and to do B" -------------------------------------------------------------

_ASK_VERBS = r"(?:asked|asks|told|tells|ordered|orders|urged|urges|called on|allowed|allows|forced|required|requires)"


def fb_two_infinitives(s: str, ctx: Context) -> list[str] | None:
    """``The board has asked the hospitals to do A and to do B`` → ``… to do A.`` ``The board has also asked them to do B.``

    Also ``X plans to do A and to do B`` → ``X plans to do A.`` ``X also plans to do B.``
    """
    m = re.search(r",?\s+and\s+(not\s+)?to\s+(\w+)\s+", s)
    if not m or not is_verb(m.group(2), "x") and ing_base(m.group(2) + "ing") is None:
        return None
    left, neg, verb2, rest = s[:m.start()], m.group(1) or "", m.group(2), s[m.end():]
    if _words(rest) < 2 or _words(left) < 6:
        return None
    aside = ""
    if re.search(r"\b(?:" + "|".join(sorted(PREPOSITIONS | {"of"})) + r")\s+(?:\w+\s+)?\w+,\s+(?:which|who|where)\s", left) \
            and not re.search(r"\b(?:the|a|an|its|their)\s+(?:\w+\s+)?\w+,\s+(?:which|who|where)\s", left):
        # "plan to test whether X is the same in honeybees, which are kept by …, and to find out …": the
        # plural noun's own clause becomes a sentence of its own, told last ("Honeybees are kept by …")
        rel = re.search(r"\b(?:in|of|on|at|for|from|with|among)\s+((?:[a-z]+\s+)?[a-z]+s),\s+which\s+"
                        r"(are|were|have|live|need|make)\s+((?:[^,]|,(?=\d))+)$", left)
        if rel is None or rel.group(1).endswith(("ss", "us", "is")) or is_verb(rel.group(1).split()[-1], "the") \
                or any(w in DETERMINERS or w in AUX for w in rel.group(1).split()):
            return None
        aside = f"{capitalize_first(rel.group(1))} {rel.group(2)} {rel.group(3)}"
        left = left[:rel.end(1)].rstrip()
    head = re.match(r"^(.+?)\s+((?:(?:has|have|had|will|would|now|also|then)\s+)*)(" + _ASK_VERBS + r")\s+"
                    r"((?:the|all|every|each|its|their|his|her|[a-z]+)\b[^,]*?)\s+to\s+(\w+)\s", left)
    if head is not None:
        subject, aux, verb, obj = head.group(1), head.group(2), head.group(3), head.group(4)
        if has_verb(subject.split()) or _MASK.search(left) \
                or any(is_verb(w, "x") and not _bare(w).endswith("ing") for w in obj.split()):
            return None
        who = again(subject, ctx)
        if who is None:
            return None
        owords = [_bare(w) for w in obj.split()]
        for k, w in enumerate(owords):
            if k and (w.endswith("ing") or w in PREPOSITIONS | {"of", "who", "that", "which"}):
                owords = owords[:k]  # "people living along the river": the head is "people"
                break
        if any(w in PERSON_NOUNS for w in owords) and not owords[-1].endswith("s"):
            return None  # "asked the minister to …": him or her would be a guess
        plural_obj = owords[-1].endswith("s") and not owords[-1].endswith("ss") or owords[-1] in ("people", "police")
        pron = "them" if plural_obj else "it"
        if len(obj.split()) <= 3 and owords[0] == "the":
            pron = obj
        aux_words = aux.split()
        if aux_words and aux_words[0] in ("has", "have", "had", "will", "would"):
            second = f"{who[0]} {aux_words[0]} also {verb} {pron} {neg}to {verb2} {rest}"
        else:
            second = f"{who[0]} also {verb} {pron} {neg}to {verb2} {rest}"
        return [left, second, *([aside] if aside else [])]
    plan = re.match(r"^(.+?)\s+((?:(?:now|also)\s+)?)(plans?|planned|wants?|wanted|hopes?|hoped|aims?|aimed|"
                    r"intends?|intended|promised|promises|agreed|agrees|decided|decides|needs?|needed)\s+to\s+\w+", left)
    if plan is None or _MASK.search(left):
        return None
    subject, adv, verb = plan.group(1), plan.group(2), plan.group(3)
    if has_verb(subject.split()):
        return None
    who = again(subject, ctx)
    if who is None:
        return None
    return [left, f"{who[0]} also {verb} {neg}to {verb2} {rest}", *([aside] if aside else [])]


# -- ", which he said would …" ------------------------------------------------------------

def fb_which_said(s: str, ctx: Context) -> list[str] | None:
    """``He promised £38m to hire staff, which he said would cut waits`` → ``He promised ….`` ``He said this would cut waits.``"""
    m = re.search(r",\s+which\s+((?:he|she|they|it|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|the\s+\w+)\s+"
                  r"(?:said|says|believes|believed|thinks|thought|hopes|hoped|expects|expected|claimed|claims))\s+"
                  r"(will|would|could|can|may|might|should|is|was|are|were|had|has)\s+(.+)$", s)
    if not m:
        return None
    left, speaker, aux, rest = s[:m.start()], m.group(1), m.group(2), m.group(3)
    if not has_verb(left.split()) or _words(left) < 5 or _words(rest) < 2 or ", " in rest:
        return None
    if aux in ("are", "were"):
        return None  # a plural antecedent: "this" would not agree
    return [left, f"{capitalize_first(_lower_first(speaker, ctx.people))} this {aux} {rest}"]


# -- ", mainly because of …" --------------------------------------------------------------

def fb_because_of(s: str, ctx: Context) -> list[str] | None:
    """``X showed a loss, mainly because of higher wages`` → ``X showed a loss.`` ``This was mainly because of higher wages.``"""
    m = re.search(r",\s+((?:mainly|mostly|partly|largely|chiefly|in part|also)\s+)?(because of|due to|thanks to)\s+(.+)$", s)
    if not m:
        return None
    left, adverb, how, rest = s[:m.start()], m.group(1) or "", m.group(2), m.group(3)
    ltoks = _main_tokens(left.split())
    if not has_verb(ltoks) or _words(left) < 5 or _words(rest) < 2 \
            or _has_finite(rest.split()):
        return None
    group = _verb_group(ltoks)
    be = {"will": "will be", "would": "would be", "past": "was"}.get(group, "is")
    return [left, f"This {be} {adverb}{how} {rest}"]


# -- a future or a plan "after" a past event ------------------------------------------------

def fb_after_past(s: str, ctx: Context) -> list[str] | None:
    """``Staff will strike from May 9 after members voted to reject X`` → ``Staff will strike from May 9.`` ``This comes after members voted to reject X.``

    ``…, after similar takeovers at A and B`` (no verb) → ``….`` ``This will follow similar takeovers at A and B.``
    """
    m = re.search(r"(,?)\s+after\s+(.+)$", s)
    if not m:
        return None
    left, comma, right = s[:m.start()], m.group(1), m.group(2)
    ltoks = _main_tokens(left.split())
    rtoks = right.split()
    if not has_verb(ltoks) or _words(left) < 6 or _words(right) < 4 or _MASK.search(right):
        return None
    prev = _bare(ltoks[-1]) if ltoks else ""
    if prev in ("soon", "long", "right", "shortly", "just", "days", "weeks", "months", "years", "hours") \
            or prev.endswith("ly"):
        return None
    group = _verb_group(ltoks)
    if re.search(r"\bto\s+\w+\s+(?:\S+\s+){0,4}$", left) and not comma:
        return None  # "try to cut costs after X fell": "after" may belong to "cut"
    if is_verb(ltoks[-1], "x") or prev in ("named", "looked", "called", "taken", "modelled", "modeled"):
        return None  # "is named after X", "looked after": the "after" belongs to the verb
    if _past_clause(rtoks):
        if group not in ("will", "would") or any(_bare(t) in AUX - {"was", "were", "had", "did"} for t in rtoks):
            return None  # the ordinary rules handle a past event after a past event
        pron = _bare(rtoks[0])
        if pron in ("he", "she", "it", "they", "we"):
            # "The council will cut X after it lost £2m": after "This comes after", "it" could be "this"
            subj = _main_subject(ltoks)
            who = again(" ".join(subj[0]), ctx) if subj is not None else None
            if who is None or who[0] in ("He", "She", "It", "They", "We") or (pron == "they") != who[1] \
                    or pron in ("he", "she") and not ctx.is_person(who[0]) or pron == "it" and who[0][:1].isupper() \
                    and not who[0].startswith("The "):
                return None
            name = who[0] if not who[0].startswith("The ") else "the " + who[0][4:]
            right = " ".join([name, *rtoks[1:]])
        return [left, f"This comes after {right}"]
    if re.search(r"[;:]|,\s+(?!(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:,|\s+and\s))", right):
        return None  # a comma that is not a list of names: where the phrase ends is unclear
    if not comma or _has_finite(rtoks) or _bare(rtoks[0]) in DETERMINERS - {"no"} and group == "past":
        return None
    if group in ("will", "would"):
        return [left, f"This {group} follow {right}"]
    return None


def _past_clause(tokens: list[str]) -> bool:
    """True when the words open with a subject and a past verb (``union members voted …``), before any comma."""
    if not tokens or _bare(tokens[0]) in PREPOSITIONS | {"to", "that", "which", "who", "and", "or", "but"}:
        return False
    for i in range(1, min(len(tokens), 7)):
        if tokens[i - 1].endswith((",", ";", ":")) or _MASK.search(tokens[i]):
            return False
        w = _bare(tokens[i])
        if w in ("which", "who", "whom", "whose", "that") or i > 1 and w in PREPOSITIONS:
            return False  # "both of which were hits": no sentence of its own
        if is_verb(tokens[i], tokens[i - 1]) and not w.endswith("ing"):
            return w in ("was", "were", "had", "did") or w.endswith("ed") or w in _IRREGULAR_PAST
    return False


# -- "When A, B, and C" ------------------------------------------------------------------

def fb_when_and(s: str, ctx: Context) -> list[str] | None:
    """``When A, B, and C`` (past events) → ``When A, B.`` ``C.``: the ``and`` joins a new clause with its own subject."""
    if not re.match(r"(?i)(?:when|after|once|as soon as|before)\s", s):
        return None
    m = None
    for cand in re.finditer(r",\s+and\s+", s):
        m = cand
    if m is None:
        return None
    left, right = s[:m.start()], s[m.end():]
    rtoks = right.split()
    if not rtoks or _bare(rtoks[0]) not in ("the", "its", "their", "his", "her", "this", "that") \
            or not starts_clause(rtoks) or _words(right) < 5 or _words(left) < 8:
        return None
    if _tense_last(rtoks) != "ed" or not re.search(r",\s", left) or re.search(r",\s+(?:and|but)\s", right):
        return None
    return [left, capitalize_first(right)]


# -- a clause between dashes -----------------------------------------------------------------

def fb_dash_clause(s: str, ctx: Context) -> list[str] | None:
    """``X said A — more of them buy B — and …`` (what is left: ``A — B``) → ``A.`` ``B.`` when B is a clause."""
    m = re.match(r"^(.+?)\s+[—–]\s+(.+?)(?:\s+[—–]\s*(.*))?$", s)
    if not m:
        return None
    left, aside, after = m.group(1), m.group(2), (m.group(3) or "").strip()
    atoks = aside.split()
    if _MASK.search(aside) or not has_verb(left.split()) or _words(left) < 5 or _words(aside) < 4:
        return None
    part_of = re.match(r"(?:more|most|many|some|all|few|none|half|both)\s+of\s+(?:them|us|these|those|the\s+\w+)\s+"
                       r"(?:(?:now|still|also|already|often|usually)\s+)?(\w+)\s", aside)
    if not (starts_clause(atoks) or _past_clause(atoks) or part_of and is_verb(part_of.group(1), "x")) \
            or re.search(r"[—–]", after):
        return None
    if after:
        atoks_after = after.split()
        if not atoks_after or _bare(atoks_after[0]) in ("and", "but", "or") or is_verb(atoks_after[0], "x"):
            return None  # "A — B — and that C": the ordinary rules take the "and that" first
        return [f"{left} {after}", capitalize_first(aside)]
    return [left, capitalize_first(aside)]


# -- "When A, B" (past events) ---------------------------------------------------------------

def fb_when_then(s: str, ctx: Context) -> list[str] | None:
    """``When a club was bought in 2019, the owners borrowed against it`` → ``A club was bought in 2019.`` ``Then the owners borrowed against it.``"""
    m = re.match(r"^(?:When|After|Once)\s+(.+)$", s)
    if not m:
        return None
    body = m.group(1)
    for c in re.finditer(r",\s+", body):
        left, right = body[:c.start()], body[c.end():]
        ltoks, rtoks = left.split(), right.split()
        if not rtoks or _bare(rtoks[0]) not in ("the", "its", "their", "his", "her", "this", "it", "they", "he", "she") \
                or not (starts_clause(rtoks) or _past_clause(rtoks)):
            continue
        if not has_verb(ltoks) or _words(left) < 4 or _words(right) < 4 or _MASK.search(s):
            return None
        if _tense(ltoks) != "ed" or _tense(rtoks) != "ed":
            return None  # "When it rains, the road floods": a rule, not two events one after another
        if _bare(rtoks[0]) in ("it", "they", "he", "she", "its", "their", "his", "her"):
            return None  # the pronoun may point at the first clause's subject, or ahead
        first = capitalize_first(_lower_first(left, ctx.people)) if ltoks[0][:1].islower() else left
        return [capitalize_first(first), f"Then {_lower_first(right, ctx.people)}"]
    return None


# -- ", more than …" / ", the highest … since …" ------------------------------------------

def fb_trailing_compare(s: str, ctx: Context) -> list[str] | None:
    """``It had 86mm of rain, more than it usually gets in November`` → ``….`` ``That was more than it usually gets …``

    Also ``…, the highest figure since records started`` → ``That is the highest figure since …``.
    """
    m = re.search(r",\s+((?:more|less|fewer|far more|much more|far less|much less) than\s+.+|"
                  r"the\s+(?:\w+est|most|least|first|largest|biggest|worst|best)\s+[^,]+)$", s)
    if not m:
        return None
    left, right = s[:m.start()], m.group(1)
    ltoks = _main_tokens(left.split())
    if not re.search(r"\d", left) or not has_verb(ltoks) or _words(left) < 5 or _words(right) < 3 \
            or _MASK.search(right) or re.search(r",\s+(?:and|but)\s", right):
        return None
    if right.startswith("the") and (has_verb(right.split()[:3]) or not re.search(r"\b(?:since|in|for|on|of)\b", right)):
        return None
    group = _verb_group(ltoks)
    if group in ("will", "would"):
        be = f"{group} be"
    else:
        perfect = re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", left)
        be = "is" if perfect or group == "present" else "was"
    return [left, f"That {be} {right}"]


# -- "X said NP would A and would B" ------------------------------------------------------------

def fb_said_would_and(s: str, ctx: Context) -> list[str] | None:
    """``Shaw said the town would open A and would pay for B`` → ``Shaw said the town would open A.`` ``Shaw also said the town would pay for B.``"""
    m = re.match(r"^(.+?)\s+(said|says)\s+(?:that\s+)?((?:the|its|their)\s+\w+(?:\s+\w+)?)\s+(would|will|could|can|may|might)\s+"
                 r"(.+?)\s+and\s+(would|will|could|can|may|might)\s+(.+)$", s)
    if not m:
        return None
    subject, verb, np, modal, first, modal2, second = m.groups()
    if has_verb(subject.split()) or has_verb(np.split()) or ", " in first or _MASK.search(s) \
            or _words(first) < 3 or _words(second) < 3:
        return None
    who = again(subject, ctx)
    if who is None:
        return None
    return [f"{subject} {verb} {np} {modal} {first}", f"{who[0]} also {verb} {np} {modal2} {second}"]


# -- ", while S" after a long first clause ---------------------------------------------------

def fb_while(s: str, ctx: Context) -> list[str] | None:
    """``Visits fell by 38%, according to X, while loans rose by half`` → ``Visits fell by 38%, according to X.`` ``But loans rose by half.``"""
    m = None
    for cand in re.finditer(r",\s+(?:while|whereas)\s+", s):
        m = cand
    if m is None:
        return None
    left, right = s[:m.start()], s[m.end():]
    rtoks = right.split()
    place = re.match(r"(?:at|in|on)\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3},?\s+(?=(?:the|its|their)\s)", right)
    if place is not None and starts_clause(right[place.end():].split()):
        rtoks = right[place.end():].split()  # "…, while at St. Aldric's the wait was 31 weeks"
    if not (starts_clause(rtoks) or _past_clause(rtoks)) or not has_verb(left.split()) or _words(left) < 6 \
            or _words(right) < 4 or re.search(r",\s+(?:and|but)\s", right) or _MASK.search(" ".join(rtoks[:4])):
        return None
    if _bare(rtoks[0]) in ("he", "she", "it", "they", "his", "her", "its", "their"):
        return None  # "…, while it …": the pronoun may point at either noun of the first clause
    return [left, f"But {_lower_first(right, ctx.people)}"]


# -- "X grows A and allowed B": two verbs of one subject ------------------------------------------

_POSSESSIVES = frozenset("its his her their our my your the a an".split())


def _form(word: str, nxt: str = "") -> str | None:
    """``s`` (``grows``), ``ed`` (``allowed``, ``held``) or None for a verb form that does not say.

    ``slows its heart``: an -s word before ``its``/``the`` is a verb even when the word list does not know it.
    """
    w = _bare(word)
    if w.endswith("s") and not w.endswith(("ss", "'s", "’s")) and w.isalpha() and _bare(nxt) in _POSSESSIVES \
            and word.islower():
        return "s"
    if w in ("is", "has", "does"):
        return "s"
    if w in ("was", "were", "had", "did") or w in _IRREGULAR_PAST or w.endswith("ed") and is_verb(w, "x"):
        return "ed"
    if w.endswith("s") and not w.endswith("ss") and is_verb(w, "x"):
        return "s"
    return None


def fb_and_verb(s: str, ctx: Context) -> list[str] | None:
    """``It seals its shell with mucus and slows its heart`` → ``It seals its shell with mucus.`` ``It also slows its heart.``"""
    tokens = s.split()
    subj = _main_subject(tokens)
    if subj is None and len(tokens) > 4 and _bare(tokens[0]) in ("he", "she", "it", "the", "this"):
        # "It seals its shell …", "The beetle digs a burrow …": a verb the word list does not know
        limit = 2 if _bare(tokens[0]) in ("he", "she", "it") else 4
        for j in range(1, limit):
            if _form(tokens[j], tokens[j + 1]) is not None:
                if all(x.isalpha() and x.islower() for x in tokens[1:j]):
                    subj = (tokens[:j], j)
                break
    if subj is None or _MASK.search(s):
        return None
    stoks, at = subj
    first = _form(tokens[at], tokens[at + 1] if at + 1 < len(tokens) else "")
    if first is None or _bare(tokens[at]) in AUX:
        return None
    for k in range(at + 2, len(tokens) - 2):
        if _bare(tokens[k]) != "and" or tokens[k - 1].endswith(","):
            continue
        verb = tokens[k + 1]
        second = _form(verb, tokens[k + 2])
        if second is None or _bare(verb) in AUX:
            continue
        between = [_bare(x) for x in tokens[at + 1:k]]
        if any(w in ("that", "which", "who", "when", "if", "because", "whether", "while", "as", "but", "than")
               or w in SUBJ_PRONOUNS for w in between) or any(x.endswith((",", ";", ":")) for x in tokens[at:k]):
            return None  # "said she had ordered X and would …": the second verb may be the reported clause's
        if _bare(tokens[at]) in ("said", "says", "told", "tells"):
            return None
        who = again(" ".join(stoks), ctx)
        if who is None:
            return None
        if who[1] and "s" in (first, second):
            return None  # "They grows": the name and the verb do not agree; no guess
        left, rest = " ".join(tokens[:k]), " ".join(tokens[k + 1:])
        if _words(left) < 5 or _words(rest) < 4:
            return None
        # "It seals X. It also slows Y." (two habits); two past events need no "also": "She moved to London."
        also = " also" if second == "s" else ""
        return [left, f"{who[0]}{also} {rest}"]
    return None


# -- ", which the board described as …" ------------------------------------------------------

_OBJECT_VERBS = ("described", "describes", "called", "calls", "put", "puts", "estimated", "estimates", "valued",
                 "values", "expects", "expected", "rejected", "rejects", "welcomed", "welcomes")


def fb_object_which(s: str, ctx: Context) -> list[str] | None:
    """``…, as investors welcomed the savings, which the company put at $22m`` → ``….`` ``The company put the savings at $22m.``"""
    m = re.search(r",\s+which\s+((?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|he|she|they|it|we)"
                  r"\s+(" + "|".join(_OBJECT_VERBS) + r")\s+(.+)$", s)
    if not m:
        return None
    left, who, verb, rest = s[:m.start()], m.group(1), m.group(2), m.group(3)
    if not has_verb(left.split()) or _words(left) < 5 or re.search(r",\s+(?:and|but)\s", rest):
        return None
    np = re.search(r"\b(the|its|their)\s+((?:[a-z]+\s+)?[a-z]+)$", left)
    if np is not None and not any(_bare(w) in PREPOSITIONS | {"of"} for w in np.group(2).split()):
        thing = f"{np.group(1)} {np.group(2)}"
    elif verb in ("described", "describes", "called", "calls") and re.search(r"\d", " ".join(left.split()[-2:])):
        thing = "this"  # "… the median wait was 31 weeks, which the board described as …"
    else:
        return None
    return [left, f"{capitalize_first(_lower_first(who, ctx.people))} {verb} {thing} {rest}"]


FALLBACK_RULES: tuple[Callable[[str, Context], list[str] | None], ...] = (
    fb_said_and_that, fb_mid_relative, fb_which_said, fb_two_infinitives, fb_trailing_participle,
    fb_because_of, fb_after_past, fb_when_and, fb_dash_clause, fb_when_then, fb_trailing_compare, fb_said_would_and, fb_while,
    fb_object_which, fb_and_verb)
"""Rules tried, in order, on a sentence that is still too long."""

__all__ = ["FALLBACK_RULES", "again", "fb_after_past", "fb_because_of", "fb_dash_clause", "fb_mid_relative",
           "fb_said_and_that", "fb_said_would_and", "fb_trailing_compare", "fb_trailing_participle",
           "fb_two_infinitives", "fb_when_and", "fb_when_then", "fb_which_said", "fb_while",
           "fb_object_which", "fb_and_verb"]
