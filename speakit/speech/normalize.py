"""Written news text → the exact words a person reads aloud (before any engine).

The output holds no digits and no symbols an engine reads oddly; only letters,
spaces and the punctuation that shapes prosody (``. , ; : ? ! ' " - ( )``).
Rules run in a fixed order, most specific first (URLs, phone numbers, dates,
times, money, units) down to the general ones (any number left, any symbol
left), so a general rule never sees what a specific one should have read.

Readings chosen (and pinned by tests/speech/normalize_cases.tsv):

* money: "$2.50" → "two dollars and fifty cents", "£5.6bn" → "five point six billion pounds";
* clock times say the part of the day: "4:30 p.m." → "four thirty in the afternoon",
  "9 p.m." → "nine at night", "12 p.m." → "noon" (engines spell "p.m." and "PM" oddly);
* dates as written: "Oct. 17, 2024" → "October seventeenth, twenty twenty-four",
  "17 October 2024" → "the seventeenth of October twenty twenty-four"; all-number dates
  follow ``language`` (en-GB/AU/NZ/IE/IN/ZA day first, otherwise month first);
* a bare 4-digit number from 1100 to 2099 is a year unless a plural noun follows
  ("2024 people" → "two thousand and twenty-four people"); cardinals use British "and";
* acronyms: spelled as spaced capitals ("U S", "F B I", "W H O") or written as a word
  ("Nato", "Brics"); unknown ones by whether they can be pronounced, or are a common word
  of the wordninja list ("RHYTHM") or two run together ("NORTHBRIDGE");
* shouting: a run of capitals that holds common words is read in lower case even inside
  sentence-case text ("WHAT HAPPENS NEXT? The…" → "what happens next? The…",
  '"THIS IS NOT A DRILL"' → '"this is not a drill"'); a single label keeps one capital
  ("BREAKING:" → "Breaking:");
* hyphenated money is an adjective before a noun ("a $1.2-billion deal" → "a one point two
  billion dollar deal", "a £5m-a-year contract" → "a five million pound a year contract")
  and a noun otherwise ("$1.2-billion" → "one point two billion dollars", "€3bn-plus" →
  "three billion euros plus"); after "a", unhyphenated money and units before a noun are
  adjectives too ("a £2m fund", "the 1.5GW scheme");
* scores and ranges use "to": "10-2" → "ten to two", "3-0" → "three to nil".
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from re import Match

from .numbers import (cardinal, decade, digit_words, model_number, number, ordinal, plural_number,
                      year)

log = logging.getLogger(__name__)

__all__ = ["normalize", "ALLOWED_PUNCTUATION", "LETTER_ACRONYMS", "WORD_ACRONYMS",
           "WORD_RULES"]

ALLOWED_PUNCTUATION = frozenset(".,;:?!'\"-()")
"""Punctuation kept in the output because engines use it for pauses and intonation."""

# ---------------------------------------------------------------------------------------------
# Word lists
# ---------------------------------------------------------------------------------------------

WORD_ACRONYMS: dict[str, str] = {
    "NATO": "Nato", "BRICS": "Brics", "NASA": "Nasa", "UNICEF": "Unicef", "OPEC": "Opec",
    "COVID": "Covid", "AIDS": "Aids", "ASEAN": "Asean", "UNESCO": "Unesco", "FIFA": "Fifa",
    "UEFA": "Uefa", "NAFTA": "Nafta", "SWAT": "Swat", "ISIS": "Isis", "ISIL": "Isil",
    "HAMAS": "Hamas", "LASER": "laser", "RADAR": "radar", "SCUBA": "scuba", "NORAD": "Norad",
    "DARPA": "Darpa", "FEMA": "Fema", "NOAA": "Noah", "INTERPOL": "Interpol", "IKEA": "Ikea",
    "CERN": "Cern", "SARS": "Sars", "MERS": "Mers", "OFCOM": "Ofcom", "OFSTED": "Ofsted",
    "ACAS": "Acas", "AUKUS": "Aukus", "ECOWAS": "Ecowas", "MERCOSUR": "Mercosur", "ANZAC": "Anzac",
    "WADA": "Wada", "NASCAR": "Nascar", "MAGA": "Maga", "QUAD": "Quad", "EFTA": "Efta",
    "FRONTEX": "Frontex", "EUROPOL": "Europol", "UNITA": "Unita", "PIN": "pin", "SIM": "sim",
    "ICE": "Ice", "GIF": "gif", "JPEG": "jay-peg", "OK": "okay", "UNRWA": "Unrwa",
    "UNIFIL": "Unifil", "MONUSCO": "Monusco", "CAFOD": "Cafod", "OXFAM": "Oxfam",
    "SEATO": "Seato", "START": "Start", "NEET": "neet", "TASS": "Tass", "RIA": "Ria",
    "NEOM": "Neom", "NIMBY": "nimby", "YOLO": "yolo", "ASAP": "A S A P", "CAIR": "Cair",
    "NAM": "Nam", "SCOTUS": "Scotus", "POTUS": "Potus", "FLOTUS": "Flotus", "GAVI": "Gavi",
    "AWOL": "Awol", "AWACS": "Awacs", "HIMARS": "High-mars", "APEC": "Apec", "JAXA": "Jaxa",
    "ISRO": "Isro", "ASIO": "Asio", "UNGA": "Unga", "FARC": "Farc", "MAX": "Max",
    "COP": "Cop", "FTSE": "Footsie",
}
"""All-caps names said as words, and the spelling engines read as a word."""

LETTER_ACRONYMS = frozenset("""
FBI CIA UN EU CBC BBC KCNA IMF WHO US UK USA UAE NHS CEO CFO COO CTO GDP ID IT AI TV MP PM PR
HR UFO IRA ICU ER EV SUV NFL NBA NHL MLB NCAA IOC ICC ICJ WTO OECD IAEA NSA DOJ DHS DOD DOE GOP
SNP DUP LGBT LGBTQ LGBTQIA CPI ECB RBI IPO ETF NGO AP AFP UPI CNN NBC ABC CBS PBS NPR ITV RTE
SABC ANC IDF RAF RCMP OPP LAPD NYPD GCHQ HMRC DWP DVLA TSA FAA NTSB FDA CDC EPA SEC IRS FTC FCC
DEA ATF CBP USPS UPS DHL IBM HP HSBC RBS BP GM VW BMW KFC LG UBS EY KPMG AMD TSMC SK DPRK ROK
PRC CCP KGB FSB GRU SBU MI CSIS ASIO NZ EC ECHR UNHCR UNGA UNSC OSCE AU ASEAN APEC WEF WFP ILO
FAO IPCC COP RSF HRW MSF ICRC IRGC PKK YPG SDF HTS FARC ELN PLO PA LNG LPG GPS USB PC PDF DNA
RNA HIV TB MRI CT ICBM SLBM UAV ATM CCTV VAT GST HST QC NB NS PEI BC ON NL NWT DC LA NY NJ
OAS IRGC IS ICBMs PhD MBA BA MA MSc BSc OBE MBE CBE KC QC MEP MLA MPP MSP TD AG DA FM MC
RPG IED APC SAM MLRS HIMARS ATACMS GMLRS AWACS NSC JCPOA EEZ LAC LOC NPT CTBT WMD CBRN
ESA JAXA ISRO CNSA SCO CIS CSTO EAEU EFSF ESM ECJ CJEU ICE EPA EEA EAS TPP RCEP USMCA CPTPP
AGM AWOL BST CET GMT UTC EST EDT PST PDT CST CDT MST MDT IST JST KST ET PT CT MT
ESPN HBO MTV CNBC MSNBC FT WSJ NYT AFL CFL MLS EPL PGA ATP WTA NRL RFU WWE UFC IPL ODI
ACLU AARP NAACP UCLA USAID OBE HIV NSPCC RSPCA NCAA SAT GCSE IVF ADHD PTSD OCD
URL HTML API FAQ VPN SMS CSS YMCA YWCA ISS RSVP AODA
""".split()) - frozenset(WORD_ACRONYMS)
"""All-caps names spelled out letter by letter (``FBI`` → ``F B I``)."""

# Roman numerals are decided by context before the acronym rule; these stay acronyms.
_ROMAN_LOOKALIKES = frozenset({"CIV", "MIX", "DC", "MD", "CV", "LI", "CD", "DIV", "MIL", "DIM",
                               "MC", "CC", "XL", "MI", "DI", "VI", "LCD", "CLI"})

# Common short words that appear in capitals in labels and shouted headlines.
_CAPS_COMMON = frozenset("""
THE AND FOR NOT YOU ALL NEW OUR BUT OUT NOW WAR MAN MEN WHY HOW WAS HAS ARE CAN BIG TOP OFF ITS
HER HIS ONE TWO SIX TEN DAY SAY SEE GET GOT LET PUT RUN SET TRY USE WIN WON YES AGO AGE AIR ANY
ASK BAD BUY CAR CUT END FAR FEW FUN GAS GUN HIT JOB KEY LAW LOW MAY OIL OLD OWN PAY RED SEA SHE
SUN TAX TOO WAY BOY GOD HOT LIE LOT MOM DAD SON ART BAN CUP DIE EYE FIX FLY GAY HIM ICE JOY KID
LEG MAD MIX NET NOR ODD PET POP RAW ROW SAD SIT SKY TIE TOY VAN WET ZOO LIVE
""".split())
_CAPS_COMMON_2 = frozenset("NO GO SO TO DO OR IF IN IS IT ON OF AT AS BE BY HE ME MY WE UP AN AM".split())

# Words after a bare number that mean it counts things, so "2024 people" is not a year.
_IRREGULAR_PLURALS = frozenset("""
people men women children police staff personnel cattle feet teeth mice geese sheep fish deer
troops crew aircraft
""".split())
_NOT_PLURAL_S = frozenset("""
is was has as this its his us thus plus across towards afterwards always perhaps yes less
unless whereas besides hers ours yours theirs news bus gas lens its' chaos series species
""".split())

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
               "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
             "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
             "sat": "Saturday", "sun": "Sunday"}
_MONTH_RE = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
             r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")

# Languages whose numeric dates put the day first (17/10/2024).
_DAY_FIRST = ("en-gb", "en-au", "en-nz", "en-ie", "en-in", "en-za", "en-uk")

_CURRENCIES: dict[str, tuple[str, str, str | None, str | None]] = {
    # symbol: (singular, plural, minor singular, minor plural)
    "US$": ("U S dollar", "U S dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "AU$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "R$": ("real", "reais", "centavo", "centavos"),
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", None, None),
    "₹": ("rupee", "rupees", None, None),
    "₩": ("won", "won", None, None),
    "₽": ("rouble", "roubles", "kopek", "kopeks"),
    "₺": ("lira", "lira", None, None),
    "₴": ("hryvnia", "hryvnias", None, None),
    "₪": ("shekel", "shekels", None, None),
    "₦": ("naira", "naira", None, None),
    "USD": ("U S dollar", "U S dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "JPY": ("yen", "yen", None, None),
    "CNY": ("yuan", "yuan", None, None),
    "CHF": ("Swiss franc", "Swiss francs", None, None),
    "INR": ("rupee", "rupees", None, None),
    "RUB": ("rouble", "roubles", None, None),
    "UAH": ("hryvnia", "hryvnias", None, None),
}
_SCALE_WORDS = {"k": "thousand", "K": "thousand", "m": "million", "mn": "million", "M": "million",
                "bn": "billion", "b": "billion", "B": "billion", "tn": "trillion",
                "trn": "trillion", "thousand": "thousand", "million": "million",
                "billion": "billion", "trillion": "trillion"}

_UNITS: dict[str, tuple[str, str]] = {
    "km": ("kilometre", "kilometres"), "kms": ("kilometre", "kilometres"),
    "cm": ("centimetre", "centimetres"), "mm": ("millimetre", "millimetres"),
    "m": ("metre", "metres"), "kg": ("kilogram", "kilograms"), "kgs": ("kilogram", "kilograms"),
    "g": ("gram", "grams"), "mg": ("milligram", "milligrams"), "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"), "ft": ("foot", "feet"),
    "yd": ("yard", "yards"), "yds": ("yard", "yards"), "mi": ("mile", "miles"),
    "mph": ("mile per hour", "miles per hour"), "km/h": ("kilometre per hour", "kilometres per hour"),
    "kph": ("kilometre per hour", "kilometres per hour"),
    "kmh": ("kilometre per hour", "kilometres per hour"),
    "m/s": ("metre per second", "metres per second"), "mpg": ("mile per gallon", "miles per gallon"),
    "sq km": ("square kilometre", "square kilometres"), "sq. km": ("square kilometre", "square kilometres"),
    "km²": ("square kilometre", "square kilometres"), "km2": ("square kilometre", "square kilometres"),
    "sq mi": ("square mile", "square miles"), "sq ft": ("square foot", "square feet"),
    "sq m": ("square metre", "square metres"), "m²": ("square metre", "square metres"),
    "m2": ("square metre", "square metres"), "ft²": ("square foot", "square feet"),
    "m³": ("cubic metre", "cubic metres"), "ha": ("hectare", "hectares"),
    "l": ("litre", "litres"), "L": ("litre", "litres"), "ml": ("millilitre", "millilitres"),
    "mL": ("millilitre", "millilitres"), "cc": ("cubic centimetre", "cubic centimetres"),
    "TW": ("terawatt", "terawatts"), "GW": ("gigawatt", "gigawatts"), "MW": ("megawatt", "megawatts"),
    "kW": ("kilowatt", "kilowatts"), "W": ("watt", "watts"),
    "TWh": ("terawatt hour", "terawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "kV": ("kilovolt", "kilovolts"), "V": ("volt", "volts"), "mAh": ("milliamp hour", "milliamp hours"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "KB": ("kilobyte", "kilobytes"), "kB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"), "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    "min": ("minute", "minutes"), "mins": ("minute", "minutes"), "sec": ("second", "seconds"),
    "secs": ("second", "seconds"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "h": ("hour", "hours"), "ms": ("millisecond", "milliseconds"), "yr": ("year", "years"),
    "yrs": ("year", "years"), "bpd": ("barrel per day", "barrels per day"),
    "bp": ("basis point", "basis points"), "bps": ("basis point", "basis points"),
    "kt": ("knot", "knots"), "dB": ("decibel", "decibels"), "ppm": ("part per million", "parts per million"),
    "°C": ("degree Celsius", "degrees Celsius"), "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "ºC": ("degree Celsius", "degrees Celsius"), "ºF": ("degree Fahrenheit", "degrees Fahrenheit"),
    "C°": ("degree Celsius", "degrees Celsius"),
    "°": ("degree", "degrees"), "x": ("times", "times"),
    "nmi": ("nautical mile", "nautical miles"), "pct": ("percent", "percent"),
    "pc": ("percent", "percent"), "bbl": ("barrel", "barrels"), "tsp": ("teaspoon", "teaspoons"),
    "tbsp": ("tablespoon", "tablespoons"), "kn": ("knot", "knots"), "mb": ("millibar", "millibars"),
    "hPa": ("hectopascal", "hectopascals"), "Mt": ("megatonne", "megatonnes"),
}
# A bare number + "m" means million in front of these; otherwise metres ("100m sprint").
_METRE_CONTEXT = frozenset("""
sprint race hurdles freestyle butterfly backstroke breaststroke relay final dash high deep tall
long wide above below away up down under from of in into across
""".split())

# Titles expanded before a capitalized name (the period is optional: "Dr Smith", "Dr. Smith").
_TITLES = {
    "Dr": "Doctor", "Prof": "Professor", "Gov": "Governor", "Sen": "Senator", "Rep": "Representative",
    "Lt": "Lieutenant", "Gen": "General", "Col": "Colonel", "Maj": "Major", "Capt": "Captain",
    "Cmdr": "Commander", "Cdr": "Commander", "Adm": "Admiral", "Sgt": "Sergeant", "Cpl": "Corporal",
    "Pte": "Private", "Pvt": "Private", "Brig": "Brigadier", "Supt": "Superintendent",
    "Insp": "Inspector", "Det": "Detective", "Const": "Constable", "Rev": "Reverend",
    "Fr": "Father", "Hon": "Honourable", "Pres": "President", "Atty": "Attorney",
    "Amb": "Ambassador", "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Mt": "Mount", "Ft": "Fort",
    "Sr": "Sister", "Msgr": "Monsignor", "Ste": "Sainte", "Coun": "Councillor", "Cllr": "Councillor", "Gens": "Generals", "Sens": "Senators", "Reps": "Representatives",
}
_AFTER_NAME = {"Jr": "Junior", "Sr": "Senior", "Esq": "Esquire"}
_COMPANY = {"Inc": "Incorporated", "Ltd": "Limited", "Corp": "Corporation", "Bros": "Brothers",
            "Co": "Company", "Dept": "Department", "Univ": "University", "Assn": "Association",
            "Ave": "Avenue", "Blvd": "Boulevard", "Rd": "Road", "Hwy": "Highway", "Pkwy": "Parkway",
            "Ln": "Lane", "Sq": "Square", "Int'l": "International", "Nat'l": "National",
            "Govt": "Government"}
_US_STATES = {"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
              "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
              "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
              "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
              "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
              "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
              "Pa": "Pennsylvania", "Tenn": "Tennessee", "Tex": "Texas", "Va": "Virginia",
              "Vt": "Vermont", "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
              "Ont": "Ontario", "Que": "Quebec", "Alta": "Alberta", "Sask": "Saskatchewan",
              "Man": "Manitoba", "Nfld": "Newfoundland"}
_DOTTED_NAMES = {"N.Y.": "New York", "N.J.": "New Jersey", "N.C.": "North Carolina",
                 "S.C.": "South Carolina", "N.D.": "North Dakota", "S.D.": "South Dakota",
                 "N.M.": "New Mexico", "N.H.": "New Hampshire", "R.I.": "Rhode Island",
                 "W.Va.": "West Virginia", "Ph.D.": "P H D", "a.k.a.": "also known as",
                 "e.g.": "for example", "i.e.": "that is", "P.E.I.": "Prince Edward Island",
                 "N.S.": "Nova Scotia", "N.B.": "New Brunswick"}
_PLAIN_ABBR = {"vs": "versus", "etc": "et cetera", "approx": "approximately", "aka": "also known as",
               "cf": "compare", "govt": "government", "w/": "with", "w/o": "without"}
WORD_RULES = frozenset({"vs", "etc", "approx", "aka", "cf", "govt", "v", "no", "nos", "c", "p", "pp",
                        "vol", "ch", "fig", "art", "sec", "para"})
"""Lowercase words (with or without a period) that some rule may rewrite."""

_ROMAN_KEYWORDS = frozenset("""
War Chapter Part Article Phase Volume Vol Act Book Title Section Stage Level Type Class Category
Schedule Annex Season Bowl Apollo Mark Mk Vatican Round Division Grade Tier Episode Series Star
Amendment Step Unit Block Zone Gen Generation Plan Protocol Wave Mission Olympiad
""".split())
_REGNAL_NAMES = frozenset("""
Elizabeth Charles George Henry Edward William James Louis John Paul Benedict Pius Leo Gregory
Richard Philip Felipe Juan Carlos Frederick Frederik Alexander Nicholas Peter Catherine Mary
Victoria Wilhelm Napoleon Constantine Ramses Mohammed Muhammad Hussein Abdullah Harald Carl Gustaf
Willem Margrethe Innocent Clement Urban Boniface Francis Ferdinand Ludwig Otto Rama Akihito Mswati
Haakon Olav Albert Baudouin Leopold Christian Gustav Umberto Vittorio Manuel Sancho Alfonso
Isabella Anne Stephen Malcolm David Robert Kamehameha Selim Suleiman Mehmed Murad Ivan Boris
Simeon Michael Sigismund Casimir Ladislaus Rudolf Joseph Maximilian Francesco Pedro Joao
""".split())

_PERSON_SUFFIX_ROMAN = frozenset({"II", "III", "IV"})

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

_INT = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+"
_NUM = rf"(?:(?:{_INT})(?:\.\d+)?|\.\d+)"
_DASH = r"(?:\s?[-–]\s?|\s+to\s+)"
_NB = r"(?<![\d.,])"          # not inside a longer number
_NA = r"(?![\d]|[.,]\d)"      # the number ends here


def _plural_noun(word: str) -> bool:
    """True when ``word`` reads as a plural count noun ("troops", "people")."""
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    return (word[:1].islower() and len(w) > 3 and w.endswith("s") and not w.endswith("ss")
            and w not in _NOT_PLURAL_S and not w.endswith("ous") and not w.endswith("us"))


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s+([A-Za-z][\w'-]*)", text[end:end + 40])
    return m.group(1) if m else ""


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z][\w'.-]*)\s+$", text[max(0, start - 40):start])
    return m.group(1) if m else ""


def _letters(token: str) -> str:
    """Spell a token as capital letters separated by spaces: "fbi" → "F B I"."""
    return " ".join(ch.upper() for ch in token if ch.isalpha())


def _unit_words(unit: tuple[str, str], amount: str, adjective: bool) -> str:
    singular, plural = unit
    if adjective:
        return singular
    return singular if amount.replace(",", "") in ("1", "1.0", "-1") else plural


def _quantity(a: str, b: str | None) -> str:
    if b is None:
        return number(a)
    return number(a) + " to " + number(b)


def _month_number(name: str) -> int | None:
    key = name.lower().rstrip(".")
    for i, full in enumerate(_MONTHS, start=1):
        if key == full.lower():
            return i
    return _MONTH_ABBR.get(key)


def _keep_stop(m: Match[str], said: str) -> str:
    """Put back a sentence-ending period that the match swallowed ("at 4 p.m." at the end)."""
    if m.group(0).endswith(".") and _ends_sentence(m.string, m.end()):
        return said + "."
    return said


# Capitalized words that often follow an abbreviation inside one sentence ("11 p.m. Tuesday").
_NOT_A_NEW_SENTENCE = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "ET", "PT",
     "GMT", "UTC", "BST", "CET", "EST", "EDT", "PST", "PDT", "CT", "MT", "Eastern", "Pacific",
     "Central", "Mountain", "Atlantic", "Greenwich", "Moscow", "Kyiv", "Beijing", "Tokyo"]
    + list(_MONTHS))


def _ends_sentence(text: str, pos: int) -> bool:
    """True when ``pos`` (just after a period) is the end of the text or of a sentence."""
    m = re.match(r"[\"')]*(?:\s+[\"'(]*([A-Z][\w']*)|\s*$)", text[pos:])
    if m is None:
        return False
    return m.group(1) is None or m.group(1) not in _NOT_A_NEW_SENTENCE


def _cap_like(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


# ---------------------------------------------------------------------------------------------
# Passes: each takes the text and returns new text
# ---------------------------------------------------------------------------------------------

_FRACTIONS = {"½": ("one half", "a half"), "¼": ("one quarter", "a quarter"),
              "¾": ("three quarters", "three quarters"), "⅓": ("one third", "a third"),
              "⅔": ("two thirds", "two thirds"), "⅛": ("one eighth", "an eighth"),
              "⅜": ("three eighths", "three eighths"), "⅝": ("five eighths", "five eighths"),
              "⅞": ("seven eighths", "seven eighths"), "⅕": ("one fifth", "a fifth")}
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]+")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_ASCII_SPACE = re.compile(r"[\t\r\n\f\v]").search
_FRACTION_AFTER_NUMBER = re.compile(r"(\d+)\s?([½¼¾⅓⅔⅛⅜⅝⅞⅕])")
_FRACTION_ALONE = re.compile(r"[½¼¾⅓⅔⅛⅜⅝⅞⅕](?P<art>\s+an?\b)?")


def _prepare(text: str) -> str:
    if text.isascii():
        return _SPACES.sub(" ", text) if _ASCII_SPACE(text) else text
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _FRACTION_AFTER_NUMBER.sub(
        lambda m: f"{m.group(1)} and {_FRACTIONS[m.group(2)][1]}", text)
    text = _FRACTION_ALONE.sub(
        lambda m: _FRACTIONS[m.group(0)[0]][1].removeprefix("a ") + m.group("art")
        if m.group("art") else _FRACTIONS[m.group(0)][1], text)
    # Units keep their ² and ³ (km², m³); anything else with a power is "squared"/"cubed".
    text = re.sub(r"(?<![kc]m)(?<![^\W\d_]m)(?<!ft)([²³])",
                  lambda m: " squared" if m.group(1) == "²" else " cubed", text)
    text = re.sub(r"[™®]", "", text)
    text = text.replace("©", " copyright ")
    text = text.replace("℃", "°C").replace("℉", "°F")
    text = unicodedata.normalize("NFKC", text).replace("\u2044", "/")
    text = (text.replace("\u2212", "-").replace("\u2010", "-").replace("\u2011", "-")
            .replace("\u2012", "-").replace("\u2018", "'").replace("\u2019", "'")
            .replace("\u201c", '"').replace("\u201d", '"').replace("\u00ab", '"')
            .replace("\u00bb", '"').replace("\u2032", "'").replace("\u2033", '"')
            .replace("\u201e", '"').replace("\u201a", "'").replace("…", "..."))
    return text


# --- URLs, e-mail, hashtags, handles ------------------------------------------------------------

# Country codes that are also English words ("in", "it", "me") are left out: "word.In" is a typo.
_TLDS = ("com|org|net|gov|edu|mil|int|info|news|io|co|uk|ca|au|nz|ie|de|fr|es|nl|ch|se|dk|fi|pl"
         "|ru|ua|kp|kr|cn|jp|za|ng|ke|br|mx|ar|eu|tv|ly|gl|gg|app|dev|ai")
_URL = re.compile(
    r"(?:\bhttps?://|\bwww\.)[^\s<>\"']+[^\s<>\"'.,;:!?)\]]"
    rf"|\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.(?:{_TLDS})(?![A-Za-z])"
    r"(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)\]])?(?![@])")
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
_SPELL_WORD = re.compile(r"[A-Za-z]+|\d+")
_VOWELS = set("aeiouy")


def _say_label(label: str) -> str:
    """One piece of an address: spelled out unless it reads as a word."""
    out = []
    for piece in _SPELL_WORD.findall(label):
        if piece.isdigit():
            out.append(digit_words(piece) if len(piece) > 4 or piece[0] == "0" else number(piece))
        elif len(piece) == 1 or (len(piece) == 2 and piece.lower() != "co"):
            out.append(_letters(piece))
        elif piece.upper() in LETTER_ACRONYMS or not (set(piece.lower()) & _VOWELS):
            out.append(_letters(piece))
        elif piece.lower() in ("com", "org", "net", "gov", "co", "news", "info", "www"):
            out.append(_letters(piece) if piece.lower() == "www" else piece.lower())
        elif len(piece) <= 3 and not _pronounceable(piece.upper()):
            out.append(_letters(piece))
        else:
            out.append(piece)
    return " ".join(out)


def _say_address(addr: str) -> str:
    addr = re.sub(r"^https?://", "", addr, flags=re.I)
    addr = addr.split("?")[0].split("#")[0].rstrip("/")
    words: list[str] = []
    for i, ch_part in enumerate(re.split(r"(/)", addr)):
        if ch_part == "/":
            words.append("slash")
            continue
        if not ch_part:
            continue
        parts = re.split(r"([.\-_])", ch_part)
        for part in parts:
            if part == ".":
                words.append("dot")
            elif part == "-":
                words.append("dash")
            elif part == "_":
                words.append("underscore")
            elif part:
                words.append(_say_label(part))
    return " ".join(w for w in words if w)


def _email(m: Match[str]) -> str:
    local, _, domain = m.group(0).partition("@")
    local_words = re.split(r"([._+-])", local)
    said = []
    for part in local_words:
        said.append({".": "dot", "_": "underscore", "+": "plus", "-": "dash"}.get(part)
                    or (_say_label(part) if part else ""))
    return " ".join(w for w in said if w) + " at " + _say_address(domain)


def _url(m: Match[str]) -> str:
    return _say_address(m.group(0))


_HASHTAG = re.compile(r"(?<![\w&#])#([A-Za-z_][A-Za-z0-9_]*)")
_HANDLE = re.compile(r"(?<![\w.])@([A-Za-z0-9_]{1,30})\b")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])|_")


def _hashtag(m: Match[str]) -> str:
    return "hashtag " + " ".join(p for p in _CAMEL.split(m.group(1)) if p)


def _handle(m: Match[str]) -> str:
    return "at " + " ".join(p for p in _CAMEL.split(m.group(1)) if p)


# --- phone numbers --------------------------------------------------------------------------------

_PHONE = re.compile(
    r"(?<![\w.,/-])(?:"
    r"\+\d{1,3}[ .-]?(?:\(0?\d{1,4}\)|\d{1,4})(?:[ .-]\d{2,4}){1,4}"      # +1 416 555 0199
    r"|\(\d{3}\)\s?\d{3}[ .-]\d{4}"                                         # (416) 555-0199
    r"|1-8\d\d-\d{3}-\d{4}"                                                 # 1-800-555-0199
    r"|\d{3}[.-]\d{3}[.-]\d{4}"                                             # 416-555-0199
    r"|0\d{2,4} \d{3,4} \d{3,4}"                                           # 020 7946 0958
    r")(?![\w-])")
_SAY_DIGITS = re.compile(r"\b(?P<w>[Tt]ext|[Cc]all|[Dd]ial|[Rr]ing|[Ff]ax|[Ee]xt\.?|[Ee]xtension|PIN|[Cc]ode)"
                         r"(?P<sp>\s+)(?P<n>\d{3,})\b(?![.,]\d)")
_FEET_INCHES = re.compile(r"(?<![\w.])(?P<f>\d)'\s?(?P<i>\d{1,2})(?:\"|''|”)")
_NUMBER_ERS = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})ers\b")
_SUBSECTION = re.compile(r"(?<![\w.])(?P<n>\d+)\((?P<l>[a-z]{1,2}|[ivx]{1,4})\)")
_EMERGENCY = re.compile(r"\b(911|999|112)\b(?!\s+[a-z]+s\b)(?![.,]\d)")


def _phone(m: Match[str]) -> str:
    groups = re.findall(r"\d+", m.group(0))
    said = ", ".join(digit_words(g) for g in groups)
    return ("plus " if m.group(0).startswith("+") else "") + said


def _emergency(m: Match[str]) -> str:
    text = m.string
    before = text[max(0, m.start() - 12):m.start()].lower()
    after = text[m.end():m.end() + 12].lower()
    if m.group(1) == "911" or re.search(r"(call|dial|ring|phone)\w*\s+$", before) or \
            re.match(r"\s+(call|calls|operator|service|line|dispatch)", after):
        return digit_words(m.group(1))
    return m.group(0)


# --- dates --------------------------------------------------------------------------------------------

_ORD_SUFFIX = r"(?:st|nd|rd|th)?"
_DATE_MD = re.compile(
    rf"\b(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}){_ORD_SUFFIX}"
    rf"(?:\s?[-–]\s?(?P<d2>\d{{1,2}}){_ORD_SUFFIX})?"
    rf"(?:(?P<sep>,?\s+)(?P<y>\d{{4}}))?(?![\w:]|[.,]\d)", re.I)
_DATE_DM = re.compile(
    rf"(?<![\w.,:])(?P<d>\d{{1,2}}){_ORD_SUFFIX}(?:\s?[-–]\s?(?P<d2>\d{{1,2}}){_ORD_SUFFIX})?"
    rf"\s+(?:of\s+)?(?P<mon>{_MONTH_RE})\b\.?(?:,?\s+(?P<y>\d{{4}})(?![\w]|[.,]\d))?", re.I)
# "2025-07-22T21:05:00Z" (page metadata): the date, then the clock time; seconds are not said.
_ISO_STAMP = re.compile(r"(?<![\w.-])(?P<d>\d{4}-\d\d-\d\d)T(?P<h>\d\d):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?"
                        r"(?P<z>Z|[+-]\d\d:?\d\d)?(?![\w:])")


def _iso_stamp(m: Match[str]) -> str:
    zone = m.group("z") or ""
    utc = zone == "Z" or zone.lstrip("+-").replace(":", "") == "0000"
    return m.group("d") + ", " + m.group("h") + ":" + m.group("mi") + (" GMT" if utc else "")


_DATE_ISO = re.compile(r"(?<![\w.-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")
_DATE_NUMERIC = re.compile(r"(?<![\w./-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w/.]\d|\d)")
# "Fri., Nov. 22" and "Sat 12 October": capitalized, then a date; never "the sun may shine".
_WEEKDAY_ABBR = re.compile(r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:\.(?=,?\s+(?:"
                           + _MONTH_RE + r"\b|\d))|(?=,?\s+\d))")
_MONTH_ABBR_RE = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(?=\s|,|$)")


def _say_date(month: int, day: int, yr: str | None, *, day_first: bool, has_the: bool = False,
              day2: int | None = None, sep: str = ", ") -> str:
    name = _MONTHS[month - 1]
    days = ordinal(day) + (" to " + ordinal(day2) if day2 else "")
    y = ""
    if yr is not None:
        y = year(int(yr))
    if day_first:
        head = ("" if has_the else "the ") + days + " of " + name
        return head + (" " + y if y else "")
    return name + " " + days + ((sep if sep.strip() else ", ") + y if y else "")


_TIME_AFTER = re.compile(r"\s+\d{1,2}(?:[:.]\d\d|\s?[aApP]\.?[mM]\b)")


def _then_time(m: Match[str], said: str) -> str:
    """"Nov. 22, 2024 5:00 AM": a comma after the year keeps year and hour apart."""
    if m.group("y") and _TIME_AFTER.match(m.string, m.end()):
        return said + ","
    return said


def _date_md(m: Match[str]) -> str:
    month = _month_number(m.group("mon"))
    day = int(m.group("d"))
    day2 = int(m.group("d2")) if m.group("d2") else None
    mon_text = m.group("mon")
    if month is None or not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
        return m.group(0)
    # "May" and "March" are also words: only a capitalized one is a month.
    if mon_text.lower() in ("may", "march") and not mon_text[0].isupper():
        return m.group(0)
    return _then_time(m, _say_date(month, day, m.group("y"), day_first=False, day2=day2))


def _date_dm(m: Match[str]) -> str:
    month = _month_number(m.group("mon"))
    day = int(m.group("d"))
    day2 = int(m.group("d2")) if m.group("d2") else None
    if month is None or not 1 <= day <= 31 or (day2 is not None and not day < day2 <= 31):
        return m.group(0)
    if m.group("mon").lower() in ("may", "march") and not m.group("mon")[0].isupper():
        return m.group(0)
    has_the = m.string[max(0, m.start() - 4):m.start()].lower() == "the "
    return _then_time(m, _keep_stop(m, _say_date(month, day, m.group("y"), day_first=True,
                                                 has_the=has_the, day2=day2)))


def _date_iso(m: Match[str], day_first: bool) -> str:
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return m.group(0)
    return _say_date(mo, d, str(y), day_first=day_first)


def _date_numeric(m: Match[str], day_first: bool) -> str:
    a, b, y = int(m.group(1)), int(m.group(3)), m.group(4)
    if len(y) == 2:
        y = ("20" if int(y) <= 50 else "19") + y
    if m.group(2) == ".":
        day_first = True
    if a > 12 and b <= 12:
        day_first = True
    elif b > 12 and a <= 12:
        day_first = False
    day, month = (a, b) if day_first else (b, a)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return m.group(0)
    return _say_date(month, day, y, day_first=day_first)


# --- times and durations ---------------------------------------------------------------------------

_ZONES = {"ET": "Eastern Time", "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
          "PT": "Pacific Time", "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
          "CT": "Central Time", "CST": "Central Standard Time", "CDT": "Central Daylight Time",
          "MT": "Mountain Time", "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
          "AT": "Atlantic Time", "AST": "Atlantic Standard Time", "ADT": "Atlantic Daylight Time",
          "NT": "Newfoundland Time", "GMT": "G M T", "UTC": "U T C", "BST": "British Summer Time",
          "CET": "Central European Time", "CEST": "Central European Summer Time",
          "EET": "Eastern European Time", "AEST": "Australian Eastern Standard Time",
          "AEDT": "Australian Eastern Daylight Time", "JST": "Japan Standard Time",
          "KST": "Korea Standard Time", "MSK": "Moscow time", "HKT": "Hong Kong time",
          "IST": "I S T", "Z": "Zulu"}
_ZONE_RE = r"(?:\s?(?P<zone>" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\b)?"
_TIME_AMPM = re.compile(
    r"(?<![\w:.,])(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[aApP])\.?\s?[mM]\b\.?"
    + _ZONE_RE)
_DURATION_LABEL = re.compile(
    r"\b(?P<label>[Dd]uration|DURATION|[Ll]ength|[Rr]unning time|[Rr]untime)(?P<sep>:?\s*)"
    r"(?P<a>\d{1,3}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?(?![\d:])")
_DURATION_HMS = re.compile(r"(?<![\w:.,])(?P<a>\d{1,3}):(?P<b>[0-5]\d):(?P<c>[0-5]\d)(?![\d:]|\s?[aApP]\.?[mM]\b)")
_DURATION_ZERO = re.compile(r"(?<![\w:.,])0:(?P<b>[0-5]\d)(?![\d:])")
_TIME_24 = re.compile(r"(?<![\w:.,/])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])" + _ZONE_RE)
_TIME_DOTTED = re.compile(r"\b(?P<w>[Aa]t|[Ff]rom|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|[Tt]ill|[Tt]o)"
                          r"\s(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d.,]\d|\d|\s?%)"
                          r"(?!\s(?:per|percent|points?|thousand|million|billion|trillion|times)\b)")
_TIME_DOTTED_ZONE = re.compile(
    r"(?<![\w.,])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)\s?(?P<zone>"
    + "|".join(z for z in sorted(_ZONES, key=len, reverse=True) if len(z) > 1) + r")\b")
_TIME_MILITARY = re.compile(r"(?<![\w.,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?P<zone>GMT|UTC|Z|hrs|hours|local)\b")
_TIME_NOON = re.compile(r"\b12(?::00)?\s?(?:noon|midday)\b", re.I)


def _clock(h: int, mins: int, *, oclock: bool) -> str:
    hour = cardinal(h)
    if mins == 0:
        return hour + (" o'clock" if oclock else "")
    if mins < 10:
        return hour + " oh " + cardinal(mins)
    return hour + " " + cardinal(mins)


def _day_part(h: int, ap: str) -> str:
    if ap == "a":
        return "at night" if h == 12 else "in the morning"
    if h == 12 or h < 6:
        return "in the afternoon"
    return "in the evening" if h < 9 else "at night"


def _zone(m: Match[str]) -> str:
    z = m.group("zone")
    return " " + _ZONES[z] if z else ""


def _time_ampm(m: Match[str]) -> str:
    h = int(m.group("h"))
    mins = int(m.group("m") or 0)
    ap = m.group("ap").lower()
    if not 1 <= h <= 12:
        return m.group(0)
    tail = _zone(m)
    if h == 12 and mins == 0:
        return _keep_stop(m, ("noon" if ap == "p" else "midnight") + tail)
    return _keep_stop(m, _clock(h, mins, oclock=False) + " " + _day_part(h, ap) + tail)


def _time_24(m: Match[str]) -> str:
    h, mins = int(m.group("h")), int(m.group("m"))
    tail = _zone(m) if "zone" in m.re.groupindex else ""
    if h == 0 and mins == 0:
        return "midnight" + tail
    if h == 0:
        return "zero " + (cardinal(mins) if mins >= 10 else "oh " + cardinal(mins)) + tail
    if h >= 13 and mins == 0:
        return cardinal(h) + " hundred" + tail
    return _clock(h, mins, oclock=h <= 12) + tail


def _time_military(m: Match[str]) -> str:
    h, mins = int(m.group("h")), int(m.group("m"))
    said = ("zero " if h < 10 else "") + cardinal(h) + (" hundred" if mins == 0 else
                                                       " " + _clock(0, mins, oclock=False)[5:])
    zone = m.group("zone")
    return said + " " + (_ZONES[zone] if zone in _ZONES else "hours" if zone in ("hrs", "hours")
                         else zone)


def _duration(hours: int, minutes: int, seconds: int) -> str:
    parts = []
    for value, unit in ((hours, "hour"), (minutes, "minute"), (seconds, "second")):
        if value:
            parts.append(cardinal(value) + " " + unit + ("s" if value != 1 else ""))
    if not parts:
        return "zero seconds"
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _duration_label(m: Match[str]) -> str:
    a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
    said = _duration(a, b, int(c)) if c is not None else _duration(0, a, b)
    return m.group("label") + m.group("sep") + said


def _duration_hms(m: Match[str]) -> str:
    return _duration(int(m.group("a")), int(m.group("b")), int(m.group("c")))


# --- money ----------------------------------------------------------------------------------------

_CUR_RE = "|".join(re.escape(c) for c in sorted(_CURRENCIES, key=len, reverse=True))
_SCALE_RE = r"(?:[\s-]?(?:thousand|million|billion|trillion)\b|(?:bn|mn|trn|tn|[kKmMbB])\b)"
_MONEY = re.compile(
    rf"(?<![\w$£€¥])(?P<neg>-)?(?P<cur>{_CUR_RE})\s?(?P<a>{_NUM})"
    rf"(?:(?P<s1>{_SCALE_RE})?{_DASH}(?:(?P=cur)\s?)?(?P<b>{_NUM}))?(?P<scale>{_SCALE_RE})?"
    r"(?P<rate>-(?:a|per)-(?:year|month|week|day|night|hour|head|game|season|share|barrel|tonne|ton"
    r"|person|pop)\b)?(?P<plus>-plus\b)?(?P<named>-(?:dollar|pound|euro|yen|rupee)\b)?" + _NA)
# Words that cannot be the noun a hyphenated amount describes ("$1.2-billion in funding").
_NOT_A_NOUN = frozenset("""
a an the in on of for to from by with and or but as at into over under after before this that
these those it its is was were are be been has have had will would could should may might can
last next each per than then so if when while who which what where why how he she they we you i
his her their our your my mr ms mrs dr said says say told also just only about up down out off
""".split())
_NEXT_WORD = re.compile(r"\s+([A-Za-z][a-z'-]*)")
_MONEY_CODE_AFTER = re.compile(
    rf"{_NB}(?P<a>{_NUM})(?P<scale>{_SCALE_RE})?\s(?P<cur>USD|EUR|GBP|CAD|AUD|JPY|CNY|CHF|INR|RUB|UAH)\b")
_PENCE = re.compile(rf"{_NB}(?<![\w$£€])(?P<a>\d{{1,3}})(?P<u>p|c)\b(?!\.\w)")


def _money_amount(amount: str, names: tuple[str, str, str | None, str | None]) -> str:
    singular, plural, minor1, minor2 = names
    whole, _, frac = amount.replace(",", "").partition(".")
    if frac and len(frac) == 2 and minor1 and minor2:
        units = int(whole or "0")
        cents = int(frac)
        major = cardinal(units) + " " + (singular if units == 1 else plural) if units else ""
        minor = cardinal(cents) + " " + (minor1 if cents == 1 else minor2) if cents else ""
        if major and minor:
            return major + " and " + minor
        return major or minor or "zero " + plural
    if not frac and amount.replace(",", "") == "1":
        return "one " + singular
    return number(amount) + " " + plural


def _money(m: Match[str]) -> str:
    names = _CURRENCIES[m.group("cur")]
    scale = m.group("scale") or m.group("s1")
    neg = "minus " if m.group("neg") else ""
    rate, plus = m.group("rate"), m.group("plus")
    if m.group("named"):
        # "$1.2-billion-dollar" names the currency twice; say it once.
        scale_part = " " + _SCALE_WORDS[scale.strip(" -")] if scale else ""
        return (neg + _quantity(m.group("a"), m.group("b")) + scale_part + " "
                + m.group("named")[1:] + (" " + rate[1:].replace("-", " ") if rate else ""))
    hyphenated = bool(rate or plus or (scale and scale.startswith("-")))
    # "a $20-million deal" is an adjective: "a twenty million dollar deal"; alone, or before
    # "in", the amount is a noun: "$1.2-billion" → "one point two billion dollars".
    noun_after = _noun_follows(m.string, m.end())
    article = re.search(r"\b[Aa]n?\s+$", m.string[max(0, m.start() - 4):m.start()]) is not None
    owner = re.search(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)|'s)\s+$",
                      m.string[max(0, m.start() - 8):m.start()]) is not None
    # Unhyphenated, the amount describes a noun only after "a": "a £2m fund" → "a two million
    # pound fund", but "raised £2m last week" keeps "pounds".
    adjective = (hyphenated and (noun_after or article)) or ((article or owner) and noun_after)
    extra = (" " + rate[1:].replace("-", " ") if rate else "") + (" plus" if plus else "")
    if scale:
        scale_word = _SCALE_WORDS[scale.strip(" -")]
        name = names[0] if adjective else names[1]
        said = _quantity(m.group("a"), m.group("b")) + " " + scale_word + " " + name
        return neg + said + extra
    if m.group("b"):
        if _has_minor(m.group("a"), names) or _has_minor(m.group("b"), names):
            # "from £6.80 to £7.40": each amount in pounds and pence, never "six point eight zero".
            return (neg + _money_amount(m.group("a"), names) + " to "
                    + _money_amount(m.group("b"), names) + extra)
        return neg + _quantity(m.group("a"), m.group("b")) + " " + names[1] + extra
    if adjective and "." not in m.group("a"):
        return neg + number(m.group("a")) + " " + names[0] + extra
    return neg + _money_amount(m.group("a"), names) + extra


def _has_minor(amount: str, names: tuple[str, str, str | None, str | None]) -> bool:
    """True when an amount has two decimals that are said as cents or pence."""
    return names[2] is not None and len(amount.partition(".")[2]) == 2


def _money_code_after(m: Match[str]) -> str:
    names = _CURRENCIES[m.group("cur")]
    if m.group("scale"):
        return number(m.group("a")) + " " + _SCALE_WORDS[m.group("scale").strip(" -")] + " " + names[1]
    return _money_amount(m.group("a"), names)


def _bare_scale(m: Match[str]) -> str:
    a, scale = m.group("a"), m.group("s")
    if scale in ("M", "B") and "." not in a:
        return m.group(0)  # "3M" is a company, "5B" a pencil; "1.2M" is a number
    return number(a) + " " + _SCALE_WORDS[scale]


def _number_ers(m: Match[str]) -> str:
    # "49ers" → "forty-niners", "76ers" → "seventy-sixers".
    words = cardinal(int(m.group("n")))
    return words + ("rs" if words.endswith("e") else "ers")


def _pence(m: Match[str]) -> str:
    n = int(m.group("a"))
    if m.group("u") == "p":
        return cardinal(n) + (" penny" if n == 1 else " pence")
    return cardinal(n) + (" cent" if n == 1 else " cents")


# --- percentages, units, temperatures -------------------------------------------------------------

_PERCENT = re.compile(rf"{_NB}(?P<neg>(?<![\w)])-)?(?P<a>{_NUM})(?:\s?%?{_DASH}(?P<b>{_NUM}))?\s?%")
_PERCENT_WORD = re.compile(rf"{_NB}(?P<neg>(?<![\w)])-)?(?P<a>{_NUM})(?:{_DASH}(?P<b>{_NUM}))?"
                           rf"(?=\s(?:per\s?cent|percent|percentage)\b)")
_UNIT_RE = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if u not in ("x",))
_UNIT = re.compile(
    rf"(?<![\w.,])(?P<neg>-)?(?P<a>{_NUM})(?:{_DASH}(?P<b>{_NUM}))?"
    rf"(?P<hy>-|\s?)(?P<u>{_UNIT_RE})(?![\w²³/]|\.\w)")
_BARE_SCALE = re.compile(rf"(?<![\w.,$£€¥])(?P<a>{_NUM})(?P<s>k|bn|tn|M|B)\b(?!['-]\w)")
_FEET_INCHES_UNITS = re.compile(r"(?<![\w.])(?P<f>\d{1,2})\s?ft\.?\s?(?P<i>\d{1,2})\s?in\b\.?")
_JET = re.compile(r"(?<![\w.,$])(7[0-8]7)(?=\s+(?:MAX|Max|jets?|aircraft|planes?|Dreamliners?|airliners?"
                  r"|crash|fleet)\b|-\d)")
_FLIGHT = re.compile(r"\b(?P<w>[Ff]light)\s+(?P<code>[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?(?P<n>\d{1,4})\b")
_TIMES = re.compile(rf"(?<![\w.,])(?P<a>{_NUM})x(?![\w])")
_DIMENSIONS = re.compile(r"(?<![\w.,])(\d+)\s?[x×]\s?(\d+)(?![\w.,]\d|\d)")
_TEMP_BARE = re.compile(r"(?<![\w.,])(?P<neg>-)?(?P<a>\d{1,3}(?:\.\d)?)(?P<u>[CF])\b(?!['-]\w)")


def _percent(m: Match[str]) -> str:
    neg = "minus " if m.group("neg") else ""
    return neg + _quantity(m.group("a"), m.group("b")) + " percent"


def _percent_word(m: Match[str]) -> str:
    neg = "minus " if m.group("neg") else ""
    return neg + _quantity(m.group("a"), m.group("b"))


def _unit(m: Match[str]) -> str:
    u = m.group("u")
    a, b = m.group("a"), m.group("b")
    neg = "minus " if m.group("neg") else ""
    adjective = m.group("hy") == "-" or ("°" not in u and "º" not in u and _describes_noun(m))
    if u == "m" and not m.group("hy"):
        after = _next_word(m.string, m.end())
        if "." in a or (after and after.lower() not in _METRE_CONTEXT and _plural_noun(after)):
            return neg + _quantity(a, b) + " million"
    if u == "pc" and m.group("hy"):
        return m.group(0)  # "5 pc" is five pieces or computers; only "5pc" is percent
    if u in ("h", "g", "W", "V", "L", "l", "min", "sec") and m.group("hy") == " " and \
            not re.match(r"\s*[.,;:!?)]|\s*$", m.string[m.end():]) and u in ("h", "L", "l"):
        # "5 h" and "3 l" are rare as units in running text: only when the clause ends there.
        return m.group(0)
    amount = b if b is not None else a
    words = _unit_words(_UNITS[u], (m.group("neg") or "") + amount, adjective)
    joiner = "-" if m.group("hy") == "-" else " "
    return neg + _quantity(a, b) + joiner + words


# "above 35 C", "a high of 24 C": a spaced C or F is a temperature only in weather talk.
_TEMP_SPACED = re.compile(r"(?<![\w.,])(?P<neg>-)?(?P<a>\d{1,3}(?:\.\d)?) (?P<u>[CF])\b(?![\w'-]|\.\w)")
_TEMPERATURE_WORDS = ("temperature", "temperatures", "high", "highs", "low", "lows", "heat", "cold",
                      "warm", "hot", "above", "below", "degrees", "forecast", "weather", "frost",
                      "reached", "hit", "soared", "plunged", "fell", "rose")
# Weather words anywhere in the sentence, or a level word right before the number.
_WEATHER_WORDS = frozenset("temperature temperatures heat cold warm hot degrees forecast weather "
                           "frost heatwave chill".split())
_LEVEL_BEFORE = re.compile(r"\b(?:above|below|highs? of|lows? of|reach|reached|reaching|hit|hits"
                           r"|topped|soared to|plunged to|fell to|rose to)\s+$", re.I)


def _temp_spaced(m: Match[str]) -> str:
    if _WEATHER_WORDS.isdisjoint(_words_of(m.string)) and not _LEVEL_BEFORE.search(
            m.string[max(0, m.start() - 14):m.start()]):
        return m.group(0)  # "Grade 5 C": a class, not a temperature
    return _temp_bare(m)


def _feet_inches_units(m: Match[str]) -> str:
    feet, inches = cardinal(int(m.group("f"))), cardinal(int(m.group("i")))
    if _describes_noun(m):
        return feet + " foot " + inches  # "the 6ft 2in striker" → "the six foot two striker"
    return (feet + (" foot " if m.group("f") == "1" else " feet ") + inches
            + (" inch" if m.group("i") == "1" else " inches"))


def _describes_noun(m: Match[str]) -> bool:
    """True for "the 1.5GW scheme", "a 40km stretch": after an article, before a noun."""
    if not re.search(r"\b(?:[Aa]n?|[Tt]he)\s+$", m.string[max(0, m.start() - 5):m.start()]):
        return False
    return _noun_follows(m.string, m.end(), ("per", "square", "cubic"))


def _noun_follows(text: str, end: int, also_not: tuple[str, ...] = ()) -> bool:
    """True when the word after ``end`` can be the noun an amount describes."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower()
    return word not in _NOT_A_NOUN and word not in also_not


