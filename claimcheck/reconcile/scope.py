"""The scope of a figure: the time it holds for and which part of a measure it covers.

Two claims about one subject still cannot contradict each other when they hold for different
times ("in 2020" and "in 2021", a toll on Monday and one on Wednesday) or different parts
("core inflation" and inflation, "Eleven of the injured" and the injured, a change over a
month and one over a year).  ``cluster`` asks these questions of every candidate pair.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from claimcheck.extract import TIME_DEPENDENT
from claimcheck.extract.claims import UNDATED_AFTER_DAYS
from claimcheck.extract.context import SINGULAR_DAY, STOPWORDS
from claimcheck.extract.numbers import parse_number_words
from claimcheck.models import ClaimRecord, Kind


def time_compatible(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Claims about different periods never clash; an unknown period is compatible."""
    if a.claim.time_target != b.claim.time_target:
        return False
    if a.claim.time_target and bool(a.time_low) != bool(b.time_low):
        return False  # a forecast "by 2030" and one for no stated year may be for different years
    if (a.claim.time and not a.time_low) or (b.claim.time and not b.time_low):  # a time said, not resolved
        weekday_a, weekday_b = _unresolved_weekday(a), _unresolved_weekday(b)
        if weekday_a or weekday_b:
            # "on Tuesday" in an article with no date: only that weekday's figures compare.
            return all(_weekday_of(x) in (None, weekday) for x, weekday in ((b, weekday_a), (a, weekday_b)) if weekday)
        if _unresolved_past(a) or _unresolved_past(b):
            # "last year" in an article with no date: some earlier period, which one unknown;
            # it compares only with the same words ("£299,000 in October last year").
            return (a.claim.time or "").lower() == (b.claim.time or "").lower()
    if not (a.time_low and a.time_high and b.time_low and b.time_high):
        return True
    if (a.claim.kind not in TIME_DEPENDENT and not (_is_short(a) and _is_short(b)) and not _ages_in_years(a, b)
            and not _dated_event_length(a, b)):
        return True  # a length or area rarely changes; only a dated reading ("on Tuesday") scopes it
    if _said_before_it_was_so(a, b) or _said_before_it_was_so(b, a):
        return False
    if a.time_low <= b.time_high and b.time_low <= a.time_high:
        return True
    # Running totals a few days apart still compare: a toll may rise, never fall (see
    # conflicts.tally_grew, which excuses the rise).
    return is_running_total(a) and is_running_total(b) and _days_apart(a, b) <= MAX_TALLY_GAP_DAYS


# A figure said to replace an earlier one.
_REVISED = re.compile(r"(?i)\b(?:latest|revised|updated|raised|lowered|upgraded|downgraded|new)\s+(?:[\w-]+\s+){0,2}"
                      r"(?:estimate|forecast|figure|count|tally|toll|total|guidance)s?\b|\b(?:raised|lowered|revised|cut)\s+"
                      r"(?:its|their|the)\s+(?:[a-z-]+\s+)?(?:estimate|forecast|guidance)")


def _said_before_it_was_so(undated: ClaimRecord, dated: ClaimRecord) -> bool:
    """A figure with no time of its own, in an article published before the day a revised
    figure is stated for ("the latest estimate, issued on Thursday 11 June, is $58mn" against a
    10 June wire's "$40-45 million"): the article could not report it, so it disputes nothing."""
    if (undated.claim.time or not undated.time_high or not single_day(dated) or not dated.time_low
            or not _REVISED.search(dated.claim.sentence)):
        return False
    return dated.time_low > _published(undated)


def _published(undated: ClaimRecord) -> str:
    """The day the article of a figure with no time of its own appeared (ISO): the end of its
    undated window less the days after publication that window allows."""
    return (dt.date.fromisoformat(undated.time_high or "") - dt.timedelta(days=UNDATED_AFTER_DAYS)).isoformat()


def _dated_event_length(a: ClaimRecord, b: ClaimRecord) -> bool:
    """How long something lasted, said of a dated past event ("Last summer's strike, which
    grounded 700 flights over three days", "its last outage, in March 2029, lasted six hours"):
    another time's event, as a count would be."""
    return a.claim.kind is Kind.duration and b.claim.kind is Kind.duration and bool(a.claim.time or b.claim.time)


