"""Matching and scoring for the quality benchmark (``benchmarks/quality.py``).

Pure functions over plain records, so ``tests/test_quality_harness.py`` can check them on a
hand-made example without reading the corpus.  The rules are spelled out in the docstring
of ``benchmarks/quality.py``; each function here implements one of them.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

try:  # a runtime dependency of claimcheck, so normally present
    from rapidfuzz import fuzz as _fuzz
except ImportError:  # pragma: no cover
    _fuzz = None

REL_TOLERANCE = 0.005  # values agree when within 0.5% of each other
ATTRIBUTION_RATIO = 85  # rapidfuzz ratio at or above which two attributions are the same source


@dataclass
class Mention:
    """A gold mention or a predicted claim, reduced to what the benchmark compares."""

    article: str
    start: int
    end: int
    text: str
    kind: str
    value: Any = None
    low: Any = None
    high: Any = None
    unit: str | None = None
    qualifier: str | None = None
    time: str | None = None
    target: bool = False
    attribution: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # gold: "score", "values"; predictions: nothing


# ---------------------------------------------------------------- spans

def find_occurrence(text: str, needle: str, occurrence: int) -> int | None:
    """Offset of the occurrence-th (1-based) match of needle, counting overlapping matches
    the way repeated ``str.find`` from the previous match + 1 does; None when absent."""
    if not needle or occurrence < 1:
        return None
    position = -1
    for _ in range(occurrence):
        position = text.find(needle, position + 1)
        if position < 0:
            return None
    return position


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def spans_match(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Overlapping spans where the overlap covers at least half of the shorter span, or one
    span contains the other."""
    shared = overlap(a_start, a_end, b_start, b_end)
    if shared <= 0:
        return False
    if (a_start <= b_start and b_end <= a_end) or (b_start <= a_start and a_end <= b_end):
        return True
    return shared >= 0.5 * min(a_end - a_start, b_end - b_start)


def greedy_match(gold: list[Mention], pred: list[Mention], *, same_kind: bool = True) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index): every candidate pair (same article,
    same kind, spans_match) sorted by overlap in characters, largest first (ties: closer
    starts, then text order), taken greedily while both sides are free."""
    candidates: list[tuple[int, int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g.article != p.article or (same_kind and g.kind != p.kind):
                continue
            if spans_match(g.start, g.end, p.start, p.end):
                candidates.append((-overlap(g.start, g.end, p.start, p.end), abs(g.start - p.start), g.start, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    pairs.sort()
    return pairs


# ---------------------------------------------------------------- values

def close(a: Any, b: Any, rel: float = REL_TOLERANCE) -> bool:
    """Numbers within ``rel`` of the larger magnitude (exactly equal when one is 0)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= rel * max(abs(a), abs(b)) or a == b


def _date_bounds(value: str) -> tuple[str, str] | None:
    """First and last day of an ISO date at year, month or day granularity."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    year = int(m.group(1))
    if m.group(3):
        return value.strip(), value.strip()
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _date_bound_equal(gold: Any, pred: Any, side: str) -> bool:
    """A gold range bound at month/year granularity ("2024-09") equals a prediction that
    spells it out as the first (low) or last (high) day of that period."""
    if gold is None:
        return True
    if not isinstance(pred, str):
        return False
    if str(gold).strip() == pred.strip():
        return True
    g, p = _date_bounds(str(gold)), _date_bounds(pred)
    if g is None or p is None:
        return False
    return g[0] == p[0] if side == "low" else g[1] == p[1]


def value_correct(gold: Mention, pred: Mention) -> bool:
    """Same kind, same unit and the same value: dates as equal ISO strings (and, for a gold
    date range, equal bounds); numbers within 0.5%, and for a gold range (explicit low/high)
    also the bounds the gold gives.  A gold match score ("3-1", value null) is right only
    when the prediction's value is that same string."""
    if gold.kind != pred.kind or (gold.unit or None) != (pred.unit or None):
        return False
    if gold.kind == "date":
        if not isinstance(pred.value, str) or str(gold.value).strip() != pred.value.strip():
            return False
        return _date_bound_equal(gold.low, pred.low, "low") and _date_bound_equal(gold.high, pred.high, "high")
    if gold.value is None:
        score = gold.extra.get("score")
        return score is not None and isinstance(pred.value, str) and pred.value.strip() == str(score)
    if not close(gold.value, pred.value):
        return False
    for bound in ("low", "high"):
        g = getattr(gold, bound)
        if g is not None and not close(g, getattr(pred, bound)):
            return False
    return True


# ---------------------------------------------------------------- context fields

def norm_qualifier(q: str | None) -> str | None:
    if q is None:
        return None
    q = " ".join(str(q).lower().split())
    return q or None


def norm_time(t: Any) -> str | None:
    """Upper-case, no spaces, dashes unified; "2019/2020", "2019/20" and "2019-2020" (a
    season: second year = first + 1) become "2019-20"; "Q1 2024"/"2024Q1" become
    "2024-Q1", "H1 2024" "2024-H1"."""
    if t is None:
        return None
    s = re.sub(r"\s+", "", str(t)).upper().replace("–", "-").replace("—", "-")
    if not s:
        return None
    m = re.fullmatch(r"(\d{4})[/-](\d{4})", s)
    if m and int(m.group(2)) == int(m.group(1)) + 1:
        return f"{m.group(1)}-{m.group(2)[-2:]}"
    m = re.fullmatch(r"(\d{4})/(\d{2})", s)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    m = re.fullmatch(r"([QH][1-4])-?(\d{4})", s) or re.fullmatch(r"(\d{4})-?([QH][1-4])", s)
    if m:
        a, b = m.groups()
        year, part = (b, a) if a[0] in "QH" else (a, b)
        return f"{year}-{part}"
    return s


