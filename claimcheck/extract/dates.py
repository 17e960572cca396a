"""Find date claims with our own grammar, then resolve them against the article's date.

dateparser is never run over raw text (it reads "we" as Wednesday and "a 52" as 2052);
it only parses relative phrases that this grammar has already isolated ("last Tuesday",
"yesterday").  Absolute dates are parsed here, because the grammar already holds their
parts.  A date keeps its granularity as an interval: "1961" is 1961-01-01..1961-12-31.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_ORDINAL_DAY = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
_ORDINAL_DAY.update({f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINAL_WORDS[:9])})
_ORDINAL_DAY.update({"thirtieth": 30, "thirty-first": 31})
# "the fourth of November": a day in words, only with "the ... of" around it.
_WORD_DAY = "(?i:" + "|".join(sorted(_ORDINAL_DAY, key=len, reverse=True)) + ")"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"

_DATE = re.compile(
    rf"""
    \b(?:(?P<wd>{_WEEKDAY}),?\s+)?
    (?:
        (?P<m1>{_MONTH})\s+(?P<d1>{_DAY})
        (?:(?:\s*,\s*{_DAY})*\s*,?\s+(?:and|&)\s+(?P<d1l>{_DAY})(?=,?\s+{_YEAR}\b|\s*[,.;:)]|\s*$))?
        (?:\s*(?:-|–|to)\s*(?P<d1b>{_DAY}))?(?:,?\s+(?P<y1>{_YEAR}))?(?![\d,]*\d)
      | (?:the\s+)?(?:(?P<dl>{_DAY})(?:\s*,\s*{_DAY})*\s*,?\s+(?:and|&)\s+(?:the\s+)?)?
        (?P<d2>{_DAY})(?:\s*(?:-|–|to)\s*(?:the\s+)?(?P<d2b>{_DAY}))?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?(?!\s*\d)
      | (?P<mr1>{_MONTH})\s*(?:-|–|—|to|through|until|till|and)\s*(?P<mr2>{_MONTH}),?\s+(?P<yr>{_YEAR})
      | the\s+(?P<dw>{_WORD_DAY})\s+of\s+(?P<mw>{_MONTH})(?:,?\s+(?P<yw>{_YEAR}))?(?!\s*\d)
      | (?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})
      | (?P<qtr>(?:Q(?P<qn>[1-4])|(?P<qo>(?i:first|second|third|fourth))\s+quarter\s+of)\s+(?P<qy>{_YEAR}))
      | (?P<half>(?:H(?P<hn>[12])|(?P<ho>(?i:first|second))\s+half\s+of)\s+(?P<hy>{_YEAR}))
      | (?P<iso>(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01]))
      | (?P<num>(?P<na>\d{{1,2}})/(?P<nb>\d{{1,2}})/(?P<ny>{_YEAR}))
      | (?P<fy>(?:FY|fiscal\s+(?:year\s+)?)(?P<fyy>{_YEAR}|\d\d)(?:\s*[-–/]\s*(?P<fyb>\d\d))?)
      | (?P<span>(?P<sa>{_YEAR})\s*[-–/]\s*(?P<sb>\d\d)(?!\d))
      | (?P<decade>(?P<dy>1[5-9]\d0|20[0-9]0)s)
      | (?P<year>{_YEAR})
    )
    (?![\w%])
    """,
    re.VERBOSE,
)
# A year is a count, not a date, when a plural noun or a unit follows ("2000 people").
_YEAR_AS_COUNT = re.compile(
    r"\s+(?!years?\b|(?:and|as|was|has|is|its|this|his|us|plus|versus|thus|s)\b)[a-z]{3,}s\b"
    r"|\s+(?:people|children|men|women|police|staff|personnel|troops|cattle)\b"
    r"|\s*(?:%|per\s?cent|percent|km|kilomet|miles|tonnes|tons|mw|kg)",
    re.IGNORECASE,
)
_YEAR_AS_MONEY = re.compile(r"(?:[$€£¥₹]|US\$|Rs\.?)\s?$|(?:No\.|#|number|Route|Flight)\s*$", re.IGNORECASE)
_YEAR_AS_BASE = re.compile(
    r"(?i)\b(?:on|than|vs\.?|versus|against|compared\s+(?:with|to)|below|above)\s+(?:(?:in|the|its)\s+){0,2}$"
)
AGO_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
              "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
              "thirty": 30, "forty": 40, "fifty": 50}


_DATE_IN_APPOSITION = re.compile(rf",\s+(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}(?!\w)")
_AGO_AS_BASE = re.compile(r"(?i)\b(?:than|from|with|on|since)\s+(?:(?:they|it|we|he|she|there|I)\s+(?:did|was|were|had)\s+)?$")


def years_or_months_ago(count: str, unit: str, published: dt.date) -> tuple[str, str, str]:
    """'two years ago' is the year two before publication, 'three months ago' that month: the
    label (YYYY or YYYY-MM) and its first and last days."""
    n = int(count) if count.isdigit() else AGO_COUNTS[count.lower()]
    if unit.lower().startswith("year"):
        year = published.year - n
        return str(year), f"{year}-01-01", f"{year}-12-31"
    year, month = divmod(published.year * 12 + published.month - 1 - n, 12)
    low, high = _month_bounds(year, month + 1)
    return f"{year}-{month + 1:02d}", low, high


_RELATIVE = re.compile(
    rf"\b(?:(?:(?i:last|this|next)|on)\s+(?P<rwd>{_WEEKDAY})|(?P<ry>yesterday|today|tomorrow|(?<![\w,] )(?:Yesterday|Today|Tomorrow))(?!['’]s)"
    rf"|(?P<ago>(?:two|three|four|five|six|\d+)\s+(?:days|weeks)\s+ago)|(?P<bwd>{_WEEKDAY})"
    r"|(?P<srel>(?i:last|this|next))\s+(?P<season>spring|summer|autumn|fall)"
    # "since the year began last October", "next March": the month relative to publication.
    r"|(?P<mrel>(?i:last|next))\s+(?P<rmonth>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?!\s*\d)"
    # "the vote is held again next month": the month after publication's, mostly an event's
    # date (in the corpus 21 of 35; "last month", "next year" and "last year" mostly time a
    # figure, which context.find_times reads them as).
    r"|(?P<next_month>(?i:next)\s+month)(?![\w’'-])"
    # "refitted two years ago", "set up eighteen months ago": that year or month; not "a year
    # ago", which mostly names a comparison's base ("up from 5.1% a year ago"), nor "Two years
    # ago" opening a sentence, the frame of what it tells ("Two years ago it recalled 90,000 vans").
    r"|(?P<ago_n>" + "|".join(n for n in AGO_COUNTS if AGO_COUNTS[n] > 1) + r"|\d{1,2})\s+(?P<ago_unit>years|months)\s+ago)\b"
)
# The months of a season (northern hemisphere; winter straddles two years and is left out).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# A bare weekday that names something else: a holiday ("Good Friday", "Super Tuesday") or a
# title ("the Sunday Times").
_WEEKDAY_HOLIDAY = re.compile(r"\b(?:Good|Black|Super|Ash|Holy|Easter|Bloody|Cyber|Giving|Palm|Maundy|Shrove|Whit|Low|Plough)\s+$")
_WEEKDAY_TITLE = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Tribune|Mail|People|Sport|Star|World|Club|School|Night\s+Live)\b")
# A weekday that recurs: "the bars fill on Friday nights", "the market opens every Monday".
_HABITUAL_AFTER = re.compile(r"\s+(?:nights|mornings|afternoons|evenings)\b")
_HABITUAL_BEFORE = re.compile(r"(?i)\b(?:every|each|a|any)\s+(?:(?:normal|typical|ordinary|usual|given|single)\s+)?$")
# "on a Friday night", "on any normal Friday": any Friday.
# Opening hours name a week's days, not dates: "open Tuesday to Sunday", "8am to 8pm, Monday to
# Friday".  With "from" before ("From Wednesday to Friday, 412 sailings were cancelled") the days
# are the ones the news is about.
_WEEKDAY_SPAN_AFTER = re.compile(rf"\s*(?:to|through|till|until|[-–])\s*{_WEEKDAY}\b")
_WEEKDAY_SPAN_BEFORE = re.compile(rf"(?i)(?<!from\s)\b{_WEEKDAY}\s*(?:to|through|till|until|[-–])\s*$")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_CLOCK_HOUR = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight"  # "7am", "4:30 p.m.", "noon"
# "from 6am on Tuesday": when a measure starts, the hour told first.
_FROM_CLOCK_ON_BEFORE = re.compile(rf"(?i)\bfrom\s+(?:{_CLOCK_HOUR})\s+(?:on\s+)?$")
# A weekday the article looks forward to: "will meet on Saturday", "expected to arrive by Tuesday",
# "a red flag warning is in effect until 8 p.m. Sunday".
_AHEAD_WORDS = (r"\b(?:will|'ll|shall|could(?!\s+not|n['’]t)|expects?|expected|scheduled|slated|set\s+to|due\s+to|plans?\s+to|upcoming"
                r"|rul(?:e|es|ed|ing)\s+out)\b")
_WEEKDAY_AHEAD = re.compile(
    rf"(?i){_AHEAD_WORDS}|\bwould(?!\s+have)\b|\bshould\b|\bdue\s+(?:[a-z]+\s+){{0,2}}(?:on\s+)?$|(?<!was\s)(?<!were\s)\bdue\s+(?:in|at|back|into|home)\s+[^.;,]{{0,40}}?(?:on\s+)?$|\bplanned\s+for\s+$"
    r"|\bto\s+be\s+[a-z]+\s+(?:on\s+)?$|\b(?:not|cannot|can['’]t)\s+(?:[a-z]+\s+){1,2}before\s+(?:on\s+)?$"
    # A present-tense schedule: "the order comes into force on Monday", "the vote opens on Wednesday"
    r"|\b(?:(?:comes?|goes?)\s+into\s+(?:force|effect)|takes?\s+effect|opens|closes|begins|starts|ends|resumes|reopens|"
    r"(?:is|are)\s+(?:published|released|held))\s+(?:to\s+[a-z]+\s+)?"
    r"(?:at\s+(?:[\w:.'’]+\s+){1,3}?)?(?:on\s+)?$"  # "ends at six o'clock on Sunday evening"
)
# A deadline ("by Friday", "until Monday") looks ahead, unless its clause is told in the past
# ("had been cleared by Saturday evening", "was missing until Wednesday").
_DEADLINE_BEFORE = re.compile(
    rf"(?i)\b(?:by|until|till|before\s+(?:the\s+)?(?:end|close)\s+of)\s+(?:(?:{_CLOCK_HOUR}|late|early)\s+)?(?:on\s+)?$"
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|would(?!\s+have)|(?:set|fixed|slated)\s+for|deadline|due|expected|scheduled|upcoming|by|until|next|plans?|set\s+to|later"
    # Present-tense schedule verbs: "Registration opens on 2 December".
    r"|opens|begins|starts|closes|resumes|takes\s+place|takes?\s+effect|(?:comes?|goes?)\s+into\s+(?:force|effect))\b", re.I)
# Cues strong enough to move a yearless date that has already passed into next year ("The
# race is scheduled for October 12", written on October 13), unless told in the past tense.
_FUTURE_STRONG = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)\b(?:will|shall|scheduled|slated|set\s+to|due\s+to|upcoming|opens|begins|starts|"
    r"takes\s+place|planned\s+for|expected\s+to|expects?\s+to)\b", re.I)
# A past-tense word: after a plural noun it is the verb ("prices fell on"), not a present
# verb's object ("takes office on").
_IRREGULAR_PAST = (r"fell|rose|was|were|had|did|went|came|took|made|said|held|won|lost|hit|cut|set|put|grew|"
                   r"saw|began|led|met|ran|sold|paid|told|left|got|gave|kept|shut|sank|broke|struck|spent|built|bought")
_PAST_WORD = rf"(?:[a-z]+ed|{_IRREGULAR_PAST})\b"
# ... and a clause told in the past: a past verb, not a present passive ("is closed until"), nor
# a word that only ends in -ed ("red flag", "a hundred", "speed").
_TOLD_PAST = re.compile(r"(?i)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!remain\s)(?<!remains\s)\b"
                        rf"(?!(?:hundred|kindred|sacred|red|bed|shed|wed)\b)(?:[a-z]+(?<!e)ed|{_IRREGULAR_PAST})\b")
# A past-tense act right before the date: "which opened on Sept 14", "was sworn in on".
_DONE_ON_BEFORE = re.compile(r"(?i)\b(?:which|that|who|it|he|she|they)\s+(?:was\s+|were\s+)?(?!had\b|did\b)"
                             r"(?:[a-z]+ed|began|won|lost|struck|broke|sank|shut|went|came|took|held|opened)\s+(?:[a-z]+\s+)?(?:on|in)\s+$")
# A present-tense verb right before a later date tells a schedule: "Parliament votes on 18
# December", "the court rules on the appeal in May" (not "the ministry says", a report).
_SCHEDULED_PRESENT = re.compile(
    # (a noun after its determiner is no verb: "reopen the depots on Sept. 14")
    r"(?<![\w’'-])(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthese\s)(?<!\bthose\s)(?<!\bour\s)(?<!\bhis\s)(?<!\bher\s)"
    r"(?!(?:says|reports|shows|claims|notes|adds|states|tells|writes|thinks|believes|argues|insists|"
    r"warns|suggests|means|was|has|does|is|its|this|thus|plus|bus|gas|news|series|always|perhaps|whereas|as|us|"
    r"less|unless|across|process|press|loss|access|business|status|focus|bonus|census|virus)\b)"
    r"[a-z]{2,}[^s\W]s\s+(?:on\s+(?:the|its|their|a|an)\s+[a-z]+\s+|(?!" + _PAST_WORD + r")[a-z]{3,}\s+)?"
    r"(?:on|in)\s+(?:the\s+)?$")
# Around a date, how far cue words are looked for (a window keeps long sentences linear).
_CUE_WINDOW = 150
# Where the clause before a date begins: "began on 4 March and is scheduled to end on 31 March".
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:and|but|while|whereas)\s")
# A comma after a determiner and one word joins adjectives of one noun phrase ("a second,
# longer walkout", "the cold, wet spring"): no clause begins there.
_ADJECTIVE_COMMA = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our|this|that)\s+[a-z]+$")


def _last_clause(before: str) -> str:
    """The clause that ``before`` (the text up to a date) ends in."""
    for m in reversed(list(_CLAUSE_BREAK.finditer(before))):
        if not (m.group().startswith(",") and _ADJECTIVE_COMMA.search(before, 0, m.start())):
            return before[m.end():]
    return before


@dataclass(slots=True)
class RawDate:
    """A date span with its value and interval (ISO strings), before context is attached."""

    start: int
    end: int
    value: str
    low: str | None
    high: str | None
    granularity: str  # day, month, quarter, season, year, decade, fiscal


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()[:4] if name.lower().startswith("sept") else name.rstrip(".").lower()[:3]]


def _day(text: str) -> int:
    if text.lower() in _ORDINAL_DAY:
        return _ORDINAL_DAY[text.lower()]
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_bounds(year: int, month: int) -> tuple[str, str]:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"


# How far ahead of publication a yearless date not told in the past is still this year's: on
# the labelled corpus, of such dates up to four months ahead, 420 were ahead and none a year
# back; those told a year back lay four to ten months ahead ("opened on June 13", in February).
_NEAR_AHEAD = dt.timedelta(days=120)


def _resolve_year(month: int, day: int, published: dt.date | None, around: str, clause: str) -> int | None:
    """The year of a yearless date: the article's year, or the year before when that would put
    the date well after publication (news looks back), unless the words ``around`` it speak of
    the future or the date is a few months ahead and its ``clause`` is not told in the past; a
    date already past that its own ``clause`` says is scheduled or will happen ("The race is
    scheduled for October 12") is next year's."""
    if published is None:
        return None
    candidate = dt.date(published.year, month, min(day, 28))
    if candidate > published + dt.timedelta(days=7) and _DONE_ON_BEFORE.search(clause):
        return published.year - 1  # "which opened on Sept 14": a past act, whatever follows
    if (candidate > published + dt.timedelta(days=7) and not _FUTURE_CUE.search(around)
            and not _SCHEDULED_PRESENT.search(clause)
            and not (candidate <= published + _NEAR_AHEAD and not _TOLD_PAST.search(clause))):
        return published.year - 1
    if candidate < published and _FUTURE_STRONG.search(clause):
        return published.year + 1
    return published.year


# "in October last year", "on 3 March of next year": the words after a yearless date name its year.
_YEAR_WORD_AFTER = re.compile(r"(?i)[ \t]*,?[ \t]+(?:of[ \t]+)?(?P<rel>last|this|next)[ \t]+year\b")


def year_named_after(text: str, end: int, published: dt.date | None) -> int | None:
    """The year "last year", "this year" or "next year" right after a yearless date gives it."""
    match = _YEAR_WORD_AFTER.match(text, end)
    if match is None or published is None:
        return None
    return published.year + {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]


def find_dates(text: str, start: int, end: int, published: dt.date | None, *, notes: bool = False) -> list[RawDate]:
    """All date claims in ``text[start:end]`` (one sentence), in order.  The date of a wire
    dateline, a correction or update note, or a table's header row is not a claim; ``notes``
    keeps them (the publication date is looked for among them)."""
    found: list[RawDate] = []
    pending_yearless: list[tuple[RawDate, int, int, int | None, int | None]] = []
    for match in _DATE.finditer(text, start, end):
        g = match.groupdict()
        s, e = match.start(), match.end()
        raw: RawDate | None = None
        if g["m1"] or g["m2"]:
            month = _month(g["m1"] or g["m2"])
            mname = (g["m1"] or g["m2"]).rstrip(".")
            if mname in ("May", "March") and (g["m1"] and not g["y1"]) and text[s:s + 1].islower():
                continue
            d_a = _day(g["d1"] or g["dl"] or g["d2"])
            # The last day of a range ("6-7 April") or of a list ("21 and 24 March"): one claim
            # whose value is the first date and whose interval covers them all.
            d_b_text = g["d1b"] or g["d2b"] or g["d1l"] or (g["d2"] if g["dl"] else None)
            d_b = _day(d_b_text) if d_b_text else None
            year_text = g["y1"] or g["y2"]
            if g["m2"] and not year_text and not d_b and re.match(r"\s*\d", text[e:e + 3]):
                continue
            raw = RawDate(s, e, "", None, None, "day")
            if year_text:
                _fill_day(raw, int(year_text), month, d_a, d_b)
            else:
                weekday = list(calendar.day_name).index(g["wd"]) if g["wd"] else None
                pending_yearless.append((raw, month, d_a, d_b, weekday))
        elif g["dw"]:
            raw = RawDate(s, e, "", None, None, "day")
            if g["yw"]:
                _fill_day(raw, int(g["yw"]), _month(g["mw"]), _day(g["dw"]), None)
            else:
                pending_yearless.append((raw, _month(g["mw"]), _day(g["dw"]), None, None))
        elif g["mr1"]:
            # "September to November 2024": one interval of months; a first month later than
            # the second belongs to the year before ("November to February 2024").
            year, first, last = int(g["yr"]), _month(g["mr1"]), _month(g["mr2"])
            first_year = year - 1 if first > last else year
            low, _ = _month_bounds(first_year, first)
            _, high = _month_bounds(year, last)
            raw = RawDate(s, e, f"{first_year:04d}-{first:02d}", low, high, "month")
        elif g["m3"]:
            year, month = int(g["y3"]), _month(g["m3"])
            low, high = _month_bounds(year, month)
            raw = RawDate(s, e, f"{year:04d}-{month:02d}", low, high, "month")
        elif g["qtr"]:
            # "Q3 2026", "the third quarter of 2026": the quarter's three months.
            year = int(g["qy"])
            quarter = int(g["qn"]) if g["qn"] else _QUARTERS[g["qo"].lower()]
            first = 3 * quarter - 2
            low, _ = _month_bounds(year, first)
            _, high = _month_bounds(year, first + 2)
            raw = RawDate(s, e, f"{year:04d}-Q{quarter}", low, high, "quarter")
        elif g["half"]:
            # "H2 2032", "the second half of 2032": the half-year's six months.
            year = int(g["hy"])
            half = int(g["hn"]) if g["hn"] else (1 if g["ho"].lower() == "first" else 2)
            low, _ = _month_bounds(year, 6 * half - 5)
            _, high = _month_bounds(year, 6 * half)
            raw = RawDate(s, e, f"{year:04d}-H{half}", low, high, "half")
        elif g["iso"]:
            value = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
            if value:
                raw = RawDate(s, e, value, value, value, "day")
        elif g["num"]:
            a, b, year = int(g["na"]), int(g["nb"]), int(g["ny"])
            # Day-first is the reading outside the US; an unambiguous order wins.
            day, month = (a, b) if a > 12 or b <= 12 else (b, a)
            value = _iso(year, month, day)
            if value:
                raw = RawDate(s, e, value, value, value, "day")
        elif g["fy"]:
            fiscal = _full_year(g["fyb"] or g["fyy"], g["fyy"])
            if fiscal:
                raw = RawDate(s, e, f"FY{fiscal}", f"{fiscal - 1}-01-01", f"{fiscal}-12-31", "fiscal")
        elif g["span"]:
            first = int(g["sa"])
            second = _full_year(g["sb"], g["sa"])
            if second == first + 1:
                raw = RawDate(s, e, f"{first}/{second}", f"{first}-01-01", f"{second}-12-31", "fiscal")
        elif g["decade"]:
            if _YEAR_AS_BASE.search(text, max(start, s - 25), s):
                continue  # "longer than in the 1970s": the base of a comparison
            year = int(g["dy"])
            raw = RawDate(s, e, f"{year}s", f"{year}-01-01", f"{year + 9}-12-31", "decade")
        elif g["year"]:
            if _YEAR_AS_COUNT.match(text, e, end) or _YEAR_AS_MONEY.search(text[max(start, s - 8):s]):
                continue
            if _CLOCK_ZONE_AFTER.match(text, e, end):
                continue  # "at 1510 GMT": a time of day
            if re.match(r"[-‐][A-Za-z]", text[e:e + 2]) or re.search(r"[A-Za-z][-‐]$|[\d.,]$", text[max(start, s - 2):s]):
                continue
            period = _YEAR_PERIOD_END.match(text, e, end)  # "the 1961-1990 average": a period, not a base
            if not period and (_YEAR_AS_BASE.search(text, max(start, s - 25), s) or re.match(r"\s+levels?\b", text[e:e + 8])):
                continue  # "up 35% on 2023", "below 1990 levels": the base of a comparison
            if not period and (_is_event_name(text, start, s) or _titles_an_edition(text, s, e)):
                continue  # "Lakeport 2024: the numbers", "Paris 2024": a name, not a date
            year = int(g["year"])
            raw = RawDate(s, e, str(year), f"{year}-01-01", f"{year}-12-31", "year")
        if raw is not None and (notes or not _is_note(text, start, end, s, e)):
            found.append(raw)
    _resolve_lists(text, found, pending_yearless, published, start, end)
    found = _merge_lists(text, _merge_ranges(text, found))
    found.extend(_relative_dates(text, start, end, published, found))
    found.extend(_yearless_months(text, start, end, published, found))
    found.sort(key=lambda r: r.start)
    return [r for r in found if r.value]


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_YEAR_PERIOD_END = re.compile(rf"\s*[-–]\s*{_YEAR}\b")
# Words before a year that make it a date even when capitalised ("In 2020", "BY 2030", "FY 2024").
_BEFORE_YEAR = frozenset(
    """in on at by to of for from since until till through throughout during before after between and or but than
    the a an this that its their his her our early late mid end start beginning spring summer autumn fall winter
    fiscal fy cy year calendar circa about around as is was were be been also only even still not when while per
    vs versus against compared above below over under across within into unlike like last next every each all
    both what which where season""".split()
)


def _titles_an_edition(text: str, s: int, e: int) -> bool:
    """A year in a heading names the edition or period a section covers ("# Harbour votes 2026:
    mayor and council", "## What the firm expects for 2028"), as does one closing a first
    line before its colon ("City budget 2031: what changes")."""
    line_start = text.rfind("\n", 0, s) + 1
    if text.startswith("#", line_start):
        return True
    return line_start == 0 and text.startswith(":", e)


def _is_event_name(text: str, start: int, s: int) -> bool:
    """A year right after a capitalised name is part of the name: "Lakeport 2024",
    "Vision 2030", "HOLMVIK 2029 GHG EMISSIONS"."""
    m = re.search(r"\b([A-Z][A-Za-z]*)[ \t]+$", text[max(start, s - 25):s])
    return m is not None and len(m.group(1)) > 1 and m.group(1).lower() not in _BEFORE_YEAR


_NOTE_BEFORE = re.compile(r"(?i)\b(?:correction|corrected|clarification|updated)\b[,:]?\s*(?:on\s+)?$")
_DATELINE_BEFORE = re.compile(r"[ \t*_]*[A-Z][A-Z .'’-]{2,},[ \t]*")
_TABLE_RULE = re.compile(r"[ \t]*\|[ \t]*:?-{3,}")


def _is_note(text: str, start: int, end: int, s: int, e: int) -> bool:
    """The date of a correction or update note ("Correction, 15 October:"), of a wire dateline
    ("NOVISAD, Oct 7 (Continental Wire) - ...") or in a table's header row (the columns' times)."""
    if _NOTE_BEFORE.search(text, max(start, s - 30), s):
        return True
    line_start = text.rfind("\n", max(0, s - 400), s) + 1
    if line_start == 0 and s > 400:
        return False  # a line that long is prose
    if (s - line_start <= 60 and _DATELINE_BEFORE.fullmatch(text, line_start, s)
            and re.match(r"\s*[(\-–—]", text[e:e + 3])):
        return True
    if text.startswith("|", line_start) or text[line_start:s].lstrip().startswith("|"):
        line_end = text.find("\n", e, e + 400)
        return line_end != -1 and bool(_TABLE_RULE.match(text, line_end + 1))
    return False


_DATE_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)


