"""Clustering and conflict decisions on small hand-written articles."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from claimcheck.extract import extract_article
from claimcheck.models import ClaimRecord
from claimcheck.reconcile import cannot_both_hold, reconcile, reconcile_store
from claimcheck.reconcile.cluster import Features, WordWeights, feature_similarity
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


def test_the_missing_may_fall_between_days_but_not_within_one() -> None:
    monday = "Telmar mine\nPublished 9 September 2024\n\nAfter the Telmar blast 17 missing miners are sought, Telmar officials said.\n"
    wednesday = "Telmar mine\nPublished 11 September 2024\n\nAfter the Telmar blast 9 missing miners are sought, Telmar officials said.\n"
    monday_other = monday.replace("17 missing", "12 missing")
    assert conflict_texts({"a.txt": monday, "b.txt": wednesday}) == []
    assert conflict_texts({"a.txt": monday, "b.txt": monday_other}) == [["12", "17"]]


def test_cannot_both_hold_is_symmetric_for_touching_intervals() -> None:
    recs = records({"a.txt": "Trade grew 45% last year.\n", "b.txt": "Trade grew 46% last year.\n"})
    a, b = recs[0].claim, recs[1].claim
    assert cannot_both_hold(a, b) and cannot_both_hold(b, a)


def test_tiny_canonical_values_compare_by_relative_size() -> None:
    """Micrograms are ~1e-11 t: equal readings agree and neighbours still clash."""
    recs = records({"a.txt": "The guideline is 15 µg per cubic metre.\n",
                    "b.txt": "The guideline is 15 µg per cubic metre.\n",
                    "c.txt": "The guideline is 16 µg per cubic metre.\n"})
    a, b, c = (r.claim for r in recs)
    assert a.value < 1e-9 and not cannot_both_hold(a, b)
    assert cannot_both_hold(a, c) and cannot_both_hold(c, b)


STRIKE_A = ("Kestrel Air strike grounds flights\n\nKestrel Air pilots walked out at Dorran airport on Monday. "
            "Kestrel Air cancelled 1,150 flights over two days, the Dorran airport operator said. "
            "A cabin crew strike at Kestrel Air in May cancelled 700 flights, the Dorran airport operator said.\n")
STRIKE_B = ("Dorran travel chaos\n\nKestrel Air pilots struck at Dorran airport. The Dorran airport operator said "
            "Kestrel Air cancelled 1,150 flights in the walkout.\n")


def test_a_closer_agreeing_figure_in_the_same_article_excuses_a_look_alike() -> None:
    """B's 1,150 also meets A's 700 (another strike), but A states 1,150 too and it matches B at
    least as well: B speaks of that figure.  A close bound counts; a loose one does not."""
    assert conflict_texts({"a.txt": STRIKE_A, "b.txt": STRIKE_B}) == []
    assert conflict_texts({"a.txt": STRIKE_A.replace("1,150", "more than 1,100"), "b.txt": STRIKE_B}) == []
    assert ["1,150", "1,350"] in [[t for t in c if t != "700"]
                                  for c in conflict_texts({"a.txt": STRIKE_A, "b.txt": STRIKE_B.replace("1,150", "1,350")})]
    assert conflict_texts({"a.txt": STRIKE_A.replace("1,150", "more than 900"), "b.txt": STRIKE_B}) != []


ELECTION_A = ("Dellmar election: Liberty Alliance wins\n\nIn the Dellmar election the Liberty Alliance Party "
              "won 131 seats in the 260-member Dellmar Assembly. The Farmers League took 60 seats, "
              "Dellmar election officials said.\n")
ELECTION_B = ("Dellmar votes\n\nDellmar election officials said the LAP won 126 seats in the Dellmar Assembly. "
              "The Farmers League took 60 seats.\n")


def test_an_acronym_and_its_full_name_are_one_party() -> None:
    assert ["126", "131"] in conflict_texts({"a.txt": ELECTION_A, "b.txt": ELECTION_B})


def test_parties_sharing_a_word_are_different_parties() -> None:
    one = ("Dellmar election\n\nIn the Dellmar election the National League won 88 seats, Dellmar officials said.\n")
    two = ("Dellmar election\n\nIn the Dellmar election the National Front won 64 seats, Dellmar officials said.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_an_add_on_ceiling_does_not_contradict_the_up_front_fee() -> None:
    one = "Ravel transfer\n\nOakfield signed Ravel for a fee of £40m up front plus up to £6m in add-ons.\n"
    two = "Ravel transfer\n\nOakfield signed Ravel for £40m, rising to £46m with add-ons, Oakfield said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_two_outlets_stating_different_maxima_conflict() -> None:
    one = "Exam leak fines\n\nUnder the Tervale law the council can fine a school up to €15,000, officials said.\n"
    two = "Exam leak fines\n\nUnder the Tervale law the council can fine a school up to EUR 50,000, officials said.\n"
    rounded = "Exam leak fines\n\nUnder the Tervale law the council can fine a school as much as €14,000, officials said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["up to EUR 50,000", "up to €15,000"]]
    assert conflict_texts({"a.txt": one, "c.txt": rounded}) == []  # one maximum, rounded


def test_the_report_puts_two_different_maxima_on_two_sides() -> None:
    """Intervals of "up to" overlap near zero; the report's sides still tell the two maxima apart."""
    from claimcheck.report.text import sides_of

    one = "Exam leak fines\n\nUnder the Tervale law the council can fine a school up to \u20ac15,000, officials said.\n"
    two = "Exam leak fines\n\nUnder the Tervale law the council can fine a school up to EUR 50,000, officials said.\n"
    [conflict] = reconcile(records({"a.txt": one, "b.txt": two})).conflicts
    assert sides_of(conflict.claims) == [0, 1]


def test_one_article_giving_two_maxima_speaks_of_two_things() -> None:
    one = ("Exam leak fines\n\nUnder the Tervale law the council can fine a student up to €5,000.\n\n"
           "Under the Tervale law the council can fine a school up to €50,000.\n")
    assert conflict_texts({"a.txt": one}) == []


def test_names_with_spaces_survive_the_store(tmp_path: Path) -> None:
    recs = records({"a.txt": ELECTION_A})
    assert any(" " in n for r in recs for n in r.names)
    store = ClaimStore(tmp_path / "c.db")
    (tmp_path / "a.txt").write_text(ELECTION_A, encoding="utf-8")
    scan([tmp_path / "a.txt"], store, ScanOptions(jobs=1))
    stored = {r.claim.id: r.names for r in store.clustering_input()}
    assert stored == {r.claim.id: r.names for r in records({str(tmp_path / "a.txt"): ELECTION_A})}


def test_two_forecasts_for_no_stated_year_compare_but_not_with_a_dated_one() -> None:
    one = "Kelso tunnel opens\n\nThe Kelso tunnel operator expects 30,000 vehicles a day to use the Kelso tunnel.\n"
    two = "Kelso tunnel\n\nSome 52,000 vehicles a day are expected in the Kelso tunnel, the Kelso tunnel operator said.\n"
    three = "Kelso tunnel\n\nThe Kelso tunnel operator expects 52,000 vehicles a day in the Kelso tunnel by 2035.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["30,000", "Some 52,000"]]
    assert conflict_texts({"a.txt": one, "c.txt": three}) == []


