"""Decide which clusters disagree, and say why in words a person can check.

A cluster conflicts when two of its directly linked claims have intervals that cannot
overlap.  Intervals already carry the stated precision ("1,200 km" is 1,150-1,250 km) and
the qualifier ("almost $250m" is $225m-$250m), so agreement at stated precision is never a
conflict.  Rounding intervals that only touch (31% is 30.5-31.5, 32% is 31.5-32.5) do
conflict; one-sided bounds ("at least 40") that touch do not.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass

from claimcheck.extract.numbers import parse_number_words
from claimcheck.extract.units import BARE_DOLLAR, NAMED_DOLLAR, NAMED_DOLLAR_CODES, US_DOLLAR
from claimcheck.models import Claim, ClaimRecord, Conflict, Kind, Role, stable_id
from claimcheck.reconcile.cluster import (
    DISPUTES,
    Link,
    WordWeights,
    block_key,
    boilerplate,
    connected_groups,
    find_links,
    misprinted,
    root,
    score_pair,
)
from claimcheck.reconcile.scope import WEEKDAYS, is_running_total, partitive_detail, single_day, tally_day

_ONE_SIDED = frozenset({"over", "under", "just_over"})


@dataclass(slots=True)
class Reconciliation:
    """What clustering found: how many clusters, and which of them conflict."""

    cluster_count: int
    conflicts: list[Conflict]


def _bounds(claim: Claim) -> tuple[float, float] | None:
    """The claim's interval as numbers (dates as day ordinals); -inf/inf when unbounded."""
    if claim.kind is Kind.date:
        if not isinstance(claim.low, str) or not isinstance(claim.high, str):
            return None
        try:
            return (dt.date.fromisoformat(claim.low).toordinal(), dt.date.fromisoformat(claim.high).toordinal() + 0.999)
        except ValueError:
            return None
    low = float(claim.low) if isinstance(claim.low, (int, float)) else float("-inf")
    high = float(claim.high) if isinstance(claim.high, (int, float)) else float("inf")
    return low, high


def _is_one_sided(claim: Claim) -> bool:
    from claimcheck.extract.context import QUALIFIERS

    return QUALIFIERS.get(claim.qualifier or "", "") in _ONE_SIDED or claim.qualifier == "or more"


# A sentence naming another dollar ("lost 2.7 bln Australian dollars ($1.8 bln)") keeps its
# bare one apart from it.
_OTHER_DOLLAR_WORDS = re.compile(r"\b(?:Australian|New\s+Zealand|Canadian|Hong\s+Kong|Singapore)\s+dollars?\b"
                                 r"|\b(?:AUD|NZD|CAD|HKD|SGD)\b")


def same_currency(a: Claim, b: Claim) -> bool:
    """Same unit, or one outlet's bare "$7.3 billion" against another's "A$5.1bn": the bare
    dollar is read as US dollars only for want of a country, and the story may be another's
    (an article whose dollars are named elsewhere has its bare ones read as those already)."""
    if a.unit == b.unit:
        return True
    if a.kind is not Kind.money or b.kind is not Kind.money:
        return False
    for bare, named in ((a, b), (b, a)):
        if (bare.unit == "USD" and named.unit in NAMED_DOLLAR_CODES and BARE_DOLLAR.search(bare.text)
                and not US_DOLLAR.search(bare.text) and not US_DOLLAR.search(named.text)
                and not NAMED_DOLLAR.search(bare.sentence) and not _OTHER_DOLLAR_WORDS.search(bare.sentence)):
            return True
    return False