def _temp_bare(m: Match[str]) -> str:
    a = m.group("a")
    if float(a) > 60 and m.group("u") == "C" or float(a) > 140:
        return m.group(0)
    unit = _UNITS["°C" if m.group("u") == "C" else "°F"]
    neg = "minus " if m.group("neg") else ""
    return neg + number(a) + " " + _unit_words(unit, (m.group("neg") or "") + a, False)


# --- ordinals, decades, years, ranges -------------------------------------------------------------

_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th|ST|ND|RD|TH)\b")
_SHORT_YEAR = re.compile(r"(?<![\w'])'(?P<n>\d\d)(?![\w']|[.,]\d)")
_DECADE = re.compile(r"(?<![\w.,'])(?P<apos>')?(?P<n>\d{1,3}0|\d{4})(?:'s|s)\b")
_YEAR_RANGE = re.compile(r"(?<![\w.,$£€-])(?P<a>1[1-9]\d\d|20\d\d)\s?[-–/]\s?(?P<b>1[1-9]\d\d|20\d\d|\d\d)"
                         r"(?![\w%]|[.,]\d)")
_RANGE = re.compile(rf"(?<![\w.,/-])(?P<a>{_NUM})\s?[-–]\s?(?P<b>{_NUM})(?![\w%/]|[.,:]\d|-\d)")
_YEAR = re.compile(r"(?<![\w.,$£€#-])(?P<y>1[1-9]\d\d|20\d\d)(?![\w%°]|[.,:/]\d)")
_AD_BC = re.compile(r"(?<![\w.,])(?P<n>\d{1,4})\s?(?P<era>BC|BCE|AD|CE|B\.C\.|A\.D\.)(?=\W|$)")