def _ages_in_years(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Two durations each stated for a year ("a median age of 41.3 years in 2029", "| 2019 |
    39.6 |"): an average age or a waiting time changes from year to year, as a count does."""
    return a.claim.kind is Kind.duration and b.claim.kind is Kind.duration and bool(a.claim.time and b.claim.time)


_EARLIER = re.compile(r"(?i)\b(?:last|previous|prior|earlier|ago|before)\b")


def _unresolved_past(record: ClaimRecord) -> bool:
    """A time said relative to an article date that is unknown and pointing back, or a day the
    article names but does not date ("on the coldest night")."""
    return bool(record.claim.time) and not record.time_low and bool(
        _EARLIER.search(record.claim.time or "") or SINGULAR_DAY.match(record.claim.time or ""))


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _unresolved_weekday(record: ClaimRecord) -> str | None:
    time = record.claim.time or ""
    return time if time in WEEKDAYS and not record.time_low else None


def single_day(record: ClaimRecord) -> bool:
    """The claim states a time, and that time is one day ("on Tuesday", "| Mon 20 July |")."""
    return bool(record.claim.time and record.time_low and record.time_low == record.time_high)


def _weekday_of(record: ClaimRecord) -> str | None:
    """The weekday a claim's time names, when it is one day (None when no day is known; an
    unresolved weekday names itself)."""
    if _unresolved_weekday(record):
        return record.claim.time
    if single_day(record) and record.time_low:
        try:
            return WEEKDAYS[dt.date.fromisoformat(record.time_low).weekday()]
        except ValueError:
            return None
    return None


CUMULATIVE_MEASURES = frozenset({"=deaths", "=injuries", "=displaced", "=cases", "=damage", "=missing",
                                 "=cancellations"})
MAX_TALLY_GAP_DAYS = 7


def is_running_total(record: ClaimRecord) -> bool:
    """A dated count that only grows."""
    return _is_short(record) and _only_grows(record)


def _only_grows(record: ClaimRecord) -> bool:
    """A count of deaths, injuries, displaced, cases, damage, missing, or one its sentence calls
    a total so far ("2.9 mln birds have been culled so far")."""
    return record.claim.kind is Kind.count and (
        not CUMULATIVE_MEASURES.isdisjoint(record.names) or tally_scope(record.claim.sentence) == "cumulative")


def tally_day(record: ClaimRecord) -> str | None:
    """The day a running total holds: its own stated day, or, when it states none, the day its
    article appeared ("cases rise to 74", in a wire of Oct 7); None for any other figure."""
    if not _only_grows(record):
        return None
    if _is_short(record):
        return record.time_low
    if record.claim.time is None and record.time_high and not record.claim.time_target:
        return _published(record)
    return None


def _days_apart(a: ClaimRecord, b: ClaimRecord) -> int:
    try:
        first = dt.date.fromisoformat(min(a.time_high or "", b.time_high or ""))
        last = dt.date.fromisoformat(max(a.time_low or "", b.time_low or ""))
    except ValueError:
        return 10**6
    return (last - first).days


def _is_short(record: ClaimRecord) -> bool:
    """A time of a month or less: a dated reading rather than a period."""
    return record.time_low is not None and record.time_high is not None and record.time_low[:7] == record.time_high[:7]


SPAN = re.compile(r"(?i)\b(?:in|over|during|for)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?"
                   r"(?:years|decades|decade|twelve\s+months|12\s+months)\b"
                   # "shares have lost 21% since the start of the year": not the day's move
                   r"|\b(?:since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|year[- ]to[- ]date|so\s+far\s+this\s+year)\b"
                   # "this year's total of pangolin scales seized ... has reached 5.9 tonnes"
                   r"|\b(?:this|the)\s+year['’]s\s+(?:running\s+)?total\b")
_CUMULATIVE = re.compile(r"(?i)\bsince\s+(?:the\s+)?[\w-]+\s+(?:began|started|begun)\b|\bso\s+far\b|\bto\s+date\b|"
                         r"\bin\s+total\b|\bcumulative\b|\bsince\s+(?:the\s+)?(?:disclosure|announcement|attack|outbreak|"
                         r"launch|start|listing|bid|offer)\b"
                         # "since H5N1 was confirmed at the site on Nov. 8": since the event began
                         r"|\bsince\s+[^,.;]{0,60}?\b(?:was|were)\s+(?:first\s+)?(?:confirmed|found|detected|discovered|"
                         r"declared|reported)\b")
_DAILY = re.compile(r"(?i)\bday\s+(?:one|two|three|four|five|[1-9])\b|\b(?:first|second|third)\s+day\b|\bdaily\b|"
                    r"\bper\s+day\b|\ba\s+day\b|\bon\s+the\s+day\b|\bin\s+a\s+single\s+day\b")


@lru_cache(maxsize=65_536)  # a sentence's claims ask the same question
def tally_scope(sentence: str) -> str | None:
    cumulative, daily = bool(_CUMULATIVE.search(sentence)), bool(_DAILY.search(sentence))
    return None if cumulative == daily else "cumulative" if cumulative else "daily"


NATIONAL = frozenset({"national", "nationwide", "nationally", "countrywide"})


# A count said of one site and a count said of the whole firm ("The Morvath site employs about
# 1,150 people", "The company employs 4,600 people"; "the plant employs 900", "about 4,000
# people worldwide"): a part and its whole.  (Not "city": "City First won 24 seats".)
_UNIT_OF_FIRM = frozenset("site plant factory mine branch store office studio facility depot".split())
_WHOLE_FIRM = frozenset("company group firm".split())
_WORLDWIDE = frozenset("worldwide global globally groupwide".split())
MAX_SCOPE_WORDS = 6  # how many of the words nearest the number may say it


def firm_scope(record: ClaimRecord) -> str | None:
    """'unit' for a count said of one site, 'whole' for one said of the whole firm, else None."""
    if record.claim.kind is not Kind.count:
        return None
    near = set(record.local[:MAX_SCOPE_WORDS])
    if near & _WORLDWIDE:
        return "whole"
    unit, whole = bool(near & _UNIT_OF_FIRM), bool(near & _WHOLE_FIRM)
    return "unit" if unit and not whole else "whole" if whole and not unit else None


# A word that makes a figure a part or a variant of a measure, before the measure's noun:
# "core inflation", "food prices", "real wages", "pre-tax profit".  ("Headline" or
# "consumer" prices are the measure itself, so they are not here.)
_PART_OF_MEASURE = re.compile(
    r"(?i)\b(core|underlying|food|fuel|energy|electricity|producer|wholesale|real|nominal|pre-?tax|adjusted|"
    r"housing|rental|services?|goods|youth|young|female|women(?:'s|’s)?|male|men(?:'s|’s)?|child(?:ren(?:'s|’s)?)?|"
    r"adult|rural|urban|first-time|defen[cs]e|military|education|welfare|pension|vip|premium|business-class|first-class|student|senior|minimum|maximum|peak|off-peak|"
    r"long-term|short-term|average|mean|median|sustained|top|danger|warning|alert|net|gross|operating)\s+(?:(?:consumer|operating|trading|monthly|weekly|annual|yearly|daily|hourly)\s+)?(?:price|prices|inflation|cpi|index|costs?|bills?|sales|"
    r"growth|output|wages?|income|earnings|profits?|rents?|spending|exports?|imports?|unemployment|employment|"
    r"jobless(?:ness)?|rates?|salar(?:y|ies)|fares?|tickets?|fees?|tariffs?|poverty|turnout|participation|"
    r"winds?|speeds?|temperatures?|pay|buyers?|levels?|marks?)\b"
)  # (not gusts: a gust is a peak, so "peak gust" and "gusts reached" are one measure)


# "Turnout among 18-24 year olds", "unemployment among women": a figure for part of the
# population is another figure than the whole's.
_IS_BEFORE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|being|remains?|remained)\s+(?:now\s+|still\s+)?$")
_AMONG = re.compile(r"(?i)\bamong\s+(?:the\s+|those\s+)?(?!(?:them|these|those|us|whom|which)\b)([\w–-]+)")


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_CHANGE_BASIS = {
    "month": re.compile(r"(?i)\bm/m\b|\bmonth[- ](?:on|over)[- ]month\b|\bon the month\b|\bmonthly\b|"
                        r"\b(?:from|than) (?:the previous|a|the prior) month\b|\bbetween " + _MONTH + r" and " + _MONTH),
    "quarter": re.compile(r"(?i)\bq/q\b|\bquarter[- ](?:on|over)[- ]quarter\b|\bon the quarter\b|\bquarterly\b|"
                          r"\b(?:from|than) (?:the previous|a|the prior) quarter\b"),
    # "seven per cent below their peak": a gap to a reference level, not a change over a period
    "reference": re.compile(r"(?i)\b(?:below|above|under|short\s+of|off)\s+(?:its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}"
                            r"(?:peak|high|record|low|average|level|target)s?\b"),
    "year": re.compile(r"(?i)\by/y\b|\byoy\b|\byear[- ](?:on|over)[- ]year\b|\bon the year\b|\bin the year to\b|"
                       r"\bannual(?:ly)?\b|\b(?:from|than) (?:the previous|a|the prior) year\b|\ba year (?:earlier|ago|before)\b"),
}


def change_basis(record: ClaimRecord) -> frozenset[str]:
    """The period a percent figure's change is measured over, when the words near it say:
    "rose 0.6% m/m" (a month), "up 4.47% y/y", "in the year to October" (a year)."""
    claim = record.claim
    if claim.kind is not Kind.percent:
        return frozenset()
    at = claim.start - claim.sentence_start
    window = claim.sentence[max(0, at - 60):at + len(claim.text) + 40]
    return frozenset(name for name, pattern in _CHANGE_BASIS.items() if pattern.search(window))


# "Three of the dead were children", "Eleven of the injured": a part of a counted whole.
# ("118 of the 240 seats" names the whole's size: there the figure is the count itself.)
_PARTITIVE = re.compile(
    r"(?i)\s+of\s+(?:them\b|(?:the|those|these|its|their)\s+"
    # "seventy-two of the ninety-six departures" names the whole's size: the figure is the count
    r"(?!(?:[\w-]+['’]s\s+)?(?:[\d,.]+\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand)\b))"
    # "1,700 of its people will lose their jobs": the whole is the organisation, not a group counted before
    r"(?!(?:people|staff|workforce|employees|workers|members|customers|users)\b)[a-z])")


def _partitive_match(record: ClaimRecord) -> re.Match[str] | None:
    claim = record.claim
    if claim.kind is not Kind.count:
        return None
    at = claim.start - claim.sentence_start
    if _ALL_BEFORE.search(claim.sentence[max(0, at - 5):at]):
        return None  # "all sixteen of its beaches": the whole itself
    return _PARTITIVE.match(claim.sentence, at + len(claim.text))


_ALL_BEFORE = re.compile(r"(?i)\ball\s+$")


def is_partitive(record: ClaimRecord) -> bool:
    """A count of part of a counted whole ("Three of the dead", "Eleven of the injured")."""
    return _partitive_match(record) is not None


_DETAIL_END = re.compile(r"[,;:.!?()]|\s(?:and|but|while|whereas)\s")
_DETAIL_WORD = re.compile(r"[a-z][a-z-]{2,}")


def partitive_detail(record: ClaimRecord) -> list[str]:
    """The words that say which part a partitive count is ("nine of them seriously" ->
    ['seriously'], "22 of them in round two" -> ['round', 'two']); [] if it is none."""
    m = _partitive_match(record)
    if m is None:
        return []
    rest = record.claim.sentence[m.end():]
    if not m.group(0).endswith("them"):
        rest = re.sub(r"^[\w-]*", "", rest)  # the rest of the whole's noun ("of the i|njured")
    end = _DETAIL_END.search(rest)
    return [w for w in _DETAIL_WORD.findall((rest[:end.start()] if end else rest).lower()) if w not in STOPWORDS]


PARTITIVE_PART = "of the whole"


# "a 5.4 percent raise over two years" (the term of another figure) and "a decade of raises"
# (a span of time it covers) are different durations.
_TERM_BEFORE = re.compile(r"(?i)\b(?:over|across|within|during|for)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?$")
_CLAUSE_VERB = re.compile(r"(?i)\b(?:will|would|can|could|may|might|must|shall|should|is|are|was|were|has|have|had|"
                          r"be|been|to)\s+(?!(?:be\s+)?(?:paid|spread|repaid|phased)\b)\w")
# A number token with what is glued to it and the word either side: "M14", "COVID-19", "18
# September" and "in 2031" are no figure a duration could be the term of.
_NUMBER_TOKEN = re.compile(r"(?:\b[A-Za-z]+\s+)?[\w$€£%.,-]*\d[\w%.,-]*(?:\s+[A-Za-z]+)?")
_IDENTIFIER_OR_DATE = re.compile(
    r"(?i)[a-z]-?\d|\b(?:1[89]|2[01])\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b")
# "from some 20,000 throats, and for four minutes": a new clause, not that figure's term.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|then)\b")
_SPAN_OF_AFTER = re.compile(r"(?i)\s+of\s+[a-z]")
# A night's or a minimum temperature is not the day's high.
_AGE_GROUP = re.compile(r"(?i)\baged\s+(?:\d|over|under|between)|\b(?:over|under)-\d+s\b|\b\d+\s*\+|"
                          r"\b\d+\s+(?:and|or)\s+(?:older|over|above|younger|under)\b")
_NIGHT_WORDS = frozenset({"night", "overnight", "minimum", "low", "lowest", "coldest", "dawn"})
# A part named in other words: the other sentence names a night's low if it says any of these.
PART_SYNONYMS = {"night": _NIGHT_WORDS}


# "turnout in the mayoral race" and "referendum turnout": two votes held the same day.
_CONTEST = re.compile(r"(?i)\b(mayoral|referendum|presidential|parliamentary|legislative|council|primary|run-?off|"
                      r"by-?election|senate|gubernatorial)\b")
# "31 for a majority", "the thirty-one needed to govern alone": a threshold, not a count won.
_THRESHOLD_AFTER = re.compile(r"(?i)\s*(?:seats?\s+)?(?:are\s+|is\s+)?(?:for|needed\s+for|required\s+for|needed\s+to\s+\w+|"
                              r"short\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:majority|quorum|alone)\b")


# "the last two bidders", "the top three", "the remaining four": some of a group counted whole.
_SUBSET_BEFORE = re.compile(r"(?i)\b(?:last|final|top|remaining|other)\s+$")
_OTHER_AFTER = re.compile(r"(?i)\s+(?:other|more|further)\b")
_EACH_BEFORE = re.compile(r"(?i)\beach\s+(?:of\s+(?:the|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?:carried|has|had|holds?|held|gets?|got|"
                          r"receives?|received|costs?|cost|earns?|earned|pays?|paid|takes?|took|seats?|employs?|employed|"
                          r"elects?|elected|electing|returns?|returned|returning|sends?|sent|sending|with|having|carrying)\s+"
                          r"(?:(?:about|around|some|nearly|almost|up\s+to|at\s+least)\s+)?$")
_EACH_AFTER = re.compile(r"(?i)\s+(?:[a-z-]+\s+)?(?:each|apiece)\b")


def covers_past_years(record: ClaimRecord) -> bool:
    """'killed more than 300 in the past 25 years': a total over years before the article (said
    near the figure: "..., as the lira lost 11% over the past twelve months" is another's)."""
    claim = record.claim
    at = claim.start - claim.sentence_start
    return bool(SPAN.search(claim.sentence, max(0, at - _SPAN_REACH), at + len(claim.text) + _SPAN_REACH))


_SPAN_REACH = 80


# "in the next seven days", "over the past 12 months", "within the next two years": the window
# a figure is counted or forecast over.
_WINDOW = re.compile(
    r"(?i)\b(?:in|over|during|within|for)\s+the\s+(?P<way>next|coming|following|past|last|previous|preceding)\s+"
    r"(?:(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?P<unit>days?|weeks?|months?|years?|decades?)\b")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}


