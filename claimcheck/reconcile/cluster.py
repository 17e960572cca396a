"""Group claims that speak of the same thing, without comparing every pair.

1. Blocking: only claims of the same kind, unit family, role and counted noun can meet.
2. Candidates: inside a block, an inverted index on the words next to each number yields
   the pairs that share at least one such word; very common words do not make candidates.
   Figures of one story written with the same digits ("850 m" / "850 feet", "4.8 mln" /
   "4.8bn") or two neighbouring digits swapped ("1,850" / "1,580") meet through keys of
   their digits, whatever their words: a misprint is a common way for outlets to disagree.
3. Scoring: words are weighted by how rare they are across all sentences of the corpus
   (IDF), so the name of the country every article is about counts for little and
   "viaduct" or "turnout" for much; spelling variants meet through rapidfuzz.
4. Pairs scoring above the threshold, or misprinted, are joined with union-find.
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from claimcheck.extract import TOPIC_NAMES
from claimcheck.extract.context import TIMELINE_SEPARATOR
from claimcheck.models import Claim, ClaimRecord, Kind, Role
from claimcheck.reconcile.names import (
    SHARED_NAME_WORDS,
    names_meet,
    one_name,
    share_a_full_name,
    word_matches,
)
from claimcheck.reconcile.scope import (
    NATIONAL,
    PART_SYNONYMS,
    PARTITIVE_PART,
    change_basis,
    contests,
    counted_window,
    covers_past_years,
    firm_scope,
    is_partitive,
    parts_of_measure,
    single_day,
    tally_scope,
    time_compatible,
)

LINK_THRESHOLD = 0.3
DATE_LINK_THRESHOLD = 0.6
MAX_RATIO = 20.0
CATEGORY_WEIGHT = 1.0  # a measure category ("=deaths") counts like a common word, not a rare one
RESTATEMENT_DISCOUNT = 0.7
COMMON_NAME_MIN_SOURCES = 8  # a name in more articles than this (and than 2% of them) is common
COMMON_NAME_SHARE = 0.006
RARE_NAME_MIN_SOURCES = 6  # ... and a name in at most this many (and 0.5% of them) is rare
RARE_NAME_SHARE = 0.003
SINGLE_WORD_DISCOUNT = 0.7
FAR_NAMES_DISCOUNT = 0.6
NAMED_BOTH_BONUS = 1.8
SAME_NOUN_BONUS = 1.6
SAME_MEASURE_AND_PERIOD_BONUS = 1.3
SAME_ARTICLE_THRESHOLD = 0.5
MISPRINT_LINK_SCORE = 0.6  # the score (and so the confidence) of a link a misprint makes
PROXIMITY_DECAY = 0.85
MAX_POSTING = 400
# Postings longer than this find their same-story pairs through an index (_partners) rather
# than by asking of every pair.
PARTNER_INDEX_FROM = 24
MAX_KEY_WORDS = 6  # only the words nearest the number make candidate pairs
MAX_TOPIC_KEYS = 6  # and only the article's most recurring names  # a word shared by more claims than this in one block is too common to pair on


@dataclass(slots=True)
class Link:
    """Two claims judged to be about the same thing, and how sure."""

    a: int
    b: int
    score: float


def block_key(record: ClaimRecord) -> tuple[str, ...] | None:
    """Claims can only be compared inside one block; None means never compared.  Counted
    nouns are not part of the key: "killing 140 people" and "the toll rose to 112" meet."""
    claim = record.claim
    if claim.role in (Role.increment, Role.prior) or claim.noun == "time":
        return None  # increments, comparison bases and frequencies ("scoring six times") are not totals
    if claim.kind is Kind.duration and _AGE_BOUND_AFTER.match(claim.sentence, claim.end - claim.sentence_start):
        return None  # "people aged 65 and over": the edge of an age group, not a figure measured
    if claim.kind is not Kind.date and isinstance(claim.value, str):
        # A match score ("3-1") is not a number: scores compare only with scores, and only
        # when both stand next to the same team (same_named_event).
        return ("score",) if score_pair(claim.value) and not _partial_score(claim) else None
    if claim.kind is Kind.date:
        # Most dated events recur (meetings, agreements, visits); only a one-time event
        # ("founded", "established", "born") can have a date that contradicts another, or an
        # act named right before the date ("the count was held on", see _DATED_ACT).
        # The event word must stand by the date: in "founded in 1987 and last won the league
        # in the 1990s" only 1987 is a founding date.
        at = claim.start - claim.sentence_start
        after = at + len(claim.text)
        # A date labelling a timeline's entry ("- **14 March:** the first laboratory-confirmed
        # case is reported") is the day of what the entry tells, told after it.
        reach = 100 if TIMELINE_SEPARATOR.match(claim.sentence, after) else 40
        # ... but not past "before"/"after": "on 2 September, twelve days before the hole
        # opened" is not the day it opened.
        other_time = _OTHER_TIME_AFTER.search(claim.sentence, after, after + reach)
        window = claim.sentence[max(0, at - 50):other_time.start() if other_time else after + reach]
        event = _ONE_TIME_EVENT.search(window)
        if claim.low is None or claim.high is None:
            return None
        if event is None:
            # The act or the first/last nearer the date: "first spotted during an inspection on"
            # is an inspection's day, "the council's first meeting is on" a first meeting's.
            act = _DATED_ACT.search(claim.sentence, max(0, at - 45), at)
            ordinal = _ORDINAL_EVENT.search(claim.sentence, max(0, at - 60), at)
            if ordinal and not (act and act.start() >= ordinal.start(2)):
                return ("date", f"{_ORDINALS[ordinal.group(1).lower()]} {root(ordinal.group(2).lower())}")
            if act is None and reach == 100:
                entry = claim.sentence[after:after + reach].split("\n", 1)[0]
                told = _ACT_WORD.search(entry)
                return _act_key(entry, told) if told else None
            if act is None:
                return None
            # "the next decision on", "the previous hearing in": another act of the kind
            return _act_key(claim.sentence, act)
        kind = _event_kind(event.group(1))
        if kind == "incident" and claim.low != claim.high:
            return None  # "the 1988 theft": an incident of the news is told by its day
        if (_PREVIOUS_BEFORE.search(window, 0, event.start(1))
                or _FIRST_SINCE_BEFORE.search(claim.sentence, max(0, at - 30), at)):
            # "last erupted in 1961", "its first eruption since 1961", "| Previous eruption |":
            # the date of an earlier event of the kind, not of the one in the news
            return ("date", "previous " + kind)
        return ("date", kind)
    unit = claim.unit or ""
    if claim.kind is Kind.money:
        unit = "money"  # different currencies of one figure still compare (converted or not)
    role = claim.role
    if claim.kind is Kind.duration and role is Role.level and _is_age(claim):
        return (claim.kind.value, unit, "age")  # "the 27-year-old" and "two decades" measure different things
    if role is Role.level and claim.unit == "%" and _RATE_OF_CHANGE & set(record.local[:3]):
        # "inflation was 3.8%" is the rise in prices "consumer prices rose 3.1%" speaks of
        role = Role.change
    return (claim.kind.value, unit, role.value)


# Levels that are themselves a change over a year: an inflation rate is the rise in prices.
_RATE_OF_CHANGE = frozenset({"inflation"})


def _is_age(claim: Claim) -> bool:
    """A person's or a group's age: "the 27-year-old", "61 years old", a duration after "age"
    ("the median age rose to 38.4 years"), or a bare number the extractor read as a duration
    ("Mayor Cassia Demmer, 61,", "| Median age | 43.1 |")."""
    at = claim.start - claim.sentence_start
    return bool(_YEARS_OLD_AFTER.match(claim.sentence, claim.end - claim.sentence_start)
                or _BARE_NUMBER.fullmatch(claim.text) or _AGE_BEFORE.search(claim.sentence, max(0, at - 40), at))


_YEARS_OLD_AFTER = re.compile(r"(?i)(?:[\s-]+years?)?[\s-]+old\b")
_BARE_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_AGE_BEFORE = re.compile(r"(?i)\b(?:age[ds]?|ages)\b[^.;:]{0,30}$")  # "the median age rose to 38.4 years"
_AGE_BOUND_AFTER = re.compile(r"(?i)\s*(?:years?\s+)?(?:and|or)\s+(?:over|older|above|under|younger|below)\b|\+|-plus\b")
_SCORE = re.compile(r"\s*(\d{1,3})\s*[-–:]\s*(\d{1,3})\s*")


def score_pair(value: str) -> tuple[int, int] | None:
    """A match score as (higher, lower), whichever side is named first ("1-3" is "3-1")."""
    m = _SCORE.fullmatch(value)
    if not m:
        return None
    first, second = int(m.group(1)), int(m.group(2))
    return max(first, second), min(first, second)


def _event_kind(word: str) -> str:
    """'broke out' and 'ignited' start the same fire; 'founded' and 'established' the same club."""
    word = word.lower()
    for kind, stems in _EVENT_KINDS.items():
        if word.startswith(stems):
            return kind
    return word[:6]


_EVENT_KINDS = {
    # The incident a story is about: "the riot on 12 September", "the disturbance on Sept. 22"
    # (first, so that "broke through" is not read as "broke out")
    "incident": ("riot", "disturbance", "raid", "heist", "robbery", "break-in", "explosion", "blast", "derail",
                 "capsiz", "landslide", "collapse", "breakthrough", "broke through", "commission"),
    "start": ("broke", "ignit", "erupt", "struck"),
    "effect": ("take", "taki", "took", "effective", "come", "came", "coming"),  # "takes effect", "came into force"
    "found": ("found", "establish", "incorporat"),
    "open": ("open", "inaugurat"),
    "close": ("clos", "shut"),
    "death": ("died", "death"),
}
# An act's other instance named before it ("the next decision", "the previous hearing"); not
# "last", which names the latest one, the act told plainly elsewhere ("last inspected on").
_NEXT_OR_PREVIOUS = re.compile(r"(?i)\b(next|previous|prior|earlier)\s+(?:[\w-]+\s+)?$")
_PREVIOUS_BEFORE = re.compile(r"(?i)\b(?:last|previous|previously|prior|earlier)\s+(?:[\w-]+\s+)?$")
_FIRST_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:early|late|mid)[\s-])?$")
# The act a date is the day of, told right before it ("the count was held on the night of 9
# Nov.", "signed a five-year agreement on Monday", "the new charges will apply from 6 April"):
# two outlets' dates of one such act compare, whatever the act's other days.
_DATED_ACTS = {
    "held": r"held|took\s+place|carried\s+out|staged|meets?|meeting|sitting",
    "start": r"began|begun|started|launched|kicked\s+off",
    "sign": r"signed(?:\s+off)?|sealed|approved",
    "sink": r"sank|sunk|capsized|grounded|aground",
    "arrive": r"docked|arrived?|arrival|returned|landed",
    # an inspection and what it found are told of one day ("found on 3 June", "inspected on Sunday")
    "inspect": r"inspected|checked|inspection|discovered|spotted|found(?!\s+(?:that|guilty|dead|it|itself))",
    "table": r"tabled|lodged",
    "apply": r"apply|applies|kicks?\s+in|backdated|effect|effective|into\s+force",
    "vote": r"voted|vote",
    "fail": r"failed|broke\s+up|gave\s+way",
    "close": r"closes|shut|ended|finished|completed",
    "order": r"cleared|ordered|evacuated",
    "detect": r"confirmed|detected|surfaced",
    "release": r"released|freed|unlocked",
    "refuse": r"refused|rejected|turned\s+away|barred",
    "buy": r"bought|printed",
    "expire": r"expired|lapsed|ran\s+out",
    "resign": r"resigned|resignation|stepped\s+down|quit",
    "build": r"built|constructed|painted|designated",
    "lift": r"lifted|reopened",
    "decide": r"decide|decides|decided|decision|ruled|ruling|verdict",
    "pay": r"paid(?=\s+(?:on|in|out|from|by|at)\b)|payment|payable",  # not "paid preparation time"
    "depart": r"departed|departure|sailed|set\s+sail",
    "arrest": r"arrested|charged",
    "appoint": r"appointed|entered\s+administration",
    "hear": r"hearing",
    "deadline": r"deadline",
    # the day something stops ("papermaking would cease on", "will stop production on", "is
    # scheduled to end at midnight on", "due to run until", "| Last day of production |")
    "end": r"ceas(?:e|es|ed|ing)|stop(?:s|ped)?\s+(?:production|operations|operating|work|trading|services)|"
           r"end(?:s|ed)?(?=\s+(?:on|in|at)\b)|(?:run|runs|last|lasts|continue|continues)\s+until(?:\s+the\s+end\s+of)?|"
           r"last\s+day(?:\s+of\s+[a-z-]+)?",
}
# The act's word, then up to five words (no figure, no "and": not "launched in 2024 and
# switched off in") and a preposition ("signed a five-year fisheries agreement on"), or a
# label's end ("| Construction start | ", "**Vaccination started:** ").
# A time of day between the act and its date ("grounded at 04:40 on", "began at 6 a.m. on").
_CLOCK_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
_ACTS = "|".join(f"(?P<{kind}>{words})" for kind, words in _DATED_ACTS.items())
_DATED_ACT = re.compile(r"(?i)\b(?:" + _ACTS
                        + r")\b,?\s*(?:(?:(?!and\b)[A-Za-z'’-]+|" + _CLOCK_TIME + r")(?:\s+|(?=[|:*]))){0,5}?"
                        r"(?:(?:on|in|from|to|at|since|for)\s+)?(?:(?:the\s+)?(?:night|morning|evening|afternoon|weekend|"
                        r"early\s+hours)\s+of\s+)?[\s|:*]*$")


# The same act's words told after a timeline entry's date ("- **12 May 2031**: contract
# signed", "| 30 June | original deadline |").
_ACT_WORD = re.compile(r"(?i)\b(?:" + _ACTS + r")\b")
# An act that is one of a series of versions: an "original" and a "revised" completion
# date are two dates, never in dispute.
_VERSION_BEFORE = re.compile(r"(?i)(?:\b(?P<nth>first|second|third|fourth)\s+)?\b(?:(?P<original>original|initial)|"
                             r"(?P<revised>revised|new|extended|latest|current|later))\s+$")


def _act_key(sentence: str, act: re.Match[str]) -> tuple[str, str]:
    """The block of a date told with its act: the act, and which of its kind ("the next
    hearing", "its original deadline")."""
    which = _NEXT_OR_PREVIOUS.search(sentence, max(0, act.start() - 25), act.start())
    version = _VERSION_BEFORE.search(sentence, max(0, act.start() - 25), act.start())
    if which:
        suffix = f" {which.group(1).lower()}"
    elif version and version.group("original"):
        suffix = " original"
    elif version:
        # "a second extended deadline" is not the latest one, which another article calls "new"
        suffix = " revised" + (f" {version.group('nth').lower()}" if version.group("nth") else "")
    else:
        suffix = ""
    return ("date", f"act {act.lastgroup}{suffix}")


_ONE_TIME_EVENT = re.compile(
    r"(?i)\b(found(?:ed|ing)|establish(?:ed|ing)?|born|died|death\s+of|inaugurat\w*|independence|incorporat\w*|"
    r"broke\s+out|ignit\w*|erupt\w*|struck|opened|opens|opening|closure|clos(?:e|es|ed|ing)\s+(?:in|on|by)|shut\s+down|"
    r"reopen\w*|t(?:akes?|aking|ook)\s+effect|effective|c(?:omes?|ame|oming)\s+into\s+force|declared|kicked\s+off|"
    r"first\s+(?:[\w-]+\s+){0,2}?(?:case|theft|patients?)|riots?|disturbance|raid(?:ed)?|heist|robbery|break-in|explosion|"
    r"blast(?!\s+furnaces?\b)|"
    r"derail(?:ed|ment)|capsiz(?:ed|ing)|landslide|collapsed?|breakthrough|broke\s+through|commissioned)\b"
)
_OTHER_TIME_AFTER = re.compile(r"(?i)\b(?:before|after|until|since)\b")
# The first or last of a kind told right before the date ("made its final cast of iron on",
# "first lit in", "| First lit |", "the first Mass in the rebuilt nave will be said on", "its
# maiden voyage on"): a story has one of each.  Not a span of time ("the first half of",
# "for the first time in") or a count ("the first two cases").
_ORDINAL_EVENT = re.compile(
    r"(?i)\b(first|final|maiden|inaugural)\s+(?!(?:time|half|quarter|week|weekend|month|year|season|few|of|in|on|at|"
    r"and|to|since|ever|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)\b)([a-z][a-z-]+)"
    r"(?:(?:\s+(?!and\b)[a-z'’-]+){0,5}?\s+(?:(?:on|in|at|from)\s+(?:the\s+)?)?|\s*[|:*][\s|:*]*)$")
_ORDINALS = {"first": "1st", "maiden": "1st", "inaugural": "1st", "final": "last"}


class WordWeights:
    """Inverse document frequency of words over the corpus's claim sentences, and the names
    so common across articles that they tell no event from another (an outlet's name in its
    every byline, "Highway" or "Party" inside many names)."""

    def __init__(self, records: Iterable[ClaimRecord]) -> None:
        records = list(records)
        df: Counter[str] = Counter()
        sentences: set[tuple[str, int]] = set()
        names_by_source: dict[str, set[str]] = defaultdict(set)
        for r in records:
            names_by_source[r.claim.source].update(self.source_names(r))
        name_df: Counter[str] = Counter(n for names in names_by_source.values() for n in names)
        self.common_names = self.common(name_df, len(names_by_source))
        # A name alone can join two articles only when few articles use it.
        self.rare_names = self.rare(name_df, len(names_by_source))
        for r in records:
            key = (r.claim.source, r.claim.sentence_start)
            if key in sentences:
                continue
            sentences.add(key)
            df.update(self.sentence_words(r))
        self._n = max(len(sentences), 1)
        self._df = df
        self.name_df = name_df  # articles naming each name, for a store to keep
        self.sentence_count = len(sentences)
        self.source_count = len(names_by_source)

    # The counts are kept by the claim store so a re-scan need not recount the corpus: these
    # say what one claim contributes, and ``from_counts`` rebuilds the weights from the totals.

    @property
    def df(self) -> Counter[str]:
        """Word -> how many sentences hold it."""
        return self._df

    @staticmethod
    def sentence_words(record: ClaimRecord) -> set[str]:
        """The words a sentence adds to the document frequencies (counted once per sentence,
        from its first claim)."""
        return set(record.local) | set(record.scope)

    @staticmethod
    def source_names(record: ClaimRecord) -> set[str]:
        """The names a claim adds to its article's names (each article counts a name once):
        each name and, for a name of several words, each of its words, since an outlet's
        "Brunda Review" makes "review" a word of every article it publishes."""
        names = {n.lstrip("~@^") for n in record.names if not n.startswith("=")}
        return names | {w for n in names if " " in n for w in n.split()}

    @staticmethod
    def common_cap(sources: int) -> float:
        """A name in more articles than this is common."""
        return max(COMMON_NAME_MIN_SOURCES, COMMON_NAME_SHARE * sources)

    @classmethod
    def common(cls, name_df: Counter[str], sources: int) -> frozenset[str]:
        cap = cls.common_cap(sources)
        return frozenset(n for n, count in name_df.items() if count > cap)

    @staticmethod
    def rare_cap(sources: int) -> float:
        """A name in at most this many articles is rare."""
        return max(RARE_NAME_MIN_SOURCES, RARE_NAME_SHARE * sources)

    @classmethod
    def rare(cls, name_df: Counter[str], sources: int) -> frozenset[str]:
        cap = cls.rare_cap(sources)
        return frozenset(n for n, count in name_df.items() if count <= cap)

    @classmethod
    def from_counts(cls, df: Counter[str], sentences: int, name_df: Counter[str], sources: int) -> WordWeights:
        """The weights of a corpus whose counts are known: ``df`` (sentences holding each word)
        over ``sentences`` sentences, ``name_df`` (articles naming each name) over ``sources``
        articles."""
        self = cls.__new__(cls)
        self._df, self._n = df, max(sentences, 1)
        self.common_names = cls.common(name_df, sources)
        self.rare_names = cls.rare(name_df, sources)
        self.name_df, self.sentence_count, self.source_count = name_df, sentences, sources
        return self

    def __call__(self, word: str) -> float:
        # Smoothed: in a small corpus every word is "common", and raw IDF would let one rare
        # filler word outweigh the shared subject.
        return math.log(1 + (self._n + 1) / (self._df.get(word, 0) + 0.5))


# Words outlets use for one thing: each group's words meet as one word (its first), in the
# similarity and in the candidate index.  Kept small and general, news vocabulary rather than
# any story's: a word that also means something else next to a number stays out.
_SYNONYMS = """
injured injury injure hurt wounded
vote voted votes
initial up-front upfront
typical median
home house dwelling
bridge crossing
rain rainfall precipitation
altitude cruising
affected impacted
revenue turnover
depth deep underground
admission admitted admit admitting
column plume
fine penalty
wage pay salary
stake holding
deal agreement accord pact
participant volunteer enrolled
emission emissions emit emits emitted emitting
factory plant
employee employs employ employed workforce headcount
outage blackout
delay delayed late behind
arrest arrested detained
haul seizure consignment
revenue receipts takings
""".strip().splitlines()
_CONCEPT = {word: group.split()[0] for group in _SYNONYMS for word in group.split()}


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def root(word: str) -> str:
    """A word's Snowball (Porter 2) stem, so that 'unveiled' meets 'unveiling', 'finished'
    'finisher' and 'restoring' 'restoration' (the extractor's stems only drop plurals); a word
    of the synonym lexicon stands for its group's first word.

    >>> [root(w) for w in ("unveiled", "unveiling", "vaccination", "vaccinated", "shipped", "restoring", "restoration")]
    ['unveil', 'unveil', 'vaccin', 'vaccin', 'ship', 'restor', 'restor']
    >>> root("capsize") == root("capsized")
    True
    """
    concept = _CONCEPT.get(word)
    if concept is not None:
        return concept
    if word.startswith("="):
        return word
    return _STEMMER.stemWord(word)


def _weighted(words: list[str], weight: WordWeights, names: set[str] | frozenset[str] = frozenset()) -> dict[str, float]:
    """Root of word -> IDF weight decayed by closeness to the number (words come nearest first)."""
    vector: dict[str, float] = {}
    for rank, word in enumerate(words):
        # Verbs in the past ("produced", "touched") say less about the thing measured than nouns.
        verb_factor = 0.5 if word.endswith("ed") or word in names else 1.0
        idf = CATEGORY_WEIGHT if word.startswith("=") else weight(word)
        key = root(word)
        vector[key] = max(vector.get(key, 0.0), idf * PROXIMITY_DECAY ** rank * verb_factor)
    return vector


@dataclass(slots=True)
class Features:
    """What similarity compares, computed once per claim rather than once per pair."""

    vector: dict[str, float]
    norm: float
    total: float
    context: frozenset[str]  # every word of the claim's sentence (and borrowed context)
    topic: frozenset[str]  # the article's recurring names
    lead_topic: frozenset[str]  # its two most recurring ones
    places: frozenset[str]  # places named next to the number
    names: frozenset[str]  # names next to the number (or in an earlier clause)
    measures: frozenset[str]  # what kind of figure the nearby words make it (deaths, revenue...)
    far_names: bool  # the names came from an earlier clause, not next to the number
    noun: str | None
    period: tuple[str, str] | None  # the time the claim states ("in 2021"), not one assumed for it
    parts: frozenset[str]  # words naming a part of a measure next to the number ("core", "food", "net")
    basis: frozenset[str]  # the period a change is measured over ("m/m", "year-on-year"), if said
    national: bool  # said of the whole country ("the national median")
    span: bool  # a total over years before the article ("in the past 25 years", "over the last decade")
    window: tuple[str, int] | None  # the stated window ("in the next seven days"): ahead or back, days
    firm: str | None  # a count said of one site ("unit") or of the whole firm ("whole"), if said
    tally: str | None  # "cumulative" ("since the strike began", "so far") or "daily" ("day one", "a day")
    contests: frozenset[str]  # the votes named next to the number ("mayoral", "referendum")
    opponent: str | None  # for a match score, the team named after "over", "against", "beat"
    negated: bool  # the figure's clause says it is not so ("the 900 jobs ... are not affected")

    @classmethod
    def of(cls, record: ClaimRecord, weight: WordWeights) -> Features:
        # One pass sorts the names by their mark: "^" the article's topic, "@" places, "="
        # measures, "~" names from an earlier clause, unmarked names next to the number.
        topic: list[str] = []
        places: list[str] = []
        measures: list[str] = []
        far_names: list[str] = []
        near_names: list[str] = []
        for n in record.names:
            mark = n[:1]
            (topic if mark == "^" else places if mark == "@" else measures if mark == "=" else
             far_names if mark == "~" else near_names).append(n)
        # Names (who, where) are mostly judged by the vetoes: in the vector they weigh half, so
        # "trade between the countries" can still match "trade between Arvel and Dusk".
        proper = {w for n in near_names for w in n.split()} | {w for n in far_names for w in n[1:].split()}
        # Names from an earlier clause ("The Sundvik bridge, ..., is 3.1 km long") still say
        # what is measured: they join the vector, at the half weight of names, after the rest.
        far = [w for n in far_names for w in n[1:].split()]
        # The measure named next to the number ("=deaths" for killed, dead, toll...) is a
        # shared concept even when the words differ.
        # The counted noun ("176 passengers" in a table whose label says "On board") is what
        # is measured even when the words near the number do not name it.
        noun = [record.claim.noun] if record.claim.noun and " " not in record.claim.noun and record.claim.noun not in record.local else []
        vector = _weighted(measures + record.local + noun + [n for n in far if n not in record.local], weight, proper)
        common = weight.common_names
        story = Story.of(record, weight)
        return cls(
            vector=vector,
            norm=math.sqrt(sum(v * v for v in vector.values())),
            total=sum(vector.values()),
            context=frozenset(root(w) for w in record.scope) | frozenset(root(w) for w in record.local),
            topic=story.topic,
            lead_topic=story.lead_topic,
            places=frozenset(n for n in places if n[1:] not in common),
            names=frozenset(n for n in near_names + [n[1:] for n in far_names] if n not in common),
            measures=frozenset(measures),
            far_names=bool(far_names),
            noun=record.claim.noun,
            period=(record.time_low, record.time_high)
            if record.claim.time and record.time_low and record.time_high else None,
            parts=parts_of_measure(record),
            basis=change_basis(record),
            national=any(w in NATIONAL for w in record.local[:MAX_KEY_WORDS]),
            span=record.claim.kind is not Kind.duration and covers_past_years(record),
            window=counted_window(record) if record.claim.kind is not Kind.duration else None,
            firm=firm_scope(record),
            tally=tally_scope(record.claim.sentence),
            contests=contests(record),
            opponent=_opponent(record) if block_key(record) == ("score",) else None,
            negated=_negated(record),
        )


def feature_similarity(a: Features, b: Features) -> float:
    """A weighted cosine over the words next to each number (rare and close words count
    most), plus a smaller share for one claim's words found anywhere in the other's sentence;
    vetoed when the claims count different nouns, come from articles about different events,
    or name different places or parties next to the number."""
    if not a.vector or not b.vector or _vetoed(a, b):
        return 0.0
    dot = 0.0
    shared = 0
    for word, wa in a.vector.items():
        wb = b.vector.get(word)
        if wb is None:
            wb = max((v for other, v in b.vector.items() if word_matches(word, other)), default=0.0)
        else:
            shared += 1
        dot += wa * wb
    if dot == 0:
        return 0.0
    local_score = dot / (a.norm * b.norm)
    cross_hits = (sum(wa for w, wa in a.vector.items() if w in b.context)
                  + sum(wb for w, wb in b.vector.items() if w in a.context))
    score = 0.7 * local_score + 0.3 * cross_hits / (a.total + b.total)
    if shared < 2:
        score *= SINGLE_WORD_DISCOUNT  # one shared word ("emissions") is thin evidence
    if a.names and b.names and not names_meet(a.names, b.names):
        if not (a.far_names or b.far_names):
            return 0.0  # "CRP won 118 seats" and "National Union took 74": different parties
        score *= FAR_NAMES_DISCOUNT  # names from another clause are weaker evidence
    elif share_a_full_name(a.names, b.names):
        score *= NAMED_BOTH_BONUS  # both numbers belong to the same "National Union" or "Dalia Renskaya"
    if (a.noun and a.noun == b.noun and a.noun not in GENERIC_HUMAN_NOUNS and a.topic and b.topic
            and a.measures == b.measures and PARTITIVE_PART not in a.parts | b.parts):
        # (Not "1,906 runners treated" and "38,412 runners finished", nor "eleven of the
        # injured" and "two of the injured": other subsets of one noun.)
        score *= SAME_NOUN_BONUS  # one story's two counts of "agreements" are likely one count
    if a.measures & b.measures and a.period and a.period == b.period and a.topic and b.topic:
        # One story, one kind of figure, one stated period ("ferry traffic rose 47% in 2031",
        # "traffic on the crossing grew 26.3 per cent in 2031"): likely one statistic.
        score *= SAME_MEASURE_AND_PERIOD_BONUS
    return min(score, 1.0)


def _vetoed(a: Features, b: Features) -> bool:
    """Whatever their words, these claims cannot be about the same thing."""
    if a.noun and b.noun and a.noun != b.noun and not any(a.noun in kin and b.noun in kin for kin in KINDRED_NOUNS):
        return True  # "27,300 tickets" and "310 million people" count different things
    if (a.noun or "").startswith("per ") != (b.noun or "").startswith("per ") and not _rate_in_words(a, b):
        return True  # "$3.2 million a day" is a rate, "$115 million over two years" a total
    if different_stories(a, b):
        return True  # two articles that share no recurring name are about different events
    if a.places and b.places and not a.places & b.places:
        return True  # "a visit to Lagos" and "a visit in Accra" are different visits
    if a.measures and b.measures and not a.measures & b.measures:
        return True  # "3,300 injured" and "2,010 forced from their homes" are different figures
    if (a.national and b.places and not b.national) or (b.national and a.places and not a.national):
        return True  # "the national median" and "in Lonbridge, the median": the whole and a part
    for one, other in ((a, b), (b, a)):
        if ("=turnout" in one.measures and "=turnout" not in other.measures
                and other.names - {place[1:] for place in other.places} - one.names):
            return True  # "turnout was 47.3%" and "Taxpayers' Voice took nine per cent": no party owns turnout
    if a.contests and b.contests and not a.contests & b.contests:
        return True  # the mayoral race's turnout and the referendum's
    if {a.tally, b.tally} == {"cumulative", "daily"}:
        return True  # "canceled since the strike began" and "canceled, day one"
    if a.firm and b.firm and a.firm != b.firm:
        return True  # "The Morvath site employs about 1,150" and "The company employs 4,600"
    if a.window and b.window and a.window != b.window:
        return True  # "an 18% chance ... in the next 30 days" and "15 pct ... in the next seven days"
    if a.span != b.span:
        return True  # "killed 26" and "killed more than 300 in the past 25 years": one event and a history
    if a.negated != b.negated:
        return True  # "the 900 jobs at the plant are not affected" and "will cut 1,400 jobs"
    if a.basis and b.basis and not a.basis & b.basis:
        return True  # "up 0.6% m/m" and "up 4.47% y/y" are two different changes
    if ("reference" in a.basis) != ("reference" in b.basis):
        return True  # "11.4% below their level before the grounding" is no day's move ("fell 4.7%")
    # "core inflation 5.8%" and "CPI inflation 7.4%", "food prices +9.1%" and "consumer prices
    # 7.9%": a part of a measure is another figure, unless the other sentence names it too.
    return (any(not _names_part(a, part) for part in b.parts - a.parts)
            or any(not _names_part(b, part) for part in a.parts - b.parts))


def _names_part(features: Features, part: str) -> bool:
    """The claim's sentence names that part too ("overnight" names a night's low)."""
    return any(root(word) in features.context for word in PART_SYNONYMS.get(part, (part,)))


_RATE_ADJECTIVES = {"per day": ("daily",), "per week": ("weekly",), "per month": ("monthly",),
                    "per quarter": ("quarterly",), "per year": ("annual", "yearly", "annually"), "per hour": ("hourly",)}


def _rate_in_words(a: Features, b: Features) -> bool:
    """One rate written two ways: "€2,846 a month" and "the average monthly wage reached €2,486"."""
    rate, other = (a, b) if (a.noun or "").startswith("per ") else (b, a)
    return any(root(word) in other.context for word in _RATE_ADJECTIVES.get(rate.noun or "", ()))


# The figure's own clause denies it: "are not affected", "are not among those losing their jobs".
# Not a negation in a relative clause after it: "kept 4,870 patients on lists that were never
# reported" does not deny the 4,870.
_NOT_AFTER = re.compile(r"(?i)^(?:(?!\b(?:that|which|who|whose|where)\b)[^,;.]){0,60}?\b(?:are|is|was|were|will|would|"
                        r"have|has|had|do|does|did)\s+(?:not|never)\b|"
                        r"^(?:(?!\b(?:that|which|who|whose|where)\b)[^,;.]){0,60}?\b(?:aren['’]t|isn['’]t|wasn['’]t|"
                        r"weren['’]t|won['’]t)\b")


def _negated(record: ClaimRecord) -> bool:
    claim = record.claim
    return bool(_NOT_AFTER.match(claim.sentence[claim.end - claim.sentence_start:]))


def same_named_event(a: Features, b: Features) -> bool:
    """Two dates of one kind of one-time event ("founded", "broke out") in one story, both
    with the same name next to them: the same founding or outbreak, however differently the
    sentences run.  (Unnamed, "the bridge opened" and "the terminal opened" are two events.)"""
    return (bool(a.topic and b.topic) and bool(a.names and b.names) and not _vetoed(a, b)
            and names_meet(a.names, b.names))


# Events a story's subject has once: its founding (openings are many: a bridge, a terminal), and
# a first or a last of a kind (_ORDINAL_EVENT).
_SINGULAR_EVENTS = frozenset({("date", "found")})


def _one_such_date_in_story(key: tuple[str, ...], a: Features, b: Features) -> bool:
    """One story's two dates of the last event before the news ("last erupted in 1961",
    "| Previous eruption | 1916 |"): there is only one last time.  So for a founding one side
    leaves unnamed ("The club was founded in 1987" in a story about "Sketealholm FC, founded in
    1991")."""
    if key[0] != "date":
        return False
    singular = key in _SINGULAR_EVENTS or key[1].startswith(("1st ", "last "))
    if not (key[1].startswith("previous") or (singular and not (a.names and b.names))):
        return False
    return bool(a.topic and b.topic) and not _vetoed(a, b)


def same_match(a: Features, b: Features) -> bool:
    """Two scores of one story next to the same teams: every name by the one score that names
    fewer meets a name by the other ("beat Castleford 3-1" and "a 3-2 victory over
    Castleford"; not "... over Northfield")."""
    if not same_named_event(a, b):
        return False
    if a.opponent and b.opponent:
        return one_name(a.opponent, b.opponent)  # "a 3-1 win over Castleford": the opponent names the match
    fewer, more = (a.names, b.names) if len(a.names) <= len(b.names) else (b.names, a.names)
    return all(any(one_name(x, y) for y in more) for x in fewer)


_OPPONENT = re.compile(r"(?:\bover|\bagainst|\bbeat(?:ing)?|\bdefeat(?:ed|ing)?|\bvs?\.?)\s+((?:[A-Z][\w'’-]+\s?){1,3})")


# A score that is not a match's result: one of a list of set scores ("6-2, 4-6, 7-6 (7-3)"), a
# score on the way ("at 4-4", "level at 21-21", "led 14-9 at the break", "3-1 down", "finished
# 1-1 after 90 minutes") or a part's ("won the second half 12-6", "a tiebreak won 7-3").
_SCORE_TEXT = r"\d+\s*[-–]\s*\d+"
_SCORE_LISTED_BEFORE = re.compile(_SCORE_TEXT + r"(?:\s*\(\d+(?:\s*[-–]\s*\d+)?\))?\s*[,;(]?\s*$")
_SCORE_LISTED_AFTER = re.compile(r"(?:\s*\(\d+(?:\s*[-–]\s*\d+)?\))?\s*[,;]?\s*" + _SCORE_TEXT)
_SCORE_ON_THE_WAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:at|level|levelled|leveled|tied|still|led|leading|trailed|trailing|half|set|quarter|period|innings|"
    r"tie-?break|to\s+make\s+it|for)\s+$|\btie-?break\b[^.]{0,40}$)")