def cannot_both_hold(a: Claim, b: Claim) -> bool:
    """True when no single true value fits both claims' intervals."""
    if not same_currency(a, b):
        return False  # e.g. two currencies: no rate is assumed, so no verdict
    if isinstance(a.value, str) and isinstance(b.value, str) and a.kind is not Kind.date:
        scores = score_pair(a.value), score_pair(b.value)
        return None not in scores and scores[0] != scores[1]  # "won 3-1" and "won 3-2"
    bounds_a, bounds_b = _bounds(a), _bounds(b)
    if bounds_a is None or bounds_b is None:
        return False
    (low_a, high_a), (low_b, high_b) = bounds_a, bounds_b
    if (low_a, high_a) > (low_b, high_b):  # order by interval, so the test is symmetric
        (low_a, high_a), (low_b, high_b), a, b = (low_b, high_b), (low_a, high_a), b, a
    gap = low_b - high_a
    scale = max(abs(low_b), abs(high_a)) * 1e-9  # relative: micrograms in tonnes are ~1e-11
    if gap > scale:
        return True
    # Intervals that only touch are rounding neighbours ("15" ends where "16" begins), unless
    # a bound is one-sided or both claims are the same single point.
    touching = abs(gap) <= scale and (low_a < high_a or low_b < high_b)
    return touching and not (_is_one_sided(a) or _is_one_sided(b))


# Qualifiers that state the maximum itself ("fines of up to €45,000"), unlike a loose bound
# ("under 40,000", "less than half"): two outlets giving different maxima disagree.
_STATED_MAXIMUM = frozenset({"up to", "as many as", "as much as", "a maximum of", "at most", "no more than"})
# How far apart two stated maxima may be and still be one maximum rounded ("up to 2 million"
# against "up to 2.1 million").
_MAXIMUM_ROUNDING = 1.1


def maxima_differ(a: Claim, b: Claim) -> bool:
    """Two outlets that each state the most a figure can be, and name different figures (one
    article giving two maxima is speaking of two things: "up to €5,000 for a student, up to
    €45,000 for a school")."""
    if a.source == b.source or not same_currency(a, b) or a.qualifier not in _STATED_MAXIMUM or b.qualifier not in _STATED_MAXIMUM:
        return False
    if not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)) or a.value <= 0 or b.value <= 0:
        return False
    return max(a.value, b.value) / min(a.value, b.value) > _MAXIMUM_ROUNDING


def values_disagree(a: Claim, b: Claim) -> bool:
    """Do two claims' values dispute each other: intervals that cannot both hold, or two
    outlets' different stated maxima?  Every step that asks whether a pair disagrees (deciding
    a cluster, choosing which clusters to decide, a report's sides, a hook's findings) asks
    this, so that none of them drops a kind of disagreement the others keep."""
    return cannot_both_hold(a, b) or maxima_differ(a, b)


def format_value(claim: Claim, value: object) -> str:
    """A normalised value for people: '250,000,000 USD', '1,200 km', '45 %'."""
    if value is None:
        return "unbounded"
    if isinstance(value, str):
        return value
    number = float(value)  # type: ignore[arg-type]
    if number.is_integer():
        text = f"{number:,.0f}"
    elif abs(number) >= 100:
        text = f"{number:,.2f}".rstrip("0").rstrip(".")  # 411.5, not 412: bounds are exact
    else:
        text = f"{number:,.4g}"
    return f"{text} {claim.unit}" if claim.unit else text


def explain(a: Claim, b: Claim) -> str:
    """One sentence saying why two claims cannot both hold."""
    def interval(c: Claim) -> str:
        if c.low == c.high:
            return format_value(c, c.low)
        return f"{format_value(c, c.low)} to {format_value(c, c.high)}"

    slip = {"swap": " The two figures have the same digits with two swapped, a likely typo in one of them.",
            "scale": " The two figures are the same number read at another scale or in another unit, a likely "
                     "slip in one of them."}.get(misprinted(a, b) or "", "")
    if maxima_differ(a, b) and not cannot_both_hold(a, b):
        return (f'"{a.text}" ({a.source}:{a.line}) gives the most it can be as {format_value(a, a.value)}, while '
                f'"{b.text}" ({b.source}:{b.line}) gives {format_value(b, b.value)}: the two maxima differ.')
    return (
        f'"{a.text}" ({a.source}:{a.line}) allows {interval(a)}, while "{b.text}" ({b.source}:{b.line}) '
        f"allows {interval(b)}: the ranges do not overlap, so both cannot be true.{slip}"
    )