def _merge_ranges(text: str, found: list[RawDate]) -> list[RawDate]:
    """'1961-1990', 'between 1950 and 2015', 'April 2019 – June 2024': one date interval."""
    merged: list[RawDate] = []
    for raw in sorted(found, key=lambda r: r.start):
        if merged:
            prev = merged[-1]
            between = text[prev.end:raw.start]
            word = between.strip().lower()
            if (prev.low and raw.high and _DATE_RANGE_SEP.fullmatch(between) and prev.low < raw.high
                    and (word != "and" or re.search(r"(?i)between\s+$", text[max(0, prev.start - 9):prev.start]))
                    and prev.granularity == raw.granularity):
                merged[-1] = RawDate(prev.start, raw.end, prev.value, prev.low, raw.high, prev.granularity)
                continue
        merged.append(raw)
    return merged


_LIST_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|&)\s+")
_LIST_LAST = re.compile(r"\b(?:and|or)\b|&")


def _merge_lists(text: str, found: list[RawDate]) -> list[RawDate]:
    """'won on 10 March, 21 April and 14 July': one claim, a list of days, whose value is the
    first and whose interval covers them all (like '21 and 24 March')."""
    merged: list[RawDate] = []
    i = 0
    while i < len(found):
        j = i
        while (j + 1 < len(found) and found[j].granularity == "day" and found[j + 1].granularity == "day"
               and found[j].low and found[j + 1].low and _LIST_JOIN.fullmatch(text, found[j].end, found[j + 1].start)):
            j += 1
        if j > i and _LIST_LAST.search(text, found[j - 1].end, found[j].start):
            members = found[i:j + 1]
            low = min(m.low for m in members if m.low)
            high = max(m.high for m in members if m.high)
            merged.append(RawDate(found[i].start, found[j].end, found[i].value, low, high, "day"))
            i = j + 1
            continue
        merged.append(found[i])
        i += 1
    return merged