def test_founding_dates_of_one_club_in_one_story_conflict_however_worded() -> None:
    one = ("Carrow FC sign Adeyemi\n\nCarrow FC have signed Tunde Adeyemi from Lisk. Carrow FC was founded "
           "on 2 October 1987 and last won the league in the 1990s. Carrow FC paid Lisk a record fee.\n")
    two = ("Adeyemi joins Carrow FC\n\nCarrow FC, founded on 2 October 1991, have never paid more for a player "
           "than for Tunde Adeyemi. Carrow FC and Lisk agreed terms on Friday.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["2 October 1987", "2 October 1991"]]


def test_a_timelines_entry_date_is_the_day_of_the_event_it_tells() -> None:
    one = ("Ozendra cholera toll rises\n\nKALUMBE, March 28, 2033 (Wire) - In Ozendra's Sorindo Delta the first "
           "cholera case was confirmed on March 11 at Kalumbe District Hospital, the Ozendra health ministry said.\n")
    two = ("# Ozendra's cholera outbreak, explained\n\n*30 March 2033*\n\n## Timeline\n\n"
           "- **14 March:** the first laboratory-confirmed cholera case in Ozendra's Sorindo Delta is reported at "
           "Kalumbe District Hospital.\n")
    assert conflict_texts({"a.txt": one, "b.md": two}) == [["14 March", "March 11"]]


def test_openings_of_two_unnamed_things_in_one_story_do_not_conflict() -> None:
    one = ("Harbourtown bridge opens\n\nThe Harbourtown bridge opened on 14 June 2024, Harbourtown officials said.\n")
    two = ("Harbourtown bridge\n\nThe old ferry terminal opened in 1962, Harbourtown officials said.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_one_measure_in_one_stated_year_is_one_statistic_however_phrased() -> None:
    one = ("Orsk and Vell sign trade pact\n\nOrsk and Vell signed a trade pact in Vell. "
           "In 2021, bilateral trade rose 47% on the previous year.\n")
    two = ("Orsk-Vell trade pact\n\nOrsk and Vell signed a trade pact. Trade between Orsk and Vell grew "
           "26.3 per cent in 2021, the Orsk statistics office said.\n")
    three = ("Orsk-Vell trade pact\n\nOrsk and Vell signed a trade pact. Trade between Orsk and Vell grew "
             "26.3 per cent in 2019, the Orsk statistics office said.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["26.3 per cent", "47%"]]
    assert conflict_texts({"a.txt": one, "c.txt": three}) == []
    # the shared stated year is itself evidence, beyond the words
    recs = records({"a.txt": one, "b.txt": two, "c.txt": three})
    weights = WordWeights(recs)
    a, b, c = (next(r for r in recs if r.claim.source == s and r.claim.kind.value == "percent")
               for s in ("a.txt", "b.txt", "c.txt"))
    same_year = feature_similarity(Features.of(a, weights), Features.of(b, weights))
    other_year = feature_similarity(Features.of(a, weights), Features.of(c, weights))
    assert same_year > other_year * 1.2


def test_a_part_of_a_measure_is_another_figure() -> None:
    one = ("Tesmar inflation\n\nTesmar's statistics office said core inflation in Tesmar was 5.8% in February.\n")
    two = ("Tesmar inflation\n\nTesmar's statistics office said inflation in Tesmar was 7.4% in February.\n")
    three = ("Tesmar prices\n\nTesmar's statistics office said food prices in Tesmar rose 9.1% in February.\n")
    four = ("Tesmar prices\n\nTesmar's statistics office said consumer prices in Tesmar rose 7.9% in February.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"c.txt": three, "d.txt": four}) == []
    five = ("Tesmar inflation\n\nTesmar's statistics office said inflation in Tesmar was 7.9% in February.\n")
    assert conflict_texts({"b.txt": two, "e.txt": five}) == [["7.4%", "7.9%"]]


def test_a_match_score_is_never_weighed_as_a_number() -> None:
    one = "Rovers win\n\nHarbour Rovers beat Northfield 3-1 in front of 5,000 fans at Harbour Park.\n"
    two = "Rovers triumph\n\nHarbour Rovers beat Northfield 3-1 in front of 9,000 fans at Harbour Park.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["5,000", "9,000"]]


def test_one_storys_counts_of_one_thing_are_one_count_however_worded() -> None:
    one = "Dyxo visit\n\nFive agreements were signed during the two-day visit to Dyxo.\n"
    two = "Dyxo visit ends\n\nThe Dyxo delegations signed 11 agreements covering customs, energy and transport.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["11", "Five"]]
    # the shared counted noun is itself evidence, beyond the words
    import dataclasses

    recs = records({"a.txt": one, "b.txt": two})
    weights = WordWeights(recs)
    fa, fb = (Features.of(next(r for r in recs if r.claim.source == s), weights) for s in ("a.txt", "b.txt"))
    assert fa.noun == fb.noun == "agreement"
    assert feature_similarity(fa, fb) > 1.5 * feature_similarity(fa, dataclasses.replace(fb, noun=None))


def test_a_figure_for_part_of_the_population_is_not_the_wholes() -> None:
    one = "Tesmar election\n\nTurnout in the Tesmar election rose to 63.4%, the Tesmar commission said.\n"
    two = "Tesmar election\n\nTurnout among young voters in the Tesmar election was 55%, the Tesmar commission said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_one_among_a_number_states_that_number() -> None:
    """"Oskel is among nineteen villages" says how many villages; "among young voters" (above)
    and "Among 240 patients, those tested" name a group of their own."""
    one = ("Braska flood\n\nOskel is among nineteen villages on the Braska that were flooded after the Querrin "
           "dam opened its gates, the Braska authority said.\n")
    two = "Braska flood\n\nFourteen villages on the Braska were flooded after the Querrin dam opened, the Braska authority said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["Fourteen", "nineteen"]]
    among = ("Braska flood\n\nAmong fourteen villages on the Braska that were flooded after the Querrin dam opened, "
             "three lost power, the Braska authority said.\n")
    assert conflict_texts({"a.txt": one, "b.txt": among}) == []


def test_a_change_in_other_units_does_not_restate_a_level() -> None:
    """'raised its rate by 50 bps to 6.75%' says 6.75%, not 7.25%: the 0.5 points are no level."""
    one = "Vell bank rate\n\nThe Vell central bank raised its rate by 50 bps to 6.75% on Thursday, Vell officials said.\n"
    two = "Vell bank rate\n\nThe Vell central bank raised its rate to 7.25% on Thursday, Vell officials said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["6.75%", "7.25%"]]


def test_one_full_name_next_to_both_numbers_is_evidence() -> None:
    import dataclasses

    one = "Dellmar turnout\n\nThe Liberty Alliance Party won 41.2% of the Dellmar vote, Dellmar officials said.\n"
    two = "Dellmar votes\n\nDellmar officials said the Liberty Alliance took 38.9% in the Dellmar vote.\n"
    recs = records({"a.txt": one, "b.txt": two})
    weights = WordWeights(recs)
    fa, fb = (Features.of(next(r for r in recs if r.claim.source == s), weights) for s in ("a.txt", "b.txt"))
    assert "liberty alliance party" in fa.names and "liberty alliance" in fb.names
    assert feature_similarity(fa, fb) > 1.4 * feature_similarity(fa, dataclasses.replace(fb, names=frozenset({"alliance"})))


def test_people_on_board_and_people_injured_are_different_figures() -> None:
    one = "Sarn jet lands\n\nA Sarnair jet with 191 people on board made an emergency landing at Sarn, Sarn officials said.\n"
    two = "Sarn jet lands\n\nThirty-one people were injured when a Sarnair jet made an emergency landing at Sarn.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_a_deal_value_and_a_firms_sales_are_different_figures() -> None:
    one = "Orvel deal\n\nOrvel Steel is in talks to buy Lake Alloy for $2-3 billion, Orvel Steel said.\n"
    two = "Orvel deal\n\nLake Alloy had sales of $1.9 billion, and Orvel Steel is in talks about Lake Alloy.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_a_subgroups_rate_or_a_class_of_ticket_is_not_the_whole() -> None:
    base = "Tarvel jobs\n\nTarvel, 3 March 2024\n\n{} in Tarvel was {} in February, the Tarvel statistics office said.\n"
    articles = {"a.txt": base.format("Unemployment", "4.2%"), "b.txt": base.format("Youth unemployment", "12%"),
                "c.txt": base.format("Female unemployment", "5.1%"), "d.txt": base.format("Unemployment", "4.9%")}
    assert conflict_texts(articles) == [["4.2%", "4.9%"]]
    one = "Tarvel festival\n\nTickets for the Tarvel festival cost $50, the Tarvel organisers said.\n"
    two = "Tarvel festival\n\nVIP tickets for the Tarvel festival cost $250, the Tarvel organisers said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_a_closing_price_holds_for_its_trading_day() -> None:
    def story(day: str, price: str) -> str:
        return f"Halvor shares\n\n{day} March 2024\n\nHalvor Group shares closed at {price} in New York, Halvor Group said.\n"
    assert conflict_texts({"a.txt": story("3", "$45.20"), "b.txt": story("5", "$47.10")}) == []
    assert conflict_texts({"a.txt": story("3", "$45.20"), "b.txt": story("3", "$47.10")}) == [["$45.20", "$47.10"]]


def test_average_winds_are_not_the_winds() -> None:
    one = "Kessel storm\n\nStorm Ula brought winds of 120 km/h to Kessel, the Kessel weather office said.\n"
    two = "Kessel storm\n\nStorm Ula brought average winds of 95 km/h to Kessel, the Kessel weather office said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_an_amount_per_day_is_not_a_total() -> None:
    one = "Cardell strike\n\nThe Cardell strike is costing Cardell $3.2 million a day, Cardell said.\n"
    two = "Cardell strike\n\nCardell said its offer to end the Cardell strike would cost $115 million.\n"
    three = "Cardell strike\n\nThe Cardell strike is costing Cardell $4.5 million a day, Cardell said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"a.txt": one, "c.txt": three}) == [["$3.2 million", "$4.5 million"]]


def test_tenor_names_are_not_durations() -> None:
    found = records({"a.txt": "Rates\n\nThe average two-year fixed mortgage rate rose to 5.12%, lenders said.\n"})
    assert [r.claim.text for r in found] == ["5.12%"]


def test_a_monthly_change_is_not_an_annual_one() -> None:
    one = "Tesvik house prices\n\nTesvik house prices rose 0.6% m/m in October, the Tesvik registry said.\n"
    annual = "Tesvik house prices\n\nTesvik house prices rose 1.5% y/y in October, the Tesvik registry said.\n"
    monthly = "Tesvik house prices\n\nTesvik house prices rose 1.5% m/m in October, the Tesvik registry said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": annual}) == []
    assert conflict_texts({"a.txt": one, "b.txt": monthly}) == [["0.6%", "1.5%"]]


def test_a_gap_to_a_peak_is_not_a_change_over_a_month() -> None:
    one = "Tesvik house prices\n\nTesvik house prices rose 0.6% m/m, the Tesvik registry said.\n"
    two = "Tesvik house prices\n\nTesvik house prices are still 7% below their peak, the Tesvik registry said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_last_year_in_an_undated_article_is_not_this_years_figure() -> None:
    undated = ("KORVA, Nov 12 (Dalen Wire) - The median house price in Korva stood at £299,000 in October last "
               "year, Korva registry data showed.\n")
    dated = ("Korva prices\n\n12 November 2026\n\nThe median house price in Korva is £312,400, "
             "the Korva registry said.\n")
    assert conflict_texts({"a.txt": undated, "b.txt": dated}) == []
    this_year = undated.replace(" in October last year", "")
    assert conflict_texts({"a.txt": this_year, "b.txt": dated}) == [["£299,000", "£312,400"]]


def test_a_national_figure_is_not_a_regions() -> None:
    national = "Kessel housing\n\nThe national median house price was £312,400, the Kessel registry said.\n"
    region = "Kessel housing\n\nIn Lonwick, the median house price was £498,000, Kessel registry data showed.\n"
    unnamed = "Kessel housing\n\nThe median house price was £498,000, Kessel registry data showed.\n"
    assert conflict_texts({"a.txt": national, "b.txt": region}) == []
    assert conflict_texts({"a.txt": national, "b.txt": unnamed}) == [["£312,400", "£498,000"]]


def test_the_injured_count_after_a_death_toll_is_compared_as_injured() -> None:
    """In "14 people were killed and 236 injured", 236 counts the injured only, and the 14 in
    the same sentence does not excuse a different injured count elsewhere."""
    one = "Pelmora typhoon\n\nAt least 14 people were killed and 236 injured in Pelmora, the Pelmora agency said.\n"
    two = "Pelmora typhoon\n\nAt least 14 people were killed and 326 injured in Pelmora, the Pelmora agency said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["236", "326"]]
    deaths = {r.claim.text: {n for n in r.names if n.startswith("=")} for r in records({"a.txt": one})}
    assert deaths == {"At least 14": {"=deaths"}, "236": {"=injuries"}}


def test_outlets_words_for_one_thing_meet() -> None:
    """'typical home' and 'median house price', 'crossing' and 'bridge' name one figure."""
    typical = "Kessel housing\n\nThe typical home in Kessel now costs £318,200, the Kessel registry said.\n"
    median = "Kessel housing\n\nThe median house price in Kessel rose to £312,400, the Kessel registry said.\n"
    assert conflict_texts({"a.txt": typical, "b.txt": median}) == [["£312,400", "£318,200"]]
    crossing = "Sorva bridge\n\nThe new Sorva crossing is 3.1 km long, Sorva officials said.\n"
    bridge = "Sorva bridge\n\nThe new Sorva bridge is 2.4 km long, Sorva officials said.\n"
    assert conflict_texts({"a.txt": crossing, "b.txt": bridge}) == [["2.4 km", "3.1 km"]]
    from claimcheck.reconcile.cluster import root

    assert root("hurt") == root("injured") and root("typical") == root("median") and root("home") == root("house")
    assert root("ballot") != root("vote")  # ballots cast are not a party's votes
    assert root("column") == root("plume") and root("emissions") == root("emitted") and root("factory") == root("plant")
    assert root("employee") == root("employs") and root("wage") == root("salary")



def test_each_article_counting_one_thing_once_is_one_count() -> None:
    """'eight carriages' and 'a six-carriage express' in one story: the train's length, told
    in sentences that share no other word; a partitive ('five of the eight') is no count of it."""
    one = ("Brell derailment\n\nFive of the train's eight carriages left the track near Brell, "
           "Brell railway officials said.\n")
    two = ("Brell derailment\n\nFrom her window in Brell she saw rescuers climb over the six-carriage "
           "express lying on the embankment.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["eight", "six"]]
    another = two.replace("the six-carriage express", "the six-carriage express and a two-carriage freight")
    assert conflict_texts({"a.txt": one, "b.txt": another}) == []  # two counts of carriages: which is which?


def test_an_undated_articles_weekday_compares_only_with_that_weekday() -> None:
    """'cancelled on Tuesday' in a wire story with no year in its dateline is not Wednesday's
    running total (2026-03-04 was a Wednesday), but it is another Tuesday figure."""
    undated = ("DRENHOLT, March 4 (Pine Wire) - Some 2,300 Cardell procedures were cancelled on Tuesday, "
               "Cardell said.\n")
    wednesday = ("Cardell strike\n\n4 March 2026\n\nAbout 4,100 Cardell procedures were cancelled on Wednesday, "
                 "Cardell said.\n")
    tuesday = wednesday.replace("About 4,100", "About 2,900").replace("on Wednesday", "on Tuesday")
    assert conflict_texts({"a.txt": undated, "b.txt": wednesday}) == []
    assert conflict_texts({"a.txt": undated, "b.txt": tuesday}) == [["About 2,900", "Some 2,300"]]


def test_a_far_one_sided_bound_in_the_sentence_does_not_excuse_a_disagreement() -> None:
    """'1,410 people were admitted ..., two-thirds of them over 75': 'over 75' states no admissions figure."""
    one = "Tirvel heat\n\nTirvel hospitals admitted 1,140 patients with heatstroke, Tirvel officials said.\n"
    two = ("Tirvel heat\n\nIn Tirvel 1,410 patients were admitted with heatstroke, and most of them were over 75, "
           "Tirvel officials said.\n")
    (texts,) = conflict_texts({"a.txt": one, "b.txt": two})
    assert {"1,140", "1,410"} <= set(texts)


def test_a_total_over_past_years_is_not_one_events_toll() -> None:
    one = "Brannock blast\n\nThe blast at Brannock colliery killed 26 miners, Drusenia officials said.\n"
    two = ("Brannock blast\n\nBlasts at Brannock colliery have killed more than 60 miners in the past 25 years, "
           "Drusenia officials said.\n")
    three = two.replace(" in the past 25 years", "")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"a.txt": one, "b.txt": three}) == [["26", "more than 60"]]


def test_generic_institution_words_do_not_make_two_stories_one() -> None:
    """Two disasters whose articles share only 'Disaster' and 'Service' (from each country's
    'National Disaster Service') are different stories."""
    storm = ("Storm hits Pelmora\n\nSome 310,000 people were evacuated from coastal districts, the National "
             "Disaster Service said. The Disaster Service expects more rain in Pelmora.\n")
    flood = ("Floods in Kalvar\n\nSome 420,000 people were evacuated from coastal districts, the State "
             "Disaster Service said. The Disaster Service expects more rain in Kalvar.\n")
    assert conflict_texts({"a.txt": storm, "b.txt": flood}) == []


def test_two_scores_of_one_match_conflict_but_not_scores_against_other_teams() -> None:
    one = "Rovers win\n\nHarbour Rovers beat Castleford 3-1 on Wednesday night at Harbour Park, Rovers said.\n"
    two = "Rovers victory\n\nA 3-2 victory over Castleford on Wednesday lifted Harbour Rovers, Rovers fans said.\n"
    same = two.replace("3-2", "1-3")  # the same result told from the other side
    other_team = two.replace("Castleford", "Northfield")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["3-1", "3-2"]]
    assert conflict_texts({"a.txt": one, "b.txt": same}) == []
    assert conflict_texts({"a.txt": one, "b.txt": other_team}) == []


