"""Clustering and conflict decisions on small hand-written articles."""

from __future__ import annotations

import itertools
from pathlib import Path

from claimcheck.extract import extract_article
from claimcheck.models import ClaimRecord
from claimcheck.reconcile import cannot_both_hold, reconcile, reconcile_store
from claimcheck.scan import ScanOptions, scan
from claimcheck.store import ClaimStore


def records(articles: dict[str, str]) -> list[ClaimRecord]:
    found: list[ClaimRecord] = []
    for name, text in articles.items():
        found += extract_article(text, name)
    return found


def conflict_texts(articles: dict[str, str]) -> list[list[str]]:
    return [sorted(c.text for c in conflict.claims) for conflict in reconcile(records(articles)).conflicts]


BRIDGE_A = ("Harbourtown opens Vestra bridge\n\nThe Vestra bridge in Harbourtown is 2.4 km long, "
            "the Vestra transport agency said. The Vestra bridge cost €450 million.\n")
BRIDGE_B = ("Vestra crossing finally open\n\nHarbourtown's new Vestra bridge is 3.1 km long and links "
            "the old port to the island. The Vestra bridge cost €450 million, Harbourtown officials said.\n")


def test_same_bridge_different_lengths_conflict() -> None:
    assert conflict_texts({"a.txt": BRIDGE_A, "b.txt": BRIDGE_B}) == [["2.4 km", "3.1 km"]]


def test_conflicts_do_not_depend_on_input_order() -> None:
    articles = {"a.txt": BRIDGE_A, "b.txt": BRIDGE_B,
                "c.txt": "Vestra bridge traffic\n\nThe Vestra bridge in Harbourtown is 2.4 kilometres long.\n"}
    expected = None
    for order in itertools.permutations(articles):
        got = sorted(conflict_texts({name: articles[name] for name in order}))
        expected = expected or got
        assert got == expected


def test_identical_values_in_two_articles_never_conflict() -> None:
    one = "Dornia vaccine delivery\n\nMedcorp has shipped 219,652 doses of vaccine to Dornia, Dornia officials said.\n"
    two = "Dornia doses arrive\n\nMedcorp shipped 219,652 doses of vaccine to Dornia, the Dornia ministry said.\n"
    recs = records({"a.txt": one, "b.txt": two})
    assert not cannot_both_hold(recs[0].claim, recs[1].claim)
    assert reconcile(recs).conflicts == []


def test_deaths_and_injuries_are_different_figures() -> None:
    one = "Quake in Telmar\n\nThe Telmar earthquake killed 300 people in the Telmar valley, Telmar officials said.\n"
    two = "Telmar quake toll\n\nThe Telmar earthquake injured 3,300 people in the Telmar valley, Telmar officials said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_articles_about_different_events_never_link() -> None:
    one = "Ardena floods\n\nFloods in Ardena forced 14,000 people from their homes, Ardena officials said.\n"
    two = "Kessel floods\n\nFloods in Kessel forced 700 people from their homes, Kessel officials said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_sentence_repeated_verbatim_in_many_articles_is_furniture() -> None:
    furniture = "About the Courier: founded in 1901, with 224 journalists in 26 bureaus.\n"
    other = "About the Courier: founded in 1901, with 90 journalists in 6 bureaus.\n"
    articles = {f"{i}.txt": f"Story {i}\n\nThe council met on budget plans.\n{furniture}" for i in range(5)}
    articles["x.txt"] = f"Story x\n\nThe council met on budget plans.\n{other}"
    assert conflict_texts(articles) == []


def test_a_further_amount_is_not_a_contradicting_total() -> None:
    one = "Dornia vaccines\n\nMedcorp has supplied 50,000 doses to Dornia, Dornia officials said.\n"
    two = "Dornia vaccines\n\nMedcorp will provide a further 150,000 doses to Dornia, Dornia officials said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_incremental_rescan_agrees_with_a_full_reconcile(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(BRIDGE_A, encoding="utf-8")
    db = tmp_path / "claims.db"
    with ClaimStore(db) as store:
        scan([str(folder)], store, ScanOptions(jobs=1))
        assert store.conflicts() == []
        (folder / "b.txt").write_text(BRIDGE_B, encoding="utf-8")
        scan([str(folder)], store, ScanOptions(jobs=1))
        incremental = sorted(c.id for c in store.conflicts())
        with store.transaction():
            full = sorted(c.id for c in reconcile_store(store, full=True).conflicts)
    assert incremental == full and len(full) == 1


def test_a_toll_may_rise_between_days_but_not_fall() -> None:
    monday = "Telmar quake\nPublished 9 September 2024\n\nThe Telmar earthquake has killed 112 people, Telmar officials said.\n"
    wednesday_up = "Telmar quake\nPublished 11 September 2024\n\nThe Telmar earthquake has killed 287 people, Telmar officials said.\n"
    wednesday_down = "Telmar quake\nPublished 11 September 2024\n\nThe Telmar earthquake has killed 80 people, Telmar officials said.\n"
    assert conflict_texts({"a.txt": monday, "b.txt": wednesday_up}) == []
    assert conflict_texts({"a.txt": monday, "b.txt": wednesday_down}) == [["112", "80"]]


def test_cannot_both_hold_is_symmetric_for_touching_intervals() -> None:
    recs = records({"a.txt": "Trade grew 45% last year.\n", "b.txt": "Trade grew 46% last year.\n"})
    a, b = recs[0].claim, recs[1].claim
    assert cannot_both_hold(a, b) and cannot_both_hold(b, a)


def test_a_match_score_is_never_weighed_as_a_number() -> None:
    one = "Rovers win\n\nHarbour Rovers beat Northfield 3-1 in front of 5,000 fans at Harbour Park.\n"
    two = "Rovers triumph\n\nHarbour Rovers beat Northfield 3-1 in front of 9,000 fans at Harbour Park.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["5,000", "9,000"]]