def time_correct(gold: Mention, pred: Mention) -> bool:
    """Equal normalised time strings (None equals None) and the same target flag."""
    return norm_time(gold.time) == norm_time(pred.time) and bool(gold.target) == bool(pred.target)


def norm_attribution(a: str | None) -> str | None:
    if a is None:
        return None
    s = " ".join(str(a).lower().replace("’", "'").split()).strip(" \"'.,;:")
    s = re.sub(r"^the\s+", "", s)
    return s or None


def attribution_correct(gold: str | None, pred: str | None) -> bool:
    """Case-insensitive, a leading "the" ignored; different spellings of the same source
    count when rapidfuzz's ratio is at least 85.  None only equals None."""
    g, p = norm_attribution(gold), norm_attribution(pred)
    if g is None or p is None:
        return g is p
    if g == p:
        return True
    if _fuzz is None:  # pragma: no cover
        return False
    return _fuzz.ratio(g, p) >= ATTRIBUTION_RATIO


# ---------------------------------------------------------------- scoring

@dataclass
class Outcome:
    """Matching result for one system on a set of articles."""

    gold: list[Mention]
    pred: list[Mention]
    pairs: list[tuple[int, int]]

    @property
    def gold_to_pred(self) -> dict[int, int]:
        return dict(self.pairs)

    @property
    def pred_to_gold(self) -> dict[int, int]:
        return {p: g for g, p in self.pairs}


def evaluate(gold: list[Mention], pred: list[Mention]) -> Outcome:
    return Outcome(gold, pred, greedy_match(gold, pred))


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def score(outcome: Outcome, kinds: Iterable[str] | None = None, *, context: bool = True) -> dict[str, dict[str, Any]]:
    """Per-kind rows plus "all" (micro-averaged over the kinds shown).

    gold/pred: counts; matched: span+kind matches; correct: matches whose value and unit
    are right.  precision = correct/pred, recall = correct/gold.  value_acc =
    correct/matched.  qualifier/time/attribution accuracy are among matched pairs.
    """
    shown = sorted(set(kinds) if kinds is not None else {m.kind for m in outcome.gold} | {m.kind for m in outcome.pred})
    rows: dict[str, dict[str, Any]] = {}
    totals = {"gold": 0, "pred": 0, "matched": 0, "correct": 0, "qual_ok": 0, "time_ok": 0, "attr_ok": 0}
    for kind in [*shown, "all"]:
        if kind == "all":
            c = totals
        else:
            c = {key: 0 for key in totals}
            c["gold"] = sum(1 for g in outcome.gold if g.kind == kind)
            c["pred"] = sum(1 for p in outcome.pred if p.kind == kind)
            for gi, pi in outcome.pairs:
                g, p = outcome.gold[gi], outcome.pred[pi]
                if g.kind != kind:
                    continue
                c["matched"] += 1
                c["correct"] += value_correct(g, p)
                c["qual_ok"] += norm_qualifier(g.qualifier) == norm_qualifier(p.qualifier)
                c["time_ok"] += time_correct(g, p)
                c["attr_ok"] += attribution_correct(g.attribution, p.attribution)
            for key in totals:
                totals[key] += c[key]
        precision, recall = _ratio(c["correct"], c["pred"]), _ratio(c["correct"], c["gold"])
        row: dict[str, Any] = {
            "gold": c["gold"], "pred": c["pred"], "matched": c["matched"], "correct": c["correct"],
            "precision": precision, "recall": recall, "f1": _f1(precision, recall),
            "value_acc": _ratio(c["correct"], c["matched"]),
        }
        if context:
            row.update({
                "qualifier_acc": _ratio(c["qual_ok"], c["matched"]),
                "time_acc": _ratio(c["time_ok"], c["matched"]),
                "attribution_acc": _ratio(c["attr_ok"], c["matched"]),
            })
        rows[kind] = row
    return rows


# ---------------------------------------------------------------- conflicts

@dataclass
class GoldConflict:
    """A gold conflict (or non-conflict) resolved to spans; ``sides`` groups the mentions
    by the value their labels give, so mentions that agree form one side."""

    event: str
    subject: str
    kind: str
    mentions: list[tuple[str, int, int, str]]  # (article path, start, end, side key)
    why: str = ""

    @property
    def sides(self) -> dict[str, list[tuple[str, int, int]]]:
        out: dict[str, list[tuple[str, int, int]]] = {}
        for article, start, end, side in self.mentions:
            out.setdefault(side, []).append((article, start, end))
        if len(out) < 2:  # labels give no disagreement: treat every mention as its own side
            out = {f"{a}:{s}": [(a, s, e)] for a, s, e, _ in self.mentions}
        return out


def touched(claims: Iterable[tuple[str, int, int]], spans: Iterable[tuple[str, int, int]]) -> bool:
    """Some claim (source, start, end) spans_match some mention span of the same article."""
    spans = list(spans)
    return any(ca == a and spans_match(cs, ce, s, e) for ca, cs, ce in claims for a, s, e in spans)


def finds_conflict(claims: list[tuple[str, int, int]], gold: GoldConflict) -> bool:
    """A reported conflict finds a gold conflict when its claims touch mentions of at least
    two different sides of it."""
    return sum(1 for side in gold.sides.values() if touched(claims, side)) >= 2


def hits_non_conflict(claims: list[tuple[str, int, int]], gold: GoldConflict) -> bool:
    """A reported conflict hits a planted look-alike when its claims touch at least two of
    the look-alike's mentions (they must never be reported together)."""
    return sum(1 for a, s, e, _ in gold.mentions if touched(claims, [(a, s, e)])) >= 2
