"""A re-scan that reconciles only what changed finds what reconciling everything finds.

Two stores follow the same folder through the same edits: one always takes the incremental
path (candidates through the stored key index, stored word counts and sentence hashes,
only the touched groups decided again), the other always reloads every claim.  After each
scan their links, statistics and conflicts must be the same.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus import generate
from claimcheck.reconcile import incremental, reconcile_store
from claimcheck.reconcile.cluster import WordWeights, boilerplate
from claimcheck.scan import ScanOptions, scan
from claimcheck.store import ClaimStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"


def _conflicts(store: ClaimStore) -> list[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]]:
    return [(c.id, tuple(x.id for x in c.claims), tuple(map(tuple, c.pairs))) for c in store.conflicts()]


def _state(store: ClaimStore) -> dict[str, object]:
    return {
        "conflicts": _conflicts(store),
        "links": sorted((a, b, round(s, 9)) for a, b, s in store.link_rows()),
        "counts": store.word_counts(),
        "clusters": store.counts()["clusters"],
    }


@pytest.fixture()
def twin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, callable]]:  # type: ignore[valid-type]
    folder = tmp_path / "articles"
    folder.mkdir()
    stores = {"some": ClaimStore(tmp_path / "some.db"), "all": ClaimStore(tmp_path / "all.db")}

    def rescan() -> dict[str, object]:
        states = {}
        for mode, store in stores.items():
            monkeypatch.setattr(incremental, "INCREMENTAL_SHARE", 1e9 if mode == "some" else -1.0)
            scan([str(folder)], store, ScanOptions(jobs=1))
            states[mode] = _state(store)
        assert states["some"] == states["all"]
        return states["some"]

    yield folder, rescan
    for store in stores.values():
        store.close()


def test_generated_corpus_add_remove_modify(twin: tuple[Path, callable], tmp_path: Path) -> None:  # type: ignore[valid-type]
    folder, rescan = twin
    source = tmp_path / "generated"
    manifest = generate(source, 90, seed=3)
    articles = manifest["articles"]
    for rel in articles[:60]:
        (folder / Path(rel).name).write_text((source / rel).read_text(encoding="utf-8"), encoding="utf-8")
    first = rescan()
    assert first["conflicts"], "the generated corpus plants disagreements"
    for rel in articles[60:64]:  # a few new articles, one scan each
        (folder / Path(rel).name).write_text((source / rel).read_text(encoding="utf-8"), encoding="utf-8")
        rescan()
    for name in sorted(p.name for p in folder.iterdir())[:3]:  # removed
        (folder / name).unlink()
    rescan()
    for path in sorted(folder.iterdir())[5:8]:  # modified: a figure changes, a sentence goes
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("1", "7", 2).replace(".", ". Later.", 1), encoding="utf-8")
    rescan()
    for rel in articles[64:90]:  # many at once
        (folder / Path(rel).name).write_text((source / rel).read_text(encoding="utf-8"), encoding="utf-8")
    rescan()


@pytest.mark.parametrize("max_posting", [3, 12])
def test_many_long_postings(twin: tuple[Path, callable], tmp_path: Path,  # type: ignore[valid-type]
                            monkeypatch: pytest.MonkeyPatch, max_posting: int) -> None:
    """With most postings too long for find_links, a re-scan (which loads a posting whole only
    when the store holds too many claims for it, and otherwise only the candidates that may
    be a fresh claim's story) still finds what a full run finds.  (A case where the whole
    posting matters needs two articles of one story that share an outlet's name among their
    first topic keys but their telling names only further down: not built here.)"""
    from claimcheck.reconcile import cluster

    monkeypatch.setattr(cluster, "MAX_POSTING", max_posting)
    monkeypatch.setattr(incremental, "MAX_POSTING", max_posting)
    folder, rescan = twin
    source = tmp_path / "generated"
    articles = generate(source, 50, seed=11)["articles"]
    for rel in articles[:40]:
        (folder / Path(rel).name).write_text((source / rel).read_text(encoding="utf-8"), encoding="utf-8")
    assert rescan()["links"]
    for rel in articles[40:44]:
        (folder / Path(rel).name).write_text((source / rel).read_text(encoding="utf-8"), encoding="utf-8")
        rescan()
    for path in sorted(folder.iterdir())[3:9]:  # modified: another figure, names gone
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("2", "8", 2).replace(" the ", " a ", 3), encoding="utf-8")
    rescan()
    for name in sorted(p.name for p in folder.iterdir())[:2]:
        (folder / name).unlink()
    rescan()


def test_boilerplate_appears_and_goes(twin: tuple[Path, callable]) -> None:  # type: ignore[valid-type]
    """A sentence repeated in a fifth article becomes page furniture: its claims' links go;
    when one copy is removed, they come back."""
    folder, rescan = twin
    shared = "The Vestra bridge is 2.4 km long, the Vestra agency said."
    other = "Harbourtown's Vestra bridge is 3.1 km long, Harbourtown officials said."
    (folder / "odd.txt").write_text(f"Vestra bridge\n\n{other}\n", encoding="utf-8")
    for i in range(4):
        (folder / f"copy{i}.txt").write_text(f"Vestra news {i}\n\n{shared}\n", encoding="utf-8")
    assert rescan()["conflicts"]
    (folder / "copy4.txt").write_text(f"Vestra news 4\n\n{shared}\n", encoding="utf-8")
    furniture = rescan()
    (folder / "copy4.txt").unlink()
    assert rescan()["conflicts"]
    assert not any("copy" in c for conflict in furniture["conflicts"] for c in conflict[1])


def test_two_outlets_different_maxima_are_kept_by_both_paths_and_give_a_finding(
        twin: tuple[Path, callable], tmp_path: Path) -> None:  # type: ignore[valid-type]
    """Different stated maxima disagree though their intervals overlap near zero.  The full
    path once chose the clusters to decide by overlapping intervals alone, so it dropped them
    while the incremental path kept them; the hook's findings dropped them too."""
    from claimcheck.hook import find_findings

    folder, rescan = twin
    (folder / "a.txt").write_text("Exam leak fines\n\nUnder the Tervale law the council can fine a school "
                                  "up to \u20ac15,000, officials said.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Exam leak fines\n\nUnder the Tervale law the council can fine a school "
                                  "up to EUR 50,000, officials said.\n", encoding="utf-8")
    assert len(rescan()["conflicts"]) == 1  # both stores, each path, agree on it
    with ClaimStore(tmp_path / "all.db") as store:
        findings = find_findings(store.conflicts(), None)
    assert [{f.claim.text, f.other.text} for f in findings] == [{"up to EUR 50,000", "up to \u20ac15,000"}]