_SCORE_ON_THE_WAY_AFTER = re.compile(
    r"(?i)\s+(?:up|down|lead|ahead|behind|at\s+(?:the\s+)?(?:break|half-?time|interval)|after\s+(?:90|normal|regular|60|80)\b|"
    r"in\s+the\s+(?:\w+[\s-]+){0,2}(?:set|half|quarter|period|tie-?break|innings))")


def _partial_score(claim: Claim) -> bool:
    """Is the score one of a list, or a score on the way or of a part, not the result?"""
    at = claim.start - claim.sentence_start
    before, after = claim.sentence[max(0, at - 60):at], claim.sentence[at + len(claim.text):]
    return bool(_SCORE_LISTED_BEFORE.search(before) or _SCORE_LISTED_AFTER.match(after)
                or _SCORE_ON_THE_WAY_BEFORE.search(before) or _SCORE_ON_THE_WAY_AFTER.match(after))


def _opponent(record: ClaimRecord) -> str | None:
    claim = record.claim
    at = claim.start - claim.sentence_start
    m = _OPPONENT.search(claim.sentence, max(0, at - 40), at + len(claim.text) + 40)
    return " ".join(w.lower().rstrip("’'s") for w in m.group(1).split()) if m else None


# Nouns that all count people: "74 people died" and "61 deaths" may be one figure; the
# measure categories (deaths, injuries, displaced...) tell them apart instead.  (Not
# passengers or crew: "191 people on board" counts both.)
HUMAN_NOUNS = frozenset(
    """people person child children man men woman women resident civilian patient victim death casualty
    fatality dead injured wounded missing soldier troop refugee migrant employee worker staff member
    voter student candidate pupil learner applicant pensioner runner finisher athlete participant entrant
    competitor player spectator fan supporter visitor tourist attendee delegate pilgrim volunteer passenger commuter rider traveller traveler
    holidaymaker citizen national adult miner skier hiker climber""".split()
)

