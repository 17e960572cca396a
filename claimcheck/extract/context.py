"""What the words around a number say about it: qualifier, role, time, attribution, subject.

Each function reads one sentence (and sometimes the one before) and is pure, so the
rules can be tested one by one.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from functools import lru_cache
from dataclasses import dataclass

from claimcheck.extract.dates import AGO_COUNTS, HELD_SINCE, MONTHS, season_bounds, years_or_months_ago
from claimcheck.models import Role

# --- qualifiers ---------------------------------------------------------------------------

# Each qualifier and what it does to the interval: approx widens both ways, almost caps the
# value from above, over/under make a one-sided bound, increment marks a non-total.
QUALIFIERS: dict[str, str] = {
    "about": "approx", "around": "approx", "approximately": "approx", "approx.": "approx",
    "roughly": "approx", "some": "approx", "an estimated": "approx", "estimated": "approx",
    "circa": "approx", "c.": "approx", "maybe": "approx", "perhaps": "approx", "possibly": "approx", "close to": "almost", "almost": "almost", "nearly": "almost",
    "just under": "almost", "approaching": "almost", "not quite": "almost", "just shy of": "almost",
    "more than": "over", "over": "over", "in excess of": "over", "above": "over",
    "exceeding": "over", "upwards of": "over", "at least": "over", "no fewer than": "over",
    "no less than": "over", "a minimum of": "over", "north of": "over", "just over": "just_over",
    "well over": "over", "well above": "over", "up to": "under", "under": "under",
    "less than": "under", "fewer than": "under", "below": "under", "at most": "under",
    "no more than": "under", "as many as": "under", "as much as": "under", "as high as": "under",
    "a maximum of": "under", "within": "under", "a further": "increment", "another": "increment",
    "an additional": "increment", "an extra": "increment", "additional": "increment",
    "a record": "record", "a record high of": "record", "an all-time high of": "record",
}
_QUALIFIER_RE = re.compile(
    r"(?<![\w-])(?P<q>" + "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True))
    + r")\s+(?:of\s+)?$",
    re.IGNORECASE,
)
# A verb before "up to" that makes it "rises to": "goes up to", "was pushed up to", "ramps up to".
_MOVED_UP = re.compile(r"(?i)\b(?:go|goes|went|gone|going|move[sd]?|moving|shot|shoots?|push(?:es|ed)?|ramp(?:s|ed)?|"
                       r"climb(?:s|ed)?|jump(?:s|ed)?|bump(?:s|ed)?|step(?:s|ped)?|scaled?|scales|revised|marked)\s+$")
_BETWEEN_RE = re.compile(r"(?<![\w-])(?:between|from)\s+$", re.IGNORECASE)
_POST_QUALIFIER = re.compile(r"^(?:\s+or\s+more|\s*-?plus|\+)\b", re.IGNORECASE)
# "6,800 MW of new wind and solar", "additions of 6.8 GW": what was added, not the total.
_POST_INCREMENT = re.compile(r"^\s+(?:of\s+)?(?:new|additional|extra|more)\b", re.IGNORECASE)
# "up from 97 in 2020", "(previously 431.2 mln t)", "compared with 58.1%": the base of a comparison.
_PRIOR = re.compile(r"(?i)(?:\b(?:up|down|rising|falling|rose|fell|increased|decreased|dropped|climbed)\s+from|"
                    r"\bfrom|\bpreviously|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s+$")
_CEILING_BEFORE = re.compile(r"(?i)\b(?:ris(?:e|es|ing)|could\s+(?:rise|reach)|potentially)\s+to\s+$")
_CEILING_AFTER = re.compile(r"(?i)^\s*(?:with|including|in|if)\s+(?:\w+\s+)?(?:add-ons|bonuses|incentives|"
                            r"performance|variables|clauses|earn-outs?|milestones)")
_PRE_INCREMENT = re.compile(r"(?i)\b(?:additions?|added|adding|installed|new)\s+(?:of\s+)?(?:\w+\s+)?$"
                            r"|\bplus\s+(?:up\s+to\s+|as\s+much\s+as\s+|a\s+further\s+|another\s+|an?\s+)?$")


_SPAN_AFTER = re.compile(r"(?i)(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?|decades?|hours?|phases?|stages?|instal?lments?|seasons?)\b")
# Before "over", words after which it means "more than" ("for over 30 years", "in over a decade").
_OVER_MEANS_MORE = frozenset("for in of than after within took taken takes taking lasted lasting spent spanning "
                             "spans span is was were are be been and or but".split())


def _over_a_span(text: str, sentence_start: int, start: int, end: int, match: re.Match[str]) -> bool:
    """Is this "over" the preposition of a span ("recorded over five months"), not a bound?"""
    if match.group("q").lower() != "over" or not _SPAN_AFTER.match(text, start, min(len(text), end + 12)):
        return False
    over_at = start - len(match.group())
    before = re.search(r"([\w$€£%.,-]+)\s*$", text[max(sentence_start, over_at - 30):over_at])
    return before is not None and before.group(1).lower() not in _OVER_MEANS_MORE


def _approximation(written: str) -> float:
    """How far "about"/"almost" may stray, as a share of the figure: a tenth for a round figure
    ("about 120,000", "almost five hundred", "nearly 15 hours"), less for one written to three
    or more significant digits ("some 121,000", "about $1.06bn"), whose writer knew it closely."""
    number = _WRITTEN_NUMBER.search(written)
    digits = number.group().replace(",", "").replace(".", "").strip("0") if number else ""
    return 0.03 if len(digits) >= 3 else 0.1


_WRITTEN_NUMBER = re.compile(r"\d[\d,.]*")


@dataclass(slots=True)
class Qualified:
    qualifier: str | None
    start: int  # where the qualifier starts (the claim span then starts there)
    end: int
    low: float | None
    high: float | None
    role: Role


# A sentence that opens on "Another 47 people were missing" (after "19 died"), "Another 18
# workers escaped": the next group of a list, a level of its own; not when it is more of
# the same to come ("Another 135,000 parcels are due next week").
_ANOTHER_GROUP = re.compile(r"[\s\"'“‘(*_-]*another\s+", re.IGNORECASE)
_MORE_TO_COME = re.compile(r"(?i)\b(?:will|would|due|expected|arriv\w*|next|planned|scheduled|to\s+be|more|further|added|"
                           r"delivered|ordered|pledged|promised|follow\w*)\b")


_CLAUSE_STOP = re.compile(r"[.;:!?\n]")
_WORDS_AFTER = re.compile(r"(?:\s+[a-z]+){1,2}")  # the counted noun, maybe after an adjective


def _another_group(text: str, sentence_start: int, end: int) -> bool:
    """Is the "Another N" opening this sentence a new group rather than more of what the text
    just counted?  More is to come ("are due next week"), or the counted noun was already
    counted in the lines before ("... three in five of the airport's flights. Another 87 flights
    were scrapped today"): an increment."""
    stop = _CLAUSE_STOP.search(text, end)
    if _MORE_TO_COME.search(text, end, stop.start() if stop else len(text)):
        return False
    words = _WORDS_AFTER.match(text, end)
    before = text[max(0, sentence_start - 300):sentence_start]
    return words is None or not any(
        re.search(rf"(?i)\b{re.escape(word[:-1] if word.endswith('s') else word)}", before)
        for word in words.group().split() if len(word) > 2 and word not in STOPWORDS)


_CONVERSION_SLACK = 0.02


def apply_qualifier(text: str, sentence_start: int, start: int, end: int, value: float, low: float, high: float,
                    non_negative: bool, is_range: bool = False) -> Qualified:
    """Read the qualifier before a quantity and widen its rounding interval accordingly.

    >>> q = apply_qualifier("trade was almost $250m", 0, 17, 22, 250e6, 245e6, 255e6, True)
    >>> (q.qualifier, q.low, q.high)
    ('almost', 225000000.0, 250000000.0)
    """
    head = text[max(sentence_start, start - 40):start]
    match = _QUALIFIER_RE.search(head)
    role = Role.level
    qualifier: str | None = None
    new_low: float | None = low
    new_high: float | None = high
    span_start = start
    span_end = end
    if is_range and _BETWEEN_RE.search(head):
        span_start = start - len(_BETWEEN_RE.search(head).group())  # type: ignore[union-attr]
    elif match and _over_a_span(text, sentence_start, start, end, match):
        pass  # "phased out over seven years", "$650mn over 30 years": across a span, not more than
    elif match and match.group("q").lower().startswith("up") and _MOVED_UP.search(head, 0, match.start()):
        pass  # "the pension goes up to €310": the level reached, not a ceiling
    elif match:
        qualifier = re.sub(r"\s+", " ", match.group("q").lower())
        effect = QUALIFIERS[qualifier]
        span_start = start - len(match.group())
        margin = abs(value) * _approximation(text[start:end])
        # "up to 40mph (65km/h)": the bound is the outlet's in either unit, and a conversion is
        # rounded (40 mph is 64.4 km/h): the bound reaches as far as the conversion's rounding
        # allows, by at most _CONVERSION_SLACK (its 65 km/h is not over the bound)
        converted = "(" in text[start:end]
        if effect == "approx":
            new_low, new_high = min(low, value - margin), max(high, value + margin)
        elif effect == "almost":
            new_low, new_high = value - margin, value
        elif effect == "over":
            new_low, new_high = (min(value, max(low, value * (1 - _CONVERSION_SLACK))) if converted else value), None
        elif effect == "just_over":
            new_low, new_high = value, value + margin
        elif effect == "under" and is_range:
            pass  # "within 5 to 7 days", "up to 40-50 mph": the stated range is the bound
        elif effect == "under":
            new_low, new_high = (0.0 if non_negative else None), (
                max(value, min(high, value * (1 + _CONVERSION_SLACK))) if converted else value)
        elif effect == "increment" and not (_ANOTHER_GROUP.fullmatch(text, sentence_start, span_start + len(match.group()))
                                            and _another_group(text, sentence_start, end)):
            role = Role.increment
        if qualifier in ("a record", "a record high of", "an all-time high of"):
            span_start = start
    if role is Role.level and (_POST_INCREMENT.match(text[end:end + 20]) or _PRE_INCREMENT.search(head[-25:])):
        role = Role.increment
    if role is Role.level and _PRIOR.search(text[max(sentence_start, span_start - 30):span_start]):
        role = Role.prior
    if (qualifier is None and _CEILING_AFTER.match(text[end:end + 40])
            and _CEILING_BEFORE.search(text[max(sentence_start, start - 30):start])):
        # "rising to £65m with add-ons": the most it can reach, like "up to £65m"
        qualifier, new_low, new_high = "rising to", (0.0 if non_negative else None), value
    post = _POST_QUALIFIER.match(text[end:end + 10])
    if post and qualifier is None:
        qualifier = "or more"
        new_low, new_high = value, None
        span_end = end + post.end()
    return Qualified(qualifier, span_start, span_end, new_low, new_high, role)


# --- role: level or change ------------------------------------------------------------------

# Headline verbs are in the present: "SHARES SLIDE 8%", "exports rises 4%".
_UP = r"(?<!clocked\s)(?<!racked\s)(?<!chalked\s)(?<!notched\s)(?<!piled\s)(?<!signed\s)(?<!ended\s)(?<!totted\s)(?<!added\s)(?<!summed\s)(?<!picked\s)(?<!clocks\s)(?<!racks\s)(?<!run\s)(?<!ran\s)(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|rose|risen|rise|rises|rising|increased?|increasing|grew|grown|growth|climbed|climbs|jumped|jumps|jump|gained?|surged|surges|soared|soars|expanded|higher|more|hike|boost"
# "brought down 26 pylons", "sent down 19 aces", "set down 2.3 km from the target": a
# phrasal verb's particle, not a fall ("closed down 4.8%" still is one).
_PHRASAL_DOWN = "".join(rf"(?<!{verb}\s)" for verb in (
    "brought bring brings bringing shut shuts shutting sent send sends set sets laid lay lays let lets "
    "pulled pull pulls tore torn knocked hunted tracked put puts handed poured chopped felled shot wrote "
    "cut").split())
_DOWN = _PHRASAL_DOWN + r"down|fell|fallen|fall|falls|falling|decreased?|declined?|declines|dropped|drop|drops|slipped|slips|slid|slides?|sinks?|sank|dips|dipped|plunged|plunges?|plummeted|plummets?|tumbled|tumbles?|slumped|slumps?|shrank|shrunk|shrinks?|contracted|lost|lose|loses|losing|loss|lower|less|cut|reduction|reduced|decline"
_CHANGE_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?:\s+(?:by|of))?\s+(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over|just\s+over|an?\s+estimated|as\s+much\s+as|at\s+least|between)\s+)?$",
    re.IGNORECASE,
)
# A list item or label naming a change: "- **Planned drop:** 12 metres", "Rise: 14%".
_CHANGE_LABEL = re.compile(
    r"(?i)(?<![a-z])(?:(?P<up>rise|increase|growth|gain|hike)|(?P<down>fall|drop|decline|decrease|reduction|cut))"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over|up\s+to)\s+)?$")