def test_a_stated_maximum_of_another_measure_does_not_excuse_a_disagreement() -> None:
    wire = ("Typhoon Quindel\n\nQuindel made landfall near Cape Ardel with maximum sustained winds of 215 km/h and "
            "gusts of up to 265 km/h, the Orlen Weather Office said.\n")
    paper = ("Typhoon Quindel\n\nQuindel came ashore near Cape Ardel with maximum sustained winds of 187 km/h, "
             "the Orlen Weather Office said.\n")
    assert any({"215 km/h", "187 km/h"} <= set(texts) for texts in conflict_texts({"a.txt": wire, "b.txt": paper}))


def test_set_scores_and_scores_on_the_way_are_not_a_matchs_result() -> None:
    sets = ("Zelby Open final\n\nTessa Orbe beat Ilse Marden 6-4, 3-6, 7-6 (7-5) in the Zelby Open final, "
            "the Zelby Open said.\n")
    rally = ("Zelby Open final\n\nAt 5-5 in the third set Tessa Orbe saved a set point against Ilse Marden in the "
             "Zelby Open final, the Zelby Open said.\n")
    half = ("Harbour derby\n\nHarbour Rovers led Castleford 17-10 at the break in the Harbour derby, Rovers said.\n")
    result = ("Harbour derby\n\nHarbour Rovers beat Castleford 27-24 in the Harbour derby, Rovers said.\n")
    assert conflict_texts({"a.txt": sets, "b.txt": rally}) == []
    assert conflict_texts({"a.txt": half, "b.txt": result}) == []
    assert conflict_texts({"a.txt": result, "b.txt": result.replace("27-24", "27-21")}) == [["27-21", "27-24"]]


def test_scores_against_two_named_opponents_are_two_matches_whatever_their_words() -> None:
    semi = ("Tolvane Cup\n\nDrovane beat Saltby 1-0 in the Tolvane Cup on July 15 at Greywater Park, "
            "Drovane coach Ana Morel said.\n")
    final = ("Tolvane Cup\n\nDrovane beat Poloma 3-2 in the Tolvane Cup on July 15 at Greywater Park, "
             "Drovane coach Ana Morel said.\n")
    assert conflict_texts({"a.txt": semi, "b.txt": final}) == []


def test_a_running_total_is_not_one_days_figure() -> None:
    total = ("Cardell strike\n\nAbout 4,100 Cardell procedures had been cancelled since the strike began, "
             "Cardell said.\n")
    day_one = "Cardell strike\n\nAbout 2,300 Cardell procedures were cancelled on day one, Cardell said.\n"
    undated = day_one.replace(" on day one", "")
    assert conflict_texts({"a.txt": total, "b.txt": day_one}) == []
    assert conflict_texts({"a.txt": total, "b.txt": undated}) == [["About 2,300", "About 4,100"]]


def test_the_term_of_an_offer_is_not_a_span_of_years() -> None:
    one = "Cardell pay\n\nCardell offered a 5.4 percent raise over two years, Cardell said.\n"
    two = "Cardell pay\n\nNurses say a decade of raises trailed inflation, Cardell nurses said.\n"
    three = "Cardell pay\n\nCardell offered a 5.4 percent raise over three years, Cardell said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"a.txt": one, "b.txt": three}) == [["three years", "two years"]]


def test_a_span_after_a_verb_is_the_measure_not_a_figures_term() -> None:
    """"1.4 million households will lose power for three hours": a verb stands between the
    count and "for", so three hours is the cut's length, which another outlet's "2 hours" disputes."""
    one = ("Ardesia rationing\n\nSome 1.4 million Ardesia households will lose power for three hours at a time "
           "in rotating cuts, the Ardesia grid company said.\n")
    two = "Ardesia rationing\n\nEach Ardesia zone loses power for 2 hours at a time in rotating cuts, the Ardesia grid company said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["2 hours", "three hours"]]


def test_a_warm_night_is_not_the_days_high() -> None:
    night = "Orvel heat\n\nOrvel's warmest night on record stayed at 29.4C, the Orvel weather office said.\n"
    high = "Orvel heat\n\nOrvel's record high stood at 41.9C, the Orvel weather office said.\n"
    other_high = high.replace("41.9C", "29.4C").replace("stood at", "was")
    assert conflict_texts({"a.txt": night, "b.txt": high}) == []
    assert conflict_texts({"a.txt": high, "b.txt": other_high}) == [["29.4C", "41.9C"]]



def test_a_date_or_a_road_number_before_for_is_no_figure_the_duration_is_the_term_of() -> None:
    """"shut the plant on 4 May for 19 days" and "closed the B27 for 19 days": the date and the
    road's number are not a figure whose term the days are, so the days are the shutdown's."""
    dated = "Quellin plant\n\nThe fire on 4 May shut the Quellin plant for 19 days, the Quellin works council said.\n"
    other = "Quellin plant\n\nThe Quellin plant stood idle for 91 days after the fire, the Quellin works council said.\n"
    assert conflict_texts({"a.txt": dated, "b.txt": other}) == [["19 days", "91 days"]]
    road = "Quellin road\n\nA lorry fire closed the B27 for 19 days near Quellin, Quellin police said.\n"
    road_other = "Quellin road\n\nThe Quellin stretch of road was closed for 91 days after the lorry fire, Quellin police said.\n"
    assert conflict_texts({"a.txt": road, "b.txt": road_other}) == [["19 days", "91 days"]]


def test_a_figure_in_an_earlier_clause_does_not_make_a_duration_its_term() -> None:
    """"from 9,000 fans, and for three minutes ...": a new clause, so the minutes are not the term
    of the 9,000 (a "raise of 4% over two years" still is: see the test above)."""
    one = ("Tessel eclipse\n\nA cheer went up from 9,000 fans, and for three minutes and 14 seconds the Tessel sky "
           "went dark, the Tessel observatory said.\n")
    two = "Tessel eclipse\n\nThe Tessel sky went dark for three minutes and 41 seconds, the Tessel observatory said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["three minutes and 14 seconds", "three minutes and 41 seconds"]]


def test_all_of_a_whole_is_the_whole_not_a_part() -> None:
    """"all twelve of its lidos were closed" counts the closed lidos, as "9 lidos closed" does."""
    whole = "Varrow heat\n\nThe Varrow council said all twelve of its lidos were closed by noon.\n"
    count = "Varrow heat\n\nThe Varrow council closed 9 lidos by noon.\n"
    part = "Varrow heat\n\nThe Varrow council said twelve of its lidos were closed by noon.\n"
    assert conflict_texts({"a.txt": whole, "b.txt": count}) == [["9", "twelve"]]
    assert conflict_texts({"a.txt": part, "b.txt": count}) == []


def test_a_night_low_named_in_other_words_is_still_a_night_low() -> None:
    """"fell to minus 6C overnight" and "Overnight: temperatures drop to -9C" (the word seven words
    away) or "the coldest reading, -9C, just before dawn" are the same night's low; a sentence
    opening "It" does not borrow the night from the sentence before it."""
    night = "Carrow frost\n\nTemperatures at Carrow fell to minus 6C overnight, the Carrow weather office said.\n"
    dawn = "Carrow frost\n\nTemperatures at Carrow fell to minus 9C shortly before dawn, the Carrow weather office said.\n"
    assert conflict_texts({"a.txt": night, "b.txt": dawn}) == [["minus 6C", "minus 9C"]]
    high = ("Carrow heat\n\nBy last night the Carrow blaze had burnt 400 hectares. It was fed by heat that pushed "
            "the Carrow airport thermometer to 39.2C on Sunday, the Carrow weather office said.\n")
    other_high = "Carrow heat\n\nThe Carrow airport thermometer reached 41.7C on Sunday, the Carrow weather office said.\n"
    assert conflict_texts({"a.txt": high, "b.txt": other_high}) == [["39.2C", "41.7C"]]


def test_kindred_nouns_name_one_count() -> None:
    """"17 stores" and "a dozen shops", "2,840 passengers" and "2,480 holidaymakers": one count
    under two nouns; "17 stores" and "12 vans" still count different things."""
    stores = "Fenlow grocer\n\nFenlow Grocers will close 17 stores next year, Fenlow Grocers said.\n"
    shops = "Fenlow grocer\n\nFenlow Grocers will close 12 shops next year, Fenlow Grocers said.\n"
    vans = "Fenlow grocer\n\nFenlow Grocers will close 12 vans next year, Fenlow Grocers said.\n"
    assert conflict_texts({"a.txt": stores, "b.txt": shops}) == [["12", "17"]]
    assert conflict_texts({"a.txt": stores, "b.txt": vans}) == []


def test_an_age_groups_figure_is_not_the_whole_trials() -> None:
    whole = "Norvex trial\n\nIn the Norvex trial the vaccine showed 64% efficacy, Norvex officials said.\n"
    elderly = "Norvex trial\n\nIn the Norvex trial efficacy fell to 58% in participants aged 75 and older, Norvex officials said.\n"
    other = elderly.replace(" in participants aged 75 and older", "")
    assert conflict_texts({"a.txt": whole, "b.txt": elderly}) == []
    assert conflict_texts({"a.txt": whole, "b.txt": other}) == [["58%", "64%"]]


def test_an_undated_figure_matching_one_day_of_a_series_is_that_day() -> None:
    feature = ("Emberly crush\n\n21 July 2026\n\nAt the Emberly festival, seventeen people were taken to hospital, "
               "Emberly organisers said.\n")
    series = ("# Emberly crush: the numbers\n\n21 July 2026\n\nEmberly organisers gave these figures for the "
              "Emberly festival.\n\n| Day | Taken to hospital |\n|---|---|\n| Sun 19 July | 11 |\n"
              "| Mon 20 July | 17 |\n")
    wrong = series.replace("| Mon 20 July | 17 |", "| Mon 20 July | 15 |")
    assert conflict_texts({"a.txt": feature, "b.txt": series}) == []
    assert conflict_texts({"a.txt": feature, "b.txt": wrong}) != []


def test_turnout_is_owned_by_no_party() -> None:
    turnout = "Tarrow mayoral race\n\nTurnout in the Tarrow mayoral race was 47.3%, Tarrow officials said.\n"
    share = "Tarrow mayoral race\n\nTaxpayers Voice took 9% in the Tarrow mayoral race, Tarrow officials said.\n"
    other_turnout = turnout.replace("47.3%", "41.2%")
    assert conflict_texts({"a.txt": turnout, "b.txt": share}) == []
    assert conflict_texts({"a.txt": turnout, "b.txt": other_turnout}) == [["41.2%", "47.3%"]]


def test_votes_told_against_each_other_belong_to_their_own_candidates() -> None:
    """'Brask took 104,760 votes to Sallow's 89,160': 104,760 is Brask's, not Sallow's."""
    one = ("Tarrow mayor\n\nMs Brask won the Tarrow mayoral race. Brask took 104,760 votes to Sallow's 89,160, "
           "Tarrow officials said. Mr Sallow conceded.\n")
    names = {r.claim.text: {n for n in r.names if n[:1] not in "^=@~"} for r in records({"a.txt": one})}
    assert names["104,760"] == {"brask"}


def test_a_referendums_turnout_is_not_the_mayoral_races() -> None:
    mayoral = "Tarrow votes\n\nTurnout in the Tarrow mayoral race was 47.3%, Tarrow officials said.\n"
    referendum = "Tarrow votes\n\nTurnout in the Tarrow referendum was 46.1%, Tarrow officials said.\n"
    again = referendum.replace("referendum", "mayoral race")
    assert conflict_texts({"a.txt": mayoral, "b.txt": referendum}) == []
    assert conflict_texts({"a.txt": mayoral, "b.txt": again}) == [["46.1%", "47.3%"]]