def _full_year(short: str, base: str) -> int | None:
    if len(short) == 4:
        return int(short)
    century = int(base[:2]) * 100 if len(base) == 4 else 2000
    return century + int(short)


def _fill_day(raw: RawDate, year: int, month: int, d_a: int, d_b: int | None) -> None:
    first = _iso(year, month, d_a)
    last = _iso(year, month, d_b) if d_b else first
    if first and last:
        raw.value, raw.low, raw.high = first, min(first, last), max(first, last)


def _resolve_lists(text: str, found: list[RawDate], pending: list[tuple[RawDate, int, int, int | None, int | None]],
                   published: dt.date | None, start: int, end: int) -> None:
    """Give yearless dates a year: from the next date in a coordinated list ("3 February,
    17 May and 9 August 2027") or range ("28 August to 3 September 2024"), else from the
    weekday it is told with ("Saturday 29 March"), else from the article's date.  Each
    ``pending`` entry is (date, month, first day, last day, weekday or None)."""
    by_start = sorted(found, key=lambda r: r.start)
    starts = [r.start for r in by_start]
    # The dated member that ends each yearless date's list, found from the last one back so
    # that a long chain of yearless dates is walked once.
    anchor: dict[int, RawDate | None] = {}
    for raw, month, d_a, d_b, weekday in sorted(pending, key=lambda p: -p[0].start):
        year: int | None = None
        i = bisect.bisect_left(starts, raw.end)
        dated: RawDate | None = None
        if i < len(by_start) and _LIST_SEP.fullmatch(text, raw.end, by_start[i].start):
            other = by_start[i]
            dated = anchor.get(id(other)) if id(other) in anchor else other
        anchor[id(raw)] = dated
        if dated is not None and dated.low and dated.value[:4].isdigit():
            year = int(dated.value[:4])
            if (_iso(year, month, min(d_a, 28)) or "") > dated.low:
                year -= 1  # "December 28 to January 3, 2025": the first date is the year before
        if year is None:
            year = year_named_after(text, raw.end, published)
        if year is None and weekday is not None:
            year = _year_of_weekday(published, month, d_a, weekday)
        if year is None:
            around = text[max(start, raw.start - _CUE_WINDOW):min(end, raw.end + _CUE_WINDOW)]
            clause = _last_clause(text[max(start, raw.start - _CUE_WINDOW):raw.start])
            year = _resolve_year(month, d_a, published, around, clause)
        if year is None:
            raw.value = f"--{month:02d}-{d_a:02d}"
            raw.low = raw.high = None
        else:
            _fill_day(raw, year, month, d_a, d_b)