def _ordinal(m: Match[str]) -> str:
    n = int(m.group(1).replace(",", ""))
    suffix = m.group(2).lower()
    expected = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if suffix != expected and not (suffix == "th"):
        log.debug("odd ordinal suffix %s", m.group(0))
    return ordinal(n)


def _decade(m: Match[str]) -> str:
    n = int(m.group("n"))
    if len(m.group("n")) == 4:
        if not (1000 <= n <= 2090 and n % 10 == 0):
            return m.group(0)
        return decade(n)
    if n % 10 or n < 10 or n > 90:
        return m.group(0)
    return decade(n)


def _year_range(m: Match[str]) -> str:
    a = int(m.group("a"))
    b_text = m.group("b")
    b = int(b_text)
    if len(b_text) == 2:
        b = a - a % 100 + b
    if b <= a:
        return m.group(0)
    return year(a) + " to " + year(b)


def _range(m: Match[str]) -> str:
    a, b = m.group("a"), m.group("b")
    if b.replace(",", "") in ("0", "00") and "." not in a and len(a) <= 2:
        return number(a) + " to nil"
    return number(a) + " to " + number(b)


# Words before a bare 4-digit number that make it a count ("only 1850 remain") or a year
# ("by 2050 emissions must fall"; news style writes counts as "1,850", so a year is likelier).
_COUNT_BEFORE = re.compile(r"\b(?:about|around|some|nearly|almost|roughly|approximately|only|just"
                           r"|over|than|least|up to|further|another|estimated|additional|extra"
                           r"|another|total of|all)\s+$", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:in|by|since|until|till|before|after|during|early|late|mid)\s+$", re.I)