# Nouns one count may go by in different outlets ("recalled 310,000 cars" and "310,000 vehicles").
KINDRED_NOUNS = (
    HUMAN_NOUNS,
    frozenset("vehicle car van truck lorry suv bus coach motorcycle pickup".split()),
    frozenset("vessel ship boat tanker freighter ferry carrier trawler".split()),
    frozenset("aircraft plane jet airliner helicopter".split()),
    # "1,200 roles will go", "1,020 posts would go"; "315 staff" and "351 jobs" at one plant
    frozenset("job post role position staff employee worker".split()),
    # "87,000 homes" and "78,000 households" without power (not a utility's "customers": firms too)
    frozenset("home house household dwelling property premise residence flat apartment".split()),
    frozenset("birth baby delivery".split()),  # "530 births", "410 babies born"
    frozenset("farmer grower producer smallholder".split()),
    frozenset("store shop outlet supermarket".split()),  # "closing 17 stores" and "a dozen shops"
    frozenset("smartphone handset phone".split()),
    frozenset("trip journey ride".split()),
    frozenset("surgery operation procedure".split()),
    frozenset("insurer underwriter".split()),
)

# Nouns any count of people may use: sharing one says little about which count it is.
GENERIC_HUMAN_NOUNS = frozenset("people person man men woman women child children adult resident civilian member".split())


