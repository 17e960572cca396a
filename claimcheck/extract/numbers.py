"""Find quantities in a sentence: number, range, scale, currency or unit, as written.

The grammar is deliberately conservative: a number glued to letters ("H5N1", "4L", "A-10")
is an identifier, an ordinal is not a count, and short unit abbreviations only count right
after digits.  Dates are found first (see ``dates.py``) and their spans are masked here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimcheck.extract import units as U
from claimcheck.models import Kind

# Currencies written glued before a number.  A single letter (rand "R87.50", pesos "P130",
# naira "N80,000") is money only where the article speaks of its currency (_GLUED_CURRENCIES);
# the longer marks name theirs alone (rupees, dirhams, shillings, ringgit, dong, rupiah:
# "Rs1,275", "Dh3.15", "KSh3.2", "RM12.4m", "VNĐ3.1 trillion", "Rp75 million").
_GLUED_LETTERS = "RPNKLEQD"
# (and the capital ISO codes, glued as some outlets write them: "VND41,000", "PLN950")
_GLUED_MARKS = ("Rs", "Rs.", "Dh", "Dhs", "KSh", "Ksh", "KShs", "Kshs", "RM", "VNĐ", "Rp", "Sh", "Shs", "USh", "TSh", "Bs",
                "JD", "Gs", "QR", "S/", "S/.", "SR", "Nu", "VT", "Kz",
                *dict.fromkeys([*(code for code in U.CURRENCY_CODE_PREFIX if len(code) == 3 and code.isupper()),
                                *(code.upper() for code in U.CURRENCY_PREFIX if len(code) == 3 and code.isalpha())]))


def _after_a_glued_currency() -> str:
    """Lookbehinds for a number right after a glued currency (each of one fixed width)."""
    by_width: dict[int, list[str]] = {}
    for mark in (*_GLUED_LETTERS, *_GLUED_MARKS):
        by_width.setdefault(len(mark), []).append(re.escape(mark))
    return "|".join(rf"(?<=(?<![\w.,/])(?:{'|'.join(marks)}))" for _width, marks in sorted(by_width.items()))


# Thousands grouped by commas ("1,200"), the Indian way ("1,04,500" = 104,500) or by spaces
# ("10 000", "816 000 t"; not "3 100-metre" or "3 100m", which are a count and a measure).
_DIGITS = re.compile(
    r"(?:(?<![\w.,/])|" + _after_a_glued_currency() + r")(?<![A-Za-z][-‐–])[-−]?"
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![-‐]?[A-Za-z\d])|\d+)"
    r"(?:\.\d+)?(?:\s?×\s?10(?:\^[-−]?\d{1,3}|[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|−\d{1,3}))?(?![.,]?\d)"
)
# The second number of "120-to-150-million-euro", glued to its hyphen.
_DIGITS_AFTER_HYPHEN = re.compile(_DIGITS.pattern.replace(r"(?<![A-Za-z][-‐–])", "", 1))
assert _DIGITS_AFTER_HYPHEN.pattern != _DIGITS.pattern
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_VULGAR = "".join(U.VULGAR_FRACTIONS)
# "1/4 inch", "2 1/2 in", "⅓ cup", "2½ miles": read only with a unit, "of" or a whole number
# before them ("24/7" and "9/11" are names, masked as noise).
_FRACTION = re.compile(
    rf"(?<![\w.,/])(?:(?P<whole>\d{{1,4}})\s)?(?P<num>\d{{1,3}})/(?P<den>\d{{1,3}})(?![/\d]|[.,]\d)"
    rf"|(?<![\w.,/])(?:(?P<vwhole>\d{{1,4}})\s?)?(?P<vulgar>[{_VULGAR}])"
)
# Lengths told in words as one unit: "a mile", "half a metre", "a kilometre and a half".
_ONE_LENGTH = frozenset({"mile", "kilometre", "kilometer", "metre", "meter"})
# How far a span told as "an hour", "a decade", "half an hour" may be from its round value.
_ROUND_SPAN_MARGIN = 1 / 6  # an hour: 50 to 70 minutes
# Race and clock durations: "2:04:37" (h:mm:ss), "62:40" (minutes past an hour cannot be a
# time of day), and "took 14:21" / "run under 2:03" after a word that introduces a duration.
# A fraction of a second ("5:21.84", "2:04:37.6") makes it a race time outright.
_CLOCK = re.compile(r"(?<![\w:.,/])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\w:]|[.,]\d)")
CLOCK_CUE = re.compile(
    r"(?i)\b(?:in|took|takes|taking|under|over|clocked|clocking|timed|time\s+of|record\s+of|split\s+of|best\s+of|"
    r"finished\s+in|ran|run|running|sub-?)\s*$"
)
# A gap between racers is minutes and seconds: "+0:58" in a classification, "won by 2:11",
# "finished third, 1:15 behind".
GAP_CUE_BEFORE = re.compile(
    r"(?i)(?:(?<![\w.,])\+|\b(?:won|wins|win|winning|lost|loses|beat|beaten|led|leads|leading|trailed|trails)\b"
    r"(?:\s+[\w’'-]+){0,3}?\s+by\s+|\b(?:margin|gap|deficit|lead)\s+of\s+)$")
GAP_CUE_AFTER = re.compile(r"\s+(?:behind|back|adrift|down\s+on)\b")


def is_gap_clock(text: str, floor: int, limit: int, start: int, end: int) -> bool:
    """Whether a clock figure ("0:58", "1:15") is a gap between racers (minutes and seconds)."""
    return bool(GAP_CUE_BEFORE.search(text, max(floor, start - 40), start)
                or GAP_CUE_AFTER.match(text, end, limit))

_NUMBER_WORD = "|".join(sorted([*U.SMALL_NUMBER_WORDS, *U.TENS_WORDS], key=len, reverse=True))
_FRACTION_WORD = "|".join(sorted(U.FRACTION_WORDS, key=len, reverse=True))
# "thirty-four", "two hundred and fifty": a number below a thousand, in words.
_WORD_GROUP = (rf"(?:(?:{_NUMBER_WORD})(?:[-\s](?:{_NUMBER_WORD}))*(?:\s+hundred(?:\s+and\s+(?:{_NUMBER_WORD})"
               rf"(?:-(?:{_NUMBER_WORD}))?)?)?)")
_SCALE_THEN_MORE = re.compile(r"\b(?:thousand|million|billion|trillion)\b.*\w")
# "one billion, one hundred and eighty million", "two million three hundred thousand and
# five": groups under a thousand, each with a smaller scale word than the one before (so
# "two million, three million" stays two figures), and at least two groups.
_GROUP_SEP = r"(?:,\s+|\s+(?:and\s+)?)"


def _scaled_tails() -> str:
    """What may follow a number's first group of words: its scale word, then at least one
    more group (a smaller scale group or the units).  The first group is read once, before."""
    scales = ["trillion", "billion", "million", "thousand"]
    options = []
    for i, top in enumerate(scales):
        lower = [rf"(?:{_GROUP_SEP}{_WORD_GROUP}\s+{s})?" for s in scales[i + 1:]]
        options.append(rf"\s+{top}(?={_GROUP_SEP}(?:{_NUMBER_WORD})\b)"
                       + "".join(lower) + rf"(?:{_GROUP_SEP}{_WORD_GROUP}(?!\s+(?:{'|'.join(scales)})\b))?")
    return "(?:" + "|".join(options) + ")"


_SCALED_TAILS = _scaled_tails()
# Words after a fraction that compare it ("about a fifth below", "roughly a fifth more"), and
# after "half" those that say what it is half of ("half the staff", "Half this village").
_COMPARATIVES = r"more|less|fewer|below|above|higher|lower|cheaper|smaller|bigger|larger"
# What "a third", "a quarter" name when they are ordinals or periods, not shares: "a third
# term", "a quarter century", "a fifth consecutive year".
_ORDINAL_HEADS = (r"(?:times?|terms?|rounds?|party|parties|consecutive|straight|successive|place|attempts?|legs?|"
                  r"stages?|sets?|games?|matches|match|tests?|phases?|waves?|runways?|terminals?|lines?|person|"
                  r"country|world|century|generation|options?|way|hours?|miles?|years?|seasons?|days?|weeks?|"
                  r"months?|quarters?|half|period|seeds?|tiers?|tranches?|readings?|votes?|ballots?|lanes?|"
                  r"reactors?|units?|child|sons?|daughters?|goals?|tries|try|titles?|wins?|victory|defeat|"
                  r"final|laps?|floors?|stor(?:ey|y)|editions?|books?|films?|albums?|series|point|pole)\b")
_HALF_OWNERS = r"the|of|its|their|his|her|our|all|this|that|these|those|my|your"
# A decimal read aloud, as broadcasters do: "one point nine million", "four point two five".
_DIGIT_WORD = "zero|oh|one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_DECIMAL = re.compile(rf"(?P<whole>.+?)\s+point(?P<digits>(?:\s+(?:{_DIGIT_WORD}))+)(?:\s+(?P<scale>thousand|million|billion|trillion))?")
# Bounds and approximations before a number.
_BOUNDS = (r"nearly|almost|about|around|roughly|some|more\s+than|less\s+than|over|under|just\s+(?:over|under)|"
           r"close\s+to|well\s+over|at\s+least|at\s+most|up\s+to")
_WORDS = re.compile(
    rf"""\b(?:
        (?:a|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)\s+dozen
      | a\s+baker['’]s\s+dozen
      | (?:a|one|two|three)[-\s](?:quarter|third|fifth|tenth)s?\s+of\s+an?\s+(?:million|billion|trillion)
      | half\s+a\s+(?:million|billion|trillion|decade|century|year|month|week|day|minute)
      | half\s+an\s+hour
      | (?:a\s+)?hundred\s+and\s+(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?
      | a\s+(?:hundred|thousand|million|billion|trillion|decade|century|year|month|week|day|fortnight|minute)(?!-long)
          (?!\s+and\s+a\s+half)
      | (?:half\s+)?an?\s+(?:quarter\s+of\s+an?\s+)?(?:mile|kilometre|kilometer|metre|meter)(?:\s+and\s+a\s+half)?(?![-\w])
      | a[-\s](?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\s+of\s+(?!an?\b))
      | a[-\s](?:third|quarter|fifth|tenth)(?=\s*(?:[.,;:!?)(]|$)|\s+(?!of\b|{_ORDINAL_HEADS})[a-z])
      | an?\s+(?:hour|day|week|month|year|decade|century)\s+and\s+a\s+half
      | an?\s+hour
      | (?:decade|century|year|month|week|day)-long
      | twice | thrice | doubled | tripled | trebled | quadrupled
      | (?:two|three|four|five|six|seven|eight|nine|ten|hundred)fold
      | (?:double|triple)(?=\s+(?:the|its|their|his|her|our|that|what|last)\b|\s*[.,;:!?)]|\s*$)
      | half(?=\s+(?:{_HALF_OWNERS})\b|["”’]\s+of\b|\s*[.,;:!?)]|\s+(?:between|since|in|on|from|over|
                                                                              compared|after|before|last|this|a\s+year)\b)
      | {_WORD_GROUP}\s+point(?:\s+(?:{_DIGIT_WORD}))+(?:\s+(?:thousand|million|billion|trillion))?
      | {_WORD_GROUP}
        (?:{_SCALED_TAILS}|(?:[-\s]and[-\s]a[-\s]half|[-\s](?:{_FRACTION_WORD}))?)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# Before a fraction with no "of" after it: "by (nearly) a fifth", "a premium of a third".
_SHARE_BEFORE = re.compile(
    rf"(?i)(?:\b(?:by|of)|\s[-–—:])\s+(?:(?:{_BOUNDS})\s+)?$")
# A fraction under one compared or changed to stands for a share as well: "down from nearly
# three-quarters a year earlier", "shares are down almost a fifth", "less than a third."
_SHARE_COMPARED_BEFORE = re.compile(
    r"(?i)\b(?:from|to|than|down|up|below|above)\s+(?:(?:nearly|almost|about|around|roughly|some|over|under|"
    r"just\s+(?:over|under)|close\s+to|well\s+over|at\s+least|at\s+most|up\s+to|only|just)\s+)?$")
_SHARE_BOUND_BEFORE = re.compile(rf"(?i)\b(?:{_BOUNDS}|barely|little\s+more\s+than|well\s+under|as\s+much\s+as)\s+$")
_FRACTION_TAIL = re.compile(rf"(?i)[-\s](?:and[-\s]a[-\s](?P<half>half)|(?P<den>{_FRACTION_WORD}))$")

# Money written with one capital letter glued to the number: South African rand ("R87.50",
# "R2.3-million"), Philippine pesos ("P130 a kilo", "P4.2B"), naira, kwacha ("K320"; kina and kyat
# where the article names them), Honduran lempiras ("L780 a kilo"), emalangeni ("E4,850"),
# quetzales ("Q215") and dalasi ("D32,000").
# Read so when a scale follows or the article speaks of that currency, not for a road ("the
# R40"), a model ("P310") or a grade elsewhere.
_GLUED_CURRENCIES: dict[str, tuple[str, re.Pattern[str]]] = {
    "R": ("ZAR", re.compile(r"\b(?:rand|South\s+Africa(?:n|ns)?|ZAR)\b")),
    "P": ("PHP", re.compile(r"₱|\b(?:pesos?|PHP|Philippines?|Filipino)\b")),
    "N": ("NGN", re.compile(r"₦|\b(?:naira|Nigeria(?:n|ns)?|NGN)\b")),
    "K": ("ZMW", re.compile(r"\b(?:kwacha|Zambia(?:n|ns)?|ZMW|Malawi(?:an|ans)?|MWK|kina|Papua|PGK|kyats?|Myanmar|"
                           r"MMK)\b")),
    "L": ("HNL", re.compile(r"\b(?:lempiras?|Hondura(?:s|n|ns)|HNL)\b")),
    # emalangeni ("E4,850"), only where the article names them or Eswatini: "E10" is a fuel,
    # "E45" a road, "E3" a fair elsewhere
    "E": ("SZL", re.compile(r"\b(?:emalangeni|lilangeni|Eswatini|Swazi(?:land)?|SZL)\b")),
    # quetzales ("Q215 a quintal") and dalasi ("D32,000 a tonne") likewise: "Q3" is a quarter,
    # "D4" a grade or a road
    "Q": ("GTQ", re.compile(r"\b(?:quetzal(?:es)?|Guatemala(?:n|ns)?|GTQ)\b")),
    "D": ("GMD", re.compile(r"\b(?:dalasi|Gambia(?:n|ns)?|GMD)\b")),
}
_GLUED_NAMED_ONLY = frozenset("EQD")
assert set(_GLUED_CURRENCIES) == set(_GLUED_LETTERS)
# Another currency written with the same letter, taken where the article names it: Botswana's
# pula ("P19.9 bln") is a "P" sum too.
_GLUED_OTHERS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "P": (("BWP", re.compile(r"\b(?:pula|Botswana|Batswana|Motswana|BWP)\b")),),
    # (Malawi's kwacha is told from Zambia's by the country named, claims._COUNTRY_CURRENCIES)
    "K": (("PGK", re.compile(r"\b(?:kina|Papua|PGK)\b")), ("MMK", re.compile(r"\b(?:kyats?|Myanmar|MMK)\b"))),
}


def _glued_code(text: str, letter: str) -> str:
    """The currency a glued letter stands for in this article."""
    return next((code for code, named in _GLUED_OTHERS.get(letter, ()) if named.search(text)),
                _GLUED_CURRENCIES[letter][0])


# A short whole number with a road, a mask or a model after it names a thing ("N95 masks", "the
# R40 road"); a price goes on ("P130 a kilo", "about R280 before duty").
_NAMED_THING_AFTER = re.compile(r"\d{1,3}[ \t]+(?:road|highway|motorway|expressway|freeway|route|bypass|masks?|"
                                r"respirators?|bus|buses|form|line|model|series|class|strain|rifles?|engines?)\b",
                                re.IGNORECASE)
# A token noise.py would mask, made of a glued mark and a sum ("Dh400-450 mln" included).
_GLUED_CODE = re.compile("(?:" + U.alternation(_GLUED_MARKS) + r")\d[\d,.]*(?:[-–]\d[\d,.]*)?(?:bn|mn|m|k|B)?")
_GLUED_SCALED = re.compile(r"(?<![\w.,/])" + f"[{_GLUED_LETTERS}]" + r"\d[\d,.]*(?:[- ]?(?:million|billion|bn|m|B)\b)")


def _glued_currency(text: str, floor: int, num_start: int, scale: float) -> str | None:
    """The currency of a letter glued before the number at ``num_start``, if it is one."""
    letter = text[num_start - 1] if num_start > floor else ""
    if letter not in _GLUED_CURRENCIES:
        return None
    if letter in _GLUED_NAMED_ONLY and not _GLUED_CURRENCIES[letter][1].search(text):
        return None
    if letter == "Q" and scale == 1.0 and re.match(r"[1-4](?![\d,.])", text[num_start:num_start + 2]):
        return None  # "Q3": a quarter, even in a Guatemalan story
    if scale >= 1e6:
        return _glued_code(text, letter)
    if _NAMED_THING_AFTER.match(text, num_start):
        return None  # "the N4 highway", "N95 masks": a name, even where the article speaks of naira
    return _glued_code(text, letter) if _speaks_of(text, letter) else None


def is_glued_money(text: str, start: int, end: int) -> bool:
    """Whether the letters-and-digits token at ``text[start:end]`` is a sum with its currency
    glued on: a mark that names its currency ("Rs1,275", "Dh3.15", "KSh3.2"), or a letter whose
    currency the article speaks of or a scale follows ("R87.50", "P130", "N80,000"); noise.py
    masks other such tokens as identifiers."""
    token = text[start:end]
    if _GLUED_CODE.fullmatch(token):
        return True
    return (token[:1] in _GLUED_CURRENCIES
            and bool(re.fullmatch(f"[{_GLUED_LETTERS}]" + r"\d[\d,.]*(?:bn|m|B|-million|-billion)?", token))
            and (_speaks_of(text, token[0]) or _GLUED_SCALED.match(text, start) is not None))


@lru_cache(maxsize=16)
def _speaks_of(text: str, letter: str) -> bool:
    """Does the article name the letter's currency, or write a sum in it with a scale
    ("R4.6 billion") or with cents ("P61.35 a litre"), which only money takes?"""
    if _GLUED_CURRENCIES[letter][1].search(text) is not None:
        return True
    return letter not in _GLUED_NAMED_ONLY and (
        any(named.search(text) for _code, named in _GLUED_OTHERS.get(letter, ()))
        or any(m.group().startswith(letter) for m in _GLUED_SCALED.finditer(text))
        or any(m.group().startswith(letter) for m in _GLUED_WITH_CENTS.finditer(text)))


_GLUED_WITH_CENTS = re.compile(r"(?<![\w.,/])" + f"[{_GLUED_LETTERS}]" + r"\d{1,4}\.\d\d(?!\d|[.,]\d)")


_CURRENCY_PREFIX = re.compile(
    r"(?:(?<![A-Za-z])(?:" + U.alternation(U.CURRENCY_PREFIX) + r"|(?-i:" + U.alternation(U.CURRENCY_CODE_PREFIX)
    + r")))\s?$", re.IGNORECASE
)
# "an 85-million-euro package": a hyphen joins the currency word of a compound adjective.
_CURRENCY_SUFFIX = re.compile(r"(?:\s*|-)(?:" + U.alternation(U.CURRENCY_SUFFIX) + r")\b", re.IGNORECASE)
_SCALE_SPACED = re.compile(r"[\s-]?(?:" + U.alternation(U.SCALE_WORDS) + r")\b", re.IGNORECASE)
_SCALE_GLUED = re.compile(r"(?:" + U.alternation(U.GLUED_SCALE) + r")\b", re.IGNORECASE)
_SPACED_MONEY_SCALE = re.compile(r"(?:mn|bn|m)\b(?![²³])")


def _names_something_else(prefix: str, number: str, scale: float) -> bool:
    """A currency code before a number that names another thing: "SR 520" is a state route
    ("SR520m" is riyals), "SDG 6" one of the 17 Sustainable Development Goals, not six
    Sudanese pounds; "VT 12" or "VT12" a route or a model ("VT12 million", "VT4,500" are vatu)."""
    return (prefix == "SR "
            or (prefix.strip() == "VT" and scale == 1.0 and re.fullmatch(r"\d{1,3}", number) is not None)
            or (prefix.strip() == "SDG" and scale == 1.0 and re.fullmatch(r"1?\d", number) is not None))


_PERCENT = re.compile(
    # ("a 20-percent discount", "a 5-per-cent cut": hyphened as a compound adjective)
    r"(?:\s|-(?=(?:per-?cent|percent|pct)\b))?(?:%|(?:per[\s-]?cent|percent|percentage\s+points?|basis\s+points?|bps|pct|pc)\b|points\b|pts\b"
    # "+50 bp", "1 pp": basis and percentage points as markets abbreviate them, in lower case
    # only ("BP" is an oil company, "PP" a party or a plastic).
    r"|(?-i:bp|pp)\b(?!\.\w))",
    re.IGNORECASE,
)
_UNIT = re.compile(r"(?P<sep>\s?|-)(?:(?:long|full|straight|consecutive|whole|short|more|working|business|calendar|trading)\s+(?:(?:working|business|calendar|trading)\s+)?(?=years|months|weeks|days|decades|hours))?(?P<unit>" + U.alternation(U.MEASURES, hyphens=True) + r")(?![\w²³])", re.IGNORECASE)
_TEMPERATURE = re.compile(
    r"\s?(?P<unit>°\s?[CF]\b|º\s?[CF]\b|degrees?\s+(?:celsius|fahrenheit|c|f)\b|degrees?\b|(?<=\d)[CF]\b|(?<=\d\s)(?-i:[CF])\b(?![’']|\.\w))", re.IGNORECASE
)
# "a 35-degree day", "28-degree heat", "under a 95-degree sun": the compound is a temperature when
# weather follows it ("a 45-degree angle", "a 360-degree view" are not).
_DEGREE_COMPOUND = re.compile(r"(?i)-(?P<unit>degree)(?=\s+(?:heat|days?|sun|temperatures?|weather|highs?|lows?|mark|line|"
                              r"threshold|afternoons?|nights?|water|summers?|heatwaves?|air|weeks?|spells?)\b)")
_LABEL_BEFORE = re.compile(r"(?i)\b(?:grade|category|section|form|class|block|room|gate|platform|level|floor|flat|unit|"
                           r"row|seat|zone|annex|appendix|table|figure|article|paragraph|clause|schedule|part|chapter|"
                           r"type|group|phase|terminal|hall|ward|bay|pier|stand|no\.?|number|vitamin)\s+$")
_AFTER_SPACED_C = re.compile(r"(?i)\s*(?:[.,;:)!?(]|$|(?:on|in|at|and|or|by|for|with|during|overnight|today|tonight|"
                             r"yesterday|this|last|from|to|until|when|while|but|as|according|is|was|were)\b)")
_DURATION_LEAD = re.compile(
    r"(?i)\b(?:almost|nearly|about|around|roughly|some|more\s+than|over|less\s+than|under|just\s+over|just\s+under|"
    r"close\s+to|at\s+least|at\s+most|up\s+to|well\s+over|for|in|within|after|than|half|by|another|"
    # "the bus takes an hour", "it lasted a week", "more like an hour": a span the verb measures
    r"takes?|took|taking|lasts?|lasted|lasting|waits?|waited|waiting|like)\s+$"
)
# "2-3", "40 to 50", "between 40 and 50", and the suspended hyphen of "8- to 16-meter".
# A compound adjective hyphenates its range: "a 120-to-150-million-euro bill".
_RANGE_SEP = re.compile(r"(?:-\s+(?:to|and|or)\s+|-to-|\s+or\s+|\s*(?:-|–|—|to|and)\s*)", re.IGNORECASE)
# With a unit on both ends, "rose from 40 km to 50 km" is two figures (a change, as
# extract.claims merges ranges too); "ranged from 40 km to 50 km" is one range.
_FROM_BEFORE = re.compile(
    r"(?i)(?<!rang)(?<!range)(?<!ranges)(?<!ranged)(?<!ranging)(?<!vary)(?<!varied)(?<!varies)(?<!varying)"
    r"\s\bfrom\s+(?:about\s+|around\s+|some\s+|roughly\s+)?\S*$")
# The second end of a range whose scale is glued to both numbers: "-45m" in "€40m-45m".
_GLUED_RANGE_TAIL = re.compile(r"\s?[-–]\s?(?:[A-Z]{0,3}[$€£¥₹])?(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?P<scale>[A-Za-z]{1,2})\b")
# "increased from 24 to 48 a day", "was widened from eight to fifteen kilometres": a change
# from one level to another is two figures, not a range (as "ranged from 40 to 50" is).
_CHANGE_VERBS = (
    r"(?:increas\w*|decreas\w*|rais\w*|rose|ris(?:e|es|en|ing)|f[ae]ll(?:s|en|ing)?|grow\w*|grew|cut|cuts|"
    r"reduc\w*|lower\w*|lift\w*|widen\w*|narrow\w*|extend\w*|expand\w*|shrank|shrunk|shrink\w*|"
    r"climb\w*|jump\w*|dropp?\w*|slash\w*|doubl\w*|halv\w*|boost\w*|revis\w*|upgrad\w*|downgrad\w*|"
    r"chang\w*|mov(?:ed|es|ing)|went|gone|swell\w*|swollen|soar\w*|plung\w*|tumbl\w*|surg\w*|"
    # "goes up from 55 to 57", "down from 40 to 31 a week"
    r"up|down)")
_CHANGED_FROM_BEFORE = re.compile(
    r"(?i)\b" + _CHANGE_VERBS +
    r"(?:\s+(?!from\b)[\w’'-]+){0,8}?\s+from\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?)?$")
# "rose by 27,000 to 412,000": the change, then the level it reached; no range.
_CHANGED_BY_BEFORE = re.compile(
    r"(?i)\b" + _CHANGE_VERBS + r"(?:\s+(?!by\b)[\w’'-]+){0,3}?\s+by\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|"
    r"almost\s+|a\s+further\s+|another\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?)?$")
# After a temperature: a difference ("3.4°F above the average"), converted without the offset.
_TEMP_DIFFERENCE = re.compile(
    r"(?i)\s*(?:above|below|warmer|cooler|colder|hotter|higher|lower|rise|increase|drop|anomaly)\b(?!\s+(?:zero|freezing))"
)
# "6ft 3in", "5 feet 11 inches": feet and inches are one length.
_INCHES_AFTER_FEET = re.compile(r"\s?(?P<n>\d{1,2}(?:\.\d+)?)\s?(?:in|inches|inch|\"|″)(?![\w])")
# "in" is inches only where prose cannot mean the preposition: after a fraction ("2 1/2 in"),
# or before a word of size ("2 in thick").
_INCH_WORD = re.compile(
    r"\s?in\.?(?=\s+(?:thick|thin|long|wide|tall|high|deep|across|in\s+diameter|of\s+(?:rain|snow|rainfall|snowfall))\b)"
)
# ... or at the end of a sentence about a size: "The length of my pencil is 2 in."
_INCH_AT_END = re.compile(r"\s?in\b(?=\.?(?:\s*$|\s+[A-Z\"“]))")
_SIZE_WORD = re.compile(r"(?i)\b(?:length|size|thick|thickness|width|wide|height|tall|diameter|depth|long)\b")
_SUBUNIT = re.compile(r"(?:\s*|-(?=cents?\b))(?:" + U.alternation(U.SUBUNITS) + r")\b", re.IGNORECASE)  # ("a 9-cent rise")
_SYMBOL_SUFFIX = re.compile(r"\s?[" + "".join(U.CURRENCY_SYMBOL_SUFFIX) + r"](?![\d])")
# A year before these words names the year of something ("2023 sales", "1990 levels",
# "2023 GHG emissions"), it does not count it.
_YEAR_NOUN = re.compile(
    r"(?i)\s+(?:(?-i:[A-Z]{2,5})\s+)?(?:levels?|sales|emissions|revenues?|profits?|budgets?|elections?|seasons?|census|figures|results|data|"
    r"reports?|editions?|races?|campaigns?|games|olympics|vote|output|earnings|turnover|baseline|prices|values|"
    r"estimates?|inventory|accounts|rankings?|survey|world\s+cup|general\s+election|(?:home\s+|away\s+|test\s+)?series|"
    r"tours?|championships?|finals?|festivals?|tournaments?|cup)\b"
)
# Number words that are not amounts: "two-way trade", "one-sided", "the top ten".
_WORD_NOT_AMOUNT = re.compile(r"(?i)-(?:way|sided|fold|time|horse|party|state|dimensional|speed|tier|track|pronged|"
                              r"bed(?:room)?(?:ed)?|figure|digit|star|ply|"
                              r"legged|wheeled|seater)\b|\s+(?:in\s+the\s+(?:morning|afternoon|evening)|o['’]clock)\b")
# A time of day told in words: "half past three", "a quarter to five", "twenty past 6".
_CLOCK_WORDS_BEFORE = re.compile(
    r"(?i)\b(?:(?:half|quarter|(?:\w+\s+)?minutes)\s+(?:past|to)|(?:five|ten|twenty|twenty-five)\s+past)\s+$")
_CLOCK_WORDS_AFTER = re.compile(r"(?i)\s+past\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b")
# An hour said in words: "up at six every morning", "until ten tonight", "after nine at night",
# "on the ward before eight.", "half eleven".
_HOUR_WORD_BEFORE = re.compile(r"(?i)\b(?:at|by|before|after|until|till|from|around|about|half|shortly\s+before|"
                               r"just\s+(?:before|after))\s+$")
_HOUR_CUE_AFTER = re.compile(
    r"(?i)\s*(?:o['’]clock|[ap]\.?m\b|tonight|at\s+night|(?:this|tomorrow|that|each|every|in\s+the|on\s+the)\s+"
    r"(?:morning|evening|afternoon|night)|every\s+(?:day|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b")
_HOUR_END_BEFORE = re.compile(r"(?i)\b(?:before|after|until|till|half|shortly\s+before)\s+$")
# "a decade of raises", "a year of war": a span, never a rate ("500 cars a day" has no "of").
_SPAN_OF_UNITS = frozenset({"decade", "century", "year", "month", "week", "fortnight"})
_RATE_BEFORE = re.compile(r"(?i)(?:\d[\d,.]*\s*(?:[a-z%]+\s+)?|\b(?:once|twice|thrice|times)\s+)$")
_OF_AFTER = re.compile(r"\s+of\s+(?!the\s+(?:year|month|week|decade|century)\b)")
_TOP_BEFORE = re.compile(r"(?i)\b(?:top|bottom)\s+$")
# Bond maturities name an instrument: "ten-year government bond yields", "the 10-year note".
# So do money-market and credit instruments: "the one-week repo rate", "(1-week repo)",
# "three-month Libor", "5-year CDS", "two-year swap rates", "the 30-year mortgage".
_BOND_AFTER = re.compile(
    r"(?i)\s+(?:government\s+|treasury\s+|benchmark\s+|sovereign\s+|corporate\s+|fixed(?:-rate)?\s+(?:mortgage\s+)?|"
    r"variable(?:-rate)?\s+|tracker\s+)?(?:bonds?|notes?|gilts?|yields?|rates?\b|"
    r"treasur(?:y|ies)|bunds?|(?:reverse\s+)?repos?|cds|credit\s+default\s+swaps?|swaps?|libor|euribor|sofr|"
    r"(?:t-)?bills?|mortgages?|(?:deposit|lending|refinancing|interbank)\s+rates?|paper|futures)\b")
# "four years ago", "than a year earlier", "dearer than a year before.": when, not how long.
# ("two years earlier than planned" is how much earlier: a claim.)
_AGO = re.compile(r"(?i)\s+(?:ago|earlier(?!\s+than)|previously|before(?=\s*(?:[.,;:)]|$)))\b")
# Accounting notation: a money figure alone in brackets where a value is stated ("net income
# was ($4.2m)", a table cell "| ($4.2m) |") is negative; after another figure it is a conversion.
_ACCOUNTING_BEFORE = re.compile(
    r"(?i)(?:\b(?:is|was|were|are|be|been|of|at|to|stood\s+at|totall?ed)\s*|(?:^|[|:])\s*)\($")
# A temperature named in words: "cooled to near absolute zero" (-273.15 °C).  Only after a
# preposition, so the intensifier ("absolute zero interest") stays prose; "(a degree) above
# absolute zero" is a difference from it, not the temperature.
_ABSOLUTE_ZERO = re.compile(
    r"(?i)\b(?:at|near|to|of|approaching|towards?)\s+(?P<q>absolute\s+zero)\b(?!-)")
ABSOLUTE_ZERO_C = -273.15
_GLUED_OK = re.compile(r"[A-Za-z]+")
# What makes a glued "m" metres rather than millions: a dimension after it, or a race before it.
_METRES_AFTER = re.compile(r"(?i)\s*(?:long|high|tall|deep|wide|thick|away|across(?=\s*[.,;:)]|\s*$)|above\s+sea|below\s+(?:sea|ground)|"
                           r"in\s+(?:length|height|depth|diameter)|(?:higher|lower|deeper|taller|longer|wider|thicker)\s+than)\b")
_METRES_BEFORE = re.compile(r"(?i)\b(?:ran|runs?|running|swam|swims?|swimming|sprinted|sprints?|raced|races?|jumped|dived|"
                            r"climbed|walked|rowed)\s+(?:the\s+|a\s+)?$")
# With nothing counted after the "m" ("a crest of 6.4m at the weir", "a warning level of 4.8m.",
# "At 3,700m, the wind rose"), a level's or a height's figure is metres, and so is one
# grouped in thousands (that many millions would be written in billions), unless money is the
# talk ("Revenue was 1,200m").
_LEVEL_OF_BEFORE = re.compile(r"(?i)\b(?:crest|stage|level|height|depth|altitude|elevation|span|jump|leap|throw|waves?)\s+of\s+"
                              r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+$")
_NOTHING_COUNTED_AFTER = re.compile(r"(?i)(?:\s*[,.;:)\]|]|\s*$|\s+(?:to|and|or|in|at|on|from|by|with|of|for|before|after)\b)")
_MONEY_TALK_BEFORE = re.compile(r"(?i)\b(?:revenue|sales|profits?|turnover|budget|costs?|debts?|spending|funding|income|"
                                r"loss(?:es)?|worth|valued?|prices?|deficit|surplus|raised|paid|fine)\b")


def _glued_metres(text: str, at: int, limit: int, floor: int | None, num_start: int) -> bool:
    """Is the "m" glued to a number at ``at`` metres, not millions ("a pool 50m long", "she ran
    1500m"; "5m customers", "$50m" are millions)?"""
    return (text.startswith("m", at) and not text[at + 1:at + 2].isalpha()
            and not _CURRENCY_PREFIX.search(text, max(floor or 0, num_start - 6), num_start)
            and bool(_METRES_AFTER.match(text, at + 1, limit)
                     or _METRES_BEFORE.search(text, max(floor or 0, num_start - 25), num_start)
                     or (bool(_LEVEL_OF_BEFORE.search(text, max(floor or 0, num_start - 40), num_start)
                              or _GROUPED.search(text, num_start, at))
                         and bool(_NOTHING_COUNTED_AFTER.match(text, at + 1, limit))
                         and not _MONEY_TALK_BEFORE.search(text, max(floor or 0, num_start - 60), num_start))))


# A glued lowercase "g" is grams ("a 200g jar", "about 30g of sugar", "under 6g per 100ml"),
# except a small figure that names a mobile network ("4g coverage"; "5G" in capitals is never read).
_NETWORK_AFTER = re.compile(r"(?i)\b(?:networks?|phones?|mobiles?|signals?|coverage|spectrum|connections?|masts?|data|"
                            r"services?|broadband|internet|technology|rollout|roll-out|handsets?)\b")


def _glued_tonnes(text: str, at: int, num_start: int) -> bool:
    """Is the "t" glued to a number at ``at`` tonnes?  A grouped or decimal figure ("2,750t",
    "7.5t") is a weight; "5t" alone may be a name."""
    return (text.startswith("t", at) and not text[at + 1:at + 2].isalpha()
            and any(ch in ",." for ch in text[num_start:at]))


def _glued_grams(text: str, at: int, limit: int, num_start: int) -> bool:
    """Is the "g" glued to a number at ``at`` grams?"""
    if not (text.startswith("g", at) and not text[at + 1:at + 2].isalpha()):
        return False
    digits = text[num_start:at].replace(",", "")
    small = digits in ("2", "3", "4", "5", "6")
    return not (small and _NETWORK_AFTER.search(text, at + 1, min(limit, at + 30)))


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
    score: str | None = None  # a match score as written ("3-1"); value is then meaningless
    # Read from Fahrenheit with the 32° offset: value + 160/9 is the same figure read as a
    # difference, which a bracketed conversion may show it to be ("by 1.2°C (2.2°F)").
    fahrenheit_level: bool = False


def _parse_digits(token: str) -> tuple[float, float]:
    """Value and rounding unit of a digit string: '1,200' -> (1200, 100); '3.5' -> (3.5, 0.1)."""
    clean = re.sub(r"[,\s]", "", token).replace("−", "-")
    if "×" in clean:  # "2.48×10−5", "6.02×10^23": scientific notation
        mantissa, power = clean.split("×", 1)
        exponent = int(power[2:].lstrip("^").translate(_SUPERSCRIPT))
        value, ulp = _parse_digits(mantissa)
        return value * 10.0 ** exponent, ulp * 10.0 ** exponent
    value = float(clean)
    if "." in clean:
        ulp = 10.0 ** -len(clean.split(".")[1])
    else:
        bare = clean.lstrip("-")
        zeros = len(bare) - len(bare.rstrip("0")) if bare.strip("0") else 0
        ulp = 10.0 ** zeros
    return value, ulp


_SHARE_OF_SCALE = re.compile(r"(?P<n>a|one|two|three)[-\s](?P<den>quarters?|thirds?|fifths?|tenths?)\s+of\s+an?\s+"
                             r"(?P<scale>million|billion|trillion)")


def parse_number_words(phrase: str) -> float | None:
    """Value of a spelled-out number: 'forty-two' -> 42, 'two dozen' -> 24, 'a decade' -> None.

    >>> parse_number_words("two hundred and fifty")
    250.0
    """
    phrase = phrase.lower().strip()
    spoken = _SPOKEN_DECIMAL.fullmatch(phrase) if "point" in phrase else None
    if spoken:  # "one point nine million"
        whole = parse_number_words(spoken.group("whole"))
        if whole is None:
            return None
        digits = "".join(str(U.SMALL_NUMBER_WORDS.get(w, 0)) for w in spoken.group("digits").split())
        return float(f"{whole:.0f}.{digits}") * U.SCALE_WORDS.get(spoken.group("scale") or "", 1)
    share = _SHARE_OF_SCALE.fullmatch(phrase)
    if share:  # "a quarter of a billion", "three quarters of a million"
        count = 1 if share.group("n") in ("a", "one") else U.SMALL_NUMBER_WORDS[share.group("n")]
        return count / U.FRACTION_WORDS[share.group("den")] * U.SCALE_WORDS[share.group("scale")]
    tail = _FRACTION_TAIL.search(phrase)
    if tail:
        head = phrase[:tail.start()]
        whole = parse_number_words(head) if head not in ("a", "") else 1.0
        if whole is None:
            return None
        if tail.group("half"):
            return whole + 0.5
        return whole / U.FRACTION_WORDS[tail.group("den")]
    words = re.split(r"[\s,-]+", phrase)
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
        elif word in ("baker's", "baker’s"):
            current = (current or 1) + 1 / 12  # "a baker's dozen" is 13
        elif word in ("thousand", "million", "billion", "trillion"):
            total += (current or 1) * U.SCALE_WORDS[word]
            current = 0
        else:
            return None
    return total + current if seen or total else None


_DIGIT, _WORD, _FRAC, _CLOCK_MODE, _NAMED, _POINT_WORDS, _ONE_IN_MODE, _HM_MODE = 0, 1, 2, 3, 4, 5, 6, 7
# Durations written with glued h/m/s letters: "4h 21m", "5h 3m", "2hr 05min 30s", "21m 30s".  The
# pair makes them a duration ("21m" alone is 21 million).
_HM = re.compile(
    r"(?<![\w.,])(?:(?P<h>\d{1,3})\s?(?:h|hr|hrs)\s?(?P<m>[0-5]?\d)\s?(?:m|min|mins)(?:\s?(?P<s>[0-5]?\d)\s?(?:s|sec|secs))?"
    r"|(?P<m2>\d{1,3})\s?(?:m|min|mins)\s?(?P<s2>[0-5]?\d(?:\.\d{1,3})?)\s?(?:s|sec|secs)"
    # "1.60s", "4.2 sec": a race gap in seconds, written with its fraction.
    r"|(?P<s3>\d{1,3}\.\d{1,3})\s?(?:s|sec|secs))(?!\w|[.,]\d)")

# "one in five adults", "2 out of 3 voters": a share, not a count of five or three.
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}"
_ONE_IN = re.compile(
    rf"(?i)(?<![\w.,-])(?P<n>{_SMALL})\s+(?:(?!(?:more|less|fewer|of|the|a|an|and|or|to|at|day|week|month|year)\b)[a-z]{{3,}}\s+)?"
    rf"(?:in|out\s+of)\s+(?:every\s+)?(?P<m>{_SMALL}|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:a\s+)?(?:hundred|thousand)|\d{{4}})\b(?![-‐]|[.,]\d)"
    r"(?!\s*(?:[a-z]+\s+)?(?:%|per\b|percent|years?|months?|weeks?|days?|hours?|minutes?|games?|matches|races|attempts|tries|seasons?|"
    r"appearances|starts|outings|innings|(?:this|last|next|the)\s+(?:season|year|campaign|term|tournament)))"
)
# Fractions of a percentage point in words: "by half a percentage point", "a quarter of a
# percentage point"; "a half-point increase", "a quarter-point rise" before a change of rate
# (a chess "half-point lead" is not one).
_POINT_FRACTION = re.compile(
    r"(?i)\b(?P<frac>half|quarter|three[- ]quarters?)(?:\s+(?:of\s+)?a)?[- ]percentage[- ]point\b"
    r"|\b(?P<frac2>half|quarter)-point(?=\s+(?:rate\s+)?(?:increase|rise|hike|cut|reduction|move|raise|drop|fall)s?\b)"
)
_FRACTION_HINT = re.compile(rf"\d/\d|[{_VULGAR}]")
_TIME_OF_DAY_AFTER = re.compile(r"(?i)\s*(?:[ap]\.?m\b\.?|GMT|UTC|BST|CET|EST|EDT|PST|IST|PKT|CDT|CST|MDT|PDT|local\s+time)")
_SECONDS_PER_YEAR = 31557600.0
# Denominators that, plural and with no "of" after them, are periods rather than fractions
# ("in three quarters").
_PERIOD_DENOMINATORS = frozenset({"quarters", "quarter"})
# "for two quarters", "the second cut in three quarters": quarters of a year.  A bare "grew in
# three quarters" counts quarters (in three of them), so "in" needs an ordinal before it.
_QUARTERS_PERIOD_BEFORE = re.compile(
    r"(?i)(?:\b(?:for|within|after|past|last|next|consecutive|straight)"
    r"|\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\b[^.;:]{0,60}?\bin)\s+$")
_SHARE_VERB_AFTER = re.compile(
    r"(?i)\s+(?:are|were|is|was|have|has|had|say|said|says|voted|agreed|agree|will|would|can|could|remain|remained)\b")
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:first|last|past|next|previous|final|recent|consecutive|straight)\s+$")
_REJECT = "reject"
# Match scores: in a sentence about a game, "3-1" is a score, kept as written (never a
# range or a negative number).  "2-3 weeks" is a range of a noun, masked as noise.
# A comma or full stop may close a score ("won 6-4, 3-6, 7-6 (7-4), 6-2."), but not when a
# digit follows ("3-1,000" is no score).
SCORE = re.compile(r"(?<![\w.,-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w%-]|[.,]\d)")
SPORT = re.compile(r"(?i)\b(?:won|win|wins|beat|beats|lost|loss|defeat\w*|victory|draw|drew|score\w*|lead|led|trail\w*|final|match|game|goals?|half-time|halftime)\b")
NOUN_AFTER_SCORE = re.compile(r"\s+[a-z]+s\b")
# A sum's range is no score, in a sentence that speaks of losing: "lost orders could cost DKK 5-6
# billion".
_MONEY_BEFORE_SCORE = re.compile(r"(?:[$€£¥₹]|(?<![A-Za-z])[A-Z]{3})\s?$")
_MULTIPLES = {"twice": 2.0, "thrice": 3.0, "doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0,
              **{f"{word}fold": float(value) for word, value in (("two", 2), ("three", 3), ("four", 4), ("five", 5),
                 ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("hundred", 100))}}
