"""Recognise the lines a pasted news page carries around the article: menus, labels,
bylines, timestamps, share prompts, adverts, related links, durations.

Each ``is_*``/``parse_*`` function looks at one line (already whitespace-normalised)
and answers without context; the text reader decides where in the page they count.
"""

from __future__ import annotations

import re

MENU_WORDS = frozenset("""
home webmail login logout register advertise menu search regions sections newsletters
newsletter subscribe account donate e-edition podcasts weather traffic contact
""".split())
_MENU_PHRASES_RE = re.compile(
    r"\b(?:log ?in|log ?out|sign ?in|sign ?up|skip to (?:main )?content|my account|contact us|"
    r"about us|watch live|live tv|maintenance mode|all sections|main menu)\b", re.I)
_TEMPERATURE_RE = re.compile(r"-?\d+(?:\.\d+)?\s?°\s?[CF]\b")

SECTION_WORDS = frozenset("""
world news analysis politics business sport sports opinion canada us uk europe asia africa
americas australia health science tech technology climate environment entertainment culture
arts live exclusive breaking investigation investigations explainer features feature markets
economy local national international middle east india china ukraine russia war travel
lifestyle education money personal finance global commentary editorial editorials video
videos watch listen podcast podcasts photos gallery weather crime justice us-news uk-news
elections election politics-news fact check factcheck review reviews interview long read
""".split())

_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATE_TOKEN_RE = re.compile(
    rf"(?:{_MONTHS}|{_WEEKDAYS}|\d{{1,4}}(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}(?::\d{{2}})?|"
    r"[ap]\.?m\.?|AM|PM|A\.M\.|P\.M\.|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|MT|GMT|UTC|BST|CET|CEST|"
    r"AEST|AEDT|IST|UK|US|[ECMPAHNK][SD]T|AK[SD]T|HST|[+-]\d{1,2}(?::?\d{2})?|at|on|updated|published|posted|last|first|modified|today|yesterday|"
    r"and|[,|·•/:.\-–—()])", re.I)
_RELATIVE_TIME_RE = re.compile(
    r"^(?:(?:published|posted|updated|last updated)\s*:?\s*)?"
    r"(?:\d+|an?|one|two|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|"
    r"months?|years?)\s+ago$", re.I)
_STAMP_RE = re.compile(
    r"^(?P<label>Published|Posted|Updated|Last updated|First published|Modified|Date)\b\s*(?:on|at)?\s*:?\s*"
    r"(?P<when>.*)$", re.I)
_READ_TIME_RE = re.compile(r"^(?:\d+|one|two|three|four|five)[- ](?:min(?:ute)?s?) (?:read|listen)$|"
                           r"^reading time:?\s*\d+\s*min(?:ute)?s?$", re.I)

_DURATION_RE = re.compile(
    r"^(?:(?:video |audio )?duration\s*:?\s*|length\s*:?\s*|runtime\s*:?\s*|\()?"
    r"(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,2}):(?P<s>\d{2})\)?(?:\s*[-–—|]\s*Source:\s*[\w .&-]{1,40})?$",
    re.I)
_DURATION_WORDS_RE = re.compile(
    r"^(?:(?:video |audio )?duration\s*:?\s*)?(?:(?P<m>\d{1,3})\s*(?:min|mins|minutes?|m)\b\.?)?"
    r"\s*(?:(?P<s>\d{1,2})\s*(?:s|sec|secs|seconds?)\b\.?)?$", re.I)

