"""Find quantities in a sentence: number, range, scale, currency or unit, as written.

The grammar is deliberately conservative: a number glued to letters ("G20", "2L", "F-16")
is an identifier, an ordinal is not a count, and short unit abbreviations only count right
after digits.  Dates are found first (see ``dates.py``) and their spans are masked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.extract import units as U
from claimcheck.models import Kind

_DIGITS = re.compile(r"(?<![\w.,/])(?<![A-Za-z][-‐–])[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![.,]?\d)")

_NUMBER_WORD = "|".join(sorted([*U.SMALL_NUMBER_WORDS, *U.TENS_WORDS], key=len, reverse=True))
_WORDS = re.compile(
    rf"""\b(?:
        (?:a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+dozen
      | half\s+a\s+(?:million|billion|trillion|decade|century|year)
      | a\s+(?:hundred|thousand|million|billion|trillion|decade|century|year|month|week|day|fortnight)
      | (?:{_NUMBER_WORD})(?:[-\s](?:{_NUMBER_WORD}))*(?:\s+hundred(?:\s+and\s+(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)?)?
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)

_CURRENCY_PREFIX = re.compile(
    r"(?:(?<![A-Za-z])(?:" + U.alternation(U.CURRENCY_PREFIX) + r"))\s?$", re.IGNORECASE
)
_CURRENCY_SUFFIX = re.compile(r"\s*(?:" + U.alternation(U.CURRENCY_SUFFIX) + r")\b", re.IGNORECASE)
_SCALE_SPACED = re.compile(r"[\s-]?(?:" + U.alternation(U.SCALE_WORDS) + r")\b", re.IGNORECASE)
_SCALE_GLUED = re.compile(r"(?:" + U.alternation(U.GLUED_SCALE) + r")\b", re.IGNORECASE)
_PERCENT = re.compile(
    r"\s?(?:%|(?:per\s?cent|percent|percentage\s+points?|basis\s+points|bps|pct|pc)\b|points\b)",
    re.IGNORECASE,
)
_UNIT = re.compile(r"(?P<sep>\s?|-)(?:(?:long|full|straight|consecutive|whole|short|more)\s+(?=years|months|weeks|days|decades|hours))?(?P<unit>" + U.alternation(U.MEASURES) + r")(?![\w²³])", re.IGNORECASE)
_TEMPERATURE = re.compile(
    r"\s?(?P<unit>°\s?[CF]\b|º\s?[CF]\b|degrees?\s+(?:celsius|fahrenheit|c|f)\b|degrees?\b|(?<=\d)[CF]\b)", re.IGNORECASE
)
_DURATION_LEAD = re.compile(
    r"(?i)\b(?:almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than|under|just\s+over|just\s+under|"
    r"close\s+to|for|in|within|after|than|half)\s+$"
)
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|and)\s*", re.IGNORECASE)
_GLUED_OK = re.compile(r"[A-Za-z]+")
MAX_ROUNDING = 0.1
_ORDINAL_SUFFIX = frozenset({"st", "nd", "rd", "th"})


@dataclass(slots=True)
class RawQuantity:
    """A quantity as found, before context (qualifier, time, subject) is attached."""

    start: int
    end: int
    kind: Kind
    unit: str | None
    value: float
    low: float
    high: float
    is_range: bool = False
    is_word: bool = False
    digits: str = ""


def _parse_digits(token: str) -> tuple[float, float]:
    """Value and rounding unit of a digit string: '1,100' -> (1100, 100); '3.5' -> (3.5, 0.1)."""
    clean = token.replace(",", "").replace("−", "-")
    value = float(clean)
    if "." in clean:
        ulp = 10.0 ** -len(clean.split(".")[1])
    else:
        bare = clean.lstrip("-")
        zeros = len(bare) - len(bare.rstrip("0")) if bare.strip("0") else 0
        ulp = 10.0 ** zeros
    return value, ulp


def parse_number_words(phrase: str) -> float | None:
    """Value of a spelled-out number: 'forty-two' -> 42, 'two dozen' -> 24, 'a decade' -> None.

    >>> parse_number_words("two hundred and fifty")
    250.0
    """
    words = re.split(r"[\s-]+", phrase.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in ("and", ""):
            continue
        if word == "a":
            current = current or 1
            seen = True
        elif word == "half":
            current = 0.5
            seen = True
        elif word in U.SMALL_NUMBER_WORDS:
            current += U.SMALL_NUMBER_WORDS[word]
            seen = True
        elif word in U.TENS_WORDS:
            current += U.TENS_WORDS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "dozen":
            current = (current or 1) * 12
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * U.SCALE_WORDS[word]
            current = 0
        else:
            return None
    return total + current if seen or total else None


def find_quantities(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[RawQuantity]:
    """All quantities in ``text[start:end]`` outside the masked spans, in order."""
    found: list[RawQuantity] = []
    taken_until = start
    candidates = [(m.start(), m.end(), False) for m in _DIGITS.finditer(text, start, end)]
    candidates += [(m.start(), m.end(), True) for m in _WORDS.finditer(text, start, end)]
    candidates.sort()
    for num_start, num_end, is_word in candidates:
        if num_start < taken_until or _inside(num_start, num_end, masked):
            continue
        quantity = _read_quantity(text, num_start, num_end, end, is_word, floor=start)
        if quantity is None or _inside(quantity.start, quantity.end, masked, any_overlap=True):
            continue
        found.append(quantity)
        taken_until = quantity.end
    return found


def _inside(start: int, end: int, spans: list[tuple[int, int]], any_overlap: bool = False) -> bool:
    for s, e in spans:
        if any_overlap:
            if start < e and s < end:
                return True
        elif s <= start and end <= e:
            return True
        if s >= end:
            break
    return False


def _read_quantity(text: str, num_start: int, num_end: int, limit: int, is_word: bool,
                   floor: int = 0) -> RawQuantity | None:
    token = text[num_start:num_end]
    if is_word:
        phrase_value = parse_number_words(token)
        lowered = token.lower()
        unit_word = lowered.rsplit(None, 1)[-1]
        if unit_word in ("decade", "century", "year", "month", "week", "day", "fortnight"):
            if lowered.startswith("a ") and not _DURATION_LEAD.search(text, max(0, num_start - 25), num_start):
                return None  # "twice a day", "500 cars a day": a rate, not a duration
            phrase_value = parse_number_words(lowered.rsplit(None, 1)[0]) or 1.0
            factor = {"decade": 10, "century": 100, "year": 1, "month": 1 / 12, "week": 7 / 365.25,
                      "day": 1 / 365.25, "fortnight": 14 / 365.25}[unit_word]
            value = phrase_value * factor
            return RawQuantity(num_start, num_end, Kind.duration, "year", value, value, value, is_word=True)
        if phrase_value is None or lowered in ("one", "a", "zero"):
            return None
        value, ulp = phrase_value, (0.1 * phrase_value if phrase_value >= 1000 else 1.0)
        digits = ""
    else:
        glued = _GLUED_OK.match(text, num_end)
        if glued and glued.group().lower() in _ORDINAL_SUFFIX:
            return None
        value, ulp = _parse_digits(token)
        digits = token
    pos = num_end
    scale = 1.0

    # A range: "2-3", "40 to 50", "between 40 and 50"; the second number shares scale and unit.
    second: tuple[float, float] | None = None
    if not is_word:
        sep = _RANGE_SEP.match(text, pos, limit)
        if sep:
            sep_text = sep.group().strip().lower()
            allowed = sep_text != "and" or re.search(r"between\s+\S*$", text[max(0, num_start - 20):num_start], re.I)
            after = sep.end()
            cur = re.match(r"(?:US\$|\$|€|£|¥|₹)", text[after:limit])
            if cur:
                after += cur.end()
            m2 = _DIGITS.match(text, after, limit)
            if allowed and m2 and not (m2.end() < limit and text[m2.end()].isalpha() and
                                       text[m2.end():m2.end() + 2].lower() in _ORDINAL_SUFFIX):
                v2, ulp2 = _parse_digits(m2.group())
                if v2 > value:
                    second = (v2, ulp2)
                    pos = m2.end()

    glued = _SCALE_GLUED.match(text, pos, limit) if not is_word else None
    if glued:
        scale = U.GLUED_SCALE[glued.group().lower()]
        pos = glued.end()
    else:
        spaced = _SCALE_SPACED.match(text, pos, limit)
        if spaced and not (is_word and token.lower().split()[-1] in U.SCALE_WORDS):
            word = spaced.group().strip().strip("-").lower()  # "$45&nbsp;million": any space, not just " "
            scale = U.SCALE_WORDS[re.sub(r"\s+", " ", word)]
            pos = spaced.end()
    if not is_word and not glued:
        letters = _GLUED_OK.match(text, pos, limit)
        if letters and pos == num_end and second is None:
            # Digits glued to letters that are not a known unit: an identifier ("2L", "5G").
            unit_match = _UNIT.match(text, pos, limit)
            if not unit_match or unit_match.group("unit").lower() in U.SPACED_ONLY_UNITS:
                glued_temp = letters.group() in ("C", "F") and _mentions_temperature(text, pos, limit)
                if letters.group().lower() != "s" and not glued_temp:
                    return None
    if not is_word and pos == num_end and second is None:
        glued_s = re.match(r"s\b", text[pos:limit])
        if glued_s:  # "1990s" or "20s": a decade or age, not a count
            return None

    kind: Kind = Kind.count
    unit: str | None = None
    factor = 1.0
    q_start = num_start
    # Not before the sentence: "$\n5 people" would start a claim outside its sentence.
    prefix = _CURRENCY_PREFIX.search(text, max(floor, num_start - 6), num_start)
    if prefix and not is_word:
        kind, unit = Kind.money, U.CURRENCY_PREFIX[re.sub(r"\s", "", prefix.group()).lower()]
        q_start = prefix.start()
        suffix = _CURRENCY_SUFFIX.match(text, pos, limit)
        if suffix and U.CURRENCY_SUFFIX.get(re.sub(r"\s+", " ", suffix.group().strip().lower())) == unit:
            pos = suffix.end()
    else:
        suffix = _CURRENCY_SUFFIX.match(text, pos, limit)
        pct = _PERCENT.match(text, pos, limit)
        temp = _TEMPERATURE.match(text, pos, limit)
        unit_match = _UNIT.match(text, pos, limit)
        if suffix:
            kind, unit = Kind.money, U.CURRENCY_SUFFIX[re.sub(r"\s+", " ", suffix.group().strip().lower())]
            pos = suffix.end()
        elif pct:
            word = re.sub(r"\s+", " ", pct.group().strip().lower())
            if word == "points" and not _has_change_verb(text, num_start):
                return None
            unit = U.PERCENT_WORDS.get(word, "%" if "cent" in word else "pp")
            kind = Kind.percent
            pos = pct.end()
        elif temp and (temp.group("unit").strip().lower() not in ("degrees", "degree", "c", "f")
                       or _mentions_temperature(text, pos, limit)):
            kind, unit = Kind.temperature, "degC"
            unit_text = temp.group("unit").strip().lower()
            if unit_text.endswith(("f", "fahrenheit")) or (unit_text.startswith("degree") and value > 60):
                factor = -1.0  # marker: convert from Fahrenheit below ("112 degrees" is a US heat report)
            pos = temp.end()
        elif unit_match and unit_match.group("unit") == "Mt":
            kind, unit, factor = Kind.mass, "t", 1e6  # "412.6 Mt": megatonnes, not metric tons
            pos = unit_match.end()
        elif unit_match:
            name = re.sub(r"\s+", " ", unit_match.group("unit").lower())
            sep = unit_match.group("sep")
            if is_word and name in U.DIGIT_ONLY_UNITS:
                return None
            if name in U.SPACED_ONLY_UNITS and sep == "" and scale == 1.0:
                return None
            kind, unit, factor = U.MEASURES[name]
            pos = unit_match.end()
        if kind is Kind.count and is_word and (value < 2 or token.lower().startswith("a ")) and scale == 1.0:
            if not re.match(r"\s+dozen", token.lower()[1:]) and "dozen" not in token.lower():
                return None

    if kind is Kind.temperature:
        if factor < 0:
            value, ulp = (value - 32) * 5 / 9, ulp * 5 / 9
            if second:
                second = ((second[0] - 32) * 5 / 9, second[1] * 5 / 9)
        factor = 1.0
    mult = scale * factor
    if second:
        low = value * mult  # a stated range is exact: "40 to 50" means 40..50
        high = second[0] * mult
        mid = (value + second[0]) / 2 * mult
        return RawQuantity(q_start, pos, kind, unit, mid, low, high, is_range=True, is_word=is_word, digits=digits)
    v = value * mult
    half = ulp / 2
    if not is_word and "." not in token and half > abs(value) * MAX_ROUNDING:
        # "1,000" or "$2 billion" may be exact or rounded to the thousand; read as at most
        # 10% either way, so that round figures can still disagree.
        half = abs(value) * MAX_ROUNDING
    half *= abs(mult)
    return RawQuantity(q_start, pos, kind, unit, v, v - half, v + half, is_word=is_word, digits=digits)


_CHANGE_VERB = re.compile(
    r"\b(?:up|down|rose|rise|risen|fell|fall|fallen|increased?|decreased?|grew|grown|growth|declined?|dropped|drop|"
    r"jumped|jump|climbed|gained?|lost|slipped|slid|surged|plunged|tumbled|shed|added)\b(?:\s+by)?\s*$",
    re.IGNORECASE,
)


def _has_change_verb(text: str, at: int) -> bool:
    return bool(_CHANGE_VERB.search(text, max(0, at - 30), at))


def _mentions_temperature(text: str, pos: int, limit: int) -> bool:
    return bool(re.search(r"temperature|heat|warm|cold|celsius|fahrenheit", text[max(0, pos - 80):limit], re.I))
