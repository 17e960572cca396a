"""Extraction: each kind and qualifier normalised, and the hard cases peers get wrong.

Tables of (sentence, expected claims) grouped by what they test; each expected claim is
(text as written, kind, value, low, high, unit) with None meaning 'not checked' for bounds.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import counts, extract_text, find_published
from claimcheck.extract.dates import find_dates
from claimcheck.extract.numbers import RawQuantity
from claimcheck.models import Claim, Kind, Role

PUBLISHED = dt.date(2021, 4, 7)


def claims(sentence: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    return extract_text(sentence, "t.txt", published)


def one(sentence: str, text: str, published: dt.date | None = PUBLISHED) -> Claim:
    found = [c for c in claims(sentence, published) if c.text == text]
    assert found, f"{text!r} not extracted from {sentence!r}: {[c.text for c in claims(sentence, published)]}"
    return found[0]


KINDS = [
    # sentence, span, kind, value, low, high, unit
    ("Trade stood at $350m.", "$350m", "money", 350_000_000, 345_000_000, 355_000_000, "USD"),
    ("Trade stood at US$350 million.", "US$350 million", "money", 350_000_000, 345_000_000, 355_000_000, "USD"),
    ("Sales were €1.2bn.", "€1.2bn", "money", 1_200_000_000, 1_150_000_000, 1_250_000_000, "EUR"),
    ("The fee was £3.5 million.", "£3.5 million", "money", 3_500_000, 3_450_000, 3_550_000, "GBP"),
    ("It cost around 2 billion USD.", "around 2 billion USD", "money", 2_000_000_000, 1_800_000_000, 2_200_000_000, "USD"),
    ("Rs 40 crore was allocated.", "Rs 40 crore", "money", 400_000_000, 360_000_000, 440_000_000, "INR"),
    ("Profit was 12 mln euros.", "12 mln euros", "money", 12_000_000, 11_500_000, 12_500_000, "EUR"),
    ("Turnout was 63.4 per cent.", "63.4 per cent", "percent", 63.4, 63.35, 63.45, "%"),
    ("They hold a 40% stake in the firm.", "40%", "percent", 40, 36, 44, "%"),
    ("Turnout was 63.4 percent.", "63.4 percent", "percent", 63.4, 63.35, 63.45, "%"),
    ("Turnout was 63%.", "63%", "percent", 63, 62.5, 63.5, "%"),
    ("Unemployment rose 0.4 percentage points.", "0.4 percentage points", "percent", 0.4, 0.35, 0.45, "pp"),
    ("The pipeline is 800 km long.", "800 km", "length", 800, 750, 850, "km"),
    ("The 1,100-km gas pipeline.", "1,100-km", "length", 1100, 1050, 1150, "km"),
    ("It runs 30 miles.", "30 miles", "length", 48.28032, 43.452288, 53.108352, "km"),
    ("The fire burned 48,500 acres.", "48,500 acres", "area", 196.27253648640002, None, None, "km2"),
    ("The farm covers 500 hectares.", "500 hectares", "area", 5, 4.5, 5.5, "km2"),
    ("The park covers 76 square miles.", "76 square miles", "area", 196.839, None, None, "km2"),
    ("It produced 21.4 million tonnes.", "21.4 million tonnes", "mass", 21_400_000, 21_350_000, 21_450_000, "t"),
    ("It shipped 2,000 kg.", "2,000 kg", "mass", 2, 1.8, 2.2, "t"),
    ("Output was 12.4 billion cubic feet.", "12.4 billion cubic feet", "volume", 351_128_897.74, None, None, "m3"),
    ("It pumps 600,000 barrels.", "600,000 barrels", "volume", 95_392.4, None, None, "m3"),
    ("It generated 3,400 GWh.", "3,400 GWh", "energy", 3_400_000_000, 3_350_000_000, 3_450_000_000, "kWh"),
    ("The plant has 1.2 GW.", "1.2 GW", "power", 1200, 1150, 1250, "MW"),
    ("Winds of 120 km/h were recorded.", "120 km/h", "speed", 120, 115, 125, "km/h"),
    ("Winds of 75 mph were recorded.", "75 mph", "speed", 120.7008, None, None, "km/h"),
    ("It reached 44.4°C.", "44.4°C", "temperature", 44.4, 44.35, 44.45, "degC"),
    ("It reached 104°F.", "104°F", "temperature", 40, None, None, "degC"),
    ("It spent nine years there.", "nine years", "duration", 9, 8.5, 9.5, "year"),
    ("A two-day visit.", "two-day", "duration", 2 / 365.25, None, None, "year"),
    ("It took three months.", "three months", "duration", 0.25, None, None, "year"),
    ("Lavrov said 50,000 doses were sold.", "50,000", "count", 50_000, 45_000, 55_000, None),
    ("The population is 220 million.", "220 million", "count", 220_000_000, 215_000_000, 225_000_000, None),
    ("It hired two dozen workers.", "two dozen", "count", 24, None, None, None),
    ("Half a million tourists came.", "Half a million", "count", 500_000, None, None, None),
    ("Forty-two people died.", "Forty-two", "count", 42, 41.5, 42.5, None),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "low", "high", "unit"), KINDS,
                         ids=[k[1] for k in KINDS])
def test_kind_and_canonical_value(sentence: str, text: str, kind: str, value: float, low: float | None,
                                  high: float | None, unit: str | None) -> None:
    claim = one(sentence, text)
    assert claim.kind.value == kind
    assert claim.unit == unit
    assert claim.value == pytest.approx(value, rel=1e-4)
    if low is not None:
        assert claim.low == pytest.approx(low, rel=1e-6)
    if high is not None:
        assert claim.high == pytest.approx(high, rel=1e-6)


QUALIFIERS = [
    # sentence, span, qualifier, low, high
    ("Trade stood at almost $350m.", "almost $350m", "almost", 315_000_000, 350_000_000),
    ("Trade stood at nearly $350m.", "nearly $350m", "nearly", 315_000_000, 350_000_000),
    ("Some 40 people came.", "Some 40", "some", 36, 44),
    # Three significant digits: the writer knew the figure closely, so "about" strays 3%, not 10%.
    ("About 122 million people live there.", "About 122 million", "about", 118_340_000, 125_660_000),
    ("Almost five hundred tractors came.", "Almost five hundred", "almost", 450, 500),
    ("Around 50% agreed.", "Around 50%", "around", 45, 55),
    ("Roughly 1,000 troops left.", "Roughly 1,000", "roughly", 900, 1100),
    ("Trade of $1,000 was logged.", "$1,000", None, 900, 1100),
    ("More than 20,000 people fled.", "More than 20,000", "more than", 20_000, None),
    ("Over 400 homes burned.", "Over 400", "over", 400, None),
    ("Deals worth in excess of $10 billion.", "in excess of $10 billion", "in excess of", 10_000_000_000, None),
    ("At least 1,500 homes were destroyed.", "At least 1,500", "at least", 1500, None),
    ("Up to 300 million readers.", "Up to 300 million", "up to", 0, 300_000_000),
    ("Under 40 people came.", "Under 40", "under", 0, 40),
    ("Fewer than 40 people came.", "Fewer than 40", "fewer than", 0, 40),
]


@pytest.mark.parametrize(("sentence", "text", "qualifier", "low", "high"), QUALIFIERS, ids=[q[2] for q in QUALIFIERS])
def test_qualifier_widens_interval(sentence: str, text: str, qualifier: str, low: float, high: float | None) -> None:
    claim = one(sentence, text)
    assert claim.qualifier == qualifier
    assert claim.low == pytest.approx(low)
    assert claim.high == (pytest.approx(high) if high is not None else None)


def test_a_further_amount_is_an_increment_not_a_total() -> None:
    claim = one("Russia will provide a further 150,000 doses soon.", "a further 150,000")
    assert claim.role is Role.increment
    assert claim.noun == "dose"


@pytest.mark.parametrize(("sentence", "text", "role"), [
    # a sentence that opens on "Another N" names the next group of a list: a level of its own
    ("Another 47 people were still missing on Monday night.", "Another 47", Role.level),
    ("Another 18 workers in the same part of the mine escaped on foot.", "Another 18", Role.level),
    # ... unless more of the same is to come; and "another" inside a sentence adds to a figure
    ("Another 150,000 doses are due next week.", "Another 150,000", Role.increment),
    ("It supplied 50,000 doses and will send another 150,000.", "another 150,000", Role.increment),
    # ... or more of what the lines before counted
    ("The airline cancelled 1,146 flights on Monday. Another 87 flights were scrapped today.", "Another 87",
     Role.increment),
])
def test_another_opening_a_sentence_is_a_new_group(sentence: str, text: str, role: Role) -> None:
    assert one(sentence, text).role is role


@pytest.mark.parametrize(("sentence", "text", "role", "value"), [
    ("The club paid £40m up front plus up to £6m in bonuses.", "up to £6m", Role.increment, 6e6),
    ("The club paid £40m up front plus up to £6m in bonuses.", "£40m", Role.level, 40e6),
    ("The Labour lead over the Greens was roughly 310,000 votes.", "roughly 310,000", Role.change, 310_000),
    ("The tunnel opened after a build that ran about eight months late.", "about eight months", Role.change, 8 / 12),
    ("The stadium opening was delayed by two years.", "two years", Role.change, 2),
    ("The coalition fell four seats short of a majority.", "four", Role.change, 4),
    ("The final toll was 140.", "140", Role.level, 140),
    ("Late last night the toll was 140.", "140", Role.level, 140),
    ("The closure could lead to 3,000 job losses.", "3,000", Role.level, 3000),
    ("They sit third with 12 games left.", "12", Role.change, 12),
    ("The storm left 40 people dead.", "40", Role.level, 40),
])
def test_gaps_and_additions_are_not_totals(sentence: str, text: str, role: Role, value: float) -> None:
    """A gap between two figures or an add-on is never compared with a total of the thing."""
    claim = one(sentence, text)
    assert claim.role is role
    assert claim.value == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Chip sales drive 18% revenue jump.", "18%", 18),
    ("Sales saw a 5% volume decline.", "5%", -5),
    ("Exports fell 3.5% last year.", "3.5%", -3.5),
    ("Trade was up 45% from the year before.", "45%", 45),
    ("It showed a 46 per cent increase.", "46 per cent", 46),
    ("Sales were down 12%.", "12%", -12),
    ("Under the deal its boats lose 12% of their catch.", "12%", -12),
])
def test_changes_are_signed(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, text)
    assert claim.role is Role.change
    assert claim.value == value


@pytest.mark.parametrize(("sentence", "text"), [
    ("Women make up 58% of the workforce.", "58%"),
    ("Drinks in the top band made up 41 pct of volume sold.", "41 pct"),
])
def test_a_share_that_makes_up_a_whole_is_a_level(sentence: str, text: str) -> None:
    assert one(sentence, text).role is Role.level


RANGES = [
    ("The project will cost $2-3 billion.", "$2-3 billion", 2e9, 3e9),
    ("Between 40 and 50 people were injured.", "Between 40 and 50", 40, 50),
    ("Some 40 to 50 people were killed.", "Some 40 to 50", 40, 50),
    ("Revenue of $4.4 billion to $4.6 billion is forecast.", "$4.4 billion to $4.6 billion", 4.4e9, 4.6e9),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high"), RANGES, ids=[r[1] for r in RANGES])
def test_ranges_are_intervals(sentence: str, text: str, low: float, high: float) -> None:
    claim = one(sentence, text)
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))
    assert claim.value == pytest.approx((low + high) / 2)


def test_bracketed_conversion_is_one_self_consistent_claim() -> None:
    found = claims("A pipeline stretching 1,100 km (680 miles) from one city to another.")
    assert [c.text for c in found] == ["1,100 km (680 miles)"]
    assert found[0].value == 1100 and found[0].unit == "km"


DATES = [
    ("Relations were established on May 1 1948.", "May 1 1948", "1948-05-01", "1948-05-01", "1948-05-01"),
    ("Ties date from 1948, officials said.", "1948", "1948", "1948-01-01", "1948-12-31"),
    ("He joined in June 2017.", "June 2017", "2017-06", "2017-06-01", "2017-06-30"),
    ("Talks were held on Wednesday, April 7, 2021.", "Wednesday, April 7, 2021", "2021-04-07", "2021-04-07", "2021-04-07"),
    ("It was signed on 2021-03-18.", "2021-03-18", "2021-03-18", "2021-03-18", "2021-03-18"),
    ("The boom of the 1990s ended.", "1990s", "1990s", "1990-01-01", "1999-12-31"),
    ("The fiscal 2012-13 budget passed.", "fiscal 2012-13", "FY2013", None, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high"), DATES, ids=[d[1] for d in DATES])
def test_dates_keep_their_granularity(sentence: str, text: str, value: str, low: str | None, high: str | None) -> None:
    claim = one(sentence, text)
    assert claim.kind.value == "date"
    assert claim.value == value
    if low:
        assert (claim.low, claim.high) == (low, high)


def test_coordinated_dates_share_the_trailing_year() -> None:
    # One list (the corpus convention): its value is the first date, its interval spans them all.
    found = claims("Meetings were held on 22 March, 25 April, 11 July and 25th October 2019.")
    assert [(c.value, c.low, c.high) for c in found] == [("2019-03-22", "2019-03-22", "2019-10-25")]


def test_yearless_date_resolves_against_publication_looking_back() -> None:
    assert one("The summit was on 22 December.", "22 December").value == "2020-12-22"
    assert one("The summit was on 2 April.", "2 April").value == "2021-04-02"


def test_yearless_date_without_publication_date_stays_unresolved() -> None:
    claim = one("A May 1 deadline looms.", "May 1", published=None)
    assert claim.value == "--05-01" and claim.low is None


def test_weekday_resolves_to_the_latest_such_day() -> None:
    assert one("The quake struck on Tuesday.", "on Tuesday").value == "2021-04-06"
    assert one("The quake struck last Wednesday.", "last Wednesday").value == "2021-03-31"


def test_first_in_n_years_is_a_duration_not_a_date() -> None:
    found = claims("It is the first visit by a minister in nine years.")
    assert [(c.kind.value, c.value) for c in found] == [("duration", 9)]


NOT_CLAIMS = [
    "COVID-19 cases rose among G20 members.",
    "F-16 and JF-17 jets flew over the Sputnik V plant.",
    "Foreign Minister Ahmed (2L) holds talks with his counterpart (2R).",
    "Call +44 20 7946 0958 or see https://example.com/2021/04/story-123.",
    "The sixth meeting was held during the 74th session.",
    "They met one another; no one knows; it is one of the largest.",
    "No one was hurt, and one of the injured went home.",  # "one" near harm words, still no toll
    "ISBN 978-3-16-148410-0 is printed on the back.",
    "The meeting started at 10:30 a.m. and ended at 3 pm.",
    "He lives at Flight 370 and Section 230 matters.",
    "[18:00:04] PRESENTER: Good evening, and welcome.",  # a transcript's time code
    "Nurses on band 8, on bands 5-7 and Band 5 nurses in tier 2 posts were consulted.",  # pay bands
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_identifiers_ordinals_and_pronouns_are_not_claims(sentence: str) -> None:
    assert claims(sentence) == []


def test_dateparser_pitfalls_are_not_dates() -> None:
    found = claims("We said we would meet, up 45% from the year before, and a 46 was seen.")
    assert all(c.kind.value != "date" for c in found)


def test_year_alone_is_a_date_and_years_before_nouns_are_counts() -> None:
    assert one("Ties began in 1948 and grew.", "1948").kind.value == "date"
    assert one("Some 2000 people came.", "Some 2000").kind.value == "count"


TIMES = [
    ("In 2020, trade stood at $350m.", "$350m", "2020", False),
    ("Trade stood at $350m last year.", "$350m", "2020", False),
    ("In the last fiscal year, trade stood at $350m.", "$350m", "FY2020", False),
    ("In the first quarter, profit rose 8%.", "8%", "2021-Q1", False),
    ("The country aims to cut emissions to 300 mln t by 2030.", "300 mln t", "2030", True),
]


@pytest.mark.parametrize(("sentence", "text", "time", "target"), TIMES, ids=[t[0] for t in TIMES])
def test_time_the_claim_refers_to(sentence: str, text: str, time: str, target: bool) -> None:
    claim = one(sentence, text)
    assert claim.time == time
    assert claim.time_target is target


def test_a_cue_after_another_figure_makes_only_that_figure_a_target() -> None:
    text = "Members backed the strike on a turnout of 64 pct, well above the 50 pct threshold required by law."
    assert (one(text, "64 pct").time_target, one(text, "50 pct").time_target) == (False, True)
    # a year is no figure: the cue after it still makes the output a target (2030 already past)
    assert one("Output of 2.1 mln t by 2030 is targeted.", "2.1 mln t", dt.date(2031, 1, 5)).time_target is True


def test_a_figure_aimed_for_is_a_target() -> None:
    assert one("The league is aiming for a €1m prize pool.", "€1m").time_target is True
    assert one("The club aims for 30,000 members.", "30,000").time_target is True


def test_time_scope_year_is_not_also_a_date_claim() -> None:
    assert [c.kind.value for c in claims("In 2020, trade stood at $350m.")] == ["money"]


ATTRIBUTIONS = [
    ("Trade stood at $350m, according to the Pakistan Central Bank.", "$350m", "Pakistan Central Bank"),
    ("Lavrov said Russia had sold 50,000 doses.", "50,000", "Lavrov"),
    ("However, Lavrov stated the true figure was US$790 million.", "US$790 million", "Lavrov"),
    ("The toll rose to 112, the interior ministry said.", "112", "interior ministry"),
    ("Police said 2,000 attended; organisers put the figure at 5,000.", "5,000", "organisers"),
]


@pytest.mark.parametrize(("sentence", "text", "who"), ATTRIBUTIONS, ids=[a[2] for a in ATTRIBUTIONS])
def test_attribution(sentence: str, text: str, who: str) -> None:
    assert one(sentence, text).attribution == who


def test_offsets_point_at_the_span_and_lines_are_one_based() -> None:
    text = "Title line\n\nThe bridge is 2.4 km long and cost £450 million.\n"
    found = extract_text(text, "a.txt")
    for claim in found:
        assert text[claim.start:claim.end] == claim.text
    assert (found[0].line, found[0].column) == (3, 15)


def test_publication_date_line_is_found_and_not_a_claim() -> None:
    text = "Headline\nUpdated 07 April 2021\n\nThe toll rose to 112 on Monday, the ministry said.\n"
    found = extract_text(text, "a.txt")
    assert [c.text for c in found] == ["112"]
    assert found[0].time == "2021-04-05"


# Date extraction: lists, month ranges, bare weekdays, yearless dates, and dates that are not
# claims.  Each expected date is (text as written, value, low, high).
DATE_LISTS = [
    ("The qualifiers are on 21 and 24 March 2024.", "21 and 24 March 2024", "2024-03-21", "2024-03-21", "2024-03-24"),
    ("Games were played on March 21 and 24, 2024.", "March 21 and 24, 2024", "2024-03-21", "2024-03-21", "2024-03-24"),
    ("Races were held on 3, 10 and 17 May 2020.", "3, 10 and 17 May 2020", "2020-05-03", "2020-05-03", "2020-05-17"),
    ("The appeal covers September to November 2024.", "September to November 2024", "2024-09", "2024-09-01", "2024-11-30"),
    ("Winter ran from December to February 2024.", "December to February 2024", "2023-12", "2023-12-01", "2024-02-29"),
    ("The festival ran from December 28 to January 3, 2025.", "December 28 to January 3, 2025", "2024-12-28",
     "2024-12-28", "2025-01-03"),
    ("The dam was built in 1961-1964 by the state.", "1961-1964", "1961", "1961-01-01", "1964-12-31"),
    ("He won on 10 March, 21 April and 14 July 2020.", "10 March, 21 April and 14 July 2020", "2020-03-10",
     "2020-03-10", "2020-07-14"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "low", "high"), DATE_LISTS, ids=[d[1] for d in DATE_LISTS])
def test_date_lists_and_ranges_are_one_claim(sentence: str, text: str, value: str, low: str, high: str) -> None:
    dates = [c for c in claims(sentence) if c.kind.value == "date"]
    assert [(c.text, c.value, c.low, c.high) for c in dates] == [(text, value, low, high)]


DATE_SEQUENCES = [
    ("He won on 10 March 2020 and lost on 21 April 2020.", ["2020-03-10", "2020-04-21"]),
    ("The vote was on March 21 and 24 people died.", ["2021-03-21"]),  # "24 people" is a count, not a second day
]


@pytest.mark.parametrize(("sentence", "values"), DATE_SEQUENCES, ids=[d[0] for d in DATE_SEQUENCES])
def test_dates_with_their_own_months_stay_separate_claims(sentence: str, values: list[str]) -> None:
    assert [c.value for c in claims(sentence) if c.kind.value == "date"] == values


THURSDAY = dt.date(2024, 2, 1)
WEEKDAYS = [
    ("The fire, which ignited Monday near the town, was contained.", "Monday", "2024-01-29"),
    ("The fire broke out Tuesday afternoon.", "Tuesday", "2024-01-30"),
    ("The party won Sunday's election.", "Sunday", "2024-01-28"),
    ("He was paraded before Wednesday night's win.", "Wednesday", "2024-01-31"),
    ("Officials declared the outbreak last Thursday.", "last Thursday", "2024-01-25"),
    # Looking ahead: the first such day on or after publication.
    ("He could make his debut against Mortlake on Saturday.", "on Saturday", "2024-02-03"),
    ("Rescue teams were expected to arrive by Tuesday.", "Tuesday", "2024-02-06"),
    ("A red flag warning is in effect until 8 p.m. Sunday.", "Sunday", "2024-02-04"),
    # "from" names the days the news is about, not a timetable's ("open Tuesday to Sunday")
    ("The bridge was shut from Saturday until Monday.", "Monday", "2024-01-29"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), WEEKDAYS, ids=[w[0] for w in WEEKDAYS])
def test_weekday_event_dates_resolve_against_publication(sentence: str, text: str, value: str) -> None:
    claim = one(sentence, text, THURSDAY)
    assert (claim.kind.value, claim.value, claim.low, claim.high) == ("date", value, value, value)


NOT_DATE_CLAIMS = [
    "The toll rose to 61, the ministry said on Monday.",  # when a running tally was given: its time
    "Police said Wednesday that 45 people had been arrested.",
    "The Sunday Times first reported the deal.",  # a title
    "Good Friday services drew crowds.",  # a holiday
    "From today's 412.6 Mt, emissions must fall.",  # 'today's' is 'current'
    "The season is 75 days longer than in the 1970s.",  # the base of a comparison
    "## Lakeport 2024: the record run, by the numbers",  # a name
    "NOVISAD, Oct 7 (Continental Wire) - The party won 121 seats.",  # a wire dateline
    "TERVASA, Sept. 9, 2024 (Agency) - The toll rose to 112.",
    "*Correction, 15 October: an earlier version misspelled a name.*",  # a correction note
    "| | 27 Aug | 28 Aug |\n|---|---|---|\n| Deaths | 38 | 46 |\n",  # the columns' times
    "Its 40 bars fill with crowds on Friday nights.",  # a habit, no one day
    "The 12 stalls open every Saturday.",
    "He said he would sit in that corridor on a Friday night.",  # any Friday
    "For a Saturday afternoon in May, the crowd was big.",
    "On any normal Friday in July, the quay is full of camper vans.",  # any Friday
    "The museum is open Tuesday to Sunday, 10am to 5pm.",  # opening hours: a week's days
    "Call the helpline (08:00-18:00, Monday to Friday).",
]


@pytest.mark.parametrize("sentence", NOT_DATE_CLAIMS, ids=[s[:40] for s in NOT_DATE_CLAIMS])
def test_dates_that_are_not_claims(sentence: str) -> None:
    assert [c.text for c in claims(sentence, THURSDAY) if c.kind.value == "date"] == []


RACE_DAY = dt.date(2024, 10, 13)
YEARLESS = [
    ("The 2025 race is scheduled for October 12.", "October 12", "2025-10-12"),  # passed, but scheduled
    ("Registration opens on 2 December.", "2 December", "2024-12-02"),  # ahead: a schedule verb
    ("The race was held on 20 November.", "20 November", "2023-11-20"),  # news looks back
    ("The campaign began on 4 October and is scheduled to end on 31 October.", "4 October", "2024-10-04"),
    ("The campaign began on 4 October and is scheduled to end on 31 October.", "31 October", "2024-10-31"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), YEARLESS, ids=[f"{y[1]}: {y[0]}" for y in YEARLESS])
def test_yearless_dates_take_the_year_their_tense_implies(sentence: str, text: str, value: str) -> None:
    assert one(sentence, text, RACE_DAY).value == value


def test_wire_dateline_is_the_publication_date() -> None:
    text = "TERVASA, Sept. 9, 2024 (Agency) - The toll rose to 112."
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2024, 9, 9)
    assert text[found[1][0]:found[1][1]] == "Sept. 9, 2024"


FACT_BOX_ARTICLES = [
    # The date line under the headline, not the fact box's labelled event date.
    ("# Dam breach at Orvel\n\n**Water Desk · 16 May 2023, 09:00 local time**\n\n> **Fact box**\n"
     "> - **Date:** 14 May 2023, approx. 02:10\n> - **Dead:** 12\n\nThe dam failed at night.\n",
     dt.date(2023, 5, 16), "14 May 2023"),
    ("# Ferry fire\n\n*Sea Safety Notes · 3 June 2022 · Ref. SSN-2022-0412*\n\n| Item | Detail |\n|---|---|\n"
     "| Date | 1 June 2022 |\n| On board | 340 passengers |\n\nThe fire began in the engine room.\n",
     dt.date(2022, 6, 3), "1 June 2022"),
]


@pytest.mark.parametrize(("text", "published", "event_date"), FACT_BOX_ARTICLES)
def test_a_fact_box_date_is_the_event_date_and_stays_a_claim(text: str, published: dt.date, event_date: str) -> None:
    found = find_published(text)
    assert found is not None and found[0] == published
    dates = [c for c in extract_text(text, "t.md") if c.kind.value == "date"]
    assert [c.text for c in dates] == [event_date]


DATE_LINES = [
    # A blog's italic line whose parts are split by a spaced hyphen, or by a sentence's end.
    ("# Lock gates\n\n*Canal Notes - independent analysis of the waterways and locks of the north - 4 May 2031*\n\nThe gates failed.\n",
     dt.date(2031, 5, 4), "4 May 2031"),
    ("# Lock gates\n\n*Canal Notes, 4 May 2031. Filed under: Waterways, Locks, Infrastructure, Explainers*\n\nThe gates failed.\n",
     dt.date(2031, 5, 4), "4 May 2031"),
    # An italic line in parts split by a dot, whose date has commas of its own.
    ("# Recount\n\n*Rail Notes · a newsletter on trains and the numbers · Monday, December 8, 2031*\n\nIt ended.\n",
     dt.date(2031, 12, 8), "Monday, December 8, 2031"),
    # A press release's date line: a place, the date, a dash.
    ("PRESS RELEASE\n\nOrvel Water reports\n\nOrvel, Tessaria - 4 May 2031 - Orvel Water today reported a loss.\n",
     dt.date(2031, 5, 4), "4 May 2031"),
]


@pytest.mark.parametrize(("text", "published", "date_text"), DATE_LINES)
def test_a_blog_or_release_date_line_is_the_publication_date(text: str, published: dt.date, date_text: str) -> None:
    found = find_published(text)
    assert found is not None and found[0] == published
    assert text[found[1][0]:found[1][1]] == date_text


def test_a_fact_box_row_labelled_published_is_the_publication_date() -> None:
    text = "# Ferry fire\n\n| Item | Detail |\n|---|---|\n| Published | 3 June 2022 |\n| Date | 1 June 2022 |\n"
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2022, 6, 3)


def test_a_yearless_wire_dateline_takes_the_year_the_story_gives() -> None:
    text = ("ORVEL, March 6 (Delta Wire) - The bank raised its rate on Thursday. It sees inflation at 6% "
            "in 2025, down from 7% in 2024, and growth of 2% in 2025.")
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2025, 3, 6)
    assert text[found[1][0]:found[1][1]] == "March 6"
    assert one(text, "on Thursday", None).value == "2025-03-06"


def test_a_wire_dateline_whose_place_carries_accents_is_read() -> None:
    """"SÄRNÖ DÅL, March 6 (Delta Wire) - ...": capitals with accents are a place's capitals too."""
    text = ("SÄRNÖ DÅL, Tessaly, March 6 (Delta Wire) - The bank raised its rate on Thursday. It sees inflation "
            "at 6% in 2025, down from 7% in 2024, and growth of 2% in 2025.")
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2025, 3, 6)