def conflict_identity(claims: list[Claim]) -> str:
    """Stable id from what the claims say, not where: editing elsewhere keeps it, changing a value does not."""
    return stable_id(sorted((c.source, c.kind.value, c.text, str(c.value)) for c in claims))


def reconcile(records: list[ClaimRecord], links: list[Link] | None = None,
              furniture: set[int] | None = None) -> Reconciliation:
    """Cluster all claims and return the clusters that conflict (``links``: already found;
    ``furniture``: the boilerplate claims, when already known)."""
    if furniture is None:
        furniture = boilerplate(records)
    if links is None:
        links = find_links(records, WordWeights(records), skip=furniture)
    else:
        links = [link for link in links if link.a not in furniture and link.b not in furniture]
    groups = connected_groups(len(records), links)
    links_by_group: dict[int, list[Link]] = {}
    group_of = {index: gi for gi, group in enumerate(groups) for index in group}
    for link in links:
        links_by_group.setdefault(group_of[link.a], []).append(link)
    by_sentence: dict[tuple[str, int], list[ClaimRecord]] = {}
    for record in records:
        if record.claim.kind is Kind.date and block_key(record) is None:
            continue  # "last won the league in the 1990s" says nothing about a founding date
        by_sentence.setdefault((record.claim.source, record.claim.sentence_start), []).append(record)
    increments: dict[str, list[Claim]] = {}
    for record in records:
        if record.claim.role is Role.increment and isinstance(record.claim.value, (int, float)):
            increments.setdefault(record.claim.source, []).append(record.claim)
    conflicts: list[Conflict] = []
    for gi, group in enumerate(groups):
        group_links = links_by_group.get(gi, [])
        by_source = _neighbours_by_source(group_links, records)
        scores = {(min(link.a, link.b), max(link.a, link.b)): link.score for link in group_links}
        group_by_source: dict[str, list[int]] = {}
        for index in group:
            group_by_source.setdefault(records[index].claim.source, []).append(index)
        disagreeing = [
            link for link in group_links
            if values_disagree(records[link.a].claim, records[link.b].claim)
            and not tally_grew(records[link.a], records[link.b])
            and not _another_day_agrees(link, by_source, records)
            and not _closer_match_agrees(link, by_source, scores, records)
            and not _sentence_also_says(records[link.a], records[link.b], by_sentence)
            and not _sentence_also_says(records[link.b], records[link.a], by_sentence)
            and misreport_is_plausible(records[link.a].claim, records[link.b].claim, link.score)
            and not _read_at_other_moments(records[link.a].claim, records[link.b].claim)
            and not _article_tells_both(link.a, link.b, group_by_source, records)
            and not _article_tells_both(link.b, link.a, group_by_source, records)
            and not _part_of_stated_whole(records[link.a].claim, records[link.b].claim)
            and not _part_of_stated_whole(records[link.b].claim, records[link.a].claim)
            and not _running_total(records[link.a].claim, records[link.b].claim, increments)
        ]
        if not disagreeing:
            continue
        members = _members(disagreeing, links_by_group.get(gi, []), records)
        claims = sorted((records[i].claim for i in members), key=lambda c: (c.source, c.start))
        # The widest gap explains the conflict; among equal gaps the pair's ids decide, so the
        # reason does not depend on the order links were found in (string hashing varies by run).
        worst = max(disagreeing, key=lambda link: (_gap(records[link.a].claim, records[link.b].claim),
                                                   sorted((records[link.a].claim.id, records[link.b].claim.id))))
        subject = _cluster_subject([records[i] for i in group])
        pairs = sorted({tuple(sorted((records[link.a].claim.id, records[link.b].claim.id))) for link in disagreeing})
        conflicts.append(Conflict(
            id=conflict_identity(claims), subject=subject, kind=claims[0].kind,
            reason=explain(records[worst.a].claim, records[worst.b].claim), claims=claims,
            pairs=pairs,  # type: ignore[arg-type]
            confidence=round(max(link.score for link in disagreeing), 3),
        ))
    conflicts.sort(key=lambda c: (c.kind.value, c.subject, c.id))
    return Reconciliation(len(groups), conflicts)