SHARE_LINES = frozenset("""
share|save|share this article|share this story|share this|share on facebook|share on twitter|
share on x|share via email|share page|facebook|twitter|x|email|e-mail|print|copy link|link copied|
comments|comment|view comments|show comments|follow|add topic|gift this article|gift article|
bookmark|listen|listen to this article|listen to article|listen to this story|play|pause|
subscribe|sign up|newsletter|get our newsletter|follow us|whatsapp|linkedin|reddit|more|close|
open|menu|search|advertisement|ad|advert|sponsored|sponsored content|paid content|
story continues below advertisement|article continues below advertisement|continue reading|
article continues below|skip advertisement|ad feedback|supported by|join the conversation|
read more|related|more options|save article|saved|copy|flipboard|pinterest|threads|bluesky|
remove ads|hide caption|toggle caption|enlarge this image|expand|back to top|top|
this article is more than 1 year old|this article is more than 2 years old|
audio available|watch now|play video|subscribe now|log in to save|listen now|
reuse this content|sign in to comment|video|videos|featured video|more videos|top videos|
photos|photo gallery|gallery|view gallery|watch|watch live|play all|up next|next up|autoplay|
add to your saved stories|save to my list|
social sharing|audio|
why you can trust sky news|image|picture|photo|
share full article|link copied!|link copied|
open this photo in gallery|video ad feedback|ad feedback|order reprints|learn more|
see all topics|follow topics|skip advertisement
""".replace("\n", "").split("|"))
_SHARE_PREFIX_RE = re.compile(
    r"^(?:sign up (?:for|to)\b|subscribe (?:to|for|now)\b|get (?:the|our) .{0,40}newsletter|"
    r"follow (?:us|\w+ \w*) on\b|listen to this article|listen\s*[·•|]\s*\d|"
    r"this article is more than \d+ \w+ old|download (?:the|our) .{0,30}app|"
    r"click here to\b|tap here to\b|want more\b.{0,60}\?$|you can unsubscribe|"
    r"by signing up|enter your email|your email address|we care about your privacy|"
    r"share (?:this|on|via)\b|advertisement\b|story continues below|"
    r"this advertisement has not loaded|(?:image |photo |picture )?\d{1,2} of \d{1,2}$|"
    r"follow .{1,60} on (?:x|twitter|facebook|instagram|threads|bluesky|tiktok|youtube|whatsapp)\b|"
    r"get in touch\b|article content$|the audio version of this article\b|"
    r"[\w' ]{0,20}journalistic standards and practices|estimated \d+ min(?:ute)?s?$)", re.I)
_RELATED_LINK_RE = re.compile(
    r"^(?:read more|read also|also read|see also|related|more|recommended|watch more|read next|"
    r"more coverage|more on this|further reading|see more on|more from [\w ]{1,30})\s*[:|»>\-–—]\s*\S",
    re.I)
CUTOFF_LINES = frozenset("""
related topics|more on this story|more on this topic|most read|most popular|most viewed|
related stories|related articles|related content|related coverage|related links|top stories|
you may also like|you might also like|you may be interested in|recommended|recommended stories|
recommended for you|trending|trending now|latest news|latest stories|around the web|
comments|comment|join the conversation|more stories|more news|from around the web|
what to read next|read next|editor's picks|editors' picks|related|popular now|
sponsored stories|don't miss|more from bbc|more from this author|
around the bbc|promoted stories|topics|tags|related tags|more to explore|
explore more on these topics|explore more|corrections and clarifications|report error|
submit a news tip|more on these topics|reuse this content|
our standards: the thomson reuters trust principles.|our standards
""".replace("\n", "").split("|"))
_COPYRIGHT_RE = re.compile(r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|"
                           r"a version of this article appear(?:s|ed) in print)", re.I)
_CREDITS_TRAILER_RE = re.compile(
    r"^(?:\(?(?:reporting|additional reporting|writing|editing|compiled|contributing|"
    r"with files from|with reporting from)\b.*\bby\b|\(?with (?:files|reporting) from\b|"
    r"[\w .'-]{2,60} contributed (?:reporting|to this report)\b)", re.I)
_BYLINE_RE = re.compile(r"^(?:By|BY|Written by|Words by|Story by|Analysis by)\s+"
                        r"(?P<who>[A-Z\u00c0-\u024f][^.!?]{1,120})$")
_ROLE_BYLINE_RE = re.compile(
    r"^(?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}?(?: and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})?)"
    r"(?:,? (?:in|at) [A-Z][\w ]{2,30}|,? (?:[A-Z]?[\w-]+ ){0,3}(?:correspondent|editor|reporter|"
    r"writer|journalist|columnist|producer|contributor|analyst|critic))$")
_MEDIA_START_RE = re.compile(
    r"^(?P<kind>WATCH|Watch|VIDEO|Video|LISTEN|Listen|AUDIO|Audio|PODCAST|Podcast)\s*"
    r"(?:\||:|—|–|-)\s*(?P<title>\S.*)$")
