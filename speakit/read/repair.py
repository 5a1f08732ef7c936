"""Repair pasted text: glued words, missing spaces after punctuation, apostrophes, quotes.

Copying an article out of a browser loses the spaces that sat between HTML
elements ("North Koreaand", "saidMinyoung", "now,North") and some sites drop
apostrophes ("Russias president"). Every rule here only *inserts* spaces or
apostrophes, or swaps non-alphanumeric characters (quotes, odd spaces): repair
never deletes or changes a letter or digit (a Hypothesis test holds it to that).

Quotes: curly quotes and apostrophes become straight ASCII ``"`` and ``'``.
Speech engines, the sentence splitter and plain-text output all treat the
straight forms the same way everywhere, and a paste usually mixes both styles,
so one consistent style is the safer choice.

Glued words are split back with wordninja's word-frequency list, but gated so
names and new compounds stay whole (see :func:`_split_glued`): a split needs a
function word on one side ("ambiguityto", "itsgovernment") or a visibly
finished first word ("grindingslave"); camel case splits when the left part is
a common word ("saidMinyoung", "UkrainianPresident") unless the token repeats or
is a known name ("YouTube", "DeSantis"); a capitalised token loses a glued
function word only when its head stands alone elsewhere in the article
("Koreaand"). On 123,826 CMU dictionary words, 0.3 % of lower-case and 0.01 % of
capitalised spellings get split, nearly all of them rare surnames.

Apostrophes come back only where safe: possessives of names that appear
elsewhere ("Russias president" → "Russia's president") and contractions whose
bare form is not a word ("dont", not "cant").
"""

from __future__ import annotations

import functools
import gzip
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

# Ranks (0 = most frequent) in wordninja's list; the thresholds were chosen by
# looking at which real words and which glued pairs fall where.
KNOWN_RANK = 50_000
"""A token this common is a real word and is never split."""
COMMON_RANK = 40_000
"""Every part of a split must be at least this common."""
RARE_RANK = 90_000
"""A longer word next to a function word may be this rare ("condemnation but")."""

# Closed-class words: glue between an open-class word and one of these is the
# usual paste damage ("ambiguityto", "andused", "itsgovernment").
FUNCTION_WORDS = frozenset("""
a an the and but or nor so yet for of to in on at by with from into onto upon as than then
it its his her hers him he she they them their theirs we us our you your my me i this that
these those there here who whom whose which what when where while whether why how
is was are were be been being am has have had having do does did will would could should
can may might must shall not no also just only even still such both each every all any
some most more many much few very about after before during against between because
said says told if though although unless until since again ever never always
""".split())
# The function words that glue in practice; short pronouns and verbs ("me", "be",
# "so", "am") end too many names and rare words to be trusted.
GLUE_WORDS = FUNCTION_WORDS - frozenset("""
a i he me we us my be am do so no an if up nor yet him she hers them whom ever
""".split())
# Particles form real compounds ("lockdown", "standoff", "turnout", "plugin"),
# so a split whose second part is one of these is not trusted.
PARTICLES = frozenset("up down out off over under back away in on through around".split())
# A first part with one of these endings is a finished word, not a compound
# modifier: "grindingslave", "estimatessuggest", "historicallybeen".
_FINISHED_ENDINGS = ("ing", "ed", "ly", "tion", "sion", "ment", "ness", "ity", "ies", "es")
# Words that are really suffixes: "embeddedness" is not "embedded ness".
_SUFFIX_WORDS = frozenset("""
ness less ship hood wise like able ment ful fully ism isms ists ist ward wards ally arian arianism
ation ations ize ise ized ised ings ers ity ities ous ive ives ably ible ibly dom ette ettes
""".split())
# Endings that make a capitalised glue tail ("Koreaand", "Putinsaid").
_CAPITAL_TAILS = tuple(sorted((w for w in FUNCTION_WORDS if len(w) >= 3), key=len, reverse=True))