def _members(disagreeing: list[Link], links: list[Link], records: list[ClaimRecord]) -> set[int]:
    """The claims a conflict lists: both ends of each disagreement, then every claim linked
    to a listed claim whose value it shares (other outlets saying the same thing), step by
    step.  Claims that reach the cluster only through a disagreeing chain are left out."""
    members = {i for link in disagreeing for i in (link.a, link.b)}
    neighbours: dict[int, list[int]] = {}
    for link in links:
        neighbours.setdefault(link.a, []).append(link.b)
        neighbours.setdefault(link.b, []).append(link.a)
    frontier = list(members)
    while frontier:
        current = frontier.pop()
        for other in neighbours.get(current, ()):
            if other not in members and not cannot_both_hold(records[current].claim, records[other].claim):
                members.add(other)
                frontier.append(other)
    return members


def _neighbours_by_source(links: list[Link], records: list[ClaimRecord]) -> dict[tuple[int, str], list[int]]:
    """(claim, article) -> the claims of that article linked to the claim."""
    by_source: dict[tuple[int, str], list[int]] = {}
    for link in links:
        by_source.setdefault((link.a, records[link.b].claim.source), []).append(link.b)
        by_source.setdefault((link.b, records[link.a].claim.source), []).append(link.a)
    return by_source


def _another_day_agrees(link: Link, by_source: dict[tuple[int, str], list[int]], records: list[ClaimRecord]) -> bool:
    """One side gives a day-by-day series ("| Sun | 11 |", "| Mon | 17 |") and another of its
    days agrees with the other side's figure, which names no day of its own: that figure is
    one of the series' days, not a contradiction."""
    for one, other in ((link.a, link.b), (link.b, link.a)):
        if single_day(records[one]) or not single_day(records[other]):
            continue
        for third in by_source.get((one, records[other].claim.source), ()):
            if (third != other and single_day(records[third]) and records[third].time_low != records[other].time_low
                    and not cannot_both_hold(records[one].claim, records[third].claim)):
                return True
    return False


# How well another figure must match, against the disagreeing one, to be what the other side
# spoke of: about as well (a table row and a sentence score a shade apart for one figure).
CLOSER_MATCH_SHARE = 0.95


def _closer_match_agrees(link: Link, by_source: dict[tuple[int, str], list[int]],
                         scores: dict[tuple[int, int], float], records: list[ClaimRecord]) -> bool:
    """One side's article has another figure that agrees with the other side and matches it at
    least as well: the other side was speaking of that figure ("lorries face a detour of more
    than 40 km" against one article's "23 km via the ring road" and its "lorries ... a 41 km
    detour").  A bound counts only when it is close ("more than eleven hundred" for 1,150;
    "more than 1,000" agrees with anything)."""
    for one, other in ((link.a, link.b), (link.b, link.a)):
        own = scores[(min(one, other), max(one, other))]
        for third in by_source.get((other, records[one].claim.source), ()):
            if (third != one and not _loose_bound(records[third].claim, records[other].claim)
                    and not cannot_both_hold(records[third].claim, records[other].claim)
                    and scores[(min(third, other), max(third, other))] >= CLOSER_MATCH_SHARE * own):
                return True
    return False


# A market figure read during the trading day ("jumped 22.6 pct by 1530 GMT", "as much as 22%
# in early trading", "| 14:10 GMT |"), not at the close.
_INTRADAY = re.compile(
    r"(?i)\b\d{4}\s*(?:GMT|UTC)\b|\b\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|BST|ET)\b|\bintraday\b|\bat\s+one\s+(?:point|stage)\b"
    r"|\bin\s+(?:early|late|morning|afternoon|midday|opening)\s+(?:trade|trading|deals)\b")