_BBC_MEDIA_RE = re.compile(r"^Media caption,\s*(?P<title>.+)$")
_PLAY_VIDEO_RE = re.compile(r"^Play (?P<kind>video|audio),?\s*\"?(?P<title>.*?)\"?,?\s*"
                            r"(?:duration\s*(?P<dur>\d{1,2}(?::\d{2}){1,2}))?$", re.I)


def words_of(line: str) -> list[str]:
    """The words of a line (letters, digits, apostrophes, hyphens)."""
    return re.findall(r"[\w'’.-]+", line)


def ends_sentence(line: str) -> bool:
    """True when the line ends like running text (. ! ? or a closing quote after them)."""
    return bool(re.search(r"[.!?…][\"')\]]*$|[.!?,][\"']$", line.strip()))


def is_site_header(line: str) -> bool:
    """Menu, login, weather or date strip at the top of a page."""
    low = line.lower()
    bars = line.count("|")
    if ends_sentence(line) and len(line.split()) >= 6 and bars < 2:
        return False  # running text that mentions "45°C" or "sign up" is not a menu
    if _TEMPERATURE_RE.search(line) or _MENU_PHRASES_RE.search(line):
        return True
    tokens = re.findall(r"[a-z][a-z-]*", low)
    if sum(t in MENU_WORDS for t in tokens) >= 2 and not ends_sentence(line):
        return True
    segments = [s.strip() for s in re.split(r"\s*\|\s*|\s[•·]\s|\s{2,}", line) if s.strip()]
    return len(segments) >= 3 and all(len(s.split()) <= 4 for s in segments)


def is_menu_run(line: str) -> bool:
    """A row of capitalised menu entries: "News Sport Weather Sounds Bitesize"."""
    words = line.split()
    return (len(words) >= 4 and not ends_sentence(line)
            and all(w[:1].isupper() or w in ("&", "|", "•") for w in words)
            and not any(w.lower() in ("the", "of", "and", "in", "to", "for", "a") for w in words))


def is_category_label(line: str) -> bool:
    """A section label such as ``World``, ``Analysis``, ``WorldAnalysis``, ``Politics | News``."""
    text = line.strip()
    if not text or len(text) > 40 or ends_sentence(text):
        return False
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", text)
    parts = re.split(r"[\s|/•·>»›]+", spaced)
    parts = [p.lower().strip(",:") for p in parts if p.strip(",:")]
    if not 0 < len(parts) <= 4:
        return False
    if all(p in SECTION_WORDS for p in parts):
        return True
    # Two labels pasted together, the second one a place: "CanadaBritish Columbia".
    return bool(re.match(r"[A-Z][a-z]+[A-Z]", text)) and parts[0] in SECTION_WORDS


def parse_byline(line: str) -> str | None:
    """The author part of a byline line (``By Jane Doe and John Roe, Reuters``), else ``None``."""
    m = _BYLINE_RE.match(line.strip())
    if not m:
        return None
    who = re.split(r"\s+[|·•]\s+", m.group("who"))[0].strip().rstrip(",")
    if len(who.split()) > 14:
        return None
    names = [w for w in re.findall(r"[\w'’-]+", who) if w.lower() not in ("and", "in", "of", "the")]
    if not names or sum(w[:1].isupper() for w in names) < len(names) * 0.6:
        return None
    return who


_NEWSLETTER_RE = re.compile(
    r"^(?:sign up (?:to|for)\b(?=.{0,60}(?:newsletter|email|inbox|daily|weekly|briefing|updates)|"
    r".{0,40}$)|subscribe to (?:our|the)\b|get (?:the|our) .{0,40}newsletter|"
    r"[\w ]{0,30}newsletter$|privacy notice:|after newsletter promotion|"
    r"newsletters? may contain\b)", re.I)


def is_newsletter_prompt(line: str) -> bool:
    """A newsletter box line: ``Sign up to Business Today``, ``Free daily newsletter``."""
    text = line.strip()
    if not _NEWSLETTER_RE.match(text) or len(text.split()) > 30:
        return False
    return len(text.split()) <= 8 or not ends_sentence(text) or bool(
        re.search(r"newsletter|e-?mail|inbox|privacy|unsubscribe", text, re.I))