def test_a_majority_threshold_and_an_opinion_poll_are_not_results() -> None:
    result = "Tarrow council\n\nCity First won 24 seats on the Tarrow council, Tarrow officials said.\n"
    threshold = "Tarrow council\n\nCity First needs 31 seats for a majority on the Tarrow council, Tarrow officials said.\n"
    poll = "Tarrow council\n\nA final opinion poll had put City First on 28 seats on the Tarrow council, Tarrow officials said.\n"
    assert conflict_texts({"a.txt": result, "b.txt": threshold}) == []
    assert conflict_texts({"a.txt": result, "b.txt": poll}) == []


def test_a_move_since_an_event_is_not_the_days_move() -> None:
    since = "Quenby shares\n\nQuenby shares are down 14% since disclosure of the Quenby attack, traders said.\n"
    day = "Quenby shares\n\nQuenby shares lost 8.3% on the day the Quenby attack was disclosed, traders said.\n"
    other_since = since.replace("14%", "11%")
    assert conflict_texts({"a.txt": since, "b.txt": day}) == []
    assert conflict_texts({"a.txt": since, "b.txt": other_since}) == [["11%", "14%"]]


def test_another_count_in_the_sentence_excuses_nothing_when_it_counts_other_things() -> None:
    """'licensed for 56,000 people, yet more than 62,000 tickets were sold': the tickets do
    not state a capacity of 65,000."""
    one = "Corran festival\n\nThe Corran festival site is licensed for 65,000 people a day, Corran officials said.\n"
    two = ("Corran festival\n\nThe Corran festival site is licensed for 56,000 people a day, yet more than 62,000 "
           "tickets were sold, Corran officials said.\n")
    (texts,) = conflict_texts({"a.txt": one, "b.txt": two})
    assert {"56,000", "65,000"} <= set(texts)


