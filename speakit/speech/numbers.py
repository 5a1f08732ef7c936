"""Numbers as spoken English words: cardinals, ordinals, years, decimals, digits."""

from __future__ import annotations

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))
_ORDINAL_WORDS = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                  "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
# Past this, a listener cannot follow the words anyway; say the digits.
_MAX_WORDS = 10**15


def digit_words(digits: str) -> str:
    """Each digit as a word: ``"4165"`` → ``"four one six five"`` (non-digits are skipped)."""
    return " ".join(_ONES[int(ch)] for ch in digits if ch.isdecimal())


def cardinal(n: int) -> str:
    """A whole number in words: ``115000`` → ``"one hundred and fifteen thousand"``."""
    if n < 0:
        return "minus " + cardinal(-n)
    if n >= _MAX_WORDS:
        return digit_words(str(n))
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = _ONES[hundreds] + " hundred"
        return head + (" and " + cardinal(rest) if rest else "")
    for scale, name in _SCALES:
        if n >= scale:
            count, rest = divmod(n, scale)
            head = cardinal(count) + " " + name
            if not rest:
                return head
            # British/Commonwealth news style: "one thousand and five", "two million three hundred".
            return head + (" and " if rest < 100 else " ") + cardinal(rest)
    raise AssertionError(n)  # pragma: no cover - the scales cover every n >= 1000


def _ordinalize_word(word: str) -> str:
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    if word.endswith("y"):
        return word[:-1] + "ieth"
    return word + "th"


def ordinal(n: int) -> str:
    """An ordinal in words: ``21`` → ``"twenty-first"``, ``75`` → ``"seventy-fifth"``."""
    words = cardinal(n)
    head, sep, last = max((words.rpartition(" "), words.rpartition("-")), key=lambda p: len(p[0]))
    return head + sep + _ordinalize_word(last)


def plural_number(words: str) -> str:
    """The plural of a number's last word, for decades: ``"nineteen ninety"`` → ``"nineteen nineties"``."""
    head, sep, last = max((words.rpartition(" "), words.rpartition("-")), key=lambda p: len(p[0]))
    if last.endswith("y"):
        last = last[:-1] + "ies"
    elif last == "six":
        last = "sixes"
    else:
        last += "s"
    return head + sep + last


def year(n: int) -> str:
    """A year as read aloud: 1905 → "nineteen oh five", 2008 → "two thousand eight", 2024 → "twenty twenty-four"."""
    if 2000 <= n <= 2009:
        return "two thousand" + (" " + _ONES[n - 2000] if n > 2000 else "")
    if 1001 <= n <= 1999 or 2010 <= n <= 2099:
        high, low = divmod(n, 100)
        if low == 0:
            return cardinal(high) + " hundred"
        if low < 10:
            return cardinal(high) + " oh " + _ONES[low]
        return cardinal(high) + " " + cardinal(low)
    return cardinal(n)


def decade(n: int) -> str:
    """A decade: 1990 → "nineteen nineties", 2000 → "two thousands", 90 → "nineties"."""
    if n < 100:
        return plural_number(cardinal(n))
    if n % 100 == 0 and n % 1000 != 0:
        return cardinal(n // 100) + " hundreds"
    return plural_number(year(n))


def model_number(digits: str) -> str:
    """Digits of a model or route name in pairs: "737" → "seven thirty-seven", "1040" → "ten forty"."""
    if len(digits) == 3 and digits[0] != "0":
        head, rest = _ONES[int(digits[0])], int(digits[1:])
        if rest == 0:
            return head + " hundred"
        return head + " " + (cardinal(rest) if rest >= 10 else "oh " + _ONES[rest])
    if len(digits) == 4 and digits[0] != "0":
        n = int(digits)
        if n % 1000 == 0:
            return cardinal(n)
        high, low = divmod(n, 100)
        if low == 0:
            return cardinal(high) + " hundred"
        return cardinal(high) + " " + (cardinal(low) if low >= 10 else "oh " + _ONES[low])
    if digits.startswith("0") and len(digits) > 1:
        return digit_words(digits)
    return cardinal(int(digits))


def number(text: str) -> str:
    """A written number (``"12,000"``, ``"1.3"``, ``".5"``, ``"007"``) in words."""
    text = text.replace(",", "")
    whole, dot, frac = text.partition(".")
    if whole and len(whole) > 1 and whole.startswith("0"):
        head = digit_words(whole)
    elif whole:
        head = cardinal(int(whole))
    else:
        head = ""
    if not dot or not frac:
        return head
    tail = "point " + digit_words(frac)
    return (head + " " + tail) if head else tail


def is_integer_text(text: str) -> bool:
    """True when ``text`` is a plain whole number, commas allowed."""
    return text.replace(",", "").isdecimal()