# "more than double the record", "is double that of 2020": an adjective of size, a multiple.
_AS_MULTIPLE_BEFORE = re.compile(
    r"(?i)\b(?:more\s+than|less\s+than|almost|nearly|about|around|roughly|over|close\s+to|at\s+least|well\s+over|"
    r"(?:is|was|were|are|be|been)(?:\s+now)?)\s+$")
# "doubled down", "doubled as a shelter" and "rather move them twice than too late": a verb or an
# idiom of preference ("twice as much" stays a multiple: _read_quantity lets "twice as" through).
_NOT_MULTIPLE_AFTER = re.compile(r"(?i)\s+(?:down|up|as|back|over|than)\b")
_BOUND_BEFORE = re.compile(rf"(?i)\b(?:{_BOUNDS}|fewer\s+than)\s+$")
# "will open a year late", "a year later than planned", "delayed by a year": a delay's length.
_DELAY_AFTER = re.compile(r"(?i)\s+(?:late|later\s+than|behind\s+schedule|overdue)\b")
_COMPARATIVE_AFTER = re.compile(rf"\s+(?:{_COMPARATIVES})\b")
_HALF_OF_AFTER = re.compile(rf"\s+(?:{_HALF_OWNERS})\b|[\"”’]\s+of\b")
_HALF_IDIOM_AFTER = re.compile(r"(?i)\s+the\s+(?:time|battle|story|fun)\b")
_HALF_PART_BEFORE = re.compile(r"(?i)\b(?:first|second|third|last|final|other|latter|former|the|a|one|"
                               r"northern|southern|eastern|western|upper|lower|top|bottom|front|back|rear|inner|outer)\s+$")