# Camel-case words that are names or brands, not two glued words.
CAMEL_NAMES = frozenset("""
YouTube PlayStation WhatsApp LinkedIn TikTok WeChat OpenAI ChatGPT DeepMind DeSantis
DeVos DeJoy DeGeneres DeLauro DiCaprio DiMaggio LaGuardia LeBron McDonald McConnell
McCarthy McKinsey McCain McGregor McLaren MacArthur MacDonald MacBook MacKenzie
BlackRock BlackBerry BlackBerry's PayPal FedEx SpaceX JetBlue SoftBank MasterCard
AstraZeneca BioNTech GlaxoSmithKline HarperCollins PricewaterhouseCoopers ExxonMobil
TotalEnergies ArcelorMittal GitHub GitLab DoorDash CrowdStrike FirstEnergy UnitedHealth
DraftKings FanDuel PetSmart WarnerMedia SiriusXM NewsNation SmackDown WrestleMania
PowerPoint SharePoint OneDrive FaceTime AirPods AirDrop iPhone iPad iPod iCloud iTunes
eBay macOS HuffPost BuzzFeed NatWest EasyJet easyJet RyanAir StarLink Starlink
JPMorgan MoneyGram SolarWinds CloudFlare Cloudflare DreamWorks PlayStation's
LaShawn DeAndre DeShawn DeMar JaVale LaMelo KeyBank NextEra TransCanada VanEck
HarperCollins MySpace SunPower OxyContin QAnon WikiLeaks TripAdvisor BitTorrent
""".split())
_NAME_PARTICLES = frozenset("de da di du van von der den le la al el bin ibn abu ben dos das do "
                            "della del".split())
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Al", "El",
                  "St", "O", "Fitz", "Ter")

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"), None)
_QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032"}
_QUOTES.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033"})
_SPACES: dict[int, str | None] = {ord(c): " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
           "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v"}
_TABLE = {**_ZERO_WIDTH, **_QUOTES, **_SPACES}

# Spans left alone: URLs, e-mail addresses, domain and file names, handles, hashtags.
_PROTECTED_RE = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?<![\w@#])[@#]\w+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|io|co|ai|app|dev|info|biz|news|"
    r"tv|fm|ly|me|uk|ca|au|us|de|fr|eu|ru|ua|cn|jp|in|nz|ie|za|pdf|docx?|xlsx?|csv|jpe?g|png|"
    r"gif|mp3|mp4|html?|txt|zip|py|json)\b(?:/\S*)?",
    re.I)

_WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


@functools.lru_cache(maxsize=1)
def word_ranks() -> dict[str, int]:
    """wordninja's word list as ``{word: frequency rank}`` (loaded once, cached)."""
    import importlib.util

    # Locate the list without importing wordninja: its import builds a model we don't use.
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        log.warning("wordninja is not installed: glued words will not be split")
        return {}
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path) as handle:
        words = handle.read().decode().split()
    ranks: dict[str, int] = {}
    for i, word in enumerate(words):
        ranks.setdefault(word, i)
    return ranks


def repair_text(text: str, *, context: str | None = None) -> str:
    """Return ``text`` with glued words split and spacing, apostrophes and quotes normalized.

    ``context`` is the whole article when ``text`` is only a part of it: names that
    appear elsewhere in it are recognised as names (kept whole, or given a
    possessive apostrophe).
    """
    text = normalize_characters(text)
    context = _normalized(context) if context is not None else text
    out = []
    for chunk, protected in _chunks(text):
        if not protected:
            chunk = fix_punctuation_spacing(chunk)
            chunk = split_glued_words(chunk, context=context)
            chunk = fix_possessives(chunk, context=context)
            chunk = fix_contractions(chunk)
        out.append(chunk)
    return "".join(out)


@functools.lru_cache(maxsize=8)
def _normalized(context: str) -> str:
    # The same article-wide context comes with every paragraph: normalise it once.
    return normalize_characters(context)


