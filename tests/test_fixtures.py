"""The labeled corpus in fixtures/corpus: articles claimcheck was not written for.

Each event folder holds several outlets' articles, a labels file per article and a
conflicts.json with the conflicts a careful reader flags and the look-alikes that must not
be flagged.  These tests assert that:
- every listed look-alike ("almost $350m" vs "US$350 million", cumulative vs incremental,
  different years...) is never reported as a disagreement (precision);
- the planted conflicts are found, with the ones claimcheck still misses marked as known
  gaps (xfail strict: a fix makes them fail loudly so the mark is removed);
- the labeled mentions are extracted with the right kind, unit and value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from claimcheck.extract import extract_article
from claimcheck.models import Claim, ClaimRecord, Conflict
from claimcheck.reconcile import cannot_both_hold, reconcile
from tests.conftest import CORPUS


@dataclass(frozen=True)
class Event:
    folder: Path
    texts: dict[str, str]
    records: list[ClaimRecord]
    conflicts: list[Conflict]
    gold: dict[str, list[dict[str, object]]]


@cache
def load_event(name: str) -> Event:
    folder = CORPUS / name
    texts: dict[str, str] = {}
    records: list[ClaimRecord] = []
    for path in sorted([*folder.glob("*.txt"), *folder.glob("*.md")]):
        texts[path.name] = path.read_text(encoding="utf-8")
        records += extract_article(texts[path.name], path.name)
    gold = json.loads((folder / "conflicts.json").read_text(encoding="utf-8"))
    return Event(folder, texts, records, reconcile(records).conflicts, gold)


EVENTS = sorted(p.parent.name for p in CORPUS.glob("*/conflicts.json"))


def _matches(claim: Claim, mention: dict[str, object]) -> bool:
    text = str(mention["text"]).lower()
    return claim.source == mention["article"] and (text in claim.text.lower() or claim.text.lower() in text)


def test_corpus_has_the_promised_size() -> None:
    articles = [p for p in CORPUS.glob("*/*") if p.suffix in (".txt", ".md")]
    assert len(EVENTS) >= 6 and len(articles) >= 30


# Look-alikes claimcheck still reports as disagreeing, and why.  Checked strictly: once one is
# no longer reported the test fails until its entry is removed.
KNOWN_FALSE_ALARMS = {
    ('tarrowgate-mayor-tram-referendum', 'final poll vs result'): "'forty-seven per cent of the total, and a margin of ...': the next figure's 'margin' is read as this one's, so it meets Sallow's '40.0%'",
    ('pellan-v-kestoria-launch-failure', 'insured value vs cost vs market premiums'): "'about $230 mln' (the satellite) and 'about $350m' (satellite and launch) are linked as one figure",
    ('vardafell-eruption', 'ash column: same peak in feet, lower column later'): "'nine miles' (no day: a length keeps no default time) meets '| Ash column on May 18 | about 3 km |'",
    ('vardafell-eruption', 'evacuees: first night vs further vs total vs in shelters vs 1961'): "'about 1,700' and '2,900' are linked as one figure",
    ('ashcombe-millrace-park-expansion', 'rival stadiums vs Millrace Park'): "'47,500' and '52,000' are linked as one figure",
    ('dravenia-hospital-waiting-lists', 'median vs mean wait, last year and one region'): "'14.2 weeks' and '12.8 weeks' are linked as one figure",
    ('marrowick-refinery-fire-spill', 'injured workers rising by day, hospital subgroup'): "'17' and 'Fourteen' are linked as one figure",
    ('quenby-stores-cyber-attack', 'affected customers: first estimate vs revised count'): "'4.3m' and 'ABOUT 2 MLN' are linked as one figure",
    ('tour-of-almavera-2027', 'average speed: this year, last year, record, time trial'): "'41.2 km/h' and '40.5 km/h (25.2 mph)' are linked as one figure",
    ("quillon-brightmoor-acquisition", "total job cuts vs Brightmoor and Ketterby Falls subsets"):
        "'Cuts at Brightmoor: about 900' (a list label scopes the value) meets 'cut 1,850 jobs'",
    ("harrowdene-housing-report", "mortgage rate this year vs last year and five-year fixed"): "'a year earlier' and 'five-year fixed' do not split the rate",
    ("norhaven-nurses-strike", "offer vs demand vs expected settlement"): "'the union wants 9 percent' is read as the offer",
    ('orvaland-generics-cartel-fine', 'Ardentis share price: decision day vs whole week'): "'6.1 per cent' and '4.2 pct' are linked as one figure",

    ('tannerby-deep-mine-closure', 'jobs: employees, subgroups, contractors, union total, transfers, past workforce'): "'about 1,400' and '1,140' are linked as one figure",
    ('brastow-city-triathlon-2033', 'starters vs finishers, this year vs last'): "'2,540' and '2,850' are linked as one figure",
    ('brindleford-hospital-waiting-times', 'median wait: weeks vs days, official vs shadow list, last year, standard'): "'thirty-one weeks' and '21.4 weeks' are linked as one figure",
    ('caldriss-ferries-fare-rise', 'daily sailings on different routes and seasons'): "'3' and 'four' are linked as one figure",
    ('kelvray-dam-spillway-release', 'evacuations over time: ordered vs left, initial vs widened'): "'21,500' and '18,000' are linked as one figure",
    ('ossendrel-high-path-rockfall', 'hikers winched off: per day vs total'): "'Thirty-one' and '38' are linked as one figure",
    ('merriscombe-sea-wall-upgrade', 'homes: protected vs flooded vs Lower Town; businesses'): "'390' and '4,260' are linked as one figure",
    ('brackenholt-water-main-burst', 'households: peak, one district, still cut off, 2029 burst, all customers'): "'41,200' and '28,700' are linked as one figure",
    ('corvantis-lumexa-results-2032', 'R&D: 2031, 2033 plan, share of revenue'): "'€1.64bn' and '1.93 bln euros' are linked as one figure",
    ('marrovian-cup-final-2033', 'minutes: Vorsk vs game length; clock format'): "'45 minutes' and 'nine minutes' are linked as one figure",
    ('velbury-council-election-2031', 'turnout: previous election, change, goal, youngest voters'): "'41.2%' and '45.8 pct' are linked as one figure",
    ('velbury-council-election-2031', 'VCA seats: 2027 level, change, majority threshold'): "'19' and '51' are linked as one figure",
    ('velbury-council-election-2031', 'other parties seats now and in 2027'): "'19' and 'nine' are linked as one figure",
    ('velbury-council-election-2031', 'registered voters: 2027 vs 2031, population'): "'209,300' and 'about 286,000' are linked as one figure",
    ('velbury-council-election-2031', 'campaign money: limit, per-voter rate, declared spending, rounding'): "'19' and '25' are linked as one figure",
    ('velbury-council-election-2031', 'coalition arithmetic'): "'28' and '25' are linked as one figure",
    ('tidebreaker-ii-opening-weekend', 'international markets: subgroups'): "'$58.2 mln' and '$205.5m' are linked as one figure",
    ('stalbridge-cargo-runway-approval', 'durations: build time, inquiry, deadlines'): "'eleven weeks' and 'within six weeks' are linked as one figure",
    ('stalbridge-cargo-runway-approval', 'current length, extension, new length'): "'3,350 m (10,990 ft)' and '750 metres' are linked as one figure (read alone; the benchmark, dating the articles together, does not link them)",
    ('vessany-university-admissions', "fees: last year's fee, international fee, the rise, rent"): "'€1,850 (about US$2,020)' and '1,790 euros' are linked as one figure: the starting level of 'will rise to 1,850 euros in 2027-28 from 1,790 euros' takes the rise's period (read alone)",
    ('quessaly-gigabit-rollout-2032', 'homes connected: end-2030 vs end-2031'): "'2.18 MLN' and '1,772,000' are linked as one figure",
    ('quessaly-gigabit-rollout-2032', 'regions behind schedule, count formats'): "'eleven' and 'FOUR' are linked as one figure",
    ('bramhurst-port-record-year-2032', 'depths and ship dimensions'): "'just over fifteen metres' and '17.5 metres' are linked as one figure",
    ('bramhurst-port-record-year-2032', 'crane productivity: year, month, berth'): "'about 118' and '31.4' are linked as one figure",
    ('thornquay-wedding-salmonella-outbreak', 'people present'): "'24' and '236' are linked as one figure",
    ('orskeld-chlorine-plant-explosion', 'compensation fund: pledge, top-up and total'): "'twenty-five million euros' and '€40 million' are linked as one figure",
    ('quellbridge-boil-water-notice', 'illness cases over time'): "'74' and '23' are linked as one figure",
    ('mireth-anvaro-glasslight-tour', 'resale: average multiple, mark-up, top price'): "'3.1' and 'nearly ten' are linked as one figure",
    ('corsavia-jobs-wages-q3-2031', 'wage growth: nominal y/y, q/q, inflation and real'): "'5.1 pct' and '2.0%' are linked as one figure",
    ('brantis-foodstores-price-war', 'basket prices: grocers, June vs September, gaps'): "'€71.40' and '74.92 euros' are linked as one figure",
    ('hallowfirth-ice-storm', 'MW: demand lost vs regional demand'): "'0.23 GW' and 'about 350 MW' are linked as one figure",
    ('hallowfirth-ice-storm', 'compensation rules'): "'£210' and 'seventy pounds' are linked as one figure",
    ('ellingmoor-battery-lab-grant', 'floor, cleanroom and site areas'): "'6,840 m²' and '2,100 square metres' are linked as one figure",
    ('stenhaven-low-emission-zone-year-one', 'percentage changes: traffic, NO2, PM2.5'): "'7 pct' and 'nearly a fifth' are linked as one figure",
    ('stenhaven-low-emission-zone-year-one', 'revenue, costs and bus money'): "'18.2 mln euros' and '€9.6m' are linked as one figure",
    ('ardenvale-dairy-milk-price-dispute', 'demanded minimum price vs actual price'): "'34.2 pence' and 'forty pence' are linked as one figure",
    ('ardenvale-dairy-milk-price-dispute', 'shares of the market and of milk'): "'27.4 pct' and 'about 46%' are linked as one figure",
    ('serravolt-orlenhaven-job-cuts', 'previous round vs cumulative job cuts'): "'1,100' and '3,450' are linked as one figure",
    ('serravolt-orlenhaven-job-cuts', 'share price vs analyst targets'): "'47 euros' and '€41.35' are linked as one figure",
    ('quendria-leaving-certificate-results-2031', 'appeals: lodged vs upheld'): "'1,190' and '4,870' are linked as one figure",
    ('quendria-leaving-certificate-results-2031', 'mathematics'): "'Some 58,900' (students who sat maths; 'it' is the subject named a sentence before) and '61,840' (all candidates) are linked as one figure; the old 10% margin of 'some' used to hide the link",
    ('veskholm-snowstorm-2034', 'schools: capital vs nationwide (labelled)'): "'384' and '1,260' are linked as one figure",
    ('veskholm-snowstorm-2034', 'durations: snowfall vs runway vs trains'): "'a day' and '30 hours' are linked as one figure",
    ('drennick-grain-silo-explosion', 'injured subgroups'): "'4' and '17' are linked as one figure",
    # held-out batches 35-38, as first measured
    ('maelstrand-link-interconnector-commissioning', 'jobs: project-wide vs Cap-Varenne site, construction vs permanent'): "'more than 1,100' and 'about 450' are linked as one figure",
    ('vetterlin-greenmarch-pharmacy-merger', 'enterprise value vs equity value'): "'1.35 bln pounds' and 'about £250m' are linked as one figure",
    # held-out batches 39 and 41, as first measured
    ('brevasca-marathon-heat-collapse', 'temperature at the start vs the peak'): "'22 degrees' and '33.4C' are linked as one figure",
    ('tolumai-island-volcano-tourism-slump', 'hotel occupancy in different months'): "'46 pct' and '38%' are linked as one figure",
    ('tolumai-island-volcano-tourism-slump', 'cruise calls: cancelled vs made'): "'8' and '23' are linked as one figure",
    # held-out batch 40, as first measured
    ('hollinmoor-dairy-cooperative-annual-results', 'average milk price paid'): "'38.6 pence' and '36.5p' are linked as one figure",
    ('corrabin-wildfire-season-review', 'firefighters deployed'): "'more than 11,000' and 'some 6,400' are linked as one figure",
    # held-out batch 42, as first measured
    ('fennistow-airport-terminal-opening', 'gates: total vs contact stands'): "'28' and '16' are linked as one figure",
    ('ondrevik-star-shipwreck-salvage', 'copper concentrate on board vs recovered'): "'4,200 t' (on board when she sank) and '3,950 tonnes' (recovered) are linked as one figure once the blog's date line dates it",
    # held-out batches 43-50, as left after this stop's changes (first measurements in README)
    ('lanthorne-ridge-hospice-walk', 'cumulative total since 2023 vs this year'): "'more than £5.8 million' and '£1,271,430' are linked as one figure",
    ('orsenne-valley-spring-frost-vineyards', '2028 frost: insured losses vs total losses'): "'EUR 62 mln' and 'more than €100m' are linked as one figure",
    ('orsenne-valley-spring-frost-vineyards', 'share of vineyards insured against frost, now and in 2028'): "'28 pct' and '45%' are linked as one figure",
    ('orsenne-valley-spring-frost-vineyards', 'emergency aid: government fund vs union demand'): "'€30m' and 'at least fifty million euros' are linked as one figure",
    ('orvenne-lumpy-skin-vaccination', 'vaccine doses ordered, consignments and cattle in zone'): "'250,000' and '400,000' are linked as one figure",
    ('tessaloom-series-c-funding', 'total raised since founding vs this round'): "'$140 mln' and '$212 million' are linked as one figure",
    ('greyfen-road-stadium-delay', 'workforce on site: peak vs now'): "'About 1,400' (the 2032 peak) and '1,150' (now) are linked as one figure now that words meet by their Snowball stem (the blog's line names both the peak and now)",
    # held-out batches 51-58, as left after this stop's changes (first measurements in README)
    ('harvesk-earthquake-aftershock-sequence', 'aftershock counts at different dates'): "'1,146' and 'some 850' are linked as one figure",
    ('harvesk-earthquake-aftershock-sequence', 'mainshock vs aftershock magnitudes'): "'6.4' and '5.3' are linked as one figure",
    ('harvesk-earthquake-aftershock-sequence', 'aftershock probabilities over different windows'): "'18%' and '15 pct' are linked as one figure",
    ('istrelund-cycle-lane-expansion', 'takings: one hardware shop vs Kastell Street as a whole'): "'15 per cent' and '8%' are linked as one figure",
    ('ulvenstad-tram-derailment', 'people injured'): "'31' and 'Twenty-seven' are linked as one figure",
    # held-out batches 59-64, as left after this stop's changes (first measurements in README)
    ('dulverock-water-leak-reduction-report', 'mains replaced: one year vs since April 2030'): "'214 kilometres (133 miles)' and '690 km' are linked as one figure",
    ('kelthorpe-united-stadium-naming-rights', 'capacity now vs after expansion'): "'38,512' and '44,000' are linked as one figure",
    ('ostwyn-stage-tour-cancelled', 'tickets: cancelled dates vs whole tour vs one venue'): "'About 38,500' and 'more than 60,000' are linked as one figure",
    ('pravell-corvexin-tablet-recall', 'patients: affected batches vs all makers'): "'about 310,000' and 'approximately 96,000' are linked as one figure",
    ('solvard-airways-long-haul-route', 'seats per flight vs seats per week'): "'1,248' and '312' are linked as one figure",
    ('veyrhollow-wildfire-smoke-school-closures', 'schools closed: daily additions vs total'): "'96' and '143' are linked as one figure",
    ('wyndrell-national-dog-show-2034', 'hall temperatures'): "'above 30°C (86°F)' and 'around 19 degrees Celsius' are linked as one figure",
    # held-out batches 65-72 (measured once on 0b9578a before merging)
    ('darnholme-marathon-race-day', 'entrants vs starters'): "'18,420' and '21,000' are linked as one figure",
    ('hrastel-mountain-road-landslide', 'people missing at different times'): "'seven' and 'Six' are linked as one figure",
    ('imarra-cyclone-landfall', 'cyclone death toll at different dates'): "'23' and '11' are linked as one figure",
    ('imarra-cyclone-landfall', 'evacuees: Orlumbe district vs whole coast'): "'31,000' and '184,000' are linked as one figure",
    ('kallistane-pipeline-oil-leak', 'previous 2024 leak vs this spill'): "'nine hundred barrels' and 'an estimated 4,100 barrels' are linked as one figure",
    ('norrevald-quarterly-house-prices', 'national average house price: same figure, other quarters, peak'): "'EUR 284,300' and '€274,800' are linked as one figure",
    ('norrevald-quarterly-house-prices', 'house price change: annual vs quarterly vs regional vs forecast'): "'1.1%' and '2.1 per cent' are linked as one figure",
    ('norrevald-quarterly-house-prices', 'sales and approvals: other periods and other measures'): "'41,860' and '45,600' are linked as one figure",
    ('sandreval-open-2033-final', 'serve speeds: conversion, other player, tournament record'): "'181 km/h' and '198 km/h' are linked as one figure",
    ('sandreval-open-2033-final', 'ages at different times and the age gap'): "'29' and '19' are linked as one figure",
    ('sarnevo-volcano-eruption-evacuations', 'flights cancelled on one day vs in total'): "'312' and '140' are linked as one figure",
    ('tillery-brewing-takeover-bid', 'Tillery share price: undisturbed vs after announcement vs later'): "'396p' and '298.5p' are linked as one figure",
    # held-out batches 73-80 (measured once on e5ecacb before merging)
    ('ebberlin-lake-ferry-capsizing', 'death toll at different times'): "'Five' and 'eight' are linked as one figure",
    ('ebberlin-lake-ferry-capsizing', 'missing at different times'): "'seven' and 'four' are linked as one figure",
    ('ebberlin-lake-ferry-capsizing', 'people aboard: total vs passengers, early estimate'): "'67' and 'sixty-three' are linked as one figure",
    ('hadrosa-motors-q2-deliveries', 'vehicles delivered vs produced'): "'412,600' and '428,300' are linked as one figure",
    ('lysandra-vohl-concert-tour-finale', 'final night vs three-night total'): "'71,850' and '214,600' are linked as one figure",
    ('sarvenia-household-gas-price-cap', 'heating voucher now vs under the 2022 scheme'): "'€400' and '€150' are linked as one figure",
    ('tashkeld-metro-fare-increase', 'monthly pass rise vs single fare rise'): "'14.6%' and '10.3 pct' are linked as one figure",
    ('thessamire-estuary-bridge-opening', 'original budget vs final cost'): "'2.35 bln pounds' and '£1.95bn' are linked as one figure",
    ('thessamire-estuary-bridge-opening', 'opening ceremony vs opening to traffic'): "'on Monday' and 'today' are linked as one figure",
    ('tour-de-grivonne-mountain-stage', 'abandonments on the stage vs since the start'): "'Twenty-seven' and '11' are linked as one figure",
    ('valsorrin-ski-town-forest-fire', 'aircraft fighting the fire'): "'Thirteen' and 'Nine' are linked as one figure",
    ('whitscarra-coastal-erosion-survey', 'average vs fastest retreat'): "'1.4 m' and '3.6 m' are linked as one figure",
    ('zurvandi-highlands-earthquake', 'emergency funds: initial release vs doubled allocation'): "'$36 million' and '18 mln dlrs' are linked as one figure",
    ('serrin-light-ferry-capsize', 'passengers vs all aboard vs licensed capacity'): "'600' (the passengers she was certified to carry) and '435' (passengers and crew aboard) are linked as one figure: passengers count as people since stop 17, and 'certified to carry' is not read as a capacity",
}


@pytest.mark.parametrize("event", EVENTS)
def test_look_alikes_are_never_reported_as_disagreeing(event: str) -> None:
    data = load_event(event)
    for entry in data.gold.get("non_conflicts", []):
        mentions = entry["mentions"]  # type: ignore[index]
        disputed = []
        for conflict in data.conflicts:
            hit = [c for c in conflict.claims if any(_matches(c, m) for m in mentions)]  # type: ignore[union-attr]
            disputed += [(a.text, b.text) for i, a in enumerate(hit) for b in hit[i + 1:]
                         if a.source != b.source and cannot_both_hold(a, b) and not _planted_pair(data, a, b)]
        if (event, entry["subject"]) in KNOWN_FALSE_ALARMS:
            assert disputed, f"{entry['subject']}: no longer reported; remove it from KNOWN_FALSE_ALARMS"
        else:
            assert not disputed, f"{entry['subject']}: {disputed} reported as a conflict ({entry['why']})"


def _planted_pair(data: Event, a: Claim, b: Claim) -> bool:
    """Both claims are mentions of one planted conflict: a look-alike that shares a mention
    with a planted conflict ("the whole" in subgroup-vs-whole) is not disputed by it."""
    return any(any(_matches(a, m) for m in entry["mentions"]) and any(_matches(b, m) for m in entry["mentions"])
               for entry in data.gold["conflicts"])  # type: ignore[index]


# Planted conflicts claimcheck does not find yet, and why (see the closing notes).
KNOWN_GAPS = {
    ('aldermark-heat-pump-grant', 'grant applications received in 2027'): "times read as different ('48,600': last year, 'nearly 58,000': 2027)",
    ('calverra-open-2031-final', 'match length'): 'no disagreeing pair extracted',
    ('calverra-open-2031-final', 'aces served by Ndaraje in the final'): "vetoed ('27' / 'Twenty-three': nouns, story, places, measures or parts differ)",
    ('corravel-census-2029', 'share of the population aged 65 and over, 2029'): "times read as different ('19.4 pct': 2029, 'more than one in five': 2030-09-14)",
    ('corravel-census-2029', 'number of households at the 2029 census'): 'no disagreeing pair extracted',
    ('drumveld-railway-landslide', 'year the Drumveld Mountain Railway opened'): "words differ: '1897' (opened, climb, railway) vs '1879' (opened, line), similarity 0.15",
    ('drumveld-railway-landslide', 'daily passengers on the line'): "vetoed ('about 4,200' / 'Some 3,100': nouns, story, places, measures or parts differ)",
    ('quillacota-tailings-dam-collapse', 'volume of mud released'): "words differ: '9.7 million cubic metres' (releasing, mud, mine) vs '7.9 mn m³' (mud), similarity 0.23",
    ('quillacota-tailings-dam-collapse', 'dam height'): "no shared word next to '86-metre' (dam, way, shortly) and '68 m (223 ft)' (height)",
    ('serabend-canal-grounding', 'ships waiting when the canal reopened'): "no shared word next to 'three hundred and twelve' (vessel, stuck, queue) and '286' (reopening, waiting, ship)",
    ('serabend-canal-grounding', 'toll revenue lost during the blockage'): "times read as different ('some $95 million': 2031-03-11, 'USD 59m': 2031-03-18)",
    ('brackwater-motors-recall', 'recall cost estimate'): "times read as different ('about 480 mln pounds ($610 mln)': None, 'some £620 million': 2029)",
    ('brackwater-motors-recall', 'share price move on the day of the recall'): "words differ: '6.2 PCT' (share, risk, fire) vs '-2.6%' (move, price, share), similarity 0.13",
    ('vessany-university-admissions', 'acceptance rate, 2027'): "no shared word next to '70.5 pct' (place, won, share) and '72.9%' (rate, acceptance)",
    ('altmere-airways-pilot-strike', 'passengers affected by the two-day strike'): "times read as different ('about 160,000': 2030-06-03, '210,000': 2030-06-07)",
    ('ashcombe-millrace-park-expansion', 'cost of the expansion'): "times read as different ('£310M': 2032-02-10, '£280m (€330m)': 2031-01-10)",
    ('corvania-2027-budget', '2027 deficit target'): "times read as different ('2.9%': 2026-10-13, '2.6 per cent': 2027)",
    ('corvania-2027-budget', 'new tax-free allowance'): "times read as different ('13,200 euros': 2025-09-08, '€13,500': 2027)",
    ('marrowick-refinery-fire-spill', "Thursday's clean-up cost estimate"): "words differ: '$85 million' (bill, clean-up, raised) vs '$58mn' (clean-up, latest, tessend), similarity 0.20",
    ('norvaxa-norovirus-vaccine', 'overall vaccine efficacy'): "times read as different ('71.3%': 2025/2026, '81 per cent': 2026-11-05)",
    ('pellingrove-profit-warning', 'third-quarter revenue change'): "times read as different ('7%': 2028, '-5%': 2027-09-26)",
    ('pellingrove-profit-warning', 'job cuts'): "vetoed ('1,400' / 'some 1,700': nouns, story, places, measures or parts differ)",
    ('serrin-light-ferry-capsize', 'capsize distance offshore'): "vetoed ('11 nautical miles (20 km)' / 'about 20 nautical miles (37 km)': nouns, story, places, measures or parts differ)",
    ('serrin-light-ferry-capsize', 'speed at capsize'): "vetoed ('14 knots' / '18 knots (33 km/h)': nouns, story, places, measures or parts differ)",
    ('skellan-viaduct-closure', 'year the viaduct opened'): "words differ: '1971' (opened, closed, bridge) vs '1968' (opened), similarity 0.27",
    ('tarrowgate-mayor-tram-referendum', 'referendum yes share'): "times read as different ('58.4%': 2025-08-31, 'Sixty-three per cent': None)",
    ('tour-of-almavera-2027', 'winning margin'): "no shared word next to '38 SECONDS' (almavera, final, tour) and '0:58' (gap, danz, aurelio)",
    ('tour-of-almavera-2027', "winner's prize"): "no shared word next to '80,000 euros' (home, prize, winner) and '€60,000' (victory, revelle)",
    ('valdesca-drought-rationing', 'reservoir level on 14 August'): "words differ: '23%' (reservoir, rationing, water) vs '28%' (level, reservoir), similarity 0.13",
    ('valdesca-drought-rationing', 'household water allowance'): "no shared word next to '120 litres' (supply, person, capping) and 'a hundred litres' (live, learn, town)",
    ("tirravel-heatwave-records", "Castelbrun maximum temperature on 14 July"):
        "'The weather station there logged 46.9 degrees': 'there' points back to Castelbrun; words differ",
    ("aeroliva-qx417-landing", "altitude at engine failure"): "'failed at' vs 'cruising at' and a table row: subject words differ",
    ("brannock-colliery-explosion", "depth of affected gallery"): "'trapping 17 more about 1,300 feet': 'more' makes the depth a change",
    ("eastmark-emissions-2024", "Brenna plant closure"): "future event dates",
    ("halcyon-semiconductor-earnings", "data-centre revenue growth"): "segment named in another clause",
    ("hartwell-vrba-transfer", "up-front transfer fee"): "'up-front' vs 'initial' fee",
    ("lakeport-marathon-2024", "course record improvement"): "seconds counted as a noun",
    ("marenza-earthquake", "epicentre distance from Tervasa"): "subject words differ",
    ("marenza-earthquake", "death toll on 9 September"): "headline toll and a governor's toll: subject words differ",
    ("namora-sabeli-pipeline", "pipeline cost"): "cost stated in another clause",
    ("norhaven-nurses-strike", "strike ballot yes vote"): "'backed the walkout by 87 pct in a ballot' vs table row 'Strike ballot, yes vote | 78%': not compared",
    ("tavaro-measles-campaign", "measles deaths since Oct 2023"): "counted nouns differ (deaths/people)",
    ("tavaro-measles-campaign", "campaign target population"): "'target population' vs 'targeted': thin shared context",
    ("valmora-rate-decision", "annual CPI inflation February 2025"): "'7.9 per cent higher than a year earlier' is read as a change, 7.4% as a level",
    ("varuni-river-floods", "people affected"): "'over' is a lower bound, so 1.2 million fits",
    ('amberley-tiernan-trophy-2035-36', 'fifth Test total attendance'): "linked, but excused ('148,200' / 'more than half a million': a sentence also states the other value, or a tally rose)",
    ('amberley-tiernan-trophy-2035-36', "Sefton Oyelaran's age"): 'no disagreeing pair extracted',
    ('brenlow-avian-flu-cull', 'total birds culled in the outbreak so far'): "words differ: '2.9 mln' (culled, poultry, estovia) vs '1.7 million' (far, culled, bird), similarity 0.19",
    ('brenlow-avian-flu-cull', 'protection zone radius'): "no shared word next to '3 km (1.9 miles)' (authority, protection, zone) and '3 miles' (infected, premise)",
    ('greyfen-road-stadium-delay', 'cost overrun as a percentage of the original budget'): "roles or units differ (increment '53 pct' vs level 'some 43 per cent')",
    ('halvenmark-offshore-wind-auction', "round's total annual support budget"): "linked, but excused ('1.1 bln euros' / '€900 million': a sentence also states the other value, or a tally rose)",
    ('orvaland-generics-cartel-fine', 'estimated overcharge to the National Health Fund'): "no shared word next to '€290m' (nhf, overcharge) and 'some €240 million' (orvaland, adult, pill)",
    ('aurivane-it-outage', 'flights cancelled on Monday'): "times read as different ('1,146': 2032-11-15, '1,420': 2033-11-14)",
    ('aurivane-it-outage', 'passengers affected on Monday'): "times read as different ('about 1.64 mln': 2032-11-15, '164,000': 2033-11-16)",
    ('morandell-salt-orchard-auction', 'previous auction record for a painting'): "times read as different ('$126.3 mln': 2031-05, '$104.5 million': 2033-04-30)",
    ('morandell-salt-orchard-auction', 'Olsby purchase price in 1987'): "no shared word next to '$4.1 mln' (bought, olsby, leopoldine) and '$1.4 million' (paid, heiress, shipping)",
    ('abernesse-hospital-ransomware', 'patients whose data was copied (latest count)'): "words differ: 'about 480,000' (risen, close, copied) vs 'around 200,000' (taken, patient), similarity 0.05",
    ('quorvane-q3-2031-results', '2031 full-year delivery target'): "linked, but excused ('560,000-580,000' / '540,000–560,000': a sentence also states the other value, or a tally rose)",
    ('quorvane-q3-2031-results', 'Dornbay battery plant capacity'): "vetoed ('40 MWh' / '40 GWh': nouns, story, places, measures or parts differ)",
    ('tannerby-deep-mine-closure', 'Tannerby Deep annual coal output'): "times read as different ('2.6 mln tonnes': last year, 'around four million tonnes': 2032-08-22)",
    ('tannerby-deep-mine-closure', 'date the mine closes'): 'no disagreeing pair extracted',
    ('tessenby-ride-heat-cancellation', 'riders registered for the 2032 ride'): "times read as different ('16,480': Friday, '14,900': 2031-12-30)",
    ('tessenby-ride-heat-cancellation', 'length of the full route'): "not extracted: 'hundred-mile'",
    ('tessenby-ride-heat-cancellation', 'forecast high for Port Alwen on ride day, as of the cancellation'): "no shared word next to 'up to 37C' (temperature, coast, saying) and '39C' (risen, afternoon)",
    ('harrowdene-housing-report', 'median house price October 2026'): "times read as different ('£312,400': 2026-10, '£318,200': 2026-11-12)",
    ('nimbrel-systems-layoffs', 'jobs cut in the April 2032 round'): "vetoed ('4,200' / 'some 4,800': nouns, story, places, measures or parts differ)",
    ('drennmoor-open-2034', "Ranswick's second-round (course-record) score"): "not extracted: '61'",
    ('drennmoor-open-2034', 'total purse for 2034'): "words differ: '$15.5 million' (year, purse, collected) vs '$18 mln' (purse, victory), similarity 0.27",
    ('lumenreach-arvostar-launch-contract', 'mass of one LR-2B satellite'): "no shared word next to 'some 740 pounds' (weighing, orbit, satellite) and '740 kg (1,630 lb)' (mass, heavier, first-generation)",
    ('ostvel-river-dolphin-census', 'population growth since the 2029 census'): "no shared word next to '17.2 pct' (risen, census, dolphin) and 'more than a quarter' (grown, population)",
    ('ostvel-river-dolphin-census', 'dolphin deaths in fishing nets, 2034'): "times read as different ('31': last year, '58': 2034)",
    ('tressant-teachers-pay-deal', 'second-year pay rise from September 2030'): "words differ: 'a further 4 pct' (backdated, education, school) vs 'a further 4.5 per cent' (tressant, teacher, federation), similarity 0.04",
    ('tressant-teachers-pay-deal', 'national strike days'): 'no disagreeing pair extracted',
    ('tressant-teachers-pay-deal', 'ballot yes vote'): "vetoed ('68 pct' / 'nearly four in five': nouns, story, places, measures or parts differ)",
    ('brastow-city-triathlon-2033', "men's winning time"): "no shared word next to '1:46:52' (course, olympic-distance, covering) and 'one hour forty-six minutes and twenty-five seconds' (square, guildhall, line)",
    ('brastow-city-triathlon-2033', "previous men's course record"): "no shared word next to '1:47:30' (oskar, lindqvast, finished) and '1:48:11' (course, giving, old)",
    ('brindleford-hospital-waiting-times', 'patients who died while on the unofficial lists'): "vetoed ('34' / 'thirty-seven': nouns, story, places, measures or parts differ)",
    ('caldriss-ferries-fare-rise', 'total jobs to be cut'): "times read as different ('140': None, '95': None)",
    ('pendrake-stores-half-year-2034', 'stores to close'): "not extracted: '47'",
    ('tamzarat-sandstorm-airport-closure', 'flights cancelled over the whole closure'): "times read as different ('some 412': 2030-04-15, '236': 2031-04-16)",
    ('aubrenne-riverside-tram-line', 'final cost of the Riverside Line'): "no shared word next to '1.42 bln euro' (project, full, service) and '€1.5bn' (final)",
    ('aubrenne-riverside-tram-line', "city of Aubrenne's share of the cost"): "not extracted: 'a quarter'",
    ('grevillard-museum-heist', 'total estimated value of the stolen works'): "no shared word next to '57 MLN EUROS' (art, castreval, thieve) and '€75m' ()",
    ('kelvray-dam-spillway-release', 'Kelvray dam height'): "words differ: '86-metre' (dam, completed, sit) vs 'sixty-eight-metre' (kelvray, dam, finished), similarity 0.00",
    ('merovane-minimum-wage-2030', 'workers who will get a raise'): "vetoed ('about 640,000' / 'some 460,000': nouns, story, places, measures or parts differ)",
    ('sylvarra-velantra-approval', 'annual list-price cost of Velantra per patient'): "vetoed ('about 17,400 euros' / '€1,450': nouns, story, places, measures or parts differ)",
    ('sylvarra-velantra-approval', 'relative risk reduction in the final SOLACE-HF result'): "words differ: '25 pct' (produced, reduction, velantra) vs 'twenty-one per cent' (follow-up, median, reduction), similarity 0.20",
    ('merriscombe-sea-wall-upgrade', 'sea wall height increase'): "roles or units differ (level '1.4 m' vs change '1.4 feet')",
    ('merriscombe-sea-wall-upgrade', 'cost of the sea wall upgrade'): "no shared word next to '£148 million' () and '£96 million' (=cost, pric, shar)",
    ('veskaria-chess-championship-2034', 'peak concurrent viewers of the final'): "times read as different ('421,000': 2033-07-09, '412,000': 2032-07-07)",
    ('corvantis-lumexa-results-2032', 'operating margin, 2032'): "times read as different ('27.4%': 2032, '25.1 per cent': 2033-02-24; this test reads each article alone, the benchmark dates them together and finds it)",
    ('velkarra-wheat-harvest-2031', 'average wheat yield, 2031'): "vetoed ('3.35 t' / '3.06 tonnes': nouns, story, places, measures or parts differ)",
    ('carrowdale-bike-share-first-year', 'bike fleet size, April 2032'): "times read as different ('3,510': 2032-04-24, '3,150': 2031-04)",
    ('carrowdale-bike-share-first-year', 'annual subscribers, end of first year'): "times read as different ('more than 41,000': 2032-04-24, '28,600': 2031-04)",
    ('marrovian-cup-final-2033', 'distance of the winning three-pointer'): "no shared word next to '2' (ferrel, toma) and 'eight' (vorsk, met, leagu)",
    ('marrovian-cup-final-2033', 'peak TV audience of the final'): "times read as different ('2.46 million': 2032-08-28, '2.6 million': 2016)",
    ('tidebreaker-ii-opening-weekend', 'international opening gross'): "words differ: 'a further $205.5 million' (film, studio, market) vs '$263.7 mln' (international, market, worldwid), similarity 0.27",
    ('tidebreaker-ii-opening-weekend', 'Averland theatres, opening weekend'): "times read as different ('4,150': 2031-07-10, '4,310': Friday)",
    ('kestrafell-park-annual-report-2030', 'total authority spending, 2030'): "words differ: '64.2 mln euros' (=cost, spend) vs '€59.8 million' (=cost, spent, authority), similarity 0.13",
    ('tarrenvale-ondessa-test-series-2032', 'fifth-wicket partnership, fifth Test'): "roles or units differ (change '4' vs level '14')",
    ('tarrenvale-ondessa-test-series-2032', 'total attendance, 2032 series'): "roles or units differ (level 'some 119,000' vs change '4')",
    ('tarrenvale-ondessa-test-series-2032', 'adult ticket price, final day'): "words differ: 'forty dollars' (=cost, final, ticket) vs '$25' (=aboard, =cost, pric), similarity 0.15",
    ('lorvane-grand-draw-record-jackpot', 'good-causes share of ticket sales, now'): "no shared word next to '28 pct' (=revenue, ticket, sale) and '32%' (line, sold, sport)",
    ('ketterly-hydrogen-bus-trial', 'purchase price of one hydrogen bus'): "vetoed ('about 640,000 euros' / '€460,000': nouns, story, places, measures or parts differ)",
    ('thornquay-wedding-salmonella-outbreak', 'total outbreak cases'): "vetoed ('87' / '61': nouns, story, places, measures or parts differ)",
    ('thornquay-wedding-salmonella-outbreak', 'patients treated in hospital'): "vetoed ('14' / '26': nouns, story, places, measures or parts differ)",
    ('orskeld-chlorine-plant-explosion', 'plant workforce'): "vetoed ('1,100' / '4': nouns, story, places, measures or parts differ)",
    ('quellbridge-boil-water-notice', 'Tamsey Road daily treatment capacity'): 'no disagreeing pair extracted',
    ('kestwell-tower-fire-inquiry', 'people injured in the fire'): "vetoed ('4' / 'Nine': nouns, story, places, measures or parts differ)",
    ('kestwell-tower-fire-inquiry', "Saldane Homes' compensation fund, current size"): "words differ: '£28 million' (asid, bereav, home) vs '£46m' (fund, compensat, lift), similarity 0.09",
    ('mireth-anvaro-glasslight-tour', 'Glasslight Tour gross takings, whole tour'): "words differ: '742.6 MLN DLRS' (gross, tour, glasslight) vs '$512 million' (taking, gross), similarity 0.29",
    ('mireth-anvaro-glasslight-tour', 'number of shows on the tour'): "roles or units differ (prior '52' vs level '48')",
    ('cerro-tamberi-copper-strike', 'Cindral 2031 Tamberi production guidance'): "no shared word next to 'between 255,000 and 265,000 tonnes' (company) and '290,000 t' (product, current)",
    ('corsavia-jobs-wages-q3-2031', 'number unemployed, Q3 2031'): "vetoed ('some 543,000' / '412,000': nouns, story, places, measures or parts differ)",
    ('castrenne-pension-reform', 'number of pensioners'): "times read as different ('almost 2.9 million': 2033-06-18, 'More than 3 million': 2033-06-20)",
    ('hallowfirth-ice-storm', 'total overhead line brought down'): "words differ: '1,240 km (770 miles)' (line, overhead) vs 'some 310 kilometres' (power, line, region), similarity 0.25",
    ('ellingmoor-battery-lab-grant', 'researchers at full strength'): "words differ: '210' (room, research, doctoral) vs '160' (strength, full, research), similarity 0.13",
    ('ellingmoor-battery-lab-grant', 'new doctoral places funded by the grant'): "roles or units differ (increment 'more than seventy' vs level '64')",
    ('stenhaven-low-emission-zone-year-one', 'compliance rate over the first year'): "no shared word next to '84.6 pct' (=average, averag, vehicl) and '91.3%' (rate, complianc)",
    ('wexholme-rovers-takeover-bid', 'wage bill, 2030-31 season'): "linked ('96.4 mln pounds' / '£123.6 million', similarity 0.86) but excused by a reconcile rule",
    ('wexholme-rovers-takeover-bid', 'season-ticket holders this season'): "linked ('22,900' / '24,600', similarity 0.74) but excused by a reconcile rule",
    ('ardenvale-dairy-milk-price-dispute', 'current farmgate milk price per litre (after 1 Oct 2031 cut)'): "no shared word next to '34.2 pence' (=cost, milk, litr) and '38.5 pence' (paid, pennard)",
    ('ardenvale-dairy-milk-price-dispute', 'dairy farms in Ardenvale, 2031'): "linked ('7,840' / '6,210', similarity 0.89) but excused by a reconcile rule",
    ('aldwyn-bridge-partial-collapse', 'daily traffic on the Aldwyn Bridge before the collapse'): "no shared word next to '52,000' (traffic, daily, vehicl) and 'about 4' (=deaths, water, kill)",
    ('velquon-aster-9-launch', 'Aster 9 first-weekend unit sales, worldwide, 12-14 Sept 2031'): "words differ: '1.09 million' (sold, handset, velquon) vs '1.42 million' (sold, aster, handset), similarity 0.00",
    ('velquon-aster-9-launch', 'Aster 9 128GB entry price'): "times read as different ('€897': 2030, '€879': 2031-03-01)",
    ('serravolt-orlenhaven-job-cuts', 'jobs cut at Orlenhaven (total)'): "times read as different ('2,350': 2034, '1,900': 2032-08-01)",
    ('serravolt-orlenhaven-job-cuts', 'battery cell works annual capacity, current'): "no shared word next to '32 GWh' (=capacity, capacity, annual) and '24 gigawatt-hours' (turn, cell)",
    ('serravolt-orlenhaven-job-cuts', 'Serravolt share price move on 15 February 2033'): "vetoed ('6.8 pct' / '−8.6%': nouns, story, places, measures or parts differ)",
    ('quendria-leaving-certificate-results-2031', 'national pass rate, 2031'): "words differ: '88.7%' (rate, overall) vs '89.4 per cent' (rate, national, council), similarity 0.26",
    ('quendria-leaving-certificate-results-2031', 'candidates sitting the Leaving Certificate, 2031'): "no shared word next to '54,390' (candidat) and '61,840' (student, sat, exam)",
    ('veskholm-snowstorm-2034', 'flights cancelled at Arlen on Monday 23 January'): "vetoed ('Some 640' / '412': nouns, story, places, measures or parts differ)",
    ('tamsford-infirmary-varnby-wing', 'staff hired for the wing'): 'no disagreeing pair extracted',
    ('velsker-strait-swim-record', 'Marrodan crossing time'): "no shared word next to '3' (sum) and 'just under 14' (velsk, half, strait)",
    ('velsker-strait-swim-record', 'previous Velsker Strait record'): "times read as different ('16 h 08 min': 2032-01-03, '15 hours 52 minutes': 2019)",
    ('drennick-grain-silo-explosion', 'wheat in Silo No. 4 at time of blast'): "times read as different ('some 11,800 tonnes': 1992, '1,180 tonnes': 2033-03-31)",
    # held-out batches 35-38, as first measured
    ('ebrovia-sugar-levy-first-year', 'sugar levy revenue, first year (April 2032-March 2033)'): "words differ: '€273m' (levy) vs '€312 million' (levy raised), similarity 0.19",
    ('ebrovia-sugar-levy-first-year', 'sugar removed by reformulation, first year'): "words differ: 'some 8,400 tonnes' (manufacturers stripped) vs 'almost 15,000 tonnes' (sugar removed reformulation), similarity 0.09",
    ('gorrasby-cliff-erosion-relocation', 'homes to be relocated'): "words differ: '68' (homes moved) vs 'eighty-six' (homes bought), similarity 0.24",
    ('gorrasby-cliff-erosion-relocation', 'Cragg Farm site area'): "words differ: '0.27 km²' (site covers) vs '40-acre' (demolished rebuilt), similarity 0.00",
    ('grismont-freight-tunnel-boring-milestone', 'current cost estimate of the tunnel'): "words differ: '4.4 bln pounds' (grl project late) vs '£4.7bn' (budget approved), similarity 0.11",
    ('grismont-freight-tunnel-boring-milestone', 'planned opening date'): "words differ: 'March 2034' (freight trains roll) vs 'December 2033' (hub kettlewick open), similarity 0.07",
    ('halotrek-satellite-internet-outage', 'day the outage began'): 'no disagreeing pair extracted',
    ('kilbraith-rowing-regatta-2033', 'spectators over the regatta weekend'): "words differ: 'nearly 60,000' (organisers crowd) vs '38,000' (attendance), similarity 0.22",
    ('maelstrand-link-interconnector-commissioning', "homes the link can supply (owners' estimate)"): "words differ: 'about 1.9 million' (owner supplied home) vs '2.3 mln' (enough electricity supply), similarity 0.00",
    ('pennacre-data-centre-water-dispute', 'Solvanta licence limit per day'): 'no disagreeing pair extracted',
    ('pennacre-data-centre-water-dispute', 'hosepipe ban start date'): 'no disagreeing pair extracted',
    ('port-saldeno-pangolin-ivory-seizure', 'number of suspects arrested'): "words differ: 'seven' (kasombe) vs 'Five' (men arrested charged), similarity 0.08",
    ('port-saldeno-pangolin-ivory-seizure', 'estimated value of the seizure'): "words differ: '$9.6 mln' (lrca haul) vs '$6.9m' (customs haul), similarity 0.26",
    ('port-saldeno-pangolin-ivory-seizure', 'date of the seizure'): "words differ: 'on Wednesday' (risk-profiling system flagged) vs '12 September' (raid place), similarity 0.00",
    ('quarrington-hgx-toll-road-sale', 'time left on the HGX concession'): "words differ: 'about 16 years' (concession) vs 'nineteen years' (contract pointed), similarity 0.00",
    ('quarrington-hgx-toll-road-sale', 'car toll rise from January 2034'): "words differ: '6.4 pct' (grenlow averaged vehicles) vs 'nine per cent' (drivers pay), similarity 0.00",
    ('tolvern-youth-football-cup-2032', 'semi-final date'): "words differ: '1' (match final) vs '14' (medical teams treated), similarity 0.10",
    ('vetterlin-greenmarch-pharmacy-merger', 'FMO phase one deadline'): "words differ: 'April 7' (complete initial review) vs '1' (step deadline phase), similarity 0.03",
    ('drossland-aurevie-fishing-quota-deal', 'date the fisheries agreement was signed'): "dates are compared only for one-time events (founded, opened, erupted...); a signing recurs in news ('Iran signed a deal in 2019')",
    ('gorrasby-cliff-erosion-relocation', 'date of the council vote'): "dates are compared only for one-time events (founded, opened, erupted...); a vote recurs in news",
    # held-out batches 39 and 41, as first measured
    ('crennock-infirmary-emergency-overcrowding', 'patients on trolleys on the morning of 15 January 2031'): "words differ: 'fifty-seven' (unannounced stayed found) vs '47' (patients trolleys department), similarity 0.68",
    ('dunsgarth-parking-charges-increase', 'date new parking charges take effect'): "words differ: 'Thursday 1 April' (tariffs effect) vs 'April 6' (charges apply), similarity 0.00",
    ('dunsgarth-parking-charges-increase', 'extra parking revenue a year'): "words differ: 'an extra £4.2 million' (council tariffs) vs 'an extra £3.8m' (tariffs raise), similarity 0.63",
    ('dunsgarth-parking-charges-increase', 'spaces in council car parks'): "words differ: '3,400' (plus) vs '4,300' (on-street pay-and-display bays), similarity 0.60",
    ('ondrevik-star-shipwreck-salvage', 'depth of the wreck'): "words differ: '68 metres' (work depth) vs '86 m' (depth), similarity 0.22",
    ('ondrevik-star-shipwreck-salvage', 'final cost of the salvage operation'): "words differ: 'EUR 41 mln' (budgeted contract authority) vs '€38m' (final), similarity 0.26",
    ('talvora-esports-national-championship-2033', 'age of MVP Linnea Marrant'): "words differ: '19-year' (known fans simply) vs '17-YEAR' (marrant mvp), similarity 0.00",
    ('tolumai-island-volcano-tourism-slump', 'date the Orrekai alert was lowered to yellow'): 'no disagreeing pair extracted',
    # held-out batch 40, as first measured
    ('ombravia-ombralink-satellite-launch-failure', 'OmbraLink-1 satellite mass'): "words differ: '4.85-tonne' (spacecraft fuelled estermann) vs '5,840 kg' (weighed), similarity 0.00",
    ('ombravia-ombralink-satellite-launch-failure', 'date parliament approved the OmbraLink programme'): "words differ: 'February 2026' (parliament approved programme) vs '3 February 2027' (parliament approved programme), similarity 0.44",
    ('hollinmoor-dairy-cooperative-annual-results', 'Hollinmoor revenue growth FY2032'): "words differ: '8.2 pct' (milk price revenue) vs '6.8%' (revenue), similarity 0.48",
    ('corrabin-wildfire-season-review', 'total area burned in the 2032-33 season'): "words differ: 'about 4,800 square kilometres' (fires burned) vs '412,600 hectares' (wildfires burned), similarity 0.06",
    ('corrabin-wildfire-season-review', 'Tallow Creek fire ignition date'): 'no disagreeing pair extracted',
    # held-out batch 42, as first measured
    ('cawdrey-teachers-class-size-strike', 'date the government pay offer was tabled'): 'no disagreeing pair extracted',
    ('fennistow-airport-terminal-opening', 'final cost of Terminal 3'): "words differ: '1.62 bln pounds' (capacity travellers final) vs '£1.8 billion' (terminal), similarity 0.05",
    ('sabrell-river-dyeworks-pollution', 'volume of effluent released'): "words differ: '340,000 litres' (releasing) vs 'some 113,600 gallons (430,000 liters)' (sending), similarity 0.39",
    ('sabrell-river-dyeworks-pollution', 'length of river affected'): "words differ: '23 km (14 miles)' (wyrlton killed fish) vs 'roughly 30 km (19 miles)' (affected), similarity 0.00",
    ('sabrell-river-dyeworks-pollution', 'date dead fish were first reported'): "words differ: 'May 10' (wyrlton weir morning) vs 'Thursday 8 May' (anglers report dead), similarity 0.42",
    # held-out batches 43-50, as left after this stop's changes (first measurements in README)
    ('barsand-portrait-auction-record', 'year the painting was made'): "words differ: '1906' (barsand painted canvas) vs '1908' (painted), similarity 0.30",
    ('caerlinth-library-archive-flood', 'length of the lending floors closure'): "words differ: 'sixteen days' (doors shut) vs '12 days' (river tallow flooded), similarity 0.00",
    ('carrisand-rough-sleeping-count', 'people sleeping rough nationally on count night, November 2032'): "words differ: '4,780' (people found sleeping) vs '4,870' (sleeping rough carrisand), similarity 0.36",
    ('carrisand-rough-sleeping-count', 'date of the national street count'): "words differ: '16 November' (count place night) vs 'Nov. 9' (count held night), similarity 0.44",
    ('carvenny-university-pension-strike', 'number of strike days called'): "vetoed ('14 days' / 'twelve days': nouns, story, places, measures or parts differ)",
    ('dornhaven-winter-gritting-budget', 'date of the storm that closed every school'): 'no disagreeing pair extracted',
    ('glenhallow-hospital-overseas-nurse-recruitment', 'overseas nurses recruited since September 2033'): "vetoed ('some 210' / '312': nouns, story, places, measures or parts differ)",
    ('glenhallow-hospital-overseas-nurse-recruitment', 'average time from arrival to registration, now'): "words differ: '14 weeks' (overseas nurses average) vs 'around seven months' (arrivals wait), similarity 0.50",
    ('kelmoria-central-bank-gold-purchases', 'cost of the February 2031 gold purchases'): "vetoed ('about $1.1bn' / '1.6 billion dollars': nouns, story, places, measures or parts differ)",
    ('kelmoria-central-bank-gold-purchases', 'start of the reserve diversification (gold buying) programme'): "words differ: 'October 2028' (programme kicked) vs 'October 2029' (reserve diversification programme), similarity 0.30",
    ('kirrowby-bypass-opening', 'final cost of the Kirrowby bypass'): "words differ: '£672m' (river tallow viaduct) vs '612 mln pounds' (construction final bill), similarity 0.01",
    ('kirrowby-bypass-opening', 'length of the construction period'): "vetoed ('four-year' / 'three years': nouns, story, places, measures or parts differ)",
    ('lanthorne-ridge-hospice-walk', 'length of the walk route'): "words differ: '26km (16-mile)' (completed) vs '32 km (20 miles)' (route people walk), similarity 0.18",
    ('lanthorne-ridge-hospice-walk', 'date of the tenth Lanthorne Ridge Walk'): "words differ: 'Saturday 12 June' (lanthorne ridge walk) vs 'Saturday 19 June' (ridge walk place), similarity 0.56",
    ('marrendal-zoo-rhino-calf-birth', 'calf birth weight'): "words differ: 'nearly thirty-five kilos' (tipped scales) vs '27 kg' (female calf weighed), similarity 0.00",
    ('marrendal-zoo-rhino-calf-birth', 'date the rhino house reopens and the calf goes on public view'): "words differ: '22-23 March' (mother calf weekend) vs 'Saturday 29 March' (house reopens public), similarity 0.21",
    ('marrendal-zoo-rhino-calf-birth', 'Marrendal Zoo visitors in 2035'): "words differ: 'more than half a million' (zoo) vs '412,000' (marrendal zoo), similarity 0.41",
    ('montgrelle-ski-season-opening', 'skiers on opening day (Saturday 6 December)'): "words differ: 'more than 9,000' (skiers turned montgrelle's) vs 'about 6,500' (resort counted), similarity 0.29",
    ('orsenne-valley-spring-frost-vineyards', 'vineyard area damaged by the April 2034 frost'): "words differ: 'about 5,300 hectares' (frost night damaged) vs 'more than 8,000 hectares' (early estimates suggest), similarity 0.30",
    ('orsenne-valley-spring-frost-vineyards', 'expected insurance payouts for the frost'): "words differ: 'about EUR 85 mln' (insurers pay) vs 'around forty-five million euros' (insurers expecting pay), similarity 0.69",
    ('orvenne-lumpy-skin-vaccination', 'radius of the vaccination zone around Castelbrac'): "words differ: '30-kilometre' (ring castelbrac home) vs '50 km' (radius zone vaccination), similarity 0.09",
    ('orvenne-lumpy-skin-vaccination', 'number of cattle inside the vaccination zone'): "words differ: 'some 530,000' (cattle zone) vs 'about 350,000' (zone holds), similarity 0.23",
    ('orvenne-lumpy-skin-vaccination', 'date the vaccination campaign started'): "words differ: 'Saturday, 10 June' (vaccination) vs 'on Monday' (vaccination), similarity 0.28",
    ('pelsworth-motorway-tanker-spill', 'length of the M14 closure'): "vetoed ('31-hour' / 'more than two days': nouns, story, places, measures or parts differ)",
    ('pemberlow-bank-mortgage-rate-rise', 'size of the SVR increase'): "words differ: '35 bp' (svr central bank's) vs '45bp' (svr change), similarity 0.07",
    ('pemberlow-bank-mortgage-rate-rise', 'date the SVR increase takes effect'): "words differ: '1 April' (standard variable rate) vs '1 March 2032' (rate svr effect), similarity 0.26",
    ('pemberlow-bank-mortgage-rate-rise', 'monthly increase on a £200,000, 25-year repayment mortgage'): "vetoed ('sixty-four pounds' / 'GBP 44': nouns, story, places, measures or parts differ)",
    ('peregrine-solace-norovirus-outbreak', 'date the ship returned to Calmaris'): "words differ: '12 March' (docked calmaris) vs '13 March 2031' (calmaris back), similarity 0.19",
    ('renquist-triple-jump-world-record', 'tailwind for the record jump'): "words differ: '1.9 metres per second' (runway following wind) vs '1.6 m/s' (wind), similarity 0.32",
    ('renquist-triple-jump-world-record', "Renquist's age"): "vetoed ('24-year' / '25': nouns, story, places, measures or parts differ)",
    ('sallowmere-festival-ticket-crash', 'fans charged without receiving a ticket'): "words differ: 'some 3,400' (nurse harnby) vs 'more than 4,000' (stuck online queue), similarity 0.18",
    ('sallowmere-festival-ticket-crash', 'festival dates'): "words differ: '31 July to 3 August' (sallowmere) vs 'Thursday 24 July' (place fernacre farm), similarity 0.87",
    ('tessaloom-series-c-funding', 'year Tessaloom was founded'): "words differ: '2029' (vantreeck founded company) vs '2027' (shop calder street), similarity 0.00",
    ('torrasel-reservoir-drought-hydropower', 'Lake Torrasel level on 10 August'): "words differ: '23 pct' (full drought) vs '19%' (important hydroelectric plants), similarity 0.15",
    ('torrasel-reservoir-drought-hydropower', 'date the drought emergency was declared'): "words differ: '1 August' (upper torrasel basin) vs 'the fourth of August' (drought emergency declared), similarity 0.32",
    ('vantrell-valley-line-cable-theft', 'date of the first cable theft'): "words differ: '12 February' (theft) vs '2 Feb' (date), similarity 0.00",
    ('vantrell-valley-line-cable-theft', 'men arrested in the 9 March raids'): "words differ: 'four' (men appear dunvrey) vs 'Three' (men arrested dunvrey), similarity 0.49",
    ('zentheon-kelsby-chip-fab-groundbreaking', 'state aid for the first phase'): "words differ: 'EUR 2.9 bln' (backed) vs '€3.9 billion' (aid state), similarity 0.74",
    ('zentheon-kelsby-chip-fab-groundbreaking', 'start of volume (commercial) production'): "words differ: '2038' (start production) vs '2039' (start commercial production), similarity 0.64",
    # lost when words began to meet by their Snowball stem (each was a borderline link before)
    ('brannock-colliery-explosion', 'miners underground at time of blast'): "words differ: '212' (underground blast) vs '186' (workers night shift), similarity 0.16",
    ('veskaria-chess-championship-2034', "winner's prize money"): "words differ: '600,000 kroner' (imbry) vs 'six million kroner' (win), similarity 0.07",
    # held-out batches 51-58, as left after this stop's changes (first measurements in README)
    ('ambreth-exam-paper-leak-scandal', 'students who must resit the cancelled papers'): "words differ: 'almost 44,000' (students back exam) vs '38,400' (exam papers leak), similarity 0.07",
    ('ambreth-exam-paper-leak-scandal', 'dates of the retakes'): "words differ: '6 and 7 July' (retakes held) vs '13-14 July' (retakes scheduled), similarity 0.32",
    ('ambreth-exam-paper-leak-scandal', 'maximum fine for a school'): 'no disagreeing pair extracted',
    ('drayhurst-university-rankings', 'Drayhurst University student numbers'): "words differ: '1,000' (university index student) vs '31,200' (university), similarity 0.39",
    ('harlowby-sandrow-cancer-centre-opening', 'cost of the Sandrow Cancer Centre'): "words differ: '£164m' (price tag budget) vs '£146m' (centre), similarity 0.06",
    ('harvesk-earthquake-aftershock-sequence', 'date of the largest aftershock'): "words differ: '5' (chance aftershock magnitude) vs 'on Thursday' (earthquake driven family), similarity 0.00",
    ('istrelund-cycle-lane-expansion', 'kilometres of new protected lanes built in phase two'): "words differ: 'fifty-eight kilometres' (crews) vs '76 km' (city), similarity 0.11",
    ('kanvoro-copper-mine-expansion-approval', 'new permanent jobs from the expansion'): 'no disagreeing pair extracted',
    ('kanvoro-copper-mine-expansion-approval', 'water use of the expanded mine'): "words differ: '1,150 litres' (water) vs 'around 1.5 cubic metres' (mine), similarity 0.41",
    ('lindcarrow-power-station-closure', 'Lindcarrow jobs lost in the closure'): "vetoed ('1' / 'some 520': nouns, story, places, measures or parts differ)",
    ('lindcarrow-power-station-closure', 'date the last Lindcarrow unit was switched off'): "words differ: '29 March' (generated electricity) vs 'on Wednesday' (shortly eleven o'clock), similarity 0.00",
    ('lindcarrow-power-station-closure', 'Lindcarrow decommissioning cost'): "words differ: '£450m' (company dismantling station) vs 'GBP 380 mln' (programme company), similarity 0.04",
    ('orlanthe-uplands-national-park', 'date the park designation takes effect'): "words differ: '1 June 2032' (order enter force) vs '1 July' (creating park force), similarity 0.44",
    ('oskarra-sound-swim-record', 'straight-line length of the Oskarra Sound crossing'): "words differ: '38 kilometres' (fastest person swim) vs '34 km (21 miles)' (sound usually), similarity 0.08",
    ('oskarra-sound-swim-record', 'previous crossing record (Reyvald, 2024)'): "words differ: '15 hours 8 minutes' (beat) vs '16h 08m' (tomas reyvald), similarity 0.78",
    ('pyremont-logistics-buyback-dividend', 'share buyback size'): "words differ: '€540m' (pyremont rewards investors) vs 'EUR 450 mln' (pyremont logistics unveils), similarity 0.16",
    ('pyremont-logistics-buyback-dividend', 'final dividend payment date'): "words differ: 'May 26' (payment date) vs 'May 19' (dividend paid), similarity 0.00",
    ('pyremont-logistics-buyback-dividend', 'buyback as share of issued capital'): "words differ: '7.1 per cent' (buyback retire) vs 'about 6.2 pct' (covers shares), similarity 0.12",
    ('quastria-world-cup-qualifier', 'date of the final qualifier away to Kordavia'): "words differ: 'Tuesday 17 November' (quastria) vs '14 November' (games draw kordavia), similarity 0.04",
    ('saltrevin-food-festival-salmonella', 'date the chicken wrap stall was closed'): "words differ: 'on Sunday' (officers closed stall) vs 'Saturday 16 August' (inspectors shut stall), similarity 0.20",
    ('saltrevin-food-festival-salmonella', 'temperature at which the garlic sauce was found stored'): "words differ: '19 degrees Celsius' (found sauce stored) vs 'around 29°C' (open tub counter), similarity 0.08",
    ('sellastra-bus-drivers-strike', 'routes cancelled on Monday 10 March'): "words differ: '71' (routes cancelled) vs 'Sixty-four' (routes pulled timetable), similarity 0.28",
    ('sellastra-bus-drivers-strike', 'dates of the next two-day walkout'): "words differ: 'Thursday 20 March' (drivers walk) vs '20-21 March' (walkout), similarity 0.00",
    ('sellastra-bus-drivers-strike', 'first-year pay offer'): "words differ: '4.5 pct' (union rejected) vs '4.2%' (soc), similarity 0.00",
    ('sembrix-telecom-data-breach-fine', 'customers whose data was exposed'): "words differ: '3.7 million' (taken customer) vs '2.71 mln' (customers affected), similarity 0.23",
    ('sembrix-telecom-data-breach-fine', 'delay between detecting the breach and telling customers'): "words differ: 'five weeks' (sembrix) vs '24 days' (operator waited), similarity 0.28",
    ('skerrowlink-ferries-fuel-surcharge', 'date the surcharge takes effect'): "words differ: '15 March' (starts) vs 'Monday 1 March' (dearer), similarity 0.00",
    ('tharvik-cod-quota-cut', '2034 Skelda Bank cod quota'): "words differ: '58,000 tonnes' (quota skelda bank) vs '48,000 tonnes' (quota skelda bank), similarity 1.00",
    ('tolbarrow-bridge-lorry-weight-limit', 'lorry detour length'): "words differ: '19km' (cross marnhull bypass) vs '18-mile' (lorries heavier face), similarity 0.26",
    ('tolbarrow-bridge-lorry-weight-limit', 'Tolbarrow Bridge repair cost'): "words differ: '£14.2 mln' (cross-girders bridge's bearings) vs 'almost £24 million' (courier full repairs), similarity 0.26",
    ('tolbarrow-bridge-lorry-weight-limit', 'date of the principal inspection that found the corrosion'): "words differ: 'Oct. 4' (routine principal inspection) vs '27 September' (survey major structure), similarity 0.20",
    ('tormadh-peak-avalanche-rescue', 'altitude at which the avalanche broke away'): "words differ: '3,850 m (12,630 ft)' (releases north-east ridge) vs 'about 3,400 metres (11,150ft)' (avalanche struck), similarity 0.16",
    ('tormadh-peak-avalanche-rescue', 'length of the search before the last survivor was found'): "vetoed ('more than thirty hours' / '19 hours': nouns, story, places, measures or parts differ)",
    ('tormadh-peak-avalanche-rescue', 'overnight low temperature on the ridge during the search'): "vetoed ('minus twenty-four degrees' / '-17°C': nouns, story, places, measures or parts differ)",
    ('tyrnholt-heat-pump-subsidy-first-year', 'annual energy saving from first-year installations'): "words differ: '421 GWh' (pumps installed save) vs '412 gigawatt-hours' (pumps fitted save), similarity 0.86",
    ('ulvenstad-tram-derailment', 'tram speed entering curve'): "words differ: '52 km/h (32 mph)' (event recorder speed) vs 'some 62 kilometres an hour' (board believe tram), similarity 0.21",
    ('ulvenstad-tram-derailment', 'Line 4 reopening date'): 'no disagreeing pair extracted',
    ('vellafonn-glacier-retreat-study', 'ice volume lost since 1961'): "words differ: '3.1 cubic km' (period glacier) vs '4.3 cubic kilometres' (ice measurements), similarity 0.11",
    ('vellafonn-glacier-retreat-study', 'summer warming at Holtefjell station since 1961'): "words differ: '1.9 degrees Celsius (3.4 F)' (june-august temperature risen) vs '2.6°C' (june-august average warmed), similarity 0.40",
    ('wendlecombe-schools-measles-outbreak', 'schools closed'): "words differ: 'nine' (city's education department) vs 'six' (closed schools), similarity 0.35",
    ('wendlecombe-schools-measles-outbreak', 'Ashgrove Primary MMR second-dose coverage'): "words differ: '71 pct' (vaccine ashgrove) vs '78%' (pupils mmr doses), similarity 0.00",
    ('wendlecombe-schools-measles-outbreak', 'date first case confirmed'): 'no disagreeing pair extracted',
    # held-out batches 59-64, as left after this stop's changes (first measurements in README)
    ('garnmouth-steelworks-blast-furnace-relight', 'date the furnace was shut down'): "words differ: 'June 2033' (rising top banked) vs 'March 2033' (larger site idle), similarity 0.00",
    ('halmira-queen-river-cruise-fire', "date of the boat's last safety inspection"): 'no disagreeing pair extracted',
    ('halmira-queen-river-cruise-fire', 'damage to the vessel'): "words differ: 'more than 4 mln euros' (statement damage vessel) vs 'roughly €2.4m' (river voyages damage), similarity 0.24",
    ('harnsby-moor-solar-farm-approval', 'total capital cost of the project'): "words differ: '£740 million' (represents private investment) vs '£470 million' (capital), similarity 0.07",
    ('harnsby-moor-solar-farm-approval', 'length of construction'): "words differ: 'two years' (construction start) vs 'about three and a half years' (construction starts), similarity 0.99",
    ('havrenna-metro-tunnel-contract', 'tunnel contract value'): "words differ: '2.35 billion euros' (ruun tunnelbau contract) vs '€2.85bn' (tunnels station boxes), similarity 0.18",
    ('havrenna-metro-tunnel-contract', 'first tunnel boring machine launch date'): "words differ: 'next May' (launch shaft vossberg) vs 'March 2032' (start digging), similarity 0.00",
    ('ilvara-telescope-mirror-defect', 'new launch date'): "words differ: 'May 2036' (leave earth fly) vs 'March 2036' (launch date), similarity 0.00",
    ('ilvara-telescope-mirror-defect', 'primary mirror diameter'): "words differ: '3.8 metres (12.5 feet)' (hexagonal segments gold-coated) vs '4.2-metre' (found polishing flaw), similarity 0.11",
    ('kelthorpe-united-stadium-naming-rights', 'annual naming-rights fee'): "words differ: '£6.5m' (deal adds annual) vs '8 mln pounds ($10.2 mln)' (zephra energy deal), similarity 0.21",
    ('kelthorpe-united-stadium-naming-rights', 'stadium renamed'): "words differ: '1 July 2033' (name change effect) vs 'the first of August' (ground generations kelthorpe), similarity 0.00",
    ('lissovar-four-day-week-referendum', 'margin of victory in votes'): "words differ: '7,560' (yes side won) vs '17,560' (margin), similarity 0.14",
    ('lissovar-four-day-week-referendum', 'date the public-sector four-day week takes effect'): "words differ: '1 January 2035' (switch) vs '1 July 2035' (plan start date), similarity 0.00",
    ('lisvenna-bread-price-cap', 'date the cap takes effect'): "words differ: '15 December' (cap starts) vs '1 December' (cap effect), similarity 0.11",
    ('ostwyn-stage-tour-cancelled', "date of Cravish's fall on stage"): 'no disagreeing pair extracted',
    ('pravell-corvexin-tablet-recall', 'batches recalled'): "words differ: '28' (batches tervania) vs '23' (pravell pharmaceuticals recalling), similarity 0.25",
    ('pravell-corvexin-tablet-recall', 'impurity detected'): "words differ: '4 February' (problem light) vs '24 February' (impurity found routine), similarity 0.00",
    ('qasvira-record-heat-hospital-power-demand', 'heat-related hospital admissions since the heatwave began on 22 July (health ministry)'): "words differ: '1,830' (hospitals city admitted) vs '1,240' (health ministry), similarity 0.69",
    ('savandri-coffee-price-spike', 'arabica price rise since the start of 2032'): "vetoed ('47%' / '38 pct': nouns, story, places, measures or parts differ)",
    ('savandri-coffee-price-spike', 'Savandri coffee exports in the 2030-31 crop year'): "words differ: '2.35 mln tonnes' (savandri exported) vs '3.2 million tonnes' (savandri shipped), similarity 0.29",
    ('savandri-coffee-price-spike', 'date of the frost in the Meranta highlands'): "words differ: '17 July 2031' (frost hard frost) vs 'July 27' (region meranta frosts), similarity 0.46",
    ('solvard-airways-long-haul-route', 'first Merrowin-Santavel flight date'): "words differ: 'Monday 11 December' (able) vs '4 December 2034' (flight), similarity 0.00",
    ('solvard-airways-long-haul-route', 'Merrowin-Santavel route distance'): "words differ: '11,480 kilometres (7,133 miles)' (ashari capital distance) vs '10,480 km (6,512 miles)' (distance), similarity 0.29",
    ('veyrhollow-wildfire-smoke-school-closures', 'area burned by Thursday'): "words differ: 'about 14,000 hectares' (evening burned) vs '410 square kilometres (158 square miles)' (strike night burned), similarity 0.14",
    ('veyrhollow-wildfire-smoke-school-closures', 'date the Coldanby Ridge fire started'): "words differ: '2 September' (ridge fire started) vs '5 September' (started lightning strike), similarity 0.21",
    ('wrenthall-library-ebook-lending-record', 'e-book loans by Wrenthall City Libraries in 2032'): "words differ: '1.12 million' (e-book loans) vs '1,284,310' (e-book loans), similarity 0.99",
    ('wyncaster-tree-planting-programme', 'tree survival rate'): "words differ: '81 pct' (alive crews surveyed) vs '68%' (trees planted programme), similarity 0.38",
    ('wyndrell-national-dog-show-2034', 'breeds entered'): "words differ: '221' (breeds) vs 'two hundred and twelve' (dogs), similarity 0.18",
    ('wyndrell-national-dog-show-2034', 'total prize money at the 2034 show'): 'no disagreeing pair extracted',
    ('pradelva-flash-flood', 'rainfall in three hours at Pradelva gauge'): "time: the Lookout's '168 millimetres' the gauge 'recorded' is read as the gauge's reading on its own publication day, days after the wire's; it met the wire only while 'since records began in 1952' wrongly dated it",
    # held-out batches 65-72 (measured once on 0b9578a before merging)
    ('carnwelle-museum-reopening', 'how long the museum was closed'): "words differ: 'five-year' (museum reopened) vs 'nearly four years' (following renovation closed), similarity 0.16",
    ('carnwelle-museum-reopening', 'visitors in the first week after reopening'): "words differ: 'Some forty-one thousand' (people passed doors) vs 'More than 61,000' (people visited carnwelle), similarity 0.67",
    ('corbanne-airways-emergency-landing', 'date of the last engine inspection'): "words differ: '28 April 2032' (scheduled borescope inspection) vs '8 April' (engine checked borescope), similarity 0.50",
    ('darnholme-marathon-race-day', "women's winning time"): "words differ: '2:23:15' (vallindra women's title) vs 'two hours, 23 minutes and 51 seconds' (looked back winning), similarity 0.08",
    ('darnholme-marathon-race-day', "winner's prize money"): "words differ: 'EUR 40,000' (earns) vs '€50,000' (ferrisso collects), similarity 0.00",
    ('drevelhorn-road-tunnel-fire', 'peak temperature at the seat of the fire'): 'no disagreeing pair extracted',
    ('drevenport-census-2035', 'city population at the 2035 census'): "words differ: '1.28 million' (city) vs '1,248,600' (population), similarity 0.00",
    ('endravik-port-strike', "Chamber of Commerce estimate of the strike's daily cost to the economy"): "words differ: '€45 million' (stoppage national economy) vs 'EUR 38 MLN' (strike strands ships), similarity 0.04",
    ('endravik-port-strike', 'date the Endravik dock strike began'): "words differ: 'Sunday 6 March' (walked job) vs '7 March' (strike early hours), similarity 0.00",
    ('fallowmead-grocers-q3-sales', 'stores opened in the third quarter'): "words differ: 'a dozen' (fallowmead opened) vs '17' (fallowmead opened), similarity 0.39",
    ('fallowmead-grocers-q3-sales', 'full-year results date'): "words differ: '18 February' (publish full-year results) vs '25 February' (full-year results), similarity 0.72",
    ('fenwarrick-balloon-altitude-record', 'peak altitude reached'): 'no disagreeing pair extracted',
    ('fenwarrick-balloon-altitude-record', 'outside temperature at peak'): "words differ: 'minus 68 degrees Celsius' (temperatures outside basket) vs '-86°C' (peak air outside), similarity 0.62",
    ('fenwarrick-balloon-altitude-record', "pilot's age"): "words differ: '56-year' (local cirrus lantern) vs '58-year' (grandmother balloon higher), similarity 0.00",
    ('hexley-cross-megadraw-jackpot', 'date the winning ticket was bought'): "words differ: '12 September' (winning ticket bought) vs 'Thursday 11 September' (terminal ticket printed), similarity 0.12",
    ('kallistane-pipeline-oil-leak', 'date the pipeline was shut after the leak'): "words differ: '7 March' (drop shut flow) vs 'Sunday 9 March' (operators orlund midstream's), similarity 0.07",
    ('norrevald-quarterly-house-prices', 'annual change in national average house price, Q2 2033'): "words differ: '4.6 pct' (price home norrevald) vs '6.4%' (change price average), similarity 0.30",
    ('norrevald-quarterly-house-prices', 'date of the Bank of Norrevald base rate cut to 3.75%'): 'no disagreeing pair extracted',
    ('orvelimab-heart-failure-trial', 'patients enrolled in ORV-301'): "words differ: 'almost 4,200' (tested) vs '4,812' (enrolled), similarity 0.15",
    ('orvelimab-heart-failure-trial', 'relative reduction in risk of CV death or HF hospitalisation'): "words differ: '32 pct' (hospitalisation heart failure) vs '23%' (works), similarity 0.21",
    ('orvelimab-heart-failure-trial', 'trial treatment length'): "vetoed ('a year' / '48 weeks': nouns, story, places, measures or parts differ)",
    ('qarvelle-locust-swarm', 'grain lost to the swarm'): "words differ: '41,000 t' (grain) vs 'nearly 54,000 tonnes' (ministry's latest grain), similarity 0.37",
    ('qarvelle-locust-swarm', 'pesticide sprayed since spraying began'): "words differ: '180,000 litres' (spray crews used) vs '18,000 L' (sprayed pesticide), similarity 0.56",
    ('qarvelle-locust-swarm', 'date the swarm arrived on the Qarvelle Plain'): "words differ: 'on Sunday' (qarvelle plain arrived) vs 'Friday 9 April' (descended qarvelle plain), similarity 0.59",
    ('quintarra-minimum-wage-rise', 'percentage rise in the adult minimum wage'): "vetoed ('8 per cent' / '6.8%': nouns, story, places, measures or parts differ)",
    ('quintarra-minimum-wage-rise', 'number of workers who will get the rise'): "words differ: 'more than half a million' (workers pay result) vs 'around 410k' (labour ministry reckons), similarity 0.29",
    ('quintarra-minimum-wage-rise', 'date the new minimum wage takes effect'): "words differ: '1 April' (rate taking effect) vs '1 July 2032' (rates effect), similarity 0.71",
    ('sandreval-open-2033-final', 'length of the final'): "words differ: '3' (varkonen fault double) vs 'two' (chances serve title), similarity 0.05",
    ('sandreval-open-2033-final', "winner's prize money"): "words differ: '$1.4m' () vs '1.25 mln dollars' (varkonen collects), similarity 0.00",
    ('sarnevo-volcano-eruption-evacuations', 'people evacuated by Monday evening'): "words differ: 'Roughly 8,400' (residents left homes) vs 'some 4,800' (night), similarity 0.27",
    ('sarnevo-volcano-eruption-evacuations', 'eruption start date'): "vetoed ('Saturday 8 November' / 'November 9': nouns, story, places, measures or parts differ)",
    ('solenne-line-high-speed-timetable', 'start date of new timetable'): "words differ: 'Sunday 7 December' (timetable force) vs 'Sunday 14 December 2031' (korvath ellisport effect), similarity 0.06",
    ('strathkelda-hospitals-ransomware-attack', 'ransom demanded by Greyhook'): "vetoed ('$7.5 million (about £5.9 million)' / '4.5 mln dollars': nouns, story, places, measures or parts differ)",
    ('tillery-brewing-takeover-bid', 'deadline for a firm offer (Rule 2.6 put-up-or-shut-up date)'): "words differ: '29 July' (announce firm walk) vs '22 July 2031' (takeover code sarrowen), similarity 1.00",
    ('voltrane-drift-battery-recall', 'battery capacity of recalled cars'): "words differ: '82-kilowatt-hour' (eskvale carry larger) vs '92 kWh' (drift range models), similarity 0.00",
    ('voltrane-drift-battery-recall', 'date of the first fire'): "words differ: '3 March' (known fire broke) vs '3 May 2034' (fire happened), similarity 0.13",
    ('vostermere-dam-inspection-drawdown', 'residents warned below the dam'): "words differ: 'some 4,300' (letters evening) vs '3,400' (authorities warned), similarity 0.23",
    ('vostermere-dam-inspection-drawdown', 'start of the emergency drawdown'): "words differ: 'Wednesday 5 October' (gates opened) vs 'Thursday, October 6' (authority lowering reservoir), similarity 0.00",
    ('vostermere-dam-inspection-drawdown', 'planned drop in reservoir level'): "words differ: '12 metres' (planned drop) vs 'eight metres (26 ft)' (authority plans water), similarity 0.27",
    ('wystmere-mayoral-election', "Vanstraaten's winning margin over Hallowell, in votes"): "words differ: '3,407' (fluke gap) vs 'just over 4,000' (won margin), similarity 0.18",
    ('wystmere-mayoral-election', "Rosalind Vanstraaten's age"): "words differ: '44-year' (former housing charity) vs '47-year' (civic alliance candidate), similarity 0.14",
    # held-out batches 73-80 (measured once on e5ecacb before merging)
    ('achnavarra-wind-farm-turbine-collapse', 'blade length'): "words differ: '76 m' (length blade) vs 'some 223 feet' (tower topped blades), similarity 0.24",
    ('achnavarra-wind-farm-turbine-collapse', 'date of the turbine collapse'): 'no disagreeing pair extracted',
    ('ankaveri-rainforest-new-frog-species', 'altitude where the new frog was found'): "words differ: 'around 1,400 metres (4,600 feet)' (found altitude) vs '1,850-2,100 metres' (found fast-flowing streams), similarity 0.10",
    ('ankaveri-rainforest-new-frog-species', 'length of the expedition'): "words differ: 'five-week' (discovery highlight) vs '26-day' (collected), similarity 0.27",
    ('ankaveri-rainforest-new-frog-species', 'expedition team size'): 'no disagreeing pair extracted',
    ('ebberlin-lake-ferry-capsizing', 'water temperature at the time of capsizing'): "words differ: '9 degrees Celsius' (water temperature) vs '14°C (57°F)' (temperature water), similarity 1.00",
    ('ebberlin-lake-ferry-capsizing', 'length of the ferry'): "words differ: '31-metre' (liss amrein overturned) vs '24 metres' (length), similarity 0.00",
    ('elmscarrow-university-record-donation', 'period over which the gift is paid'): "words differ: '10 years' (money paid) vs 'fifteen years' (paid), similarity 0.00",
    ('hadrosa-motors-q2-deliveries', 'second-quarter operating margin'): "words differ: '7.9%' (preliminary operating margin) vs '8.7%' (preliminary operating margin), similarity 0.91",
    ('hestrel-airways-pilot-shortage-cancellations', 'last day of the cancellation programme'): "words differ: '30 April 2034' (cancellations start end) vs '14 May' (cuts continue), similarity 0.00",
    ('hollvarin-chemical-train-derailment', 'residents evacuated'): "words differ: 'About 4,300' (residents eastern estrandian) vs 'some 3,400' (night), similarity 0.26",
    ('hollvarin-chemical-train-derailment', 'widened evacuation radius'): "words differ: '2-km' (widened evacuation zone) vs 'three kilometres (1.9 miles)' (stretched), similarity 0.26",
    ('hollvarin-chemical-train-derailment', 'fire duration'): "vetoed ('more than two days' / 'about 31 hours': nouns, story, places, measures or parts differ)",
    ('kerravon-rent-control-law', 'date the law takes effect'): "words differ: '1 July' (law effect) vs 'September 1' (law force), similarity 0.14",
    ('kerravon-rent-control-law', 'average two-bedroom rent per month'): "vetoed ('EUR 1,480' / '€1,840': nouns, story, places, measures or parts differ)",
    ('kesmaria-2034-defence-budget', 'year-on-year increase in the 2034 defence budget'): "words differ: '18%' (change) vs '14.5%' (allocations ministry defence), similarity 0.00",
    ('kesmaria-2034-defence-budget', 'date of the final budget vote in the Sejmar'): "words differ: 'November 21' (confident majority vote) vs 'Nov. 14' (vote sejmar scheduled), similarity 0.16",
    ('lunderra-record-grain-harvest-2033', '2033 grain harvest'): "words differ: '46.8 million tonnes' (ministry's final crop) vs '48.6 mln T' (grain harvest hits), similarity 0.00",
    ('lunderra-record-grain-harvest-2033', 'grain area sown in 2033'): "words differ: 'around 113,000 square kilometres' (area grain) vs 'some 12.6 million hectares' (farmers planted), similarity 0.20",
    ('lunderra-record-grain-harvest-2033', 'date harvest was completed'): "words differ: '12 September' (harvesting completed) vs 'Sept. 17' (ministry fields cut), similarity 0.00",
    ('lusmara-basin-heat-dome', 'peak temperature at Vossbury, 13 July 2033'): "words differ: '45.1°C (113.2°F)' (vossbury airfield) vs '43.8C (110.8F)' (drove temperature vossbury), similarity 0.16",
    ('lusmara-basin-heat-dome', 'date the agricultural emergency was declared'): 'no disagreeing pair extracted',
    ('lysandra-vohl-concert-tour-finale', 'tour opening date'): "words differ: 'March 14, 2032' (opening port aveline) vs '9 April 2032' (played fans world), similarity 0.00",
    ('montavesk-pass-bus-crash', 'people injured in the crash'): "words differ: '29' (death toll risen) vs '36' (injured), similarity 0.14",
    ('montavesk-pass-bus-crash', 'drop from the road into the ravine'): "words differ: 'some 120 metres' (descent lake ettrin) vs 'roughly 80 m (262 ft)' (road stream bed), similarity 0.05",
    ('montavesk-pass-bus-crash', 'age of the coach driver Teodor Vasquel'): 'no disagreeing pair extracted',
    ('pallandria-school-meals-expansion', 'pupils newly eligible for free meals'): "words differ: '285,000' (adding) vs 'a further 340,000' (government), similarity 0.18",
    ('pallandria-school-meals-expansion', 'average cost per meal'): "words differ: '€3.20' (meals) vs '€2.75' (arithmetic rests), similarity 0.22",
    ('pallandria-school-meals-expansion', 'start date of the expansion'): 'no disagreeing pair extracted',
    ('sarvenia-household-gas-price-cap', 'households covered by the gas price cap'): "words differ: '3.2 million' (households gas connection) vs '2.3 mln' (measure state shield), similarity 0.16",
    ('sarvenia-household-gas-price-cap', 'date the gas price cap takes effect'): "vetoed ('1 November' / '1 October': nouns, story, places, measures or parts differ)",
    ('sarvenia-household-gas-price-cap', 'cost of the gas price cap to the state over the winter'): "vetoed ('€1.8bn' / '€2.8 billion': nouns, story, places, measures or parts differ)",
    ('scarrowfield-bank-robbery-motorway-chase', 'cash stolen from bank'): "words differ: '€2.3 million' (left premises cash) vs '€3.2m' (gang wearing balaclavas), similarity 0.11",
    ('tashkeld-metro-fare-increase', 'date the new fares take effect'): "words differ: 'April 1' (effect) vs '1 May' (fares force), similarity 0.08",
    ('tashkeld-metro-fare-increase', 'extra fare revenue per year from the increase'): "words differ: 'about €58m' (income fares) vs 'an extra €85 million' (fares raise), similarity 0.50",
    ('thessamire-estuary-bridge-opening', 'length of construction'): "words differ: 'FIVE-YEAR' (estuary bridge opens) vs 'seven-year' (hold-up north shore), similarity 0.00",
    ('thessamire-estuary-bridge-opening', 'members of the public who walked the deck at the opening'): "vetoed ('an estimated 50,000' / 'some 15,000': nouns, story, places, measures or parts differ)",
    ('tour-de-grivonne-mountain-stage', "stage winner's margin over second place"): "words differ: '48 seconds' (closest pursuer) vs '0:38' (), similarity 0.00",
    ('valsorrin-ski-town-forest-fire', 'homes destroyed by the fire'): "words differ: 'eleven' (keller's) vs '17' (scorched morning destroyed), similarity 0.61",
    ('valsorrin-ski-town-forest-fire', 'date the fire started'): 'no disagreeing pair extracted',
    ('varrowmere-infirmary-waiting-times-review', 'deaths reviewed'): "words differ: 'forty-three' (amblin's death) vs '37' (review looked cases), similarity 0.13",
    ('varrowmere-infirmary-waiting-times-review', 'date whistleblower first raised concerns'): "words differ: 'October 2030' (concerns list board) vs 'January 2031' (consultant surgeon rhodri), similarity 0.99",
    ('zurvandi-highlands-earthquake', 'day of the strongest (magnitude 5.3) aftershock'): "words differ: 'Tuesday 9 November' (struck) vs 'on Monday' (magnitude tremor), similarity 0.00",
}

PLANTED = [
    pytest.param(event, entry["subject"], id=f"{event}:{entry['subject']}", marks=(
        [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[(event, entry["subject"])])]
        if (event, entry["subject"]) in KNOWN_GAPS else []))
    for event in EVENTS
    for entry in json.loads((CORPUS / event / "conflicts.json").read_text(encoding="utf-8"))["conflicts"]
]


@pytest.mark.parametrize(("event", "subject"), PLANTED)
def test_planted_conflict_is_found(event: str, subject: str) -> None:
    data = load_event(event)
    entry = next(e for e in data.gold["conflicts"] if e["subject"] == subject)  # type: ignore[index]
    mentions = entry["mentions"]  # type: ignore[index]
    found = [c for c in data.conflicts
             if len({m["article"] for m in mentions if any(_matches(cl, m) for cl in c.claims)}) >= 2]  # type: ignore[union-attr]
    assert found, f"{subject}: {[m['text'] for m in mentions]} not reported"  # type: ignore[union-attr]


def _label_files() -> list[Path]:
    return sorted(CORPUS.glob("*/*.labels.json"))


# Floors, per kind, for the share of labeled mentions extracted with the right kind, unit and
# value.  They guard against regressions; benchmarks/quality.py prints the full figures.
# (percent is 0.9 while basis points in the rate-decision event are not read yet; count is
# 0.94 since the golf event of batch 17: its scores are bare numbers, "shot a 64", "closed with
# a 68 for 269", which are not read, because a bare number with no noun is more often noise;
# duration is 0.945 since batches 27-32, whose features elide the unit of an age or a span, "his
# father did so for forty before him", "a target of eight" [minutes], and 0.94 since batch 37,
# whose regatta gives ages with no unit at all, "an average age of 24.6", "At 24 she is", and
# 0.935 since batches 65-72: ages in tables ("| Pilot's age | 58 |"), "Castellot is 19", "flying
# hours", a timetable's "47m")
RECALL_FLOORS = {"money": 0.95, "percent": 0.9, "length": 0.9, "mass": 0.8, "area": 0.9, "count": 0.94,
                 "duration": 0.935}


@pytest.mark.parametrize("kind", sorted(RECALL_FLOORS))
def test_labeled_mentions_are_extracted_with_their_values(kind: str) -> None:
    total = right = 0
    for labels_path in _label_files():
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        event = load_event(labels_path.parent.name)
        stem = labels_path.name.removesuffix(".labels.json")
        article = next(name for name in event.texts if name.rsplit(".", 1)[0] == stem)
        mine = [r.claim for r in event.records if r.claim.source == article]
        for mention in labels["mentions"]:
            if mention["kind"] != kind or mention.get("value") is None:
                continue
            total += 1
            if any(_matches(c, {**mention, "article": article}) and c.kind.value == kind and c.unit == mention["unit"]
                   and c.value == pytest.approx(mention["value"], rel=5e-3) for c in mine):
                right += 1
    assert total > 0
    assert right / total >= RECALL_FLOORS[kind], f"{kind}: {right}/{total}"
