"""Quality benchmark: claimcheck's extraction and conflicts against the labeled corpus, with
quantulum3 and dateparser run on the same text in the same run.

    python benchmarks/quality.py [--corpus fixtures/corpus] [--verbose] [--json]

What it reads
    Every ``*.labels.json`` under ``--corpus`` (recursively) with the article it names
    (format: fixtures/corpus/README.md); the folder holding it is the article's event, and
    that folder's ``conflicts.json`` (when present) its gold conflicts.  Labels for the seed
    articles are read from ``fixtures/seeds-labels/*.labels.json`` when that folder exists
    (the article is ``seeds/<article>``; ``fixtures/seeds-labels/conflicts.json`` is their
    event's conflicts).  Articles without labels are skipped (the corpus grows while people
    label it); a mention whose text is not found is reported on stderr and skipped.

Extraction metrics (per kind, and "all" micro-averaged)
    Span match: a predicted claim and a gold mention of the same article and the same kind
    whose spans overlap by at least half of the shorter span, or one contains the other.
    Pairs are made one-to-one, greedily by overlap in characters (largest first).
    Correct: a span match whose unit is the same and whose value agrees: numbers within
    0.5% (relative); dates as equal ISO strings ("2024-05-14" == "2024-05-14", "2024-05" !=
    "2024-05-14"); for a gold range (explicit low/high) the bounds must agree as well (date
    bounds at month/year granularity equal the first/last day of that period); a gold match
    score (value null, "score": "3-1") only equals a prediction whose value is that string.
    precision = correct / predicted, recall = correct / gold, F1 their harmonic mean;
    value acc = correct / span-matched.
    Among span matches: qualifier acc (lower-cased, whitespace-collapsed equality, null ==
    null); time acc (equal after normalisation: upper-case, no spaces, "2019/20" and
    "2019-2020" -> "2019-20", "Q1 2024" -> "2024-Q1"; and the same target flag, gold
    ``target`` vs claim ``time_target``); attribution acc (case-insensitive, leading "the"
    ignored, rapidfuzz ratio >= 85 counts as equal, null == null only).
    False claims per 20k chars: predictions with no span match, per 20,000 characters of
    article text.

Conflict metrics
    claimcheck's ``reconcile`` runs over all records of each event folder together, and
    once more over all events together.  A gold conflict's mentions are grouped into sides
    by the value their labels give (kind, value, low, high, unit); mentions that agree are
    one side, and a side also takes in restatements of its mentions in the same article (a
    gold mention with the same kind, value, bounds, unit, time and subject, e.g. headline
    and body).  A reported conflict FINDS a gold conflict when its claims (all claims of the
    reported cluster) overlap (same span rule as above, kind not required) mentions of at
    least two different sides.  A reported conflict that finds no gold conflict of its event
    is a false positive; one that overlaps two or more mentions of a gold ``non_conflicts``
    entry (and finds no gold conflict) is also listed as a "laughable false alarm".
    precision = reported conflicts that find a gold conflict / reported conflicts;
    recall = gold conflicts found / gold conflicts.  In the all-events run a conflict whose
    claims come from two events is a cross-event false alarm.  Events without a
    conflicts.json are not scored for conflicts.

Peers (optional: ``pip install -e '.[bench]'``; "not installed" otherwise)
    quantulum3 for the quantity kinds, dateparser's ``search_dates`` for dates; how their
    output is mapped to claimcheck kinds and canonical units is in
    benchmarks/quality_peers.py.  They are scored with the same rules on the kinds they
    cover (gold restricted to those kinds).

quantulum3's own test sentences
    ``quantulum3/_lang/en_US/tests/quantities.json`` from the installed package (101
    sentences, 148 expected quantities).  Comparable: an expected quantity whose unit
    claimcheck has a kind for and quality_peers converts to the canonical unit (UNIT_TABLE
    or a currency): money, percent, length, area, mass, volume, energy, power, speed,
    temperature, duration, count ("dimensionless").  Not comparable (no claimcheck kind):
    data storage, frequency, rates ("dollar per hour"), radiation dose, "inverse femtobarn"
    and the like.  Two figures are printed:
    strict: every comparable expectation, read as quantulum3 reads it.  Right: a claim of
        that kind (and, for money and percent, that unit) whose value agrees within 0.5% and
        whose span overlaps the expected surface text; a bracketed conversion ("1,500,000
        kilometres (930,000 mi)") may be answered by the claim that holds it.
    in scope: the comparable expectations minus those a scope rule excludes, scored as in
        strict or, where a scoring rule reads the expectation, by that rule.  Each rule
        follows from issue 3's hard cases or README.md, never from what claimcheck happens
        to get wrong; the run prints every excluded and rule-scored expectation with its rule.
    Scope rules (``SCOPE_RULES``; the expectation is left out):
      identifier: a bare integer right after a letters-and-digits code ("i7 860") or after
          a capitalised word that does not open the sentence ("Voyager 2", "English 101"):
          a number in a name is an identifier, not a quantity (issue: COVID-19, JF-17, G20,
          F-16, Sputnik V; claimcheck's numbered names, "Flight 370").  A number shaped
          like a year (1000-2099) is never taken for an identifier.
      time of day: a number followed by am/pm, which news text writes for times of day
          ("2.30 pm"), not one of claimcheck's kinds; quantulum3 reads picometres and
          attometres (issue: a peer reading "PM" as picometres is a listed failure).
      relative date: a duration followed by "ago" ("66 Ma ago") says when, not how long
          (README: "two weeks ago" is a relative date resolved against the article's date).
      conversion to another currency: a money expectation inside the brackets of a claim
          in another currency ("-15€ ($-99.99)"): the issue makes a quantity and its
          bracketed conversion one claim, and no exchange rate is known to compare values.
    Scoring rules (``SCORING_RULES``; the expectation stays in scope):
      bare year: a year (1000-2099) after "in", "since", "by", "until", "during", "from",
          "before", "after" or a month name, or the year of a decade ("1960s"), that
          quantulum3 expects as a count: a year alone is a date, not a count (issue), so it
          is scored as a date, right when claimcheck reads that year as a date: a date claim
          over it, or the time of a claim in the sentence ("$13bn in 2013": time 2013).
      bracketed conversion: an expectation inside the brackets of a claim of the same kind
          ("8- to 16-meter (320- to 640-inch)"), whose value differs from the quantity's
          by the conversion's rounding: right when it lies in that claim's interval (the
          issue: one claim, checked for self-consistency).
      share: a dimensionless fraction below 1 ("1/40 of", "two thirds of") that claimcheck
          reads as a percent share: right when the percent value is 100 times it.
      from A to B: a range quantulum3 reads in "from A to B" ("reduced from 44 mg to 50
          mg"): two figures, a change, not a range (README: "rose to $610m from $455m"
          states two values): right when both endpoints are claims of the expected kind.
      span of time in units: a part of a span of time told in descending units ("3 years,
          2 months, 14 days"), which quantulum3 reads part by part: one figure
          (fixtures/corpus/README.md), right when one duration claim holds the part and at
          least its value.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quality_match import (  # noqa: E402
    GoldConflict, Mention, Outcome, attribution_correct, close, evaluate, finds_conflict, find_occurrence,
    hits_non_conflict, norm_qualifier, norm_time, score, spans_match, time_correct, value_correct,
)

from claimcheck.extract import extract_corpus, extract_text, find_published  # noqa: E402
from claimcheck.ingest.decode import decode_bytes  # noqa: E402
from claimcheck.models import ClaimRecord  # noqa: E402
from claimcheck.reconcile.conflicts import reconcile  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


# ---------------------------------------------------------------- loading

@dataclass
class Article:
    path: str  # as given to the extractor and found in claim.source
    name: str  # file name, as conflicts.json names it
    event: str
    text: str
    gold: list[Mention]
    records: list[ClaimRecord] = field(default_factory=list)
    pred: list[Mention] = field(default_factory=list)


@dataclass
class Event:
    name: str
    articles: list[Article]
    conflicts_path: Path | None


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _read_text(path: Path) -> str:
    decoded = decode_bytes(path.read_bytes())
    if isinstance(decoded, str):
        raise ValueError(decoded)
    text = decoded[0]
    if path.suffix.lower() in (".html", ".htm"):
        from claimcheck.ingest.html import html_to_text

        text = html_to_text(text)[0]
    return text


def _gold_mention(article: str, text: str, m: dict[str, Any], warn: list[str], where: str) -> Mention | None:
    start = find_occurrence(text, m.get("text", ""), int(m.get("occurrence", 1) or 1))
    if start is None:
        warn.append(f"{where}: mention {m.get('text')!r} occurrence {m.get('occurrence')} not found; skipped")
        return None
    extra = {k: m[k] for k in ("score", "values", "subject") if k in m}
    return Mention(article, start, start + len(m["text"]), m["text"], m.get("kind", ""), m.get("value"),
                   m.get("low"), m.get("high"), m.get("unit"), m.get("qualifier"), m.get("time"),
                   bool(m.get("target", False)), m.get("attribution"), extra)


def _article_for(labels_path: Path, labels: dict[str, Any], text_dir: Path) -> Path | None:
    named = labels.get("article")
    if named and (text_dir / named).is_file():
        return text_dir / named
    stem = labels_path.name[: -len(".labels.json")]
    for suffix in ARTICLE_SUFFIXES:
        if (text_dir / (stem + suffix)).is_file():
            return text_dir / (stem + suffix)
    return None


def load_events(corpus: Path, seeds_labels: Path | None, seeds: Path | None, warn: list[str]) -> list[Event]:
    sources: list[tuple[Path, Path, str]] = []  # (labels file, folder of the article, event name)
    if corpus.is_dir():
        for labels_path in sorted(corpus.rglob("*.labels.json")):
            event = _display(labels_path.parent)
            sources.append((labels_path, labels_path.parent, event))
    else:
        warn.append(f"corpus {corpus} not found")
    if seeds_labels is not None and seeds_labels.is_dir() and seeds is not None:
        for labels_path in sorted(seeds_labels.glob("*.labels.json")):
            sources.append((labels_path, seeds, _display(seeds_labels)))
    events: dict[str, Event] = {}
    for labels_path, text_dir, event_name in sources:
        try:
            labels = json.loads(labels_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            warn.append(f"{_display(labels_path)}: unreadable labels ({exc}); skipped")
            continue
        article_path = _article_for(labels_path, labels, text_dir)
        if article_path is None:
            warn.append(f"{_display(labels_path)}: article {labels.get('article')!r} not found; skipped")
            continue
        try:
            text = _read_text(article_path)
        except (OSError, ValueError) as exc:
            warn.append(f"{_display(article_path)}: {exc}; skipped")
            continue
        path = _display(article_path)
        gold = [g for m in labels.get("mentions", [])
                if (g := _gold_mention(path, text, m, warn, _display(labels_path))) is not None]
        if event_name not in events:
            conflicts = labels_path.parent / "conflicts.json"
            events[event_name] = Event(event_name, [], conflicts if conflicts.is_file() else None)
        events[event_name].articles.append(Article(path, article_path.name, event_name, text, gold))
    return list(events.values())


def unlabeled_articles(corpus: Path) -> list[str]:
    out = []
    for path in sorted(corpus.rglob("*")):
        if path.suffix.lower() in ARTICLE_SUFFIXES and path.name.lower() != "readme.md":
            stem = path.name[: -len(path.suffix)]
            if not (path.parent / f"{stem}.labels.json").is_file():
                out.append(_display(path))
    return out


# ---------------------------------------------------------------- running

def claim_mention(record: ClaimRecord) -> Mention:
    c = record.claim
    return Mention(c.source, c.start, c.end, c.text, c.kind.value, c.value, c.low, c.high, c.unit, c.qualifier,
                   c.time, c.time_target, c.attribution)


def merge(outcomes: list[Outcome]) -> Outcome:
    gold: list[Mention] = []
    pred: list[Mention] = []
    pairs: list[tuple[int, int]] = []
    for o in outcomes:
        pairs.extend((gi + len(gold), pi + len(pred)) for gi, pi in o.pairs)
        gold.extend(o.gold)
        pred.extend(o.pred)
    return Outcome(gold, pred, pairs)


def run_extraction(articles: list[Article]) -> tuple[Outcome, float]:
    began = time.perf_counter()
    for a, records in zip(articles, extract_corpus([(a.path, a.text) for a in articles])):
        a.records = records
    elapsed = time.perf_counter() - began
    outcomes = []
    for a in articles:
        a.pred = [claim_mention(r) for r in a.records]
        outcomes.append(evaluate(a.gold, a.pred))
    return merge(outcomes), elapsed


def run_peers(articles: list[Article], status: dict[str, str | None]) -> dict[str, dict[str, Any]]:
    import quality_peers as peers

    out: dict[str, dict[str, Any]] = {}
    for name in ("quantulum3", "dateparser"):
        if status.get(name):
            continue
        outcomes: list[Outcome] = []
        unmapped = 0
        began = time.perf_counter()
        for a in articles:
            found = find_published(a.text)
            published, dateline = (found if found else (None, None))
            if name == "quantulum3":
                pred, missing = peers.quantulum_mentions(a.text, a.path, dateline)
                unmapped += missing
            else:
                pred = peers.dateparser_mentions(a.text, a.path, published, dateline)
            kinds = peers.QUANTULUM_KINDS if name == "quantulum3" else peers.DATEPARSER_KINDS
            outcomes.append(evaluate([g for g in a.gold if g.kind in kinds], pred))
        elapsed = time.perf_counter() - began
        kinds = peers.QUANTULUM_KINDS if name == "quantulum3" else peers.DATEPARSER_KINDS
        outcome = merge(outcomes)
        out[name] = {"kinds": list(kinds), "outcome": outcome, "seconds": elapsed, "unmapped": unmapped}
    return out


def false_claims(outcome: Outcome) -> int:
    matched = {pi for _, pi in outcome.pairs}
    return sum(1 for pi in range(len(outcome.pred)) if pi not in matched)


# ---------------------------------------------------------------- conflicts

def load_gold_conflicts(event: Event, warn: list[str]) -> tuple[list[GoldConflict], list[GoldConflict]]:
    assert event.conflicts_path is not None
    try:
        data = json.loads(event.conflicts_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        warn.append(f"{_display(event.conflicts_path)}: unreadable ({exc})")
        return [], []
    by_name = {a.name: a for a in event.articles}
    out: tuple[list[GoldConflict], list[GoldConflict]] = ([], [])
    for slot, key in enumerate(("conflicts", "non_conflicts")):
        for entry in data.get(key, []):
            mentions = []
            for m in entry.get("mentions", []):
                article = by_name.get(m.get("article", ""))
                start = find_occurrence(article.text, m.get("text", ""), int(m.get("occurrence", 1) or 1)) if article else None
                if article is None or start is None:
                    warn.append(f"{_display(event.conflicts_path)}: {key} mention {m.get('article')}:{m.get('text')!r} "
                                f"not found; skipped")
                    continue
                end = start + len(m["text"])
                label = next((g for g in article.gold if g.start == start and g.end == end), None)
                side = json.dumps([label.kind, label.value, label.low, label.high, label.unit] if label else [m["text"]],
                                  sort_keys=True, default=str)
                mentions.append((article.path, start, end, side))
                if key == "conflicts" and label is not None:
                    # the same figure restated in the same article (headline and body) is the
                    # same side: same kind, value, unit, time and subject in the labels
                    same = (label.kind, label.value, label.low, label.high, label.unit, label.time,
                            label.extra.get("subject"))
                    mentions.extend((article.path, g.start, g.end, side) for g in article.gold
                                    if g is not label and (g.kind, g.value, g.low, g.high, g.unit, g.time,
                                                           g.extra.get("subject")) == same)
            out[slot].append(GoldConflict(event.name, entry.get("subject", ""), entry.get("kind", ""), mentions,
                                          entry.get("why", "")))
    return out


def _claims_of(conflict: Any) -> list[tuple[str, int, int]]:
    return [(c.source, c.start, c.end) for c in conflict.claims]


def _describe(conflict: Any) -> dict[str, Any]:
    return {"subject": conflict.subject, "kind": conflict.kind.value, "reason": conflict.reason,
            "claims": [f"{c.source}:{c.start}-{c.end} {c.text!r} = {c.value} {c.unit or ''}".rstrip()
                       for c in conflict.claims]}


def judge(reported: list[Any], gold: list[GoldConflict], look_alikes: list[GoldConflict]) -> dict[str, Any]:
    found = [False] * len(gold)
    true_reported = 0
    false_positives, laughable = [], []
    for conflict in reported:
        claims = _claims_of(conflict)
        hits = [i for i, g in enumerate(gold) if finds_conflict(claims, g)]
        for i in hits:
            found[i] = True
        if hits:
            true_reported += 1
            continue
        described = _describe(conflict)
        alike = [la for la in look_alikes if hits_non_conflict(claims, la)]
        if alike:
            described["look_alike"] = [f"{la.subject}: {la.why}" for la in alike]
            laughable.append(described)
        false_positives.append(described)
    return {"gold": len(gold), "found": sum(found), "reported": len(reported), "true_reported": true_reported,
            "false_positives": false_positives, "laughable": laughable,
            "missed": [f"{g.subject} ({g.kind}): {g.why}" for g, ok in zip(gold, found) if not ok]}


# `conflicts --min-confidence` floors whose precision and recall the report prints.
CONFIDENCE_FLOORS = (0.5, 0.7, 0.9)


def run_conflicts(events: list[Event], warn: list[str]) -> dict[str, Any]:
    per_event: dict[str, dict[str, Any]] = {}
    by_floor: dict[float, dict[str, dict[str, Any]]] = {}
    gold_of: dict[str, tuple[list[GoldConflict], list[GoldConflict]]] = {}
    for event in events:
        if event.conflicts_path is None:
            per_event[event.name] = {"unscored": "no conflicts.json"}
            continue
        gold_of[event.name] = load_gold_conflicts(event, warn)
        records = [r for a in event.articles for r in a.records]
        found = reconcile(records).conflicts
        per_event[event.name] = judge(found, *gold_of[event.name])
        for floor in CONFIDENCE_FLOORS:
            by_floor.setdefault(floor, {})[event.name] = judge(
                [c for c in found if c.is_at_least(floor)], *gold_of[event.name])

    event_of = {a.path: e.name for e in events for a in e.articles}
    everything = reconcile([r for e in events for a in e.articles for r in a.records]).conflicts
    cross, by_event = [], {}
    for conflict in everything:
        names = {event_of.get(c.source, "?") for c in conflict.claims}
        if len(names) > 1:
            cross.append(_describe(conflict))
        else:
            by_event.setdefault(names.pop(), []).append(conflict)
    combined = {name: judge(by_event.get(name, []), *gold_of[name]) for name in gold_of}
    unscored = sum(len(v) for k, v in by_event.items() if k not in gold_of)

    def totals(results: dict[str, dict[str, Any]], extra_fp: int = 0) -> dict[str, Any]:
        scored = [r for r in results.values() if "unscored" not in r]
        reported = sum(r["reported"] for r in scored) + extra_fp
        true_reported = sum(r["true_reported"] for r in scored)
        gold = sum(r["gold"] for r in scored)
        found = sum(r["found"] for r in scored)
        return {"gold": gold, "found": found, "reported": reported, "true_reported": true_reported,
                "false_positives": reported - true_reported,
                "laughable": sum(len(r["laughable"]) for r in scored),
                "precision": true_reported / reported if reported else None,
                "recall": found / gold if gold else None}

    return {"per_event": per_event, "per_event_total": totals(per_event),
            "per_event_total_by_min_confidence": {str(f): totals(r) for f, r in by_floor.items()},
            "combined": combined, "combined_total": totals(combined, len(cross)),
            "cross_event": cross, "combined_unscored_events_conflicts": unscored}


# ---------------------------------------------------------------- quantulum3's test sentences

# Scope rules for quantulum3's expectations (see the module docstring).  Each names the text
# that states it: the hard cases ("issue") or README.md.
_Q_YEAR = re.compile(r"1\d{3}|20\d{2}")
_Q_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:in|since|by|until|till|during|from|before|after|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    r"|january|february|march|april|june|july|august|september|october|november|december)\.?\s+(?:the\s+)?$")
_Q_TIME_OF_DAY = re.compile(r"(?i)\d\s*[ap]\.?m\.?$")
_Q_AGO_AFTER = re.compile(r"(?i)\s+ago\b")
_Q_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_Q_WORD = re.compile(r"[A-Za-z0-9'’]+")
_Q_TIME_UNIT = re.compile(r"(?i)\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b")
SCOPE_RULES = {
    "identifier": "a number in a name is an identifier, not a quantity (issue: COVID-19, JF-17, G20, F-16, "
                  "Sputnik V; claimcheck's numbered names 'Flight 370'): a bare integer right after a letters-"
                  "and-digits code or after a capitalised word that does not open the sentence, not shaped like a year",
    "time of day": "a number followed by am/pm is a time of day in news text, not one of claimcheck's kinds "
                   "(issue: a peer reading 'PM' as picometres is a listed failure)",
    "relative date": "'N units ago' is a relative date (README: 'two weeks ago' is resolved against the "
                     "article's date), not a duration",
    "conversion to another currency": "a bracketed conversion is part of its quantity's claim (issue: "
                                      "'1,100 km (680 miles)' is one claim); into another currency there is no "
                                      "rate to compare its value with",
}
SCORING_RULES = {
    "bare year": "a year alone is a date, not a count (issue): right when claimcheck reads that year as a date "
                 "(a date claim over it, or the time of a claim in the sentence)",
    "bracketed conversion": "a conversion in brackets is one claim with its quantity, checked for "
                            "self-consistency (issue): right when its value lies in that claim's interval",
    "share": "a dimensionless fraction below 1 equals the same share in percent (2/3 = 66.7%; claimcheck "
             "reads 'two-thirds of' as a percent share)",
    "age": "a person's age is a duration in years (fixtures/corpus/README.md: 'Ages are duration in years'): "
           "right when claimcheck reads the bare number as that many years",
    "from A to B": "'from A to B' states two figures, a change, not a range (README: 'rose to $610m from $455m' "
                   "states two values): right when both endpoints are claims of the expected kind",
    "span of time in units": "a span of time told in descending units is one figure (fixtures/corpus/README.md: "
                             "'three years and two months' is one mention): right when one duration claim holds "
                             "this part and at least its value",
}


def _scope_exclusion(sentence: str, where: int, surface: str, kind: str, unit: str | None,
                     claims: list[Any]) -> str | None:
    """The SCOPE_RULES key that puts an expectation out of scope, or None."""
    if where < 0:
        return None
    end = where + len(surface)
    before = sentence[:where]
    if kind == "count" and re.fullmatch(r"\d+", surface.strip()) and not _Q_YEAR.fullmatch(surface.strip()):
        words = _Q_WORD.findall(before)
        prev_gap = before[len(before.rstrip()):]
        if words and prev_gap == " " and before.rstrip().endswith(words[-1]):
            prev = words[-1]
            has_letter, has_digit = re.search(r"[A-Za-z]", prev), re.search(r"\d", prev)
            if (has_letter and has_digit) or (prev[0].isupper() and len(words) > 1):
                return "identifier"
    if _Q_TIME_OF_DAY.search(surface.strip()):
        return "time of day"
    if kind == "duration" and _Q_AGO_AFTER.match(sentence, end):
        return "relative date"
    if kind == "money":
        for c in claims:
            if (c.kind.value == "money" and c.start < where and end <= c.end and c.unit != unit
                    and re.search(r"[(\[]", sentence[c.start:where])):
                return "conversion to another currency"
    return None


def _strict_hit(claims: list[Any], used: set[int], kind: str, unit: str | None, value: float,
                sentence: str, where: int, surface: str) -> int | None:
    """The claim that states the expectation as quantulum3 reads it: same kind (and currency or
    percent unit), value within 0.5%, span over the surface."""
    for i, c in enumerate(claims):
        # a bracketed conversion ("1,500,000 kilometres (930,000 mi)") is part of the claim of
        # its primary quantity, so that claim may answer for both
        inside = where >= 0 and c.start < where and where + len(surface) <= c.end
        if (i in used and not inside) or c.kind.value != kind or not close(c.value, value):
            continue
        if kind in ("money", "percent") and c.unit != unit:
            continue
        if where >= 0 and not spans_match(c.start, c.end, where, where + len(surface)):
            continue
        return i
    return None


def _rule_hit(claims: list[Any], kind: str, unit: str | None, value: float, expected: dict[str, Any],
              sentence: str, where: int, surface: str) -> tuple[str, bool] | None:
    """(SCORING_RULES key, right) when one of those rules reads the expectation, else None."""
    if where < 0:
        return None
    end = where + len(surface)
    over = [c for c in claims if c.start < end and where < c.end]
    if kind == "count" and isinstance(value, (int, float)) and float(value).is_integer() \
            and _Q_YEAR.fullmatch(surface.strip()) and (
                _Q_YEAR_BEFORE.search(sentence[:where]) or sentence[end:end + 1] == "s"):
        year = surface.strip()
        right = any(c.kind.value == "date" and str(c.value).startswith(year) for c in over) or any(
            c.kind.value != "date" and (c.time or "").startswith(year) for c in claims)
        return "bare year", right
    for c in claims:
        if (c.kind.value == kind and c.start < where and end <= c.end and re.search(r"[(\[]", sentence[c.start:where])
                and (kind not in ("money", "percent") or c.unit == unit)):
            low = c.low if c.low is not None else float("-inf")
            high = c.high if c.high is not None else float("inf")
            return "bracketed conversion", bool(low <= value <= high or close(c.value, value))
    if (kind == "count" and float(value).is_integer() and 0 < value < 130
            and any(c.kind.value == "duration" and c.text.strip() == surface.strip() for c in over)):
        # a bare number read as someone's age ("He will be 30 by the end of the year")
        return "age", any(c.kind.value == "duration" and c.unit == "year" and close(c.value, value) for c in over)
    if kind == "count" and 0 < value < 1 and any(c.kind.value == "percent" for c in over):
        return "share", any(c.kind.value == "percent" and c.unit == "%" and close(c.value, 100 * value) for c in over)
    if kind == "duration":
        for c in over:
            if (c.kind.value == "duration" and c.start <= where and end <= c.end and c.text.strip() != surface.strip()
                    and len(_Q_TIME_UNIT.findall(c.text)) >= 2):
                # "3 years, 2 months, 14 days": one span, whose parts quantulum3 reads one by one
                return "span of time in units", bool(c.value >= value * 0.995)
    if expected.get("uncertainty") and _Q_FROM_BEFORE.search(sentence[:where]):
        u = peers_convert(expected, expected["value"] + expected["uncertainty"]) - value
        inside = [c for c in over if c.kind.value == kind and where <= c.start and c.end <= end]
        right = any(close(c.value, value - u) for c in inside) and any(close(c.value, value + u) for c in inside)
        return "from A to B", right
    return None


def peers_convert(expected: dict[str, Any], raw: float) -> float:
    import quality_peers as peers

    converted = peers.convert_unit(expected["unit"], raw)
    assert converted is not None and converted[2] is not None
    return float(converted[2])


def run_quantulum_tests(verbose_misses: list[dict[str, Any]]) -> dict[str, Any]:
    import importlib.util

    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        return {"status": "not installed"}
    import quality_peers as peers

    path = Path(list(spec.submodule_search_locations)[0]) / "_lang" / "en_US" / "tests" / "quantities.json"
    if not path.is_file():
        return {"status": f"not found: {path}"}
    cases = json.loads(path.read_text(encoding="utf-8"))
    total = comparable = strict_right = in_scope = right = 0
    per_kind: dict[str, list[int]] = {}
    out_of_scope: dict[str, int] = {}
    excluded: list[dict[str, Any]] = []
    by_rule: list[dict[str, Any]] = []
    for case in cases:
        sentence = case["req"]
        claims = extract_text(sentence)
        used: set[int] = set()
        strict_used: set[int] = set()
        for expected in case["res"]:
            total += 1
            converted = peers.convert_unit(expected["unit"], expected["value"])
            if converted is None or converted[2] is None:
                out_of_scope[expected["unit"]] = out_of_scope.get(expected["unit"], 0) + 1
                continue
            kind, unit, value = converted
            comparable += 1
            surface = expected.get("surface", "")
            where = sentence.lower().find(surface.lower()) if surface else -1
            shown = f"{kind} {value:.6g} {unit or ''}".rstrip()
            said = [f"{c.text!r} {c.kind.value} {c.value} {c.unit or ''}".rstrip() for c in claims]
            strict = _strict_hit(claims, strict_used, kind, unit, value, sentence, where, surface)
            if strict is not None:
                strict_used.add(strict)
                strict_right += 1
            why = _scope_exclusion(sentence, where, surface, kind, unit, claims)
            if why is not None:
                excluded.append({"rule": why, "surface": surface, "expected": shown, "sentence": sentence,
                                 "claimcheck": said})
                continue
            in_scope += 1
            hit = _strict_hit(claims, used, kind, unit, value, sentence, where, surface)
            ruled = None if hit is not None else _rule_hit(claims, kind, unit, value, expected, sentence, where,
                                                           surface)
            scored_kind = "date" if ruled and ruled[0] == "bare year" else kind
            counts = per_kind.setdefault(scored_kind, [0, 0])
            counts[0] += 1
            if ruled is not None:
                by_rule.append({"rule": ruled[0], "right": ruled[1], "surface": surface, "expected": shown,
                                "sentence": sentence, "claimcheck": said})
            ok = hit is not None or bool(ruled and ruled[1])
            if hit is not None:
                used.add(hit)
            if ok:
                right += 1
                counts[1] += 1
            else:
                verbose_misses.append({"sentence": sentence, "surface": surface, "expected": shown,
                                       "claimcheck": said})
    return {"status": "ok", "sentences": len(cases), "quantities": total,
            "comparable": comparable, "strict_right": strict_right,
            "strict_share": strict_right / comparable if comparable else None,
            "in_scope": in_scope, "right": right, "share": right / in_scope if in_scope else None,
            "per_kind": {k: {"in_scope": v[0], "right": v[1]} for k, v in sorted(per_kind.items())},
            "no_claimcheck_kind_units": dict(sorted(out_of_scope.items())),
            "excluded": excluded, "scored_by_rule": by_rule,
            "scope_rules": SCOPE_RULES, "scoring_rules": SCORING_RULES}


# ---------------------------------------------------------------- error lists

def _mention_str(m: Mention) -> str:
    bits = [repr(m.text), m.kind, str(m.value)]
    if m.low is not None or m.high is not None:
        bits.append(f"[{m.low}..{m.high}]")
    if m.unit:
        bits.append(m.unit)
    return " ".join(bits)


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[[{text[start:end]}]]{right}…"


def error_list(outcome: Outcome, texts: dict[str, str]) -> list[dict[str, Any]]:
    """Every false negative, false positive, wrong value and wrong context field, each with
    a guessed cause to group them by."""
    errors: list[dict[str, Any]] = []
    g2p, p2g = outcome.gold_to_pred, outcome.pred_to_gold
    gold, pred = outcome.gold, outcome.pred

    def entry(kind: str, cause: str, g: Mention | None, p: Mention | None, **more: Any) -> dict[str, Any]:
        ref = g or p
        assert ref is not None
        return {"type": kind, "cause": cause, "article": ref.article, "start": ref.start, "end": ref.end,
                "gold": _mention_str(g) if g else None, "pred": _mention_str(p) if p else None,
                "context": _context(texts[ref.article], ref.start, ref.end), **more}

    for gi, g in enumerate(gold):
        if gi in g2p:
            p = pred[g2p[gi]]
            if not value_correct(g, p):
                if (g.unit or None) != (p.unit or None):
                    cause = f"unit: {p.unit} for {g.unit}"
                elif g.value is None and "score" in g.extra:
                    cause = "match score not read as a score"
                elif (g.low is not None or g.high is not None) and (g.value == p.value or close(g.value, p.value)):
                    cause = "range bounds differ"
                elif g.kind == "date":
                    cause = "date value differs"
                else:
                    cause = "value differs"
                errors.append(entry("VALUE", cause, g, p))
            if norm_qualifier(g.qualifier) != norm_qualifier(p.qualifier):
                errors.append(entry("QUALIFIER", f"qualifier {p.qualifier!r} for {g.qualifier!r}", g, p))
            if not time_correct(g, p):
                gt = f"{g.time}{' (target)' if g.target else ''}"
                pt = f"{p.time}{' (target)' if p.target else ''}"
                cause = ("target flag" if norm_time(g.time) == norm_time(p.time) else "time missing" if p.time is None
                         else "time not labeled" if g.time is None else "time differs")
                errors.append(entry("TIME", f"{cause}: {pt} for {gt}", g, p))
            if not attribution_correct(g.attribution, p.attribution):
                cause = ("attribution missing" if p.attribution is None else "attribution not labeled"
                         if g.attribution is None else "attribution differs")
                errors.append(entry("ATTRIBUTION", f"{cause}: {p.attribution!r} for {g.attribution!r}", g, p))
            continue
        near = [p for p in pred if p.article == g.article and spans_match(g.start, g.end, p.start, p.end)]
        other_kind = [p for p in near if p.kind != g.kind]
        same_kind = [p for p in near if p.kind == g.kind]
        if other_kind:
            cause = f"kind: predicted {other_kind[0].kind} for {g.kind}"
        elif same_kind:
            cause = "merged: a claim already matched to another gold mention covers it"
        elif g.kind == "date" and isinstance(g.value, str) and any(
                p.article == g.article and abs(p.start - g.start) < 250 and p.time
                and str(p.time).startswith(g.value[:4]) for p in pred):
            cause = "date read as a nearby claim's time, gold wants a date mention"
        elif g.kind == "date" and not any(ch.isdigit() for ch in g.text):
            cause = "weekday or relative date missed"
        elif not any(ch.isdigit() for ch in g.text):
            cause = "word number missed"
        else:
            cause = "missed"
        errors.append(entry("FN", cause, g, other_kind[0] if other_kind else (same_kind[0] if same_kind else None)))

    for pi, p in enumerate(pred):
        if pi in p2g:
            continue
        near = [g for g in gold if g.article == p.article and spans_match(g.start, g.end, p.start, p.end)]
        other_kind = [g for g in near if g.kind != p.kind]
        same_kind = [g for g in near if g.kind == p.kind]
        if other_kind:
            cause = f"kind: gold says {other_kind[0].kind}, predicted {p.kind}"
        elif same_kind:
            cause = "split: extra claim inside a matched gold mention"
        elif p.kind == "date" and isinstance(p.value, str) and any(
                g.article == p.article and abs(g.start - p.start) < 250 and g.time
                and norm_time(g.time or "").startswith(p.value[:4]) for g in gold):
            cause = "date that gold keeps as a nearby mention's time"
        else:
            cause = "not labeled"
        errors.append(entry("FP", cause, other_kind[0] if other_kind else None, p))
    for e in errors:
        e.pop("gold") if e["gold"] is None else None
    return errors


# ---------------------------------------------------------------- printing

def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [headers] + [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def extraction_table(rows: dict[str, dict[str, Any]], context: bool = True) -> str:
    headers = ["kind", "gold", "pred", "match", "correct", "P", "R", "F1", "value acc"]
    if context:
        headers += ["qual acc", "time acc", "attr acc"]
    body = []
    for kind, r in rows.items():
        line = [kind, r["gold"], r["pred"], r["matched"], r["correct"], r["precision"], r["recall"], r["f1"], r["value_acc"]]
        if context:
            line += [r["qualifier_acc"], r["time_acc"], r["attribution_acc"]]
        body.append(line)
    return table(headers, body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="fixtures/corpus", help="labeled corpus folder (default fixtures/corpus)")
    ap.add_argument("--seeds-labels", default=str(ROOT / "fixtures" / "seeds-labels"),
                    help="labels for the seed articles, if the folder exists")
    ap.add_argument("--seeds", default=str(ROOT / "seeds"), help="folder of the seed articles")
    ap.add_argument("--verbose", action="store_true", help="list every error (and the peer test misses)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of tables")
    ap.add_argument("--no-peers", action="store_true", help="skip quantulum3 and dateparser")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    if not corpus.is_dir() and (ROOT / args.corpus).is_dir():
        corpus = ROOT / args.corpus
    warn: list[str] = []
    events = load_events(corpus, Path(args.seeds_labels), Path(args.seeds), warn)
    articles = [a for e in events for a in e.articles]
    chars = sum(len(a.text) for a in articles)
    texts = {a.path: a.text for a in articles}

    outcome, seconds = run_extraction(articles)
    rows = score(outcome)
    false = false_claims(outcome)
    per_20k = false / chars * 20000 if chars else None

    if args.no_peers:
        status: dict[str, str | None] = {"quantulum3": "skipped (--no-peers)", "dateparser": "skipped (--no-peers)"}
    else:
        import quality_peers as peers

        status = peers.available()
    peer_runs = run_peers(articles, status)
    peer_rows = {name: score(run["outcome"], run["kinds"], context=False) for name, run in peer_runs.items()}
    mine_on_peer_kinds = {name: score(outcome, run["kinds"]) for name, run in peer_runs.items()}

    conflicts = run_conflicts(events, warn)
    q_misses: list[dict[str, Any]] = []
    q_tests = (run_quantulum_tests(q_misses) if not args.no_peers and status.get("quantulum3") is None
               else {"status": status.get("quantulum3")})
    errors = error_list(outcome, texts)

    report: dict[str, Any] = {
        "corpus": {"events": len(events), "articles": len(articles), "characters": chars,
                   "gold_mentions": len(outcome.gold), "unlabeled_articles": unlabeled_articles(corpus) if corpus.is_dir() else []},
        "claimcheck": {"per_kind": rows, "false_claims": false, "false_claims_per_20k_chars": per_20k,
                       "seconds": seconds, "chars_per_second": chars / seconds if seconds else None},
        "peers": {name: ({"status": why} if why else {
            "status": "ok", "kinds": peer_runs[name]["kinds"], "per_kind": peer_rows[name],
            "false_claims": false_claims(peer_runs[name]["outcome"]),
            "false_claims_per_20k_chars": false_claims(peer_runs[name]["outcome"]) / chars * 20000 if chars else None,
            "unmapped": peer_runs[name]["unmapped"], "seconds": peer_runs[name]["seconds"],
            "claimcheck_on_same_kinds": mine_on_peer_kinds[name]["all"]}) for name, why in status.items()},
        "conflicts": conflicts,
        "quantulum3_tests": q_tests,
        "warnings": warn,
    }
    if args.verbose:
        report["errors"] = errors
        report["quantulum3_test_misses"] = q_misses

    if args.json:
        json.dump(report, sys.stdout, indent=2, default=str)
        print()
        return 0
    for w in warn:
        print(f"warning: {w}", file=sys.stderr)
    print_report(report, rows, peer_rows, status, errors if args.verbose else None, q_misses if args.verbose else None)
    return 0


def print_report(report: dict[str, Any], rows: dict[str, dict[str, Any]], peer_rows: dict[str, dict[str, dict[str, Any]]],
                 status: dict[str, str | None], errors: list[dict[str, Any]] | None,
                 q_misses: list[dict[str, Any]] | None) -> None:
    c, cc = report["corpus"], report["claimcheck"]
    print(f"Corpus: {c['events']} events, {c['articles']} labeled articles, {c['characters']:,} characters, "
          f"{c['gold_mentions']} gold mentions")
    if c["unlabeled_articles"]:
        print(f"  skipped (no labels yet): {', '.join(c['unlabeled_articles'])}")
    print()
    print(f"== claimcheck extraction ({cc['chars_per_second']:,.0f} chars/s)")
    print(extraction_table(rows))
    print(f"false claims: {cc['false_claims']} = {_fmt(cc['false_claims_per_20k_chars'])} per 20,000 characters")
    print()
    for name, why in status.items():
        if why:
            print(f"== {name}: {why}")
            print()
            continue
        p = report["peers"][name]
        print(f"== {name} on the same text ({c['characters'] / p['seconds']:,.0f} chars/s; "
              f"{p['unmapped']} hits with no claimcheck kind ignored)")
        print(extraction_table(peer_rows[name], context=False))
        print(f"false claims: {p['false_claims']} = {_fmt(p['false_claims_per_20k_chars'])} per 20,000 characters")
        print()
    if any(not why for why in status.values()):
        kinds = sorted({k for name, why in status.items() if not why for k in peer_rows[name] if k != "all"})
        header = ["kind", "gold", "claimcheck F1"] + [f"{n} F1" for n, why in status.items() if not why]
        body = []
        for k in kinds:
            body.append([k, rows.get(k, {}).get("gold", 0), rows.get(k, {}).get("f1")]
                        + [peer_rows[n].get(k, {}).get("f1") for n, why in status.items() if not why])
        print("== F1 side by side (kinds the peers cover)")
        print(table(header, body))
        print()

    conf = report["conflicts"]
    print("== conflicts, reconcile per event")
    body = []
    for name, r in conf["per_event"].items():
        if "unscored" in r:
            body.append([name, "-", "-", "-", "-", "-", "-"])
            continue
        body.append([name, r["gold"], r["found"], r["reported"], r["true_reported"],
                     len(r["false_positives"]), len(r["laughable"])])
    t = conf["per_event_total"]
    body.append(["total", t["gold"], t["found"], t["reported"], t["true_reported"], t["false_positives"], t["laughable"]])
    print(table(["event", "gold", "found", "reported", "true", "false pos", "laughable"], body))
    print(f"precision {_fmt(t['precision'])}  recall {_fmt(t['recall'])}")
    for floor, t in conf["per_event_total_by_min_confidence"].items():
        print(f"  with --min-confidence {floor}: reported {t['reported']}, true {t['true_reported']}, "
              f"found {t['found']}/{t['gold']} -> precision {_fmt(t['precision'])}  recall {_fmt(t['recall'])}")
    t = conf["combined_total"]
    print(f"all events together: reported {t['reported']}, true {t['true_reported']}, found {t['found']}/{t['gold']}, "
          f"cross-event false alarms {len(conf['cross_event'])}, laughable {t['laughable']} -> "
          f"precision {_fmt(t['precision'])}  recall {_fmt(t['recall'])}")
    for name, r in conf["per_event"].items():
        for la in r.get("laughable", []):
            print(f"  LAUGHABLE [{name}] {la['subject']} ({la['kind']}): {'; '.join(la['claims'])}")
            for why in la["look_alike"]:
                print(f"      gold non-conflict: {why}")
    for x in conf["cross_event"]:
        print(f"  CROSS-EVENT {x['subject']} ({x['kind']}): {'; '.join(x['claims'])}")
    print()

    q = report["quantulum3_tests"]
    if q.get("status") == "ok":
        print(f"== quantulum3's own test sentences ({q['sentences']} sentences, {q['quantities']} expected quantities; "
              f"{q['quantities'] - q['comparable']} have no claimcheck kind)")
        print(f"strict, all {q['comparable']} comparable, as quantulum3 reads them: {q['strict_right']} right "
              f"({_fmt(q['strict_share'])})")
        print(f"in scope, {q['in_scope']} after the scope rules: {q['right']} right ({_fmt(q['share'])})")
        print(table(["kind", "in scope", "right"], [[k, v["in_scope"], v["right"]] for k, v in q["per_kind"].items()]))
        print(f"excluded by a scope rule ({len(q['excluded'])}):")
        for rule, why in q["scope_rules"].items():
            items = [e for e in q["excluded"] if e["rule"] == rule]
            if items:
                print(f"  {rule} ({len(items)}): {why}")
                for e in items:
                    print(f"    {e['surface']!r} -> {e['expected']}   in: {e['sentence']}")
        print(f"scored by a stated rule ({len(q['scored_by_rule'])}):")
        for rule, why in q["scoring_rules"].items():
            items = [e for e in q["scored_by_rule"] if e["rule"] == rule]
            if items:
                print(f"  {rule} ({sum(e['right'] for e in items)}/{len(items)} right): {why}")
                for e in items:
                    print(f"    {'right' if e['right'] else 'WRONG'} {e['surface']!r} -> {e['expected']}; "
                          f"claimcheck: {e['claimcheck'] or 'nothing'}")
        print("no claimcheck kind: " + ", ".join(f"{u} ({n})" for u, n in q["no_claimcheck_kind_units"].items()))
    else:
        print(f"== quantulum3's own test sentences: {q.get('status')}")

    if errors is not None:
        print()
        print(f"== claimcheck errors ({len(errors)})")
        for e in sorted(errors, key=lambda e: (e["type"], e["cause"], e["article"], e["start"])):
            pair = " | ".join(x for x in (f"gold {e['gold']}" if e.get("gold") else "",
                                          f"pred {e['pred']}" if e.get("pred") else "") if x)
            print(f"{e['type']:<11} {e['cause']}\n    {e['article']}:{e['start']}  {pair}\n    {e['context']}")
        for name, r in report["conflicts"]["per_event"].items():
            for m in r.get("missed", []):
                print(f"CONFLICT-FN [{name}] {m}")
            for fp in r.get("false_positives", []):
                print(f"CONFLICT-FP [{name}] {fp['subject']} ({fp['kind']}): {fp['reason']}\n    " + "\n    ".join(fp["claims"]))
    if q_misses:
        print()
        print(f"== quantulum3 test quantities in scope that claimcheck misses ({len(q_misses)})")
        for m in q_misses:
            print(f"{m['surface']!r} -> {m['expected']}\n    {m['sentence']}\n    claimcheck: {m['claimcheck'] or 'nothing'}")


if __name__ == "__main__":
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sys.exit(main())