@dataclass(frozen=True, slots=True)
class Story:
    """The article's recurring names as Features holds them: all find_links needs to rule out
    a pair of claims from two different events without building their Features."""

    topic: frozenset[str]
    lead_topic: frozenset[str]

    @classmethod
    def of(cls, record: ClaimRecord, weight: WordWeights) -> Story:
        return cls.of_names(record.names, weight)

    @classmethod
    def of_names(cls, names: list[str], weight: WordWeights) -> Story:
        """From a claim's names alone (a store can tell a claim's story without loading it)."""
        common = weight.common_names
        topic = [n for n in names if n[:1] == "^" and n[1:] not in common]
        return cls(frozenset(topic), frozenset(n for n in topic[:2] if n[1:] in weight.rare_names))


def different_stories(a: Features | Story, b: Features | Story) -> bool:
    """Claims from two articles about different events: ``_vetoed`` (find_links asks this
    first, of ``Story``s, to skip building Features for such pairs)."""
    return bool(a.topic and b.topic) and not _same_story(a, b)


def _same_story(a: Features | Story, b: Features | Story) -> bool:
    """Articles about one event share two recurring names, or one rare one that either article
    leads with (a wire leads with the country a local feature keeps coming back to); a first
    name or "Workers Party" shared by chance, and led with by neither, is not enough."""
    shared = a.topic & b.topic
    telling = {n for n in shared if n[1:] not in SHARED_NAME_WORDS}  # "Disaster Service" is in many names
    return len(telling) >= 2 or bool(telling & (a.lead_topic | b.lead_topic))