def test_a_yearless_wire_dateline_without_a_clear_story_year_gives_no_date() -> None:
    # Each year is named once: none says which year the story is told in.
    text = "ORVEL, Oct 7 (Delta Wire) - Turnout rose from the 2020 vote; the party has led since 2016."
    assert find_published(text) is None


def test_a_yearless_wire_dateline_takes_the_one_year_its_weekday_fits_between_the_storys_years() -> None:
    # Oct 7 is a Monday in 2019, 2024 and 2030: the story is told after the 2020 vote and
    # before its 2030 pledge, so it is 2024.
    text = ("ORVEL, Oct 7 (Delta Wire) - The Green Party won 80 seats in Sunday's election, according to results "
            "published on Monday.\n\nTurnout rose 3 points on the 2020 vote. The party pledged 9,000 homes by 2030.\n")
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2024, 10, 7)
    dates = [(c.text, c.value) for c in extract_text(text, "t.txt") if c.kind.value == "date"]
    assert dates == [("Sunday", "2024-10-06"), ("on Monday", "2024-10-07")]


def test_a_yearless_wire_dateline_takes_its_weekday_from_a_decision_the_lead_reports() -> None:
    # March 9 is a Monday in 2026, not in 2025: the story tells of 2025 and looks ahead to 2026.
    text = ("MARRENDALE, March 9 (Tickerline) - Quillon agreed on Monday to buy Brightmoor for $4.2 bln.\n\n"
            "Brightmoor's revenue rose 18 pct to $612 mln in 2025. The companies expect to close in the third "
            "quarter of 2026.\n")
    found = find_published(text)
    assert found is not None and found[0] == dt.date(2026, 3, 9)
    # no year between the story's bounds puts March 9 on a Tuesday: none is guessed
    assert find_published(text.replace("agreed on Monday to buy", "agreed on Tuesday to buy")) is None