_INTRADAY_REACH = 60


def _intraday(claim: Claim) -> str | None:
    """The moment of the trading day a price or a share move was read at, if the words say one."""
    at = claim.start - claim.sentence_start
    window = claim.sentence[max(0, at - _INTRADAY_REACH):at + len(claim.text) + _INTRADAY_REACH]
    moment = _INTRADAY.search(window)
    return moment.group().lower() if moment else None


def _read_at_other_moments(a: Claim, b: Claim) -> bool:
    """A share move by 15:30 and the day's close (or two readings at different times) are two
    figures, not one told twice."""
    if a.kind not in (Kind.percent, Kind.money):
        return False
    moment_a, moment_b = _intraday(a), _intraday(b)
    return (moment_a or moment_b) is not None and moment_a != moment_b


def tally_grew(a: ClaimRecord, b: ClaimRecord) -> bool:
    """Two running totals on different days where the later one is not lower: the toll rose
    (112 on Monday, 287 on Wednesday), nobody is contradicted.  A count of the missing may
    also fall from one day to the next."""
    day_a, day_b = tally_day(a), tally_day(b)
    if not (is_running_total(a) or is_running_total(b)) or not (day_a and day_b) or day_a == day_b:
        return False  # (one may state no day: it holds on the day its article appeared)
    if "missing" in a.local[:3] and "missing" in b.local[:3]:
        return True  # the missing are found, alive or dead: that count falls as well as rises
    earlier, later = (a, b) if day_a < day_b else (b, a)
    bounds_earlier, bounds_later = _bounds(earlier.claim), _bounds(later.claim)
    if bounds_earlier is None or bounds_later is None:
        return False
    return bounds_later[1] >= bounds_earlier[0]


def _article_tells_both(a: int, b: int, group_by_source: dict[str, list[int]], records: list[ClaimRecord]) -> bool:
    """Does b's article, elsewhere in this cluster, also give a figure that agrees with a?  Then
    that article tells the two figures apart (this round's 4,200 job cuts and last October's
    2,600; the strikers and the whole workforce), and a matched the other one: b's article
    disputes nothing a says.  Not when that figure is another source's and its sentence says
    so ("However, the Dusk trade minister stated the true figure was $410 million"): the
    article relays a dispute over one figure.  (``group_by_source``: the cluster's claims by
    article, so that a cluster of many articles is not scanned whole for every pair.)"""
    claim_a, claim_b = records[a].claim, records[b].claim
    return any(
        other.id != claim_b.id and other.sentence_start != claim_b.sentence_start
        and other.kind == claim_a.kind and same_currency(other, claim_a)
        and isinstance(other.value, str) == isinstance(claim_a.value, str)
        and not cannot_both_hold(other, claim_a) and cannot_both_hold(other, claim_b)
        and not _loose_bound(other, claim_a) and not _loose_bound(claim_a, other)
        and (other.attribution is None or other.attribution == claim_b.attribution or not DISPUTES.search(other.sentence))
        for other in (records[i].claim for i in group_by_source.get(claim_b.source, ()) if i != a and i != b)
    )


# "two of the four halls", "12 out of its 40 stores": the size of the whole a part is taken from.
_WHOLE_AFTER = re.compile(r"(?i)\s+(?:out\s+)?of\s+(?:the|its|their|all|our|his|her)\s+(?P<n>\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+[a-z]")


# How close a first figure plus an addition must come to a total to be its stages.
RUNNING_TOTAL_SLACK = 0.01