_CHANGE_AFTER = re.compile(
    r"^\s*(?:(?:year-on-year|year-over-year|y/y|yoy|annual|quarter-on-quarter|month-on-month|on-year|sequential)\s+)?"
    r"(?:(?P<up>increase|rise|growth|jump|gain|hike|surge|higher|more|up(?![\s-]+front|\s+(?:the|a|an|its|their|this|that)\b))|(?P<down>decrease|fall|decline|drop|reduction|cut|lower|less|loss|slump|contraction|"
    # "down 4%" is a fall; "crept 6 km down the valley" (or "up the valley") a direction
    r"down(?!\s+(?:the|a|an|its|their|this|that|to\s+the)\b)))\b",
    re.IGNORECASE,
)
# A verb that changes its object, the object between: "cut its fuel bills by 3%", "raise the
# levy for small firms by 2 points"; with a percentage, "by" may be left out ("cut
# emissions 55 per cent").
_VERB_OBJECT_BY = re.compile(
    r"(?i)\b(?:(?P<up>raise[sd]?|raising|increase[sd]?|increasing|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?)"
    r"|(?P<down>cut|cuts|cutting|reduce[sd]?|reducing|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?))"
    r"(?P<object>(?:\s+(?!by\b)[a-z][\w’'-]*){1,8}?)\s+(?P<by>by\s+)?(?:(?:almost|nearly|about|around|some|roughly)\s+)?$"
)
# A percentage above or below a reference is a signed difference: "40% below the 1990 level".
_RELATIVE_AFTER = re.compile(r"(?i)^\s*(?:(?P<up>above)|(?P<down>below))\b")
# "2.5C above normal", "30 mm below the long-term average": a departure from a norm.
_NORMAL_AFTER = re.compile(r"(?i)\s*(?:above|below)\s+(?:the\s+)?(?:\S+\s+)?(?:normal|average|norm|mean|usual)\b")
_PERCENT_SPAN = re.compile(r"(?i)%|\bper\s?cent|\bpercent|\bpct\b|\bpoints?\b")
# "fell three seats short of a majority": a shortfall, not a fall.
_SHORT_OF = re.compile(r"(?i)^\s+(?:[a-z]+\s+){0,2}short\s+of\b")


# "a lead of 725,000 votes", "nine months late", "three seats short of a majority", "two
# points behind": the gap between two figures, not a figure of its own.
_DIFFERENCE_BEFORE = re.compile(
    # (not a firm's "operating margin of 25.1 per cent": a ratio of its own)
    r"(?i)\b(?:lead|(?<!operating\s)(?<!profit\s)(?<!gross\s)(?<!net\s)(?<!ebitda\s)(?<!ebit\s)(?<!interest\s)margin|gap|difference)(?:\s+(?:over|between|on)\s+(?:[\w'’]+\s+){0,3}?)?\s*"
    r"(?:was|is|of|at|stood\s+at|narrowed\s+to|widened\s+to)\s+$"
    r"|\b(?:delayed|late)\s+by\s+$|\bdelay\s+of\s+$"
    # "Brask won by 15,600 votes", "lost by two seats": a winning margin
    r"|\b(?:won|wins|win|winning|lost|loses|lose|losing|beat|beaten|leads|led|trails|trailed)\s+by\s+$"
)
_DIFFERENCE_AFTER = re.compile(
    r"(?i)^\s*(?:(?!(?:and|or|but|who|which|that|were|was|are|is|have|had|has|in|on|at|by|for|from|with|during)\b)[a-z]+\s+)?"
    r"(?:ahead\s+of|behind|short\s+of|clear\s+of|late\b|early\b|overdue|above\s+(?:the|its|their|his|her|a|an)\b|"
    r"later\s+than|earlier\s+than|off\s+the|left\b(?=\s*(?:[,.;:!?)]|$|\s(?:to|in|until|before|of|on\s+the\s+clock|over|unspent|standing|untouched|alive|open|and|or|but|when|as)\b))|"
    r"remaining\b|still\s+to\s+(?:go|play|come)|(?<!jobs\s)(?<!roles\s)(?<!posts\s)(?<!positions\s)to\s+go\b)"
)
# "4,500 more seats than Fellgate Road", "9,000 fewer than the Northway Arena": a gap.  (Not a
# percent: "15% less than in 2020" is a signed change, read by read_role.)
_COMPARATIVE_AFTER = re.compile(
    r"(?i)^\s*(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater|longer|shorter)\s+(?:[a-z-]+\s+)?than\b")


# What a gap is measured against: "3 m above the previous record", "above its rated limit".
_COMPARED_LEVEL = re.compile(r"(?i)\s*(?:[\w'’-]+\s+){0,2}?(?:record|average|normal|norm|mean|mark|limit|target|level|"
                             r"forecast|estimate|previous|prior|peak|threshold|maximum|minimum)\b")


_TOOK_BEFORE = re.compile(r"(?i)\b(?:took|take|takes|taking|needed|needs|lasted)\s+(?:(?:just|only|barely|almost|nearly|about|some|under|over)\s+)?$")


def is_difference(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Is the quantity a gap between two others ("a lead of 725,000 votes", "nine months late")?

    >>> is_difference("the build ran nine months late", 0, 14, 25)
    True
    >>> is_difference("the bridge is 2.4 km long", 0, 14, 20)
    False
    """
    if _TAKE_OFF_BEFORE.search(text, max(sentence_start, start - 30), start) and _OFF_AFTER.match(text, end, end + 6):
        return False  # "wiped $2bn off the company's value": a fall, not "two shots off the lead"
    if _TOOK_BEFORE.search(text, max(sentence_start, start - 25), start) and re.match(r"\s+to\s+go\b", text[end:end + 8]):
        return False  # "the tickets took 58 minutes to go": how long it lasted, not time left
    after = _DIFFERENCE_AFTER.match(text[end:end + 30])
    if (after and after.group().split()[-1].lower() in ("the", "its", "their", "his", "her", "a", "an")
            and _HEIGHT_SPAN.search(text, start, end)
            and not _COMPARED_LEVEL.match(text, end + after.end(), end + after.end() + 40)):
        after = None  # "flew to 9,000 metres above the plain": a height above a place, not a gap
    return bool(_DIFFERENCE_BEFORE.search(text[max(sentence_start, start - 60):start])
                or after
                or (_COMPARATIVE_AFTER.match(text[end:end + 30]) and not _PERCENT_SPAN.search(text, start, end)))


# "an 18% revenue jump", "a 5% sales decline": the change noun after the measure's noun.
_CHANGE_NOUN_AFTER = re.compile(
    r"(?i)^\s*(?!of\b|in\b|on\b|to\b|for\b|from\b|and\b|or\b)[a-z][a-z-]*\s+"
    r"(?:(?P<up>increase|rise|growth|jump|gain|hike|surge)|(?P<down>decrease|fall|decline|drop|reduction|cut|slump|contraction))\b"
)


# "shave 0.2 pct off", "wiped $2bn off", "knocked 3 points off": a fall of that much.
_TAKE_OFF_BEFORE = re.compile(
    r"(?i)\b(?:shave[sd]?|shaving|knock(?:s|ed|ing)?|wipe[sd]?|wiping|take[sn]?|took|taking|lop(?:s|ped|ping)?|"
    r"slice[sd]?|slicing)\s+(?:(?:almost|nearly|about|around|some|roughly|more\s+than|over|up\s+to|as\s+much\s+as)\s+)?$")
_OFF_AFTER = re.compile(r"\s+off\b")

# "trapping 17 more about 1,300 feet underground": "more" belongs to the 17 before it.
# What a storm drops is what falls from the sky, no fall of a level: "dropped 61 mm (2.4 in)
# of rain", "the front dropped 40 cm of fresh snow".
_PRECIPITATION_AFTER = re.compile(r"(?i)\s*(?:\([^()]{1,25}\)\s*)?of\s+(?:[a-z]+\s+){0,2}?"
                                  r"(?:rain|rainfall|snow|snowfall|hail|sleet|ash)\b")
_COUNTED_MORE = re.compile(r"(?i)(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand))\s+(?:more|less|fewer)$")


_EMPHASIS = re.compile(r"\*\*|__")
_HEIGHT_SPAN = re.compile(r"(?i)(?:\d|\b)(?:m|metres?|meters?|ft|feet|foot|km|kilometres?|kilometers?|miles?)\)?$")


def read_role(text: str, sentence_start: int, start: int, end: int, minus_is_change: bool = True) -> tuple[bool, int]:
    """Whether the quantity is a change ("up 31%", "a 32 per cent increase") and its sign.

    A written minus makes a change unless the caller says it is a level below zero
    (minus_is_change=False: "-14 °C" is a cold night, not a fall of 14 degrees).
    """
    # (Markdown emphasis is no word: "goes up by **6.8%**", "up **32%** on a year earlier".)
    head = _EMPHASIS.sub("", text[max(sentence_start, start - 34):start])[-30:]
    if (minus_is_change and text[start:start + 1] in "-−") or head.endswith("+"):
        return True, 1  # "+14% y/y", "-11% to 98 mln t": the sign is written (and already in the value)
    if _SHORT_OF.match(text[end:end + 40]):
        return False, 1
    label = _CHANGE_LABEL.search(head)
    if label:
        return True, -1 if label.group("down") else 1
    before = _CHANGE_BEFORE.search(head)
    if before and before.group("down") and _PRECIPITATION_AFTER.match(text, end, end + 60):
        before = None
    if before and not _COUNTED_MORE.search(head, 0, before.start() + len(before.group().split()[0])):
        return True, -1 if before.group("down") else 1
    after = _CHANGE_AFTER.match(text[end:end + 25]) or _CHANGE_NOUN_AFTER.match(text[end:end + 40])
    if (after and _HEIGHT_SPAN.search(text, start, end) and after.group().strip().lower() in ("up", "down")
            and not re.match(r"\s+(?:on(?!\s+the\b)|from|compared|against|year)\b", text[end + after.end():end + after.end() + 12])):
        after = None  # "sheltering 2,600 metres up", "a wreck 45 m down": where, not a change
    if after:
        return True, -1 if after.group("down") else 1
    if _OFF_AFTER.match(text, end, end + 6) and _TAKE_OFF_BEFORE.search(text, max(sentence_start, start - 30), start):
        return True, -1  # "could shave 0.2 pct off GDP", "wiped $2bn off its value"
    relative = _RELATIVE_AFTER.match(text[end:end + 10])
    if relative and (_PERCENT_SPAN.search(text, start, end) or _NORMAL_AFTER.match(text, end, end + 40)):
        return True, -1 if relative.group("down") else 1
    verb = _VERB_OBJECT_BY.search(text, max(sentence_start, start - 80), start)
    if verb and (verb.group("by") or (len(verb.group("object").split()) <= 2 and _PERCENT_SPAN.search(text, start, end))):
        return True, -1 if verb.group("down") else 1
    return False, 1


# --- time the claim refers to ---------------------------------------------------------------

_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_TIME_RE = re.compile(
    rf"""(?<![\w-])(?P<prep>in|during|for|by(?:\s+the\s+end\s+of)?|as\s+of|as\s+at|since|through(?:out)?|until|at\s+the\s+end\s+of|over|from)?\s*
    (?:the\s+)?(?:
        (?:(?:first|second|third|fourth|final)\s+)?quarter\s+(?:ended|ending|to|through)\s+
            (?:(?P<qed>\d{{1,2}})\s+)?(?P<qem>{_MONTHS})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<qey>(?:19|20)\d\d))?
      | (?P<qm1>{_MONTHS})\s*[-–]\s*(?P<qm2>{_MONTHS})\s+quarter
      | (?P<h>first|second)\s+half\s+of\s+(?:the\s+year|(?:fiscal\s+)?(?P<hy>(?:19|20)\d\d))
      | (?-i:H)(?P<hn>[12])(?:\s+(?P<hy2>(?:19|20)\d\d))?
      | (?P<q>first|second|third|fourth|final)[\s-]quarter(?:\s+of\s+(?:fiscal\s+)?(?P<qy>(?:19|20)\d\d))?
      | Q(?P<qn>[1-4])\s*(?P<qny>(?:19|20)\d\d)?
      | (?P<rfy>last|previous|past|current|this|next)\s+(?:fiscal|financial)\s+year
      | (?:fiscal|financial)\s+(?:year\s+)?(?P<fy>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<fy2>\d\d))?
      | FY\s?(?P<fys>(?:19|20)?\d\d)
      | (?P<ry>last|this|next|previous|past)\s+year
      | (?P<rq>last|previous|this)\s+quarter
      | (?P<mon>{_MONTHS})\s+(?P<my>(?:19|20)\d\d)
      | (?P<y>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<y2>\d\d))?
    )(?![\w%,]*\d)(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)


_WHEN_AFTER_PERIOD = re.compile(r",?\s+when\b")
# A sentence opening on "From <time>," ("From January 2034, the minimum pension will be ..."):
# the time the figures hold from, not the base of a change.
_FRONTED_FROM_END = re.compile(r"\s*,")


@dataclass(slots=True)
class TimeRef:
    start: int
    end: int
    label: str  # normalised, or the phrase as written when it cannot be resolved
    low: str | None  # ISO date bounds, None when unresolved
    high: str | None
    target: bool
    # The base of a comparison that a when-clause goes on to date ("rose 1.1 pct from the first
    # quarter, when the average stood at EUR 284,300"): the time of figures after it only.
    base_of_when: bool = False


_SAID_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told\s+\w+|announced|reported|stated|confirmed|added|wrote|tweeted|warned)\s*$"
)
_DAY_SCOPE = re.compile(
    r"(?<![\w-])(?P<prep>(?i:on|as\s+of|as\s+at|by|since|until|through)|From)\s+(?:the\s+)?(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<md>(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\s+\d{1,2}(?!\d)(?:,?\s+\d{4})?"
    r"|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?))"
)


_COMPARISON_BASE = re.compile(
    r"(?i)\b(?:on|than|vs\.?|versus|against|compared\s+(?:with|to)|from|below|above|over)\s+(?:(?:in|the|its)\s+)?$"
    # "seven per cent less than in the same quarter last year": the base's period
    r"|\b(?:than|from|on|with)\s+(?:in\s+)?the\s+same\s+(?:quarter|month|period|week|half|season|time)\s+(?:of\s+)?$"
    # "up from 97 in 2020": the year of the earlier value, not of the claim
    r"|\b(?:from|previously|compared\s+(?:with|to)|versus|vs\.?|against)\s+[\d.,]+\s*%?\s*(?:[a-z]+\s+){0,2}(?:in\s+)?$"
)