def _year(m: Match[str]) -> str:
    y = int(m.group("y"))
    before = m.string[max(0, m.start() - 16):m.start()]
    if _COUNT_BEFORE.search(before):
        return m.group(0)  # the general number rule reads it as a count
    after = _next_word(m.string, m.end())
    if after and _plural_noun(after) and not (1900 <= y <= 2099 and _YEAR_BEFORE.search(before)):
        return m.group(0)
    return year(y)


def _ad_bc(m: Match[str]) -> str:
    era = m.group("era").replace(".", "")
    n = int(m.group("n"))
    said = year(n) if n >= 1000 else cardinal(n)
    return said + " " + _letters(era)


# --- letters mixed with digits, numbered things ----------------------------------------------------

_SPECIAL_PAIRS = {"24/7": "twenty-four seven", "9/11": "nine eleven", "7/7": "seven seven",
                  "20/20": "twenty twenty", "50/50": "fifty-fifty"}
_SPECIAL_PAIR_RE = re.compile(r"(?<![\w/.])(24/7|9/11|7/7|20/20|50/50)(?![\w/]|\.\d)")
_BRANDS = re.compile(r"\b(?P<brand>Boeing|Airbus|Embraer|Bombardier|Tupolev|Ilyushin|Antonov|Cessna"
                     r"|Lockheed|Sukhoi|Porsche|Peugeot)\s+(?P<n>\d{3,4})\b")