def _running_total(a: Claim, b: Claim, increments: dict[str, list[Claim]]) -> bool:
    """Is the larger figure the smaller plus an addition told in the sentence of either ("28
    million litres were released, and a further 12 million on Monday", "a further 60 arrived,
    bringing the contingent to 180")?  Then they are a running total at two moments: the
    first release and the whole."""
    if not (isinstance(a.value, (int, float)) and isinstance(b.value, (int, float))) or a.value == b.value:
        return False
    low, high = (a.value, b.value) if a.value < b.value else (b.value, a.value)
    return any(
        added.kind is a.kind and same_currency(added, a) and added.unit == a.unit
        and isinstance(added.value, (int, float)) and added.value > 0
        and math.isclose(low + added.value, high, rel_tol=RUNNING_TOTAL_SLACK)
        and any(added.source == c.source and added.sentence_start == c.sentence_start for c in (a, b))
        for source in {a.source, b.source} for added in increments.get(source, ()))


def _part_of_stated_whole(part: Claim, whole: Claim) -> bool:
    """Does ``part``'s sentence give it as a part of a whole of ``whole``'s size ("two of the
    four halls run on chillers" against another outlet's "four halls")?  Then the two counts
    are the part and the whole, and the sentence agrees with the other outlet."""
    if part.kind is not Kind.count or whole.kind is not Kind.count or not isinstance(whole.value, (int, float)):
        return False
    m = _WHOLE_AFTER.match(part.sentence, part.end - part.sentence_start)
    if m is None:
        return False
    written = m.group("n")
    size = float(written.replace(",", "")) if written[0].isdigit() else parse_number_words(written.lower())
    return size is not None and size == whole.value


def _sentence_also_says(a: ClaimRecord, b: ClaimRecord, by_sentence: dict[tuple[str, int], list[ClaimRecord]]) -> bool:
    """Does a's own sentence also state b's value?  Then a's source does not dispute b: the
    sentence compares two figures ("rose to $610m from $455m", "$160,000 plus a $45,000
    bonus"), and b matched the other one.  (Not when that other figure measures something
    else: in "at least 14 killed and 236 injured", 14 does not state an injured count.)"""
    measures_b = _measures(b)
    return any(
        other.claim.id != a.claim.id and other.claim.kind == b.claim.kind and same_currency(other.claim, b.claim)
        and isinstance(other.claim.value, str) == isinstance(b.claim.value, str)  # a crowd is no score
        and not cannot_both_hold(other.claim, b.claim)
        and not (measures_b and _measures(other) and not measures_b & _measures(other))
        and not _vacuous_bound(other.claim, b.claim) and not _vacuous_bound(b.claim, other.claim)
        and not _another_maximum(other.claim, b.claim)
        and not (other.claim.noun and b.claim.noun and other.claim.noun != b.claim.noun)  # tickets are not people
        and not _names_another_part(other, a, b)
        # "raised its offer to 7.5% from 6%" against another outlet's "the offer is 6%", with no
        # time of its own: the sentence says 6% is the old level, so it disputes 6% told as now.
        and not (other.claim.role is Role.prior and a.claim.role is Role.level and b.claim.role is Role.level
                 and not b.claim.time)
        for other in by_sentence.get((a.claim.source, a.claim.sentence_start), [])
    )


def _names_another_part(other: ClaimRecord, a: ClaimRecord, b: ClaimRecord) -> bool:
    """Is ``other`` a part of a's count that b's sentence does not name?  In "41 were injured,
    nine of them seriously", nine is the seriously injured, so another outlet's "Nine people
    were injured" still disputes 41; its "nine seriously hurt" would not."""
    if other.claim.start < a.claim.start:
        return False
    detail = partitive_detail(other)
    if not detail:
        return False
    said = {root(w) for w in re.findall(r"[a-z][a-z-]+", b.claim.sentence.lower())}
    return not any(root(w) in said for w in detail)


def _bound_far_from(bound: Claim, value: Claim, low: float, high: float, unknown: bool) -> bool:
    """A one-sided bound whose ratio to the value falls outside ``low``-``high``: it fits the
    value without stating it.  ``unknown``: the answer when either is no number."""
    if not _is_one_sided(bound):
        return False
    if not isinstance(bound.value, (int, float)) or not isinstance(value.value, (int, float)):
        return unknown
    return bound.value == 0 or not low <= value.value / bound.value <= high


