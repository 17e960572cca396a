"""The five seed articles: the three disagreements a reader finds, and none of the look-alikes."""

from __future__ import annotations

from functools import cache

from claimcheck.extract import extract_article
from claimcheck.models import Claim, Conflict
from claimcheck.reconcile import reconcile
from tests.conftest import SEEDS


@cache
def seed_conflicts() -> tuple[Conflict, ...]:
    records = []
    for path in sorted(SEEDS.glob("*.txt")):
        records += extract_article(path.read_text(encoding="utf-8"), path.name[:3])
    return tuple(reconcile(records).conflicts)


def sides(kind: str) -> set[tuple[str, float | int | str]]:
    """(seed number, value) of every claim in the conflict of this kind."""
    (conflict,) = [c for c in seed_conflicts() if c.kind.value == kind]
    return {(c.source, c.value) for c in conflict.claims}


def test_three_conflicts_each_on_its_own() -> None:
    assert sorted(c.kind.value for c in seed_conflicts()) == ["length", "money", "percent"]


def test_bilateral_trade_350m_against_790m() -> None:
    assert {("000", 350_000_000), ("000", 790_000_000), ("002", 790_000_000), ("003", 790_000_000)} <= sides("money")
    (conflict,) = [c for c in seed_conflicts() if c.kind.value == "money"]
    central_bank = [c for c in conflict.claims if c.value == 350_000_000 and c.time == "2020"]
    assert central_bank and "Central Bank" in (central_bank[0].attribution or "")
    minister = [c for c in conflict.claims if c.source == "000" and c.value == 790_000_000]
    assert minister[0].attribution == "Lavrov"


def test_pipeline_800_km_against_1100_km() -> None:
    assert sides("length") == {("001", 800), ("003", 1100), ("004", 1100)}


def test_trade_growth_45_against_46_percent() -> None:
    assert {("000", 45), ("002", 46), ("003", 46)} <= sides("percent")


def claims_in(conflicts: tuple[Conflict, ...]) -> list[Claim]:
    return [c for conflict in conflicts for c in conflict.claims]


def test_look_alikes_are_not_conflicts() -> None:
    kinds = {c.kind.value for c in seed_conflicts()}
    assert "duration" not in kinds  # "nine years" vs "nearly a decade"
    assert "date" not in kinds  # "May 1 1948" vs "1948"; the May 1 deadline vs relations
    assert "count" not in kinds  # 50,000 doses vs a further 150,000; 220 vs 122 million
    money = [c.value for c in claims_in(seed_conflicts()) if c.kind.value == "money"]
    assert 2_000_000_000 not in money and 10_000_000_000 not in money  # pipeline cost vs energy deals