def plausible_pair(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Values orders of magnitude apart are different measures, not a disagreement
    ("a 30-hour stopover" and "the first stopover in six years")."""
    x, y = a.claim.value, b.claim.value
    if isinstance(x, str) or isinstance(y, str) or x == 0 or y == 0:
        return True  # (signs may differ: "fell 3%" and "rose 3%" compare; a 725,000 lead and -19 seats do not)
    ratio = abs(x) / abs(y)
    return 1 / MAX_RATIO <= ratio <= MAX_RATIO


def _may_disagree_within_article(a: ClaimRecord, b: ClaimRecord, score: float) -> bool:
    """Two numbers in one article are usually two things (wind and solar capacity, two
    parties' seats), so they link only when they agree, or when the article itself sets two
    named sources against each other ("the bank put it at $120m; however, the minister said
    the true figure was $410m")."""
    from claimcheck.reconcile.conflicts import cannot_both_hold

    if not cannot_both_hold(a.claim, b.claim):
        return True
    who_a, who_b = a.claim.attribution, b.claim.attribution
    return (bool(who_a and who_b and who_a.lower() != who_b.lower()) and score >= SAME_ARTICLE_THRESHOLD
            and bool(DISPUTES.search(a.claim.sentence) or DISPUTES.search(b.claim.sentence)))


# Words by which an article sets one source's figure against another's.
DISPUTES = re.compile(r"(?i)\b(?:however|but|true|real|actual|actually|correct|disputed?|disputes|contradict\w*|insist\w*|"
                       r"rejected|denied|instead|contested|challenged|put\s+(?:the\s+)?(?:figure|number|total|toll|it)\s+at|"
                       r"higher|lower|closer\s+to|as\s+(?:many|much|high|low)\s+as)\b")


BOILERPLATE_MIN_SOURCES = 5


def boilerplate(records: list[ClaimRecord]) -> set[int]:
    """Claims in sentences that five or more articles repeat word for word ("About The X
    News: independent since 1908, with 224 journalists"): an outlet's page furniture, never
    compared.  (A story syndicated verbatim to five outlets is skipped too; its copies agree.)"""
    sources_by_sentence: dict[str, set[str]] = defaultdict(set)
    for record in records:
        sources_by_sentence[" ".join(record.claim.sentence.split())].add(record.claim.source)
    return {i for i, record in enumerate(records)
            if len(sources_by_sentence[" ".join(record.claim.sentence.split())]) >= BOILERPLATE_MIN_SOURCES}


# A claim's block (``block_key``) and its candidate keys inside it (``candidate_keys``; none
# when the claim has no block).
Keys = tuple[tuple[str, ...] | None, list[tuple[str, str]]]


def keys_of(record: ClaimRecord) -> Keys:
    """``block_key`` and ``candidate_keys`` of a claim, computed once for both the scoring and
    the store's index."""
    block = block_key(record)
    return block, (candidate_keys(record) if block is not None else [])


def candidate_keys(record: ClaimRecord) -> list[tuple[str, str]]:
    """The inverted-index keys of a claim inside its block: (word among the nearest
    MAX_KEY_WORDS, recurring name among the article's first MAX_TOPIC_KEYS, or "" when it has
    none).  Two claims of one block are candidates when they share a key.  The claim store
    keeps these keys (with ``block_key``) to find a new claim's candidates without loading
    the corpus: change them here only."""
    # The article's names come last (extract_article appends at most TOPIC_NAMES of them).
    topics = [n for n in record.names[-TOPIC_NAMES:] if n[:1] == "^"][:MAX_TOPIC_KEYS] or [""]
    words = set(record.local[:MAX_KEY_WORDS])
    if record.claim.noun and " " not in record.claim.noun:
        words.add(record.claim.noun)  # "176 passengers" in a table row labelled "On board"
    if single_day(record):
        # A day's figure of a measure ("=deaths" for "confirmed dead" and "killed" on Friday):
        # one concept whatever the words (see _sole_tally_of_day).
        words.update(n for n in record.names if n[:1] == "=")
    return [(root(word), topic) for word in words for topic in topics] + [
        (key, topic) for key in misprint_keys(record.claim) for topic in topics if topic]


_WRITTEN_NUMBER = re.compile(r"\d[\d,.:]*")
_MISPRINT_PREFIXES = "#~"  # misprint_keys' keys start so; a word's root never does
_SCALE_WORD = re.compile(r"(?i)\d\s*(thousand|million|billion|trillion|mln|bln|bn|tn|m|k)\b")
_SCALES = {"thousand": "k", "million": "m", "mln": "m", "billion": "bn", "bln": "bn", "trillion": "tn"}


def _scale_word(text: str) -> str:
    """The scale a figure is written at ("£438 million" -> "m", "£4.38bn" -> "bn", "1,850" -> "")."""
    m = _SCALE_WORD.search(text)
    return _SCALES.get(m.group(1).lower(), m.group(1).lower()) if m else ""


@lru_cache(maxsize=65_536)  # asked of both claims of every candidate pair
def _written_number(text: str) -> str:
    """The first number written in digits in a claim's text ("£4.38bn" -> "4.38"), or ""."""
    m = _WRITTEN_NUMBER.search(text)
    return m.group().rstrip(".,:") if m else ""


def _written_digits(claim: Claim) -> str:
    """The significant digits of that number ("$3.42 million" -> "342", "1,850" -> "185")."""
    return _written_number(claim.text).replace(",", "").replace(".", "").replace(":", "").strip("0")


def misprint_keys(claim: Claim) -> list[str]:
    """Keys under which two figures that may be one figure misprinted meet: the same digits
    (a scale or unit slip: "4.8 mln" and "4.8bn", "850 m" and "850 feet") and the same digits
    in another order (a transposition: "1,850" and "1,580")."""
    if claim.kind is Kind.date or isinstance(claim.value, str):
        return []
    digits = _written_digits(claim)
    keys = [f"#{digits}"] if len(digits) >= 2 else []
    if len(digits) >= 3 and len(set(digits)) > 1:
        keys.append(f"~{''.join(sorted(digits))}")
    return keys


def misprint_digits(claim: Claim) -> str:
    """The digits ``misprinted`` compares, sorted ("1,850" -> "158"), or "" when the claim can be
    no misprint: two claims whose sorted digits differ never are one figure misprinted, so
    ``find_links`` asks ``misprinted`` only of pairs whose these match."""
    if claim.kind is Kind.date or isinstance(claim.value, str):
        return ""
    digits = _written_digits(claim)
    return "".join(sorted(digits)) if len(digits) >= 2 else ""


def misprinted(a: Claim, b: Claim) -> str | None:
    """How two different values may be one figure written wrongly: "scale" (the same digits
    at another scale or in another unit) or "swap" (two neighbouring digits swapped); None
    when they are not."""
    if a.value == b.value or a.kind is Kind.date or isinstance(a.value, str) or isinstance(b.value, str):
        return None
    da, db = _written_digits(a), _written_digits(b)
    if len(da) < 2 or len(db) < 2:
        return None
    if da == db:
        # "850 m" and "850 feet", "1.42 mln" and "1.42bn": the number as written, in another unit
        # or scale; "164,000" and "1.64 mln" too, but not "140" and "14", "61" and "61 mln" or
        # "2,150" and "215", usually two figures.
        as_written = _written_number(a.text) == _written_number(b.text)
        scale_a, scale_b = _scale_word(a.text), _scale_word(b.text)
        if len(da) >= 3:
            same = as_written or scale_a != scale_b
        else:
            # Two digits meet too often by chance for a bare number ("Jorun Kvell, 58," and a
            # goal in the "58 min") to be the other's unit slip.
            bare = any(_written_number(c.text) == c.text.strip() for c in (a, b))
            same = as_written and not bare and (scale_a == scale_b or bool(scale_a and scale_b))
        # No slip of unit or scale turns 35 minutes into a 35-year-old (a factor of half a
        # million); "1.4 mln"/"1.4bn" is the widest (a thousand).  Two digits with no scale
        # word slip at most as far as cm to m: a "26-year-old" student is no "26 days" misprint.
        widest = 1000.5 if len(da) >= 3 or (scale_a and scale_b) else 100.5
        plausible = bool(a.value and b.value) and max(abs(float(a.value)), abs(float(b.value))) <= widest * min(
            abs(float(a.value)), abs(float(b.value)))
        return "scale" if same and plausible else None
    if len(da) < 3 or len(da) != len(db) or sorted(da) != sorted(db) or not b.value:
        return None
    swapped = [i for i in range(len(da)) if da[i] != db[i]]
    same_size = 0.5 < abs(float(a.value)) / abs(float(b.value)) < 2
    return "swap" if len(swapped) == 2 and swapped[1] - swapped[0] == 1 and same_size else None


def find_links(records: list[ClaimRecord], weight: WordWeights | None = None,
               only: set[int] | None = None, skip: set[int] | None = None,
               counted: Mapping[tuple[str, str], set[float]] | None = None,
               keyed: Sequence[Keys] | None = None) -> list[Link]:
    """Pairs of claims about the same thing, found block by block.

    Candidates come from an inverted index keyed by (word next to the number, recurring name
    of the article): only claims sharing both are scored, so claims about different events
    are never compared and the work grows with the corpus, not with its square.  With
    ``only``, just the pairs in which one of those claims takes part are scored (a rescan);
    ``counted`` then gives what ``_counted_values`` would over the whole corpus, when
    ``records`` do not hold every claim of their articles.  ``keyed`` holds ``keys_of`` each
    record when the caller has them already.
    """
    with _fewer_collections():
        return _find_links(records, weight or WordWeights(records), only, skip, counted, keyed)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Scoring allocates millions of small objects that form no cycles (pairs, features): at
    the default threshold the cyclic collector walks them thousands of times for nothing (4 s
    of 27 over a 10,000-article store).  Raised while scoring, then restored."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 20, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _find_links(records: list[ClaimRecord], weight: WordWeights, only: set[int] | None, skip: set[int] | None,
                counted: Mapping[tuple[str, str], set[float]] | None, keyed: Sequence[Keys] | None) -> list[Link]:
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, record in enumerate(records):
        key = keyed[index][0] if keyed is not None else block_key(record)
        if key is not None and not (skip and index in skip):
            blocks[key].append(index)
    features: dict[int, Features] = {}
    stories: dict[int, Story] = {}
    shared: dict[Story, Story] = {}  # an article's claims share one (memory, in a full run)

    def story_of(record: ClaimRecord) -> Story:
        story = Story.of(record, weight)
        return shared.setdefault(story, story)

    links: list[Link] = []
    counted = _counted_values(records) if counted is None else counted
    digits_of: dict[int, str] = {}  # misprint_digits of each claim scored so far

    def digits(index: int) -> str:
        found = digits_of.get(index)
        if found is None:
            found = digits_of[index] = misprint_digits(records[index].claim)
        return found

    def misprint_of(pair: tuple[int, int]) -> str | None:
        # Spans of time with the same digits in two units ("a 17-month build", "17 years")
        # are two spans far more often than one misprinted: that alone links nothing (a slip
        # is still a plausible misreport once words link them).
        a, b = records[pair[0]].claim, records[pair[1]].claim
        da = digits(pair[0])
        return misprinted(a, b) if da and a.kind is not Kind.duration and da == digits(pair[1]) else None

    def story_at(index: int) -> Story:
        return stories.get(index) or stories.setdefault(index, story_of(records[index]))

    for key, members in blocks.items():
        if len(members) < 2:
            continue
        # A date tied to its act right before it needs no more than any figure does.
        threshold = DATE_LINK_THRESHOLD if key[0] == "date" and not key[1].startswith("act ") else LINK_THRESHOLD
        if only is not None and not any(index in only for index in members):
            continue
        postings: dict[tuple[str, str], list[int]] = defaultdict(list)
        keys = {index: keyed[index][1] if keyed is not None else candidate_keys(records[index]) for index in members}
        # A re-scan scores only pairs with a fresh claim: only the postings of fresh claims'
        # keys matter (and those stay complete, so MAX_POSTING means what it means in a full run).
        wanted = None if only is None else {k for index in members if index in only for k in keys[index]}
        for index in members:
            for candidate in keys[index]:
                if wanted is None or candidate in wanted:
                    postings[candidate].append(index)
        seen: set[tuple[int, int]] = set()
        # Word keys first; a pair met only through the digits of a misprint key is scored only
        # when it is a misprint (most figures sharing two digits are not).
        ordered = [kv for kv in postings.items() if kv[0][0][:1] not in _MISPRINT_PREFIXES]
        ordered += [kv for kv in postings.items() if kv[0][0][:1] in _MISPRINT_PREFIXES]
        for key_of_posting, posting in ordered:
            if len(posting) > MAX_POSTING:
                continue
            digits_only = key_of_posting[0][:1] in _MISPRINT_PREFIXES
            fresh = posting if only is None else [i for i in posting if i in only]
            partners = _partners(posting, story_at) if only is None and len(posting) > PARTNER_INDEX_FROM else None
            for i, first in enumerate(fresh):
                for second in (partners[i] if partners is not None else posting):
                    if first == second:
                        continue
                    pair = (first, second) if first < second else (second, first)
                    if pair in seen:
                        continue
                    a, b = records[pair[0]], records[pair[1]]
                    if digits_only:
                        misprint = misprint_of(pair)
                        if not misprint:
                            continue
                    seen.add(pair)
                    if a.claim.source == b.claim.source and a.claim.sentence_start == b.claim.sentence_start:
                        continue  # two numbers in one sentence are about different things
                    if partners is None and different_stories(story_at(pair[0]), story_at(pair[1])):
                        continue  # vetoed whatever the rest: no need for their Features
                    if not time_compatible(a, b):
                        continue
                    if not digits_only:
                        misprint = misprint_of(pair)
                    if not (misprint or plausible_pair(a, b)):
                        continue
                    fa = features.get(pair[0]) or features.setdefault(pair[0], Features.of(a, weight))
                    fb = features.get(pair[1]) or features.setdefault(pair[1], Features.of(b, weight))
                    if key[0] == "score" and fa.opponent and fb.opponent and not one_name(fa.opponent, fb.opponent):
                        continue  # "beat Saltmere 1-0" and "beat Poloma Athletic 3-2": two matches
                    score = feature_similarity(fa, fb)
                    needed = threshold
                    if a.claim.source == b.claim.source:
                        if not _may_disagree_within_article(a, b, score):
                            continue
                        if a.claim.value == b.claim.value:
                            needed *= RESTATEMENT_DISCOUNT  # an article repeating its own figure
                    if (score >= needed or (key[0] == "date" and same_named_event(fa, fb))
                            or _one_such_date_in_story(key, fa, fb)
                            or (key[0] == "score" and same_match(fa, fb))
                            or (score > 0 and _sole_count_of_noun(a, b, fa, fb, counted))
                            or (score > 0 and _sole_tally_of_day(a, b, fa, fb, counted))
                            or (misprint and a.claim.source != b.claim.source and fa.topic and fb.topic
                                and not _vetoed(fa, fb))):
                        # A misprint is evidence the two are one figure, whatever their words.
                        links.append(Link(pair[0], pair[1], max(score, MISPRINT_LINK_SCORE) if misprint else score))
    return links


def _partners(posting: list[int], story_at: Callable[[int], Story]) -> list[list[int]]:
    """For each claim of a posting, the claims after it that may be from the same story, in
    posting order: what ``different_stories`` leaves of ``posting[i + 1:]``.

    A posting keyed by a name common to many articles mixes many events, and asking of each
    pair whether its two stories are one costs the square of the posting.  ``_same_story``
    holds when two stories share two telling names, or one that either leads with: the
    posting's stories are indexed by those, so each story meets only the stories it is one
    with (and those with no recurring name, which any story may meet).  Stories are told
    apart by identity: find_links shares one object among equal ones."""
    stories: dict[int, Story] = {}
    positions_of: dict[int, list[int]] = defaultdict(list)
    story_ids = []
    for position, index in enumerate(posting):
        story = story_at(index)
        key = id(story)
        stories[key] = story
        positions_of[key].append(position)
        story_ids.append(key)
    telling: dict[int, list[str]] = {}
    by_name: dict[str, list[int]] = defaultdict(list)  # stories with a telling name
    by_lead: dict[str, list[int]] = defaultdict(list)  # stories leading with it
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)  # stories with both names
    for key, story in stories.items():
        names = telling[key] = sorted(n for n in story.topic if n[1:] not in SHARED_NAME_WORDS)
        for k, name in enumerate(names):
            by_name[name].append(key)
            if name in story.lead_topic:
                by_lead[name].append(key)
            for other in names[k + 1:]:
                by_pair[name, other].append(key)
    nameless = [key for key, story in stories.items() if not story.topic]
    after: dict[int, list[int]] = {}
    for key, story in stories.items():
        if not story.topic:
            mates: Iterable[int] = stories
        else:
            found = set(nameless)
            names = telling[key]
            for k, name in enumerate(names):
                found.update(by_lead[name])
                if name in story.lead_topic:
                    found.update(by_name[name])
                for other in names[k + 1:]:
                    found.update(by_pair[name, other])
            mates = found
        after[key] = sorted(position for mate in mates for position in positions_of[mate])
    partners = []
    for position, key in enumerate(story_ids):
        positions = after[key]
        partners.append([posting[p] for p in positions[bisect.bisect_right(positions, position):]])
    return partners


def _counted_values(records: list[ClaimRecord]) -> dict[tuple[str, str], set[float]]:
    """(article, counted noun) -> the values the article counts of it, partitives aside."""
    counted: dict[tuple[str, str], set[float]] = defaultdict(set)
    for record in records:
        claim = record.claim
        if claim.kind is Kind.count and isinstance(claim.value, (int, float)) and not is_partitive(record):
            if claim.noun:
                counted[(claim.source, claim.noun)].add(float(claim.value))
            if single_day(record):
                for measure in _measure_names(record):
                    counted[(claim.source, f"{measure}@{record.time_low}")].add(float(claim.value))
    return counted


def _measure_names(record: ClaimRecord) -> set[str]:
    return {n for n in record.names if n[:1] == "="}


def _sole_tally_of_day(a: ClaimRecord, b: ClaimRecord, fa: Features, fb: Features,
                       counted: Mapping[tuple[str, str], set[float]]) -> bool:
    """Two articles of one story that each give one figure of a measure for one stated day
    ("fifty-eight confirmed dead" on Friday evening, "| Fri 13 Feb | 63 killed |"): the same
    figure, however differently the sentences run."""
    if not (a.claim.kind is Kind.count and single_day(a) and single_day(b) and a.time_low == b.time_low):
        return False
    if a.claim.source == b.claim.source or not (fa.topic and fb.topic):
        return False
    return any(len(counted[(a.claim.source, f"{m}@{a.time_low}")]) == 1 == len(counted[(b.claim.source, f"{m}@{a.time_low}")])
               for m in _measure_names(a) & _measure_names(b))


def _sole_count_of_noun(a: ClaimRecord, b: ClaimRecord, fa: Features, fb: Features,
                        counted: Mapping[tuple[str, str], set[float]]) -> bool:
    """Two articles of one story that each count one thing once ("eight carriages", "a
    six-carriage express"): the same count, however differently the sentences run."""
    noun = a.claim.noun
    if not noun:
        return False
    return (a.claim.source != b.claim.source and a.claim.kind is Kind.count and noun == b.claim.noun
            and noun not in GENERIC_HUMAN_NOUNS and bool(fa.topic and fb.topic) and fa.measures == fb.measures
            and len(counted[(a.claim.source, noun)]) == 1 and len(counted[(b.claim.source, noun)]) == 1)


def connected_groups(size: int, links: list[Link]) -> list[list[int]]:
    """Union-find over the links; groups of two or more, each sorted, in first-index order."""
    parent = list(range(size))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    linked = {link.a for link in links} | {link.b for link in links}
    groups: dict[int, list[int]] = defaultdict(list)
    for index in sorted(linked):
        groups[find(index)].append(index)
    return sorted(groups.values(), key=lambda g: g[0])