@pytest.mark.parametrize("text", [
    # only a year long past: Sept 15 is a Tuesday in many years after 1952
    "ORVEL, Sept 15 (Delta Wire) - The storm hit on Monday, the agency said on Tuesday. Records began in 1952.",
    # no weekday given for the day of the date line
    "ORVEL, Oct 7 (Delta Wire) - The party won 80 seats on Sunday, up on the 2020 vote, and pledged 900 homes by 2030.",
    # Oct 7 is a Monday in both 2019 and 2024: the years do not decide
    "ORVEL, Oct 7 (Delta Wire) - Results were published on Monday. The party has led since 2016 and aims for 2030.",
])
def test_a_yearless_wire_dateline_the_weekday_cannot_settle_gives_no_date(text: str) -> None:
    assert find_published(text) is None


MONTHS_AHEAD = [
    ("The ferry, which carried 1.9 million passengers in 2023, will end in September.", ["2024-09"]),
    ("Votes on the 12-page text are expected before the end of September.", ["2024-09"]),
    ("The 2 plants are scheduled to close in March.", ["2025-03"]),  # March has passed: next year's
    ("Two bids, of £35m and £40m, were rejected in July.", ["2023-07"]),  # a past act: the latest such July
    # 'ruled out' looks ahead; a comma between adjectives does not end the clause
    ("Union leaders have not ruled out a second, longer walkout in September.", ["2024-09"]),
    ("The agency has ruled out a rise in March.", ["2025-03"]),
    # 'expect' looks ahead as 'expected' does
    ("The cuts will come within a year of closing, which the companies expect by the end of September.", ["2024-09"]),
    ("The first flight under the deal is planned for October.", ["2024-10"]),  # 'planned for' looks ahead
    # a past act, its object between the verb and the month
    ("The ferry passed its last annual safety inspection in October.", ["2023-10"]),
    # a month joined to a first one takes its tense
    ("We advertised the post in June and again in September.", ["2023-06", "2023-09"]),
    ("The council will vote in June and again in September.", ["2024-06", "2024-09"]),
    # a past month is a date even with no act word before it: it went on sale, it launched
    ("The Vesper phone went on sale in February at £899.", ["2024-02"]),
    ("Her first novel came out in April.", ["2024-04"]),
    # reported speech, a hope, a bound with no past verb, a present schedule: all look ahead
    ("The agency said it would publish the audit in January.", ["2025-01"]),
    ("The club hopes the stand can reopen in March.", ["2025-03"]),
    ("Trains on the line do not run until late April.", ["2025-04"]),
    ("Fees rise by 4% from February.", ["2025-02"]),
    ("The exhibition opens in Corvale in April.", ["2025-04"]),
    ("The board is to start the search in March.", ["2025-03"]),
    # ... but a bound told in the past stays past
    ("The pool was closed until April for repairs.", ["2024-04"]),
]


@pytest.mark.parametrize(("published", "value"), [(dt.date(2024, 5, 16), "2024-06"), (dt.date(2024, 12, 3), "2025-01")])
def test_next_month_is_the_month_after_publication(published: dt.date, value: str) -> None:
    sentence = "The inquiry will hear its first witnesses next month."
    assert [(sentence[d.start:d.end], d.value) for d in find_dates(sentence, 0, len(sentence), published)] == [
        ("next month", value)]


def test_next_month_dates_an_event_even_in_a_sentence_without_digits() -> None:
    found = extract_text("The inquiry will hear its first witnesses next month.", "t.txt", dt.date(2024, 5, 16))
    assert [(c.text, c.kind.value, c.value) for c in found] == [("next month", "date", "2024-06")]


# The month a source spoke, or a period's last month, is no date of its own (see
# fixtures/corpus/README.md: the day a source spoke is not a mention).
@pytest.mark.parametrize("sentence", [
    "The ministry said in February that it would review the 12 contracts.",
    "Sales fell 9% in the trading year that ended in March.",
    "Revenue for the quarter to the end of June was $1.2bn.",
])
def test_a_month_a_source_spoke_in_or_a_period_ended_in_is_not_a_date(sentence: str) -> None:
    assert [d for d in find_dates(sentence, 0, len(sentence), dt.date(2024, 5, 16)) if d.granularity == "month"] == []


@pytest.mark.parametrize(("sentence", "values"), MONTHS_AHEAD, ids=[m[0] for m in MONTHS_AHEAD])
def test_month_without_year_looked_ahead_to_is_a_date(sentence: str, values: list[str]) -> None:
    dates = find_dates(sentence, 0, len(sentence), dt.date(2024, 5, 16))
    assert [d.value for d in dates if d.granularity == "month"] == values


def test_the_end_of_a_month_looked_ahead_to_spans_its_part() -> None:
    sentence = "Votes are expected before the end of September."
    dates = find_dates(sentence, 0, len(sentence), dt.date(2024, 5, 16))
    assert [(sentence[d.start:d.end], d.value) for d in dates] == [("end of September", "2024-09")]


SEASONS = [
    ("The £65m deal ended a pursuit that began last summer.", dt.date(2024, 2, 1), "last summer",
     ("2023", "2023-06-01", "2023-08-31")),
    ("The £65m deal ended a pursuit that began last summer.", dt.date(2024, 10, 1), "last summer",
     ("2024", "2024-06-01", "2024-08-31")),
    ("The plants, which employ 3,000 people in the region, will close next summer.", dt.date(2024, 7, 1),
     "next summer", ("2025", "2025-06-01", "2025-08-31")),
    ("Last summer 40 fires burned.", dt.date(2024, 2, 1), "Last summer", None),  # the figure's time
    ("Sales rose 5% last summer.", dt.date(2024, 2, 1), "last summer", None),
]


@pytest.mark.parametrize(("sentence", "published", "text", "expected"), SEASONS,
                         ids=[f"{s[0]} ({s[1]})" for s in SEASONS])
def test_season_that_dates_an_event(sentence: str, published: dt.date, text: str,
                                    expected: tuple[str, str, str] | None) -> None:
    found = [(c.value, c.low, c.high) for c in claims(sentence, published) if c.text == text]
    assert found == ([expected] if expected else [])