def counted_window(record: ClaimRecord) -> tuple[str, int] | None:
    """The window said next to a figure, as (ahead or back, days): "an 18% chance of an
    aftershock ... in the next 30 days" is ("ahead", 30), and no figure "in the next seven days"."""
    claim = record.claim
    at = claim.start - claim.sentence_start
    m = _WINDOW.search(claim.sentence, max(0, at - _SPAN_REACH), at + len(claim.text) + _SPAN_REACH)
    if m is None:
        return None
    word = (m.group("n") or "one").lower()
    count = int(word) if word.isdigit() else parse_number_words(word)
    if not count:
        return None  # "over the past few years": no stated length
    way = "ahead" if m.group("way").lower() in ("next", "coming", "following") else "back"
    return way, round(count * _UNIT_DAYS[m.group("unit").lower().rstrip("s")])


def contests(record: ClaimRecord) -> frozenset[str]:
    """The kinds of vote named next to the number ("mayoral", "referendum")."""
    claim = record.claim
    at = claim.start - claim.sentence_start
    window = claim.sentence[max(0, at - 60):at + len(claim.text) + 30]
    return frozenset(m.group(1).lower().replace("-", "") for m in _CONTEST.finditer(window))


def parts_of_measure(record: ClaimRecord) -> frozenset[str]:
    """Words and marks that make a figure a part or a variant of a measure: "core" inflation,
    "first-time buyers", "Eleven of the injured", "aged 75 and older", a night's low, a
    duration that is a figure's term ("over two years")."""
    claim = record.claim
    at = claim.start - claim.sentence_start
    extra: list[str] = []
    if claim.kind is Kind.duration:
        term = _TERM_BEFORE.search(claim.sentence[max(0, at - 30):at])
        before = claim.sentence[max(0, at - 90):max(0, at - 30) + term.start()] if term else ""
        figure = [m for m in _NUMBER_TOKEN.finditer(before) if not _IDENTIFIER_OR_DATE.search(m.group(0))]
        if figure and not _CLAUSE_VERB.search(before, figure[-1].end()) and not _CLAUSE_BREAK.search(before, figure[-1].end()):
            # "a 4.5% raise over two years": the duration is the term of the figure before it
            # ("the system was down for some 13 hours" has none: it is the measure itself, and
            # so is "1.4 million households will lose power for three hours": a verb between)
            extra.append("term of a figure")
        elif _SPAN_OF_AFTER.match(claim.sentence, at + len(claim.text)):
            extra.append("span of time")
    if claim.kind is Kind.temperature and _NIGHT_WORDS & set(
            re.findall(r"[a-z]+", claim.sentence[max(0, at - 60):at + len(claim.text) + 40].lower())):
        # in its own sentence: a sentence opening "It" borrows the one before's words, and
        # "By last night the blaze had ..." does not make the next sentence's high a night's
        extra.append("night")
    if claim.kind is Kind.count and _THRESHOLD_AFTER.match(claim.sentence, at + len(claim.text)):
        extra.append("a threshold")
    if claim.kind is Kind.count and (_SUBSET_BEFORE.search(claim.sentence[max(0, at - 14):at])
                                     or _OTHER_AFTER.match(claim.sentence, at + len(claim.text))):
        extra.append("a subset")  # "the last two bidders", "three other drug makers" (after the number)
    if claim.kind is not Kind.date and (_EACH_BEFORE.search(claim.sentence[max(0, at - 70):at])
                                        or _EACH_AFTER.match(claim.sentence, at + len(claim.text))):
        extra.append("each")  # "Each of the four boats carried nine observers": per boat, not in all
    if _AGE_GROUP.search(claim.sentence, max(0, at - 60), at + len(claim.text) + 40):
        extra.append("an age group")  # "efficacy fell to 58% in participants aged 75 and older"
    window_start = max(0, at - 100)
    window = claim.sentence[window_start:at + len(claim.text) + 40]
    partitive = [PARTITIVE_PART] if is_partitive(record) else []
    # (not the figure's own group after a copula: "Oskel is among nineteen villages" states
    # nineteen; "Among 240 patients, those tested ..." is a group of its own)
    among = ["among " + m.group(1).lower() for m in _AMONG.finditer(window)
             if m.start(1) != at - window_start or not _IS_BEFORE.search(window, 0, m.start())]
    return frozenset([re.sub(r"[-'’]|s$", "", m.group(1).lower()) for m in _PART_OF_MEASURE.finditer(window)]
                     + among + partitive + extra)