def parse_byline_strip(line: str) -> tuple[str, str | None] | None:
    """``(author, time)`` from a strip like ``Chris Brown · CBC News · Posted: Nov 02 …``, else ``None``."""
    parts = [p.strip() for p in re.split(r"\s+[·•|]\s+", line.strip()) if p.strip()]
    if len(parts) < 2 or not all(len(p.split()) <= 12 for p in parts):
        return None
    stamps = [parse_timestamp(p) for p in parts]
    if not any(stamps):
        return None
    names = [p for p, st in zip(parts, stamps) if not st]
    who = None
    for part in names:
        by = parse_byline(part)
        if by or re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}", part):
            who = by or part
            break
    if who is None or not all(st or re.fullmatch(r"[\w'’.&, -]+", p) for p, st in zip(parts, stamps)):
        return None
    when = next((st[1] for st in stamps if st and st[0] == "published"), None) or \
        next((st[1] for st in stamps if st), None)
    return who, when


def parse_role_byline(line: str) -> str | None:
    """The author in ``Jasmine Patel Transport correspondent`` or ``Jane Doe in Nairobi``, else ``None``."""
    # Callers only trust this near the top: a Title Case heading can look alike.
    m = _ROLE_BYLINE_RE.match(line.strip())
    return m.group("who").strip() if m else None


def parse_timestamp(line: str) -> tuple[str, str] | None:
    """``(label, when)`` for a publication/update stamp or a bare date line, else ``None``.

    ``label`` is ``published``, ``updated`` or ``relative`` (``4 days ago``).
    """
    text = line.strip().strip("|·•").strip()
    if not text or len(text) > 120:
        return None
    # Reuters pastes glue the parts: "November 2, 202412:34 PM GMT+1Updated 2 hours ago".
    text = re.sub(r"(\b(?:19|20)\d\d)(\d{1,2}:\d{2})", r"\1 \2", text)
    glued = re.match(r"^(?P<first>.+?\S)(?=(?:Updated|Published|Posted|Last updated)\b)", text)
    if glued and parse_timestamp(glued.group("first")):
        return parse_timestamp(glued.group("first"))
    if _RELATIVE_TIME_RE.match(text):
        m = _STAMP_RE.match(text)
        if m:  # "Published 3 hours ago": a publication stamp, as written
            label = m.group("label").lower()
            return ("updated" if label in ("updated", "last updated", "modified") else "published",
                    m.group("when").strip())
        return ("relative", text)
    if _READ_TIME_RE.match(text):
        return ("relative", text)
    m = _STAMP_RE.match(text)
    if m:
        when = m.group("when").strip()
        label = "updated" if m.group("label").lower() in ("updated", "last updated", "modified") \
            else "published"
        if not when or _is_date_text(when) or _RELATIVE_TIME_RE.match(when):
            return (label, when)
        return None
    if _is_date_text(text) and re.search(r"\d", text) and (
            re.search(_MONTHS, text) or re.search(r"\d{4}-\d{2}-\d{2}", text) or
            re.search(r"\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|AM|PM|GMT|UTC|ET|BST)", text, re.I)):
        return ("published", text)
    return None


def _is_date_text(text: str) -> bool:
    rest = re.sub(r"\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", " ", text)
    rest = _DATE_TOKEN_RE.sub(" ", rest)
    return not rest.strip()


def parse_duration(line: str) -> float | None:
    """Seconds for a duration line (``Duration 0:33``, ``1:02``, ``3 min``), else ``None``."""
    text = line.strip()
    m = _DURATION_RE.match(text)
    if m:
        return int(m.group("h") or 0) * 3600 + int(m.group("m")) * 60 + int(m.group("s"))
    m = _DURATION_WORDS_RE.match(text)
    if m and (m.group("m") or m.group("s")) and text:
        return int(m.group("m") or 0) * 60 + int(m.group("s") or 0)
    return None


def is_share_line(line: str) -> bool:
    """Share / save / newsletter / advert prompt."""
    text = line.strip().rstrip(":").strip()
    low = re.sub(r"\s+", " ", text.lower())
    if low in SHARE_LINES:
        return True
    words = len(text.split())
    # A prompt is short; a long sentence that starts "Subscribe to …" is news.
    return bool(_SHARE_PREFIX_RE.match(text)) and (words <= 8 or (words <= 15 and not ends_sentence(text)))