# Units, fractions, ranges and spellings added after quantulum3's own test sentences and the
# corpus's misses: sentence, span, kind, value, low, high, unit (None: bound not checked).
MORE_KINDS = [
    ("The door is 2 1/2 in thick.", "2 1/2 in", "length", 6.35e-5, None, None, "km"),
    ("The co-op made 212,000 hectolitres of wine.", "212,000 hectolitres", "volume", 21_200, None, None, "m3"),
    ("Output fell to 41,800 hl.", "41,800 hl", "volume", 4_180, None, None, "m3"),
    # water companies' megalitres ("Ml", not millilitres "ml"), rivers' cumecs, a compound's singular
    ("The reservoir can hold 41,000 megalitres when full.", "41,000 megalitres", "volume", 41_000_000, None, None, "m3"),
    ("Demand peaked at 1,020 Ml/d on Sunday.", "1,020 Ml/d", "volume", 1_020_000, None, None, "m3"),
    ("Storage fell to 3 ML in May.", "3 ML", "volume", 3_000, None, None, "m3"),
    ("Storage fell to 2,300 GL in May.", "2,300 GL", "volume", 2.3e9, None, None, "m3"),
    ("The river ran at around 14 cumecs.", "around 14 cumecs", "volume", 14, None, None, "m3"),
    ("It is a 17,000 cubic metre envelope.", "17,000 cubic metre", "volume", 17_000, None, None, "m3"),
    ("About 26 pct of its 118 mln cubic metre capacity.", "118 mln cubic metre", "volume", 118e6, None, None, "m3"),
    # a glued "m" is metres where a level or height is told, or grouped in thousands
    ("The runway goes from 1,830m to 2,400m.", "1,830m", "length", 1.83, None, None, "km"),
    ("At 4,150m, the climbers turned back.", "4,150m", "length", 4.15, None, None, "km"),
    ("They forecast a crest of 7.2m at the bridge.", "7.2m", "length", 0.0072, None, None, "km"),
    ("The river is 0.4m higher than on Saturday.", "0.4m", "length", 0.0004, None, None, "km"),
    ("It produced 141,800 dry metric tonnes of spodumene.", "141,800 dry metric tonnes", "mass", 141_800, None, None, "t"),
    ("Guidance is unchanged at 540,000-580,000 dmt.", "540,000-580,000 dmt", "mass", 560_000, 540_000, 580_000, "t"),
    ("Capacity rises to 900,000 tpa of concentrate.", "900,000 tpa", "mass", 900_000, None, None, "t"),
    ("It would release 6 million acre-feet from the lake.", "6 million acre-feet", "volume", 6e6 * 1233.48183754752, None, None, "m3"),
    # Indian business writing's "cr" and "lakh crore", and a wire's "trln"
    ("Net profit of ₹1,248 cr beat every estimate.", "₹1,248 cr", "money", 1.248e10, None, None, "INR"),
    ("Net debt stood at Rs 1.38 lakh crore.", "Rs 1.38 lakh crore", "money", 1.38e12, None, None, "INR"),
    ("Net debt was 1.38 trln rupees.", "1.38 trln rupees", "money", 1.38e12, None, None, "INR"),
    # a vote's margin in points is percentage points
    ("After the first canvass the gap was 184 votes, or 0.22 points.", "0.22 points", "percent", 0.22, None, None, "pp"),
    # a bare weather reading above 54 degrees is Fahrenheit (no weather reaches 55 degrees Celsius)
    ("The high in Westmarch on Monday was 58 degrees.", "58 degrees", "temperature", (58 - 32) * 5 / 9, None, None, "degC"),
    ("It reached 51 degrees in Jacobabad.", "51 degrees", "temperature", 51, None, None, "degC"),
    # a glued lowercase "g" is grams, a glued "kt" kilotonnes where tonnage is told
    ("A typical 100g bar contains about 40g of cocoa solids.", "100g", "mass", 1e-4, None, None, "t"),
    ("A typical 100g bar contains about 40g of cocoa solids.", "about 40g", "mass", 4e-5, None, None, "t"),
    ("Drinks with under 5g per 100ml are exempt.", "under 5g", "mass", 5e-6, None, None, "t"),
    ("| Copper output, 2032 | 112kt | 148kt |", "112kt", "mass", 112_000, None, None, "t"),
    ("Winds of 40kt battered the ship.", "40kt", "speed", 74.08, None, None, "km/h"),
    # "-degree" with weather after it is a temperature (93 in a bare US compound is Fahrenheit)
    ("In 2028, a 30-degree day cost a runner his life.", "30-degree", "temperature", 30, None, None, "degC"),
    ("There were no forty-degree days in June.", "forty-degree", "temperature", 40, None, None, "degC"),
    ("They stood under a 93-degree sun.", "93-degree", "temperature", (93 - 32) * 5 / 9, None, None, "degC"),
    # "kt": kilotonnes where metal or output is told of, knots at sea and in the air
    ("Annual capacity is 420 kt of copper cathode.", "420 kt", "mass", 420_000, None, None, "t"),
    ("It mined 50 kt of copper.", "50 kt", "mass", 50_000, None, None, "t"),  # kilotonnes, not knots
    ("Winds gusted to 65 kt overnight.", "65 kt", "speed", 120.38, None, None, "km/h"),
    ("A mouse can get through a 1/4 inch gap.", "1/4 inch", "length", 6.35e-6, None, None, "km"),
    ("The length of my pencil is 2 in.", "2 in", "length", 5.08e-5, None, None, "km"),
    ("He's 6ft 3in and quick.", "6ft 3in", "length", 0.001905, None, None, "km"),
    ("Veldoria requires two-thirds of its Senate.", "two-thirds", "percent", 200 / 3, None, None, "%"),
    ("A quarter of the 12 wards flooded.", "A quarter", "percent", 25, None, None, "%"),
    ("The chance is exactly one sixth.", "one sixth", "count", 1 / 6, None, None, None),
    ("It lies two and a half miles to the east.", "two and a half miles", "length", 4.02336, None, None, "km"),
    ("He signed a five-and-a-half-year contract.", "five-and-a-half-year", "duration", 5.5, None, None, "year"),
    ("I want a hundred and two of those 3 kinds.", "a hundred and two", "count", 102, None, None, None),
    ("It was valued at 10 000 dollars.", "10 000 dollars", "money", 10_000, None, None, "USD"),
    ("In all 1,04,500 people were in relief camps.", "1,04,500", "count", 104_500, None, None, None),
    ("They were given 50 mg of ethanol.", "50 mg", "mass", 5e-8, None, None, "t"),
    ("Take the large 100 cl bottle, or 2 L of water, or 44 ml.", "100 cl", "volume", 0.001, None, None, "m3"),
    ("Take the large 100 cl bottle, or 2 L of water, or 44 ml.", "2 L", "volume", 0.002, None, None, "m3"),
    ("Take the large 100 cl bottle, or 2 L of water, or 44 ml.", "44 ml", "volume", 4.4e-5, None, None, "m3"),
    ("Silicon has a bandgap of 1.1 eV.", "1.1 eV", "energy", 1.1 * 1.602176634e-19 / 3.6e6, None, None, "kWh"),
    ("We produced 50 Wh today.", "50 Wh", "energy", 0.05, None, None, "kWh"),
    ("The lake holds 4 cubic kilometres.", "4 cubic kilometres", "volume", 4e9, None, None, "m3"),
    ("The lake holds 4 km^3.", "4 km^3", "volume", 4e9, None, None, "m3"),
    ("The park is 4 km squared.", "4 km squared", "area", 4, None, None, "km2"),
    ("Its GDP is $2.174T.", "$2.174T", "money", 2.174e12, None, None, "USD"),
    ("That one costs 30 cents.", "30 cents", "money", 0.3, None, None, "USD"),
    ("The engine rises to about 800 degrees Celsius.", "about 800 degrees Celsius", "temperature", 800, None, None, "degC"),
    ("The year was 10.9°C, 3.4°F above the 1961-1990 average.", "3.4°F", "temperature", 3.4 * 5 / 9, None, None, "degC"),
    ("It was 40°F below zero.", "40°F", "temperature", 40 / 1.8 - 32 / 1.8, None, None, "degC"),
    ("Kiprono won the marathon on Sunday in 2:04:37.", "2:04:37", "duration", 7477 / 31557600, None, None, "year"),
    ("Kiprono passed halfway in 62:40.", "62:40", "duration", 3760 / 31557600, None, None, "year"),
    ("His fastest 5 km took 14:21.", "14:21", "duration", 861 / 31557600, None, None, "year"),
    # Race times with a fraction of a second, and gaps in seconds.
    ("The crew won the final in 5:21.84.", "5:21.84", "duration", 321.84 / 31557600, None, None, "year"),
    ("Harlund's 5:21.84 in the final is the story.", "5:21.84", "duration", 321.84 / 31557600, None, None, "year"),
    ("Her record stands at 2:04:37.6.", "2:04:37.6", "duration", 7477.6 / 31557600, None, None, "year"),
    ("The crew won in a time given as 5min 12.84sec.", "5min 12.84sec", "duration", 312.84 / 31557600, None, None, "year"),
    ("They finished 1.60s ahead of the Dutch crew.", "1.60s", "duration", 1.6 / 31557600, None, None, "year"),
    ("It is a factor of 2.48×10−5 smaller.", "2.48×10−5", "count", 2.48e-5, None, None, None),
    ("Bond yields fell 6 basis points.", "6 basis points", "percent", -0.06, None, None, "pp"),
    # Basis and percentage points as markets abbreviate them.
    ("The bank delivered a 50 bp hike.", "50 bp", "percent", 0.5, None, None, "pp"),
    ("Decision: +25 bp.", "25 bp", "percent", 0.25, None, None, "pp"),
    ("The bank raised its rate by 50 bps to 6.75%.", "50 bps", "percent", 0.5, None, None, "pp"),
    ("Traders pencil in a further 75bp in May.", "a further 75bp", "percent", 0.75, None, None, "pp"),
    ("Spreads: -12 bp to 318 bp.", "-12 bp", "percent", -0.12, None, None, "pp"),
    ("Spreads: -12 bp to 318 bp.", "318 bp", "percent", 3.18, None, None, "pp"),
    ("The target is 3% ± 1 pp.", "1 pp", "percent", 1, None, None, "pp"),
    # Knots, and pounds of weight.
    ("Touchdown speed was 140 kt.", "140 kt", "speed", 259.28, None, None, "km/h"),
    ("The ship sailed at 12 knots.", "12 knots", "speed", 22.224, None, None, "km/h"),
    ("The crew dumped nearly 20,000 pounds of fuel.", "nearly 20,000 pounds", "mass", 9.0718474, None, None, "t"),
    ("The parcel weighed 40 pounds.", "40 pounds", "mass", 0.0181436948, None, None, "t"),
    ("The parcel weighed 40 lbs.", "40 lbs", "mass", 0.0181436948, None, None, "t"),
    # Temperatures below zero.
    ("Outside air temp at cruise was around -47C.", "around -47C", "temperature", -47, None, None, "degC"),
    ("It was about minus 53 degrees Fahrenheit outside.", "about minus 53 degrees Fahrenheit", "temperature",
     (-53 - 32) * 5 / 9, None, None, "degC"),
    ("The night fell to minus 12 degrees Celsius.", "minus 12 degrees Celsius", "temperature", -12, None, None, "degC"),
]


UNIT_LOOK_ALIKES = [
    # sentence, span that must not be read with a unit
    ("The ticket cost 20 pounds.", "20 pounds"),  # money, not weight
    ("The club paid 5 million pounds for the striker, a club weight of debt.", "5 million pounds"),
    ("BP sold 50 BP stations.", "50 BP"),  # a company, not basis points
    ("She wore an 18kt gold ring.", "18kt"),  # carats, not knots
    ("He hired 3 temps at 5C Street.", "5C"),
]


@pytest.mark.parametrize(("sentence", "text"), UNIT_LOOK_ALIKES, ids=[u[0] for u in UNIT_LOOK_ALIKES])
def test_unit_look_alikes_are_not_read_as_that_unit(sentence: str, text: str) -> None:
    wrong = {"20 pounds": "mass", "5 million pounds": "mass", "50 BP": "percent", "50 kt": "speed", "18kt": "speed",
             "5C": "temperature"}
    # (Pounds may be read as sterling, never as a weight.)
    assert not [c for c in claims(sentence)
                if (c.text == text and not (c.kind.value == "money" and c.unit == "GBP")) or c.kind.value == wrong[text]]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "low", "high", "unit"), MORE_KINDS,
                         ids=[f"{k[1]}-{i}" for i, k in enumerate(MORE_KINDS)])
def test_more_units_fractions_and_spellings(sentence: str, text: str, kind: str, value: float, low: float | None,
                                            high: float | None, unit: str | None) -> None:
    test_kind_and_canonical_value(sentence, text, kind, value, low, high, unit)


MORE_RANGES = [
    # sentence, span, kind, low, high
    ("They were given 44 mg to 50 mg of ethanol.", "44 mg to 50 mg", "mass", 4.4e-8, 5e-8),
    ("They were given between 44 and 50 mg of ethanol.", "between 44 and 50 mg", "mass", 4.4e-8, 5e-8),
    ("Temperatures ranged from -18 °C to -34 °C.", "from -18 °C to -34 °C", "temperature", -34, -18),
    ("It is an 8- to 16-meter telescope.", "8- to 16-meter", "length", 0.008, 0.016),
    ("I want 3 to 4 L of wine.", "3 to 4 L", "volume", 0.003, 0.004),
    ("The next seven to ten days will be decisive.", "seven to ten days", "duration", 7 / 365.25, 10 / 365.25),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "low", "high"), MORE_RANGES, ids=[r[1] for r in MORE_RANGES])
def test_more_ranges_are_one_interval(sentence: str, text: str, kind: str, low: float, high: float) -> None:
    claim = one(sentence, text)
    assert claim.kind.value == kind
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))
    assert claim.value == pytest.approx((low + high) / 2)