def find_quantities(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[RawQuantity]:
    """All quantities in ``text[start:end]`` outside the masked spans, in order."""
    found: list[RawQuantity] = []
    taken_until = start
    candidates: list[tuple[int, int, int, re.Match[str] | None]] = [
        (m.start(), m.end(), _DIGIT, None) for m in _DIGITS.finditer(text, start, end)]
    candidates += [(m.start(), m.end(), _WORD, None) for m in _WORDS.finditer(text, start, end)]
    if _FRACTION_HINT.search(text, start, end):
        candidates += [(m.start(), m.end(), _FRAC, m) for m in _FRACTION.finditer(text, start, end)]
    if text.find("bsolute", start, end) >= 0:
        candidates += [(m.start("q"), m.end("q"), _NAMED, m) for m in _ABSOLUTE_ZERO.finditer(text, start, end)]
    if text.find(":", start, end) >= 0:
        candidates += [(m.start(), m.end(), _CLOCK_MODE, m) for m in _CLOCK.finditer(text, start, end)]
    candidates += [(m.start(), m.end(), _HM_MODE, m) for m in _HM.finditer(text, start, end)]
    if text.find("point", start, end) >= 0:
        candidates += [(m.start(), m.end(), _POINT_WORDS, m) for m in _POINT_FRACTION.finditer(text, start, end)]
    if text.find(" in ", start, end) >= 0 or text.find(" out of ", start, end) >= 0:
        candidates += [(m.start(), m.end(), _ONE_IN_MODE, m) for m in _ONE_IN.finditer(text, start, end)]
    # At one place the longest reading is tried first: "2 1/2 in" before "2", "2:04:37" before "2".
    candidates.sort(key=lambda c: (c[0], -c[1]))
    for num_start, num_end, mode, match in candidates:
        if num_start < taken_until or _inside(num_start, num_end, masked):
            continue
        quantity: RawQuantity | None
        if mode == _NAMED:
            quantity = RawQuantity(num_start, num_end, Kind.temperature, "degC", ABSOLUTE_ZERO_C, ABSOLUTE_ZERO_C,
                                   ABSOLUTE_ZERO_C, is_word=True)
        elif mode == _POINT_WORDS:
            frac = (match.group("frac") or match.group("frac2")).lower()  # type: ignore[union-attr]
            points = 0.5 if frac == "half" else 0.25 if frac == "quarter" else 0.75
            quantity = RawQuantity(num_start, num_end, Kind.percent, "pp", points, points, points, is_word=True)
        elif mode == _CLOCK_MODE:
            if _TIME_OF_DAY_AFTER.match(text, num_end, end):
                taken_until = num_end  # "06:14:03 local time": no part of a time of day is a figure
                continue
            quantity = _read_clock(text, match, start, end)  # type: ignore[arg-type]
        elif mode == _HM_MODE:
            quantity = _read_hm(match)  # type: ignore[arg-type]
        elif mode == _ONE_IN_MODE:
            quantity = _read_share(match)  # type: ignore[arg-type]
        else:
            quantity = _read_quantity(text, num_start, num_end, end, mode == _WORD, floor=start,
                                      fraction=match if mode == _FRAC else None)
        if quantity is None or _inside(quantity.start, quantity.end, masked, any_overlap=True):
            continue
        found.append(quantity)
        taken_until = quantity.end
    return found


def _read_hm(match: re.Match[str]) -> RawQuantity:
    """"4h 21m" -> a duration in years, exact to its last unit written."""
    g = match.groupdict()
    if g["h"] is not None:
        seconds = int(g["h"]) * 3600 + int(g["m"]) * 60 + int(g["s"] or 0)
        half = 0.5 if g["s"] is not None else 30.0
    elif g["m2"] is not None:
        seconds, half = int(g["m2"]) * 60 + float(g["s2"]), 0.5 * _last_digit(g["s2"])
    else:
        seconds, half = float(g["s3"]), 0.5 * _last_digit(g["s3"])
    value = seconds / _SECONDS_PER_YEAR
    half /= _SECONDS_PER_YEAR
    return RawQuantity(match.start(), match.end(), Kind.duration, "year", value, value - half, value + half,
                       digits=match.group())


def _last_digit(number: str) -> float:
    """The size of the last digit written: 1 for "12", 0.01 for "12.84"."""
    return 10.0 ** -len(number.partition(".")[2])


def _read_share(match: re.Match[str]) -> RawQuantity | None:
    """"one in five" -> 20%, read as loosely as such shares are written (±10%)."""
    # "three in a hundred": the article counts as one.
    n, m = (parse_number_words(re.sub(r"^a\s+", "one ", g.lower())) if not g.isdigit() else float(g)
            for g in (match.group("n"), match.group("m")))
    if not n or not m or n >= m or (m >= 1900 and m <= 2100):
        return None  # "3 in 2020" is a year; "5 in 3" no share
    share = 100 * n / m
    return RawQuantity(match.start(), match.end(), Kind.percent, "%", share, share * 0.9, share * 1.1, is_word=True)


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


def _read_clock(text: str, m: re.Match[str], floor: int, limit: int) -> RawQuantity | None:
    """A race or clock duration ("2:04:37", "62:40", "took 14:21"); find_quantities has
    already set aside a time of day ("06:14 local time")."""
    first, second = int(m.group(1)), int(m.group(2))
    fraction = m.group(4)
    if fraction is not None:
        # "5:21.84" is minutes, seconds and hundredths; "2:04:37.6" hours first.
        whole = first * 3600 + second * 60 + int(m.group(3)) if m.group(3) is not None else first * 60 + second
        seconds = whole + float("0." + fraction)
    elif m.group(3) is not None:
        seconds = first * 3600 + second * 60 + int(m.group(3))
    elif is_gap_clock(text, floor, limit, m.start(), m.end()):
        seconds = first * 60 + second  # "+0:58", "won by 2:11", "1:15 behind"
    elif first >= 24:
        seconds = first * 60 + second  # "62:40": minutes and seconds
    elif CLOCK_CUE.search(text, max(floor, m.start() - 20), m.start()):
        # "took 14:21" is minutes and seconds; "run under 2:03" hours and minutes (a race this
        # short in minutes would not be written with a one-digit first group).
        seconds = first * 60 + second if first >= 10 else first * 3600 + second * 60
    else:
        return None
    value = seconds / _SECONDS_PER_YEAR
    half = 0.5 * _last_digit("0." + (fraction or "")) / _SECONDS_PER_YEAR
    return RawQuantity(m.start(), m.end(), Kind.duration, "year", value, value - half, value + half,
                       digits=m.group())


@dataclass(slots=True)
class _Unit:
    kind: Kind
    unit: str | None
    factor: float
    end: int
    fahrenheit: bool = False  # convert from Fahrenheit (with the 32° offset unless a difference)
    difference: bool = False
    name: str = ""


# Whose dollars, said after a bare "$" sum: "$48,000 US, about $66,000 Cdn" (not "a $5m US grant").
_DOLLAR_COUNTRY_AFTER = re.compile(r"[ \t](" + U.alternation(U.DOLLAR_COUNTRY_AFTER) + r")(?=[ \t]*(?:[,;:)]|\.(?!\w)|$|"
                                   r"[ \t](?:a|an|per|each|or|and|in|for|to|from)\b))", re.IGNORECASE)
# South Korean won after the number: "2.6 billion won", "4,180 won" (never the verb: "7.5 out
# of 9 won individual gold", "17 won seats").
_WON_AFTER = re.compile(r"(?:[ \t]|-(?=won\b[ \t]+[a-z]))won\b(?![ \t]+(?:the|a|an|its|his|her|their|our|gold|silver|bronze|individual|team|"
                        r"seats?|votes?|medals?|by|over|against|races?|games?|matches|titles?|awards?|prizes?|"
                        r"approval|support|places?|contracts?|cases?|out|back)\b)")
_WON_SPOKEN_OF = re.compile(r"\bKorean?\b|\bKRW\b|₩|\d\s(?:million|billion|trillion)\swon\b")


@lru_cache(maxsize=16)
def _speaks_of_won(text: str) -> bool:
    return _WON_SPOKEN_OF.search(text) is not None


def _read_unit(text: str, pos: int, limit: int, value: float, is_word: bool, num_start: int,
               scale: float, fraction: bool = False, floor: int | None = None) -> _Unit | str | None:
    """The unit written at ``pos``: a _Unit, None when there is none (a count), or _REJECT when
    what follows shows the number is not a quantity ("5 points" without a change)."""
    suffix = _CURRENCY_SUFFIX.match(text, pos, limit)
    if suffix:
        code = U.CURRENCY_SUFFIX[re.sub(r"\s+", " ", suffix.group().strip(" \t\n-").lower())]
        return _Unit(Kind.money, code, 1.0, suffix.end())
    if not is_word and (won := _WON_AFTER.match(text, pos, limit)) and (scale >= 1e6 or _speaks_of_won(text)):
        return _Unit(Kind.money, "KRW", 1.0, won.end())  # "2.6 billion won", "4,180 won a meal"
    if not is_word and (cents := _GLUED_CENTS.match(text, pos, limit)):
        return _Unit(Kind.money, "USD", 0.01, cents.end(), name="cents")  # "644c/kg": cents a kilogram
    sub = _SUBUNIT.match(text, pos, limit) if not is_word or scale == 1.0 else None
    if sub:
        code, factor = U.SUBUNITS[re.sub(r"\s+", " ", sub.group().strip(" \t\n-").lower())]
        return _Unit(Kind.money, code, factor, sub.end())
    pence = _pence_at(text, pos, limit, floor) if not is_word else None
    if pence is not None:
        return _Unit(Kind.money, "GBP", 0.01, pence, name="p")  # "closed at 412p": pence
    if not is_word:
        symbol = _SYMBOL_SUFFIX.match(text, pos, limit)
        if symbol and symbol.group().strip() != "$":
            return _Unit(Kind.money, U.CURRENCY_SYMBOL_SUFFIX[symbol.group().strip()], 1.0, symbol.end())
    pct = _PERCENT.match(text, pos, limit)
    if pct:
        word = re.sub(r"\s+", " ", pct.group().strip().lower())
        signed = text[num_start] in "-−+" or text[max(0, num_start - 1):num_start] == "+"  # "-2.7 pts": a change
        if word in ("points", "pts") and _game_points(text, num_start, pct.end(), floor, limit):
            return None  # "41 points from 28 matches", "docked ten points", "lost six points": a count
        if (word in ("points", "pts") and not signed and not _has_change_verb(text, num_start)
                and not _POINTS_COMPARED.match(text, pct.end(), limit)
                and not _SWING_BEFORE.search(text, max(floor or 0, num_start - 60), num_start)):
            margin = _POINTS_MARGIN.match(text, pct.end(), limit)
            if margin is None and not (_GAP_BEFORE.search(text, max(floor or 0, num_start - 60), num_start)
                                       and _POLL_WORDS.search(text, max(0, num_start - 120), min(limit, pct.end() + 80))):
                return _REJECT
            if margin and not margin.group("poll") and not _POLL_WORDS.search(text, max(0, num_start - 120), min(limit, pct.end() + 80)):
                return None  # "two points behind the leaders": points in a table, a count
        unit = U.PERCENT_WORDS.get(word, "%" if "cent" in word else "bp" if word == "bp" else "pp")
        if unit == "bp":
            return _Unit(Kind.percent, "pp", 0.01, pct.end())  # basis points are hundredths of a point
        return _Unit(Kind.percent, unit, 1.0, pct.end())
    temp = _TEMPERATURE.match(text, pos, limit) or _DEGREE_COMPOUND.match(text, pos, limit)
    if temp and (temp.re is _DEGREE_COMPOUND or temp.group("unit").strip().lower() not in ("degrees", "degree", "c", "f")
                 or _glued_temperature(text, num_start, pos, temp.group("unit"))
                 or _mentions_temperature(text, pos, limit, floor) or (value < 0 and temp.group("unit").strip() in ("C", "F"))
                 or (temp.group("unit") in ("C", "F") and not _names_a_place(text, num_start)
                     and _temperature_by_form(text, num_start, temp.end(), limit))
                 # "water of about 4 C", "a maximum of 28 C": a spaced capital C after a figure,
                 # unless the figure names something ("Block 4 C", "Grade 3 C")
                 or (temp.group("unit") == "C" and temp.group().startswith(" ") and _AFTER_SPACED_C.match(text, temp.end(), limit)
                     and not _LABEL_BEFORE.search(text, max(floor, num_start - 12), num_start))):
        unit_text = temp.group("unit").strip().lower()
        # A bare "112 degrees" in a heat report is Fahrenheit; "1,050 degrees Celsius" is not, nor is a
        # bare "1,400 degrees" of molten iron: no weather or body reaches 140 degrees Fahrenheit,
        # and none reaches 55 degrees Celsius ("the high on Friday was 57 degrees" is Fahrenheit).
        # An article that has named Celsius and never Fahrenheit goes on in Celsius.
        # So is a bare "41 degrees" in an article that measures in miles, feet and Fahrenheit
        # and never in kilometres, metres or Celsius.
        fahrenheit = unit_text.endswith(("f", "fahrenheit")) or (
            unit_text in ("degrees", "degree") and not _celsius_so_far(text, num_start)
            and (54 < value <= 140 or _imperial_article(text)))
        # (A Fahrenheit change, "dropped 13 degrees", is a difference: converted without the offset.)
        difference = bool(_TEMP_DIFFERENCE.match(text, temp.end(), limit)) or (
            fahrenheit and _has_change_verb(text, num_start))
        return _Unit(Kind.temperature, "degC", 1.0, temp.end(), fahrenheit, difference, unit_text)
    if not is_word and text.startswith("in", pos + (text[pos:pos + 1] == " ")):
        inch = _INCH_WORD.match(text, pos, limit)
        if inch is None and _SIZE_WORD.search(text, max(0, num_start - 60), num_start):
            inch = _INCH_AT_END.match(text, pos, limit)
        if inch is None and fraction:
            inch = re.compile(r"\s?in\b\.?(?!\s+(?:the|a|an|this|that|its|their|his|her|\d))").match(text, pos, limit)
        if inch:
            return _Unit(Kind.length, "km", 2.54e-5, inch.end(), name="in")
    if not is_word:
        kilotonnes = _KILOTONNES.match(text, pos, limit)
        if kilotonnes:
            around = text[max(floor, num_start - 120):min(limit, kilotonnes.end() + 120)]
            if _TONNAGE_WORDS.search(around) and not _SPEED_WORDS.search(around):
                return _Unit(Kind.mass, "t", 1000.0, kilotonnes.end(), name="kt")  # "420 kt of copper": kilotonnes
        knots = _KNOTS.match(text, pos, limit)
        if knots:
            return _Unit(Kind.speed, "km/h", 1.852, knots.end(), name="kt")
    pounds = _POUNDS.match(text, pos, limit)
    if pounds and is_word and scale == 1.0 and abs(value) >= 1e6:
        scale = abs(value)  # "one billion, one hundred and eighty million pounds": the scale is in the words
    if pounds and _pounds_are_weight(text, num_start, pounds.end(), limit, scale):
        return _Unit(Kind.mass, "t", 0.00045359237, pounds.end(), name="lb")
    if pounds:
        # Pounds that do not weigh are sterling, as the wire services write it: "1.18 bln pounds",
        # "revenue of 41 mln pounds", and with nothing nearby either way "permits will go up to
        # 120 pounds" (left unread, the figure lost its unit).
        return _Unit(Kind.money, "GBP", 1.0, pounds.end())
    data = _DATA_UNIT.match(text, pos, limit) if not is_word else None
    if data:
        # "128GB", "5,100 mAh", "212 Mbit/s": a count in the unit (the corpus has no kind for
        # data or charge), with the larger units read in the smaller ("1TB" is 1,000 GB).
        return _Unit(Kind.count, None, _DATA_FACTORS.get(data.group("u"), 1.0), data.end(), name=data.group("u"))
    unit_match = _UNIT.match(text, pos, limit)
    if unit_match is None:
        # "74 hearing days", "five working days": a span counted in days of one sort
        sort = _DAY_SORT.match(text, pos, limit)
        unit_match = _UNIT.match(text, sort.end(), limit) if sort else None
        if unit_match is None or U.MEASURES[U.unit_name(unit_match.group("unit"))][0] is not Kind.duration:
            return None
    written = unit_match.group("unit")
    if written == "Mt":
        return _Unit(Kind.mass, "t", 1e6, unit_match.end(), name="mt")  # "412.6 Mt": megatonnes, not metric tons
    if written in ("Ml", "ML") and not is_word:
        return _Unit(Kind.volume, "m3", 1e3, unit_match.end(), name="megalitres")  # "450 Ml": not millilitres
    name = U.unit_name(written)
    sep = unit_match.group("sep")
    cased = U.CASE_SENSITIVE_UNITS.get(name)
    if cased is not None and written not in cased:
        return None
    if is_word and name in U.DIGIT_ONLY_UNITS:
        return _REJECT
    if (name in U.SPACED_ONLY_UNITS and sep == "" and scale == 1.0
            and not _glued_metres(text, unit_match.start("unit"), limit, floor, num_start)
            and not _glued_grams(text, unit_match.start("unit"), limit, num_start)
            and not _glued_tonnes(text, unit_match.start("unit"), num_start)):
        return _REJECT
    if name in U.NEED_OF_UNITS and not re.match(r"\s+of\b", text[unit_match.end():unit_match.end() + 4]):
        return None
    kind, unit, factor = U.MEASURES[name]
    if kind is Kind.length:
        per = _PER_TIME.match(text, unit_match.end(), limit)
        if per and not _LEVEL_CHANGE_BEFORE.search(text, max(0, num_start - 40), num_start):  # "advancing at up to sixty metres an hour", "a 12 m/s gust": a speed
            hours = _HOURS[(per.group("word") or per.group("abbr")).lower()]
            return _Unit(Kind.speed, "km/h", factor / hours, per.end(), name=name + "/" + per.group().strip())
    return _Unit(kind, unit, factor, unit_match.end(), name=name)


_DATA_UNIT = re.compile(r"\s?(?P<u>GB|TB|MB|mAh|Mbit/s|Mbps|Gbit/s|Gbps)(?![\w/])")
_DATA_FACTORS = {"TB": 1000.0, "Gbit/s": 1000.0, "Gbps": 1000.0}
_DAY_SORT = re.compile(r"(?i)\s+(?:working|trading|business|school|hearing|sitting|calendar|playing|racing|"
                       r"consecutive|straight|full)(?=\s+(?:days|weeks|hours|months)\b)")


# A length per unit of time is a speed, unless it is how fast a level changes ("the river is
# rising by 5 cm an hour": a length at a rate).
_LEVEL_CHANGE_BEFORE = re.compile(
    r"(?i)\b(?:by|ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|drop(?:s|ped|ping)?|climb(?:s|ed|ing)?|"
    r"reced(?:e|es|ed|ing)|sink(?:s|ing)?|sank|sunk)\s+"
    r"(?:(?:up\s+to|about|around|nearly|almost|more\s+than|over|some|roughly|another|a\s+further)\s+)?$")
_PER_TIME = re.compile(r"(?i)\s+(?:per|an|a)\s+(?P<word>hour|minute|second)\b|/(?P<abbr>h|hr|s|sec|min)\b")
_HOURS = {"hour": 1.0, "h": 1.0, "hr": 1.0, "minute": 1 / 60, "min": 1 / 60, "second": 1 / 3600, "s": 1 / 3600,
          "sec": 1 / 3600}


def _skip_number(text: str, pos: int, limit: int, is_word: bool) -> tuple[float, float, int] | None:
    """The number (value, rounding unit, end) at ``pos`` with its scale word, for a range end
    or a shared unit: "50" in "45 and 50 mg", "12 million" in "19 million to 12 million tonnes"."""
    m = (_WORDS if is_word else _DIGITS).match(text, pos, limit)
    if not m:
        return None
    if is_word:
        v = parse_number_words(m.group())
        if v is None:
            return None
        ulp = 1.0
    else:
        v, ulp = _parse_digits(m.group())
    end = m.end()
    glued = _SCALE_GLUED.match(text, end, limit) if not is_word else None
    if glued:
        v, ulp, end = v * U.GLUED_SCALE[glued.group().lower()], ulp * U.GLUED_SCALE[glued.group().lower()], glued.end()
    else:
        spaced = _SCALE_SPACED.match(text, end, limit)
        if spaced:
            f = U.SCALE_WORDS[re.sub(r"\s+", " ", spaced.group().strip().strip("-").lower())]
            v, ulp, end = v * f, ulp * f, spaced.end()
    return v, ulp, end


def _read_quantity(text: str, num_start: int, num_end: int, limit: int, is_word: bool,
                   floor: int = 0, fraction: re.Match[str] | None = None) -> RawQuantity | None:
    token = text[num_start:num_end]
    word_fraction: re.Match[str] | None = None
    if fraction is not None:
        whole = fraction.group("whole") or fraction.group("vwhole")
        if fraction.group("vulgar"):
            part = U.VULGAR_FRACTIONS[fraction.group("vulgar")]
        else:
            numerator, denominator = int(fraction.group("num")), int(fraction.group("den"))
            if denominator < 2 or numerator >= denominator:
                return None
            part = numerator / denominator
        value = (int(whole) if whole else 0) + part
        ulp = value * 0.1
        digits = token
    elif is_word:
        phrase_value = parse_number_words(token)
        lowered = token.lower()
        if lowered in _MULTIPLES and (not _NOT_MULTIPLE_AFTER.match(text, num_end, limit)
                                      or (lowered in ("twice", "thrice") and re.match(r"\s+as\s+[a-z]", text[num_end:limit]))):
            # "scored twice", "have almost tripled", "more than twice as long": a multiple is a
            # dimensionless count.
            value = _MULTIPLES[lowered]
            return RawQuantity(num_start, num_end, Kind.count, None, value, value, value, is_word=True)
        if lowered in _MULTIPLES:
            return None  # "doubled down", "doubled as a shelter": a verb, not a multiple
        if lowered in ("double", "triple"):
            if not _AS_MULTIPLE_BEFORE.search(text, max(floor, num_start - 20), num_start):
                return None  # "plans to double the fleet": a verb
            value = 2.0 if lowered == "double" else 3.0  # "more than double the record"
            return RawQuantity(num_start, num_end, Kind.count, None, value, value, value, is_word=True)
        if lowered == "half":
            if (_HALF_PART_BEFORE.search(text, max(floor, num_start - 12), num_start)
                    or _HALF_IDIOM_AFTER.match(text, num_end, limit)):
                return None  # "the second half of the season", "half the time": not a share
            if not _HALF_OF_AFTER.match(text, num_end, limit) and not (
                    _SHARE_BEFORE.search(text, max(floor, num_start - 30), num_start)
                    or _SHARE_COMPARED_BEFORE.search(text, max(floor, num_start - 30), num_start)):
                return None  # alone, "half" is a share only after "by", "of" or a change: "grew by more than half"
            return RawQuantity(num_start, num_end, Kind.percent, "%", 50.0, 50.0, 50.0, is_word=True)  # "half the gains"
        unit_word = lowered.rsplit(None, 1)[-1].removesuffix("-long")
        and_a_half = lowered.endswith(" and a half") and lowered.startswith(("a ", "an "))
        if and_a_half:
            unit_word = lowered.split()[1]  # "an hour and a half": one and a half hours
        if unit_word in _ONE_LENGTH:
            # "nearly a mile of the old canal", "within a kilometre", "half a metre of shingle",
            # "a metre and a half": one length told in words, after a bound or a verb that
            # measures it (not "£4 a mile", a rate, nor "a mile from the station").
            head = lowered.rsplit(None, 1)[0]
            if ((lowered.startswith(("a ", "an ")) and not and_a_half and not head.startswith("a quarter")
                 and not _DURATION_LEAD.search(text, max(0, num_start - 25), num_start))
                    or _RATE_BEFORE.search(text, max(floor, num_start - 25), num_start)):
                return None
            amount = 1.5 if and_a_half else {"a": 1.0, "an": 1.0, "half a": 0.5, "a quarter of a": 0.25}.get(head)
            if amount is None:
                return None
            value = amount * U.MEASURES[unit_word][2]
            margin = value * _ROUND_SPAN_MARGIN
            return RawQuantity(num_start, num_end, Kind.length, "km", value, value - margin, value + margin, is_word=True)
        if unit_word in ("decade", "century", "year", "month", "week", "day", "fortnight", "hour", "minute"):
            if (lowered.startswith(("a ", "an ")) and not _DURATION_LEAD.search(text, max(0, num_start - 25), num_start)
                    and not _DELAY_AFTER.match(text, num_end, limit)
                    and not (unit_word in _SPAN_OF_UNITS and _OF_AFTER.match(text, num_end, limit)
                             and not _RATE_BEFORE.search(text, max(floor, num_start - 25), num_start))):
                return None  # "twice a day", "500 cars a day": a rate, not a duration ("a decade of raises" is one)
            if _AGO.match(text, num_end, limit):
                return None  # "a year earlier": when, not how long
            phrase_value = (parse_number_words(re.sub(r"\ban$", "a", lowered.rsplit(None, 1)[0]))
                            if " " in lowered else None)  # "half an hour" is half of one
            phrase_value = 1.5 if and_a_half else phrase_value or 1.0  # "a decade-long wait", "an hour"
            factor = {"decade": 10, "century": 100, "year": 1, "month": 1 / 12, "week": 7 / 365.25,
                      "day": 1 / 365.25, "fortnight": 14 / 365.25, "hour": 1 / 8766, "minute": 1 / 525960}[unit_word]
            value = phrase_value * factor
            # "an hour", "a decade", "half an hour", "a week-long" are round talk, like "one
            # hour" (which has the half-unit rounding of any number word), if a little tighter
            margin = value * _ROUND_SPAN_MARGIN
            return RawQuantity(num_start, num_end, Kind.duration, "year", value, value - margin, value + margin, is_word=True)
        if _WORD_NOT_AMOUNT.match(text, num_end, limit) or _TOP_BEFORE.search(text, max(floor, num_start - 8), num_start):
            return None  # "two-way trade", "the top ten"
        word_fraction = _FRACTION_TAIL.search(lowered)
        if phrase_value is None or lowered in ("zero", "a"):
            return None
        value, ulp = phrase_value, (0.1 * phrase_value if phrase_value >= 1000 else 1.0)
        if _SCALE_THEN_MORE.search(lowered) and value.is_integer():
            # "thirty-four thousand eight hundred" is exact to its last word, like 34,800
            ulp = 10.0 ** (len(str(int(value))) - len(str(int(value)).rstrip("0")))
        if word_fraction:
            ulp = value * 0.1
        spoken = _SPOKEN_DECIMAL.fullmatch(lowered) if "point" in lowered else None
        if spoken:  # "one point nine million" is as exact as 1.9 million
            ulp = 10.0 ** -len(spoken.group("digits").split()) * U.SCALE_WORDS.get(spoken.group("scale") or "", 1)
        digits = ""
    else:
        score = SCORE.match(text, num_start, limit)
        if (score and SPORT.search(text, floor, limit) and not NOUN_AFTER_SCORE.match(text, score.end(), limit)
                and not _SCALE_SPACED.match(text, score.end(), limit)
                and not _MONEY_BEFORE_SCORE.search(text, max(floor, num_start - 5), num_start)):
            written = re.sub(r"\s", "", score.group()).replace("–", "-")  # "a 3–1 win" -> "3-1"
            return RawQuantity(num_start, score.end(), Kind.count, None, 0.0, 0.0, 0.0, score=written)
        glued = _GLUED_OK.match(text, num_end)
        if glued and glued.group().lower() in _ORDINAL_SUFFIX:
            return None
        value, ulp = _parse_digits(token)
        digits = token
    if ((_CLOCK_WORDS_BEFORE.search(text, max(floor, num_start - 25), num_start) and 0 < value <= 12)
            or (is_word and _CLOCK_WORDS_AFTER.match(text, num_end, limit))
            or (is_word and 0 < value <= 12 and value == int(value) and " " not in token
                and (_HOUR_WORD_BEFORE.search(text, max(floor, num_start - 16), num_start)
                     and _HOUR_CUE_AFTER.match(text, num_end, limit)
                     or _HOUR_END_BEFORE.search(text, max(floor, num_start - 16), num_start)
                     and re.match(r"\s*(?:[.,;:!?\"”]|$)", text[num_end:num_end + 2])))):
        return None  # "at half past three", "quarter to 5", "up at six every morning": a time of day
    pos = num_end
    scale = 1.0

    # A range: "2-3", "40 to 50", "between 40 and 50", "seven to ten days", "8- to 16-meter";
    # the second number shares scale and unit.
    second: tuple[float, float] | None = None
    if fraction is None and not word_fraction:
        sep = _RANGE_SEP.match(text, pos, limit)
        if sep:
            sep_text = sep.group().strip().lower()
            allowed = bool(sep_text != "and" or re.search(r"between\s+\S*$", text[max(0, num_start - 20):num_start], re.I))
            # "two or three days": neighbouring numbers in words are a rough range (not "2019 or 2020",
            # nor "five or 50").
            either = sep_text == "or"
            if sep_text == "to" and _CHANGED_FROM_BEFORE.search(text, max(floor, num_start - 60), num_start):
                allowed = False  # "widened from eight to fifteen kilometres": a level before and after
            # "rose by 27,000 to 412,000": the change, then the level it reached, many times larger
            # ("rose by 2 to 3 per cent" is a range of the change)
            level_after_change = sep_text == "to" and bool(
                _CHANGED_BY_BEFORE.search(text, max(floor, num_start - 50), num_start))
            after = sep.end()
            m2: re.Match[str] | None
            if is_word:
                m2 = _WORDS.match(text, after, limit)
                v2_word = parse_number_words(m2.group()) if m2 and not _FRACTION_TAIL.search(m2.group()) else None
                if allowed and m2 and v2_word is not None and v2_word > value and (
                        not either or v2_word == value + 1):
                    second = (v2_word, 1.0)
                    pos = m2.end()
            else:
                cur = re.match(r"(?:US\$|\$|€|£|¥|₹)", text[after:limit])
                if cur:
                    after += cur.end()
                m2 = (_DIGITS_AFTER_HYPHEN if sep_text == "-to-" else _DIGITS).match(text, after, limit)
                if m2 and sep_text == "-to-" and not re.match(r"[-‐][A-Za-z]|%", text[m2.end():limit]):
                    m2 = None  # "a 5-to-4 ruling" is a vote; "a 20-to-30-minute wait" a range
                if allowed and not either and m2 and not (m2.end() < limit and text[m2.end()].isalpha() and
                                           text[m2.end():m2.end() + 2].lower() in _ORDINAL_SUFFIX):
                    v2, ulp2 = _parse_digits(m2.group())
                    if v2 > value and not (level_after_change and v2 > 3 * value):
                        second = (v2, ulp2)
                        pos = m2.end()

    # Not before the sentence: "$\n5 people" would start a claim outside its sentence.
    currency_before = _CURRENCY_PREFIX.search(text, max(floor, num_start - 6), num_start) if fraction is None else None
    glued = _SCALE_GLUED.match(text, pos, limit) if not is_word and fraction is None else None
    if glued is None and not is_word and currency_before and text[pos:pos + 1] == " ":
        glued = _SPACED_MONEY_SCALE.match(text, pos + 1, limit)  # "US$12 m", "£2.5 mn": millions of a currency
    if glued and glued.group().lower() == "t" and not currency_before:
        glued = None  # "$2.174T" is trillions; "5T" alone is not
    if glued and _glued_metres(text, glued.start(), limit, floor, num_start):
        glued = None  # "a pool 50m long", "she ran 1500m": metres, read as a unit below
    if glued:
        scale = U.GLUED_SCALE[glued.group().lower()]
        pos = glued.end()
        tail = _GLUED_RANGE_TAIL.match(text, pos, limit) if second is None else None
        if tail and tail.group("scale").lower() == glued.group().lower():
            v2, ulp2 = _parse_digits(tail.group("n"))
            if v2 > value:  # "€40m-45m", "GBP 1.6bn-1.7bn": both ends in the scale
                second, pos = (v2, ulp2), tail.end()
    elif fraction is None:
        spaced = _SCALE_SPACED.match(text, pos, limit)
        # "six hundred thousand": a word group ending in "hundred" still takes a larger scale.
        if spaced and not (is_word and token.lower().split()[-1] in U.SCALE_WORDS
                           and token.lower().split()[-1] != "hundred"):
            word = spaced.group().strip().strip("-").lower()  # "$45&nbsp;million": any space, not just " "
            scale = U.SCALE_WORDS[re.sub(r"\s+", " ", word)]
            pos = spaced.end()
            if is_word and token.lower().split()[-1] == "hundred":
                ulp = 100.0  # "six hundred thousand" is as round as 600,000
    if not is_word and not glued and fraction is None:
        letters = _GLUED_OK.match(text, pos, limit)
        if letters and pos == num_end and second is None:
            # Digits glued to letters that are not a known unit: an identifier ("4L", "5G").
            unit_match = _UNIT.match(text, pos, limit)
            glued_name = unit_match.group("unit").lower() if unit_match else ""
            cased = U.CASE_SENSITIVE_UNITS.get(glued_name)
            if (not unit_match or (glued_name in U.SPACED_ONLY_UNITS and not _glued_metres(text, pos, limit, floor, num_start)
                                   and not _glued_grams(text, pos, limit, num_start)
                                   and not _glued_tonnes(text, pos, num_start))
                    or (cased is not None and unit_match.group("unit") not in cased)):
                glued_temp = letters.group() in ("C", "F") and not _names_a_place(text, num_start) and (
                    token[0] in "-−" or _glued_temperature(text, num_start, pos, letters.group())
                    or _mentions_temperature(text, pos, limit, floor)  # "-47C", "27.5C"
                    or _temperature_by_form(text, num_start, pos + 1, limit))
                glued_pct = _PERCENT.match(text, pos, limit) is not None  # "50bps"
                pence = _pence_at(text, pos, limit, floor) is not None  # "412p"
                data = _DATA_UNIT.match(text, pos, limit) is not None  # "128GB", "1TB"
                # "95kt", "4.7Mt": kilotonnes and megatonnes, read as "95 kt", "4.7 Mt" below;
                # "644c/kg": cents a kilogram, read by _read_unit
                read_below = (letters.group().lower() == "kt" or letters.group() == "Mt"
                              or _GLUED_CENTS.match(text, pos, limit) is not None)
                if (letters.group().lower() != "s" and not glued_temp and not glued_pct and not pence and not data
                        and not read_below):
                    return None
    if not is_word and pos == num_end and second is None and fraction is None:
        glued_s = re.match(r"s\b", text[pos:limit])
        if glued_s:  # "1990s" or "20s": a decade or age, not a count
            return None

    kind: Kind = Kind.count
    unit: str | None = None
    factor = 1.0
    fahrenheit = difference = False
    q_start = num_start
    prefix = None if currency_before and _names_something_else(currency_before.group(), text[num_start:num_end],
                                                                scale) else currency_before
    read: _Unit | str | None = None
    # (a code ending in such a letter is the code's: "QR30", "SEK450", "PKR1,500")
    if not is_word and num_start > 0 and text[num_start - 1] in _GLUED_CURRENCIES and prefix is None:
        glued_code = _glued_currency(text, floor, num_start, scale) if fraction is None else None
        if glued_code is None:
            return None  # "the R40 road", "a P310": a name, not a figure
        kind, unit, q_start = Kind.money, glued_code, num_start - 1  # "R2.3-million", "P130 a kilo"
    elif prefix and not is_word:
        kind, unit = Kind.money, U.PREFIX_CURRENCY[re.sub(r"\s", "", prefix.group()).lower()]
        q_start = prefix.start()
        suffix = _CURRENCY_SUFFIX.match(text, pos, limit)
        if suffix and U.CURRENCY_SUFFIX.get(re.sub(r"\s+", " ", suffix.group().strip().lower())) == unit:
            pos = suffix.end()
        elif prefix.group().strip() == "$" and (country := _DOLLAR_COUNTRY_AFTER.match(text, pos, limit)):
            unit, pos = U.DOLLAR_COUNTRY_AFTER[country.group(1).rstrip(".").lower()], country.end()  # "$71,000 Cdn"
        if (second is None and text.startswith(")", pos) and q_start > floor
                and _ACCOUNTING_BEFORE.search(text, max(floor, q_start - 16), q_start)):
            value, q_start, pos = -value, q_start - 1, pos + 1  # "($99.99)": a loss
    else:
        read = _read_unit(text, pos, limit, value * scale, is_word, num_start, scale, fraction is not None, floor)
        if read == _REJECT:
            return None
        if isinstance(read, _Unit):
            kind, unit, factor, pos = read.kind, read.unit, read.factor, read.end
            fahrenheit, difference = read.fahrenheit, read.difference
            if kind is Kind.duration and _AGO.match(text, pos, limit):
                return None  # "four years ago" says when, not how long
            if is_word and value < 2 and kind is Kind.duration and read.name in ("day", "days", "night", "nights"):
                return None  # "one day" is "some day"
            if kind is Kind.length and read.name in ("ft", "foot", "feet") and second is None:
                inches = _INCHES_AFTER_FEET.match(text, pos, limit)
                if inches:  # "6ft 3in": one length
                    value, ulp = value + float(inches.group("n")) / 12, 1 / 12
                    pos = inches.end()
        elif word_fraction is not None:
            of_after = re.match(r"\s+of\b", text[pos:pos + 4])
            den_word = word_fraction.group("den")
            # "in three quarters" may be periods; "three-quarters" is a fraction
            period = den_word in _PERIOD_DENOMINATORS and token[word_fraction.start()] != "-"
            if (of_after or (_SHARE_VERB_AFTER.match(text, pos, limit) and den_word and den_word.endswith("s")
                             and value < 1)) and not _ORDINAL_BEFORE.search(text, max(floor, num_start - 12), num_start):
                # "fewer than two-thirds are treated": a share of those the sentence is about.
                # "two-thirds of its Senate": a share, a percentage as the corpus writes it.
                kind, unit, factor = Kind.percent, "%", 100.0
            elif period and not of_after and _QUARTERS_PERIOD_BEFORE.search(text, max(floor, num_start - 80), num_start):
                # "the second round of layoffs in two quarters": quarters of a year, a duration
                # (two quarters are half a year, the fraction's own value).
                return RawQuantity(num_start, pos, Kind.duration, "year", value, value, value, is_word=True)
            elif (value <= 1 and _SHARE_BEFORE.search(text, max(floor, num_start - 30), num_start)) or (
                    den_word and value < 1
                    and (_SHARE_COMPARED_BEFORE.search(text, max(floor, num_start - 30), num_start)
                         or _COMPARATIVE_AFTER.match(text, pos, limit)
                         # "about a third work part time", "guests fell ill, about a third."
                         or _SHARE_BOUND_BEFORE.search(text, max(floor, num_start - 25), num_start))):
                # "fell by nearly a fifth", "a premium of a third", "still about a fifth below": a
                # share of what came before.
                kind, unit, factor = Kind.percent, "%", 100.0
            elif token.lower().startswith("a "):
                return None  # "a third and final round": an ordinal
            elif (word_fraction.group("half") or (not period
                                                 and (den_word.endswith("s") or re.match(r"\s*(?:[.,;:!?)]|$)", text[pos:pos + 2]))
                                                 and not _ORDINAL_BEFORE.search(text, max(floor, num_start - 12), num_start))):
                pass  # "exactly one sixth.", "two and a half": a fractional count
            else:
                # "in three quarters", "one third-party vendor": only the whole number is a figure.
                return _read_quantity(text, num_start, num_start + word_fraction.start(), limit, True, floor)
        elif fraction is not None:
            whole = fraction.group("whole") or fraction.group("vwhole")
            if re.match(r"\s+of\b", text[pos:pos + 4]):
                kind, unit, factor = Kind.percent, "%", 100.0
            elif not whole:
                return None  # "24/7", "9/11": a name, not a fraction
        elif lowered_is_one(token, is_word) and scale == 1.0:
            if not _one_casualty(text, num_start, pos, floor, limit):
                return None  # "one of the", "no one"
        if kind is Kind.count and is_word and not lowered_is_one(token, is_word) and (value < 2 or (token.lower().startswith("a ") and " and " not in token))\
                and scale == 1.0 and not word_fraction:
            qualified_scale = token.lower().split()[-1] in ("hundred", "thousand", "million", "billion", "trillion") and _BOUND_BEFORE.search(
                text, max(floor, num_start - 16), num_start)  # "at least a hundred calls", "fewer than a thousand fish"
            share_of_scale = _SHARE_OF_SCALE.fullmatch(token.lower())  # "a quarter of a million": a sum, not talk
            if not re.match(r"\s+dozen", token.lower()[1:]) and "dozen" not in token.lower() and not qualified_scale \
                    and not share_of_scale:
                return None
        if kind is Kind.count and second is None and scale == 1.0 and fraction is None and not word_fraction:
            if _IN_PIECES_BEFORE.search(text, max(floor, num_start - 50), num_start) and _CLAUSE_END.match(text, pos, limit):
                return None  # "a city cut in two", "the hull broke in three": pieces, not a count
            if _LASTED_BEFORE.search(text, max(floor, num_start - 20), num_start) and _CLAUSE_END.match(text, pos, limit):
                earlier = _last_duration_unit(text, floor, num_start)
                if earlier is not None:  # "planned to run for three days; it lasted two": two days
                    kind, unit, factor = earlier.kind, earlier.unit, earlier.factor
        if kind is Kind.count and not is_word and fraction is None and second is None and scale == 1.0:
            if re.fullmatch(r"(?:19|20)\d\d", token) and _YEAR_NOUN.match(text, pos, limit):
                return None  # "2023 sales", "1990 levels": a year, not a count
            if _TOP_BEFORE.search(text, max(floor, num_start - 8), num_start):
                return None  # "the top 10"
        if kind is Kind.duration and _BOND_AFTER.match(text, pos, limit) and read is not None \
                and isinstance(read, _Unit) and read.end - num_end <= 6:
            return None  # "ten-year government bond yields": a bond, not a period
        if kind is Kind.count and second is None and not _AGE_BEFORE.search(text, max(floor, num_start - 12), num_start):
            # (not an age: "an average age of 68 and 31 pct were women")
            shared = _shared_unit(text, pos, limit, is_word)
            if shared is not None:
                kind, unit, factor = shared.kind, shared.unit, shared.factor  # "45 and 50 mg": 45 mg
                fahrenheit, difference = shared.fahrenheit, shared.difference
        elif isinstance(read, _Unit) and second is None and kind is not Kind.money:
            both = _range_with_units(text, pos, limit, is_word, read, num_start, floor)
            if both is not None:
                (v2, ulp2), pos = both
                v2 /= scale
                if v2 != value:
                    # "-18 °C to -34 °C", "44 mg to 50 mg": one range, in either order.
                    value, v2 = min(value, v2), max(value, v2)
                    second = (v2, ulp2)

    if (kind is Kind.count and unit is None and second is None and scale == 1.0 and 0 < value <= 90
            and _MINUS_BEFORE.search(text, max(floor, q_start - 10), q_start)):
        kind, unit, fahrenheit = Kind.temperature, "degC", False  # "it got down to minus twelve": no other figure goes below zero
    if kind is Kind.percent and second is None and value > 0:
        minus = _MINUS_BEFORE.search(text, max(floor, q_start - 10), q_start)
        if minus:
            value, q_start = -value, minus.start()  # "a return of minus 7.3 per cent"
    if kind is Kind.temperature:
        minus = _MINUS_BEFORE.search(text, max(floor, q_start - 10), q_start) if second is None else None
        if minus and value > 0:
            value, q_start = -value, minus.start()  # "minus 53 degrees Fahrenheit"
        if fahrenheit:
            # A difference ("3.4°F above the average") has no 32° offset.
            offset = 0.0 if difference else 32.0
            value, ulp = (value - offset) * 5 / 9, ulp * 5 / 9
            if second:
                second = ((second[0] - offset) * 5 / 9, second[1] * 5 / 9)
        factor = 1.0
    mult = scale * factor
    if second:
        low = value * mult  # a stated range is exact: "40 to 50" means 40..50
        high = second[0] * mult
        mid = (value + second[0]) / 2 * mult
        return RawQuantity(q_start, pos, kind, unit, mid, low, high, is_range=True, is_word=is_word, digits=digits,
                           fahrenheit_level=fahrenheit and not difference)
    v = value * mult
    half = ulp / 2
    if not is_word and "." not in token and half > abs(value) * MAX_ROUNDING:
        # "1,000" or "$2 billion" may be exact or rounded to the thousand; read as at most
        # 10% either way, so that round figures can still disagree.
        half = abs(value) * MAX_ROUNDING
    half *= abs(mult)
    return RawQuantity(q_start, pos, kind, unit, v, v - half, v + half, is_word=is_word, digits=digits,
                       fahrenheit_level=fahrenheit and not difference)


def lowered_is_one(token: str, is_word: bool) -> bool:
    return is_word and token.lower() == "one"


_HARM = r"killed|dead|died|dies|missing|injured|hurt|wounded|drowned|hospitali[sz]ed|rescued"
# "One man was killed", "one person is still missing", "ONE KILLED": a toll of one.
_ONE_HARMED_AFTER = re.compile(
    rf"(?i)(?:\s+(?!of\b|another\b|other\b|more\b|day\b|year\b|week\b|time\b)[a-z-]+){{0,2}}?"
    rf"(?:\s+(?:was|is|has\s+been|had\s+been|remains|remained|were|still|later|also|reportedly))*\s+(?:{_HARM})\b")
# "killing one worker", "kills one in Quarmby", "claimed one life", "leaving one person missing".
_ONE_HARMED_BEFORE = re.compile(r"(?i)\b(?:killing|killed|kills|kill|injuring|injured|claimed|claiming|leaving|left)\s+$")
_NOT_ONE_BEFORE = re.compile(r"(?i)\b(?:no|not|any|every|each|only|just|than)\s+$|-$")


def _one_casualty(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """Is this "one" a toll of people killed, hurt or missing?  Elsewhere "one" alone is not
    read ("one of the", "one another", "in one go"), but a death toll of one is the figure
    outlets most often disagree on ("one dead" against "two dead")."""
    if _NOT_ONE_BEFORE.search(text, max(floor, start - 8), start) or re.match(r"\s+of\b", text[end:end + 4]):
        return False
    return bool(_ONE_HARMED_BEFORE.search(text, max(floor, start - 12), start)
                or _ONE_HARMED_AFTER.match(text, end, min(limit, end + 60)))


_AGE_BEFORE = re.compile(r"(?i)\b(?:age|aged)\s+(?:of\s+)?$")
_SHARED_SEP = re.compile(r"\s*(?:-|–|to|and|or)\s*", re.IGNORECASE)


def _shared_unit(text: str, pos: int, limit: int, is_word: bool) -> _Unit | None:
    """The unit a bare number shares with the next one: "45 and 50 mg", "from 19 million to
    12 million tonnes" (each is its own figure, in the unit written once)."""
    sep = _SHARED_SEP.match(text, pos, limit)
    if not sep:
        return None
    nxt = _skip_number(text, sep.end(), limit, is_word)
    if nxt is None:
        return None
    read = _read_unit(text, nxt[2], limit, nxt[0], is_word, sep.end(), 1.0)
    if not isinstance(read, _Unit) or read.kind in (Kind.money, Kind.count):
        return None
    return read


def _range_with_units(text: str, pos: int, limit: int, is_word: bool, first: _Unit, num_start: int,
                      floor: int) -> tuple[tuple[float, float], int] | None:
    """A range written with the unit on both ends: "44 mg to 50 mg", "-18 °C to -34 °C"."""
    sep = _RANGE_SEP.match(text, pos, limit)
    if not sep or _FROM_BEFORE.search(text, max(floor, num_start - 20), num_start):
        return None
    if sep.group().strip().lower() == "and" and not re.search(
            r"(?i)between\s+\S*$", text[max(0, num_start - 20):num_start]):
        return None
    nxt = _skip_number(text, sep.end(), limit, is_word)
    if nxt is None:
        return None
    if first.kind is Kind.percent and text[num_start] in "-−+" and text[sep.end()] not in "-−+":
        return None  # "-12 bp to 318 bp": a signed change, then the level it led to
    read = _read_unit(text, nxt[2], limit, nxt[0], is_word, sep.end(), 1.0)
    if not isinstance(read, _Unit) or (read.kind, read.unit, read.factor, read.name) != (
            first.kind, first.unit, first.factor, first.name):
        return None
    return (nxt[0], nxt[1]), read.end


_CHANGE_VERB = re.compile(
    r"\b(?:up|down|rose|rise|risen|fell|fall|fallen|increased?|decreased?|grew|grown|growth|declined?|dropped|drop|"
    r"jumped|jump|climbed|gained?|lost|slipped|slid|surged|plunged|tumbled|shed|added)\b(?:\s+by)?"
    r"(?:\s+(?:more\s+than|less\s+than|almost|nearly|about|around|over|some|roughly|just\s+over|just\s+under))?\s*$",
    re.IGNORECASE,
)
# "10 points higher than", "two points behind the leaders": a margin in points; in a poll or
# vote it is percentage points, in a league table a count of points.
_POINTS_MARGIN = re.compile(r"(?i)\s+(?:(?P<poll>higher|lower)|behind|ahead|clear|adrift|off\s+the\s+(?:lead|top|pace))\b")
_GAME_POINTS_WORDS = re.compile(
    r"(?i)\b(?:league|table|standings|season|matches|match|games?|fixtures?|played|docked|deduct\w*|relegat\w*|"
    r"promot\w*|title|champions?|championship|scored|scoring|scorer|tries|goals?|rounds|leaders?|club|"
    # a rating on a scale gains and loses points: "picked up 23 rating points", "now rated 2805"
    r"rating|ratings|rated|Elo)\b")
# "The winning margin was 0.31 points", "the gap was 96 votes, or 0.31 points": a vote's
# margin in points is in percentage points.
_GAP_BEFORE = re.compile(r"(?i)\b(?:margin|gap|lead)\b[^.;:!?]{0,40}$")
_POLL_WORDS = re.compile(r"(?i)\b(?:polls?|polling|vote|votes|voters|share|approval|rating|support|turnout|per\s?cent|percent)\b|%")


# "up more than five points": a qualifier may stand between the change word and the number.
_POINT_QUALIFIER = re.compile(
    r"(?i)\s*(?:more\s+than|less\s+than|fewer\s+than|about|around|almost|nearly|roughly|some|over|under|"
    r"just\s+(?:over|under)|at\s+least|a\s+further|another)\s*$")
# "a swing of 11.4 points", "the swing from Unity to Reform, 11.4 points": an election's swing
# is measured in percentage points.
_SWING_BEFORE = re.compile(r"(?i)\bswing\b(?:\s+(?:from|to|towards?)\s+[\w\s'’-]{1,40}?)?(?:\s+(?:of|was|is|stood\s+at|at)|\s*,)"
                           r"\s+(?:(?:about|around|almost|nearly|roughly|some|over|more\s+than|just\s+over|just\s+under)\s+)?$")
# "a vote share 10 points higher than ...": points compared are percentage points.
_POINTS_COMPARED = re.compile(r"(?i)\s+(?:higher|lower|above|below)\b")


def _game_points(text: str, num_start: int, end: int, floor: int | None, limit: int) -> bool:
    """Points of a league table or a game ("41 points from 28 matches", "docked ten points",
    "scored 31 points"): words of a game nearby and none of a poll's or a share's."""
    near = (max(floor or 0, num_start - 120), min(limit, end + 80))
    return bool(_GAME_POINTS_WORDS.search(text, *near)) and not _POLL_WORDS.search(text, *near)


def _has_change_verb(text: str, at: int) -> bool:
    qualifier = _POINT_QUALIFIER.search(text, max(0, at - 20), at)
    if qualifier:
        at = qualifier.start()
    return bool(_CHANGE_VERB.search(text, max(0, at - 30), at))


# "140 kt": knots, the speed of aircraft and ships; "50 kt of copper" is kilotonnes (_KILOTONNES,
# read first where the text speaks of tonnage).  ("18kt gold" is carats.)
_KNOTS = re.compile(r"(?i) ?kts?\b(?!\s+of\b|\s+(?:CO2|TNT|per|gold|white|yellow|rose|solid)\b)")
# "kt" is knots at sea and in the air, kilotonnes in metals, mining and trade.
_KILOTONNES = re.compile(r"(?i) ?kt\b(?!\s+(?:CO2|TNT)\b)")
_TONNAGE_WORDS = re.compile(r"(?i)\b(?:tonnes?|tons?|output|capacity|production|smelt\w*|refin\w*|mines?|mining|cathodes?|"
                            r"concentrates?|copper|zinc|nickel|steel|alumin\w*|ore|metals?|exports?|imports?|shipments?)\b|kt/y|ktpa")
_SPEED_WORDS = re.compile(r"(?i)\b(?:wind|winds|gusts?|gusting|knots|speed|sailing|cruis\w*|aircraft|airspeed|vessel|ship)\b")
# Cents glued to a rate, as livestock and fuel markets write prices: "644c/kg", "203.9c/L".
_GLUED_CENTS = re.compile(r"c/(?:kg|lb|t|L|l|litre|kWh)\b")
_POUNDS = re.compile(r"(?i)[ -]?pounds?\b(?!\s+sterling)")
# A pound is a weight when what it weighs follows ("20,000 pounds of fuel") or the sentence
# speaks of weight; it is money when the sentence speaks of money or a scale word stands
# before it ("5 million pounds"), and then it is left to the currency readings.
_POUNDS_OF = re.compile(r"(?i)\s+of\s+(?!(?:the\s+|their\s+|its\s+)?(?:money|cash|funding|funds|investment|spending|"
                        r"debt|taxpayers?|public|aid|revenue|profit|savings|damages|compensation|equity)\b)[a-z]")
_WEIGHT_WORDS = re.compile(r"(?i)\b(?:weigh\w*|weight|heavy|heavier|lighter|payload|cargo|fuel|load|lift\w*|"
                           r"bench|pressed|obese|gained|lost|scales?|baby|babies|newborn|born|birth|calf|cub|fish|catch|caught|ounces?|oz)\b")
_MONEY_WORDS = re.compile(r"(?i)£|\b(?:cost\w*|price\w*|paid|pay\w*|fee|fees|worth|spen[dt]\w*|fund\w*|salary|wages?|"
                          r"fine[ds]?|budget|bill|donat\w*|sterling|earn\w*|charge[ds]?|sold|bought|raised|tax\w*|"
                          r"pension|loan|invest\w*|compensation|bonus|shares|stock|receiv\w*|refund\w*|grant\w*|"
                          r"award\w*|payout\w*|owe[ds]?|debts?|rent|cheque|income|reward\w*|statutory|allowance|"
                          r"benefits?|subsid\w*|vouchers?|tickets?|fares?)\b")


# What a farm or a fishery yields is weighed, even by the million ("a honey crop of 14.5 million
# pounds"), where a scaled "pounds" is otherwise money.
_CROP_WORDS = re.compile(r"(?i)\b(?:crops?|harvest\w*|honey|yields?|production|produced|output|landings|catch|haul)\b")


# By the million, a pound weighs only a bare commodity after "of" ("210 million pounds of
# cherries"); "300 million pounds of extra equity", "of it", "of the loss" are sterling.
_SCALED_POUNDS_OF = re.compile(r"(?i)\s+of\s+(?!(?:the|a|an|it|its|their|this|that|these|those|extra|new|additional|"
                               r"fresh|public|private|state|government|equity|loans?|losses|loss|money|cash|funding|"
                               r"funds|investment|spending|debt|taxpayers?|aid|revenue|profit|savings|damages|"
                               r"compensation|capital|assets|stock|shares|support)\b)[a-z]")
# "a 40-pound box", "40-pound sacks": a container a hyphened pound weighs ("a 50-pound note",
# "a 20-pound fine" are money).
_POUND_CONTAINER = re.compile(r"(?i)\s+(?:cartons?|cases?|boxe?s?|bags?|sacks?|bales?|crates?|blocks?|bars?|"
                              r"drums?|kegs?|tubs?|buckets?|bundles?|wheels?)\b")


def _pounds_are_weight(text: str, num_start: int, end: int, limit: int, scale: float) -> bool:
    near = text[max(0, num_start - 60):min(limit, end + 40)]
    if scale >= 1e6:
        # else "7 million pounds": money; "210 million pounds of cherries" is weighed
        return ((bool(_CROP_WORDS.search(near)) or _SCALED_POUNDS_OF.match(text, end, limit) is not None)
                and not _MONEY_WORDS.search(near))
    if text[end - 6:end].lower() == "-pound" and _POUND_CONTAINER.match(text, end, limit):
        return True
    if _POUNDS_OF.match(text, end, limit):
        return True
    return bool(_WEIGHT_WORDS.search(near)) and not _MONEY_WORDS.search(near)


_MINUS_BEFORE = re.compile(r"(?i)\b(?:minus|negative)\s+$")


_TEMPERATURE_WORDS = re.compile(
    r"temperature|\btemp\b|heat|warm|cold|cool|celsius|fahrenheit|hottest|coldest|thermometer|mercury|"
    r"scorch|freez|degrees|(?:a|record)\s+(?:high|low)|record\s+\d|\b(?:highs?|lows?)\s+of\b|\bmaxima\b|\bminima\b",
    re.I)
# A decimal glued to C or F ("27.5C", "98.6F") is a temperature: codes and grades glued to a
# letter are whole numbers ("2C", "Form 4F").
_GLUED_DECIMAL = re.compile(r"[-−]?\d+\.\d+")


# Pence glued to a figure ("closed at 412p", "a 5.2p dividend") in a sentence about prices or
# payouts; "1080p" on a screen or "p" of a code is not money.
_PENCE = re.compile(r"(?-i:p)(?![\w’'-]|\.[A-Za-z])")
_PENCE_WORDS = re.compile(
    r"(?i)£|\b(?:shares?|stocks?|prices?|priced|dividends?|payouts?|close[ds]?|closing|trad(?:ed|ing)|costs?|"
    r"fares?|pence|penny|coins?|litre|paid|pays?|worth|earnings|valu(?:e|ed|ing)|offer(?:ed)?|bid)\b")


def _pence_at(text: str, pos: int, limit: int, floor: int | None) -> int | None:
    """The end of a "p" for pence glued to the digits that end at ``pos``, if it is one."""
    if pos <= 0 or pos >= limit or text[pos] != "p" or not text[pos - 1].isdigit():
        return None
    m = _PENCE.match(text, pos, limit)
    if m is None:
        return None
    if _SCREEN_LINES.search(text, max(0, pos - 5), pos):
        return None  # a screen's "1080p" is no sum
    start = max(0, pos - 100) if floor is None else max(floor, pos - 200)
    end = min(limit, pos + 100)
    if _PENCE_WORDS.search(text, start, end) or _MONEY_WORDS.search(text, start, end):
        return m.end()
    # An article that writes its sums in pounds means pence by a "p" anywhere ("up by 40p an
    # hour", "| Charities | 19p |").
    return m.end() if "£" in text else None


_SCREEN_LINES = re.compile(r"(?<!\d)(?:240|360|480|576|720|1080|1440|2160|4320)$")


# "cut in two", "broke into three": the pieces something is split into.
_IN_PIECES_BEFORE = re.compile(
    r"(?i)\b(?:cut|cuts|split|splits|splitting|broke|broken|break|breaks|breaking|torn|tore|tear|tears|snapped|"
    r"snaps|sliced|slices|divided|divides|dividing|chopped|sawn|sawed|ripped|rent)\s+(?:[\w’'-]+\s+){0,3}?in(?:to)?\s+$")
# Nothing counted after the number: the clause ends.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\"”’—–]|\s-\s|$)")
# "it lasted two", "the journey took three": a span whose unit the sentence gave before.
_LASTED_BEFORE = re.compile(
    r"(?i)\b(?:lasted|lasts|lasting|took|takes|ran|runs|spent|waited|stayed|remained|survived|endured)\s+"
    r"(?:(?:only|just|barely|almost|nearly|about|around|roughly)\s+)?$")
_DURATION_UNIT_NAMES = ("days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "hour",
                        "minutes", "minute", "seconds", "second", "decades", "decade")
_EARLIER_DURATION = re.compile(
    rf"(?i)\b(?:\d[\d.,]*|{_NUMBER_WORD})[\s-]+(?P<unit>{'|'.join(_DURATION_UNIT_NAMES)})\b")


def _last_duration_unit(text: str, floor: int, start: int) -> _Unit | None:
    """The unit of the last duration written before ``start`` in the sentence."""
    found = None
    for m in _EARLIER_DURATION.finditer(text, max(floor, start - 200), start):
        found = m
    if found is None:
        return None
    name = found.group("unit").lower()
    kind, unit, factor = U.MEASURES[name]
    return _Unit(kind, unit, factor, start, name=name)


def _celsius_so_far(text: str, before: int) -> bool:
    """Has the text before ``before`` named Celsius, and never Fahrenheit?"""
    return bool(_CELSIUS_NAMED.search(text, 0, before)) and not _FAHRENHEIT_NAMED.search(text, 0, before)


_IMPERIAL = re.compile(r"(?i)\b(?:mph|miles?|feet|foot|inches|fahrenheit)\b|°\s?F\b")
_METRIC = re.compile(r"(?i)\b(?:km|kms|kph|km/h|kilomet(?:re|er)s?|met(?:re|er)s?|cm|mm|celsius|centigrade|hectares?|"
                     r"tonnes?|litres?|liters?|kg|kilograms?)\b|°\s?C\b")


# British writing measures roads in miles too, and its weather in Celsius.
_BRITISH_SPELLING = re.compile(r"£|\b(?:per\s+cent|pence|centre|colour|favour|neighbour|labour|programme|organis\w*)\b")


@lru_cache(maxsize=8)
def _imperial_article(text: str) -> bool:
    """Does the article measure only in miles, feet and Fahrenheit, and write American (a US
    report)?"""
    return (_IMPERIAL.search(text) is not None and _METRIC.search(text) is None
            and _BRITISH_SPELLING.search(text) is None)


_CELSIUS_NAMED = re.compile(r"(?i)celsius|centigrade|°\s?C\b|\d\s?C\b(?=[\s,.;)])")
_FAHRENHEIT_NAMED = re.compile(r"(?i)fahrenheit|°\s?F\b|\d\s?F\b(?=[\s,.;)])")


def _glued_temperature(text: str, num_start: int, pos: int, unit: str) -> bool:
    return unit in ("C", "F") and bool(_GLUED_DECIMAL.fullmatch(text, num_start, pos))


# A whole number glued to C or F is a temperature, though no word of heat stands near, when it
# is told as one: "minus 17C", "11C (52F)", "between 12C and 14C", or where the article speaks
# of temperatures or degrees Celsius elsewhere ("the air inside was 19C").
_TEMPERATURE_PAIR_AFTER = re.compile(r"\s*(?:\(\s*|[-–]\s*|(?:to|and)\s+)[-−]?\d+(?:\.\d+)?\s?°?[CF]\b")
_TEMPERATURE_PAIR_BEFORE = re.compile(r"\d\s?°?[CF](?:\s*[-–]\s*|\s+(?:to|and)\s+|\s*\(\s*)$")
_TEMPERATURE_ARTICLE = re.compile(r"(?i)celsius|fahrenheit|°[CF]|\btemperatures?\b")


_PLACES_BEFORE = re.compile(r"(?i)\b(?:seats?|rooms?|flats?|gates?|platforms?|rows?|units?|blocks?)\s+"
                            r"(?:\d+[A-Z]?\s*(?:,|and|or|to|-)\s*)*$")


def _names_a_place(text: str, num_start: int) -> bool:
    """Does a label stand before the number ("seat 14C", "seats 14C and 15C", "Block 4 C")?"""
    return bool(_LABEL_BEFORE.search(text, max(0, num_start - 12), num_start)
                or _PLACES_BEFORE.search(text, max(0, num_start - 40), num_start))


def _temperature_by_form(text: str, num_start: int, end: int, limit: int) -> bool:
    return bool(_MINUS_BEFORE.search(text, max(0, num_start - 12), num_start)
                or _TEMPERATURE_PAIR_AFTER.match(text, end, limit)
                or _TEMPERATURE_PAIR_BEFORE.search(text, max(0, num_start - 12), num_start)
                or _speaks_of_temperatures(text))


@lru_cache(maxsize=8)
def _speaks_of_temperatures(text: str) -> bool:
    """Does the article speak of temperatures or Celsius anywhere?  (Asked once per article,
    not once per number glued to a C.)"""
    return _TEMPERATURE_ARTICLE.search(text) is not None


def _mentions_temperature(text: str, pos: int, limit: int, floor: int | None = None) -> bool:
    """Words of heat or cold in the sentence (from ``floor``, else the 80 characters before)."""
    start = max(0, pos - 80) if floor is None else min(floor, max(0, pos - 80))
    return bool(_TEMPERATURE_WORDS.search(text, start, limit))