@pytest.mark.corpus
def test_fixture_corpus_one_article_at_a_time(twin: tuple[Path, callable]) -> None:  # type: ignore[valid-type]
    """Incremental and full reconcile agree after every step: one article at a time for the
    first 24 (8 stories), then 30 at a time.  About 12 events spread over the labelled corpus
    (some 40 articles) keep the suite's time from growing with the corpus, which is extracted
    twice here."""
    folder, rescan = twin
    every = sorted(p for p in FIXTURES.iterdir() if p.is_dir())
    events = every[::max(2, len(every) // 12)]
    paths = [p for event in events for p in sorted(event.iterdir()) if p.suffix in (".txt", ".md", ".html")]
    for index, path in enumerate(paths):
        shutil.copy(path, folder / f"{path.parent.name}-{path.name}")
        if index < 24 or index % 30 == 0 or index == len(paths) - 1:
            rescan()


def test_stored_statistics_match_a_recount(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    generate(folder, 40, seed=5)
    with ClaimStore(tmp_path / "claims.db") as store:
        scan([str(folder)], store, ScanOptions(jobs=1))
        for path in sorted(folder.rglob("*.txt"))[:5]:
            path.unlink()
        scan([str(folder)], store, ScanOptions(jobs=1))
        records = store.clustering_input()
        weights = WordWeights(records)
        words, names, sentences, sources = store.word_counts()
        assert words == dict(weights.df) and names == dict(weights.name_df)
        assert (sentences, sources) == (weights.sentence_count, weights.source_count)
        furniture = {records[i].claim.id for i in boilerplate(records)}
        assert store.repeated_sentence_claims(5) == furniture
        with store.transaction():
            again = reconcile_store(store, full=True)
        assert store.word_counts() == (words, names, sentences, sources)
        assert again.cluster_count == store.counts()["clusters"]


def test_a_new_extractor_version_redoes_stored_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import claimcheck.scan as scan_module

    (tmp_path / "a.txt").write_text("Vestra bridge\n\nThe Vestra bridge is 2.4 km long.\n", encoding="utf-8")
    store = ClaimStore(tmp_path / "c.db")
    first = scan([tmp_path / "a.txt"], store, ScanOptions(jobs=1))
    again = scan([tmp_path / "a.txt"], store, ScanOptions(jobs=1))
    monkeypatch.setattr(scan_module, "EXTRACTOR_VERSION", scan_module.EXTRACTOR_VERSION + "-next")
    upgraded = scan([tmp_path / "a.txt"], store, ScanOptions(jobs=1))
    assert (first.extracted, again.extracted, again.reused, upgraded.extracted) == (1, 0, 1, 1)


def test_a_yearless_wire_story_is_redated_when_a_dated_article_on_its_story_arrives_or_goes(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "OSKERBY, Nov 6 (Tideline) - Harlow Care postponed 1,900 operations after a ransomware attack on "
        "Saturday, Harlow Care's Oskerby office said.\n\nHarlow Care runs 12 hospitals around Oskerby.\n",
        encoding="utf-8")
    feature = folder / "feature.txt"
    with ClaimStore(tmp_path / "claims.db") as store:
        def wire_dates() -> list[str]:
            return [str(c.value) for c in store.claims(sources=[str(folder / "wire.txt")], kinds=["date"])]

        scan([str(folder)], store, ScanOptions(jobs=1))
        assert wire_dates() == []
        feature.write_text("Harlow Care attack\n\nPublished 7 November 2029\n\nHarlow Care's Oskerby hospitals "
                           "were hit by ransomware on Saturday; Harlow Care postponed 1,900 operations.\n",
                           encoding="utf-8")
        added = scan([str(folder)], store, ScanOptions(jobs=1))
        assert (added.extracted, added.redated, wire_dates()) == (1, 1, ["2029-11-03"])
        again = scan([str(folder)], store, ScanOptions(jobs=1))
        assert (again.extracted, again.redated) == (0, 0)
        feature.unlink()
        gone = scan([str(folder)], store, ScanOptions(jobs=1))
        assert (gone.removed, gone.redated, wire_dates()) == (1, 1, [])


def test_a_scanned_articles_date_line_is_not_a_claim(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Vestra bridge opens\n\nPublished 7 March 2031\n\nThe Vestra bridge opened on Tuesday. "
                                    "It is 2.4 km long.\n", encoding="utf-8")
    with ClaimStore(tmp_path / "claims.db") as store:
        scan([str(tmp_path / "a.txt")], store, ScanOptions(jobs=1))
        assert sorted(c.text for c in store.claims()) == ["2.4 km", "on Tuesday"]


def test_a_sibling_overrules_a_guessed_year_and_its_removal_restores_the_guess(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "KELV, Oct 12 (Tidemark) - The Kelvray dam near Ossenby opened its spillway on Monday for the first time "
        "since 1998, the Kelvray water board said.\n\nOssenby's record river level was set in 1998. In 1998 the "
        "Kelvray spillway ran for nine days.\n", encoding="utf-8")
    feature = folder / "feature.txt"
    with ClaimStore(tmp_path / "claims.db") as store:
        def monday() -> list[str]:
            return [str(c.value) for c in store.claims(sources=[str(folder / "wire.txt")], kinds=["date"])
                    if c.text == "on Monday"]

        scan([str(folder)], store, ScanOptions(jobs=1))
        assert monday() == ["1998-10-12"]  # the story's own words: its most-named year
        feature.write_text("Kelvray spillway opens\n\nPublished 13 October 2032\n\nThe Kelvray dam above Ossenby "
                           "opened its spillway on Monday; Ossenby was last flooded by the Kelvray dam in 1998.\n",
                           encoding="utf-8")
        assert scan([str(folder)], store, ScanOptions(jobs=1)).redated == 1
        assert monday() == ["2032-10-11"]
        feature.unlink()
        assert scan([str(folder)], store, ScanOptions(jobs=1)).redated == 1
        assert monday() == ["1998-10-12"]


def test_bare_dollars_are_reread_when_an_article_on_their_story_says_whose_they_are(tmp_path: Path) -> None:
    """A paper's bare '$' takes the A$ of the wire on its story when the wire arrives, and goes
    back to the default when it goes; an unchanged corpus re-reads nothing."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "paper.txt").write_text(
        "Quorrabin pool\n\nQuorrabin council will spend $13.85 million on the Yallamby pool, Quorrabin's mayor "
        "said.\n", encoding="utf-8")
    wire = folder / "wire.txt"
    with ClaimStore(tmp_path / "claims.db") as store:
        def paper_units() -> list[str | None]:
            return [c.unit for c in store.claims(sources=[str(folder / "paper.txt")], kinds=["money"])]

        scan([str(folder)], store, ScanOptions(jobs=1))
        assert paper_units() == ["USD"]
        wire.write_text("Quorrabin pool funding\n\nQuorrabin council approved A$13.85 million for the Yallamby "
                        "pool; Yallamby residents will pay A$6.35 a swim, the Quorrabin mayor said.\n",
                        encoding="utf-8")
        added = scan([str(folder)], store, ScanOptions(jobs=1))
        assert (added.extracted, added.redated, paper_units()) == (1, 1, ["AUD"])
        again = scan([str(folder)], store, ScanOptions(jobs=1))
        assert (again.extracted, again.redated) == (0, 0)
        wire.unlink()
        gone = scan([str(folder)], store, ScanOptions(jobs=1))
        assert (gone.removed, gone.redated, paper_units()) == (1, 1, ["USD"])