SHARED_UNITS = [
    # sentence, expected [(span, kind, value)]: a unit written once belongs to both numbers
    ("They were given 45 and 50 mg of ethanol.", [("45", "mass", 4.5e-8), ("50 mg", "mass", 5e-8)]),
    ("Coal burn dropped from 19 million to 12 million tonnes.",
     [("19 million", "mass", 19e6), ("12 million tonnes", "mass", 12e6)]),
    ("Doses fell from 44 mg to 50 mg a day.", [("44 mg", "mass", 4.4e-8), ("50 mg", "mass", 5e-8)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SHARED_UNITS, ids=[s[0] for s in SHARED_UNITS])
def test_a_unit_written_once_is_shared_and_from_to_is_two_figures(sentence: str,
                                                                   expected: list[tuple[str, str, float]]) -> None:
    found = [(c.text, c.kind.value, pytest.approx(c.value)) for c in claims(sentence)]
    assert found == expected


BARE_COUNTS = [
    # sentence, span, value, noun borrowed from the sentence (None: not checked)
    ("The storm flattened 120 barns and damaged 45 more.", "45", 45, "barn"),
    ("Medics treated 900 spectators, and 14 were taken to hospital.", "14", 14, "spectator"),
    ("The line crosses 27 counties in the north and 6 in the south.", "6", 6, "county"),
    ("The assembly (300 seats, 151 for a majority) met.", "151", 151, "seat"),
    ("The tally reached 310, up from 205 a week earlier.", "205", 205, None),
    ("Provinces reporting cases: 14 of 52.", "52", 52, None),
    ("Crowds cheer as 12,480 finish the race.", "12,480", 12480, None),
    ("The budget passed with 41 in favour and 27 against.", "27", 27, None),  # a vote's two sides
    ("The budget passed with 41 in favour and 27 against.", "41", 41, None),
    ("- **4** recovered, **7** still missing", "7", 7, None),  # emphasis round a headline-style count
    ("- **3** died.", "3", 3, None),
    ("Staff work at 2,300 fixed and mobile sites.", "2,300", 2300, None),
    ('The bulletin writes "2,35,000" for this.', "2,35,000", 235000, None),
    ("She is a forward who can score 15 a season.", "15", 15, None),
    ("Both sides signed 9 memoranda of understanding.", "9", 9, "memoranda"),
    ("Food went to 44 feeding points.", "44", 44, "point"),
    ("It hit 300 people in the north, 120 in the south.", "120", 120, "people"),
    ("By then, 12 had died.", "12", 12, None),
    ("Of the 40 crew, 12 were rescued. And 9 were missing.", "9", 9, None),
    ("There were 5 deaths in 2019, 7 in 2020 and 9 in 2021.", "9", 9, "death"),
    # The noun after a copula names the group, not the count the sentence opened with.
    ("Of the 230 aboard, 190 were tourists and 40 were crew.", "40", 40, "crew"),
    ("Of the 230 aboard, 190 were tourists and 40 were crew.", "190", 190, "tourist"),
    # A change told "from A to B" after its noun: both figures count it.
    ("Staff numbers went from 40 to 55 last year.", "40", 40, None),
    ("Staff numbers went from 40 to 55 last year.", "55", 55, None),
    ("The plan would expand cooling centers from five to 12.", "12", 12, None),
]


@pytest.mark.parametrize(("sentence", "text", "value", "noun"), BARE_COUNTS, ids=[b[0] for b in BARE_COUNTS])
def test_a_count_whose_noun_is_elided_or_far_is_still_a_count(sentence: str, text: str, value: int,
                                                              noun: str | None) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.value) == ("count", value)
    if noun is not None:
        assert claim.noun == noun


@pytest.mark.parametrize(("sentence", "bare"), [
    ("The deck is certified to ISO 9001 and was repaired at pier 7.", {"9001", "7"}),
    ("The ABC 50 index rose after Regulation 12 took effect.", {"50", "12"}),
    ("The new eReader 15 was launched and section 12 was amended.", {"15", "12"}),
    ("Apollo 11 was launched.", {"11"}),
    ("It is on page 4 of 10 and in Section 3 of 12.", {"10", "12"}),
    ("The road is closed between mile marker 12 and the bridge.", {"12"}),
    ("Exports fell 9 per cent, compared with 2019.", {"2019"}),
    ("Cases rose in Arlen, 120, and Bexa, 45, the bulletin showed.", {"120", "45"}),
    ("He already has 11 in the squad.", {"11"}),
    ("People over 65 are at risk.", {"65"}),
    ("Rooms 12 and 14 were damaged; gates 3 and 4 will open.", {"14", "4"}),
    ("See page 1,024 of the report.", {"1,024"}),
    ("The map shows the fire on 21 July (red) versus 19 July (orange).", {"19", "21"}),
    ("The office is open from 9 to 5 daily.", {"5"}),  # a clock's hours, not a change
    ("With the H4 closed between junctions 12 and 15, drivers face a detour.", {"12", "15"}),
])
def test_a_bare_number_that_names_something_is_still_not_a_count(sentence: str, bare: set[str]) -> None:
    found = [(c.text, c.kind.value) for c in claims(sentence)]
    assert not [f for f in found if f[0] in bare and f[1] in ("count", "duration")], found



@pytest.mark.parametrize("sentence", ["Participants may join using conference ID 4471 2093.",
                                      "The schedule is in Notice to Shipping No. 14/2031."])
def test_an_id_or_a_numbered_document_holds_no_figure_and_no_year(sentence: str) -> None:
    assert claims(sentence) == []


def test_a_day_before_a_month_is_never_a_bare_count_even_when_no_date_is_claimed() -> None:
    # Whether "19 July" is a date claim is the date rules' call; the count rules must not
    # take the day for a count when they let it go ("versus 19" is otherwise a count cue).
    text = "The fire on 21 July versus 19 July."
    start = text.index("19")
    day = RawQuantity(start, start + 2, Kind.count, None, 19.0, 18.5, 19.5, digits="19")
    assert not counts.is_bare_count(text, 0, len(text), day)
    text = "Deaths rose to 30, versus 19 a year ago."
    start = text.index("19")
    same = RawQuantity(start, start + 2, Kind.count, None, 19.0, 18.5, 19.5, digits="19")
    assert counts.is_bare_count(text, 0, len(text), same)


AGES = [
    # sentence, span, age in years
    ("Jan Novak, 62, said the plan would fail.", "62", 62),
    ("Ana Ruiz, 45, from the coast, was asleep.", "45", 45),
    ('"It is hard," said farmer Ana Ruiz, 45. "We wait."', "45", 45),
    ("A man aged 30 was arrested.", "30", 30),
    ("José Núñez, 45, said so.", "45", 45),
    ("Children under five are most at risk.", "under five", 5),
    ("The retired lock-keeper, who was 71, was found in his flat.", "71", 71),
    # a place named before a comma ends at that comma: the name after it is a person's
    ("In the hill town of Ulvik, Henrik Brask, 58, has baked bread for decades.", "58", 58),
    ("Among them were Ilse Varn and Ottilie Brand, 35, a schoolteacher.", "35", 35),
]


@pytest.mark.parametrize(("sentence", "text", "age"), AGES, ids=[a[0] for a in AGES])
def test_an_age_in_apposition_or_bracket_is_a_duration_in_years(sentence: str, text: str, age: int) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.value, claim.unit) == ("duration", age, "year")


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The city cut its fuel bills by 3.2% last year.", "3.2%", -3.2),
    ("The plan would lower the levy for small firms by 2 percentage points.", "2 percentage points", -2),
    ("The plan would raise the levy for small firms by 2 percentage points.", "2 percentage points", 2),
    ("Ministers want to cut emissions 40 per cent by 2035.", "40 per cent", -40),
    ("Output was 12% below the 2010 level.", "12%", -12),
    ("The final bill came in 8% above the budget.", "8%", 8),
])
def test_a_change_to_a_named_object_or_against_a_reference_is_signed(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, text)
    assert (claim.role, claim.value) == (Role.change, value)


@pytest.mark.parametrize(("sentence", "text", "kind", "role", "value"), [
    # a shortfall is a gap (never weighed against the seats won), and a positive one
    ("The party fell five seats short of a majority.", "five", "count", Role.change, 5),
    ("The river stood 2 metres below the danger mark.", "2 metres", "length", Role.level, 0.002),
    ("The council cut ties with the firm and hired 40 people.", "40", "count", Role.level, 40),
])
def test_a_shortfall_or_a_distance_below_a_mark_is_not_a_fall(sentence: str, text: str, kind: str, role: Role,
                                                              value: float) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.role, claim.value) == (kind, role, pytest.approx(value))


WORD_FIGURES = [
    # sentence, span, kind, value, unit
    ("The winger scored twice before the break.", "twice", "count", 2, None),
    ("The council has thrice rejected the plan.", "thrice", "count", 3, None),
    ("Rents have almost tripled since 2015.", "almost tripled", "count", 3, None),
    ("Sales doubled in a year.", "doubled", "count", 2, None),
    ("A dry summer could wipe out half the harvest.", "half", "percent", 50, "%"),
    ("Many villagers live more than an hour's drive away.", "more than an hour", "duration", 1 / 8766, "year"),
    ("The town celebrates after a decade-long wait.", "decade-long", "duration", 10, "year"),
    ("They lie third in the table, four points behind the leaders.", "four", "count", 4, None),
    ("Turnout was up more than three points on the last vote.", "more than three points", "percent", 3, "pp"),
    ("Its vote share was 8 points higher than its rival's.", "8 points", "percent", 8, "pp"),
    ("The four-lane road opened.", "four", "count", 4, None),
    ("Aid reached the five worst-hit towns.", "five", "count", 5, None),
    ("An electric bus costs more than twice as much as a diesel one.", "more than twice", "count", 2, None),
    ("The water cut left a quarter of a million people without supply.", "a quarter of a million", "count", 250_000,
     None),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), WORD_FIGURES, ids=[w[0] for w in WORD_FIGURES])
def test_multiples_halves_and_spelled_figures(sentence: str, text: str, kind: str, value: float,
                                             unit: str | None) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.unit) == (kind, unit)
    assert claim.value == pytest.approx(value)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Albion have 29 points from 37 matches.", "29", 29),
    ("The club was docked 10 points for breaching the spending rules.", "10", 10),
    ("Vorsk scored 31 points in the final.", "31", 31),
    ("Dunmore Park lost six points to a deduction in 2034.", "six", 6),
])
def test_league_and_game_points_are_counted_points(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.value, claim.unit, claim.noun) == ("count", value, None, "point")


def test_points_in_a_poll_stay_percentage_points_or_nothing() -> None:
    # the same words beside a poll's share are not a league's points
    assert not [c for c in claims("In the poll the party's support was 7 points this season.") if c.text.startswith("7")
                and c.kind.value == "count"]


@pytest.mark.parametrize("sentence", [
    "He scored in the second half of the match.",
    "The two countries signed; the two sides met.",
    "The team won by 10 points.",
    "He spent a day there twice a week.",
    "The firm doubled down and the hall doubled as a shelter; half the time it rains.",
])
def test_parts_references_and_bare_points_are_not_figures(sentence: str) -> None:
    found = [(c.text, c.kind.value) for c in claims(sentence)]
    assert all(text not in ("half", "Half", "two", "10", "10 points", "a day", "doubled") for text, _kind in found), found


def test_a_year_before_an_acronym_and_its_noun_is_not_a_count() -> None:
    found = [(c.text, c.kind.value) for c in claims("RIVERTON 2023 GHG EMISSIONS DOWN 3.8%")]
    assert ("2023", "count") not in found and ("3.8%", "percent") in found
    assert one("Some 2000 NHS staff left.", "Some 2000").kind.value == "count"


@pytest.mark.parametrize(("sentence", "text", "score"), [
    ("The side won 3-1 on Saturday.", "3-1", "3-1"),
    ("He was cheered before the 2–0 victory.", "2–0", "2-0"),
])
def test_a_match_score_is_a_count_valued_as_written(sentence: str, text: str, score: str) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.value, claim.low, claim.high) == ("count", score, None, None)


def test_a_dash_between_numbers_outside_a_game_or_before_a_noun_is_not_a_score() -> None:
    assert all(not isinstance(c.value, str) for c in claims("He will miss 2-3 weeks after the match."))
    assert all(not isinstance(c.value, str) for c in claims("The project will cost $2-3 billion."))


MORE_NOT_CLAIMS = [
    "The winning numbers were 4, 17, 23, 31, 42 and 48, with bonus ball 9.",  # a lottery's balls
    "Pupils in Year 6 sitting practice tests will be offered places.",  # a school year
    "The side won 3 against the odds.",  # 'against' with no vote in favour before it
    "Foreign Minister Ahmed (2L) holds talks; the bottle is labelled 2L.",
    "Helpline: 1070 (toll free).",
    "The meeting started at 10:30 and ended at 11:45.",
    "Two-way trade grew; americans filled three of the top ten places.",
    "The target is a 55% cut on 1990 levels; Great Lakes had 2023 sales of note.",
    "Ten-year government bond yields were flat.",
    "Turnout was up from 58.1 per cent four years ago.",
    "They won 3 cups and sold 200 EV units at 5 l each.",
    "The shop is open 24/7 since 9/11.",
    "Police let 20 in.",
]


@pytest.mark.parametrize("sentence", MORE_NOT_CLAIMS)
def test_more_names_times_and_prose_are_not_claims(sentence: str) -> None:
    found = [(c.text, c.kind.value) for c in claims(sentence)]
    assert all(kind != "count" or text not in ("2", "1070", "10", "30", "11", "45", "Two", "ten", "1990", "2023")
               for text, kind in found), found
    assert all(kind not in ("length", "volume", "energy", "duration", "mass") for _text, kind in found), found


def test_yearless_date_listed_with_a_fiscal_year_takes_the_article_year() -> None:
    # The list borrows only a calendar year; "FY2024" once crashed the borrowing.
    assert one("Results for 12 March and FY2024 were out.", "12 March").value == "2021-03-12"


def test_long_chain_of_yearless_dates_borrows_the_final_year() -> None:
    text = "on " + ", ".join(f"{1 + i % 28} March" for i in range(3000)) + " and 1 April 2019"
    dates = find_dates(text, 0, len(text), PUBLISHED)
    assert [(d.start, d.end, d.value, d.high) for d in dates] == [(3, len(text), "2019-03-01", "2019-04-01")]