_BRACKETED_YEAR = re.compile(r"\((?:19|20)\d\d\)")


# "Earnings for July-September", "sales in October–December 2031", "completed between May and
# July": a span of months, the figures' period (a calendar quarter when it is one).
_MONTH_RANGE = re.compile(rf"(?:\b({_MONTHS})\s*[-–]\s*|\bbetween\s+({_MONTHS})\s+and\s+)({_MONTHS})(?:\s+(\d{{4}}))?\b")


def _month_range(m: re.Match[str], published: dt.date | None) -> TimeRef | None:
    """The months' span: in the year written, or the latest such span already over by the
    article's date (figures for a period are reported once it is over); None when neither is
    known."""
    first, last = MONTHS[(m.group(1) or m.group(2)).lower()], MONTHS[m.group(3).lower()]
    if m.group(4):
        end_year = int(m.group(4))  # "November-February 2033" ends in 2033
    elif published is not None:
        end_year = published.year - (1 if last >= published.month else 0)
    else:
        return None
    first_year, low, high = _month_span(first, last, end_year)
    if first_year == end_year and last - first == 2 and first % 3 == 1:
        label = f"{end_year}-Q{(first + 2) // 3}"
    else:
        label = f"{first_year}-{first:02d}/{end_year}-{last:02d}"
    return TimeRef(m.start(), m.end(), label, low, high, published is not None and low > published.isoformat())


def _month_span(first: int, last: int, end_year: int) -> tuple[int, str, str]:
    """The year the span of months from ``first`` to ``last`` (ending in ``end_year``) starts
    in, and its first and last days."""
    first_year = end_year - (1 if first > last else 0)
    end_day = calendar.monthrange(end_year, last)[1]
    return first_year, f"{first_year}-{first:02d}-01", f"{end_year}-{last:02d}-{end_day}"


def find_times(text: str, start: int, end: int, published: dt.date | None) -> list[TimeRef]:
    """Time expressions in a sentence that can scope a claim ("In 2020", "last year", "by 2030",
    "as of Friday": a death toll on Monday and one on Wednesday are different facts)."""
    refs: list[TimeRef] = []
    for m in _DAY_SCOPE.finditer(text, start, end):
        if _SAID_BEFORE.search(text, max(start, m.start() - 25), m.start()):
            continue  # "it said on Saturday": when it was said, not when the figure holds
        if m.group("prep") == "From" and not _FRONTED_FROM_END.match(text, m.end(), end):
            continue  # "From Jan. 1, 2034, the minimum will be ...": the day it holds from; not "From Monday to Friday"
        day = _resolve_day(m, published)
        if day:
            # (a day a measure holds from, still ahead, is a plan: "From Jan. 1, 2034, ... will be")
            ahead = m.group("prep") == "From" and published is not None and day > published.isoformat()
            refs.append(TimeRef(m.start(), m.end(), day, day, day, ahead))
        elif m.group("wd"):
            # No article date to resolve it: the weekday is kept, so that "cancelled on
            # Tuesday" is not compared with a Wednesday's running total (cluster.time_compatible).
            refs.append(TimeRef(m.start(), m.end(), m.group("wd"), None, None, False))
    for m in _TIME_RE.finditer(text, start, end):
        g = m.groupdict()
        prep = (g["prep"] or "").lower()
        if (g["y"] and not prep and not re.search(r"(?i)\b(?:in|of|for|during|since|by)\s+(?:the\s+)?$", text[max(start, m.start() - 12):m.start()])
                and not re.match(r"\s+(?:[a-z]{3,}|[A-Z]{2,5}\s+[a-z]{3,})|\s*:", text[m.end():m.end() + 20])
                and not _BRACKETED_YEAR.match(text, m.start() - 1, min(end, m.end() + 1))):
            # A bare year is a scope after a preposition or before a noun ("2023 emissions",
            # "its 2025 GDP growth forecast"), or in brackets after a figure ("$2.3m (2023)").
            continue
        # "EUR 0.14 per share (2032: EUR 0.12)": the year of the bracketed figure after it only.
        base_of_when = text[max(start, m.start() - 1):m.start()] == "(" and text[m.end():m.end() + 1] == ":"
        fronted_from = m.group(0).lstrip().startswith("From") and bool(_FRONTED_FROM_END.match(text, m.end(), end))
        if (_COMPARISON_BASE.search(text, max(start, m.start() - 25), m.start()) or prep == "from") and not fronted_from:
            if not _WHEN_AFTER_PERIOD.match(text, m.end(), end):
                continue  # "up 9 per cent on 2022", "than in 2019": the base of a comparison, not the claim's time
            base_of_when = True
        ref = _resolve_time(g, published)
        if ref is None:
            continue
        label, low, high = ref
        # "by 2030" is a target; so is any period that starts after the article ("will call a
        # five-day strike in April", written in March): what it says has not happened yet.
        ahead = published is not None and low is not None and dt.date.fromisoformat(low) > published
        refs.append(TimeRef(m.start(), m.end(), label, low, high, (prep.startswith("by") and _is_future(low, published)) or ahead,
                            base_of_when))
    if published is not None:
        refs.extend(_bare_months(text, start, end, published, refs))
        for m in _YESTERDAY.finditer(text, start, end):
            if not _SAID_BEFORE.search(text, max(start, m.start() - 25), m.start()):
                day = (published - dt.timedelta(days=1 if m.group().lower() == "yesterday" else 0)).isoformat()
                refs.append(TimeRef(m.start(), m.end(), day, day, day, False))
        for m in _MONTHS_OR_YEARS_AGO.finditer(text, start, end):
            if not _COMPARISON_BASE.search(text, max(start, m.start() - 25), m.start()):
                refs.append(_ago(m, published))  # (not "up 3.1 per cent on a year ago": a change's base)
        for m in _RELATIVE_SEASON.finditer(text, start, end):
            refs.append(_relative_season(m, published))
    for m in _MONTH_RANGE.finditer(text, start, end):
        ref = _month_range(m, published)
        if ref is not None:
            # "October–December 2032" is the span, not its last month
            refs = [r for r in refs if not (ref.start <= r.start and r.end <= ref.end)] + [ref]
    for m in SINGULAR_DAY.finditer(text, start, end):
        # "on the coldest night more than 1,600 slept in them": a day of its own, which one unsaid
        refs.append(TimeRef(m.start(), m.end(), re.sub(r"\s+", " ", m.group().lower()), None, None, False))
    for m in _A_YEAR_EARLIER.finditer(text, start, end):
        if not _COMPARISON_BASE.search(text, max(start, m.start() - 25), m.start()):
            # "A year earlier the rate stood at 5.9 pct": some earlier period, which one the
            # article's date does not say (the figures' period is not known here).
            refs.append(TimeRef(m.start(), m.end(), re.sub(r"\s+", " ", m.group().lower()), None, None, False))
    return refs


SINGULAR_DAY = re.compile(r"(?i)\bon\s+(?:the|its|their)\s+(?:coldest|hottest|busiest|quietest|worst|wettest|windiest|"
                          r"peak|opening|closing|first|final|last)\s+(?:night|day|evening|morning|weekend)\b")
_A_YEAR_EARLIER = re.compile(r"(?i)\b(?:a|one|twelve\s+months|12\s+months)\s+(?:year\s+)?(?:earlier|before)\b"
                             r"|\bthe\s+(?:previous|prior)\s+year\b|\bthe\s+year\s+before\b")


# "Last summer's cabin crew strike, which grounded 700 flights": the season it happened in.
_RELATIVE_SEASON = re.compile(r"(?i)\b(?P<rel>last|this|next)\s+(?P<season>spring|summer|autumn|fall)\b")


def _relative_season(m: re.Match[str], published: dt.date) -> TimeRef:
    year, low, high = season_bounds(m.group("season"), m.group("rel"), published)
    return TimeRef(m.start(), m.end(), str(year), low, high, m.group("rel").lower() == "next")


# "Twelve months ago the company recalled 310,000 cars": the month or year it happened.
_MONTHS_OR_YEARS_AGO = re.compile(r"(?i)\b(?P<n>" + "|".join(AGO_COUNTS) + r"|\d{1,2})\s+(?P<unit>years?|months?)\s+ago\b")


def _ago(m: re.Match[str], published: dt.date) -> TimeRef:
    label, low, high = years_or_months_ago(m.group("n"), m.group("unit"), published)
    return TimeRef(m.start(), m.end(), label, low, high, False)


# "The bank yesterday raised its rate to 6.75%": the day the figure holds from.
_YESTERDAY = re.compile(r"(?i)\b(?:yesterday|today)\b(?!['’]s)")


# A month without a year after a preposition ("7.4% in February", "reserves at end-February"):
# the latest such month by the article's date, or the next one when the sentence looks ahead.
_BARE_MONTH = re.compile(
    rf"(?<![\w-])(?:(?i:in|during|for|since|through|until|by|at\s+the\s+end\s+of|end|the\s+end\s+of)\s+(?P<mon>{_MONTHS})"
    rf"|(?i:end)-(?P<endmon>{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])(?![\s,]*\d)"
)


def _bare_months(text: str, start: int, end: int, published: dt.date, refs: list[TimeRef]) -> list[TimeRef]:
    from claimcheck.extract.dates import _CUE_WINDOW, _last_clause, _resolve_year, year_named_after

    found: list[TimeRef] = []
    for m in _BARE_MONTH.finditer(text, start, end):
        if any(r.start < m.end() and m.start() < r.end for r in refs):
            continue
        month = [n[:3] for n in calendar.month_name].index((m.group("mon") or m.group("endmon"))[:3].capitalize())
        around = text[max(start, m.start() - _CUE_WINDOW):min(end, m.end() + _CUE_WINDOW)]
        clause = _last_clause(text[max(start, m.start() - _CUE_WINDOW):m.start()])
        year = year_named_after(text, m.end(), published) or _resolve_year(month, 1, published, around, clause)
        if year is None:
            continue
        last = calendar.monthrange(year, month)[1]
        low, high = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}"
        found.append(TimeRef(m.start(), m.end(), f"{year}-{month:02d}", low, high,
                             (m.group().lower().startswith("by") and _is_future(low, published))
                             or dt.date.fromisoformat(low) > published))
    return found


def _resolve_day(m: re.Match[str], published: dt.date | None) -> str | None:
    from claimcheck.extract.dates import find_dates

    phrase = m.group("wd") or m.group("md") or ""
    if m.group("wd"):
        if published is None:
            return None
        target = list(calendar.day_name).index(m.group("wd"))
        return (published - dt.timedelta(days=(published.weekday() - target) % 7)).isoformat()
    dates = find_dates(phrase, 0, len(phrase), published)
    return dates[0].value if dates and dates[0].low else None


def _is_future(low: str | None, published: dt.date | None) -> bool:
    """Is "by <time>" still ahead of the article?  Without its date, assume so: the answer
    must not depend on the day claimcheck runs."""
    if low is None or published is None:
        return True
    return dt.date.fromisoformat(low) > published - dt.timedelta(days=1)


def _resolve_time(g: dict[str, str | None], published: dt.date | None) -> tuple[str, str | None, str | None] | None:
    pub_year = published.year if published else None
    if g.get("qem") or g.get("qm2"):
        return _months_to(g, published)
    if g.get("h") or g.get("hn"):
        half = 1 if (g.get("h") or "").lower() == "first" or g.get("hn") == "1" else 2
        stated = g.get("hy") or g.get("hy2")
        year = int(stated) if stated else pub_year
        if year is None:
            return f"H{half}", None, None
        if not stated and published is not None and half == 2 and published.month <= 6:
            year -= 1  # "in the second half" written in spring is last year's
        return f"{year}-H{half}", f"{year}-{1 if half == 1 else 7:02d}-01", f"{year}-{6 if half == 1 else 12:02d}-{30 if half == 1 else 31}"
    if g["q"] or g["qn"]:
        quarter = _ORD[g["q"].lower()] if g["q"] else int(g["qn"] or 1)
        year_text = g["qy"] or g["qny"]
        year = int(year_text) if year_text else pub_year
        if year is None:
            return f"Q{quarter}", None, None
        first_month = 3 * (quarter - 1) + 1
        last_month = first_month + 2
        last_day = [31, 30, 30, 31][quarter - 1]
        return f"{year}-Q{quarter}", f"{year}-{first_month:02d}-01", f"{year}-{last_month:02d}-{last_day}"
    if g["rfy"]:
        rel = g["rfy"].lower()
        if pub_year is None:
            return f"{rel} fiscal year", None, None
        year = pub_year if rel in ("current", "this") else pub_year + 1 if rel == "next" else pub_year - 1
        return f"FY{year}", f"{year - 1}-01-01", f"{year}-12-31"
    if g["fy"] or g["fys"]:
        base = g["fy"] or g["fys"] or ""
        year = int(base) if len(base) == 4 else 2000 + int(base)
        if g["fy2"]:
            year = year // 100 * 100 + int(g["fy2"])
        return f"FY{year}", f"{year - 1}-01-01", f"{year}-12-31"
    if g["ry"]:
        rel = g["ry"].lower()
        if pub_year is None:
            return f"{rel} year", None, None
        year = pub_year if rel == "this" else pub_year + 1 if rel == "next" else pub_year - 1
        return str(year), f"{year}-01-01", f"{year}-12-31"
    if g["rq"]:
        return f"{g['rq'].lower()} quarter", None, None
    if g["mon"]:
        month = list(calendar.month_name).index(g["mon"].capitalize())
        year = int(g["my"] or 0)
        last = calendar.monthrange(year, month)[1]
        return f"{year}-{month:02d}", f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}"
    if g["y"]:
        year = int(g["y"])
        if g["y2"]:
            second = year // 100 * 100 + int(g["y2"])
            if second != year + 1:
                return None
            return f"{year}/{second}", f"{year}-01-01", f"{second}-12-31"
        return str(year), f"{year}-01-01", f"{year}-12-31"
    return None