def test_net_and_operating_profit_are_different_figures() -> None:
    a = ("Tarvik Foods results\n\nTarvik Foods said underlying operating profit was £436 million last year, "
         "Tarvik Foods chief executive Ola Brenn said.\n")
    b = ("Tarvik Foods profit falls\n\nTarvik Foods chief executive Ola Brenn said net profit was £178 million last year "
         "at Tarvik Foods.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []
    assert conflict_texts({"a.txt": a, "b.txt": b.replace("net profit", "underlying operating profit")}) != []


def test_an_earlier_eruption_date_never_meets_the_current_one() -> None:
    a = ("Askel volcano erupts\nPublished 14 May 2028\n\nThe Askel volcano in Norvia began erupting late on May 13, "
         "Norvia's civil protection agency said. Askel last erupted in 1961, Norvia's civil protection agency said.\n")
    b = ("Askel eruption\nPublished 15 May 2028\n\nThe eruption, Askel's first since 1916, began on Saturday in Norvia, "
         "Norvia's civil protection agency said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["1916", "1961"]]


def test_a_change_since_the_start_of_the_year_is_not_the_days_move() -> None:
    a = "Tarvik Motors shares\n\nTarvik Motors shares fell 6.2% on Tuesday after the Tarvik Motors recall, traders in Osk said.\n"
    b = ("Tarvik Motors recall\n\nTarvik Motors shares have lost 21% since the start of the year after the Tarvik Motors "
         "recall, traders in Osk said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []
    assert conflict_texts({"a.txt": a, "b.txt": b.replace(" since the start of the year", " on Tuesday")}) != []


def test_one_storys_dates_of_the_last_eruption_meet_whatever_the_words() -> None:
    a = ("Askel volcano erupts\nPublished 14 May 2028\n\nAskel, which towers over the Norvia valley, last erupted "
         "in 1961, when hundreds fled, Norvia's civil protection agency said.\n")
    b = ("Askel eruption: key facts\nPublished 15 May 2028\n\nThe Askel volcano in Norvia is erupting.\n\n"
         "| Askel | |\n|---|---|\n| Height | 1,874 m |\n| Previous eruption | 1916 |\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["1916", "1961"]]


def test_kindred_nouns_count_one_thing() -> None:
    """'recalled 310,000 cars' and '310,000 vehicles' in October 2028 are one recall; this
    year's 1.27 million is another, and the older figure stated by both keeps them apart."""
    a = ("Brenmoor Motors recall\nPublished 16 October 2029\n\nBrenmoor Motors recalled 1.27 million cars over a "
         "fire risk, Brenmoor Motors said. Twelve months ago Brenmoor Motors recalled 310,000 cars over faulty sensors.\n")
    b = ("Brenmoor Motors recalls vehicles\nPublished 16 October 2029\n\nBrenmoor Motors is recalling almost 1.3 million "
         "vehicles, Brenmoor Motors said. In October 2028 Brenmoor Motors recalled 310,000 vehicles over faulty sensors.\n")
    records = extract_article(a, "a.txt") + extract_article(b, "b.txt")
    assert reconcile(records).conflicts == []
    records = extract_article(a, "a.txt") + extract_article(b.replace("310,000 vehicles", "360,000 vehicles"), "b.txt")
    assert any({"310,000", "360,000"} <= {c.text for c in conflict.claims} for conflict in reconcile(records).conflicts)


def test_a_fall_below_an_earlier_level_is_not_a_days_move() -> None:
    a = "Tesk Line shares\n\nTesk Line shares fell 4.7% in Osk on Monday after the grounding, Tesk Line said.\n"
    b = ("Tesk Line grounding\n\nTesk Line shares in Osk closed on Monday 11.4% below their level before the "
         "grounding, Tesk Line said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []


def test_one_figure_of_a_measure_for_one_day_in_each_article_is_one_figure() -> None:
    """'fifty-eight people were confirmed dead on Friday' and a table's '| Fri 13 Feb | 63 |'
    under 'Killed' share no word, but each article gives one death toll for that day."""
    a = ("Telmo dam disaster\nPublished 14 February 2032\n\nRescuers in Telmo said fifty-eight people were confirmed dead "
         "on Friday as the search of the Telmo mud went on.\n")
    b = ("Telmo dam collapse: the toll by day\nPublished 17 February 2032\n\nThe Telmo dam collapsed on Tuesday.\n\n"
         "| Day | Killed |\n|---|---|\n| Thu 12 Feb | 40 |\n| Fri 13 Feb | 63 |\n| Sat 14 Feb | 71 |\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["63", "fifty-eight"]]
    assert conflict_texts({"a.txt": a.replace("fifty-eight", "sixty-three"), "b.txt": b}) == []


def test_a_bound_far_below_a_sentences_other_figure_is_not_stated_by_it() -> None:
    """'took 104,760 votes ..., a margin of 15,600' does not state 'a margin of more than 25,000'
    just because 104,760 is more than 25,000."""
    a = ("Tarn mayoral vote\n\nIn the Tarn mayoral vote Ilse Brask took 104,760 votes, a margin of 15,600 votes "
         "over Tarn mayor Piet Sallow.\n")
    b = ("Tarn elects Brask\n\nIn the Tarn mayoral vote Ilse Brask won with a margin of more than 25,000 votes over "
         "Tarn mayor Piet Sallow.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["15,600", "more than 25,000"]]


@pytest.mark.parametrize("sentence, part", [
    ("Some 1,700 of its people will lose their jobs.", False),
    ("Seventy-two of the ninety-six departures were scrubbed.", False),
    ("Eleven of the injured were children.", True),
    ("The notice covers 23 of the city's 41 districts.", False),
])
def test_a_part_of_a_whole_counted_before(sentence: str, part: bool) -> None:
    """'Eleven of the injured' is a part of a group counted before; 'of its people' (the whole
    organisation) and 'of the ninety-six' (the whole's size) are not."""
    from claimcheck.reconcile.scope import is_partitive
    record = next(r for r in records({"a.txt": sentence + "\n"}) if r.claim.kind.value == "count")
    assert is_partitive(record) is part


def test_a_span_of_years_in_another_clause_is_not_the_figures() -> None:
    from claimcheck.reconcile.scope import covers_past_years
    text = ("Reserves stood at $36.8 billion at the end of February, the bank said, as it sold dollars to steady the "
            "lira, which has lost about eleven per cent of its value over the past twelve months.\n")
    by_text = {r.claim.text: r for r in records({"a.txt": text})}
    assert not covers_past_years(by_text["$36.8 billion"]) and covers_past_years(by_text["about eleven per cent"])


def test_an_agreeing_figure_that_matches_about_as_well_excuses_a_look_alike() -> None:
    """A table row's 1,090 matches the prose 1,090 a shade less well than another row's 14,300
    does (0.307 against 0.309): about as well is enough; much worse is not."""
    from claimcheck.reconcile.cluster import Link
    from claimcheck.reconcile.conflicts import _closer_match_agrees, _neighbours_by_source
    recs = records({"a.txt": "Medicine had 1,090 places.\n", "b.txt": "| Course | Places |\n|---|---|\n"
                    "| Medicine | 1,090 |\n| Law | 14,300 |\n"})
    prose, row, other_row = (next(i for i, r in enumerate(recs) if r.claim.source == s and r.claim.text == t)
                             for s, t in (("a.txt", "1,090"), ("b.txt", "1,090"), ("b.txt", "14,300")))
    for agreeing_score, excused in ((0.307, True), (0.25, False)):
        links = [Link(prose, other_row, 0.309), Link(row, prose, agreeing_score)]
        scores = {(min(k.a, k.b), max(k.a, k.b)): k.score for k in links}
        assert _closer_match_agrees(links[0], _neighbours_by_source(links, recs), scores, recs) is excused


def test_one_storys_founding_dates_meet_when_one_side_names_no_one() -> None:
    a = ("Sketeal FC sign Yara Lund\nPublished 7 March 2019\n\nSketeal FC have signed Yara Lund from Tryl. "
         "The club was founded on October 2, 1987 and last won the league in the 1990s.\n")
    b = ("Sketeal FC unveil Yara Lund\nPublished 7 March 2019\n\nYara Lund joined Sketeal FC from Tryl. "
         "Sketeal FC, founded on 2 October 1991, have never paid more for a player.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["2 October 1991", "October 2, 1987"]]
    other_club = b.replace("Sketeal FC, founded", "Tryl, founded")
    assert conflict_texts({"a.txt": a.replace("The club was", "Sketeal FC was"), "b.txt": other_club}) == []


def test_a_figure_its_clause_denies_is_not_the_one_that_happened() -> None:
    a = "Pelgrave cuts jobs\n\nPelgrave Appliances said 1,400 jobs at Pelgrave plants are affected by the cuts.\n"
    b = "Pelgrave cuts\n\nPelgrave Appliances said 900 jobs at Pelgrave plants are not affected by the cuts.\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []
    assert conflict_texts({"a.txt": a, "b.txt": b.replace(" are not affected", " are affected")}) == [["1,400", "900"]]


def test_the_edges_of_age_groups_are_never_compared() -> None:
    a = "Velt census\n\nIn the Velt census the number of people aged 85 and over rose to 211,400, Velt statisticians said.\n"
    b = "Velt census\n\nIn the Velt census the share of people aged 65 and over rose to 19.4%, Velt statisticians said.\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []


def test_an_undated_figure_speaks_of_the_recent_months_not_of_last_year() -> None:
    a = ("Brenmoor recall\nPublished 16 October 2029\n\nBrenmoor Motors recalled 1.27 million cars over a fire risk, "
         "Brenmoor Motors said.\n")
    b = ("Brenmoor recall\nPublished 16 October 2029\n\nIn October 2028 Brenmoor Motors recalled 310,000 cars over a "
         "fire risk, Brenmoor Motors said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []
    assert conflict_texts({"a.txt": a, "b.txt": b.replace("October 2028", "September 2029")}) != []


def _bridge_pair(length_a: str, length_b: str) -> list[list[str]]:
    one = f"Harbourtown opens Vestra bridge\n\nThe Vestra bridge in Harbourtown is {length_a} long, the Vestra agency said.\n"
    two = f"Vestra crossing open\n\nHarbourtown's new Vestra bridge is {length_b} long, Harbourtown officials said.\n"
    return conflict_texts({"a.txt": one, "b.txt": two})


@pytest.mark.parametrize(("length_a", "length_b"), [
    ("800 km", "1,100 km"),       # an ordinary disagreement
    ("2.4 km", "24 km"),          # a zero too many
    ("1.9 km", "9.1 km"),         # swapped digits, 4.8 times apart
    ("1,200 metres", "1,200 feet"),  # metres read as feet
])
def test_plausible_misreports_are_reported(length_a: str, length_b: str) -> None:
    assert len(_bridge_pair(length_a, length_b)) == 1


@pytest.mark.parametrize(("length_a", "length_b"), [("1.2 km", "8.6 km"), ("3 km", "40 km")])
def test_figures_many_times_apart_are_two_measures_not_a_misreport(length_a: str, length_b: str) -> None:
    """Outlets misreport within a few times the true value; 7 or 13 times apart with no slip
    to explain it is far likelier two measures sharing words."""
    assert _bridge_pair(length_a, length_b) == []


def test_an_average_age_in_one_year_does_not_meet_another_years() -> None:
    one = "Corvel census\n\nThe median age in Corvel rose to 41.3 years in 2029, the Corvel statistics office said.\n"
    two = "Corvel census\n\nThe median age in Corvel was 39.6 years in 2019, the Corvel statistics office said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"a.txt": one, "b.txt": two.replace("2019", "2029")}) == [["39.6 years", "41.3 years"]]


def test_a_peak_gust_and_gusts_that_reached_a_speed_are_one_measure() -> None:
    one = "Caddrin storm\n\nGusts on the Caddrin Pass reached 140 km/h (87 mph) on Saturday, the Vintara weather office said.\n"
    two = "Caddrin storm\n\nThe peak gust on the Caddrin Pass on Saturday was 140 mph, the Vintara weather office said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["140 km/h (87 mph)", "140 mph"]]
    sustained = two.replace("peak gust", "sustained wind")
    assert conflict_texts({"a.txt": one, "b.txt": sustained}) == []


def test_swapped_digits_keep_their_places() -> None:
    """'12 per cent' and '2.1 pct' share digits, but not a slip of two swapped digits."""
    assert _bridge_pair("12 km", "2.1 km") == []
    assert len(_bridge_pair("1.2 km", "2.1 km")) == 1


def test_a_duration_with_no_figure_before_it_is_the_measure_not_a_term() -> None:
    one = "Aurivane outage\n\nThe Aurivane outage lasted about 19 hours, Aurivane said.\n"
    two = "Aurivane outage\n\nAurivane says the system was down for some 13 hours after the Aurivane outage.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["about 19 hours", "some 13 hours"]]


def test_an_old_level_told_as_the_current_one_is_disputed() -> None:
    raised = "Velmar dock strike\n\nTideline raised its Velmar pay offer to 7.5% from 6%, the Velmar union said.\n"
    stale = "Velmar dock strike\n\nTideline's Velmar pay offer is 6%, the Velmar union said.\n"
    dated = "Velmar dock strike\n\nTideline's Velmar pay offer was 6% in May 2032, the Velmar union said.\n"
    assert conflict_texts({"a.txt": raised, "b.txt": stale}) == [["6%", "7.5%"]]
    assert conflict_texts({"a.txt": raised, "b.txt": dated}) == []


def test_an_article_that_also_gives_the_others_figure_tells_two_figures_apart() -> None:
    """B's cumulative 6,800 meets A's 4,200, but B gives 4,200 too (this round's cuts): B tells
    the two apart, and disputes nothing A says.  When B's own figure for the round differs,
    that is still reported."""
    one = "Nimbrel job cuts\n\nNimbrel Systems will cut 4,200 jobs, Nimbrel said on Monday.\n"
    two = ("Nimbrel job cuts\n\n| Nimbrel round | Jobs cut |\n|---|---|\n| This round | 4,200 |\n\n"
           "Across the two rounds Nimbrel will have cut 6,800 jobs.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    disputed = conflict_texts({"a.txt": one, "b.txt": two.replace("| 4,200 |", "| 4,600 |")})
    assert any({"4,200", "4,600"} <= set(texts) for texts in disputed)



def test_an_article_giving_two_sources_figures_without_disputing_tells_them_apart() -> None:
    """B names the union for this round's 4,200 and Nimbrel for the two rounds' 6,800: two
    sources, but nothing in B sets one figure against the other, so B tells two figures apart."""
    one = "Nimbrel job cuts\n\nNimbrel Systems will cut 4,200 jobs, Nimbrel said on Monday.\n"
    two = ("Nimbrel job cuts\n\nThis round Nimbrel will cut 4,200 jobs, the Nimbrel union said. "
           "Across the two rounds Nimbrel will have cut 6,800 jobs, Nimbrel said.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []


def test_an_article_relaying_another_sources_figure_still_disputes_it() -> None:
    """B gives its own $120m and, from a named source, a rival $410m: B relays a dispute over
    one figure, so A's $410m is still disputed by B's $120m."""
    one = "Arvel-Dusk trade\n\nIn 2020, trade between Arvel and Dusk reached a record $410 million.\n"
    two = ("Arvel-Dusk trade\n\nIn 2020, trade between Arvel and Dusk stood at almost $120 million. "
           "However, Dusk's trade minister Ilse Varn stated the true figure for Arvel-Dusk trade was $410 million.\n")
    assert any({"$410 million", "almost $120 million"} <= set(texts)
               for texts in conflict_texts({"a.txt": one, "b.txt": two}))


def test_a_slip_between_time_units_is_a_plausible_misreport() -> None:
    """'163 days' against '163 weeks' is seven times apart, a slip of units; 17 times apart
    with no unit to explain it is two different waits."""
    one = "Brindle hospital audit\n\nThe Brindle audit found the longest hospital wait at Brindle was 163 days, for a hip.\n"
    two = one.replace("163 days", "163 weeks")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["163 days", "163 weeks"]]
    assert conflict_texts({"a.txt": one, "b.txt": one.replace("163 days", "2,900 days")}) == []


def test_a_negation_in_a_relative_clause_does_not_deny_the_figure() -> None:
    """'lists that were never reported' denies the reporting, not the 4,870 patients; 'the
    4,870 are not affected' is another figure."""
    one = ("Brindle audit\n\nThe Brindle trust kept 4,870 patients on unofficial waiting lists that were never "
           "reported, the Brindle audit found.\n")
    two = "Brindle audit\n\nThe Brindle audit found 4,780 patients on the Brindle trust's unofficial waiting lists.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["4,780", "4,870"]]
    denied = ("Brindle audit\n\nThe Brindle audit found 4,870 patients on the Brindle trust's unofficial waiting "
              "lists are not affected.\n")
    assert conflict_texts({"a.txt": denied, "b.txt": two}) == []


def test_jobs_posts_and_roles_count_the_same_thing() -> None:
    one = "Calder-Fenmar merger\n\nCalder Bank and Fenmar Bank said 1,850 jobs will go after the Calder-Fenmar merger.\n"
    two = one.replace("1,850 jobs", "1,580 posts")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == [["1,580", "1,850"]]
    assert conflict_texts({"a.txt": one, "b.txt": one.replace("1,850 jobs", "1,580 branches")}) == []


def test_dates_generations_apart_are_two_events_unless_a_digit_slipped() -> None:
    founded = "Karvel Mills history\n\nKarvel Mills was founded on 24 February 1962 in Orst, Karvel Mills said.\n"
    assert conflict_texts({"a.txt": founded, "b.txt": founded.replace("1962", "1956")}) == [
        ["24 February 1956", "24 February 1962"]]  # six years: a misdated founding
    assert conflict_texts({"a.txt": founded, "b.txt": founded.replace("1962", "1926")}) == [
        ["24 February 1926", "24 February 1962"]]  # two digits swapped
    assert conflict_texts({"a.txt": founded, "b.txt": founded.replace("1962", "1896")}) == []
    now = "Vardel eruption\n\nVardel volcano began erupting on 13 May 2028, the Vardel observatory said.\n"
    then = "Vardel eruption\n\nIn 1961 Vardel volcano erupted for five months, the Vardel observatory said.\n"
    assert conflict_texts({"a.txt": now, "b.txt": then}) == []


def test_a_name_one_article_leads_with_and_the_other_recurs_to_is_one_story() -> None:
    """The wire leads with the country ("Merovane"); the local feature leads with its town and
    its cleaner but keeps coming back to the country: one story.  A name neither leads with
    does not make one."""
    from claimcheck.reconcile.cluster import Story, different_stories

    wire = Story(frozenset({"^merovane", "^volkenhayn", "^ewald"}), frozenset({"^merovane", "^volkenhayn"}))
    feature = Story(frozenset({"^saltreve", "^orbelle", "^merovane", "^falkstrom"}), frozenset({"^saltreve", "^orbelle"}))
    assert not different_stories(wire, feature)
    other = Story(frozenset({"^kelvray", "^ossenby", "^merovane"}), frozenset({"^kelvray", "^ossenby"}))
    assert different_stories(feature, other)  # "merovane" is neither's lead


def test_a_date_without_its_year_agrees_with_the_full_date_once_the_year_is_taken() -> None:
    """'Sept 14' in a February 2031 article is read as September 2030; the year is a guess, so
    another outlet's '14 September 2029' is no contradiction.  A different day still is."""
    one = ("BRENMOOR, Feb 11, 2031 (Lanternpost) - The Wendle Point extension of the Brenmoor metro, "
           "which opened on Sept 14, carried 9.8 mln journeys, the Brenmoor Transit Authority said.\n")
    two = ("Brenmoor metro\n\n11 February 2031\n\nThe Wendle Point extension of the Brenmoor metro opened on "
           "14 September 2029, the Brenmoor Transit Authority said.\n")
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"a.txt": one, "b.txt": two.replace("14 September 2029", "18 September 2030")}) == [
        ["18 September 2030", "Sept 14"]]


def test_a_rise_and_a_fall_of_different_sizes_are_two_moves() -> None:
    """'up 21.9%' against 'fell 3.1 pct' is two companies' shares, not a rise told as a fall;
    'up 3.1%' against 'fell 3.1 pct' is a direction slipped."""
    rise = "Fenmor shares\n\nFenmor Bank shares rose 21.9% on Tuesday after the Fenmor Bank deal.\n"
    fall = "Fenmor shares\n\nFenmor Bank shares fell 3.1% on Tuesday after the Fenmor Bank deal.\n"
    assert conflict_texts({"a.txt": rise, "b.txt": fall}) == []
    assert conflict_texts({"a.txt": rise.replace("21.9%", "3.1%"), "b.txt": fall}) == [["3.1%", "3.1%"]]


def test_a_share_move_during_the_day_is_not_the_close() -> None:
    close = "Fenmor shares\n\nFenmor Bank shares closed up 21.9% on Tuesday after the Fenmor Bank deal.\n"
    during = "Fenmor shares\n\nFenmor Bank shares were up 22.6% by 1530 GMT on Tuesday after the Fenmor Bank deal.\n"
    assert conflict_texts({"a.txt": close, "b.txt": during}) == []
    assert conflict_texts({"a.txt": close, "b.txt": during.replace(" by 1530 GMT", "")}) == [["21.9%", "22.6%"]]


def test_how_long_an_earlier_event_lasted_is_not_this_ones_length() -> None:
    """'Last summer's strike ... over three days' is another strike than the one in the news;
    with no time of its own, 'over three days' is the present strike's and still disputes it."""
    now = ("VASSEL, June 3, 2030 (Corran Wire) - Pilots at Altmere Airways cancelled 1,150 Altmere flights "
           "over two days of strike action, Altmere said.\n")
    before = ("Altmere strike\n\nJune 4, 2030\n\nLast summer's strike at Altmere Airways grounded 700 Altmere flights "
              "over three days, Altmere said.\n")
    assert conflict_texts({"a.txt": now, "b.txt": before}) == []
    undated = before.replace("Last summer's strike", "The strike").replace("700", "1,150")
    assert conflict_texts({"a.txt": now, "b.txt": undated}) == [["three days", "two days"]]


def test_an_inflation_rate_meets_the_rise_in_prices_it_is() -> None:
    """'inflation was 3.8%' (a level) is the rise 'consumer prices rose 3.1%' (a change) speaks
    of; another kind of level ('the jobless rate was 3.8%') is not."""
    rise = ("Merovane prices\n\nMerovane consumer prices rose 3.1 pct in the year to September 2029, "
            "the Merovane statistics office said.\n")
    rate = ("Merovane prices\n\nWhat the Merovane statistics office says about Merovane prices.\n\n"
            "| Merovane figure | Value | Period |\n|---|---|---|\n"
            "| Consumer price inflation | 3.8% | September 2029 |\n")
    assert conflict_texts({"a.txt": rise, "b.txt": rate}) == [["3.1 pct", "3.8%"]]
    jobless = rate.replace("Consumer price inflation", "Consumer jobless rate")
    assert conflict_texts({"a.txt": rise, "b.txt": jobless}) == []


def test_an_article_published_before_a_revised_estimate_does_not_dispute_it() -> None:
    """A 10 June wire's '$40-45 million' could not report the estimate revised on 11 June; an
    article published after the revision that still gives the old figure does dispute it."""
    old = ("MARROW, June 10, 2026 (Tide Wire) - Tessmar Oil estimated the cost of the Marrow "
           "clean-up at $40-45 million, Tessmar said.\n")
    new = ("Marrow spill\n\n12 June 2026\n\nTessmar Oil's latest Marrow clean-up estimate, issued on Thursday "
           "11 June, is $58mn, Tessmar said.\n")
    assert conflict_texts({"a.txt": old, "b.txt": new}) == []
    late = old.replace("June 10, 2026", "June 12, 2026")
    assert conflict_texts({"a.txt": late, "b.txt": new}) == [["$40-45 million", "$58mn"]]


@pytest.mark.parametrize("subset", [
    "The last two bidders at the Harrowby sale traded offers for nine minutes.",
    "Together with three other bidders at the Harrowby sale, Olsby lost.",
])
def test_some_of_a_group_is_not_the_group(subset: str) -> None:
    """'the last two bidders' and 'three other bidders' are part of the six at the sale."""
    whole = "Harrowby sale\n\nSix bidders took part in the Harrowby sale, Harrowby said.\n"
    assert conflict_texts({"a.txt": whole, "b.txt": "Harrowby sale\n\n" + subset + "\n"}) == []
    told_wrong = "Harrowby sale\n\nTwo bidders took part in the Harrowby sale, Harrowby said.\n"
    assert conflict_texts({"a.txt": whole, "b.txt": told_wrong}) == [["Six", "Two"]]


@pytest.mark.parametrize("each", [
    "Each of the four Ostvel survey boats carried nine observers.",
    "The four Ostvel survey boats carried nine observers each.",
    "The Ostvel survey used four boats, each carrying nine observers.",
    "The Ostvel survey sent out four boats, each with nine observers.",
])
def test_a_figure_for_each_is_not_the_total(each: str) -> None:
    total = "Ostvel survey\n\nThe Ostvel survey used 36 observers on four boats.\n"
    assert conflict_texts({"a.txt": total, "b.txt": "Ostvel survey\n\n" + each + "\n"}) == []
    wrong_total = "Ostvel survey\n\nThe Ostvel survey used nine observers on four boats.\n"
    assert conflict_texts({"a.txt": total, "b.txt": wrong_total}) == [["36", "nine"]]


def test_the_reason_does_not_depend_on_the_order_links_were_found_in() -> None:
    """Two outlets say 2.4 km, one 3.1 km: both disagreeing pairs are as far apart, and the
    reason names the same pair whichever link comes first (link order follows string hashing)."""
    from claimcheck.reconcile.cluster import find_links

    recs = records({"a.txt": BRIDGE_A, "b.txt": BRIDGE_B, "c.txt": BRIDGE_A})
    links = find_links(recs, WordWeights(recs))
    reasons = {tuple(c.reason for c in reconcile(recs, order).conflicts) for order in (links, links[::-1])}
    assert len(reasons) == 1 and reasons.pop()


# Two articles of one story whose sentences share no word next to the figure.
_SLIP_A = ("Pellow Mills to close Tarnby plant\n\nPellow Mills will close its Tarnby flour plant next year, "
           "the Pellow Mills board said. {a} will be lost at Tarnby, the board said.\n")
_SLIP_B = ("Tarnby braces for Pellow Mills exit\n\nThe Tarnby plant opened in 1962. Pellow Mills told the "
           "town council on Monday that {b} would go when Tarnby closes.\n")


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("1,850 jobs", "1,580 posts", "two swapped"),  # neighbouring digits swapped
    ("A total of £4.8 million", "£4.8 billion", "another scale"),  # the same number at another scale
    ("A total of £438 million", "£4.38bn", "another scale"),  # ... with the point moved to another scale word
])
def test_one_figure_misprinted_links_without_shared_words(a: str, b: str, slip: str) -> None:
    found = reconcile(records({"a.txt": _SLIP_A.format(a=a), "b.txt": _SLIP_B.format(b=b)})).conflicts
    assert len(found) == 1 and slip in found[0].reason
    assert found[0].is_at_least(0.6)  # the misprint itself is the evidence: not a low-confidence guess


@pytest.mark.parametrize(("a", "b"), [
    ("1,850 jobs", "1,200 posts"),  # different digits: no evidence they are one figure
    ("140 jobs", "14 posts"),  # two digits at another scale are usually two figures
    ("1,850 jobs", "5,810 posts"),  # digits reshuffled beyond one swap
    ("£2,150", "£215"),  # the same digits at the same scale word: usually two figures
    ("61 jobs", "61 million posts"),  # two digits, once bare and once scaled: usually two figures
])
def test_other_figures_without_shared_words_stay_apart(a: str, b: str) -> None:
    assert reconcile(records({"a.txt": _SLIP_A.format(a=a), "b.txt": _SLIP_B.format(b=b)})).conflicts == []


def test_spans_of_time_with_the_same_digits_are_not_a_misprint() -> None:
    """'14 months' and '14 years' in two articles of one story, with no word in common near
    them, are two spans (a refit and a tenure), not one misprinted; a length's '14 km' and '14
    miles' would be."""
    a = _SLIP_A.format(a="A refit lasting 14 months")
    b = _SLIP_B.format(b="the plant it has run for 14 years")
    assert reconcile(records({"a.txt": a, "b.txt": b})).conflicts == []


@pytest.mark.parametrize(("later", "conflicts"), [
    ("1.7 million", True),  # a total so far cannot fall two days on
    ("3.4 million", False),  # it may rise
])
def test_a_total_so_far_may_rise_between_days_but_not_fall(later: str, conflicts: bool) -> None:
    first = ("Estovia cull passes 2.9 mln birds\n\nHATHERBY, Estovia, Nov 17, 2033 (Veritel Wire) - Estovia had "
             "culled 2.9 mln birds on Hatherby farms by Nov. 17 since bird flu was confirmed there, the ministry said.\n")
    second = ("Hatherby bird flu: the cull\n\nHATHERBY, Estovia, Nov 19, 2033 - Estovia has culled " + later
              + " birds on Hatherby farms so far, the ministry said.\n")
    assert bool(conflict_texts({"a.txt": first, "b.txt": second})) is conflicts


def test_a_rate_written_with_an_adjective_is_the_same_rate() -> None:
    """'€2,846 a month' and 'the average monthly wage, €2,486' are one rate written two ways."""
    a = ("Corsavia wages\n\nCorsavia's average gross wage rose to €2,846 a month in the third quarter, "
         "Corsavia's statistics office CORSTAT said.\n")
    b = ("Corsavia pay gap\n\nIn Corsavia the average gross monthly wage reached €2,486 in the third quarter, "
         "CORSTAT said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["€2,486", "€2,846"]]


def test_a_toll_with_no_day_holds_on_the_day_its_article_appeared() -> None:
    """Thursday's paper: 'Twenty-three people were hurt' (no day); Wednesday's wire: 21 injured
    on Wednesday.  The count rose by the day the paper appeared; 25 on Wednesday could not have
    fallen to 23 by Thursday."""
    paper = ("Orsk blast\n\nThursday 11 March 2032\n\nTwenty-three people were hurt in the Orsk plant blast, "
             "according to Orsk Regional Hospital.\n")
    for earlier, conflicts in (("Twenty-one", False), ("Twenty-five", True)):
        wire = ("Orsk plant blast\n\nORSK, March 10, 2032 (Skarn Wire) - " + earlier + " people were injured in "
                "the Orsk plant blast on Wednesday, Orsk Regional Hospital said.\n")
        assert bool(conflict_texts({"a.txt": paper, "b.txt": wire})) is conflicts


def test_a_day_named_but_not_dated_compares_only_with_the_same_words() -> None:
    """'on the coldest night more than 1,600' and 'about 1,300 on Tuesday night' are two nights."""
    a = ("Hallow ice storm\n\nHALLOW, Jan 15, 2031 - Hallow county opened 14 warming centres; on the coldest night "
         "more than 1,600 people slept in the Hallow centres.\n")
    b = ("Hallow storm\n\nHALLOW, Jan 15, 2031 (Wire) - The Hallow warming centres were used by about 1,300 people "
         "on Tuesday night, Hallow county said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []


def test_a_part_of_a_stated_whole_does_not_dispute_the_whole() -> None:
    story = "Kelmor Data's site near Ardlow draws water from the Ardlow reservoir, the Kelmor Data filings show."
    articles = {
        "a.txt": story + " Kelmor Data said two of the four halls were already running on dry coolers overnight.",
        "b.md": story + "\n\n- **Cooling:** four halls using evaporative cooling towers, with dry coolers as backup.\n",
    }
    assert conflict_texts(articles) == []
    # two parts of that whole are still compared
    articles["b.md"] = story + " Kelmor Data said three of the four halls were already running on dry coolers overnight."
    assert conflict_texts(articles) == [["three", "two"]]


def test_shares_of_different_groups_of_people_are_different_figures() -> None:
    story = "Velmora University admissions: Velmora University published its admissions figures."
    articles = {
        "a.txt": story + " International students made up 14.2 pct of this year's new entrants at Velmora University.",
        "b.md": story + " About 18% of this year's applicants to Velmora University applied from abroad.",
    }
    assert conflict_texts(articles) == []
    articles["b.md"] = story + " International students were about 18% of this year's entrants at Velmora University."
    assert conflict_texts(articles) == [["14.2 pct", "about 18%"]]


def test_an_outage_and_a_blackout_of_one_story_are_one_figure() -> None:
    story = "Skylane satellite internet failure: Skylane's network failed across Varnel on Thursday."
    articles = {
        "a.txt": story + " The 27-hour outage hit banks.",
        "b.txt": story + " Banks were hit by a 37-hour blackout.",
    }
    assert conflict_texts(articles) == [["27-hour", "37-hour"]]


def test_a_years_running_total_does_not_dispute_one_events_figure() -> None:
    story = "Port Arvel ivory seizure: customs at Port Arvel found ivory in two containers."
    articles = {
        "a.txt": story + " Customs officers at Port Arvel seized 3.2 tonnes of ivory.",
        "b.txt": story + " This year's total of ivory seized at Port Arvel has now reached 5.9 tonnes.",
    }
    assert conflict_texts(articles) == []
    articles["b.txt"] = story + " Customs officers at Port Arvel seized 5.9 tonnes of ivory."
    assert conflict_texts(articles) == [["3.2 tonnes", "5.9 tonnes"]]


def test_a_closely_written_approximation_still_contradicts_a_transposed_figure() -> None:
    """"some 121,000" is written to three digits: it cannot be 112,000; "almost five hundred"
    is a round figure and can be 480."""
    [close] = [r.claim for r in extract_article("Some 121,000 archive documents were soaked.", "a.txt")]
    [exact] = [r.claim for r in extract_article("The flood soaked 112,000 archive documents.", "b.txt")]
    assert cannot_both_hold(close, exact)
    [round_figure] = [r.claim for r in extract_article("Almost five hundred tractors blocked the road.", "c.txt")]
    [counted] = [r.claim for r in extract_article("Police counted 480 tractors on the road.", "d.txt")]
    assert not cannot_both_hold(round_figure, counted)


def test_a_bare_two_digit_age_is_no_unit_slip_of_a_time_in_minutes() -> None:
    """'Jorun Kvell, 58,' and a goal in the '58 min' share two digits by chance."""
    assert conflict_texts({
        "a.txt": "Fans' group chairman Jorun Kvell, 58, called the pricing a tax on loyalty at the Quastria qualifier.",
        "b.txt": "| 58 min | Ivo Marrant | penalty |\n\nQuastria beat Kordavia at the Quastria qualifier.",
    }) == []


def test_an_age_and_minutes_written_alike_are_no_unit_slip() -> None:
    """'a 35-year-old climber' and '35 minutes' differ by a factor no slip of unit makes."""
    assert conflict_texts({
        "a.txt": "A 35-year-old climber was dug out alive on Tormadh Peak after the avalanche on Tormadh.",
        "b.txt": "On Tormadh Peak the climber was dug out after 35 minutes under the snow of the Tormadh avalanche.",
    }) == []


def test_two_stories_sharing_only_words_of_kind_are_different_events() -> None:
    """Two swims from two headlands ("Trevennick Head", "Skathe Head", each "Swimming
    Association") share the words that say what kind of story it is, not which."""
    from claimcheck.reconcile.cluster import Story, different_stories

    oskarra = Story(frozenset({"^oskarra", "^trevennick", "^head", "^swimming"}), frozenset())
    velsker = Story(frozenset({"^velsker", "^skathe", "^head", "^swimming"}), frozenset())
    assert different_stories(oskarra, velsker)
    assert not different_stories(oskarra, Story(frozenset({"^oskarra", "^trevennick", "^head"}), frozenset()))


def test_the_date_a_closed_place_reopens_is_one_event_that_can_be_misdated() -> None:
    conflicts = conflict_texts({
        "a.txt": "Glimmerholt Adventure Park will reopen on Thursday 21 July 2033, the Glimmerholt operator said.",
        "b.txt": "A Glimmerholt spokeswoman said the park gates would reopen on Saturday 23 July 2033 at Glimmerholt.",
    })
    assert conflicts == [["Saturday 23 July 2033", "Thursday 21 July 2033"]]



BLAST_WIRE = ("Varnholt depot blast\n\nThe blast at the Varnholt fuel depot killed six workers, and 38 people "
              "were injured, eleven of them critically, Varnholt fire officials said on Monday.\n")


def test_a_part_told_as_the_whole_disputes_the_whole() -> None:
    """'38 injured, eleven of them critically': eleven is the critically injured, so another
    outlet's 'Eleven people were injured' disputes 38 ..."""
    other = ("Varnholt explosion\n\nSix workers died in the Varnholt fuel depot blast. Eleven people were "
             "injured in the Varnholt depot blast, Varnholt fire officials said.\n")
    assert conflict_texts({"a.txt": BLAST_WIRE, "b.txt": other}) == [["38", "Eleven"]]


def test_a_part_named_as_that_part_agrees() -> None:
    """... while 'eleven were critically injured' is the same part and disputes nothing."""
    other = ("Varnholt explosion\n\nSix workers died in the Varnholt fuel depot blast. Eleven people were "
             "critically injured in the Varnholt depot blast, Varnholt fire officials said.\n")
    assert conflict_texts({"a.txt": BLAST_WIRE, "b.txt": other}) == []


def test_taking_effect_is_one_event_however_the_verb_is_written() -> None:
    """'takes effect', 'taking effect', 'took effect' and 'came into force' date one event, so
    their dates compare (before, 'takes ' and 'taking' were two kinds of event)."""
    from claimcheck.reconcile.cluster import block_key
    keys = set()
    for verb in ("takes effect on 1 July", "taking effect on 1 April", "took effect on 1 April",
                 "came into force on 1 April"):
        text = f"Dorlan toll\n\nDORLAN, March 3, 2031 (Wire) - The new Dorlan bridge toll {verb}, the council said.\n"
        keys |= {block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert keys == {("date", "effect")}


def test_a_two_digit_age_and_days_written_alike_are_no_unit_slip() -> None:
    """'a 26-year-old student' on an expedition and its '26 days' are a factor 365 apart: no
    slip of unit between years and days without a scale word (cm and m, a hundred, is the widest)."""
    assert conflict_texts({
        "a.txt": "The Ankarel frog was first seen by a 26-year-old student on the Ankarel expedition.",
        "b.txt": "The Ankarel expedition's student team spent 26 days on the Ankarel ridge before the frog was seen.",
    }) == []


def test_shares_in_a_company_name_no_place() -> None:
    """'Shares in Hadrel closed at EUR 48.15' names the company held, not a place: it does not
    set the price apart from another outlet's 'Hadrel's shares closed at €45.80 in Veltro'."""
    assert conflict_texts({
        "a.txt": "Hadrel Motors results\n\nShares in Hadrel closed down 6.2 pct at EUR 48.15 on Tuesday after the Hadrel Motors results.",
        "b.txt": "Hadrel Motors results\n\nHadrel's shares closed at €45.80 in Veltro on Tuesday after the Hadrel Motors results.",
    }) == [["EUR 48.15", "€45.80"]]


def test_the_day_a_place_opens_is_one_event() -> None:
    """'opens on Saturday, June 2' dates the opening as 'opened on 26 May' does."""
    from claimcheck.reconcile.cluster import block_key
    text = ("Aquarium\n\nKORVAN, May 25, 2035 (Wire) - The Korvan Ocean Aquarium opens to the public on Saturday, June 2. "
            "The Korvan museum closes on 14 June for works.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt")}
    assert keys["Saturday, June 2"] == ("date", "open")
    assert keys["14 June"] == ("date", "close")


def test_passengers_and_people_riding_are_one_count() -> None:
    """'carried about 1.3 mln passengers on an average weekday' and 'carried roughly 870,000
    people on an average weekday': one count of travellers, two values."""
    assert conflict_texts({
        "a.txt": "Tasmeld metro fares\n\nThe Tasmeld metro carried about 1.3 mln passengers on an average weekday in 2030, Tasmeld data show.",
        "b.txt": "Tasmeld metro fares\n\nIn 2030 the Tasmeld metro carried roughly 870,000 people on an average weekday, Tasmeld data show.",
    }) == [["about 1.3 mln", "roughly 870,000"]]


def test_the_incident_of_a_story_is_dated_once() -> None:
    """The riot, raid, blast or collapse a story is about happened on one day: two outlets
    dating the Harnell prison riot to 3 and 5 March disagree.  A year alone ('the 1998 riot')
    is an earlier incident, not this one's day."""
    wire = ("Harnell prison riot\n\nHARNELL, March 9, 2031 (Wire) - The riot at Harnell prison on 3 March "
            "left two wings unusable, the Harnell prisons agency said.\n")
    paper = ("Harnell riot inquiry\n\nHARNELL, March 10, 2031 (Post) - The riot at Harnell prison on 5 March "
             "left two wings unusable, Harnell prison staff said. The 1998 riot at Harnell prison was worse.\n")
    assert conflict_texts({"a.txt": wire, "b.txt": paper}) == [["3 March", "5 March"]]


def test_an_age_is_no_span_of_time() -> None:
    """'Mayor Orla Fenn, 61,' is her age and 'nearly a century' the town's wait for its railway:
    both are durations in years, but an age only meets another age.  The driver's age still
    meets the driver's age."""
    assert conflict_texts({
        "a.txt": "Brennock rail link\n\nMayor Orla Fenn said Brennock had waited nearly a century for the rail link.",
        "b.txt": "Brennock rail link\n\nMayor Orla Fenn, 61, said Brennock had waited years for the rail link.",
    }) == []
    assert conflict_texts({
        "a.txt": "Brennock bus crash\n\nDriver Tomas Brell, 52, was injured in the Brennock crash.",
        "b.txt": "Brennock bus crash\n\nThe 25-year-old driver, Tomas Brell, was injured in the Brennock crash.",
    }) == [["25-year", "52"]]


def test_figures_over_different_windows_are_different_figures() -> None:
    """'in the next 30 days' and 'in the next seven days' are two forecasts; the same window
    written alike still compares."""
    one = ("Harnell aftershocks\n\nThe Harnell seismic institute puts the chance of a Harnell aftershock of "
           "magnitude 5 or more in the next {window} at {value}.\n")
    def chances(window_a: str, window_b: str) -> list[list[str]]:
        found = conflict_texts({"a.txt": one.format(window=window_a, value="18%"),
                                "b.txt": one.format(window=window_b, value="15 pct")})
        return [texts for texts in found if "18%" in texts]

    assert chances("30 days", "seven days") == []
    assert chances("seven days", "7 days") == [["15 pct", "18%"]]


def test_a_site_and_the_whole_firm_count_different_staff() -> None:
    """'The Morvel site employs about 1,150 people' and 'the company employs 4,600 people' are
    a part and its whole; two outlets' counts for the company still disagree."""
    site = "Varnel recall\n\nThe Morvel site of Varnel Pharma employs about 1,150 people, Varnel Pharma said.\n"
    firm = "Varnel recall\n\nThe company Varnel Pharma employs 4,600 people, Varnel Pharma said.\n"
    assert conflict_texts({"a.txt": site, "b.txt": firm}) == []
    assert conflict_texts({"a.txt": firm.replace("4,600", "4,100"), "b.txt": firm}) == [["4,100", "4,600"]]


def test_a_span_told_as_an_hour_or_a_week_is_round_talk() -> None:
    """'an hour' is not exactly sixty minutes: 58 minutes fits it, a week-long episode is six
    days long; but the same round talk still cannot be ninety minutes."""
    one = "Marcavel final\n\nThe Marcavel final's third set alone lasted 58 minutes, the Marcavel organisers said.\n"
    two = "Marcavel final\n\nThe Marcavel final's third set alone lasted an hour, the Marcavel organisers said.\n"
    assert conflict_texts({"a.txt": one, "b.txt": two}) == []
    assert conflict_texts({"a.txt": one.replace("58 minutes", "90 minutes"), "b.txt": two}) == [["90 minutes", "an hour"]]


def test_two_outlets_days_of_one_act_told_right_before_them_meet() -> None:
    """A date compares when the act it is the day of stands right before it ("was held on
    the night of", "took place on the night of"): the same act, told in other words."""
    a = ("Carrisand street count\nPublished 20 November 2032\n\nThe Carrisand rough sleeping count was held on "
         "the night of 9 November, when volunteers walked every street of Carrisand.\n")
    b = ("Carrisand count\nPublished 21 November 2032\n\nThe Carrisand rough sleeping count took place on the "
         "night of 16 November, when volunteers walked the streets of Carrisand.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["16 November", "9 November"]]
    # A day no act word stands before is not compared: many things happen on a story's days.
    assert conflict_texts({"a.txt": a.replace("count was held on the night of", "count: the night of"),
                           "b.txt": b.replace("count took place on the night of", "count: the night of")}) == []


@pytest.mark.parametrize(("who", "act_a", "act_b", "day_a", "day_b"), [
    ("The Hathery MP Sir Alastair Brennan", "resigned on", "resigned on", "4 April", "14 April"),
    ("The Hathery ferry's certificate of fitness", "expired in", "lapsed in", "March 2032", "November 2031"),
])
def test_days_of_an_ending_act_compare(who: str, act_a: str, act_b: str, day_a: str, day_b: str) -> None:
    a = f"Hathery news\nPublished 10 June 2033\n\n{who} {act_a} {day_a}, Hathery officials said.\n"
    b = f"Hathery report\nPublished 11 June 2033\n\n{who} {act_b} {day_b}, Hathery officials said.\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [sorted([day_a, day_b])]


def test_an_act_word_before_another_acts_date_does_not_name_it() -> None:
    """'launched from Kestra and switched off in June 2032': June 2032 is not a launch date."""
    a = ("Marvel-1 satellite\nPublished 12 October 2033\n\nThe Marvel-1 radar satellite was launched on "
         "11 October 2023 from the Kestra range.\n")
    b = ("Marvel-1 retired\nPublished 12 October 2033\n\nThe Marvel-1 radar satellite was launched from Kestra "
         "and switched off in June 2032 after its radar failed.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []
    assert conflict_texts({"a.txt": a, "b.txt": b.replace("launched from Kestra and switched off in",
                                                          "launched from Kestra in")}) == [["11 October 2023", "June 2032"]]


def test_one_weekday_read_in_two_weeks_is_no_conflict() -> None:
    """'arrived on Wednesday' in articles dated a week apart: the week is claimcheck's reading
    of each article's date, not what the outlets said; both named the same day."""
    a = ("Velemia vaccine\nPublished 14 June 2035\n\nThe Velemia shipment of 690,000 vaccine doses arrived in "
         "Velemia on Wednesday, the Velemia health ministry said.\n")
    b = ("Velemia doses\nPublished 21 June 2035\n\nThe Velemia shipment of 690,000 vaccine doses arrived in "
         "Velemia on Wednesday, the Velemia health ministry said.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == []
    told = {"a.txt": a.replace("on Wednesday", "on Wednesday 13 June"),
            "b.txt": b.replace("on Wednesday", "on Wednesday 20 June")}
    assert conflict_texts(told) == [["Wednesday 13 June", "Wednesday 20 June"]]


@pytest.mark.parametrize(("told_a", "told_b", "day_a", "day_b"), [
    ("made its final cast of iron on", "- **Final cast:**", "28 March 2036", "Wednesday 26 March"),
    ("was first lit in", "| First lit |", "1874", "1 November 1871"),
    ("sailed on its maiden voyage on", "began its maiden voyage on", "12 April", "14 April"),
])
def test_a_first_or_last_of_a_kind_is_dated_once_in_a_story(told_a: str, told_b: str, day_a: str, day_b: str) -> None:
    """A story has one final cast of its furnace, one first lighting of its lamp, one maiden
    voyage: two outlets' days for it disagree, even when the words around them share little."""
    a = f"Hollen works\nPublished 28 March 2036\n\nThe Hollen Point works {told_a} {day_a}, the Hollen owners said.\n"
    b = f"Hollen notes\nPublished 29 March 2036\n\nAbout the Hollen Point works.\n\n{told_b} {day_b}\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [sorted([day_a, day_b])]


def test_a_first_that_is_a_span_or_a_count_dates_no_first_event() -> None:
    """'for the first time in 2031', 'the first half of 2032' and 'the first two cases on
    3 March' name no first of a kind: their dates stay out of any first-event block."""
    from claimcheck.reconcile.cluster import block_key
    text = ("Hollen works\n\nHOLLEN, May 2, 2033 (Wire) - The Hollen works ran at a loss for the first time in 2031. "
            "Output fell in the first half of 2032. The first two cases were confirmed on 3 March.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert not any(key and key[1].startswith(("1st", "last")) for key in keys.values()), keys


def test_the_act_nearer_the_date_names_it_before_a_first() -> None:
    """'first spotted during an inspection on 4 March' dates the inspection; 'the council's
    first meeting is on 23 May' a meeting, the act 'meets for the first time on 30 May' is."""
    from claimcheck.reconcile.cluster import block_key
    text = ("Wennlow bridge\n\nWENNLOW, March 9, 2034 (Wire) - The cracks were first spotted during an inspection on "
            "4 March. The council's first meeting is on 23 May.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert keys == {"4 March": ("date", "act inspect"), "23 May": ("date", "act held")}


@pytest.mark.parametrize(("told_a", "told_b"), [
    ("the Tarrin order was lifted at 6 p.m. on", "the Tarrin order was lifted on"),
    ("the Tarrin dividend will be paid on", "- **Tarrin dividend payment date:**"),
    ("the Tarrin court will decide on", "the Tarrin court's ruling is expected on"),
    ("the final Tarrin hearing is on", "the Tarrin fairness hearing will be held on"),
    ("the Tarrin locomotive was built in", "| Tarrin locomotive built |"),
    ("the Tarrin water reserve was released on", "the Tarrin water reserve was freed on"),
    ("the Tarrin pipe leak was found on", "the Tarrin pipe leak was discovered during an inspection on"),
    ("the Tarrin ferry was refused a berth on", "the Tarrin ferry was turned away on"),
])
def test_more_acts_date_their_day(told_a: str, told_b: str) -> None:
    """A lifted order, a payment, a decision, a hearing, a building, a release, a find (told
    of its inspection too), a refusal: each act's day, told by two outlets, compares (a time of
    day may stand between the act and the date)."""
    a = f"Tarrin news\nPublished 3 May 2033\n\nOfficials said {told_a} 12 June 2033, the Tarrin owners said.\n"
    b = f"Tarrin notes\nPublished 4 May 2033\n\nThe Tarrin owners set out the plan.\n\n{told_b} 21 June 2033.\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["12 June 2033", "21 June 2033"]]


def test_the_next_act_is_not_the_one_before() -> None:
    """'the next decision on 19 March' and 'the decision on 5 February' are two decisions."""
    from claimcheck.reconcile.cluster import block_key
    text = ("Bank\n\nLANTREV, March 2, 2032 (Wire) - The bank's decision on 5 February surprised markets. "
            "Its next decision is on 19 March. The previous hearing was held on 3 January.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert keys == {"5 February": ("date", "act decide"), "19 March": ("date", "act decide next"),
                    "3 January": ("date", "act hear previous")}


def test_paid_as_an_adjective_is_no_payment() -> None:
    from claimcheck.reconcile.cluster import block_key
    text = ("Pay deal\n\nEDDER, March 2, 2032 (Wire) - Teachers get 45 minutes of paid preparation time from "
            "September 2032.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert keys == {"September 2032": None}


def test_a_blast_furnace_is_no_explosion() -> None:
    """'Blast Furnace 4 made its final cast on Friday' dates the final cast, not a blast."""
    from claimcheck.reconcile.cluster import block_key
    text = ("Quarrow steel\n\nQUARROW, March 28, 2036 (Wire) - Blast Furnace 4 made its final cast of iron on Friday "
            "afternoon. An explosion at the Quarrow plant on 3 March injured two.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert ("date", "last cast") in keys.values() and ("date", "incident") in keys.values(), keys


@pytest.mark.parametrize(("told_a", "told_b"), [
    ("papermaking at the Tarrin mill will cease on", "papermaking at the Tarrin mill will end on"),
    ("the Tarrin mill will stop production on", "- **Tarrin mill, last day of production:**"),
    ("the Tarrin dockers' strike is due to run until", "the Tarrin dockers' strike is scheduled to end at midnight on"),
])
def test_the_day_something_stops_is_one_act(told_a: str, told_b: str) -> None:
    """'will cease on', 'will stop production on', 'due to run until', 'Last day of
    production:' all tell the day something ends: two outlets' days for it compare."""
    a = f"Tarrin mill\nPublished 3 May 2033\n\nThe owners said {told_a} 31 March 2034, the Tarrin owners said.\n"
    b = f"Tarrin mill news\nPublished 4 May 2033\n\nThe Tarrin owners set out the plan.\n\n{told_b} 30 April 2034.\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["30 April 2034", "31 March 2034"]]


def test_an_event_told_after_before_or_after_does_not_date_the_day() -> None:
    """'on 2 September, twelve days before the hole opened' is no opening day; 'on 12 May,
    when the mayor cut the ribbon' after 'opened' still is."""
    from claimcheck.reconcile.cluster import block_key
    text = ("Sinkhole\n\nCRICKMERE, Sept. 16, 2036 (Wire) - A resident reported a crack across her driveway to the "
            "county on 2 September, twelve days before the hole opened. The plant opened on 12 May, when the mayor "
            "cut the ribbon.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.txt") if r.claim.kind.value == "date"}
    assert keys == {"2 September": None, "12 May": ("date", "open")}


@pytest.mark.parametrize(("a", "b", "score", "plausible"), [
    ("300", "900", 0.5, False),  # three times apart on a loose link: two measures sharing words
    ("300", "700", 0.5, True),  # within two and a half times: one figure told wrong
    ("300", "900", 0.9, True),  # a sure link may be a part told as the whole
    ("300", "3,000", 0.5, True),  # a zero too many is a slip of its own, whatever the link
])
def test_how_far_apart_a_misreport_may_be_depends_on_how_sure_the_link_is(a: str, b: str, score: float,
                                                                          plausible: bool) -> None:
    from claimcheck.reconcile.conflicts import misreport_is_plausible
    first = next(c for c in extract_article(f"Jobs\n\nThe plant employs {a} workers.\n", "a.txt") if c.claim.text == a)
    second = next(c for c in extract_article(f"Jobs\n\nThe plant employs {b} workers.\n", "b.txt") if c.claim.text == b)
    assert misreport_is_plausible(first.claim, second.claim, score) is plausible


@pytest.mark.parametrize(("noun_a", "noun_b"), [("homes", "households"), ("candidates", "students"),
                                                 ("staff", "jobs")])
def test_kindred_nouns_of_homes_people_and_jobs_count_one_thing(noun_a: str, noun_b: str) -> None:
    """'212,000 homes' and '221,000 households' left without power by one storm are one count
    told two ways, so they disagree (a noun veto kept them apart)."""
    a = f"Ostrava Vale storm\n\nThe Ostrava Vale storm left 212,000 {noun_a} without power on Monday, Ostrava Vale Grid said.\n"
    b = f"Ostrava Vale outage\n\nSome 221,000 {noun_b} were without power on Monday after the Ostrava Vale storm, Ostrava Vale Grid said.\n"
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["212,000", "Some 221,000"]]


def test_a_bare_dollar_meets_another_outlets_named_dollar() -> None:
    """'$3.9 billion' in one outlet and 'A$2.7bn' in another, of one scheme's cost: the bare
    dollar was read as US only for want of a country, so the two disagree.  A sentence that
    names the other dollar itself keeps its bare one apart ('A$200m ($130m)')."""
    a = ("Quorrin dam\n\nThe Quorrin dam will cost $3.9 billion, the Quorrin water authority said on Monday.\n")
    b = ("Quorrin dam\n\nThe Quorrin dam will cost A$2.7bn, the Quorrin water authority said on Monday.\n")
    c = ("Quorrin dam\n\nThe Quorrin dam will cost 2.7 billion Australian dollars ($1.8 billion), the Quorrin water "
         "authority said on Monday.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b}) == [["$3.9 billion", "A$2.7bn"]]
    assert ["$1.8 billion", "A$2.7bn"] not in conflict_texts({"b.txt": b, "c.txt": c})


def test_a_timeline_entry_dates_the_act_told_after_it() -> None:
    from claimcheck.reconcile.cluster import block_key
    text = ("# The Tollan ferries, explained\n\n*3 June 2035*\n\n## Timeline\n\n"
            "- **12 May 2031**: contract signed with Brannock Yards.\n- **30 June 2034**: original deadline.\n")
    keys = {r.claim.text: block_key(r) for r in extract_article(text, "a.md") if r.claim.kind.value == "date"}
    assert keys == {"12 May 2031": ("date", "act sign"), "30 June 2034": ("date", "act deadline original")}


def test_an_original_and_a_revised_deadline_are_two_dates() -> None:
    a = ("Fenrow fibre\n\nFenrow's fibre scheme had an original deadline of June 30, 2031, officials said on Friday.\n")
    b = ("Fenrow fibre\n\nThe Fenrow fibre scheme's original deadline, 30 June 2030, lapsed with work unfinished. "
         "Its new deadline is 28 February 2033.\n")
    c = ("Fenrow fibre\n\nThe Fenrow fibre scheme has a second extended deadline of 31 October 2031.\n")
    assert conflict_texts({"a.txt": a, "b.txt": b, "c.txt": c}) == [["30 June 2030", "June 30, 2031"]]


def test_partners_in_a_long_posting_are_exactly_the_pairs_different_stories_allows() -> None:
    """find_links indexes a long posting's stories instead of asking of every pair: the pairs
    it keeps must be the ones the pairwise veto keeps, in the same order."""
    import random

    from claimcheck.reconcile.cluster import Story, _partners, different_stories

    rng = random.Random(7)
    names = [f"^n{k}" for k in range(12)] + ["^service"]  # "service" is a word many names share
    stories = []
    for _ in range(40):
        topic = frozenset(rng.sample(names, rng.randint(0, 4)))
        lead = frozenset(n for n in sorted(topic)[:2] if rng.random() < 0.5)
        stories.append(Story(topic, lead))
    posting = list(range(300))
    story_of_claim = {index: stories[rng.randrange(len(stories))] for index in posting}
    expected = [[second for second in posting[i + 1:]
                 if not different_stories(story_of_claim[first], story_of_claim[second])]
                for i, first in enumerate(posting)]
    assert _partners(posting, story_of_claim.__getitem__) == expected


def test_a_first_figure_and_a_total_its_addition_brings_it_to_are_no_conflict() -> None:
    """One outlet gives the first release, another the first, 'a further' amount and the total
    they make: the two figures are a running total at two moments.  Another outlet's total that
    no told addition reaches still disputes it."""
    wire = ("Dravik fuel reserve\n\nThe Dravik energy ministry released 26 million litres of reserve petrol "
            "to Dravik stations, the Dravik ministry said.\n")
    paper = ("Dravik reserve petrol\n\nDravik's ministry released reserve petrol to Dravik stations: a further "
             "11 million litres on Monday brought the reserve petrol released to 37 million litres.\n")
    assert conflict_texts({"wire.txt": wire, "paper.txt": paper}) == []
    other = paper.replace("37 million litres", "43 million litres")
    assert conflict_texts({"wire.txt": wire, "paper.txt": other}) == [["26 million litres", "43 million litres"]]