_RELATED_HEAD_RE = re.compile(r"^(?:read more|related|more from|see also|also read|read also|"
                              r"more on this|recommended|watch more|listen more)\b.{0,40}:$", re.I)


def is_related_link(line: str) -> bool:
    """``Read more: …``, ``RELATED: …`` and similar single-line links."""
    return bool(_RELATED_LINK_RE.match(line.strip())) and len(line.split()) <= 30


def is_related_head(line: str) -> bool:
    """``Read more from Sky News:``: the links it introduces follow on the next lines."""
    return bool(_RELATED_HEAD_RE.match(line.strip()))


_ROLE_WORD_RE = re.compile(r"\b(?:correspondent|editor|reporter|writer|journalist|columnist|producer|"
                           r"contributor|analyst|critic|staff)\b", re.I)


def is_name_line(line: str) -> bool:
    """A bare name: two to four capitalised words and nothing else (``Tomás Rivera``)."""
    return bool(re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}", line.strip()))


def has_role_word(line: str) -> bool:
    """Names a newsroom role or desk: ``Latin America correspondent``, ``BBC Scotland News``."""
    text = line.strip()
    if len(text.split()) > 10:
        return False
    return bool(_ROLE_WORD_RE.search(text) or re.match(r"Reporting from", text) or
                (len(text.split()) <= 5 and re.search(r"\b(?:News|Press|Newsroom|Desk)\b", text)
                 and not ends_sentence(text)))


_EMBED_ATTRIBUTION_RE = re.compile(
    r"^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(?:" + _MONTHS + r"\s+\d{1,2},\s+\d{4}|\d{1,2}\s+" +
    _MONTHS + r"\s+\d{4})?\s*$")


def is_embed_attribution(line: str) -> bool:
    """The signature under a pasted social-media post: ``— Ottawa Police (@OttawaPolice) Nov 2, 2024``."""
    return bool(_EMBED_ATTRIBUTION_RE.match(line.strip()))


def is_cutoff(line: str) -> bool:
    """A heading after which a page shows only links and footer (``Related topics``, ``Most read``)."""
    low = line.strip().rstrip(":").strip().lower()
    return low in CUTOFF_LINES or bool(_COPYRIGHT_RE.match(line.strip()))


def is_copyright(line: str) -> bool:
    """``© 2024 …``, ``Copyright …``."""
    return bool(_COPYRIGHT_RE.match(line.strip()))


def is_credits_trailer(line: str) -> bool:
    """``Reporting by X; Editing by Y``, ``With files from The Canadian Press``."""
    return bool(_CREDITS_TRAILER_RE.match(line.strip())) and len(line.split()) <= 40


def parse_media_start(line: str) -> tuple[str, str] | None:
    """``(kind, title)`` for ``WATCH | …``, ``Watch: …``, ``LISTEN | …``, ``Media caption, …``."""
    text = line.strip()
    m = _MEDIA_START_RE.match(text)
    if m and len(text.split()) <= 40:
        kind = "audio" if m.group("kind").lower() in ("listen", "audio", "podcast") else "video"
        return kind, m.group("title").strip()
    m = _BBC_MEDIA_RE.match(text)
    if m:
        title = re.sub(r"^(?:Watch|WATCH|Video|Listen)\s*:\s*", "", m.group("title").strip())
        return ("audio" if text.lower().startswith("media caption, listen") else "video"), title
    return None


def parse_play_line(line: str) -> tuple[str, str, float | None] | None:
    """``Play video, "Title", duration 2:05`` → ``(kind, title, seconds)``."""
    m = _PLAY_VIDEO_RE.match(line.strip())
    if not m:
        return None
    dur = parse_duration(m.group("dur")) if m.group("dur") else None
    return m.group("kind").lower(), m.group("title").strip(), dur


__all__ = [
    "ends_sentence", "is_category_label", "is_copyright", "is_credits_trailer", "is_cutoff",
    "has_role_word", "is_embed_attribution", "is_menu_run", "is_name_line", "is_newsletter_prompt", "is_related_head",
    "is_related_link", "is_share_line", "is_site_header", "parse_byline",
    "parse_byline_strip", "parse_duration", "parse_media_start", "parse_role_byline", "parse_play_line", "parse_timestamp", "words_of",
]