def _months_to(g: dict[str, str | None], published: dt.date | None) -> tuple[str, str | None, str | None] | None:
    """"the quarter ended March 31", "the quarter to September", "the January-March
    quarter": the three months ending in that month, in the latest year not after the
    article (news looks back)."""
    months = [m.lower() for m in calendar.month_name]
    last = months.index((g.get("qem") or g.get("qm2") or "").lower())
    start_month = g.get("qm1")
    first = months.index(start_month.lower()) if start_month else (last - 3) % 12 + 1
    if g.get("qey"):
        year = int(g["qey"] or 0)
    elif published is not None:
        year = published.year - (1 if last > published.month else 0)
    else:
        return f"quarter to {calendar.month_name[last]}", None, None
    _first_year, low, high = _month_span(first, last, year)
    return f"{year}-{last:02d} quarter", low, high


_FIGURE = re.compile(r"\d")
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:that|which|who)\s+(?:[\w-]+\s+){1,7}$")
_CLAUSE_CLOSES = re.compile(r"\s*,\s+(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|won|lost|took|got|made|saw|had|has|is|was|were|are|"
                            r"rose|fell|grew|hit|cut|set|led|paid|sold|said|employs|holds|runs|produces|makes|serves|"
                            r"carries|covers|handles|operates|owns|includes|contains|houses|stands|seats)\b")
_MAIN_VERB_BETWEEN = re.compile(r"(?i)[^,;]{0,40}?\b(?:rose|fell|climbed|jumped|reached|stood|increased|decreased|"
                                r"dropped|grew|totalled|totaled|hit|was|were|is|are|has|have|had)\b")


# A second predicate about the future after a figure: its time is the plan's, not the figure's.
FUTURE_AND = re.compile(
    r"(?i)\band\s+(?:(?:it|they|he|she|we|the\s+\w+)\s+)?(?:aims|aim|plans|plan|expects|expect|hopes|hope|intends|intend|"
    r"wants|want|targets|is\s+targeting|will|would|is\s+(?:set|due)\s+to)\b")


# "12 million litres a day, in a valley where the river shrank in the drought of 2035": a
# clause about a place or a thing named after the figure dates that, not the figure.
# After a figure, a period in a where/whose clause dates that place or owner, and one after
# "since" the earlier point it is measured from ("the most since the game was launched in 2014").
_PLACE_CLAUSE = re.compile(r"(?i)\b(?:where|whose|since)\b")


# A time before the claim's own ("a year earlier", "the previous year") told after a base
# figure ("down from $650 mln a year earlier") is that base's.
_EARLIER_TIME = re.compile(r"(?i)\b(?:earlier|ago|previous|prior|before)\b|\blast\s+(?:year|quarter|month|season)\b")
_BASE_FIGURE_BETWEEN = re.compile(r"(?i)\b(?:from|against|compared\s+with|versus|vs\.?|than)\s+[^.;]{0,30}?\d")


def nearest_time(refs: list[TimeRef], start: int, end: int, sentence_start: int = 0,
                 text: str = "") -> TimeRef | None:
    """The time expression closest to the claim that is not the claim itself: in the claim's
    own clause, or opening the sentence ("In 2027, ...")."""
    best: TimeRef | None = None
    best_distance = 10**9
    fallback: TimeRef | None = None
    if any(ref.low for ref in refs):
        # An unresolved weekday only stands in when the sentence has no resolved time.
        refs = [ref for ref in refs if ref.low or ref.label.lower() not in _WEEKDAYS]
    for ref in refs:
        if ref.start < end and start < ref.end:
            continue
        if ref.base_of_when and ref.start >= end:
            continue  # the base of the change before it
        if (text and ref.end <= start and _RELATIVE_BEFORE.search(text, max(sentence_start, ref.start - 60), ref.start)
                and (_MAIN_VERB_BETWEEN.match(text, ref.end, start) or _CLAUSE_CLOSES.match(text, ref.end, start))):
            # "the quake that struck early on Sunday rose to 112": Sunday dates the quake; "the
            # architect, who founded the party in 2022, won 105,000 votes": 2022 dates the founding
            continue
        if text and ref.start - sentence_start > 12:
            lo, hi = (ref.end, start) if ref.end <= start else (end, ref.start)
            if (_CLAUSE_BREAK.search(text, lo, hi) and hi - lo > 30) or hi - lo > 120 or ";" in text[lo:hi]:
                fallback = fallback or ref
                continue
        if ref.start >= end and text and FUTURE_AND.search(text, end, ref.start):
            continue  # "has 11.2 GW in operation and aims for 30 GW by 2035": the plan's time
        if (ref.start >= end and text and _EARLIER_TIME.search(ref.label)
                and _BASE_FIGURE_BETWEEN.search(text, end, ref.start)):
            continue  # "$412 mln, down from $650 mln a year earlier": the base's time
        distance = start - ref.end if ref.end <= start else ref.start - end
        if ref.label.endswith("quarter") and ref.start >= end:
            distance //= 10  # "reported on Wednesday a 27% rise ... for the quarter ended March 31"
        if distance < best_distance:
            best, best_distance = ref, distance
    if best is None and fallback is not None and len({r.label for r in refs}) == 1 and not (
            text and fallback.start >= end and (_FIGURE.search(text, end, fallback.start)
                                               or _PLACE_CLAUSE.search(text, end, fallback.start))):
        # The sentence names one period only: it is the claim's, unless it comes after another
        # figure ("38.6 GW on Tuesday, ... above the 35.9 GW record set in January 2024").
        return fallback
    return best


# --- attribution ---------------------------------------------------------------------------

_SAY = r"said|says|say|stated|states|told|added|noted|estimated|estimates|reported|reports|announced|claimed|claims|insisted|confirmed|put\s+(?:the\s+)?(?:figure|number|total|toll|it)\s+at|puts\s+(?:the\s+)?(?:figure|number|total|toll|it)\s+at|wrote|tweeted|declared|argued|explained|revealed|disclosed|showed|show"
_ACCORDING = re.compile(r"(?i)(?<![\w-])according\s+to\s+(?P<who>[^,.;:“”\"()]+)")
_DATA_FROM = re.compile(r"(?i)(?<![\w-])(?:data|figures|statistics|estimates)\s+(?:from|by|released\s+by|published\s+by)\s+(?P<who>[^,.;:“”\"()]+)")
# Starts only at a word start: tried inside a long token (a line of thousands of digits) the
# pattern re-scans the token from every position, which is quadratic.
_WHO_SAID = re.compile(rf"(?<![\w’'.-])(?P<who>(?:[\w’'.-]+\s+){{1,6}}?)(?:has\s+|had\s+|have\s+)?(?:{_SAY})\b(?!\s+to\s+(?:be|have)\b)")
_SAID_WHO = re.compile(rf"(?i)[,”\"]\s*(?:{_SAY})\s+(?P<who>[^,.;:“”\"()]+)")
_PRONOUNS = frozenset("he she they it we i you who which that this these those one someone".split())
_LEAD = re.compile(r"(?i)^(?:the|a|an|and|but|however|while|meanwhile|also|in|on|at|as|of|so|(?:statements?|reports?|data|figures)\s+(?:released|issued|published|compiled)\s+by)\s+")
_TRAIL = re.compile(r"(?i)\s+(?:data|figures|statistics|estimates|numbers|on\s+\w+|in\s+a\s+\w+.*|last\s+\w+|this\s+\w+|yesterday|today)$")


def find_attribution(sentence: str) -> str | None:
    """Who the sentence says gave its figures: 'according to X', 'X said', 'said X', 'data from X'."""
    for pattern in (_ACCORDING, _DATA_FROM):
        m = pattern.search(sentence)
        if m:
            who = _clean_who(m.group("who"))
            if who:
                return who
    m = _SAID_WHO.search(sentence)
    if m:
        who = _clean_who(m.group("who"))
        if who:
            return who
    # "Ashvin Steel Ltd on Wednesday reported ...": the day stands between speaker and verb.
    for m in _WHO_SAID.finditer(_ON_WEEKDAY.sub("", sentence)):
        words = m.group("who").split()
        # Keep the words that name the speaker: walk back to a determiner, a function word or
        # punctuation ("..., the interior ministry said" -> "interior ministry").
        kept: list[str] = []
        for word in reversed(words):
            bare = word.strip("“”\"',.")
            if not bare or bare.lower() in _SPEAKER_STOP or len(kept) >= 5:
                break
            if word.endswith((",", "”", "\"", ".")) and kept:
                break
            kept.append(bare)
            if word[:1] in "“\"(":
                break
        who = _clean_who(" ".join(reversed(kept)))
        if who:
            return who
    return None


def attribution_parts(sentence: str) -> list[tuple[int, int, str | None]]:
    """Attribution of each ';'-separated part of a sentence ("Police said 2,000 attended;
    organisers put the figure at 5,000"), or [] when the sentence has one part."""
    bounds = [0] + [m.end() for m in re.finditer(";", sentence)] + [len(sentence) + 1]
    if len(bounds) <= 2:
        return []
    return [(a, b, find_attribution(sentence[a:b])) for a, b in zip(bounds, bounds[1:])]


def attribution_at(parts: list[tuple[int, int, str | None]], offset: int) -> str | None:
    """The attribution of the part holding a sentence-relative offset, else of any part."""
    for start, end, who in parts:
        if start <= offset < end and who:
            return who
    return next((who for _s, _e, who in parts if who), None)


_SPEAKER_STOP = frozenset(
    """the a an and but or which that who whom as also had has have having is was were are be been
    to in on at for with by from it its this these those he she they we i you then so while
    when where if than not no yet""".split()
)


_TITLE_THEN_NAME = re.compile(
    r"^(?:[\w’'.-]+\s+){0,4}?(?:[Mm]inister|[Pp]resident|[Ss]ecretary|[Aa]nalyst|[Ee]conomist|CEO|CFO|[Cc]hief|"
    r"[Gg]overnor|[Ss]pokes(?:person|man|woman)|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Mm]ayor|[Cc]oach|"
    r"[Mm]anager|[Oo]fficer|[Cc]ommissioner|[Ee]xecutive|[Gg]eneral|[Ss]enator|[Aa]mbassador|[Hh]ead)\s+"
    r"(?P<name>(?:[A-Z][\w’'.-]+\s*){2,4})$"
)


def _clean_who(who: str) -> str | None:
    who = who.strip(" “”\"'’")
    previous = None
    while previous != who:
        previous = who
        who = _LEAD.sub("", who)
        who = _TRAIL.sub("", who).strip()
    who = _TIME_WORDS.sub("", who).strip()  # "Ashvin Steel on Wednesday", "the Ministry now"
    if not who or who.lower() in _PRONOUNS or len(who) > 60 or not re.search(r"[A-Za-z]", who):
        return None
    if len(who.split()) > 7 or re.search(r"[\d$€£¥₹]", who) or who.split()[0].lower() in _WEEKDAYS:
        return None  # "said the US$3.5 billion ...": a figure, not a speaker
    titled = _TITLE_THEN_NAME.match(who) or _ROLE_THEN_NAME.match(who)
    if titled:
        return titled.group("name")  # "Health Minister Aurora Tavares", "fisherman Lars Eklund"
    affiliated = _NAME_OF_ORG.match(who)
    if affiliated:
        return affiliated.group("name")  # "Lina Rebane of Green Eastmark"
    return who


_ON_WEEKDAY = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_TIME_WORDS = re.compile(
    r"(?i)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|also|then|still|today|"
    r"yesterday|again|later|earlier)\b.*$"
)
# lower-case role words before a capitalised name: "fisherman Lars Eklund", "incident commander Ray Dolan"
_ROLE_THEN_NAME = re.compile(r"^(?:[a-z][\w’'-]*\s+){1,3}(?P<name>(?:[A-Z][\w’'.-]+\s*){2,4})$")
_NAME_OF_ORG = re.compile(
    r"^(?P<name>(?!(?:Ministry|Department|Bank|Office|Bureau|Agency|Institute|Council|University|"
    r"Commission|Board|Court|Chamber|Federation|Union|Association|Society|School|College|House|Minister|"
    r"Secretary|Director|Governor|President|Head|Chief)\b)[A-Z][\w’'.-]+\s+[A-Z][\w’'.-]+)\s+of\s+[A-Z].*$"
)


# --- subject: what is measured ---------------------------------------------------------------

STOPWORDS = frozenset(
    """a about above across after again against all almost along already also although always am among an and
    another any anyone are around as at away be because been before being below between both but by can could
    did do does doing down during each either else even ever every few for from further had has have having he
    her here hers herself him himself his how however i if in into is it its itself just least less like made make
    many may me might more most much must my near nearly new no nor not now of off on once one only onto or other
    our ours out over own per rather same she should since so some still such than that the their theirs them
    then there these they this those though through thus to too toward towards under until up upon us very via was
    we well were what when where whether which while who whom whose why will with within without would yet you
    your said says say stated stating told added noted according reported announced claimed confirmed estimated
    estimate put figure figures number numbers total amount tally true actual real official data around roughly
    approximately some nearly almost about over under least most record high low all-time time times year years
    month months week weeks day days today yesterday last next previous past first second third fourth fiscal
    financial quarter per cent percent percentage point points million billion trillion thousand hundred bn mn
    mln dozen stood stands stand amounted amount amounts reached reach reaching hit hitting was were is are be
    been being become became showed show shows witnessed saw see seen went go goes came come comes get got gets
    made makes took take takes gave give gives brought bring kept keep keeps set sets put puts worth valued
    value cost costs costing estimated expected likely around approximately including include includes
    mr mrs ms dr january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    up down rose fell increase increased decrease decreased grew growth rise fall climbed dropped declined
    jumped gained lost further additional extra another inter alia due mainly largely earlier later ago
    previously recently now currently still yet already y/y year-on-year year-over-year forecast forecasts
    expected expects expect guidance outlook consensus projected target targets needed required need
    volume value detail details item items indicator""".split()
)
_VERBS = frozenset(
    """stretching stretches stretch link links linking connect connects connecting run runs running construct
    constructing build building built pass passing referring refer refers making meeting meet meets include
    help helps helping provide provides providing offer offers offering allow allows allowing need needs want
    wants bring brings bringing begin began begun citing cited accounting account amounting totalling totaling
    compared comparing compare versus according long wide high tall deep thick signed agreed announced
    released published issued described called named considered""".split()
)
_ANAPHORA = re.compile(r"(?i)^(?:\W*)(?:however,?\s+)?(?:this|that|it|these|those|the\s+(?:figure|number|total|amount|tally|increase|rise|growth|decline|drop))\b")
_PLACE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
# (Not a holding: "Shares in Hadrosa closed down", "its stake in Vantor".)
_PLACE = re.compile(r"\b(?<![Ss]hares\s)(?<![Ss]take\s)(?<![Ss]takes\s)(?<!invested\s)(?<!investment\s)"
                    r"(?:in|to|at|from|near)\s+(?:the\s+)?((?:[A-Z][a-z]+[\s-]?){1,3})")