def normalize_characters(text: str) -> str:
    """Drop soft hyphens and zero-width marks, straighten quotes, tidy spaces (keeps newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.translate(_TABLE)
    elif "\t" in text or "\f" in text or "\v" in text:
        text = text.translate(_SPACES)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = re.sub(r" {2,}", " ", text)
    return re.sub(r" *\n *", "\n", text).strip(" ")


def _chunks(text: str) -> list[tuple[str, bool]]:
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in _PROTECTED_RE.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        # A sentence-final full stop is not part of a URL or domain.
        span = m.group(0)
        trail = len(span) - len(span.rstrip(".,;:!?)\"'"))
        out.append((span[:len(span) - trail], True))
        pos = m.end() - trail
    out.append((text[pos:], False))
    return [c for c in out if c[0]]


# -- spaces after punctuation ------------------------------------------------

_AFTER_COMMA_RE = re.compile(r"(?<=[^\W\d_]|[)\]\"'%])([,;])(?=[^\W\d_]|[(\[](?=\w))")
_AFTER_COMMA_DIGIT_RE = re.compile(r"(?<=\d)([,;])(?=[^\W\d_]{2})")
_AFTER_COLON_RE = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=[)\]\"']))(:)(?=[^\W\d_]{2}|\"(?=\w))")
# A full stop, ? or ! followed by a capitalised word (at least one lower-case
# letter after the capital, so "U.S", "Ph.D", "ASP.NET" stay joined).
_AFTER_STOP_RE = re.compile(r"(?<=[\w)\]\"'%])([.?!])(?=[A-Z][a-z])")
# Sentence end glued to an opening quote: X."Aggressors, Frolova."It
_CLOSE_BRACKET_RE = re.compile(r"(?<=[^\s(][^\s(])(\))(?=[^\W\d_]{2})")
# "Union(ATU)": an acronym in brackets glued to the word before it.
_OPEN_BRACKET_RE = re.compile(r"(?<=[^\W\d_]{3})(\()(?=[A-Z][A-Za-z]*[A-Z])")


_STOP_QUOTE_RE = re.compile(r'(?<=\w[.?!])"(?=[A-Z])')


def _space_quotes(line: str) -> str:
    # Straight double quotes alternate open, close, open … within a paragraph; with
    # that parity known, an opening quote glued to the word before it (X."Aggressors)
    # and a closing quote glued to the word after it (windows,"said) get their space.
    positions = [i for i, c in enumerate(line) if c == '"']
    if len(positions) % 2:
        # Unbalanced (a quote runs on from another paragraph): only the safe case,
        # a quote right after a full stop and before a capital, which opens.
        return _STOP_QUOTE_RE.sub(' "', line)
    if not positions:
        return line
    out, prev = [], 0
    for k, pos in enumerate(positions):
        opening = k % 2 == 0
        out.append(line[prev:pos])
        before = line[pos - 1] if pos else " "
        after = line[pos + 1] if pos + 1 < len(line) else " "
        if opening and (before.isalnum() or before in ".,;:?!") and after.isalnum():
            out.append(" ")
        out.append('"')
        if not opening and after.isalpha() and (before in ".,;:?!" or before.isalnum()):
            out.append(" ")
        prev = pos + 1
    out.append(line[prev:])
    return "".join(out)


def fix_punctuation_spacing(text: str) -> str:
    """Insert the missing space after , ; : . ? ! before a word or an opening quote."""
    text = "\n".join(_space_quotes(line) for line in text.split("\n"))
    text = _AFTER_COMMA_RE.sub(r"\1 ", text)
    text = _AFTER_COMMA_DIGIT_RE.sub(r"\1 ", text)
    text = _AFTER_COLON_RE.sub(r"\1 ", text)
    text = _AFTER_STOP_RE.sub(r"\1 ", text)
    text = _OPEN_BRACKET_RE.sub(r" \1", text)
    return _CLOSE_BRACKET_RE.sub(r"\1 ", text)


# -- glued words ---------------------------------------------------------------

_WORD_DIGIT_RE = re.compile(r"(?<![\w.])(in|on|by|since|from|of|to|until|before|after|and|than|about|"
                            r"nearly|almost|over|under|between|during|around)(?=\d)", re.I)
_NUMBER_WORD_RE = re.compile(r"(?<=\d)(?=(?:thousand|million|billion|trillion|percent)\b)")
_YEAR_WORD_RE = re.compile(r"\b((?:1[89]|20)\d\d)(?=([a-z]{3,})\b)")


def _split_digit_glue(text: str) -> str:
    # "in2022", "4.2billion", "2022while": a number run into a word.
    text = _WORD_DIGIT_RE.sub(r"\1 ", text)
    text = _NUMBER_WORD_RE.sub(" ", text)
    ranks = word_ranks()
    return _YEAR_WORD_RE.sub(
        lambda m: m.group(1) + " " if ranks.get(m.group(2), 10**9) < COMMON_RANK else m.group(1), text)


def split_glued_words(text: str, *, context: str | None = None) -> str:
    """Split tokens that are two words run together; names and real compounds stay whole."""
    context = text if context is None else context
    text = _split_digit_glue(text)
    counts = _word_counts(context)

    def fix(m: re.Match[str]) -> str:
        token = m.group(0)
        if "'" in token or "-" in token:
            return "-".join(_split_token(p, counts) if "'" not in p else p for p in token.split("-"))
        return _split_token(token, counts)

    return _WORD_RE.sub(fix, text)


@functools.lru_cache(maxsize=8)
def _word_counts_cached(context: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in re.findall(r"[^\W\d_]+", context):
        counts[word] = counts.get(word, 0) + 1
    return counts


@functools.lru_cache(maxsize=8)
def _hyphen_word_counts(context: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", context):
        counts[word] = counts.get(word, 0) + 1
    return counts


def _word_counts(context: str) -> dict[str, int]:
    return _word_counts_cached(context)


def _split_token(token: str, counts: dict[str, int]) -> str:
    if len(token) < 4 or token in CAMEL_NAMES:
        return token
    camel = _split_camel(token, counts)
    if camel is not None:
        return camel
    if token.islower():
        parts = _split_glued(token.lower())
        return token if parts is None else _respace(token, parts)
    if token[0].isupper() and token[1:].islower():
        return _split_capitalised(token, counts)
    return token


def _respace(token: str, parts: list[str]) -> str:
    out, pos = [], 0
    for part in parts:
        out.append(token[pos:pos + len(part)])
        pos += len(part)
    return " ".join(out)


def _split_camel(token: str, counts: dict[str, int]) -> str | None:
    # "UkrainianPresident", "saidMinyoung": one case change inside the token.
    m = re.fullmatch(r"([A-Z]?[a-z]+)([A-Z][a-z]+)", token)
    if not m:
        return None
    left, right = m.groups()
    ranks = word_ranks()
    if counts.get(token, 0) >= 2 or left in _NAME_PREFIXES or len(left) < 2:
        return token  # repeated camel case is a name or brand
    if left.islower():
        # "saidMinyoung", "andKim": a lower-case word glued to a capitalised one;
        # "deGrasse", "vanGogh" keep their name particles.
        if left in _NAME_PARTICLES:
            return token
        common = left in GLUE_WORDS or (len(left) >= 3 and ranks.get(left, 10**9) < COMMON_RANK)
        return f"{left} {right}" if common else token
    if len(right) < 4:
        return token  # "CalMac", "GoPro": a short capitalised tail is a brand, not a word
    if len(left) >= 3 and ranks.get(left.lower(), 10**9) < COMMON_RANK and \
            (ranks.get(right.lower(), 10**9) < COMMON_RANK or counts.get(right, 0) >= 1):
        return f"{left} {right}"
    return token


def _split_glued(word: str) -> list[str] | None:
    """Two words run together (``word`` is lower-case), or ``None`` to keep it whole."""
    ranks = word_ranks()
    rank = ranks.get(word)
    if rank is not None and rank < KNOWN_RANK:
        return None
    best: tuple[int, list[str]] | None = None
    for i in range(2, len(word) - 1):
        left, right = word[:i], word[i:]
        lr, rr = ranks.get(left), ranks.get(right)
        if lr is None or rr is None:
            continue
        if rank is not None and not (left in FUNCTION_WORDS and right in FUNCTION_WORDS):
            continue  # a listed rare word ("ofthe" is listed too, hence the exception)
        if not _plausible_glue(left, right, lr, rr):
            continue
        cost = lr + rr
        if best is None or cost < best[0]:
            best = (cost, [left, right])
    return None if best is None else best[1]


def _plausible_glue(left: str, right: str, lr: int, rr: int) -> bool:
    if left in GLUE_WORDS and right in GLUE_WORDS:
        return len(left) + len(right) >= 5  # "butthere", "inthe"; not "isas"
    if right in PARTICLES:
        return False
    # Next to a function word a rarer open-class word is still trusted
    # ("condemnationbut"), as long as it is not a short fragment.
    if left in GLUE_WORDS and left not in PARTICLES:
        return _open_word_ok(right, rr, short_partner=len(left) <= 2)
    if right in GLUE_WORDS:
        return _open_word_ok(left, lr, short_partner=len(right) <= 2)
    if left in FUNCTION_WORDS or right in FUNCTION_WORDS:
        return False
    if lr >= COMMON_RANK or rr >= COMMON_RANK or right in _SUFFIX_WORDS:
        return False
    # Two open-class words: only when the first one is visibly a finished word,
    # so compounds like "livestreamed", "chatbots", "drawdown" stay whole.
    return len(left) >= 5 and len(right) >= 4 and left.endswith(_FINISHED_ENDINGS)


def _open_word_ok(word: str, rank: int, *, short_partner: bool) -> bool:
    # A two-letter partner ("uniformit", "ambiguityto") is easy to find by chance
    # at the end of a rare name, so the other part must be a long word then.
    if len(word) < (5 if short_partner else 4):
        return False
    if len(word) == 4:
        return rank < 10_000
    return rank < COMMON_RANK or (len(word) >= 6 and rank < RARE_RANK)


def _split_capitalised(token: str, counts: dict[str, int]) -> str:
    # "Koreaand", "Putinsaid": a name glued to a following function word. The
    # name must be a common word or appear on its own elsewhere in the article.
    ranks = word_ranks()
    if counts.get(token, 0) >= 2:
        return token
    lower = token.lower()
    if ranks.get(lower, 10**9) < KNOWN_RANK:
        return token
    for tail in _CAPITAL_TAILS:
        if lower.endswith(tail) and len(lower) - len(tail) >= 3:
            head = token[:-len(tail)]
            # Evidence that the head is a word of its own: it stands alone elsewhere
            # in the article ("Korea"), or it is a function word ("Butthere").
            if counts.get(head, 0) >= 1 or (head.lower() in GLUE_WORDS and lower not in ranks):
                return f"{head} {token[-len(tail):]}"
    return token


# -- missing apostrophes -------------------------------------------------------

_POSSESSIVE_RE = re.compile(
    r"(?<![\w'-])(?P<prev>[A-Za-z]+ )?(?P<base>[A-Z][\w]*(?:-[\w]+)*?)s(?= (?P<next>[a-z]+)\b)")
_NOT_AFTER_POSSESSIVE = FUNCTION_WORDS | frozenset("""
say tell added reported announced agreed argued believe believed claimed continue continued
face faced remain remained seem seemed want wanted need needed think thought know knew
went go come came take took make made get got give gave see saw use used
""".split())
_PLURAL_CUES = frozenset("the two both all three four five several many these those other".split())


@functools.lru_cache(maxsize=256)
def _plural_uses(word: str, context: str) -> bool:
    pattern = (r"(?:\b(?:the|two|both|all|many|some|these|those)\s+" + re.escape(word) + r"\b|"
               r"\b" + re.escape(word) + r"(?:\s*[.,;:!?)]|\s+(?:" +
               "|".join(sorted(_NOT_AFTER_POSSESSIVE)) + r")\b))")
    return re.search(pattern, context) is not None


def _used_as_plural(word: str, context: str) -> bool:
    """``the Houthis`` or ``Houthis said`` somewhere in the article: a plural, not a possessive."""
    return _plural_uses(word, context)


def fix_possessives(text: str, *, context: str | None = None) -> str:
    """Add a dropped possessive apostrophe: ``Russias president`` → ``Russia's president``.

    Only when safe: the name without the s appears elsewhere in the article, the
    s-form is not itself a common word, the next word is not a verb or function
    word, and nothing before it reads as a plural ("the Koreas").
    """
    context = text if context is None else context
    ranks = word_ranks()

    def fix(m: re.Match[str]) -> str:
        base, nxt, prev = m.group("base"), m.group("next"), (m.group("prev") or "").strip()
        whole = m.group(0)
        if len(base) < 3 or nxt in _NOT_AFTER_POSSESSIVE or nxt.endswith(("ly", "ing")):
            return whole
        if base.isupper() or nxt.endswith("ed"):
            return whole  # "MPs warned", "CEOs earn", "Houthis attacked": plurals
        if _used_as_plural(base + "s", context):
            return whole
        if prev.lower() in _PLURAL_CUES:
            return whole
        if not _hyphen_word_counts(context).get(base):
            return whole
        if ranks.get((base + "s").lower(), 10**9) < 20_000:
            return whole  # a common word or plural in its own right: "Williams", "Koreans"
        return whole[:-1] + "'s"

    return _POSSESSIVE_RE.sub(fix, text)


# Contractions whose apostrophe-less form is not an English word ("cant", "wont",
# "lets", "ill", "were" are, so they are left alone).
_CONTRACTIONS = {w.replace("'", ""): w for w in """
don't doesn't didn't isn't wasn't aren't weren't couldn't wouldn't shouldn't hasn't haven't
hadn't mustn't needn't you're they're we've they've you've that's what's there's who's
""".split()}
_CONTRACTION_RE = re.compile(r"\b(" + "|".join(_CONTRACTIONS) + r")\b", re.I)


def fix_contractions(text: str) -> str:
    """Put back a dropped apostrophe in an unambiguous contraction: ``dont`` → ``don't``."""
    def fix(m: re.Match[str]) -> str:
        word = m.group(1)
        cut = _CONTRACTIONS[word.lower()].index("'")
        return word[:cut] + "'" + word[cut:]

    return _CONTRACTION_RE.sub(fix, text)


__all__ = ["repair_text", "normalize_characters", "fix_punctuation_spacing", "fix_contractions",
           "split_glued_words", "fix_possessives", "word_ranks"]