_LETTER_DASH_NUM = re.compile(r"(?<![\w-])(?P<l>[A-Za-z][A-Za-z]{0,9})-(?P<n>\d+)(?![A-Za-z0-9]|[.,]\d|%)")
_ALNUM = re.compile(r"(?<![\w.,'])(?=[A-Za-z]*\d)(?=\d*[A-Za-z])(?P<t>[A-Za-z0-9]+)(?![\w])")
_NUMBER_SIGN = re.compile(r"(?<![\w&])#\s?(?P<n>\d+)\b")
# "No. 3" and "no. 3" always; bare "No 10" only before a name or a pause ("No 10 said"),
# so "no 3 times" and "No 2 cases are alike" keep their plain "no".
_NO_NUMBER = re.compile(r"\b(?:(?P<w>No|no|NO|Nos|nos)\.\s?(?P<n>\d+)\b"
                        r"|(?P<w2>No|NO)\s(?P<n2>\d+)\b(?=\s+[A-Z]|\s*[,.;:!?)]|\s*$))")
_NUMBER_FRACTION = re.compile(r"(?<![\w./-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)")
_PAGE = re.compile(r"\b(?P<w>pp?|Vol|vol|[Cc]h|[Ff]ig|[Aa]rt|[Ss]ec|[Pp]ara)\.\s?(?=\d)")
_PAGE_WORDS = {"p": "page", "pp": "pages", "vol": "volume", "ch": "chapter", "fig": "figure",
               "art": "article", "sec": "section", "para": "paragraph"}