# A place put first for the whole sentence: "In Lonbridge, ...", "Across the Westmere region, ...".
_FRONTED_PLACE = re.compile(r"\s*(?:In|At|Across)\s+(?:the\s+)?((?:[A-Z][a-z]+[\s-]?){1,3})(?:\s+region)?,")
# "in October", "on Monday": times, not places.
_CALENDAR_WORDS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name) | {"Sept"} | frozenset(
    calendar.month_abbr[1:])
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
_CLAUSE_BREAK = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\[\]“”\"—–]|\s-\s|\b(?:which|while|whereas|although|but|because|citing|due\s+to(?!\s+be\b)|driven\s+by|thanks\s+to|"
    r"as\s+a\s+result\s+of)\b"
)


@lru_cache(maxsize=65_536)  # a pure function of a word, asked about the same words all the time
def stem(word: str) -> str:
    """A light stem so that 'exports'/'export' and 'casualties'/'casualty' meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2 and not w.endswith(("ss", "us", "is")):
            return w[: -len(suffix)] + repl
    return w


@dataclass(slots=True)
class SubjectWords:
    """The words a claim is about: `local` next to the number (nearest first), `scope` from
    the rest of the sentence (or the sentence before, for 'This showed...'), `names` the
    capitalised names, with places named near the number ('to Port Sarren') marked '@port sarren'."""

    local: list[str]
    scope: list[str]
    names: list[str]
    display: str
    widened: bool = False  # the claim's own clause said too little; local came from the sentence


def subject_words(sentence: str, rel_start: int, rel_end: int, previous: str | None,
                  non_claim_spans: list[tuple[int, int]], proper: frozenset[str] = frozenset()) -> SubjectWords:
    """Content words around a claim at sentence-relative offsets [rel_start, rel_end).

    ``local`` holds up to six content words before the number and four after it, inside its
    clause (widened to the neighbouring clauses when the clause has none: "up 31% from the
    year before" speaks of the sentence's subject).
    """
    skipped = sorted(non_claim_spans)
    starts = [span[0] for span in skipped]
    reach = list(itertools.accumulate((span[1] for span in skipped), max))  # furthest end so far
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)
              if not _in_spans(m.start(), starts, reach)]
    content = [t for t in tokens if _is_content(t)]
    breaks = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence)]
    clause_start = max(b for b in breaks if b <= rel_start)
    clause_end = min([b for b in breaks if b >= rel_end], default=len(sentence))
    before = [t for t in content if clause_start <= t[0] and t[1] <= rel_start][-6:]
    after = [t for t in content if rel_end <= t[0] and t[1] <= clause_end][:4]
    widened = len(before) + len(after) < 2
    if widened:
        # "rose 18% to $4.2 billion from $3.56 billion a year earlier": the clause says too
        # little, the sentence's subject ("Revenue for the three months...") is elsewhere.
        before = [t for t in content if t[1] <= rel_start][-8:]
        after = [t for t in content if rel_end <= t[0]][:8]
    # Nearest first, alternating sides: clustering weighs a word by how close it stands.
    nearest = list(reversed(before))
    ordered = [t for pair in zip(nearest, after) for t in pair] + nearest[len(after):] + after[len(nearest):]
    local = [stem(t[2]) for t in ordered][:10]
    display_words = [t[2] for t in before][-3:] or [t[2] for t in after][:3]
    used = {t[0] for t in before + after}
    scope = [stem(t[2]) for t in content if t[0] not in used]
    if previous is not None and (_ANAPHORA.match(sentence) or len(local) < 2):
        scope += [stem(m.group()) for m in _WORD.finditer(previous) if _is_content((0, 0, m.group()))]
    # Names next to the number ("CRP won 118 seats", "National Union took 74"): two claims
    # naming different parties, firms or places near their numbers speak of different things.
    names = _names(before + after, tokens, sentence, proper)
    if not names:
        # "National Union, the main opposition party, took 74 seats": the name that owns the
        # number sits in an earlier clause of the sentence.
        earlier = [t for t in tokens if t[1] <= clause_start]
        names = ["~" + n for n in _names(earlier[-8:], tokens, sentence, proper)]
    # Places in the claim's own clause; brackets do not end it ("three-day (May 12-14) tour of X").
    place_breaks = [0] + [m.end() for m in _PLACE_BREAK.finditer(sentence)] + [len(sentence)]
    window_start = max(b for b in place_breaks if b <= rel_start)
    window_end = min([b for b in place_breaks if b >= rel_end], default=len(sentence))
    window = sentence[max(window_start, rel_start - 80):min(window_end, rel_end + 80)]
    found = [m.group(1).strip(" -") for m in _PLACE.finditer(window)]
    fronted = _FRONTED_PLACE.match(sentence)
    if not found and fronted and fronted.end() <= rel_start:
        found = [fronted.group(1).strip(" -")]  # "In Lonbridge, the capital, the median was £498,000"
    places = sorted({stem(p) for p in found if p.split()[0] not in _CALENDAR_WORDS})
    return SubjectWords(local, scope, names + ["@" + p for p in places], " ".join(w.lower() for w in display_words),
                        widened)


# What kind of figure a word next to the number makes it: two claims in different
# categories ("3,300 injured" and "2,010 forced from their homes") measure different things.
_MEASURES: dict[str, str] = {}
for _category, _words in {
    "deaths": "killed kill kills killing dead died die deaths death fatalities fatality lives bodies",
    "injuries": "injured injuring wounded hurt injuries injury treated hospitalised hospitalized",
    "displaced": "displaced displacing evacuated evacuees evacuation homeless sheltering shelters forced",
    "missing": "missing",
    "cancellations": "cancelled canceled cancellations cancellation scrapped postponed",
    "exports": "exports export exported shipments",
    "imports": "imports import imported",
    "trade": "trade",
    "cases": "cases case infections infected confirmed",
    "damage": "destroyed damaged collapsed flattened razed",
    "revenue": "revenue revenues sales turnover",
    "profit": "profit profits income earnings ebitda",
    "cost": "cost costs costing price budget budgeted capex spending spent spend investment invested",
    "capacity": "capacity holds seats seating",
    "attendance": "crowd attendance attended turned packed watched",
    "coverage": "coverage vaccinated immunised immunized inoculated",
    "aboard": "aboard board passengers passenger onboard",
    "deal": "buy buying bought acquire acquired acquiring acquisition takeover purchase purchased deal",
    "staff": "employees employs employ employed staff workforce workers",
    "voters": "voters electorate eligible registered",
    "turnout": "turnout",
    "margin": "lead margin gap",
    "average": "average averages mean median",
    "deposit": "deposit deposits down-payment downpayment",
}.items():
    for _word in _words.split():
        _MEASURES[_word] = _category


def clause_subject(sentence: str, rel_start: int, size: int = 3) -> list[str]:
    """The first content words of the clause holding the number: its subject when a linking
    verb states the number ("The death toll from the quake that struck ... rose to 112")."""
    breaks = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, rel_start)]
    start = max(breaks)
    words = [m.group() for m in _WORD.finditer(sentence, start, rel_start)]
    return [stem(w) for w in words if _is_content((0, 0, w))][:size]


def measure_categories(words: list[str]) -> set[str]:
    """Categories named among the words nearest a number ('killed' -> deaths)."""
    return {_MEASURES[w] for w in words if w in _MEASURES}


def is_anaphoric(sentence: str) -> bool:
    """Does the sentence open by pointing back ("This showed...", "The figure was...")?"""
    return bool(_ANAPHORA.match(sentence)) and not _ACTOR_IT.match(sentence)


# "It cut its 2025 GDP growth forecast to 1.8%": "it" is who acts, and what is measured is
# named in the sentence, after "its".
_ACTOR_IT = re.compile(r"(?i)^\W*it\s+[a-z]+\s+its\b")


def _names(window: list[tuple[int, int, str]], tokens: list[tuple[int, int, str]], sentence: str = "",
           proper: frozenset[str] = frozenset()) -> list[str]:
    """Capitalised names in the window, consecutive capitals kept together ("National Union",
    "civic renewal party"), so two names sharing a word are not one name; a sentence's first
    word only when the next word is capitalised too ("National Union took...") or the article
    capitalises it mid-sentence too (``proper``: "Brask took..." after "Ms Brask"), since every
    sentence starts with a capital."""
    found: set[str] = set()
    words = [t for t in tokens if t[2].lower() not in STOPWORDS and len(t[2]) >= 4]
    if len(words) >= 3 and all(t[2][:1].isupper() for t in words):
        # A headline in Title Case or CAPITALS: its capitals name nothing.  (A sentence full
        # of names still has a verb in lower case: "Rafael Zortbeaek inaugurated the ...")
        return []
    phrase: list[tuple[int, int, str]] = []
    for t in sorted(window) + [(10**9, 10**9, "")]:
        word = t[2]
        is_name = (word[:1].isupper() and word.lower() not in STOPWORDS and len(word) >= 2
                   and not (t is tokens[0] and not (len(tokens) > 1 and tokens[1][2][:1].isupper())
                            and word.lower() not in proper))
        if is_name and phrase and sentence[phrase[-1][1]:t[0]] in (" ", "-"):
            phrase.append(t)
            continue
        if phrase:
            found.add(" ".join(stem(p[2]) for p in phrase))
        phrase = [t] if is_name else []
    return sorted(found)


def _in_spans(offset: int, starts: list[int], reach: list[int]) -> bool:
    """Is ``offset`` inside one of the spans (sorted ``starts``, running maximum of ends)?"""
    i = bisect.bisect_right(starts, offset)
    return i > 0 and reach[i - 1] > offset


def _is_content(token: tuple[int, int, str]) -> bool:
    word = token[2].lower()
    return len(word) > 2 and word not in STOPWORDS and word not in _VERBS




# --- a date: the time of a figure, or the date of an event -----------------------------------

# Nouns for things that happen on a day (a disaster, a match): a date that modifies one dates
# the event ("the 2018 blaze", "a quake in 1987", "a 3-2 win on Wednesday").  Recurring
# occasions (an election, a race, a season) are left out: "the 2020 election" says which one.
_EVENT_NOUNS = (
    r"quakes?|earthquakes?|tremors?|blazes?|fires?|wildfires?|floods?|flooding|storms?|cyclones?|hurricanes?|"
    r"typhoons?|tornado(?:es)?|outbreaks?|epidemics?|eruptions?|attacks?|bombings?|crash(?:es)?|explosions?|"
    r"collapses?|disasters?|landslides?|tsunamis?|spills?|accidents?|derailments?|victory|victories|wins?|"
    r"defeats?|draws?|matches|match|games?|ceremony|summit|strikes?|walkouts?|riots?|coup|crush(?:es)?|stampedes?|"
    r"shootings?|sinkings?|capsizes?|shipwrecks?|collisions?|blasts?|"
    r"hailstorms?|downpours?|heatwaves?|blizzards?|snowstorms?|gales?|blackouts?|outages?|leaks?|breaches?|"
    r"cyberattacks?|hacks?|heists?|robber(?:y|ies)|thefts?|raids?"
)
# Nouns a year before them dates, as it dates an event: "A 2030 inspection found ...", "the 2019
# spill", "Under the 2031 exam integrity law"; and words that cannot follow a year that names
# which figure ("in 2030 and 2032 respectively", "until at least 2037 under a three-year deal").
_DATED_BY_YEAR = re.compile(
    rf"(?:{_EVENT_NOUNS})|stud(?:y|ies)|reviews?|inspections?|reports?|surveys?|inquir(?:y|ies)|audits?|attempts?|"
    r"editions?|refurbishments?|refits?|renovations?|tours?|exams?|frosts?|heatwaves?|droughts?|laws?|acts?|"
    r"constitution|accords?|charters?|treat(?:y|ies)|elections?|referendums?|respectively|under|before|after"
)
_EVENT_NOUN_AFTER = re.compile(rf"(?i)\s+(?:(?!the\b|a\b|an\b|its\b|their\b)[a-z-]+\s+)?(?:{_EVENT_NOUNS})\b")
# The event noun, a short named modifier ("victory over Castleford", "the last strike at
# Cardell,"), then the date: "a 3-2 victory over Castleford on Wednesday", "The last strike at
# Cardell, in 2017, lasted two days".
_EVENT_NOUN_BEFORE = re.compile(
    rf"\b(?i:{_EVENT_NOUNS})(?:\s+(?i:at|in|of|on|over|against|near|off|with)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*,?\s+(?i:in|on|of)\s+(?:the\s+)?(?:(?i:early|late|mid)[\s-]+)?$"
)
# After a figure's clause, the event it happened in, with up to two places: "43 were injured
# in a crowd crush at the Emberfield music festival near Lisk late on Saturday".
_EVENT_AFTER_FIGURE = re.compile(
    rf"\b(?i:in|during|after)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?i:{_EVENT_NOUNS})"
    r"(?:\s+(?i:at|in|of|on|near|off)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}){0,2}"
    r"\s*,?\s+(?:(?i:early|late)\s+)?(?i:in|on)\s+(?:the\s+)?(?:(?i:early|late|mid)[\s-]+)?$"
)
# A figure that measures the event noun it qualifies ("a five-day strike in April", "a 10-km
# race on Sunday"): the date is that figure's time, as for "12 wins in 2023".
# A peak, high, low or record is the moment of a level, not an event: "below their peak of 2007".
_EXTREME_OF = re.compile(
    r"(?i)\b(?:peak|high|low|record|trough)s?\s+(?:of|in|(?:set|reached|hit)\s+in)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$"
    # "half a metre below the mark it reached in 1998": the level's base, no event
    r"|\b(?:mark|level|peak|high|low|record)\s+(?:it|they|the\s+\w+)\s+(?:reached|hit|set|touched)\s+in\s+$"
    # "costs about 18 per cent more than it did in 2030", "than in 2028": a comparison's base
    r"|\bthan\s+(?:(?:it|they|he|she|we|you|this|that|these|those)\s+(?:did|was|were|had|had\s+been)\s+)?in\s+$"
)
# A date set off by commas after a noun phrase, not after a figure: "Its last major outage, in
# March 2029, lasted six hours", "The worst, in 2011 at the Saska pit, killed 43 miners", "once
# before, in 1998," (but "previous best: 39,870, in 2029" is that figure's time).
_ASIDE_IN = re.compile(r"(?<=[A-Za-z\d%]),\s+(?:in|on)\s+(?:the\s+)?$")
_ASIDE_CLOSE = re.compile(r"\s*(?:,|\s(?:at|near|off|on|when)\b)")
# A figure that is a change, not a level: "raise fares by an average of 14.5 pct".
_CHANGE_BY = re.compile(r"(?i)\bby\s+(?:(?:an?\s+)?(?:average|total)\s+of\s+|about\s+|around\s+|some\s+|roughly\s+)?$")
# "the 1961-1990 average", "above the 1991-2020 baseline": a reference period, no event.
_REFERENCE_PERIOD_AFTER = re.compile(r"(?i)\s+(?:baseline|average|mean|norm|normal|reference\s+period)\b")
# "the deadliest earthquake in Marenza since 1987", "for the first time since 2011": the date
# of the last time it happened is a fact of its own; "the lowest since 1995" is only a base.
_EVENT_SUPERLATIVE = re.compile(rf"(?i)\b(?:deadliest|worst|bloodiest|accidents?|finals?|{_EVENT_NOUNS})\b")
_WHEN_AFTER = re.compile(r",?\s+when\b")
_SUPERLATIVE_SINCE = re.compile(
    r"(?i)(?:\b(?:the|its|their|his|her|our|a|an)|['’]s)\s+(?:\w+est|first|last|most|least|best|worst|only|record)\b"
    r"(?:\s+[\w'’-]+){0,5}?\s+since\s+(?:the\s+)?"
    # "since early 2024", "since the spring of 2024": a part of the period, the same date
    r"(?:(?:early|late|mid)[\s-]+|(?:spring|summer|autumn|fall|winter|start|end|beginning|middle|first\s+half|"
    r"second\s+half)\s+of\s+(?:the\s+)?)?$"
)
# "the summer of 2019", "the state's biggest blaze of 2024", "the city's first emergency of
# 2031": a period that scopes, not an event.
_PERIOD_OF = re.compile(
    r"(?i)\b(?:(?:summer|spring|autumn|fall|winter|end|start|beginning|middle|half|rest|remainder)"
    r"|(?:\w+est|most|least|best|worst|first|second|third|fourth|fifth|last|only)(?:\s+[\w'’-]+){0,3})\s+of\s+(?:the\s+)?$"
)
# "have almost tripled since January 2023": the base of a comparison, like "up 35% on 2023".
_CHANGE_SINCE = re.compile(
    r"(?i)\b(?:doubled|tripled|trebled|quadrupled|halved|risen|rose|fallen|fell|grown|grew|increased|decreased|"
    r"declined|dropped|climbed|jumped|gained|lost|soared|surged|slumped|shrunk|shrank)\s+(?:\w+\s+)?since\s+(?:the\s+)?$"
)
# A change measured from a day's level: "up 15% since Monday's close", "have fallen since Friday's peak".
_CHANGE_SINCE_POSSESSIVE = re.compile(
    r"(?i)(?:%|\bper\s?cent|\bpercent|\bpoints?|\b(?:up|down|higher|lower|risen|rose|fallen|fell|gained|lost|"
    r"climbed|dropped|jumped|slipped))\s+since\s+$")
# Before "from": a change or a figure whose base the date is ("up 4% from Monday", "rose from").
_FROM_BASE = re.compile(r"(?i)(?:[%\d]|\b(?:up|down|higher|lower|rose|risen|fell|fallen|grew|changed?|moved?|dropped|climbed|"
                        r"increased|decreased|declined|jumped|ranging|ranged|ranges|vary|varies|varying))\s*$")
# A subordinate clause that an event opens: "Since the year began last October, ...".
_SUBORDINATE_OPEN = re.compile(r"(?i)\s*(?:since|after|before|when|until|once)\s+(?:the|a|an|its|their|his|her)\b")
_DATE_PREP = re.compile(
    r"(?i)(?:\b(?P<prep>as\s+of|as\s+at|in|on|at|by|since|until|till|through|from|for|during|of|before|after)"
    r"|(?P<paren>\())\s*(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$"
)
# Where a date's clause begins: punctuation, or a word that opens a subordinate clause.
DATE_CLAUSE = re.compile(
    r"[,:](?!\d)|[;()\[\]“”\"]|[—–](?!\d)|\s-\s|\b(?:which|who|whom|whose|that|when|whereas|while|although|because|once|where|"
    r"as(?!\s+(?:of|at|well|much|many|part)\b))\b",
    re.IGNORECASE,
)
# A level a date puts right after it: "closed Monday at $37.32", "rose on Tuesday to 5.2%",
# "(2024: $519m)".
_LEVEL_AT = re.compile(r"(?:\s+(?:at|to)\s+|\s*:\s*)"
                       r"(?:(?:about|around|some|nearly|almost|over|under|just|roughly|more\s+than|less\s+than)\s+){0,2}")
# Between the two ends of a span of dates.
_DATE_SPAN_JOIN = re.compile(r"(?i)\s*(?:and|to|until|till|through|[-–])\s*")
# After an opening day, a subject and a past-tense act that no figure follows at once: "On
# Monday the company agreed to sell itself" (not "On Monday the toll climbed to 112").
_SUBJECT_THEN_ACTION = re.compile(
    r"\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w’'-]*\s+){0,2}?([a-z]{3,}ed)\b(?!\s+(?:to|by|at|from)\s+[\d$€£])")
# A list item's label that holds the date, then its value: "- Thursday's close: ", "* 2024 total: ".
_IN_LABEL_BEFORE = re.compile(r"[ \t>*_-]*")
_LABEL_AFTER = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}[*_]*:[*_]*[ \t]+")
# A level set at a date, the figure standing as the record: "a record of 45.1C set at Sarnaz in
# August 2019", "the 35.9 GW record set during a cold snap in January 2024".
# "a charge of £60m-£70m, mostly booked in 2029": when that amount falls.
_SET_AFTER_FIGURE = re.compile(
    r",\s+(?:(?:mostly|mainly|largely|partly|all|already)\s+)?"
    r"(?:set|reached|recorded|registered|measured|logged|posted|hit|booked|paid|spent|incurred|charged)\s+(?:in|on|at)\s+(?:the\s+)?$")
_SET_PARTICIPLES = frozenset("set reached recorded registered measured logged posted hit".split())
_RECORD_NOUN = re.compile(r"(?i),?\s+(?:(?:national|all-time|previous|old|new)\s+)?(?:(?:record|high|peak|low|reading|mark)\s+)?")
# "at the start of Tuesday's shift": a point within a dated period.
_POINT_OF = re.compile(r"(?i)\b(?:start|end|beginning|close|middle|opening)\s+of\s+(?:the\s+)?$")
# A clause that says when a figure will hold: "rising to 300,000 b/d once ... by 2027".
_CONDITION = re.compile(r"(?i)\b(?:once|as\s+soon\s+as)\s*$")
# Verbs that set a new level of a rate or price: the day is the time of that level.
_SETTING_VERBS = frozenset("raised lowered cut hiked lifted trimmed slashed increased reduced set".split())
_SPEECH_VERBS = frozenset(
    """said says say told tells tell reported reports report announced announces announce stated states
    confirmed confirms added adds wrote writes tweeted showed shows warned noted updated updates revised revises""".split()
)
_AUX = frozenset("is are was were be been being has have had will would shall should can could may might must do does did".split())
_IRREGULAR = frozenset(
    """won set struck broke began begun flew flown paid sold built held hit took taken made gave given sent shut
    put rose risen fell fallen grew grown saw seen came went led met ran shot brought bought fought caught left
    lost kept spent swept stood found drove rode spoke chose froze sank drew threw blew knew sailed arrive arrives
    finish finishes open opens close closes end ends begin begins start starts remain remains reach reaches
    sail sails take takes hold holds cut burst fled tore shook sought dealt stole slid shed""".split()
)
# After an -ed word, what makes it a verb ("approved by", "signed a", "opened to") rather than
# an adjective ("suspected cases", "registered voters").
_VERB_FOLLOWER = frozenset(
    """by in on at to from for with into onto as the a an its their his her our this that these those out up
    down off over through about after before during since until last early late again ashore aground inland offshore
    away back""".split()
)
_NOT_VERBS = frozenset("hundred red need bed seed feed shed speed breed embed indeed".split())
_WINDOW = 200
# A list item or line that labels its value: "* Opened: ", "- **First chips:** ".
_LABEL = re.compile(r"[ \t>*#_-]*[^\n:|]{1,50}:[*_]*[ \t]*(?:(?:early|late|mid)[\s-]+)?")
# A place before the date in a labelled item's value: "Saska, ", "Port Sarren, ".
_PLACE_THEN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},[ \t]*")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d.,]*")
# Between a figure and its verb when the figure is the subject: "412,000 were installed",
# "2,340 people were evacuated", "80 aftershocks had been recorded".
# "870,000 homes and businesses were ...": two plural nouns joined are one subject.
_SUBJECT_NOUN = r"(?:[a-z]+s|people|children|staff|police|personnel|troops|crew|sheep|cattle|fish)"
_PREPOSITIONS = (r"(?:of|from|in|with|by|for|to|at|on|between|among|into|over|under|against|across|within|than|after|"
                 r"before|during|through|since|until|when|while|as|that|which|who|and|or|but|the|a|an|its|their|"
                 r"is|are|was|were|has|have|had)")
# "96 scheduled intercontinental departures cancelled", "500,000 ordered had been": up to two
# modifiers before the noun, or a participle alone.
_SUBJECT_LINK = re.compile(rf"^\s*(?:(?:(?!{_PREPOSITIONS}\b)[a-z][\w-]*\s+){{0,2}}{_SUBJECT_NOUN}"
                           rf"(?:\s+(?:and|or)\s+{_SUBJECT_NOUN})?\s+|[a-z]{{3,}}ed\s+)?"
                           # "Nine of the injured remained", "Twelve schools stayed shut": still the subject
                           r"(?:of\s+(?:them|those|these|whom|the\s+[a-z]+)\s+)?(?:(?:\w+ly|still|also|now|only|even|already|all|both)\s+)?"
                           r"(?:(?:stayed|remained|stays|remains)\s+)?$")


_PRONOUN_BEFORE = re.compile(r"(?i)\b(?:who|which|he|she|it|they|we)\s+$")


def _verbs(text: str, lo: int, hi: int, stop: int) -> list[tuple[int, int, str]]:
    """The verb-looking words of ``text[lo:hi]`` (an auxiliary, an -ed form used as a verb, an
    irregular form, an infinitive after 'to'), as (start, end, word)."""
    out: list[tuple[int, int, str]] = []
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, stop)]
    for i, (s, e, word) in enumerate(tokens):
        if s >= hi:
            break
        w = word.lower()
        nxt = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
        prev = tokens[i - 1][2].lower() if i else ""
        if "-" in w:
            continue  # "long-delayed", "Mumbai-based": compound adjectives
        verb = (w in _AUX or w in _IRREGULAR or w in _SPEECH_VERBS
                or (w.endswith("ed") and len(w) > 3 and w not in _NOT_VERBS
                    and (not nxt or nxt in _VERB_FOLLOWER or nxt[:1].isdigit() or tokens[i + 1][0] >= hi))
                or (prev == "to" and word.isalpha() and word.islower() and w not in STOPWORDS))
        if (not verb and w.endswith("ed") and len(w) > 3 and w not in _NOT_VERBS
                and _PRONOUN_BEFORE.search(text, max(0, s - 7), s)):
            verb = True  # "who founded City First in 2022": a relative or personal pronoun's verb
        if (not verb and w.endswith("ed") and len(w) > 3 and w not in _NOT_VERBS and i > 1 and word.islower()
                and tokens[i - 1][2][:1].isupper() and tokens[i - 1][2].isalpha() and text[tokens[i - 1][1]:s] == " "):
            verb = True  # "Astravia introduced free school meals in 2027": a named subject's verb
        if (not verb and prev in ("it", "he", "she", "which", "who") and w.endswith("s") and len(w) > 3
                and word.isalpha() and word.islower() and w not in STOPWORDS and nxt in ("until", "till")):
            # "It runs until July 31", "which lasts until 2030": a present verb ending a measure
            # ("Today it runs four lines" is a state, its date the figures' time)
            verb = True
        if verb and w == "cut" and prev in ("a", "the"):
            verb = False
        if verb:
            out.append((s, e, w))
    return out


_DATE_NAMED_BEFORE = re.compile(r"(?i)(?<!\bto\s)\bdate\s+(?:of|was|is|will\s+be|falls\s+on|is\s+set\s+for|has\s+been\s+set\s+for)\s+$")


def date_is_time(text: str, sentence_start: int, sentence_end: int, start: int, end: int, value: str,
                 low: str | None, high: str | None, figures: list[tuple[int, int]], others: list[tuple[int, int]],
                 tally: bool) -> bool:
    """Is the date at ``text[start:end]`` only the time of a figure (so not a claim of its own)?

    The rule is fixtures/corpus/README.md's "Event date or figure's time": an act's date is a
    claim even when a figure measures or prices the act ("began a 48-hour strike on Monday",
    "sold in 2019 for $310 million", "In 2024 the board fined ..."); a date at which only a
    level or a period's total holds is the figure's time.  A date attached to a figure is its
    time: the figure, its noun phrase, then 'in/on/by/as of/since' and the date ("up from 97 in
    2020", "compared with 45,000 on 9 September", "300,000 b/d (2027)"), a figure that is the
    subject ("412,000 were installed in 2024"), a framing phrase ("In 2023, ...", "As of 24
    March, ...", "its 2030 goal").  A date that hangs on a verb dates an event ("signed a pact
    on Tuesday", "will shut in 2028", "on Wednesday reported"), as does one after a superlative
    of an event ("the deadliest quake since 1987") or one that modifies an event noun ("the 2018
    blaze").  When something was said is the time of a running tally reported ("the toll rose to
    112, the ministry said on Monday") and otherwise the date of the announcement.  ``figures``
    are the sentence's other claims, ``others`` its other dates.
    """
    s0 = sentence_start
    if _DATE_NAMED_BEFORE.search(text, max(s0, start - 30), start):
        return False  # "on the survey reference date of 12 May 2030": the value of a date
    fiscal = value.startswith("FY") or "/" in value
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if line_start and _LABEL.fullmatch(text, line_start, start):
        return False  # "* Opened: 14 June 2024", "- **First chips:** late 2027": the item's value
    if (entry := _timeline_entry(text, line_start, start, end)) is not None:
        return _value_entry(text, figures, entry)
    label = _LABEL.match(text, line_start, start) if line_start else None
    if label and _PLACE_THEN.fullmatch(text, label.end(), start):
        return False  # "- Last major disaster: Saska, 2011 (43 dead)": where and when, the item's value
    if _IN_LABEL_BEFORE.fullmatch(text, line_start, start) and (value_at := _LABEL_AFTER.match(text, end)) \
            and _figures_from(figures, value_at.end(), _line_end(text, value_at.end())):
        return True  # "- Thursday's close: 412p": the label says when the item's figure holds
    if len(value) in (4, 7, 10) and (aside := _ASIDE_IN.search(text, max(s0, start - 16), start)):
        if any(e == aside.start() for _s, e in figures):
            return True  # "previous best: 39,870, in 2029": when that figure held
        if _ASIDE_CLOSE.match(text, end):
            return False  # "The last big stoppage, in 2019, lasted eleven days": an aside dating that event
    span = text[start:end]
    # A quarter ("Q3 2026") is one period, not a range of months.
    quarter = bool(re.match(r"(?i)Q[1-4]\b|(?:first|second|third|fourth)\s+quarter\b", span))
    ranged = not quarter and bool(high and len(value) in (4, 7, 10) and high[:len(value)] != value) or (
        bool(re.search(r"\d\s*(?:[-–—]|to|and)\s*\d", span)) and not re.fullmatch(r"\d{4}-\d\d-\d\d", span))
    if ranged and _REFERENCE_PERIOD_AFTER.match(text, end):
        return True  # the base a level is compared with ("3.4°F above the 1961-1990 average")
    if ranged and not fiscal:
        # A span of years or months that figures in its clause are counted over ("add 386,000
        # heat pumps between 2028 and 2030", "EUR 2.1 bln for 2028 to 2030") is their period;
        # other ranges and lists of dates are claims ("1961-1990", "June 3-4", "10 March, 21
        # April and 14 July").
        return len(value) in (4, 7) and _PERIOD_OF_FIGURES.search(text, max(s0, start - 12), start) is not None \
            and _figures_in_clause(text, figures, s0, sentence_end, start, end)
    out_on = _SOURCE_OUT_ON.search(text, max(s0, start - 40), start)
    if out_on and len(value) == 10 and (not out_on.group("issued") or _RELEASED_SOURCE.search(
            text, max(s0, out_on.start() - 50), out_on.start())):
        return True  # "the labour figures published on Thursday", "results showed on Monday": a source's day
    if fiscal and figures:
        return True  # "in fiscal 2025", "in 2022-23": the period of the figures
    level = _LEVEL_AT.match(text, end, sentence_end)
    if level and _figures_from(figures, level.end(), level.end() + 1):
        return True  # "shares closed Monday at $37.32", "(2024: $519m)": when that level held
    if re.match(r"(?:['’]s)?\s+(?:close|closing|open|opening)\b", text[end:end + 14]) and re.search(
            r"(?i)\b(?:to|since|from|at|until|till)\s+$", text[max(s0, start - 8):start]) and figures:
        return True  # "down 14% (to 17 Sept close)": the end or base of a change, like "since Monday's close"
    if re.match(r"\s*(?:(?:night|morning|afternoon|evening)['’]s|['’]s)\b", text[end:end + 14]):
        of_figure = re.match(r"['’]s\s+(?:[a-z]+\s+){0,2}of\s+", text[end:end + 40])
        if of_figure and _figures_from(figures, end + of_figure.end(), end + of_figure.end() + 1):
            return True  # "Sunday's programme of 14 acts", "2024's total of 3,100": when that figure holds
        if _CHANGE_SINCE_POSSESSIVE.search(text, max(s0, start - 40), start):
            return True  # "shares are up 15% since Monday's close": the base of a change, like "up 35% on 2023"
        if _POINT_OF.search(text, max(s0, start - 30), start) and any(e <= start for _s, e in figures):
            return True  # "measured at 1.2% at the start of Tuesday's night shift": when the figure held
        return False  # "Sunday's election", "Wednesday night's win"
    head = text[max(s0, start - 80):start]
    prep_m = _DATE_PREP.search(head)
    prep = re.sub(r"\s+", " ", prep_m.group("prep").lower()) if prep_m and prep_m.group("prep") else (
        "(" if prep_m and prep_m.group("paren") else "")
    prep_start = start - len(head) + prep_m.start() if prep_m else start
    if prep in ("as of", "as at"):
        return True
    if (prep == "from" and len(value) == 10 and not re.match(r"\s*(?:[-–—]|to|until|till|through)\b", text[end:end + 12])
            and not _FROM_BASE.search(text, max(s0, prep_start - 30), prep_start)):
        levels = [f for f in figures if not _CHANGE_BY.search(text, max(s0, f[0] - 30), f[0])]
        if not _figures_in_clause(text, levels, s0, sentence_end, start, end):
            return False  # "rationing from Friday", "From tomorrow, each home may use ...": when a measure starts
        # ... but "a day pass will cost €9.50 from 1 July": when that level holds
    if prep in ("since", "of") and _SUPERLATIVE_SINCE.search(head):
        # "the deadliest rail accident since 2011", "the longest final since 2018, when ...":
        # an earlier event at that date; "turnout was the highest since 2004", "the lowest since
        # 1995": only the base a level is compared with, neither an event nor the figure's time.
        return not (_EVENT_SUPERLATIVE.search(head) or _WHEN_AFTER.match(text, end, sentence_end))
    if _EXTREME_OF.search(head) and not _WHEN_AFTER.match(text, end, sentence_end):
        return True  # "below their peak of 2007", "the record set in 2019": the moment of a level, no event
    if prep == "of" and re.fullmatch(r"\d{4}", value) and _PERIOD_OF.search(head):
        return True  # "the summer of 2019", "the biggest blaze of 2024"
    # A weekday's span holds its "on" ("on Wednesday"): the noun stands before that.
    holds_on = span[:3].lower() == "on "
    noun_head = head + "on " if holds_on else head
    noun_before = _EVENT_NOUN_BEFORE.search(noun_head)
    if noun_before is None and figures and figures[0][1] <= start:
        after_figure = _EVENT_AFTER_FIGURE.search(noun_head)
        if after_figure and any(e <= start - len(head) + after_figure.start() for _s, e in figures):
            return False  # the event's date, not the figure's time
    if noun_before:
        # "a quake in 1987", "floods on 3rd March", "a five-day strike in April" (a figure
        # measures the event); not "12 wins in 2023", "40 fires in 2022", where the noun is
        # what a figure counts.
        noun_start = start - len(head) + noun_before.start()
        plural = noun_before.group().split()[0].lower().endswith("s")
        counted = plural and any(0 <= noun_start - e <= 2 for _s, e in figures)
        if not counted:
            return False
    if _EVENT_NOUN_AFTER.match(text, end) and (
            re.match(r"(?i)the\b", text[start:end]) or re.search(r"(?i)\b(?:the|a|an|its|their|this|that)\s+$", head)):
        return False  # "the 2018 blaze", "the 3 March floods", "a 2019 storm"
    if re.search(r"(?i)\b(?:ended|ending)\s+$|\b(?:weeks|months|quarter|year)\s+(?:to|through)\s+(?:the\s+end\s+of\s+)?$", head):
        return True  # "the three months ended Sept. 27", "the 13 weeks to 28 September": the end of a reporting period
    year_only = bool(re.fullmatch(r"\d{4}s?", value))
    # Something is said on a day: a year or month after 'reported' is the period of the figure
    # ("reported revenue of $4bn in 2023").
    day = len(value) == 10
    # "(2027 budget, finance ministry)" too: a bracket opens the same noun phrase.
    if prep in ("", "(") and re.match(r"\s+[a-z]{3,}\b", text[end:end + 20]) and year_only:
        nxt = re.match(r"\s+([a-z]+)", text[end:end + 20]).group(1)  # type: ignore[union-attr]
        if nxt not in _AUX and nxt not in _IRREGULAR and not nxt.endswith("ed") and not _DATED_BY_YEAR.fullmatch(nxt):
            return True  # "its 2030 goal", "the 2025 race", "2023 emissions": which one, not an event
    if (prep == "" and year_only and re.search(r"(?i)\b(?:its|their|his|her|our)\s+$", head)
            and re.match(r"\s+[A-Z]{2,}\b", text[end:end + 10])):
        return True  # "cut its 2025 GDP growth forecast": which forecast, after a verb as before a noun
    if re.match(r"\s+[A-Z]{2,}\b", text[end:end + 10]) and year_only and text[start - 1:start] in (" ", "") and \
            re.search(r"[A-Z]{3,}\s+$", head):
        return True  # "HOLMVIK 2029 GHG EMISSIONS": a headline's period
    if prep == "since":
        if HELD_SINCE.search(head):
            return False  # "has held its rate at 4.75% since July": when that level was set
        if _CHANGE_SINCE.search(head):
            return True
    if prep == "(" and any(0 <= prep_start - e <= 2 for _s, e in figures):
        return True  # "300,000 b/d (2027)"
    # A window keeps a sentence with many dates linear; a clause is rarely longer.
    lo = max(s0, prep_start - _WINDOW)
    breaks = [m.end() for m in DATE_CLAUSE.finditer(text, lo, prep_start)]
    clause = max(breaks, default=lo)
    at_start = not breaks and lo == s0
    i = bisect.bisect_right(figures, (prep_start, prep_start))
    before = [f for f in figures[max(0, i - 8):i] if clause <= f[0] and f[1] <= prep_start]
    figure = max(before, key=lambda f: f[1]) if before else None
    verbs = _verbs(text, clause, prep_start, min(sentence_end, end + 40))
    if figure is None and verbs and _SUBORDINATE_OPEN.match(text, clause, prep_start):
        return False  # "Since the year began last October, 286 mm have fallen": the date of that event
    if figure is not None:
        # The first end of a span of dates ("between Saturday and Tuesday") stands with this one.
        between_dates = any(figure[1] <= o[0] and o[1] <= prep_start and not _DATE_SPAN_JOIN.fullmatch(text, o[1], start)
                            for o in others)
        after = [v for v in verbs if v[0] >= figure[1]]
        if after and not between_dates and after[0][2] in _SET_PARTICIPLES and _RECORD_NOUN.fullmatch(
                text, figure[1], after[0][0]):
            return True  # "the record of 45.1C set in 2019", "the 35.9 GW record set in January 2024"
        if not after and not between_dates:
            # Attached to the figure's noun phrase; unless the figure is what was announced.
            lead = [v for v in verbs if v[1] <= figure[0]]
            if lead and _dates_an_act(text, lead[-1][2], figure, "on" if holds_on else prep):
                return False  # "paid €4m for him in 2021", "raised the price by 4.5 pct on Jan. 1"
            # False for "announced €1.5 million in aid on Friday"
            return not (lead and lead[-1][2] in _SPEECH_VERBS and day and not tally)
        if after and not between_dates:
            if after[-1][2] in _SPEECH_VERBS and day:
                return tally
            told = _SUBORDINATE_ACT.search(text, figure[1], prep_start)
            if told and after[-1][0] > told.end() and not _figures_from(figures, told.end(), prep_start):
                return False  # "two bodies recovered after the trawler sank ... late on Monday": the day it sank
            # "412,000 were installed in 2024": the figure is the subject, what happened; not
            # "the 1.6 GW plant will shut", "teams from six countries were expected".
            preceded = text[max(s0, figure[0] - 12):figure[0]]
            partitive = re.search(r"\d\s+of\s+(?:the\s+)?$", preceded)  # "84 of 96 departures were"
            return bool(_SUBJECT_LINK.match(text[figure[1]:after[0][0]])
                        and not (re.search(r"(?i)\b(?:of|from|in|with|by|for|to|at|on|between|among|into|over|under|"
                                          r"against|across|within|than|after|before|during|through)\s+"
                                          r"(?:(?:the|a|an)\s+)?$", preceded) and not partitive)
                        and text[figure[1]:figure[1] + 1] not in "-‐")
    set_after = _SET_AFTER_FIGURE.search(head)
    if set_after and any(e == start - len(head) + set_after.start() for _s, e in figures):
        return True  # "the race record is 41.2 km/h, set in 2019": when that figure was set
    if _APPOSITIVE_PARTICIPLE.search(head) and _LINK_TO_FIGURE.match(text, end, sentence_end) and _figures_from(
            figures, end, min(sentence_end, end + 40)):
        return True  # "the estimate, issued on Thursday 11 June, is $58mn": when that figure was given
    if verbs:
        verb = verbs[-1]
        if verb[2] in _SPEECH_VERBS and day:
            if not figures and _QUOTE_BEFORE.search(text, s0, prep_start):
                return True  # '"It was not a landslide," she said on Monday': when a remark was made
            if verb[2].startswith("announc"):
                return False  # "announced on Oct. 16 that it is recalling ...": the announcement is the news
            if _reports_figures_after(text, end, sentence_end, figures, others):
                return True  # "said on Sunday that it would pay €5,000": when the figures were given
            return tally and bool(figures)
        if _CONDITION.search(text, max(s0, clause - 12), clause):
            if any(clause - 14 <= e <= clause for _s, e in figures):
                return True  # "rising to 300,000 b/d once pumps are installed by 2027": when it holds
        # "The average car sold in 2024 emitted 128 grams": a participle in the subject, whose
        # clause goes on to state a figure.
        # Not "She ran aground on 10 October and spent five days stuck": a pronoun's verb, or one
        # whose clause goes on with "and", tells an act of its own.
        if (not any(v[2] in _AUX for v in verbs) and at_start and _is_participle(verbs[-1][2])
                and not _PRONOUN_BEFORE.search(text, max(0, verbs[-1][0] - 7), verbs[-1][0])):
            rest = text[end:min(sentence_end, end + _WINDOW)]
            stop = DATE_CLAUSE.search(rest)
            rest_clause = rest[:stop.start()] if stop else rest
            later = _figures_from(figures, end, end + len(rest_clause) + 1)
            later_verbs = _verbs(text, end, end + len(rest_clause), sentence_end)
            if later and later_verbs and not _AND_BEFORE.search(text, end, later_verbs[0][0]):
                return True
        return False
    # No figure and no verb before the date in its clause: a frame ("In 2023, ...", "by Sunday
    # evening the agency put ...") when a figure follows; an event date when a verb follows at
    # once ("Ashvin on Wednesday reported ...").
    if at_start and prep in ("in", "on", "at", "during", "") and _acts_after(text, end, sentence_end, figures):
        return False  # "In 2024 it fined three cement makers €96 million": the date of that act
    acted = _SUBJECT_THEN_ACTION.match(text, end, min(sentence_end, end + 60)) if at_start and len(value) == 10 else None
    if acted and acted.group(1) not in _SETTING_VERBS and acted.group(1) not in _SPEECH_VERBS:
        return False  # "On Monday the company agreed to sell itself ...": the day of that act
    follow = re.match(r"\s+(?:(?:night|morning|afternoon|evening)\s+)?([a-z]+)", text[end:end + 30])
    if follow and not year_only and len(value) == 10:
        word = follow.group(1)
        if word in _SPEECH_VERBS:
            return tally and bool(figures)
        if word in _SETTING_VERBS and _figures_from(figures, end, min(sentence_end, end + _WINDOW)):
            return True  # "The bank yesterday raised its rate ... to 6.75%": the day the new level holds from
        if word.endswith("ed") or word in _IRREGULAR or word in _AUX:
            return False
    if _APPOSITIVE_ACT.search(head) and text[end:end + 1] == ",":
        return False  # "The main, laid in 1911, burst and left 41,200 homes dry": the subject's own history
    rest = text[end:min(sentence_end, end + _WINDOW)]
    stop = re.search(r"[.;]\s|\b(?:which|who|when|whereas|while|although|because)\b", rest)
    window = end + (stop.start() if stop else len(rest))
    return bool(_figures_from(figures, end, window))


# A participle between commas before a date: "the main, laid in 1911, ...", "the bridge, opened
# in 1962, ...".  (One that gives the figures out, "issued on", is _APPOSITIVE_PARTICIPLE's.)
_APPOSITIVE_ACT = re.compile(
    r",\s+(?:first\s+)?(?:[a-z]{3,}ed|laid|built|made|born|held|sold|bought|begun|won|dug|cast|struck|drawn|written|"
    r"sunk|rebuilt)\s+(?:in|on)\s+(?:the\s+)?$")


# A clause of its own after a figure's, telling an act that a later date dates: "... were
# rescued after the trawler sank", "... were evacuated when the levee broke".
_SUBORDINATE_ACT = re.compile(r"\b(?:after|when|before|because|once)\s+(?:the|a|an|its|their|his|her|[A-Z])")
_AND_BEFORE = re.compile(r"(?i)\band\s+(?:\w+ly\s+)?$")


def _dates_an_act(text: str, verb: str, figure: tuple[int, int], prep: str) -> bool:
    """Is a date after a figure the date of a one-off act that the figure prices or measures
    ("paid €4m for him in 2021", "signed a 15-year deal in 2031", "passed the bill 96 to 71 on
    May 19", "raised the price by 4.5 pct on Jan. 1")?  Only for acts that happen once (a deal,
    a payment, a fine, a vote), never for a level reached or a period's total ("closed down
    6.8 pct on Monday", "saved 320,000 tonnes in 2027", "raised its estimate to €62m on Nov.
    19": the day the new level holds)."""
    if prep not in ("on", "in"):
        return False  # "by Friday", "between Friday and Sunday": when a figure holds
    if verb in _SETTING_VERBS:
        return bool(re.search(r"\bby\s+$", text[max(0, figure[0] - 4):figure[0]]))
    return verb in _ONE_OFF_ACTS


# Acts a figure prices or measures and whose date is news of its own.
_ONE_OFF_ACTS = frozenset("""paid bought signed pledged passed fined shot awarded approved granted donated
    agreed sealed released borrowed voted""".split())


# A participle opening an appositive before a date, and a link to a figure after it: "the
# estimate, issued on Thursday 11 June, is $58mn".
_APPOSITIVE_PARTICIPLE = re.compile(
    r",\s+(?:issued|published|released|updated|revised|reported|announced|confirmed|given|told|shown|put)"
    r"\s+(?:on|in|at)\s+(?:the\s+)?$")
_LINK_TO_FIGURE = re.compile(r"\s*,\s+(?:is|was|are|were|stands\s+at|stood\s+at|came\s+to|comes\s+to)\s+")
# A quotation closed before the speaker's verb: '"...," she said'.
_QUOTE_BEFORE = re.compile(r"[,.!?][\"”]\s+[^\"“”]{0,60}$")


# Verbs that state a level or a total over a period rather than an act: after a frame ("In
# 2023 exports rose 4%", "Last year Eastmark emitted 41.2 Mt") the date is the figures' time.
_LEVEL_VERBS = frozenset(
    """rose risen fell fallen grew grown reached stood totalled totaled amounted averaged climbed dropped declined
    increased decreased jumped slipped gained lost edged surged soared plunged slumped doubled tripled halved hit
    topped exceeded neared came remained stayed emitted produced recorded registered posted earned made generated
    carried handled exported imported spent received attracted drew welcomed employed saw counted logged served
    treated delivered shipped mined collected put estimated measured numbered had held kept ran peaked covered cost
    lasted spanned stretched weighed bottomed answered processed conducted performed completed hosted issued
    evacuated rescued arrested vaccinated tested""".split())


def _is_participle(word: str) -> bool:
    """'sold', 'installed', 'built': a form that can stand in a subject ("the average car sold
    in 2024"), unlike 'takes' or 'opens'."""
    return word.endswith("ed") or (word in _IRREGULAR and not word.endswith("s") and word not in _BASE_FORMS)


_BASE_FORMS = frozenset("arrive finish open close end begin start remain reach sail take hold".split())


_PERIOD_OF_FIGURES = re.compile(r"(?i)\b(?:between|for|over|in|during|from)\s+(?:the\s+)?$")
# A report, figures or results published on a day: the day a source spoke.
_SOURCE_OUT_ON = re.compile(r"(?i)\b(?:(?P<issued>released|issued)|came\s+out|showed|show)\s+(?:on\s+)?(?:the\s+)?$")
# What is released as a source ("the figures released on Thursday"), not a reserve, a prisoner
# or water released on a day, which is an act.
_RELEASED_SOURCE = re.compile(r"(?i)\b(?:reports?|figures|data|results|statistics|stats|survey|study|statement|"
                              r"numbers|findings|estimates?|census|index|minutes|review|audit|accounts|poll|forecast|"
                              r"update|bulletin|release|paper|analysis|assessment|it|they)\b")


def _figures_in_clause(text: str, figures: list[tuple[int, int]], sentence_start: int, sentence_end: int,
                       start: int, end: int) -> bool:
    """Is there a figure in the clause around ``text[start:end]``?"""
    breaks = [m.end() for m in DATE_CLAUSE.finditer(text, max(sentence_start, start - _WINDOW), start)]
    lo = max(breaks, default=max(sentence_start, start - _WINDOW))
    stop = DATE_CLAUSE.search(text, end, min(sentence_end, end + _WINDOW))
    hi = stop.start() if stop else min(sentence_end, end + _WINDOW)
    return any(lo <= s and e <= hi for s, e in figures)


def _acts_after(text: str, end: int, sentence_end: int, figures: list[tuple[int, int]]) -> bool:
    """After a frame date, does the clause tell an act before any figure ("In 2024 it fined
    three cement makers €96 million", "In March 2029 a power failure took the system down for
    six hours", "On Wednesday the board fined Ardentis")?  Not when a figure is the subject
    ("In 2023, 412,000 were installed") or the verb states a level ("In 2023 exports rose 4%")."""
    rest_end = min(sentence_end, end + _WINDOW)
    following = _figures_from(figures, end, rest_end)
    stop = following[0][0] if following else rest_end
    clause = DATE_CLAUSE.search(text, end + 1, stop)
    if clause and clause.group() not in (",", ""):
        stop = clause.start()
    acts = [v for v in _verbs(text, end, stop, sentence_end) if v[2] not in _AUX]
    if not acts:
        return False
    verb = acts[0][2]
    if verb in _SPEECH_VERBS:
        return verb.startswith("announc")
    return verb not in _LEVEL_VERBS and verb not in _SETTING_VERBS


def _reports_figures_after(text: str, end: int, sentence_end: int, figures: list[tuple[int, int]],
                           others: list[tuple[int, int]]) -> bool:
    """Does the report a day is told for go on to give figures with no date of their own ("said
    on Sunday that it would pay €5,000 to each survivor", "told staff on Tuesday that as many as
    600 ...")?  Not when the reported clause dates them itself ("reported on Wednesday that prices
    in February were 7.9% higher")."""
    after = _figures_from(figures, end, sentence_end)
    if not after:
        return False
    first = after[0][0]
    if any(end <= o[0] < sentence_end for o in others):
        return False
    return bool(re.match(r"\s+(?:that\s+)?[^,;:()]*$", text[end:first])) and first - end <= 120


# A timeline's item: "- **14 March:** the strike begins", "1. **29 November** - the report",
# "- **Tue 6 Nov** — a team is sent": the date heads the line and a separator follows it.
_TIMELINE_HEAD = re.compile(r"[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]*(?:\*\*|__)?[ \t]*"
                            r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?")
# (The separator is also how clustering tells that a date labels a timeline item.)
TIMELINE_SEPARATOR = re.compile(r"\s*(?:\*\*|__)?\s*[:–—]|\s*(?:\*\*|__)?\s+-\s")
_ENTRY_START = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*")  # the item's words after the separator
# The words an item may open with before its figure and still be that figure's value: "about",
# "a further", "roughly".
_VALUE_ENTRY_WORDS = 2


def _timeline_entry(text: str, line_start: int, start: int, end: int) -> int | None:
    """Where a timeline item's words begin when the date at [start, end) heads the item."""
    if not _TIMELINE_HEAD.fullmatch(text, line_start, start):
        return None
    separator = TIMELINE_SEPARATOR.match(text, end)
    return _ENTRY_START.match(text, separator.end()).end() if separator else None  # type: ignore[union-attr]


def _value_entry(text: str, figures: list[tuple[int, int]], entry: int) -> bool:
    """Is a timeline item's text a figure that holds on its date ("- **2034:** 3.8%", "Friday:
    $66.1m", "- **9 Feb:** about 140 new cases") rather than an event on it ("- **8 May:** three
    intakes are closed", "- **1 March:** 12-week consultation opens")?  The first is the figure's
    time, the second a date of its own."""
    first = _figures_from(figures, entry, _line_end(text, entry))
    if not first:
        return False
    fig_start, fig_end = first[0]
    if re.search(r"-[a-z]+$", text[fig_start:fig_end]):
        return False  # "12-week consultation", "one-day walkout": a figure that describes the event
    return len(re.findall(r"[A-Za-z]+", text[entry:fig_start])) <= _VALUE_ENTRY_WORDS


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def _figures_from(figures: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The figures (sorted spans) that start in [lo, hi)."""
    i = bisect.bisect_left(figures, (lo, lo))
    j = bisect.bisect_left(figures, (hi, hi))
    return figures[i:j]