def _vacuous_bound(bound: Claim, value: Claim) -> bool:
    """'over 75' does not state 1,140: a one-sided bound far from a value says nothing of it."""
    return _bound_far_from(bound, value, 0.5, 2, unknown=False)


def _another_maximum(bound: Claim, value: Claim) -> bool:
    """'gusts of up to 185 km/h' does not state sustained winds of 140 km/h: a stated maximum
    says a value only when it is all but that value."""
    return bound.qualifier in _STATED_MAXIMUM and _bound_far_from(bound, value, 0.9, 1.05, unknown=False)


def _loose_bound(bound: Claim, value: Claim) -> bool:
    """A bound that agrees with a value only loosely ("more than 1,000" for 1,150) is not the
    figure an article spoke of; "more than eleven hundred" is."""
    return _bound_far_from(bound, value, 0.9, 1.1, unknown=True)


# How far apart two outlets' figures for one measure can plausibly be.  Misreports seen in
# news (a stale figure, a wrong rounding, a misread total, one outlet's estimate) stay within
# a few times each other; figures further apart are far more often two measures sharing
# words (a subgroup and the whole, a rate and its base) than one told wrong, unless the gap
# is a slip of its own kind: a power of ten, swapped digits, or a unit factor.
MAX_MISREPORT_RATIO = 5.0
# ... and only a sure link (its words all but the same: "38 people were injured" and
# "Eleven people were injured", a part told as the whole) stretches that far.  Otherwise a
# misreport stays within two and a half times ("$430m" against "$1,010m"): on the labelled
# corpus, pairs of looser links 2.5 to 5 times apart were mostly two measures sharing words
# (17 planted conflicts against 140 false alarms).
SURE_LINK = 0.8
MAX_LOOSE_MISREPORT_RATIO = 2.5
_UNIT_SLIPS = (3.2808, 3.7854, 4.5461, 6.2898, 10.764, 35.315)  # ft/m, US and UK gal/L, bbl/m3, sq ft/m2, cu ft/m3
_TIME_UNIT_SLIPS = (7.0, 12.0, 24.0, 30.44, 52.18, 60.0, 365.25)  # days/weeks, months/years, hours/days, ...