# A date is a claim when it dates an event, and only the time of a figure when it is attached to
# one.  Each sentence with the dates expected as claims (published Wednesday 7 April 2021).
DATE_ROLES = [
    # the figure, its noun phrase, then the date: the figure's time
    ("Exports fell to 41 units, down from 97 in 2019.", []),
    ("The port handled 12,000 boxes, compared with 9,500 on 3 June.", []),
    ("As of 4 June 2020, 1,200 homes had power again.", []),
    ("Capacity rises to 500 tonnes a day (2029).", []),
    ("Some 8,000 panels were fitted in 2020, up 20% on 2019.", []),  # the figure is the subject
    ("More than 60 flights had been cancelled by Monday evening.", []),
    ("The average house built in 2020 used 40 tonnes of steel.", []),  # a participle in the subject
    ("The club paid £12m for a striker in the summer of 2018.", []),
    ("The firm's shares have doubled since March 2019.", []),  # the base of a change
    ("The town must cut emissions 30% to meet its 2035 goal.", []),  # which goal
    ("Rainfall of 300 mm made it the wettest month of 2020.", []),
    ("MARLOW 2020 SALES UP 4% TO 9.1 MLN UNITS", []),  # a headline's period, not a count either
    ("Photo: Volunteers fill sandbags in Ostend on Monday.", []),  # a caption
    ("The company reported revenue of $4 billion in 2020.", []),  # a year after 'reported': the period
    ("Eastmark added 900 MW of wind in 2020.", []),
    ("Interest rates have risen since 2020.", []),  # 'interest' is no superlative
    ("In 2020 the fire service answered 400 calls.", []),  # 'fire' names the service, no event
    ("Crews fought 40 fires in 2020.", []),  # the fires are what the figure counts
    # a verb, a superlative or an event noun: the date of an event
    ("Grain sales rose 9% in the third quarter, the firm said on Tuesday.", []),  # when it spoke: neither
    ("Norvik Mills on Tuesday reported a 12% rise in quarterly profit.", []),  # when it spoke, told before the verb
    ("Norvik Mills on Tuesday announced a 12% cut in its workforce.", ["2021-04-06"]),  # an announcement is an act
    ("The dam, which holds 40 million cubic metres, will close in 2031.", ["2031"]),
    ("The 2.1 GW plant will shut in 2033.", ["2033"]),  # the figure modifies the plant
    ("The €40m budget approved by the council in 2015 was exceeded by 12%.", ["2015"]),
    ("The council announced £2 million in grants on Friday.", ["2021-04-02"]),
    ("Rainfall of 300 mm made it the wettest month since 1998.", []),  # a level's base: nothing happened
    ("It was the region's deadliest quake since 1987.", ["1987"]),
    ("The 2016 storm that flattened 3,000 homes was the worst in decades.", ["2016"]),
    ("A flood in 1974 killed 300 people.", ["1974"]),
    ("A 6.8 quake in 1987 killed 2,000 people.", ["1987"]),
    ("Villagers crowded the quay on Monday as the 3 km tunnel opened.", ["2021-04-05"]),
    ("Visitors from 12 countries are expected to arrive by Friday.", ["2021-04-09"]),
    ("The two-day (April 6-7) visit ended early.", ["2021-04-06"]),  # a range explains, it is no figure's time
    ("Ties between the two countries worsened after the invasion in 1979.", ["1979"]),  # 'two' is a reference
    ("During a visit in 2018 by the minister, the two sides agreed to talk.", ["2018"]),
    # a level compared with the last time it was as high, a peak or a record: no event
    ("Prices rose 4.5 per cent, the strongest annual increase since the spring of 2019.", []),
    ("Sales rose 6%, the fastest gain since early 2019.", []),
    ("Prices are still some 7 per cent below their inflation-adjusted peak of 2007.", []),
    ("Output of 9 million tonnes was 2 million short of the record set in 2011.", []),
    # but the last event of its kind happened then
    ("It was the deadliest rail accident in Haldor since 2011.", ["2011"]),
    ("It was the longest final since 2018, when Varo needed five hours.", ["2018"]),
    # an event noun with a named modifier, the date after it or set off by commas
    ("The club marked his debut with a 3-1 victory over Marlow on Saturday, watched by 40,000.", ["2021-04-03"]),
    ("The last strike at Orvel General, in 2017, lasted two days and involved 900 nurses.", ["2017"]),
    # a figure measuring the event noun makes the date that figure's time
    ("The union says it will call a five-day strike in 2022.", ["2022"]),  # the figure measures the event
    # a level held since a change dates the change; a change since a date is measured from it
    ("The bank has held its main rate at 4.75% since 2019.", ["2019"]),
    ("Rates have stayed unchanged since March 2020.", ["2020-03"]),
    ("The central bank has held its main rate at 4.75% since July.", ["2020-07"]),  # a bare month: the latest July
    ("At least 74 people have died of measles since October.", []),  # a tally since a month: its time
    # an -ed word before an adverb of place is a verb: the date is the event's
    ("The typhoon roared ashore on Monday afternoon with winds of 130 mph.", ["2021-04-05"]),
    # when a tally was reported is its time, unless it has a time of its own
    ("Thirty-one people were injured Sunday when the jet landed, airport officials said Monday.", []),
    ("The toll rose to 42, with 1,284 cases recorded as of Sunday night, the minister said on Monday.", []),
    ("At least 14 people were killed, according to the agency, which updated its count Tuesday.", []),
    # two plural nouns joined are one subject of the figure
    ("About 870,000 homes and businesses were still without power Tuesday morning.", []),
    # a speaker's "today" is a way of talking; the article's own is a date
    ('"Fans did nothing wrong today," said Daria Pellowes.', []),
    ('"The record was not the plan today. The plan was to win," Vendekal said.', []),
    ("The council approved the bypass today.", ["2021-04-07"]),
    # a figure that stays in a state is the subject: the day is when it holds
    ("Twelve schools stayed shut on Friday.", []),
    ("Nine of the injured remained in hospital on Monday.", []),
    # how long something went on is part of the act the date dates ...
    ("Play was suspended for 40 minutes on Saturday afternoon.", ["2021-04-03"]),
    ("In 2019 a bloom closed the whole lake for 19 days.", ["2019"]),
    ("The region rationed power once before, for three weeks in 2017.", ["2017"]),
    ("The specimen was collected during a 26-day expedition in March 2020.", ["2020-03"]),
    ("A woman waited 19 hours in an ambulance at Hollin General on 27 January.", ["2021-01-27"]),
    # a date named as the value of a date is a claim
    ("The population stood at 14,36,72,418 on the census reference date of March 1, 2021.", ["2021-03-01"]),
    # ... but a length of time measured is a level, and the date its time
    ("The average response time in the district was 23 minutes in 2020.", []),
    ("The median wait rose to nine weeks in 2020 from six weeks in 2018.", []),
]


@pytest.mark.parametrize(("sentence", "values"), DATE_ROLES, ids=[d[0] for d in DATE_ROLES])
def test_date_of_an_event_is_a_claim_and_time_of_a_figure_is_not(sentence: str, values: list[str]) -> None:
    found = claims(sentence)
    assert [c.value for c in found if c.kind.value == "date"] == values
    assert not [c for c in found if c.kind.value == "count" and c.value in (2020, 2035)]


def test_time_of_a_figure_still_scopes_it_when_the_date_is_dropped() -> None:
    assert one("Exports fell to 41 units, down from 97 in 2019, as of 2 April.", "41").time == "2021-04-02"
    assert one("The 2016 storm that flattened 3,000 homes was the worst in decades.", "3,000").time == "2016"


def test_a_measured_event_takes_the_date_as_its_time() -> None:
    assert one("The union says it will call a five-day strike in 2022.", "five-day").time == "2022"


def test_a_labelled_items_value_may_name_the_place_before_the_date() -> None:
    text = "Key facts.\n- Last major mine disaster: Orvel, 2011 (43 dead)\n- Opened: Marlow Park, 14 June 2020\n"
    assert [c.value for c in claims(text) if c.kind.value == "date"] == ["2011", "2020-06-14"]


def test_date_that_is_a_labelled_items_value_is_a_claim() -> None:
    text = "Key facts.\n* Opened: 14 June 2020, with 28,000 vehicles a day expected\n- **Bilateral trade, 2019:** $4.6 bn\n"
    found = claims(text)
    assert [c.value for c in found if c.kind.value == "date"] == ["2020-06-14"]  # 2019 is the trade's time
    assert one(text, "$4.6 bn").time == "2019"


TIMELINE = ("## Timeline\n\n"
            "- **13 May:** The tap-water ban is lifted after five days.\n"
            "- **1 March:** 12-week public consultation opens.\n"
            "- **Tue 6 Nov** \u2014 the government sends a 40-strong cyber team.\n"
            "1. **29 November** - the commission publishes its report, with 12 annexes.\n"
            "- **2034:** 3.8%\n"
            "- **Friday:** about $66.1m\n")


def test_a_timeline_items_date_is_the_date_of_its_event() -> None:
    """An item that tells what happened on its date dates that event, even when the item has
    a figure of its own; an item that is only a figure ("2034: 3.8%") gives that figure's time."""
    published = dt.date(2031, 5, 20)
    dates = [c.value for c in claims(TIMELINE, published) if c.kind.value == "date"]
    assert dates == ["2031-05-13", "2031-03-01", "2030-11-06", "2030-11-29"]
    assert one(TIMELINE, "3.8%", published).time == "2034"


@pytest.mark.parametrize("sentence, dates", [
    ("A 2030 inspection found dust build-up in 14 conveyor galleries.", ["2030"]),
    ("Under the 2031 exam integrity law, the council fined 12 schools.", ["2031"]),
    ("Its 2030 target of 45,000 homes stands.", []),
])
def test_a_year_before_an_event_or_document_dates_it(sentence: str, dates: list[str]) -> None:
    """"A 2030 inspection" dates the inspection; "its 2030 goal" only says which goal."""
    assert [c.value for c in claims(sentence) if c.kind.value == "date"] == dates


def test_a_named_subjects_verb_dates_its_act() -> None:
    """"... Astravia introduced ..." is a verb though no preposition or figure follows it, so 2027 is
    the day of that act, not the time of the pupils served now."""
    text = "The city of Astravia introduced universal free school meals in 2027 and now serves about 1.1 million pupils."
    assert [c.value for c in claims(text) if c.kind.value == "date"] == ["2027"]


def test_a_date_after_a_clause_of_its_own_dates_that_act() -> None:
    """In "two bodies recovered after the trawler sank ... late on Monday" Monday is the day the
    trawler sank, a claim of its own, not only the time of the bodies' count."""
    text = ("Six crew members were rescued and two bodies recovered after the fishing trawler Kestrel Bay sank "
            "in a severe winter storm late on Monday about 38 nautical miles (70 km) north-east of Dunmore, "
            "the coastguard said on Tuesday.")
    found = claims(text, dt.date(2031, 1, 14))
    assert [(c.text, c.value) for c in found if c.kind.value == "date"] == [("on Monday", "2031-01-13")]


# Figures quantulum3's test sentences showed missing, each a general rule for news text.
GEOLOGICAL_TIME = [
    # sentence, span, value in years
    ("The oldest crystals formed 4.4 Ga before the oceans.", "4.4 Ga", 4.4e9),
    ("The reef grew for 25 Myr of warm climate.", "25 Myr", 25e6),
    ("The basin is a 3 Ma structure.", "3 Ma", 3e6),
    ("A gigaannum is long; 2 gigaannums are longer.", "2 gigaannums", 2e9),
]


@pytest.mark.parametrize(("sentence", "text", "years"), GEOLOGICAL_TIME, ids=[g[1] for g in GEOLOGICAL_TIME])
def test_geological_time_units_are_durations(sentence: str, text: str, years: float) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.unit, claim.value) == ("duration", "year", pytest.approx(years))


@pytest.mark.parametrize("sentence", [
    "Officials in Athens, Ga. said 40 MA students and 12 ma staff came.",  # state, not mega-annum
    "The fossil is 66 Ma old, the lab says 65 Ma ago.",                    # "ago" says when
])
def test_geological_units_need_their_case_and_no_ago(sentence: str) -> None:
    found = [(c.text, c.kind.value, c.value) for c in claims(sentence)]
    assert [f for f in found if f[1] == "duration" and f[0] != "66 Ma"] == [], found


def test_absolute_zero_is_a_temperature_after_a_preposition() -> None:
    claim = one("Physicists cooled the gas to near absolute zero.", "absolute zero")
    assert (claim.kind.value, claim.value, claim.unit) == ("temperature", -273.15, "degC")
    assert [c.kind.value for c in claims("Matter at absolute zero barely moves.")] == ["temperature"]


@pytest.mark.parametrize("sentence", [
    "The club has absolute zero interest in selling.",        # an intensifier
    "The sample sat 2 degrees above absolute zero.",           # a difference from it
])
def test_absolute_zero_as_prose_or_a_reference_point_is_not_the_temperature(sentence: str) -> None:
    assert all(c.value != -273.15 for c in claims(sentence))


ACCOUNTING = [
    ("Net income was ($4.2 million) in the quarter.", "($4.2 million)", -4_200_000, "USD"),
    ("| Operating loss | (€12.5m) |", "(€12.5m)", -12_500_000, "EUR"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), ACCOUNTING, ids=[a[1] for a in ACCOUNTING])
def test_money_alone_in_brackets_after_a_stated_value_is_negative(sentence: str, text: str, value: float,
                                                                   unit: str) -> None:
    claim = one(sentence, text, None)
    assert (claim.kind.value, claim.value, claim.unit) == ("money", value, unit)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The cheapest model ($799) sold out.", "$799", 799),           # an aside price
    ("The ticket costs £40 ($52) online.", "£40 ($52)", 40),        # a conversion
])
def test_money_in_brackets_as_an_aside_or_conversion_stays_positive(sentence: str, text: str, value: float) -> None:
    assert one(sentence, text, None).value == value


STATED_BY_VERB = [
    # sentence, span, value: a bare number that "be" states or that is the subject of "is/was"
    ("Of the injured, 14 were children.", "14", 14),
    ("The final toll could be 350.", "350", 350),
    ("Mr Ortiz will be 57 next week.", "57", 57),
    ("17 is the club's record.", "17", 17),
]


@pytest.mark.parametrize(("sentence", "text", "value"), STATED_BY_VERB, ids=[s[1] for s in STATED_BY_VERB])
def test_bare_number_stated_by_a_verb_is_a_count(sentence: str, text: str, value: int) -> None:
    claim = one(sentence, text, None)
    assert (claim.kind.value, claim.value) == ("count", value)