_DENOMINATORS = {2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters")}


def _brand(m: Match[str]) -> str:
    return m.group("brand") + " " + model_number(m.group("n"))


def _say_caps_run(run: str) -> str:
    if run in WORD_ACRONYMS:
        return WORD_ACRONYMS[run]
    if run.isupper() and len(run) > 1:
        return _letters(run)
    return run


def _letter_dash_num(m: Match[str]) -> str:
    letters, digits = m.group("l"), m.group("n")
    if letters.islower() and len(letters) >= 2 and letters not in ("covid", "sars", "mig"):
        # "mid-2024", "pre-2020", "post-1945": a word prefix, keep its hyphen.
        n = int(digits)
        said = year(n) if len(digits) == 4 and 1100 <= n <= 2099 else number(digits)
        return letters + "-" + said
    said_letters = _say_caps_run(letters) if letters.isupper() else letters
    if letters.upper() in WORD_ACRONYMS:
        said_letters = WORD_ACRONYMS[letters.upper()]
    said_num = model_number(digits) if len(digits) in (3, 4) else number(digits)
    return said_letters + " " + said_num


def _alnum(m: Match[str]) -> str:
    token = m.group("t")
    runs = re.findall(r"[A-Za-z]+|\d+", token)
    said: list[str] = []
    for i, run in enumerate(runs):
        if run.isdigit():
            if len(run) in (3, 4) and i > 0:
                said.append(model_number(run))
            elif len(run) > 4 or (run.startswith("0") and len(run) > 1):
                said.append(digit_words(run))
            else:
                said.append(cardinal(int(run)))
        elif run == "x" and 0 < i < len(runs) - 1:
            said.append("by")
        elif run.upper() in WORD_ACRONYMS and run.isupper():
            said.append(WORD_ACRONYMS[run])
        elif run.isupper() or len(run) == 1:
            said.append(_letters(run))
        elif run.lower() in WORD_ACRONYMS and run[0].isupper():
            said.append(WORD_ACRONYMS[run.upper()])
        else:
            said.append(run)
    return " ".join(said)


def _number_sign(m: Match[str]) -> str:
    return "number " + number(m.group("n"))


def _no_number(m: Match[str]) -> str:
    w = m.group("w") or m.group("w2")
    n = m.group("n") or m.group("n2")
    word = "numbers" if w.lower() == "nos" else "number"
    # "No. 10" at the start of a sentence or name keeps its capital: "Number ten Downing Street".
    start = m.start() == 0 or m.string[max(0, m.start() - 2):m.start()].strip() in (".", "!", "?", '"')
    nxt = _next_word(m.string, m.end())
    capital = w[0].isupper() and (start or nxt[:1].isupper())
    return (word.capitalize() if capital else word) + " " + number(n)


def _number_fraction(m: Match[str]) -> str:
    a, b = int(m.group("a")), int(m.group("b"))
    if b == 0:
        return m.group(0)
    if 0 < a < b and b in (2, 3, 4, 5, 8, 16):
        if b in _DENOMINATORS:
            one, many = _DENOMINATORS[b]
        else:
            one = ordinal(b)
            many = one + "s"
        return cardinal(a) + " " + (one if a == 1 else many)
    if a <= b:
        return cardinal(a) + " out of " + cardinal(b)
    return cardinal(a) + " " + cardinal(b)


def _page(m: Match[str]) -> str:
    w = m.group("w")
    return _cap_like(w, _PAGE_WORDS[w.lower()]) + " "


# --- Roman numerals --------------------------------------------------------------------------------

_ROMAN = re.compile(r"\b(?P<prev>[A-Z][A-Za-z'.]*)(?P<sp>\s+)(?P<r>[IVXLC]+)\b(?P<tail>'s)?(?![-\w])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_VALID_ROMAN = re.compile(r"^(?:C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")


def _roman_value(r: str) -> int | None:
    if not r or not _VALID_ROMAN.match(r):
        return None
    total = 0
    for i, ch in enumerate(r):
        v = _ROMAN_VALUES[ch]
        if i + 1 < len(r) and _ROMAN_VALUES[r[i + 1]] > v:
            total -= v
        else:
            total += v
    return total or None


def _roman(m: Match[str]) -> str:
    prev, r = m.group("prev"), m.group("r")
    value = _roman_value(r)
    if value is None or r in LETTER_ACRONYMS or r in _ROMAN_LOOKALIKES:
        return m.group(0)
    tail = m.group("tail") or ""
    head = prev + m.group("sp")
    key = prev.rstrip(".")
    if key in _ROMAN_KEYWORDS:
        return head + cardinal(value) + tail
    if key in _REGNAL_NAMES:
        return head + "the " + ordinal(value) + tail
    if len(r) == 1:
        return m.group(0)
    # "Robert Smith III": a suffix after a two-word name.
    before = m.string[max(0, m.start() - 30):m.start()]
    if r in _PERSON_SUFFIX_ROMAN and re.search(r"[A-Z][a-z]+\s+$", before):
        return head + "the " + ordinal(value) + tail
    return head + cardinal(value) + tail


# --- capitals: acronyms and shouting ---------------------------------------------------------------

# Mixed-case initialisms engines split into a syllable plus a letter ("BoE" → "bo E").
_MIXED_LETTERS = ("BoE", "MoD", "AfD", "DfE", "DfT", "DfID", "CoE", "PoW", "PoWs", "DoJ", "DoD",
                  "DoE", "HoC", "HoL", "MoU", "MoUs")
_MIXED_RE = re.compile(r"(?<![\w'])(" + "|".join(_MIXED_LETTERS) + r")(?![\w])")
_CAPS = re.compile(r"(?<![\w'])(?P<w>[A-Z][A-Z]+)(?P<tail>'[sS]|[sS]'|s|')?(?![\w])")
_ONSETS = frozenset("""
BL BR CH CL CR DR FL FR GL GR PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH WR STR SPR SCR SPL THR
SHR PH QU KN SQU KL KR GN PS DW SCH SCHR CHR PHR SPH GH KH TS CZ ZH DJ SHM SHN SHL VL ZW SV
SQ RH CHL LL
""".split())
_CODAS = frozenset("""
ST NT ND NG CK CH SH TH RS RT RK LT LD MP SK SP X CS KS LL SS FF RN RM RD RL LM LP LK NK NS NC
RCH TCH NCH NTH RTH GHT CT PT FT MB MS LS TS DS GS PS RST NDS NTS LF RF RG RB RP RTS WN WL WD WK
RLD GH LTH NGTH NGS XT CHT LV RV RST RSH LSH MPH NX NZ TZ DTH FTH PTH WNS RNS MN SM GN LCH NGE
BB CC DD FF GG LL MM NN PP RR SS TT ZZ NST HN PH SC GHTH BT RC RNST RNT
""".split())


def _cluster_ok(run: str) -> bool:
    """A consonant run inside a word: some split leaves a coda on the left, an onset on the right."""
    for cut in range(len(run) + 1):
        left, right = run[:cut], run[cut:]
        if (len(left) <= 1 or left in _CODAS) and (len(right) <= 1 or right in _ONSETS):
            return True
    return False


def _pronounceable(word: str) -> bool:
    """Rough test whether an all-caps word reads as a word (NASA) or as letters (KCNA)."""
    w = word.upper()
    if len(w) < 2 or not re.search(r"[AEIOU]", w[1:] if w[0] == "Y" else w) and "Y" not in w[1:]:
        return False
    # A leading Y before a vowel is a consonant ("YEARS", "YOUNG").
    head = ""
    if len(w) > 1 and w[0] == "Y" and w[1] in "AEIOU":
        head, w = "Y", w[1:]
    runs = re.findall(r"[^AEIOUY]+|[AEIOUY]+", w)
    for i, run in enumerate(runs):
        if run[0] in "AEIOUY" and not (run == "Y" and 0 < i < len(runs) - 1 and False):
            if len(run) > 3 or run in ("III", "UUU", "AAA", "EEE", "OOO"):
                return False
            continue
        if i == 0 and not head:
            if len(run) > 1 and run not in _ONSETS:
                return False
        elif i == len(runs) - 1:
            stem = run[:-1] if run.endswith("S") else run
            if len(run) > 1 and run not in _CODAS and not (len(stem) <= 1 or stem in _CODAS):
                return False
        elif len(run) > 4 or (len(run) > 1 and not _cluster_ok(run)):
            return False
    return True


def _shouting(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", text)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w.isupper() and w not in LETTER_ACRONYMS and w not in WORD_ACRONYMS)
    return caps >= 4 and caps / len(words) >= 0.6


_ABBR_CAPS = {k.upper(): k for k in list(_TITLES) + list(_AFTER_NAME) + list(_COMPANY)
              + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                 "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "St",
                 "No", "Nos", "Vs"] if k.isalpha()}


def _caps(m: Match[str], shouting: bool) -> str:
    w, tail = m.group("w"), (m.group("tail") or "").lower()
    text = m.string
    followed_by_period = text[m.end():m.end() + 1] == "." and not tail
    if followed_by_period and w in _ABBR_CAPS:
        return _ABBR_CAPS[w] + tail
    if w == "PM" and not tail and not shouting and re.match(r" [A-Z][a-z]", text[m.end():m.end() + 3]):
        return "Prime Minister"
    plural = tail == "s" and len(w) >= 2
    if w in WORD_ACRONYMS:
        return WORD_ACRONYMS[w] + tail
    if tail == "s'" and w in LETTER_ACRONYMS:
        return _letters(w) + "'s"
    if plural and w + "S" not in LETTER_ACRONYMS and w in LETTER_ACRONYMS:
        return _letters(w) + "'s"
    if not shouting and w in _CAPS_COMMON_2 and w not in LETTER_ACRONYMS and w != "AM" and not tail:
        return w.lower()
    if w + tail.upper() in WORD_ACRONYMS:
        return WORD_ACRONYMS[w + tail.upper()]
    if w + tail.upper() in LETTER_ACRONYMS and tail == "s":
        return _letters(w + tail)
    if shouting and w == "US" and not tail:
        before = re.search(r"([A-Z]+)\W+$", text[max(0, m.start() - 12):m.start()])
        if before and before.group(1) in _US_PRONOUN_AFTER:
            return "us"
    if w in LETTER_ACRONYMS and not (shouting and w in _CAPS_COMMON_2 and w not in ("US", "UK")):
        if shouting and w in ("IT", "IS", "AM", "AT", "ON", "DO", "ME", "WHO", "ICE"):
            return w.lower() + tail
        return _letters(w) + ("'s" if plural else tail)
    if (shouting and w in _CAPS_COMMON_2) or (w in _CAPS_COMMON and len(w) >= 3):
        return w.lower() + (tail if not plural else "s")
    if shouting and len(w) >= 2 and re.search(r"[AEIOUY]", w) and (
            len(w) <= 3 or _pronounceable(w) or _wordish(w)):
        # An unsayable token stays spelled even in a shouted line: "PSNI OFFICERS ATTACKED".
        return w.lower() + tail
    if len(w) >= 4 and _pronounceable(w):
        return w[0] + w[1:].lower() + tail
    if len(w) >= 4 and (_dictionary_word(w + tail.upper(), _UNPRONOUNCEABLE_LIMIT)
                        or _compound_word(w)):
        # Real words the syllable guess rejects ("STRENGTHS", "RHYTHM") are still words.
        return w[0] + w[1:].lower() + tail
    if plural:
        return _letters(w) + "'s"
    return _letters(w) + tail


# --- abbreviations -----------------------------------------------------------------------------

_TITLE_RE = re.compile(
    r"\b(?P<t>" + "|".join(sorted(_TITLES, key=len, reverse=True)) + r")(?P<dot>\.)?(?P<sp>\s+)"
    r"(?=(?P<next>[A-Z][\w'-]*))")
_AFTER_NAME_RE = re.compile(r"(?<=[A-Za-z])(?P<comma>,?)\s+(?P<t>Jr|Sr|Esq)\b\.?")
_COMPANY_RE = re.compile(r"(?<=[\w&)])(?P<comma>,?)\s+(?P<t>" + "|".join(
    re.escape(k) for k in sorted(_COMPANY, key=len, reverse=True)) + r")\.(?=\s|$|[,;:)\"'])")
_COMPANY_NODOT_RE = re.compile(r"(?<=[A-Za-z&])(?P<comma>,?)\s+(?P<t>Inc|Ltd|Corp|Bros)\b(?!\.)")
_STATE_RE = re.compile(r"(?<=[A-Za-z]),\s(?P<t>" + "|".join(_US_STATES) + r")\.(?=\s|$|[,;:)\"'-])")
_SAINT = re.compile(r"\b(?P<t>St|ST)\b(?P<dot>\.)?(?=\s|$|[,;:)\"'-])")
_SAINT_BEFORE = frozenset({"Mount", "Fort", "Port", "Lake", "Cape", "San", "Mt", "Ft", "Great",
                           "Little", "Old", "New"})
_VERSUS = re.compile(r"(?<=\s)(?:vs\.?|v\.)(?=\s)|(?<=\s)VS\.?(?=\s)")
_DOTTED_NAME_RE = re.compile(r"(?<![\w.])(?:" + "|".join(
    re.escape(k) for k in sorted(_DOTTED_NAMES, key=len, reverse=True)) + r")(?![\w])", re.I)
_PLAIN_ABBR_RE = re.compile(r"(?<![\w.])(?P<w>vs|etc|approx|aka|cf|govt|Etc|Approx|Govt)\.?(?![\w])")
_WITH_RE = re.compile(r"(?<![\w/])(?P<w>w/o|w/)(?=\s)")
_CIRCA = re.compile(r"\b[cC](?:a)?\.\s?(?=\d{1,3}(?:,\d{3})+\b|\d{2,4}\b)")
_DOTTED = re.compile(r"(?<![\w.])(?P<a>(?:[A-Za-z]\.){2,})(?P<tail>'s|s)?(?![\w])")
_MONTH_WORDS = {**{m[:3].lower(): m for m in _MONTHS}, "sept": "September"}


def _title(m: Match[str]) -> str:
    t, nxt = m.group("t"), m.group("next")
    if t == "Gen" and nxt in ("X", "Y", "Z", "Alpha"):
        return m.group(0)
    if t == "Sr" and not m.group("dot"):
        return m.group(0)
    if t in ("Sr",) and not re.match(r"(?:[A-Z][a-z]+)", nxt):
        return m.group(0)
    if t == "Ms" and not m.group("dot") and not re.match(r"[A-Z][a-z]", nxt):
        return m.group(0)
    if t == "Co" and not m.group("dot"):
        return m.group(0)
    return _TITLES[t] + m.group("sp")


def _after_name(m: Match[str]) -> str:
    return m.group("comma") + " " + _AFTER_NAME[m.group("t")]


def _company(m: Match[str]) -> str:
    t = m.group("t")
    word = _COMPANY[t]
    text = m.string
    if t == "Co":
        nxt = _next_word(text, m.end())
        if nxt[:1].isupper() and not m.group("comma"):
            word = "County"
    return m.group("comma") + " " + word + ("." if _at_end(text, m.end()) else "")


def _company_nodot(m: Match[str]) -> str:
    return m.group("comma") + " " + _COMPANY[m.group("t")]


def _at_end(text: str, pos: int) -> bool:
    return re.match(r"[\"')\]]*\s*$", text[pos:]) is not None


def _state(m: Match[str]) -> str:
    # "CALGARY, Alta. — A quake…": the dateline's period closes it, keep it as a pause.
    return ", " + _US_STATES[m.group("t")] + ("." if _ends_sentence(m.string, m.end()) else "")


def _saint(m: Match[str]) -> str:
    text = m.string
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end())
    end_dot = "." if m.group("dot") and _at_end(text, m.end()) else ""
    saint = "Saint"
    street = "Street" + end_dot
    before = text[:m.start()].rstrip()
    # A capitalized word right before "St" names the street, unless it starts the sentence.
    prev_is_name = (prev[:1].isupper() and len(before) > len(prev)
                    and before[-len(prev) - 2:-len(prev)].strip() not in (".", "!", "?", ":", '"')
                    and prev.rstrip(".") not in ("The", "At", "In", "On", "To", "From", "Visit"))
    if prev.rstrip(".") in _SAINT_BEFORE:
        return saint
    if re.search(r"\d[\w-]*\s+(?:[A-Z][\w'-]*\s+){1,3}$", text[max(0, m.start() - 40):m.start()]):
        return street
    if prev.rstrip(".") == "Wall":
        return street
    if nxt[:1].isupper():
        return saint
    return street if prev_is_name else saint + end_dot


def _dotted(m: Match[str]) -> str:
    letters = m.group("a")
    tail = m.group("tail") or ""
    said = _letters(letters)
    if letters in ("a.m.", "p.m."):
        said = said.lower()
    if tail == "s":
        tail = "'s"
    end = "." if _at_end(m.string, m.end()) and not tail else ""
    return said + tail + end


def _dotted_name(m: Match[str]) -> str:
    key = next(k for k in _DOTTED_NAMES if k.lower() == m.group(0).lower())
    said = _DOTTED_NAMES[key]
    return said + ("." if _at_end(m.string, m.end()) else "")


def _plain_abbr(m: Match[str]) -> str:
    w = m.group("w")
    said = _PLAIN_ABBR[w.lower()]
    if m.group(0).endswith(".") and _at_end(m.string, m.end()):
        said += "."
    return _cap_like(w, said) if w[0].isupper() else said


def _month_abbr(m: Match[str]) -> str:
    return _keep_stop(m, _MONTH_WORDS[m.group(1).lower()])


def _weekday_abbr(m: Match[str]) -> str:
    return _WEEKDAYS[m.group(1).lower()]


# --- remaining numbers and symbols --------------------------------------------------------------

_SIGNED_NUMBER = re.compile(rf"(?:(?<=^)|(?<=[\s(\[\"'/:;=]))(?P<sign>[-+])(?P<n>{_NUM})")
_ANY_NUMBER = re.compile(rf"{_NUM}")
_PER_SLASH = re.compile(r"\s?/\s?(?=(?:year|yr|day|hour|hr|week|month|night|person|head|capita|litre|"
                        r"gallon|kg|km|mile|minute|min|second|sec|tonne|barrel|household|unit)\b)")
_SLASH_WORDS = re.compile(r"(?<=[^\W\d_])\s?/\s?(?=[^\W\d_])")
_SYMBOLS = {"&": " and ", "%": " percent ", "+": " plus ", "=": " equals ", "<": " less than ",
            ">": " more than ", "~": " about ", "≈": " about ", "×": " times ", "÷": " divided by ",
            "@": " at ", "$": " dollars ", "£": " pounds ", "€": " euros ", "¥": " yen ",
            "°": " degrees ", "§": " section ", "|": ", ", "•": ", ", "·": ", ", "→": " to ",
            "—": ", ", "―": ", ", "[": "(", "]": ")", "{": "(", "}": ")", "`": "'", "´": "'",
            "*": " ", "_": " ", "\\": " ", "^": " ", "#": " ", "/": " ", "–": ", ", "¶": " ",
            "†": " ", "‡": " ", "№": " number ", "‰": " per mille ", "±": " plus or minus ",
            "₹": " rupees ", "₽": " roubles ", "₴": " hryvnias ", "₪": " shekels ", "₩": " won ",
            "₦": " naira ", "₺": " lira ", "¢": " cents "}


def _signed(m: Match[str]) -> str:
    return ("minus " if m.group("sign") == "-" else "plus ") + number(m.group("n"))


def _any_number(m: Match[str]) -> str:
    text = m.string
    said = number(m.group(0))
    before = text[m.start() - 1:m.start()] if m.start() else ""
    after = text[m.end():m.end() + 1]
    if before.isalpha():
        said = " " + said
    if after.isalpha():
        said = said + " "
    return said


def _slash_words(m: Match[str]) -> str:
    text = m.string
    left = re.search(r"([^\W\d_][\w'-]*)\s?$", text[:m.start()])
    right = re.match(r"([^\W\d_][\w'-]*)", text[m.end():])
    lw = left.group(1) if left else ""
    rw = right.group(1) if right else ""
    if lw[:1].isupper() and rw[:1].isupper():
        return ", "
    return " or "


def _symbol(ch: str) -> str:
    if ch in _SYMBOLS:
        return _SYMBOLS[ch]
    cat = unicodedata.category(ch)
    if cat[0] in "LM" or ch in ALLOWED_PUNCTUATION or ch == " ":
        return ch
    if cat == "Pd":
        return "-"
    if cat in ("Pi", "Pf"):
        return '"'
    if cat in ("Ps",):
        return "("
    if cat in ("Pe",):
        return ")"
    if cat[0] == "Z":
        return " "
    return " "


_AMP_CAPS = re.compile(r"\b([A-Z]{1,4})&([A-Z]{1,4})\b")
_KEEP = re.compile(r"[^\w\s.,;:?!'\"()-]|[_\d]")


def _symbols(text: str) -> str:
    return _cleanup(_symbols_only(text))


_WORD_DASH_WORD = re.compile(r"(?<=[^\W\d_])(\.?)–(?=[^\W\d_])")


def _symbols_only(text: str) -> str:
    if "–" in text:
        # "Dec.–Feb.", "Monday–Friday": an en dash between words is a range.
        text = _WORD_DASH_WORD.sub(lambda m: m.group(1) + " to ", text)
    if "&" in text:
        text = _AMP_CAPS.sub(lambda m: _letters(m.group(1)) + " and " + _letters(m.group(2)), text)
    if "/" in text:
        text = text.replace("and/or", "and or")
        text = _PER_SLASH.sub(" per ", text)
        text = _SLASH_WORDS.sub(_slash_words, text)
    if _KEEP.search(text):
        text = _KEEP.sub(lambda m: _symbol(m.group(0)) if not m.group(0).isdigit() else " ", text)
    if not text.isascii():
        # Numerals no rule could read (Roman-numeral signs, counting rods) are dropped.
        text = "".join(" " if unicodedata.category(ch)[0] == "N" else ch for ch in text)
    return text


# --- cleanup ----------------------------------------------------------------------------------

_MULTI_SPACE = re.compile(r" {2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[,.;:?!)])")
_SPACE_AFTER_OPEN = re.compile(r"\( +")
_GLUED_COMMA = re.compile(r"(?<=[^\W\d_])([,;])(?=[^\W\d_]|\()")
_GLUED_STOP = re.compile(r"(?<=[a-z]{2})([.?!])(?=[A-Z][a-z])")
_REPEATED_COMMA = re.compile(r",(?:\s*,)+")
_COMMA_BEFORE_STOP = re.compile(r",\s*(?=[.;:?!])")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_LEADING_PUNCT = re.compile(r"^[\s,;:]+")


def _cleanup(text: str) -> str:
    if _GLUED(text):
        text = _GLUED_COMMA.sub(r"\1 ", text)
        text = _GLUED_STOP.sub(r"\1 ", text)
    if "(" in text:
        text = _EMPTY_PARENS.sub(" ", text)
        text = _SPACE_AFTER_OPEN.sub("(", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    if _SPACE_PUNCT(text):
        text = _SPACE_BEFORE_PUNCT.sub("", text)
    if _DOUBLE_PUNCT(text):
        text = _REPEATED_COMMA.sub(",", text)
        text = _COMMA_BEFORE_STOP.sub("", text)
    if text[:1] in (" ", ",", ";", ":"):
        text = _LEADING_PUNCT.sub("", text)
    if "  " in text:
        text = _MULTI_SPACE.sub(" ", text)
    return text.strip()


_GLUED = re.compile(r"[,;.?!](?=[^\W\d_]|\()").search
_SPACE_PUNCT = re.compile(r" [,.;:?!)]").search
_DOUBLE_PUNCT = re.compile(r",\s*[,.;:?!]").search


# ---------------------------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------------------------

Pass = Callable[[str], str]


def _sub(pattern: re.Pattern[str], repl: Callable[[Match[str]], str] | str) -> Pass:
    return lambda text: pattern.sub(repl, text)


Trigger = Callable[[str], object] | None

_ABBREVIATION_KEYS = frozenset(
    ["Gen", "Jr", "Sr", "Esq", "Inc", "Ltd", "Corp", "Bros", "St", "vs", "v", "VS", "etc", "Etc",
     "approx", "Approx", "aka", "cf", "govt", "Govt", "/", "Int", "Nat"]
    + list(_TITLES) + list(_COMPANY) + list(_US_STATES) + list(_WEEKDAYS)
    + [k.capitalize() for k in _WEEKDAYS] + [k.capitalize() for k in _MONTH_ABBR])


def _any_in(*needles: str) -> Callable[[str], bool]:
    if len(needles) == 1:
        needle = needles[0]
        return lambda text: needle in text
    return lambda text: any(n in text for n in needles)


def _finds(pattern: str) -> Callable[[str], object]:
    return re.compile(pattern).search


_WORD = re.compile(r"[A-Za-z]+").findall
_word_cache: tuple[str, frozenset[str]] = ("", frozenset())


def _words_of(text: str) -> frozenset[str]:
    """The lowercased words of ``text``; consecutive triggers on unchanged text share one scan."""
    global _word_cache
    cached = _word_cache
    if cached[0] is text:
        return cached[1]
    words = frozenset(_WORD(text.lower()))
    _word_cache = (text, words)
    return words


def _has_word(*keys: str) -> Callable[[str], bool]:
    wanted = frozenset(k.lower() for k in keys)
    return lambda text: not wanted.isdisjoint(_words_of(text))


def _both(first: Callable[[str], object], second: Callable[[str], object]) -> Callable[[str], bool]:
    return lambda text: bool(first(text)) and bool(second(text))


_PLAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .,;:?!'\"()-")


def _has_symbol(text: str) -> bool:
    extra = set(text) - _PLAIN_CHARS
    return any(not ch.isalpha() and unicodedata.category(ch)[0] != "M" for ch in extra)


_CASED_WORDS = re.compile(r"[A-Za-z]+|/").findall
_cased_cache: tuple[str, frozenset[str]] = ("", frozenset())


def _has_abbreviation(text: str) -> bool:
    """True when some word could be an abbreviation the letter rules expand."""
    global _cased_cache
    cached = _cased_cache
    if cached[0] is not text:
        cached = _cased_cache = (text, frozenset(_CASED_WORDS(text)))
    return not _ABBREVIATION_KEYS.isdisjoint(cached[1])


_MONTH_KEYS = tuple(m.lower() for m in _MONTHS) + tuple(_MONTH_ABBR)
def _has_roman(text: str) -> bool:
    words = _words_of(text)
    if _ROMAN_WORDS.isdisjoint(words):
        return "i" in words and not (_REGNAL_LOWER.isdisjoint(words)
                                     and _ROMAN_KEYWORDS_LOWER.isdisjoint(words))
    return True


_REGNAL_LOWER = frozenset(n.lower() for n in _REGNAL_NAMES)
_ROMAN_KEYWORDS_LOWER = frozenset(n.lower() for n in _ROMAN_KEYWORDS)


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                           (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


_ROMAN_WORDS = frozenset(_to_roman(n) for n in range(2, 400))
_HAS_DIGIT = _finds(r"\d")
_HAS_DOT = _any_in(".")
_HAS_INNER_DOT = _finds(r"\.[A-Za-z]")
_HAS_AT = _any_in("@")
_HAS_SLASH = _any_in("/")
_HAS_CAPS = _finds(r"[A-Z]{2}")
_HAS_MONTH = _both(_HAS_DIGIT, _has_word(*_MONTH_KEYS))
_HAS_WEEKDAY = _has_word(*_WEEKDAYS)
_HAS_CURRENCY = _finds(r"[$£€¥₹₩₽₺₴₪₦]|USD|EUR|GBP|CAD|AUD|JPY|CNY|CHF|INR|RUB|UAH")


def _group(items: list[tuple[Trigger, Pass]]) -> Pass:
    def run(text: str) -> str:
        for trigger, step in items:
            if trigger is None or trigger(text):
                text = step(text)
        return text
    return run


def _passes(day_first: bool) -> list[tuple[Trigger, Pass]]:
    # Each rule runs only when its cheap trigger finds something to do: most sentences
    # hold no digit at all, and Python's regex engine is slow on patterns that start
    # with a look-behind, so scanning less is most of the speed.
    d = _HAS_DIGIT
    return [
        (None, _prepare),
        (_HAS_AT, _sub(_EMAIL, _email)),
        (_HAS_INNER_DOT, _sub(_URL, _url)),
        (_any_in("#"), _sub(_HASHTAG, _hashtag)),
        (_HAS_AT, _sub(_HANDLE, _handle)),
        # Before numbers become words: "221 Baker St." is a street because of the 221.
        (_has_word("St"), _sub(_SAINT, _saint)),
        (d, _group([
            (_finds(r"\d[ .-]\d|\(\d|\+\d"), _sub(_PHONE, _phone)),
            (_finds(r"911|999|112"), _sub(_EMERGENCY, _emergency)),
            (_has_word("text", "call", "dial", "ring", "fax", "ext", "extension", "pin", "code"),
             _sub(_SAY_DIGITS, lambda m: m.group("w") + m.group("sp") + digit_words(m.group("n")))),
            (_any_in("'"), _sub(_FEET_INCHES, lambda m: cardinal(int(m.group("f"))) + " foot "
                                + cardinal(int(m.group("i"))))),
            (_finds(r"\ders\b"), _sub(_NUMBER_ERS, _number_ers)),
            (_any_in("401(k)"), lambda text: text.replace("401(k)", "four oh one K")),
            (_finds(r"\d\("), _sub(_SUBSECTION, lambda m: number(m.group("n")) + " "
                                    + m.group("l").upper())),
            (_HAS_SLASH, _sub(_SPECIAL_PAIR_RE, lambda m: _SPECIAL_PAIRS[m.group(1)])),
            (_finds(r"\dT\d"), _sub(_ISO_STAMP, _iso_stamp)),
            (_finds(r"\d-\d\d-"), _sub(_DATE_ISO, lambda m: _date_iso(m, day_first))),
            (_finds(r"\d[/.]\d{1,2}[/.]\d"), _sub(_DATE_NUMERIC, lambda m: _date_numeric(m, day_first))),
            (_both(_HAS_DIGIT, _HAS_WEEKDAY), _sub(_WEEKDAY_ABBR, _weekday_abbr)),
            (_HAS_MONTH, _sub(_DATE_MD, _date_md)),
            (_HAS_MONTH, _sub(_DATE_DM, _date_dm)),
            (_has_word("duration", "length", "runtime", "running"), _sub(_DURATION_LABEL, _duration_label)),
            (_has_word("noon", "midday"), _sub(_TIME_NOON, "noon")),
            (_finds(r"\d\s?[aApP]\.?\s?[mM]"), _sub(_TIME_AMPM, _time_ampm)),
            (_finds(r"\d\d\s?(?:GMT|UTC|Z|hrs|hours|local)"), _sub(_TIME_MILITARY, _time_military)),
            (_finds(r"\d\.\d\d\s?[A-Z]"), _sub(_TIME_DOTTED_ZONE, _time_24)),
            (_any_in(":"), _sub(_DURATION_HMS, _duration_hms)),
            (_any_in("0:"), _sub(_DURATION_ZERO, lambda m: _duration(0, 0, int(m.group("b"))))),
            (_any_in(":"), _sub(_TIME_24, _time_24)),
            (_HAS_CURRENCY, _sub(_MONEY, _money)),
            (_HAS_CURRENCY, _sub(_MONEY_CODE_AFTER, _money_code_after)),
            (_finds(r"\d[pc]\b"), _sub(_PENCE, _pence)),
            (_finds(r"\d(?:k|bn|tn|M|B)\b"), _sub(_BARE_SCALE, _bare_scale)),
            (_has_word("ft"), _sub(_FEET_INCHES_UNITS, _feet_inches_units)),
            (_finds(r"7[0-8]7"), _sub(_JET, lambda m: model_number(m.group(1)))),
            (_has_word("flight"), _sub(_FLIGHT, lambda m: m.group("w") + " " + _letters(m.group("code"))
                                       + " " + model_number(m.group("n")))),
            (_any_in("%"), _sub(_PERCENT, _percent)),
            (_any_in("per"), _sub(_PERCENT_WORD, _percent_word)),
            (_finds(r"\d\s?[x×]\s?\d"),
             _sub(_DIMENSIONS, lambda m: number(m.group(1)) + " by " + number(m.group(2)))),
            (_finds(r"\d[- ]?[A-Za-z°º²]"), _sub(_UNIT, _unit)),
            (_finds(r"\s\d\d?\.\d\d"), _sub(_TIME_DOTTED, lambda m: m.group("w") + " " + _time_24(m))),
            (_finds(r"\d[CF]\b"), _sub(_TEMP_BARE, _temp_bare)),
            (_both(_finds(r"\d [CF]\b"), _has_word(*_TEMPERATURE_WORDS)), _sub(_TEMP_SPACED, _temp_spaced)),
            (_finds(r"\dx\b"), _sub(_TIMES, lambda m: number(m.group("a")) + " times")),
            (_finds(r"\d(?:st|nd|rd|th|ST|ND|RD|TH)"), _sub(_ORDINAL, _ordinal)),
            (_finds(r"0'?s\b"), _sub(_DECADE, _decade)),
            (_any_in("'"), _sub(_SHORT_YEAR, lambda m: cardinal(int(m.group("n"))) if m.group("n")[0] != "0"
                                else "oh " + cardinal(int(m.group("n"))))),
            (_finds(r"\d\s?(?:BC|AD|CE|B\.C|A\.D)"), _sub(_AD_BC, _ad_bc)),
            (_finds(r"[Nn][Oo]s?\.?\s?\d"), _sub(_NO_NUMBER, _no_number)),
            (_any_in("#"), _sub(_NUMBER_SIGN, _number_sign)),
            (_finds(r"\.\s?\d"), _sub(_PAGE, _page)),
            (_finds(r"[cC]a?\.\s?\d"), _sub(_CIRCA, "circa ")),
            (_finds(r"\d\d\s?[-–/]\s?\d"), _sub(_YEAR_RANGE, _year_range)),
            (_finds(r"Boeing|Airbus|Embraer|Bombardier|Tupolev|Ilyushin|Antonov|Cessna|Lockheed|Sukhoi"
                    r"|Porsche|Peugeot"), _sub(_BRANDS, _brand)),
            (_finds(r"[A-Za-z]-\d"), _sub(_LETTER_DASH_NUM, _letter_dash_num)),
            (_finds(r"[A-Za-z]\d|\d[A-Za-z]"), _sub(_ALNUM, _alnum)),
            (_HAS_SLASH, _sub(_NUMBER_FRACTION, _number_fraction)),
            (_finds(r"\d\s?[-–]\s?[\d.]"), _sub(_RANGE, _range)),
            (_finds(r"[12]\d\d\d"), _sub(_YEAR, _year)),
            (_finds(r"[-+]\.?\d"), _sub(_SIGNED_NUMBER, _signed)),
            (d, _sub(_ANY_NUMBER, _any_number)),
            (None, _cleanup),
        ])),
        (_has_symbol, _symbols),
        (_has_roman, _sub(_ROMAN, _roman)),
        (_HAS_INNER_DOT, _sub(_DOTTED_NAME_RE, _dotted_name)),
        (_has_word(*_MIXED_LETTERS), _sub(_MIXED_RE, lambda m: _letters(m.group(1).removesuffix("s"))
                                          + ("'s" if m.group(1).endswith("s") else ""))),
        (_HAS_CAPS, _caps_pass),
        (_has_abbreviation, _group([
            (_both(_HAS_DOT, _has_word(*_US_STATES)), _sub(_STATE_RE, _state)),
            (_has_word(*_TITLES), _sub(_TITLE_RE, _title)),
            (_has_word("Jr", "Sr", "Esq"), _sub(_AFTER_NAME_RE, _after_name)),
            (_both(_HAS_DOT, _has_word(*(k.split("'")[0] for k in _COMPANY))), _sub(_COMPANY_RE, _company)),
            (_has_word("Inc", "Ltd", "Corp", "Bros"), _sub(_COMPANY_NODOT_RE, _company_nodot)),
            (_has_word("St"), _sub(_SAINT, _saint)),
            (_both(_HAS_DOT, _has_word(*_MONTH_ABBR)), _sub(_MONTH_ABBR_RE, _month_abbr)),
            (_HAS_WEEKDAY, _sub(_WEEKDAY_ABBR, _weekday_abbr)),
            (_has_word("vs", "v"), _sub(_VERSUS, "versus")),
            (_has_word("vs", "etc", "approx", "aka", "cf", "govt"),
             _sub(_PLAIN_ABBR_RE, _plain_abbr)),
            (_HAS_SLASH, _sub(_WITH_RE, lambda m: _PLAIN_ABBR[m.group("w")])),
        ])),
        (_HAS_INNER_DOT, _sub(_DOTTED, _dotted)),
        (None, _cleanup),
    ]


def _caps_pass(text: str) -> str:
    if not re.search(r"[A-Z]{2}", text):
        return text
    shouting = _shouting(text)
    matches = list(_CAPS.finditer(text))
    if shouting or len(matches) < 2:
        return _CAPS.sub(lambda m: _caps(m, shouting), text)
    # A headline or kicker in capitals inside sentence-case text ("WHAT HAPPENS NEXT? The
    # talks…", "He wrote: "THIS IS NOT A DRILL""): each run of capitals words is judged alone.
    loud = [False] * len(matches)
    start = 0
    for i in range(1, len(matches) + 1):
        if i == len(matches) or not _CAPS_GAP.fullmatch(text, matches[i - 1].end(), matches[i].start()):
            run = matches[start:i]
            tokens = [m.group("w") for m in run]
            words = sum(1 for w in tokens if w not in _CONNECTORS and _wordish(w))
            # Loud: two content words ("NOT GUILTY"), or one with only small words around
            # it ("FOLLOW US ON X"); never when a real acronym sits in the run ("NHS AND NICE").
            small = all(w in _CONNECTORS or w in _CAPS_COMMON_2 or w == "US" or _wordish(w)
                        or (len(w) >= 4 and w not in LETTER_ACRONYMS and _pronounceable(w))
                        for w in tokens)
            joiner = any(w in _CONNECTORS or w in _CAPS_COMMON_2 or w == "US" for w in tokens)
            plain = sum(1 for w in tokens if w not in LETTER_ACRONYMS and w not in WORD_ACRONYMS)
            if len(run) >= 2 and ((words >= 2 and words * 2 >= plain)
                                  or (words >= 1 and small and joiner)):
                loud[start:i] = [True] * len(run)
            start = i
    out: list[str] = []
    pos = 0
    for i, (m, flag) in enumerate(zip(matches, loud)):
        gap = text[pos:m.start()]
        if flag and i and loud[i - 1] and "A" in gap:
            # A lone capital "A" inside a shouted run is the article, not the letter.
            gap = re.sub(r"\bA\b", "a", gap)
        out.append(gap)
        out.append(_caps(m, flag))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


# What may sit between two capitals words of one shouted run: spaces, light punctuation,
# the one-letter words "A" and "I".
_CAPS_GAP = re.compile(r"(?:[\s,:;!?.'\"\u2018\u2019\u201c\u201d|/&-]|\b[AI]\b)*")
_COMMON_LIMIT = 60_000
# Joining words do not make a run loud on their own: "the NHS AND NICE said".
_CONNECTORS = frozenset("AND OR OF THE IN ON AT TO FOR BY".split())
# After these, a shouted "US" is the pronoun: "TELL US WHAT YOU THINK".
_US_PRONOUN_AFTER = frozenset("""
TELL TELLS GIVE GIVES LET LETS HELP HELPS JOIN JOINS SHOW SHOWS SEND SENDS CALL CALLS FOLLOW
CONTACT EMAIL WITH ABOUT AGAINST BEHIND BETWEEN AMONG ALL WRITE ASK ASKED TOLD GAVE LEFT SAVE
""".split())


def _common_words() -> dict[str, int]:
    """The most common English words of the wordninja list with their rank (loaded once)."""
    global _COMMON
    if _COMMON is None:
        import gzip

        words: dict[str, int] = {}
        try:
            from ..simplify.frequency import _word_file
            with gzip.open(_word_file(), "rt", encoding="utf-8") as fh:
                for i, line in enumerate(fh):
                    if i >= _COMMON_LIMIT:
                        break
                    words.setdefault(line.strip(), i + 1)
        except Exception as exc:  # the word list is optional: fall back to the short lists
            log.warning("normalize: no word list for capitals (%s); using the built-in lists", exc)
        _COMMON = words
    return _COMMON


_COMMON: dict[str, int] | None = None
# Acronyms sit in the word list too ("psni", "alcs"); a token the syllable guess rejects
# counts as a word only when it is this common ("RHYTHM" 2,870th, "PSNI" 31,794th).
_UNPRONOUNCEABLE_LIMIT = 10_000


def _dictionary_word(w: str, limit: int = _COMMON_LIMIT) -> bool:
    """True when an all-caps token is a common English word ("HAPPENS", "DRILL")."""
    if len(w) < 3 or not re.search(r"[AEIOUY]", w):
        return False
    low = w.lower()
    common = _common_words()
    if common.get(low, limit + 1) <= limit:
        return True
    for stem in (low[:-1] if low.endswith("s") else "", low[:-2] if low.endswith(("es", "ed")) else "",
                 low[:-3] if low.endswith("ing") else "", low[:-1] if low.endswith("d") else ""):
        if len(stem) >= 3 and min(common.get(stem, limit + 1), common.get(stem + "e", limit + 1)) <= limit:
            return True
    return False


def _compound_word(w: str) -> bool:
    """True when an all-caps token is two common words run together ("NORTHBRIDGE")."""
    if len(w) < 7:
        return False
    low = w.lower()
    common = _common_words()
    return any(low[:cut] in common and low[cut:] in common
               and _HAS_VOWEL(low[:cut]) and _HAS_VOWEL(low[cut:]) for cut in range(3, len(low) - 2))


_HAS_VOWEL = re.compile(r"[aeiouy]").search


def _wordish(w: str) -> bool:
    """True when an all-caps token reads as an ordinary word rather than an acronym."""
    if w in _CAPS_COMMON or w in _CAPS_COMMON_2:
        return True
    if w in LETTER_ACRONYMS or w in WORD_ACRONYMS:
        return False
    if not _dictionary_word(w):
        return False
    return _pronounceable(w) or _dictionary_word(w, _UNPRONOUNCEABLE_LIMIT)


_PIPELINES: dict[bool, list[tuple[Trigger, Pass]]] = {}
_MAX_ROUNDS = 4
_WARNED: set[str] = set()


def normalize(text: str, language: str = "en") -> str:
    """Turn written news text into the exact words to speak: no digits, no odd symbols."""
    lang = (language or "en").lower().replace("_", "-")
    if not lang.startswith("en") and lang not in _WARNED:
        _WARNED.add(lang)
        log.warning("normalize: no rules for language %s; reading numbers in English", language)
    day_first = lang.startswith(_DAY_FIRST)
    passes = _PIPELINES.get(day_first)
    if passes is None:
        passes = _PIPELINES[day_first] = _passes(day_first)
    if "\n" in text or "\r" in text or "\u2028" in text:
        return "\n".join(_normalize_line(line, passes) for line in _LINES.split(text))
    return _normalize_line(text, passes)


_LINES = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _normalize_line(text: str, passes: list[tuple[Trigger, Pass]]) -> str:
    # Rules read context (a period, a neighbour's case); when one rule's output makes a new
    # context for another (rare, mostly in garbled text), run again until nothing changes, so
    # normalize(normalize(x)) == normalize(x) always holds.
    for _ in range(_MAX_ROUNDS):
        before = text
        for trigger, step in passes:
            if trigger is None or trigger(text):
                text = step(text)
        if text == before:
            break
    else:
        log.debug("normalize did not settle after %s rounds: %r", _MAX_ROUNDS, text[:80])
    return text