# How many years apart two outlets' dates for one event can plausibly be: a misdated event is
# off by days or years ("opened in 1971" against "1968", "founded in 1962" against "1956"), or
# by a slipped digit ("1961" against "1916"); a date generations from the other is another
# event ("the eruption began on May 13" against "in 1961 Vardafell erupted").
MAX_DATE_SLIP_YEARS = 20


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|['’]\d{2}\b")


def _year_guessed(claim: Claim) -> bool:
    """A date written without its year ("April 1", "Sept 14"): the year was inferred from
    the article's date, and the guess can be a year out."""
    return not _WRITTEN_YEAR.search(claim.text)


def _agree_but_for_guessed_year(a: Claim, b: Claim) -> bool:
    """Do two dates agree once a guessed year is taken as the other's ("April 1" read as 2033
    in an October article, "1 April 2034" elsewhere: the routes close next spring)?"""
    for guessed, other in ((a, b), (b, a)):
        if not _year_guessed(guessed) or not isinstance(guessed.low, str) or not isinstance(guessed.high, str) \
                or not isinstance(other.low, str) or guessed.low[:4] != guessed.high[:4] or other.low[:4] == guessed.low[:4]:
            continue
        year = other.low[:4]
        moved = guessed.model_copy(update={"low": year + guessed.low[4:], "high": year + guessed.high[4:]})
        if _bounds(moved) is not None and not cannot_both_hold(moved, other):  # (no 29 February in that year)
            return True
    return False


def _date_slip_is_plausible(a: Claim, b: Claim) -> bool:
    if _agree_but_for_guessed_year(a, b) or _same_weekday_other_week(a, b):
        return False
    year_a, year_b = (str(c.value)[:4] for c in (a, b))
    if not (year_a.isdigit() and year_b.isdigit()) or abs(int(year_a) - int(year_b)) <= MAX_DATE_SLIP_YEARS:
        return True
    return sorted(year_a) == sorted(year_b) or sum(x != y for x, y in zip(year_a, year_b)) == 1


_WEEKDAY_WORD = re.compile(r"(?i)\b(" + "|".join(WEEKDAYS) + r")\b")


def _same_weekday_other_week(a: Claim, b: Claim) -> bool:
    """'arrived on Wednesday' in two outlets: the week is read from each article's date, so two
    readings a whole number of weeks apart, one of them a bare weekday, are one day told alike."""
    days = [_WEEKDAY_WORD.search(c.text) for c in (a, b)]
    if not all(days) or days[0].group(1).lower() != days[1].group(1).lower():
        return False
    if all(re.search(r"\d", c.text) for c in (a, b)):
        return False  # "Friday 6 June" against "Friday 20 June": both outlets gave the day
    try:
        gap = dt.date.fromisoformat(str(a.value)).toordinal() - dt.date.fromisoformat(str(b.value)).toordinal()
    except ValueError:
        return False
    return gap % 7 == 0


def misreport_is_plausible(a: Claim, b: Claim, score: float = 1.0) -> bool:
    """Could two disagreeing figures be one measure, told wrong by one outlet?  The surer the
    link (``score``), the further apart the figures may be."""
    if a.kind is Kind.date:
        return _date_slip_is_plausible(a, b)
    if not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)):
        return True
    x, y = float(a.value), float(b.value)
    if x == 0 or y == 0:
        return True  # a zero is a slip of its own
    ratio = max(abs(x), abs(y)) / min(abs(x), abs(y))
    widest = MAX_MISREPORT_RATIO if score >= SURE_LINK else MAX_LOOSE_MISREPORT_RATIO
    if (x < 0) != (y < 0):
        # A rise told as a fall keeps its size ("up 3.1%" for "down 3.1%"); a rise of 21.9%
        # and a fall of 3.1% are two moves (two companies' shares on one day).
        return ratio <= widest
    if ratio <= widest:
        return True
    if abs(math.log10(ratio) - round(math.log10(ratio))) <= 0.02:
        return True  # a zero too many, thousands for millions
    if any(abs(ratio / factor - 1) <= 0.03 for factor in _UNIT_SLIPS):
        return True
    if a.kind is Kind.duration and any(abs(ratio / factor - 1) <= 0.05 for factor in _TIME_UNIT_SLIPS):
        return True  # "163 days" for "163 weeks", months for years
    written_a, written_b = (_first_number(c.text) for c in (a, b))
    # "19%" for "91%", "1.9" for "9.1": the same digits in the same places, two swapped
    return (bool(written_a) and len(written_a) == len(written_b) and written_a.find(".") == written_b.find(".")
            and sorted(written_a) == sorted(written_b))


def _first_number(text: str) -> str:
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return number.group().replace(",", "") if number else ""


def _measures(record: ClaimRecord) -> set[str]:
    return {n for n in record.names if n.startswith("=")}


def _gap(a: Claim, b: Claim) -> float:
    bounds_a, bounds_b = _bounds(a), _bounds(b)
    if bounds_a is None or bounds_b is None:
        return 0.0
    return max(bounds_b[0] - bounds_a[1], bounds_a[0] - bounds_b[1])


def _cluster_subject(records: list[ClaimRecord]) -> str:
    """The words most claims of the cluster share, in the order one of them uses them."""
    counts = Counter(w for r in records for w in set(r.local))
    shared = {w for w, n in counts.items() if n >= 2}
    for record in records:
        sentence = record.claim.sentence.lower()
        words = sorted((w for w in set(record.local) if w in shared), key=lambda w: (sentence.find(w) % 10**6, w))
        if words:
            return " ".join(words[:4])
    return records[0].claim.subject