def _year_of_weekday(published: dt.date | None, month: int, day: int, weekday: int) -> int | None:
    """The year, of the article's, the one before and the one after, that puts ``month``/``day``
    on the stated weekday ("the rhino house reopens on Saturday 29 March"): a day of the year
    falls on one weekday in only one of three years running.  None when none does (a slip)."""
    if published is None:
        return None
    fits = [y for y in (published.year - 1, published.year, published.year + 1)
            if _iso(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


_LIST_SEP = re.compile(r"[\s,;]*(?:and|or|&|-|–|—|to|until|till|through)?[\s,]*")


def _sorted_spans(found: list[RawDate]) -> tuple[list[int], list[int]]:
    """Starts and ends of non-overlapping date spans, in order, for ``_overlaps``."""
    ordered = sorted(found, key=lambda r: r.start)
    return [r.start for r in ordered], [r.end for r in ordered]


def _overlaps(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the (non-overlapping, ordered) spans?  Logarithmic, so
    a sentence full of dates stays linear."""
    starts, ends = spans
    i = bisect.bisect_left(starts, end)  # spans from i on begin at or after ``end``
    return i > 0 and ends[i - 1] > start


def _relative_dates(text: str, start: int, end: int, published: dt.date | None,
                    found: list[RawDate]) -> list[RawDate]:
    if published is None:
        return []
    spans = _sorted_spans(found)
    results: list[RawDate] = []
    for match in _RELATIVE.finditer(text, start, end):
        if _overlaps(spans, match.start(), match.end()):
            continue
        phrase = match.group()
        if match.group("season") and match.group("srel").lower() == "next" and re.search(
                r"(?i)\b(?:by|before|until|till)\s+$", text[max(start, match.start() - 7):match.start()]):
            continue  # "a turnaround by next spring": a deadline's horizon, not a day anything happens
        if match.group("season"):
            # A season that opens the sentence or stands by a figure is that figure's time
            # ("Last summer, 40 fires burned"); elsewhere it dates an event ("began last summer").
            near = text[max(start, match.start() - 25):min(end, match.end() + 25)]
            if match.start() - start >= 15 and not re.search(r"\d", near):
                results.append(_season(match, published))
            continue
        if match.group("ago_unit"):
            if _AGO_AS_BASE.search(text, max(start, match.start() - 30), match.start()):
                continue  # "more students than they did five years ago": a comparison's base, no event
            label, low, high = years_or_months_ago(match.group("ago_n"), match.group("ago_unit"), published)
            granularity = "year" if len(label) == 4 else "month"
            results.append(RawDate(match.start(), match.end(), label, low, high, granularity))
            continue
        if match.group("next_month"):
            year, month = divmod(published.year * 12 + published.month, 12)  # the month after publication's
            low, high = _month_bounds(year, month + 1)
            results.append(RawDate(match.start(), match.end(), f"{year:04d}-{month + 1:02d}", low, high, "month"))
            continue
        if match.group("rmonth"):
            month = _month(match.group("rmonth"))
            if match.group("mrel").lower() == "last":
                year = published.year if month < published.month else published.year - 1
            else:
                year = published.year if month > published.month else published.year + 1
            low, high = _month_bounds(year, month)
            results.append(RawDate(match.start(), match.end(), f"{year:04d}-{month:02d}", low, high, "month"))
            continue
        weekday = match.group("rwd") or match.group("bwd")
        if weekday and (_HABITUAL_AFTER.match(text, match.end(), end)
                        or _HABITUAL_BEFORE.search(text, max(start, match.start() - 20), match.start())):
            continue  # "on Friday nights", "every Monday": a habit, no one day
        if match.group("bwd") and (
                (_WEEKDAY_SPAN_AFTER.match(text, match.end(), end)
                 and not _FROM_BEFORE.search(text, max(start, match.start() - 6), match.start()))
                or _WEEKDAY_SPAN_BEFORE.search(text, max(start, match.start() - 25), match.start())):
            continue  # "open Tuesday to Sunday": the days of a week's timetable
        if match.group("bwd") and (_WEEKDAY_HOLIDAY.search(text, max(start, match.start() - 10), match.start())
                                   or _WEEKDAY_TITLE.match(text, match.end(), end)):
            continue
        if weekday:
            relation = phrase.split()[0].lower() if match.group("rwd") else "on"
            if relation == "on" and (
                    (match.group("bwd") and _FROM_BEFORE.search(text, max(start, match.start() - 6), match.start()))
                    or _FROM_CLOCK_ON_BEFORE.search(text, max(start, match.start() - 30), match.start())) \
                    and not re.match(r"\s*(?:[-–—]|to|until|till|through)\b", text[match.end():match.end() + 12]):
                relation = "ahead"  # "rationing from Friday": when a measure starts
            elif relation == "on":
                before = text[max(start, match.start() - 60):match.start()]
                clause = _last_clause(before)  # cue words of this clause only
                if _WEEKDAY_AHEAD.search(clause) or (_DEADLINE_BEFORE.search(clause) and not _TOLD_PAST.search(clause)):
                    relation = "ahead"
            value: str | None = _weekday(weekday, relation, published)
        else:
            if _DATE_IN_APPOSITION.match(text, match.end(), end):
                continue  # "takes place tomorrow, 14 November": the date that follows says the day
            value = _parse_relative(phrase, published.isoformat(), phrase.lower() == "tomorrow")
        if value:
            results.append(RawDate(match.start(), match.end(), value, value, value, "day"))
    return results


_BARE_MONTH = re.compile(
    rf"\b(?:in|by|until|till|before|after|since|from|(?P<for>(?:planned|scheduled|slated|set|pencil+ed|booked|earmarked)\s+for)|"
    rf"(?:the\s+)?(?P<part>(?:end|start|beginning|middle)\s+of)|early|late|mid-?)\s+"
    # "expected in mid-December", "in late March": a part of the month, the month's value
    rf"(?P<within>(?:early|late|mid)(?:-|\s+))?(?P<month>{_MONTH})(?!\w)(?![\s,]*\d)(?!-)"
)
# A level held since a change: "has held its policy rate at 4.75% since July", "kept rates
# unchanged since 2023": the date of that change, not the time the level holds for.
HELD_SINCE = re.compile(
    r"(?i)\b(?:held|holds|holding|kept|keeps|keeping|maintained|remained|remains|stayed|stays|stood|unchanged|"
    r"steady|frozen|pegged)\b[^;]{0,60}?\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$"
)


# A second month joined to a first: "advertised the post in June and again in September".
_AND_AGAIN_MONTH = re.compile(rf"(?i)\bin\s+(?:(?:early|late|mid)[-\s]+)?(?P<m>{_MONTH})\s+(?:and|or)\s+(?:again\s+|then\s+|later\s+)?$")


# "shut until late May", "a buyer by the end of May", "not before November", "from
# October": a bound that, unless the clause is told in the past, lies ahead.
_UNTIL_MONTH = re.compile(r"(?i)(?:by|until|till|before|from)\b")
_UNTIL_MONTH_BEFORE = re.compile(r"(?i)\b(?:by|until|till|before|from|through)\s+$")
# "the regulator said in May that ...": when a source spoke, which the corpus does not count
# as a date (fixtures/corpus/README.md); "the year that ended in May", "the quarter to the
# end of May": a reporting period's end.
_SAID_IN = re.compile(r"(?i)\b(?:said|told|admitted|stated|reported|warned|wrote|noted|added|confirmed|"
                      r"conceded|acknowledged|estimated|predicted|forecast)\s+(?:[a-z]+\s+)?$")
_PERIOD_END_IN = re.compile(r"(?i)\b(?:ended|ending|ends|ran|runs|running)\s+(?:from\s+)?$"
                            r"|\b(?:quarter|half|year|months|weeks|period)\s+(?:to|through|till|until)\s+$")
_ANY_WEEKDAY_IN = re.compile(r"(?i)\b(?:a|an|any|every|each)\s+(?:[a-z]+\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                             r"(?:\s+[a-z]+)?\s+$")
# A clause told in the present or looking on ("the show opens in Corvale in May", "to break
# ground in May", "most likely in May", "the town votes in May"), with no past verb in it,
# speaks of a month to come.
_PRESENT_CUE = re.compile(r"(?i)\b(?:is|are|goes|go|opens?|opening|starts?|starting|begins?|beginning|resumes?|"
                          r"probably|likely|possibly|next)\b|\bto\s+(?!the\b|be\b)[a-z]{3,}\b")
_PAST_AUX = re.compile(r"(?i)\b(?:was|were|had|did|has\s+been|have\s+been)\b")
# "hopes to be done in May", "aims to", "promised by": a wish looks ahead (as "would" does, in
# _WEEKDAY_AHEAD).
_HOPED_FOR = re.compile(r"(?i)\b(?:hopes?|hoping|aims?|aiming|intends?|wants?|promised|promises|pledged|pledges)\b")
_AUX_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b")


def _yearless_months(text: str, start: int, end: int, published: dt.date | None,
                  found: list[RawDate]) -> list[RawDate]:
    """A month without a year after a preposition ("in July", "by the end of September"): the
    next such month from publication when the clause looks ahead to it ("the service will end
    in September", "votes are expected before the end of September", "the road stays shut
    until April"), else the latest by publication ("rejected in July").  Whether it is a claim
    or only another figure's time is decided later (context.date_is_time); the month a source
    spoke in, or a reporting period's last month, is neither.  Since a month, only a level held
    since it ("has held its rate at 4.75% since July") dates the change."""
    if published is None:
        return []
    spans = _sorted_spans(found)
    results: list[RawDate] = []
    looked_ahead: dict[int, bool] = {}  # end of each month taken -> whether it was looked ahead to
    for match in _BARE_MONTH.finditer(text, start, end):
        s, e = match.span("month")
        if _overlaps(spans, s, e) or _is_note(text, start, end, s, e):
            continue
        month = _month(match.group("month"))
        if match.group("part"):
            s = match.start("part")  # "by the end of September": the date is the end of the month
        elif match.group("within"):
            s = match.start("within")  # "in mid-December": the month, as written
        if match.group().lower().startswith("since"):
            if not HELD_SINCE.search(text[max(start, s - _CUE_WINDOW):s]):
                continue
            year = published.year - 1 if month > published.month else published.year
        else:
            clause = _last_clause(text[max(start, match.start() - _CUE_WINDOW):match.start()])
            joined = _AND_AGAIN_MONTH.search(text, max(start, match.start() - 40), match.start())
            joined_ahead = looked_ahead.get(joined.end("m")) if joined else None
            if joined_ahead is not None:  # the first month's clause tells the tense of both
                clause = _last_clause(text[max(start, joined.start() - _CUE_WINDOW):joined.start()])  # type: ignore[union-attr]
            ahead = bool(joined_ahead) or (joined_ahead is None and (
                # (_WEEKDAY_AHEAD: "will", "expected", "would", "due", a present schedule ...)
                match.group("for") or _WEEKDAY_AHEAD.search(clause) or _HOPED_FOR.search(clause)
                or (_PRESENT_CUE.search(clause) and not _TOLD_PAST.search(clause) and not _PAST_AUX.search(clause))
                or ((_UNTIL_MONTH.match(match.group()) or _UNTIL_MONTH_BEFORE.search(clause))
                    and not _TOLD_PAST.search(clause)) or (
                    _SCHEDULED_PRESENT.search(clause + match.group()[:3].rstrip() + " ") and month != published.month)))
            if _ANY_WEEKDAY_IN.search(clause):
                continue  # "on a typical Sunday in May", "every Friday evening in May": no one month
            if not ahead and (_SAID_IN.search(clause) or _PERIOD_END_IN.search(clause)):
                continue  # "the regulator said in May", "the year that ended in May": a report's or a period's month
            if not ahead:
                if joined_ahead is None and _AUX_AFTER.match(text, e):
                    continue  # not "Most deals closed in November were small": a participle naming which
                # "opened in September", "rejected in July": the latest such month by publication;
                # but "more strikes are planned in December", written in October, is this year's
                near = 0 < month - published.month <= _NEAR_AHEAD.days // 30 and not _TOLD_PAST.search(clause)
                year = published.year - 1 if month > published.month and not near else published.year
            else:
                year = published.year + 1 if month < published.month else published.year
            looked_ahead[e] = bool(ahead)
        year = year_named_after(text, e, published) or year
        low, high = _month_bounds(year, month)
        results.append(RawDate(s, e, f"{year:04d}-{month:02d}", low, high, "month"))
    return results


def _season(match: re.Match[str], published: dt.date) -> RawDate:
    """'last summer' is the latest summer over by publication, 'this summer' the one of the
    article's year, 'next summer' the first not yet begun; the value is its year, the
    interval its months."""
    year, low, high = season_bounds(match.group("season"), match.group("srel"), published)
    return RawDate(match.start(), match.end(), str(year), low, high, "season")


def season_bounds(season: str, relation: str, published: dt.date) -> tuple[int, str, str]:
    """The year and first and last days of 'last', 'this' or 'next' spring, summer or autumn."""
    first, last = _SEASONS[season.lower()]
    year = published.year
    if relation.lower() == "last" and published.month <= last:
        year -= 1
    elif relation.lower() == "next" and published.month >= first:
        year += 1
    return year, _month_bounds(year, first)[0], _month_bounds(year, last)[1]


def _weekday(name: str, relation: str, published: dt.date) -> str:
    """'on Tuesday' is the latest Tuesday on or before publication ('next' looks forward;
    'last' is strictly before; 'ahead', a weekday the sentence looks forward to, is the first
    on or after publication)."""
    target = list(calendar.day_name).index(name.capitalize())
    delta = (published.weekday() - target) % 7
    if relation == "next":
        return (published + dt.timedelta(days=(target - published.weekday()) % 7 or 7)).isoformat()
    if relation == "ahead":
        return (published + dt.timedelta(days=(target - published.weekday()) % 7)).isoformat()
    if relation == "last" and delta == 0:
        delta = 7
    return (published - dt.timedelta(days=delta)).isoformat()


@lru_cache(maxsize=4096)
def _parse_relative(phrase: str, base_iso: str, future: bool) -> str | None:
    import dateparser  # deferred: importing it costs about a second

    base = dt.datetime.fromisoformat(base_iso)
    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                  "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date().isoformat() if parsed else None


_PUBLISHED_LINE = re.compile(r"\b(?:published|updated|posted|last\s+updated|date[d]?|as\s+of|as\s+at)\b[:\s]*", re.IGNORECASE)
# In a fact box (a list item or a table row: "- **Date:** 14 October 2025", "| Date | 8 March
# 2026 |") a date is a labelled value, the date of the event, unless the label says the
# article was published or updated.
_FACT_ROW = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*•+][ \t]+|\|)")
_FACT_PUBLISHED = re.compile(r"(?i)\b(?:published|updated|posted)\b")


@lru_cache(maxsize=4)  # the scan asks for the article's date, then extraction asks again
@dataclass(frozen=True, slots=True)
class DateLine:
    """What an article's first lines say of its date: ``published`` and the ``span`` of the
    date it was read from, and a wire date line without a year as ``yearless`` (month, day,
    span) when the article dates itself by it or not at all; the year the story's own words
    gave it is then only a guess that dated articles on the same story overrule."""

    published: dt.date | None
    span: tuple[int, int] | None
    yearless: tuple[int, int, tuple[int, int]] | None


def find_published(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The article's publication date and the span of that date in the text: a date on a
    'Published/Updated/Posted/As of' line, a line that is just a date, or a wire dateline
    ("TERVASA, Sept. 9, 2024 (Agency) - ..."), among the first lines.  A fact box's labelled
    date ("- Date: 14 October 2025") is the event's, not the article's.  A wire dateline
    without a year ("DRAVIK, March 6 (Agency) - ...") takes the year the story gives.  None
    when the article does not say."""
    line = read_date_line(text)
    return (line.published, line.span) if line.published and line.span else None


def read_date_line(text: str) -> DateLine:
    """The article's date as ``find_published`` reads it, and its yearless wire date line."""
    head = text[:2000].splitlines(keepends=True)[:10]
    offset = 0
    candidates: list[tuple[int, dt.date, tuple[int, int]]] = []
    yearless: tuple[int, int, tuple[int, int]] | None = None
    for line in head:
        found = find_dates(line, 0, len(line), None, notes=True)
        dates = [d for d in found if d.granularity == "day" and d.low]
        fact_row = _FACT_ROW.match(line) is not None
        wire = _WIRE_DATELINE.match(line) is not None and not fact_row
        if not dates and wire:
            # "DRAVIK, March 6 (Agency) - ": the day the line opens with, with no year
            first = next((d for d in found if d.granularity == "day" and d.value.startswith("--") and d.start < 60), None)
            if first is not None:
                month, day = int(first.value[2:4]), int(first.value[5:7])
                yearless = yearless or (month, day, (offset + first.start, offset + first.end))
                story = find_dates(text, 0, len(text), None)
                year = _story_year(story, text, month, day)
                if year is not None and not _fits_lead_weekday(line, year, month, day):
                    year = None  # the year the story names most is an earlier one ("the October 2031 round")
                floor = _latest_told_day(story, text)
                if year is not None and floor is not None and _before_by_a_year(_iso(year, month, day), floor):
                    # "the census, taken on April 22, 2029": the story is not from years before
                    # it (a date weeks ahead, "takes office on Nov. 1", is the story's own)
                    year = None
                year = (year or _year_after_told_day(line, floor, month, day) or _weekday_year(text, line, month, day)
                        or _named_year_on_weekday(text, line, month, day) or _first_year_on_weekday(text, line, month, day))
                day_iso = _iso(year, month, day) if year else None
                if day_iso:
                    candidates.append((1, dt.date.fromisoformat(day_iso), (offset + first.start, offset + first.end)))
        if dates:
            first = dates[0]
            keyword = _FACT_PUBLISHED.search(line) if fact_row else _PUBLISHED_LINE.search(line)
            # The dates go first: the noise words include weekdays, and "Monday 20 July 2026"
            # must still be found whole.
            rest = line
            for d in dates:
                rest = rest.replace(line[d.start:d.end], "")
            rest = _DATE_LINE_NOISE.sub("", rest)
            wire = (wire or _release_dateline(line, first)) and first.start < 60
            words = len(re.findall(r"[A-Za-z]{2,}", rest))
            if words > 15:
                keyword = None  # "The authority has published its annual report ... on 1 April 2031": prose
            short = ((words <= 6 or _BYLINE_START.match(line) is not None) and len(line) <= 120
                     or _is_date_segment_line(line, line[first.start:first.end])) and not fact_row
            if keyword or wire or short:
                rank = 0 if keyword else 1 if wire else 2
                candidates.append((rank, dt.date.fromisoformat(first.low),  # type: ignore[arg-type]
                                   (offset + first.start, offset + first.end)))
        offset += len(line)
    if not candidates:
        return DateLine(None, None, yearless)
    candidates.sort(key=lambda c: c[0])
    _rank, published, span = candidates[0]
    return DateLine(published, span, yearless if yearless and yearless[2] == span else None)


# A blog's or newsletter's line of parts, one of them the date: "*Firewatch Notes · Saturday 16
# April 2033 · filed under: seasons, reviews*", "*Isle Brief — 15 October 2032 — 5 min read*".
# In a line set in italics, the parts may also be sentences or a comma's ("*The Flock Report, 19
# February 2032. Filed under: Animal health*").
_SEGMENT_SPLIT = re.compile(r"\s+[·|—–-]\s+")
_EMPHASIS_SEGMENT_SPLIT = re.compile(r"\s+[·|—–-]\s+|[.,;]\s+")
_EMPHASIS_LINE = re.compile(r"^\s*([*_])(?!\s).*\S\1?\s*$")  # not a "* " bullet; the closing mark may be lost
_WEEKDAY_PREFIX = re.compile(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+")


def _is_date_segment_line(line: str, date_text: str) -> bool:
    """Is the date one segment of a line of segments ("*Rail Notes · a newsletter · Monday,
    December 8, 2031*")?  An emphasised line may also part at commas, unless the date has one."""
    date = _WEEKDAY_PREFIX.sub("", date_text)
    splits = (_EMPHASIS_SEGMENT_SPLIT, _SEGMENT_SPLIT) if _EMPHASIS_LINE.match(line) else (_SEGMENT_SPLIT,)
    for split in splits:
        parts = split.split(line.strip(" \t*_\r\n"))
        if len(parts) >= 2 and len(line) <= 200 and any(_WEEKDAY_PREFIX.sub("", part.strip(" ,")) == date for part in parts):
            return True
    return False


# A byline with the date: "By Fionnuala Harcastle, Golf Correspondent | The Corrowen Herald |
# Monday 17 July 2034".
_BYLINE_START = re.compile(r"[ \t*_]*By\s+[A-Z][\w'’.-]+\s+[A-Z]")


# How far apart a yearless date line and a dated article on the same story may be, in days,
# and how many recurring names (extract.article_topic) they must share to be on one story.
STORY_DAY_SLACK = 3
STORY_SHARED_NAMES = 2


def years_from_siblings(yearless: list[tuple[str, Sequence[str]]], dated: list[tuple[str, Sequence[str]]]
                        ) -> list[dt.date | None]:
    """The date of each yearless date line (its day as '--MM-DD' or a date with it, recurring
    names) from the dated articles (ISO date, recurring names) on its story, those sharing
    STORY_SHARED_NAMES names, published within STORY_DAY_SLACK days of that day in some year:
    the one year they agree on, else None.  Another outlet's article on one event is dated days
    from it, not years; a year guessed from the story's own words can be decades off (a record
    "set in 1998" that the story keeps naming)."""
    by_name: dict[str, list[int]] = {}
    for index, (_published, topic) in enumerate(dated):
        for name in set(topic):
            by_name.setdefault(name, []).append(index)
    out: list[dt.date | None] = []
    for day, topic in yearless:
        month, day_of_month = int(day[-5:-3]), int(day[-2:])
        shared = Counter(i for name in set(topic) for i in by_name.get(name, ()))
        years = {year for i, n in shared.items() if n >= STORY_SHARED_NAMES
                 for year in _years_near(dt.date.fromisoformat(dated[i][0]), month, day_of_month)}
        if not years:
            # A wire names fewer people than a feature: one shared name will do when every
            # article that shares it, dated within the slack, agrees on the year.
            years = {year for i in shared
                     for year in _years_near(dt.date.fromisoformat(dated[i][0]), month, day_of_month)}
        if len(years) > 1:
            years = _leading_year(topic, by_name, dated, month, day_of_month)
        out.append(dt.date(years.pop(), month, day_of_month) if len(years) == 1 else None)
    return out


# How far the year of the closest story must lead the next year's to be taken (_leading_year).
STORY_YEAR_LEAD = 1.2


def _leading_year(topic: Sequence[str], by_name: dict[str, list[int]], dated: list[tuple[str, Sequence[str]]],
                  month: int, day: int) -> set[int]:
    """When dated articles near the day disagree on the year (a corpus of many stories shares
    a town or an agency between them), the year of the article sharing the names the yearless
    one leads with: each shared name counts by its rank in ``topic`` (1, 1/2, 1/3, ...), and the
    best article's year must lead every other year's best by STORY_YEAR_LEAD."""
    score: Counter[int] = Counter()
    for rank, name in enumerate(topic):
        for i in by_name.get(name, ()):
            score[i] += 1 / (rank + 1)
    best: dict[int, float] = {}
    for i, points in score.items():
        for year in _years_near(dt.date.fromisoformat(dated[i][0]), month, day):
            best[year] = max(best.get(year, 0.0), points)
    ranked = sorted(best.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < STORY_YEAR_LEAD * ranked[1]):
        return set()
    return {year for year, points in best.items() if points == ranked[0]}


def _years_near(published: dt.date, month: int, day: int) -> list[int]:
    """The years that put month/day within STORY_DAY_SLACK days of ``published``."""
    years = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            if abs((dt.date(year, month, day) - published).days) <= STORY_DAY_SLACK:
                years.append(year)
        except ValueError:
            continue  # 29 February
    return years


def _latest_told_day(story: list[RawDate], text: str) -> str | None:
    """The latest full date the story tells as past (not "will open on May 1, 2031", not "by"),
    as ISO: a yearless date line cannot be earlier."""
    told = []
    for d in story:
        if d.granularity != "day" or not d.value[:4].isdigit():
            continue
        clause = _clause_before(text, d.start)
        if not (_YEAR_AHEAD.search(clause) or _BY_YEAR.search(clause) or _DUE.search(clause)):
            told.append(d.value)
    return max(told, default=None)


_CLOCK_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|IST|JST|AEST|hrs\b|hours\b|local\s+time)")
_DUE = re.compile(r"(?i)\b(?:due|scheduled|set|until|till|from)\b")


def _before_by_a_year(day: str | None, later: str) -> bool:
    return day is not None and (dt.date.fromisoformat(later) - dt.date.fromisoformat(day)).days > 366


def _year_after_told_day(line: str, floor: str | None, month: int, day: int) -> int | None:
    """The year of a yearless date line from the story's latest past full date: that year or
    the next, whichever is not before it and puts the date line on the weekday the lead tells
    the news on (results of a census taken on April 22, 2029, told "Sept 10" on a Tuesday:
    2030).  None when the lead names no weekday."""
    if floor is None or not (_REPORTED_ON.search(line) or _DECIDED_ON.search(line)):
        return None
    first = int(floor[:4])
    fits = [y for y in (first, first + 1)
            if (_iso(y, month, day) or "") >= floor and _fits_lead_weekday(line, y, month, day)]
    return fits[0] if len(fits) == 1 else None


def _fits_lead_weekday(line: str, year: int, month: int, day: int) -> bool:
    """Whether a year puts a yearless dateline on the weekday its lead tells the news on (true
    when the lead names no weekday)."""
    said = _REPORTED_ON.search(line) or _DECIDED_ON.search(line)  # (an event "on Sunday" may precede the day)
    if said is None or not _iso(year, month, day):
        return True
    return dt.date(year, month, day).weekday() == list(calendar.day_name).index(said.group("wd") or said.group("wd2"))


def _story_year(story: list[RawDate], text: str, month: int, day: int) -> int | None:
    """The year of a yearless dateline, from the story: a full date on the same day ("on March
    6, 2025"), else the one year the story names most often, if it names it at least twice."""
    counts: dict[int, int] = {}
    near: set[int] = set()
    for d in story:
        if not d.value[:4].isdigit():
            continue
        year = int(d.value[:4])
        if d.granularity == "day" and d.value[5:] == f"{month:02d}-{day:02d}":
            return year
        if (d.granularity == "day" and _within_days(d.value, year, month, day, _NEAR_DATELINE_DAYS)
                and not _NEXT_YEAR.search(_clause_before(text, d.start))):
            # "takes office on Nov. 1, 2026" under "Oct 5": the story's own weeks; not "Next
            # year's edition will be played on July 12-15, 2035" under "July 16"
            near.add(year)
        if _YEAR_AHEAD.search(_clause_before(text, d.start)):
            continue  # "will launch in January 2027": a year the story looks ahead to is not its own
        if d.granularity in ("day", "month", "year"):
            counts[year] = counts.get(year, 0) + 1
    if len(near) == 1:
        return near.pop()
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


_NEXT_YEAR = re.compile(r"(?i)\bnext\s+year\b")
# How far from a yearless date line a full date may lie and still give the story's year.
_NEAR_DATELINE_DAYS = 62


def _within_days(value: str, year: int, month: int, day: int, days: int) -> bool:
    """Is the ISO day ``value`` within ``days`` of ``month``/``day`` in ``year``?"""
    anchor = _iso(year, month, day)
    if anchor is None:
        return False
    return abs((dt.date.fromisoformat(value) - dt.date.fromisoformat(anchor)).days) <= days


# The lead's report of when something was said or published: a wire story's date line is that day.
_REPORTED_ON = re.compile(
    rf"\b(?:said|says|announced|reported|published|released|confirmed|told\s+\w+)\s+(?:on\s+)?(?P<wd>{_WEEKDAY})\b")
# A decision the lead reports for a weekday: "Quillon agreed on Monday to buy Brightmoor",
# "the board voted on Tuesday to strike": a wire story's date line is that day too.
_DECIDED_ON = re.compile(rf"\b[a-z]{{3,}}ed\s+(?:on\s+)?(?P<wd>{_WEEKDAY})\s+to\s+[a-z]+\b"
                         # "The agency on Tuesday approved the vaccine": the lead's news, told that day
                         rf"|\bon\s+(?P<wd2>{_WEEKDAY})\s+(?!been\b)[a-z]{{3,}}ed\b")
# Words that put a year ahead of the story ("by 2030", "would rise ... in 2027", "its 2030 goal").
_YEAR_AHEAD = re.compile(
    r"(?i)\b(?:will|would|shall|could|forecasts?|forecast(?:ing)?|expects?|expected|projects?|projected|targets?|"
    r"goals?|plans?|pledges?|pledged|promised?|aims?|outlook|scheduled|slated|"
    r"due\s+(?:to\s+(?:open|start|begin|finish|close|reopen|launch|end|be|take|arrive)\b|in|by|for))\b")
_BY_YEAR = re.compile(r"(?i)\bby\s+(?:the\s+end\s+of\s+)?$")  # "by 2030": a year ahead
_SENTENCE_BACK = re.compile(r".*(?:[.!?]\s|\n)", re.DOTALL)


def _clause_before(text: str, offset: int) -> str:
    """Up to 150 characters before ``offset``, from the start of their sentence or line."""
    back = text[max(0, offset - 150):offset]
    cut = _SENTENCE_BACK.match(back)
    return back[cut.end():] if cut else back
# Any year the story names, a comparison's base included ("up five points on the 2020 vote").
_ANY_YEAR = re.compile(r"(?<![\w.,$€£-])(?:1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)")


def _weekday_year(text: str, line: str, month: int, day: int) -> int | None:
    """The year of a yearless date line from the weekday its lead gives that day ("NOVISAD,
    Oct 7 - ... according to results published on Monday", "X agreed on Monday to buy Y") and
    the years the story brackets it with: no earlier than the latest year it tells in the past ("since 2016", "the 2020
    vote"), no later than the first it looks ahead to ("by 2030": before it).  None unless both
    bounds are given and exactly one year between them puts that day on that weekday."""
    said = _REPORTED_ON.search(line) or _DECIDED_ON.search(line)
    if said is None:
        return None
    weekday = list(calendar.day_name).index(said.groupdict().get("wd") or said.group("wd2"))
    past: list[int] = []
    ahead: list[int] = []
    for m in _ANY_YEAR.finditer(text):
        clause = _clause_before(text, m.start())
        year = int(m.group())
        if _BY_YEAR.search(clause):
            ahead.append(year - 1)
        elif _YEAR_AHEAD.search(clause):
            ahead.append(year)
        else:
            past.append(year)
    # A year 'ahead' by the words of its clause but before one told as past is not ahead ("the
    # team will stay at the ground, whose oldest stand dates from 1936").
    ahead = [y for y in ahead if past and y >= max(past)]
    if not past or not ahead:
        return None
    fits = [y for y in range(max(past), min(ahead) + 1) if _iso(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


# How many years after the story's latest past year a yearless date line may fall.
_WEEKDAY_SEARCH_YEARS = 1


def _looks_ahead(clause: str) -> bool:
    return bool(_YEAR_AHEAD.search(clause) or _BY_YEAR.search(clause))


def _first_year_on_weekday(text: str, line: str, month: int, day: int) -> int | None:
    """The year of a yearless date line as the first year, from the latest the story tells as
    past, that puts the date line on the weekday the lead says the news was told on
    ("OSKERBY, Nov 6 - ... the group said on Tuesday", a story naming 2027 and 2028 twice each:
    2029), that year or the next.  News is told soon after the years it keeps coming back to.
    None when the lead gives no such weekday or the story names its latest past year once."""
    said = _REPORTED_ON.search(line) or _DECIDED_ON.search(line)
    if said is None:
        return None
    weekday = list(calendar.day_name).index(said.groupdict().get("wd") or said.group("wd2"))
    past = [int(m.group()) for m in _ANY_YEAR.finditer(text)
            if not _looks_ahead(_clause_before(text, m.start()))]
    if not past or past.count(max(past)) < 2:
        return None  # "a derailment at Harnsey in 2019", told once, may be years before the story
    for year in range(max(past), max(past) + _WEEKDAY_SEARCH_YEARS + 1):
        if _iso(year, month, day) and dt.date(year, month, day).weekday() == weekday:
            return year
    return None


# The day a lead tells its news on: "extended the emergency on Thursday", "said Friday".
_LEAD_WEEKDAY = re.compile(rf"\b(?:on|said|says|announced|reported)\s+(?P<wd>{_WEEKDAY})\b")
# A year told as the start of a period or of records ("since 2019", "records began in 1952"):
# history, never the story's own year.
_HISTORY_YEAR = re.compile(r"(?i)\b(?:since|began|begun|founded|established|built|opened)\s+(?:in\s+)?(?:the\s+)?$")


def _named_year_on_weekday(text: str, line: str, month: int, day: int) -> int | None:
    """The year of a yearless date line that the story names itself ("the city's first
    emergency of 2031 on Thursday"): the latest year it tells in the past, not as history
    ("since 1998") nor looked ahead to, if its calendar puts the date line on the weekday the
    lead tells the news on.  None when the lead gives no weekday or that year does not fit."""
    said = _REPORTED_ON.search(line) or _LEAD_WEEKDAY.search(line)
    if said is None:
        return None
    weekday = list(calendar.day_name).index(said.group("wd"))
    told, ahead = [], set()
    for m in _ANY_YEAR.finditer(text):
        clause = _clause_before(text, m.start())
        if _YEAR_AHEAD.search(clause) or _BY_YEAR.search(clause):
            ahead.add(int(m.group()))
        elif not _HISTORY_YEAR.search(clause):
            told.append(int(m.group()))
    if not told:
        return None
    # The latest year told, or the year after it when the story forecasts for that one ("produced
    # 214,000 tonnes in 2031 ... forecast 220,000 tonnes for 2032", written in February 2032).
    candidates = [max(told)] + [max(told) + 1] * (max(told) + 1 in ahead)
    fits = [y for y in candidates if _iso(y, month, day) and dt.date(y, month, day).weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


# (a place's capitals may carry accents: "SÖLVAHÖFN, Iceland, March 18 (SNA) - ...")
_CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x180)) if c.isupper())
_WIRE_DATELINE = re.compile(rf"^[{_CAPITALS}][{_CAPITALS} .'-]{{2,}},")
# A press release's date line: "Veltrinne, 5 July 2033 - Hadrosa Motors Group today reported",
# "Esterlund, Valdrenia - 2 October 2036 - ...": a place, the date, a dash.
_RELEASE_PLACE = re.compile(r"^[ \t*_]*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:,\s*[A-Z][\w'’.-]+)?\s*(?:,|[-–—])\s*$")
# (or the agency's bracket, the Indian way: "Karanpur, Mar 4, 2033 (NSA) The mill ...")
_DASH_AFTER = re.compile(r"[ \t*_]*(?:[-–—]\s|\([A-Z][A-Za-z .&-]{1,30}\)\s)")


def _release_dateline(line: str, date: RawDate) -> bool:
    """Does ``line`` open with a place, then ``date``, then a dash or an agency's bracket?"""
    return bool(_RELEASE_PLACE.match(line[:date.start]) and _DASH_AFTER.match(line, date.end))


_DATE_LINE_NOISE = re.compile(
    r"(?i)\b(?:published|updated|posted|last\s+updated|dated?|as\s+of|as\s+at|local\s+time|on|at|gmt|utc|bst|est|edt|pst|ist|pkt|am|pm|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|by)\b|\d{1,2}[:.]\d{2}|\([^)]*\)"
)