@pytest.mark.parametrize("sentence", [
    "Apollo 13 was a near disaster.",          # a name, not a count
    "The new Pixel 9 is on sale.",
    "Work on phase 2 was completed early.",   # a numbered thing, lower case
    "He said 12 and left.",                    # no verb stating it
])
def test_bare_number_in_a_name_or_without_a_verb_is_not_a_count(sentence: str) -> None:
    assert [c.text for c in claims(sentence, None) if c.kind.value == "count"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("A record 46.9C was measured in Tarn.", [("46.9C", 46.9)]),
    ("The mercury hit 41C on Sunday.", [("41C", 41)]),
    ("Flight 2C was cancelled.", []),
    ("The 5C scenario is unlikely.", []),
])
def test_degrees_glued_to_the_number_need_a_word_of_weather(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert [(c.text, c.value) for c in claims(sentence) if c.kind.value == "temperature"] == expected


def test_a_linking_verb_brings_the_far_subject_into_the_claims_words() -> None:
    """'The death toll from ... rose to 112': 'toll' is what 112 measures, however far back."""
    from claimcheck.extract import extract_article

    text = ("The death toll from the storm that hit the hilly north of Varn late on Friday night "
            "rose to 112, officials said.\n")
    record = next(r for r in extract_article(text, "t.txt", PUBLISHED) if r.claim.text == "112")
    assert {"death", "toll"} <= set(record.local[:4])


def test_a_day_is_not_the_period_of_a_duration() -> None:
    assert one("The bank raised its rate on Thursday, its second hike in three months.", "three months").time is None
    assert one("The quake has killed 40 people, the worst in the past 25 years.", "25 years").time is None
    assert one("In 2020, coalition talks took 74 days.", "74 days").time == "2020"
    assert one("The quake has killed 40 people on Thursday.", "40").time == "2021-04-01"


NOT_DURATIONS = [
    # sentence, span wrongly read as a duration
    ("The bank raised its benchmark one-week repo rate by 50 bps to 6.75%.", "one-week"),
    ("| Policy rate (1-week repo) | 7.25% |", "1-week"),
    ("Three-month Libor rose to 4.1%.", "Three-month"),
    ("The 5-year CDS spread fell to 318 bp.", "5-year"),
    ("The ten-year bond yield rose 14 bps to 9.12%.", "ten-year"),
    ("Consumer prices were 7.9 per cent higher than a year earlier.", "a year"),
    ("Fuel was 18 per cent dearer than a year before.", "a year"),
    ("Revenue rose to $4.2 billion from $3.56 billion two years earlier.", "two years"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_DURATIONS, ids=[n[0] for n in NOT_DURATIONS])
def test_instruments_and_time_offsets_are_not_durations(sentence: str, text: str) -> None:
    assert [c.text for c in claims(sentence) if c.kind.value == "duration"] == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("Construction took five years, from 2019 to 2024.", "five years"),
    ("The line opened two years earlier than planned.", "two years"),
    ("The plant opened five years after construction began.", "five years"),
    ("A 30-day deadline was set.", "30-day"),
])
def test_durations_next_to_instruments_and_offsets_stay(sentence: str, text: str) -> None:
    assert one(sentence, text).kind.value == "duration"


YEAR_AS_TIME = [
    # sentence, span, time: a year before an abbreviated noun or in brackets after a figure
    ("It cut its 2025 GDP growth forecast to 1.8% from 2.4%.", "1.8%", "2025"),
    ("| VNB 2025 avg. inflation forecast | 6.2% |", "6.2%", "2025"),
    ("- Previous fine: $2.3m (2023) for ventilation violations", "$2.3m", "2023"),
]


@pytest.mark.parametrize(("sentence", "text", "time"), YEAR_AS_TIME, ids=[y[0] for y in YEAR_AS_TIME])
def test_a_year_naming_a_figures_period_is_its_time_not_a_claim(sentence: str, text: str, time: str) -> None:
    assert one(sentence, text).time == time
    assert not [c for c in claims(sentence) if c.kind.value in ("date", "count")]


def test_it_acting_on_its_own_measure_does_not_point_back() -> None:
    from claimcheck.extract.context import is_anaphoric

    assert is_anaphoric("It rose 5% in March.")
    assert is_anaphoric("This showed an increase of 46%.")
    assert not is_anaphoric("It cut its 2025 GDP growth forecast to 1.8% from 2.4%.")


DATE_IS_FIGURES_TIME = [
    # sentence, date span that only says when a figure holds
    ("The central bank yesterday raised its main rate by half a percentage point to 6.75 per cent.", "yesterday"),
    ("Methane had been measured at 1.2 per cent at the start of Tuesday's night shift.", "Tuesday"),
    ("Output will rise to 300,000 b/d once additional pumping capacity is installed by 2027.", "2027"),
    ("A blast tore through the mine, killing 21 miners and trapping 17 more, the agency said Wednesday evening.",
     "Wednesday"),
    # a level right after the date: when it held
    ("Brightmoor's shares closed Monday at $37.32, up 27 percent.", "Monday"),
    ("Revenue grew 18% to $612m in 2025 (2024: $519m), but it lost $41m.", "2024"),
    # the figure is the record the date says was set
    ("It beat the previous national record of 45.1°C set at Sarnaz in August 2019, the office said.", "August 2019"),
    ("Demand peaked at 38.6 GW, above the 35.9 GW record set during a cold snap in January 2024.", "January 2024"),
    # a span of days that a figure covers, both ends
    ("In all, 1,140 people were treated between Saturday and Tuesday, and two-thirds were over 75.", "Tuesday"),
    # ... but the day a report is made, told before the figures it gives (with no date of their
    # own), is when they were given, as the labelled corpus reads it ("said on Sunday that it
    # would pay €5,000 to each survivor").
    ("The agency said Wednesday it would hire 40 inspectors.", "Wednesday"),
]


@pytest.mark.parametrize(("sentence", "text"), DATE_IS_FIGURES_TIME, ids=[d[1] for d in DATE_IS_FIGURES_TIME])
def test_a_date_saying_when_a_figure_holds_is_not_a_claim(sentence: str, text: str) -> None:
    assert [c.text for c in claims(sentence) if c.kind.value == "date"] == []


EVENT_DATES = [
    ("The firm yesterday opened a plant in Orvel.", "yesterday", "2021-04-06"),
    ("The party won 121 seats in Sunday's election.", "Sunday", "2021-04-04"),
    ("The plant will close once the new line is finished in 2027.", "2027", "2027"),
    # an announcement that is the news dates the announcement
    ("The agency announced on Wednesday that it would hire 40 inspectors.", "on Wednesday", "2021-04-07"),
    # a month with no year: one due is ahead, one looked back to is past
    ("The next set of trial results is due in July.", "July", "2021-07"),
    ("Back in January, the board rejected the approach.", "January", "2021-01"),
    # a pronoun's present verb dates the end of a measure, not the figures told after 'and'
    ("The minister signed the order. It runs until July 31 and covers 1.4 million homes.", "July 31", "2021-07-31"),
    # an aside dating the thing named before it, not the figure after
    ("Last month's marathon, on the ninth of October, was run over a course 184 metres short.",
     "the ninth of October", "2020-10-09"),
    ("The council voted 6 to 3 on Nov. 22 against a $9 mln emergency payment.", "Nov. 22", "2020-11-22"),  # a vote
    # a participle between commas tells the subject's own history, not the figure's time
    ("The main, laid in 1911, burst and left 41,200 households without water.", "1911", "1911"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), EVENT_DATES, ids=[d[0] for d in EVENT_DATES])
def test_event_dates_near_those_cues_stay_claims(sentence: str, text: str, value: str) -> None:
    assert one(sentence, text).value == value


def test_a_depth_is_not_a_running_tally_but_a_river_level_is_a_reading() -> None:
    deaths = "A blast tore through the mine, killing 21 miners, trapping others about 400 m underground."
    assert one(deaths, "21").time == "2021-04-07"
    assert one(deaths, "about 400 m").time is None
    assert one("The river stood at 12.5 m, above the danger mark, as floods killed 30 people.", "12.5 m").time == "2021-04-07"


BARE_MONTH_TIMES = [
    # sentence, span, time (published 2025-03-06)
    ("Annual inflation accelerated to 7.4% y/y in February.", "7.4%", "2025-02"),
    ("FX reserves fell to $38.6 bln at end-February.", "$38.6 bln", "2025-02"),
    ("In January the annual rate was 6.9 per cent.", "6.9 per cent", "2025-01"),
    ("The rate had stood at 6.25% since a hike in December.", "6.25%", "2024-12"),
    ("The rate is expected to reach 7% in April.", "7%", "2025-04"),
    ("Prices may rise 5% this spring.", "5%", "2025"),  # 'may' is not May ("2025-05"); 'this spring' is the time
]


@pytest.mark.parametrize(("sentence", "text", "time"), BARE_MONTH_TIMES, ids=[b[0] for b in BARE_MONTH_TIMES])
def test_a_month_without_a_year_is_the_latest_such_month(sentence: str, text: str, time: str | None) -> None:
    assert one(sentence, text, dt.date(2025, 3, 6)).time == time


def test_the_past_months_are_a_period_not_a_duration_with_a_time() -> None:
    sentence = "Reserves fell in February as the lira lost 11% of its value over the past twelve months."
    assert one(sentence, "twelve months", dt.date(2025, 3, 6)).time is None
    assert one(sentence, "11%", dt.date(2025, 3, 6)).time == "2025-02"


POINTS_IN_WORDS = [
    # sentence, span, value in pp
    ("The bank raised its rate by half a percentage point to 6.75 per cent.", "half a percentage point", 0.5),
    ("Of 20 economists, 12 had expected a smaller, quarter-point rise.", "quarter-point", 0.25),
    ("Governor warns after half-point increase in rates", "half-point", 0.5),
    ("Turnout was nearly 64%, up more than five points on the 2020 vote.", "more than five points", 5),
    ("Its vote share was more than 10 points higher than its rival's.", "more than 10 points", 10),
]


@pytest.mark.parametrize(("sentence", "text", "value"), POINTS_IN_WORDS, ids=[p[1] for p in POINTS_IN_WORDS])
def test_percentage_points_in_words_and_after_qualifiers(sentence: str, text: str, value: float) -> None:
    claim = one(sentence, text)
    assert (claim.kind.value, claim.unit, claim.value) == ("percent", "pp", value)


@pytest.mark.parametrize("sentence", [
    "He took a half-point lead in round 9.",  # chess, not a rate
    "He scored more than 10 points in the game.",
    "They sit fourth, two points behind the leaders.",
])
def test_points_that_are_not_percentage_points(sentence: str) -> None:
    assert [c.text for c in claims(sentence) if c.kind.value == "percent"] == []


def test_yesterday_is_the_time_of_the_figure_it_sets() -> None:
    sentence = "The bank yesterday raised its main rate by half a percentage point to 6.75 per cent."
    assert one(sentence, "6.75 per cent").time == "2021-04-06"
    assert one("The toll rose to 40, the ministry said yesterday.", "40").time != "2021-04-06"


def test_within_is_an_upper_bound_and_a_stated_range_keeps_its_bounds() -> None:
    days = 1 / 365.25
    claim = one("The agency will publish a preliminary report within 30 days.", "within 30 days")
    assert (claim.qualifier, claim.low, claim.high) == ("within", 0, pytest.approx(30 * days))
    ranged = one("Recovery should be complete within 5 to 7 days.", "within 5 to 7 days")
    assert (ranged.qualifier, ranged.low, ranged.high) == ("within", pytest.approx(5 * days), pytest.approx(7 * days))
    assert one("Up to 300 million readers.", "Up to 300 million").low == 0


@pytest.mark.parametrize(("sentence", "text", "qualifier"), [
    ("The tariff will be phased out over seven years.", "seven years", None),
    ("Officials offered tax breaks worth $650mn over 30 years.", "30 years", None),
    ("It cost $18 billion over two phases.", "two", None),
    ("She worked there for over 30 years.", "over 30 years", "over"),
    ("The drought has lasted over five years.", "over five years", "over"),
    ("Over 400 homes burned.", "Over 400", "over"),
])
def test_over_a_span_is_a_preposition_not_a_bound(sentence: str, text: str, qualifier: str | None) -> None:
    assert one(sentence, text).qualifier == qualifier


@pytest.mark.parametrize(("sentence", "text", "qualifier"), [
    ("The state pension goes up to €310 a week.", "€310", None),
    ("Output was ramped up to 40,000 tonnes a month.", "40,000 tonnes", None),
    ("Fines of up to €310 apply.", "up to €310", "up to"),
])
def test_a_verb_before_up_to_makes_it_the_level_reached(sentence: str, text: str, qualifier: str | None) -> None:
    assert one(sentence, text).qualifier == qualifier


def test_a_headline_figure_holds_when_the_body_says_it_does() -> None:
    from claimcheck.extract import extract_article

    text = ("Twelve dead in Varn mine blast\n\nThursday 16 October 2025\n\nTwelve miners were killed in the "
            "Varn colliery late on Monday, the governor said.\n")
    headline, body = [r for r in extract_article(text, "t.txt") if r.claim.value == 12]
    assert (body.time_low, body.time_high) == ("2025-10-13", "2025-10-13")
    assert (headline.time_low, headline.time_high, headline.claim.time) == (body.time_low, body.time_high, body.claim.time)


def test_a_year_after_a_numbered_name_is_an_event_date_not_the_names_time() -> None:
    found = claims("Nothing sharper was taken since the passage of Voyager 2 in 1979.")
    assert [(c.text, c.kind.value) for c in found] == [("1979", "date")]


@pytest.mark.parametrize(("sentence", "text", "time_low", "time_high"), [
    ("For the fourth quarter ended March 31, profit rose 17% to $221 million.", "17%", "2021-01-01", "2021-03-31"),
    ("Ashco on Wednesday reported a 27 per cent rise in net profit to Rs 1,842 crore for the quarter ended "
     "March 31, 2020, as costs fell.", "27 per cent", "2020-01-01", "2020-03-31"),
    ("Revenue for the October-December quarter was $4.2bn.", "$4.2bn", "2020-10-01", "2020-12-31"),
])
def test_a_quarter_named_by_its_last_month_is_the_three_months_before(sentence: str, text: str, time_low: str,
                                                                      time_high: str) -> None:
    from claimcheck.extract import extract_article

    record = next(r for r in extract_article(sentence, "t.txt", PUBLISHED) if r.claim.text == text)
    assert (record.time_low, record.time_high) == (time_low, time_high)


def test_more_after_a_count_belongs_to_it_not_to_the_next_figure() -> None:
    found = {c.text: c.role for c in claims("The blast killed 21 and left 17 more trapped about 1,300 feet underground.")}
    assert found == {"21": Role.level, "17": Role.increment, "about 1,300 feet": Role.level}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("One in five adults smokes.", [("One in five", "percent", 20.0)]),
    ("Two out of three voters backed her.", [("Two out of three", "percent", 200 / 3)]),
    ("He has 11 in 17 this season.", [("17", "count", 17.0)]),  # goals in games, no share
    ("She won 3 in 5 races.", [("5", "count", 5.0)]),
])
def test_one_in_five_is_a_share(sentence: str, expected: list[tuple[str, str, float]]) -> None:
    assert [(c.text, c.kind.value, pytest.approx(c.value)) for c in claims(sentence)] == expected


