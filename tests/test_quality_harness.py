"""The quality benchmark's matching and scoring rules, on a tiny hand-made example.

The benchmark itself (benchmarks/quality.py over the whole corpus) is not run here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from quality_match import (  # noqa: E402
    GoldConflict, Mention, attribution_correct, evaluate, find_occurrence, finds_conflict, greedy_match,
    hits_non_conflict, norm_time, score, spans_match, value_correct,
)

TEXT = "Trade rose 14% to almost $4.6bn in 2023, the bureau said; 1,140 jobs and 14 ports."


def m(text: str, kind: str, value, unit=None, occurrence: int = 1, **kw) -> Mention:
    start = find_occurrence(TEXT, text, occurrence)
    assert start is not None, text
    return Mention("a.txt", start, start + len(text), text, kind, value, unit=unit, **kw)


def test_occurrence_counts_matches_inside_other_numbers():
    # "14" occurs inside "14%" and as the port count; "1,140" holds "14" too.
    assert find_occurrence(TEXT, "14", 1) == TEXT.index("14%")
    assert find_occurrence(TEXT, "14", 2) == TEXT.index("1,140") + 2
    assert find_occurrence(TEXT, "14", 3) == TEXT.index("14 ports")
    assert find_occurrence(TEXT, "14", 4) is None


def test_span_rule():
    assert spans_match(0, 10, 2, 5)          # containment
    assert spans_match(0, 10, 5, 12)         # 5 shared chars >= half of the shorter (7)
    assert not spans_match(0, 10, 8, 20)     # 2 shared chars < half of 10
    assert not spans_match(0, 4, 4, 8)       # touching is not overlapping


def test_greedy_one_to_one_by_overlap_and_kind():
    gold = [m("almost $4.6bn", "money", 4.6e9, "USD", qualifier="almost")]
    pred = [m("$4.6bn", "money", 4.6e9, "USD"), m("almost $4.6bn", "money", 4.6e9, "USD"),
            m("almost $4.6bn", "count", 4.6e9)]
    # the largest overlap wins; the other money claim stays unmatched; the count never matches money
    assert greedy_match(gold, pred) == [(0, 1)]


def test_values_units_dates_and_ranges():
    g = m("almost $4.6bn", "money", 4.6e9, "USD")
    assert value_correct(g, m("almost $4.6bn", "money", 4.62e9, "USD"))       # within 0.5%
    assert not value_correct(g, m("almost $4.6bn", "money", 4.64e9, "USD"))   # 0.9% off
    assert not value_correct(g, m("almost $4.6bn", "money", 4.6e9, "EUR"))    # unit differs
    day = Mention("a", 0, 5, "x", "date", "2024-05-14")
    assert value_correct(day, Mention("a", 0, 5, "x", "date", "2024-05-14"))
    assert not value_correct(day, Mention("a", 0, 5, "x", "date", "2024-05"))
    rng = Mention("a", 0, 5, "x", "date", "2024-09", low="2024-09", high="2024-11")
    assert value_correct(rng, Mention("a", 0, 5, "x", "date", "2024-09", low="2024-09-01", high="2024-11-30"))
    assert not value_correct(rng, Mention("a", 0, 5, "x", "date", "2024-09", low="2024-09-01", high="2024-11-01"))
    between = Mention("a", 0, 5, "x", "count", 45, low=40, high=50)
    assert value_correct(between, Mention("a", 0, 5, "x", "count", 45, low=40, high=50))
    assert not value_correct(between, Mention("a", 0, 5, "x", "count", 45, low=44.5, high=45.5))
    score_gold = Mention("a", 0, 3, "3-1", "count", None, extra={"score": "3-1"})
    assert not value_correct(score_gold, Mention("a", 0, 3, "3-1", "count", 2))
    assert value_correct(score_gold, Mention("a", 0, 3, "3-1", "count", "3-1"))


def test_time_and_attribution_normalisation():
    assert norm_time("2019/20") == norm_time("2019-2020") == "2019-20"
    assert norm_time("Q1 2024") == norm_time("2024-Q1") == "2024-Q1"
    assert norm_time("fy2024") == "FY2024"
    assert attribution_correct("the statistics bureau", "Statistics Bureau")
    assert attribution_correct("Veldoria's statistics bureau", "Veldoria statistics bureau")  # fuzzy >= 85
    assert not attribution_correct("the central bank", "the finance ministry")
    assert not attribution_correct(None, "the bureau") and attribution_correct(None, None)


def test_score_per_kind_and_micro():
    gold = [m("almost $4.6bn", "money", 4.6e9, "USD", qualifier="almost", time="2023", attribution="the bureau"),
            m("14%", "percent", 14, "%", time="2023"),
            m("1,140", "count", 1140),
            m("14", "count", 14, occurrence=3)]
    pred = [m("$4.6bn", "money", 4.6e9, "USD", time="2023", attribution="Bureau"),  # qualifier lost
            m("14%", "percent", 14.0, "%", time="2023"),
            m("1,140", "count", 1100),                                                 # wrong value
            m("2023", "date", "2023")]                                                 # false claim
    rows = score(evaluate(gold, pred))
    assert rows["money"]["correct"] == 1 and rows["money"]["qualifier_acc"] == 0.0
    assert rows["money"]["attribution_acc"] == 1.0 and rows["money"]["time_acc"] == 1.0
    assert rows["count"] == pytest.approx({**rows["count"], "gold": 2, "pred": 1, "matched": 1, "correct": 0,
                                           "precision": 0.0, "recall": 0.0, "f1": 0.0, "value_acc": 0.0})
    assert rows["date"]["precision"] == 0.0 and rows["date"]["recall"] is None
    total = rows["all"]
    assert (total["gold"], total["pred"], total["matched"], total["correct"]) == (4, 4, 3, 2)
    assert total["precision"] == 0.5 and total["recall"] == 0.5 and total["f1"] == 0.5
    # restricted to a peer's kinds, gold and predictions of other kinds drop out
    assert score(evaluate(gold, pred), ["percent"])["all"]["gold"] == 1


def test_conflict_sides():
    gold = GoldConflict("e", "growth", "percent", [("a.txt", 0, 3, "14"), ("b.txt", 10, 13, "9"),
                                                    ("c.txt", 5, 8, "14")])
    assert finds_conflict([("a.txt", 0, 3), ("b.txt", 10, 13)], gold)
    assert finds_conflict([("c.txt", 5, 8), ("b.txt", 9, 13)], gold)
    assert not finds_conflict([("a.txt", 0, 3), ("c.txt", 5, 8)], gold)  # both on the same side
    look_alike = GoldConflict("e", "trade", "money", [("a.txt", 0, 3, "x"), ("a.txt", 20, 25, "x")])
    assert hits_non_conflict([("a.txt", 1, 3), ("a.txt", 20, 25)], look_alike)
    assert not hits_non_conflict([("a.txt", 1, 3)], look_alike)


def test_an_age_read_as_years_is_right_for_a_count_of_that_age_and_a_count_is_not() -> None:
    import quality

    from claimcheck.extract import extract_text

    sentence = "He will be 30 by the end of the year"
    claims = extract_text(sentence)
    assert quality._rule_hit(claims, "count", None, 30.0, {}, sentence, sentence.index("30"), "30") == ("age", True)
    other = "He will build 30 by the end of the year"
    assert quality._rule_hit(extract_text(other), "count", None, 30.0, {}, other, other.index("30"), "30") is None