@pytest.mark.parametrize(("sentence", "text", "time"), [
    ("Revenue in H1 2020 was $1.2 billion.", "$1.2 billion", "2020-H1"),
    ("Sales rose 4% in the first half of the year.", "4%", "2021-H1"),
    ("In the second half he scored twice.", "twice", None),
])
def test_half_years(sentence: str, text: str, time: str | None) -> None:
    assert one(sentence, text).time == time


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Shares rose 35 cents to $12.40 in New York.", [("35 cents", Role.change, 0.35), ("$12.40", Role.level, 12.4)]),
    ("Temperatures were 2.5C above normal.", [("2.5C", Role.change, 2.5)]),
    ("The quake measured 6.1 on the Richter scale.", [("6.1", Role.level, 6.1)]),
])
def test_a_change_then_its_level_an_anomaly_and_a_measured_magnitude(sentence: str,
                                                                    expected: list[tuple[str, Role, float]]) -> None:
    assert [(c.text, c.role, pytest.approx(c.value)) for c in claims(sentence)] == expected


def test_a_semicolon_keeps_each_clause_to_its_own_time() -> None:
    found = claims("In the 2023-24 season he scored 19 goals; in 2019/20 he scored 12 goals.")
    assert [(c.text, c.time) for c in found] == [("19", "2023/2024"), ("12", "2019/2020")]


@pytest.mark.parametrize("sentence", [
    "Emergency care on Ward 4B remains open.",
    "We are seeing a two-speed market, he said.",
    "Cardell nurses strike: day two tracker",
    "It came ashore a little after four in the afternoon.",
])
def test_codes_compounds_and_clock_words_are_not_figures(sentence: str) -> None:
    assert claims(sentence) == []


def test_by_the_end_of_a_future_year_is_a_target() -> None:
    claim = one("Our model puts prices up about 2.5% by the end of 2027.", "about 2.5%", dt.date(2026, 11, 12))
    assert (claim.time, claim.time_target) == ("2027", True)


def test_months_are_not_places_and_a_fronted_place_scopes_the_sentence() -> None:
    from claimcheck.extract import extract_article

    text = ("Kessel housing\n\nPrices rose 0.6% in October, the registry said. "
            "In Lonwick, the capital, the median price was £498,000, registry data showed.\n")
    places = {r.claim.text: [n for n in r.names if n.startswith("@")] for r in extract_article(text, "a.txt")}
    assert places["0.6%"] == []
    assert places["£498,000"] == ["@lonwick"]


def test_a_bracketed_conversion_narrows_the_interval_to_what_both_forms_allow() -> None:
    claim = one("The curve carries a limit of 50 mph (80 km/h), the track authority said.", "50 mph (80 km/h)")
    assert claim.unit == "km/h" and round(claim.value, 1) == 80.5
    assert (claim.low, claim.high) == (75, 85)  # 50 mph alone would allow 72.4-88.5 km/h


def test_a_byline_is_not_what_the_story_is_about() -> None:
    from claimcheck.extract.claims import article_topic

    text = ("Measles deaths climb in Tavaro\n\nBy Ruth Adeyemi, Health Correspondent\n\n"
            "Tavaro's health ministry said 61 people had died. Tavaro will extend the campaign, "
            "minister Celine Obadu said. Obadu said more doses were coming.\n\n"
            "By Tuesday the ministry had raised the toll.\n")
    topic = article_topic(text)
    assert "tavaro" in topic and "obadu" in topic
    assert not {"ruth", "adeyemi", "correspondent"} & set(topic)


def test_a_blogs_posted_by_line_is_a_byline() -> None:
    from claimcheck.extract.claims import article_topic

    text = ("Tavaro shares: holding on\nPosted 3 May 2030 by Anwen Weller | Filed under: Energy\n\n"
            "Tavaro's shipping line said profit fell. Tavaro will cut costs, analysts think.\n")
    topic = article_topic(text)
    assert "tavaro" in topic and not {"anwen", "weller"} & set(topic)


QUARTER_DATES = [
    # sentence, date claims as (span, value, low, high), the other claims' times
    # (its value written as its time is: "2026-Q3", the quarter, not its first month)
    ("The companies expect to close the deal in the third quarter of 2026.",
     [("third quarter of 2026", "2026-Q3", "2026-07-01", "2026-09-30")], []),
    ("| Expected completion | Q3 2026 |", [("Q3 2026", "2026-Q3", "2026-07-01", "2026-09-30")], []),
    # a quarter that says when a figure holds is its time
    ("Revenue rose 5% in the third quarter of 2026.", [], ["2026-Q3"]),
    ("Q4 2025 revenue was $4bn.", [], ["2025-Q4"]),
]


@pytest.mark.parametrize(("sentence", "dates", "times"), QUARTER_DATES, ids=[q[0] for q in QUARTER_DATES])
def test_a_quarter_is_one_date_of_three_months(sentence: str, dates: list[tuple[str, str, str, str]],
                                               times: list[str]) -> None:
    found = claims(sentence, dt.date(2026, 3, 9))
    assert [(c.text, c.value, c.low, c.high) for c in found if c.kind.value == "date"] == dates
    assert [c.time for c in found if c.kind.value != "date"] == times


def test_a_date_in_a_table_rows_label_is_the_time_of_the_rows_figures() -> None:
    text = ("| Measure | Value |\n|---|---|\n| Admissions, 11–14 July | 1,140 |\n"
            "| Premium to 6 March close | 31% |\n| Date | Friday 9 October 2026 |\n")
    found = claims(text, dt.date(2026, 7, 16))
    assert [(c.text, c.value) for c in found if c.kind.value == "date"] == [("Friday 9 October 2026", "2026-10-09")]
    assert [(c.text, c.time) for c in found if c.kind.value != "date"] == [("1,140", "2026-07-11"), ("31%", "2026-03-06")]


@pytest.mark.parametrize(("sentence", "text", "target"), [
    ("The union warned it will call a five-day strike in April.", "five-day", True),
    ("The union called a five-day strike in February.", "five-day", False),
    ("The line will carry 40,000 passengers a day in 2027.", "40,000", True),
    ("The line carried 40,000 passengers a day in 2025.", "40,000", False),
])
def test_a_period_after_the_article_makes_a_figure_a_target(sentence: str, text: str, target: bool) -> None:
    assert one(sentence, text, dt.date(2026, 3, 4)).time_target is target


def test_a_noun_phrase_after_a_figure_names_it() -> None:
    from claimcheck.extract import extract_article

    text = "Heat record\n\nThe weather station there logged 46.9 degrees, a new national record.\n"
    (record,) = [r for r in extract_article(text, "a.txt") if r.claim.text == "46.9 degrees"]
    assert "national" in record.local


def test_a_day_inside_a_relative_clause_dates_its_event_not_the_figure() -> None:
    sentence = ("The death toll from the earthquake that struck early on Sunday rose to 112, "
                "the ministry said.")
    claim = one(sentence, "112", dt.date(2024, 9, 9))
    assert claim.time != "2024-09-08"  # Sunday is when the quake struck
    assert one("The death toll rose to 112 on Sunday, the ministry said.", "112", dt.date(2024, 9, 9)).time == "2024-09-08"


@pytest.mark.parametrize(("sentence", "date"), [
    ("She ran aground on 10 October and spent more than five days stuck fast.", "2030-10-10"),
    ("The terminal opened in 2019 and handled 4 million passengers last year.", "2019"),
])
def test_a_date_after_a_pronoun_or_before_and_dates_its_own_act(sentence: str, date: str) -> None:
    """'She ran aground on 10 October and spent five days stuck': 'ran' is the verb of the act the
    date tells, not a participle in the subject of a later figure ('The average car sold in 2024
    emitted 128 grams')."""
    claims = extract_text(sentence, "a.txt", dt.date(2031, 3, 5))
    assert date in [c.value for c in claims if c.kind is Kind.date]
    subject_participle = extract_text("The average car sold in 2024 emitted 128 grams of CO2.", "a.txt", dt.date(2031, 3, 5))
    assert [(c.kind, c.time) for c in subject_participle] == [(Kind.mass, "2024")]


def test_end_of_an_abbreviated_month_is_the_figures_time() -> None:
    claim = one("Foreign exchange reserves fell to $38.6 bln end-Feb, the central bank said.", "$38.6 bln",
                dt.date(2025, 3, 6))
    assert claim.time == "2025-02"


def test_a_capitalised_by_weekday_opening_a_sentence_is_the_figures_day() -> None:
    sentence = "By Wednesday evening seventeen workers had been treated for burns, up from fourteen on Tuesday."
    assert one(sentence, "seventeen", dt.date(2026, 6, 10)).time == "2026-06-10"


def test_a_damaged_thing_is_no_running_tally() -> None:
    """'homes were damaged' is a tally of the day it is reported; 'the damaged chute' only
    names the chute, so the flow down it keeps no time it did not state."""
    day = dt.date(2033, 3, 16)
    flow = extract_text("Flow down the damaged chute peaked at 1,580 m³/s, according to the authority.", "a.txt", day)
    homes = extract_text("About 1,200 homes were damaged, the authority said.", "a.txt", day)
    assert [(c.text, c.time) for c in flow] == [("1,580 m³", None)]
    assert [(c.text, c.time) for c in homes] == [("About 1,200", "2033-03-16")]


@pytest.mark.parametrize(("sentence", "span"), [
    ("The blast struck the port on Wednesday, killing one worker and injuring 17 people.", "one"),
    ("One man was killed when the roof fell.", "One"),
    ("ONE KILLED, 17 HURT IN GRAIN SILO BLAST", "ONE"),
    ("A further 150 people were airlifted; one person is still missing.", "one"),
    ("The storm claimed one life.", "one"),
])
def test_a_toll_of_one_is_a_count(sentence: str, span: str) -> None:
    """"one" alone is not read (one of the, one another), but "one dead" against another
    outlet's "two dead" is the commonest disagreement there is."""
    (c,) = [c for c in extract_text(sentence) if c.text == span]
    assert c.kind.value == "count" and c.value == 1


def test_a_bracketed_prior_year_dates_the_figure_inside_only() -> None:
    """'EUR 0.14 per share (2032: EUR 0.12)': the results-release habit of giving last year's
    figure in brackets; 2032 is the bracketed figure's year, not this year's dividend's."""
    claims = extract_text("- Interim dividend of EUR 0.14 per share (2032: EUR 0.12)\n", "a.md", dt.date(2033, 7, 28))
    assert [(c.text, c.time) for c in claims] == [("EUR 0.14", None), ("EUR 0.12", "2032")]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The firm promised growers an allowance of three pounds fifty a tonne.", "three pounds fifty", 3.5),
    ("Members pay about three pounds ten a tonne to get beet to the plant.", "about three pounds ten", 3.1),
    ("The longer trip will cost them seven pounds forty.", "seven pounds forty", 7.4),
])
def test_pounds_then_pence_spoken_are_one_sum(sentence: str, text: str, value: float) -> None:
    assert one(sentence, text).value == value


def test_a_number_after_a_sum_that_counts_something_else_is_no_pence() -> None:
    found = [(c.text, c.value) for c in claims("Tickets cost ten pounds, fifty more than last year.")]
    assert ("ten pounds", 10) in found and ("fifty", 50) in found


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The bonds were sold fifteen years ago to refinance older borrowing.", "fifteen years ago", "2006"),
    ("The deadline for signing is expected in mid-December.", "mid-December", "2021-12"),
    ("Work on the second tunnel will start in late March.", "late March", "2022-03"),
])
def test_dates_told_with_a_word_count_or_a_part_of_a_month(sentence: str, text: str, value: str) -> None:
    assert one(sentence, text).value == value


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("The fund's report shows a return of minus 7.3 per cent for January to June.", "minus 7.3 per cent", -7.3, "%"),
    ("The bus plunged about 80 feet (24 meters) down a wooded embankment.", "about 80 feet (24 meters)", 0.024384, "km"),
    ("The climber fell 30 metres into a gorge.", "30 metres", 0.03, "km"),
    ("The river level fell 2 metres overnight.", "2 metres", -0.002, "km"),
    ("The well is now 23 feet lower than when pumping began in 2031.", "23 feet", -0.0070104, "km"),
    ("The new span is 40 metres longer than the old one.", "40 metres", 0.04, "km"),
    ("The house, a 1,600-square-foot ranch, is valued at about $310,000.", "1,600-square-foot", 0.000148644864, "km2"),
    ("The firm is building a 2,000-square-metre hall.", "2,000-square-metre", 0.002, "km2"),
])
def test_signs_and_compound_units(sentence: str, text: str, value: float, unit: str) -> None:
    """'minus' makes a share negative as it does a temperature; a distance fallen down or into
    something is a distance, not a fall in a level; a singular area unit in a compound is one."""
    claim = one(sentence, text)
    assert claim.value == pytest.approx(value) and claim.unit == unit


def test_a_day_expected_ahead_is_next_years_when_this_years_has_passed() -> None:
    """'is expected to end around Jan. 27', written in September: the coming January."""
    found = claims("The campaign starts on Sept. 24 and is expected to end around Jan. 27.", dt.date(2035, 9, 24))
    assert [c.value for c in found if c.kind.value == "date"] == ["2035-09-24", "2036-01-27"]
