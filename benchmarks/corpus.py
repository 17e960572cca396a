"""Deterministic generator of realistic news-article corpora for claimcheck benchmarks.

A corpus is many unrelated events (trade figures, disasters, infrastructure, health, sport,
elections, earnings, climate), each reported by 2-6 invented outlets.  Every outlet words
the same facts differently (several templates per fact, numbers in its own house style:
"$1.2bn", "US$1.2 billion", "1.2 billion dollars", "1,200 km (746 miles)", "almost 350",
"45 per cent", "March 3, 2024" ...).  On top of the facts come look-alike non-conflicts
(rounding, increments "a further 40", last year's figure, targets "by 2030"), noise numbers
(phone numbers, years, COVID-19, ordinals, road and standard numbers) and boilerplate
(newsletter sign-ups, about-us paragraphs).

A known share of facts carry a *planted disagreement*: one outlet states a value clearly
incompatible with the others (its interval is disjoint from theirs with a margin).  The
manifest written next to the articles lists every event, its facts, who stated what, and
the planted conflicts, so a benchmark can score recall and precision.

All names are made up from syllables; the same seed always gives the same bytes, and the
first K events of a corpus do not depend on how many articles are asked for.

Use as a module::

    from benchmarks.corpus import generate
    manifest = generate("/tmp/corpus", 1000, seed=0)

or as a script::

    python benchmarks/corpus.py OUT_DIR -n 1000 [--seed 0] [--conflict-rate 0.15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 3  # 3: a tally planted higher on a later day is a rise, not a conflict (same bytes as 2)
# 2: every article within 1,500-5,000 characters (v1: 18 in 10,000 outside)
DEFAULT_CONFLICT_RATE = 0.15
MIN_CHARS, MODE_CHARS, MAX_CHARS = 1500, 2500, 5000  # triangular: mean 3,000
EVENTS_PER_SHARD = 100

# --------------------------------------------------------------------------------------
# Names from syllables
# --------------------------------------------------------------------------------------

_ONSETS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr",
           "kr", "tr", "st", "sk", "th", "sh", "ch", "vel", "mar", "cal", "tor", "ost", "hal", "ber", "lun"]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"]
_CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rt", "sk", "th", "x", "v"]
_PLACE_ENDS = ["a", "ia", "or", "mark", "vik", "holm", "stad", "ora", "ene", "ar", "ville", "burg", "ana", "ost"]
_COMPANY_ENDS = ["Holdings", "Group", "Industries", "Systems", "Energy", "Logistics", "Networks",
                 "Semiconductor", "Motors", "Pharma", "Telecom", "Foods", "Mining", "Bank"]
_GIVEN = ["Ana", "Tomas", "Ilsa", "Marek", "Noor", "Eva", "Kofi", "Lena", "Ravi", "Sofia", "Jonas", "Amara",
          "Pavel", "Yara", "Dario", "Hana", "Omar", "Greta", "Felix", "Mira", "Idris", "Talia", "Bruno", "Zofia",
          "Kenji", "Lucia", "Emeka", "Ines", "Viktor", "Selma", "Aditi", "Rafael", "Nadia", "Oskar", "Leila"]


def _syllables(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(count))


class Names:
    """Invents names that never repeat within one corpus."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def _unique(self, rng: random.Random, make: Any) -> str:
        for _ in range(100):
            name = make()
            if name.lower() not in self.used and len(name) >= 4:
                self.used.add(name.lower())
                return name
        raise RuntimeError("name space exhausted")

    def place(self, rng: random.Random) -> str:
        return self._unique(rng, lambda: (_syllables(rng, rng.randint(1, 2)) + rng.choice(_PLACE_ENDS)).capitalize())

    def company(self, rng: random.Random) -> str:
        return self._unique(rng, lambda: _syllables(rng, 2).capitalize()) + " " + rng.choice(_COMPANY_ENDS)

    def surname(self, rng: random.Random) -> str:
        return self._unique(rng, lambda: (_syllables(rng, 2) + rng.choice(["", "ov", "sen", "ari", "ez", "ek"])).capitalize())

    def person(self, rng: random.Random) -> str:
        return f"{rng.choice(_GIVEN)} {self.surname(rng)}"


# --------------------------------------------------------------------------------------
# Numbers as outlets write them
# --------------------------------------------------------------------------------------

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(slots=True)
class Written:
    """A quantity as written, with its value and a conservative interval."""

    text: str
    value: float | str  # canonical (km, km2, t, MW, degC, year, currency units) or ISO date
    low: float
    high: float


def _round_sig(value: float, sig: int, mode: str = "near") -> tuple[float, int]:
    """Round to ``sig`` significant digits; returns the value and the exponent of its last digit."""
    exp = math.floor(math.log10(abs(value))) - sig + 1
    q = 10.0 ** exp
    x = value / q
    n = math.ceil(x - 1e-9) if mode == "up" else math.floor(x + 1e-9) if mode == "down" else round(x)
    return n * q, exp


def _mantissa(value: float, exp: int) -> str:
    """Digits with thousands separators, ``exp`` the exponent of the last kept digit."""
    if exp >= 0:
        return f"{round(value):,}"
    text = f"{value:,.{-exp}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _display_half_unit(mantissa: str) -> float:
    """Half the unit of the last non-zero digit of a written mantissa (as a reader would take it)."""
    digits = mantissa.replace(",", "")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".")[1])
    stripped = digits.rstrip("0")
    return 0.5 * 10.0 ** (len(digits) - len(stripped)) if stripped else 0.5


_QUALIFIERS_TWO_SIDED = [("", 6), ("about ", 1), ("around ", 1), ("almost ", 1), ("nearly ", 1), ("some ", 1),
                         ("roughly ", 1)]
_QUALIFIERS_ONE_SIDED = [("more than ", 1), ("over ", 1), ("at least ", 1)]


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([w for w, _ in weighted], [n for _, n in weighted])[0]


def _qualified(rng: random.Random, value: float, two_sided_only: bool, exact: bool,
               sig_choices: tuple[int, ...] = (2, 3, 3, 4)) -> tuple[str, float, int, str, int]:
    """Choose a qualifier and rounding for ``value``: (qualifier, shown, sig, mode, exp).

    The written form is always true of ``value``: rounding keeps it inside the stated
    precision, "almost" rounds up, "more than" rounds down.
    """
    options = list(_QUALIFIERS_TWO_SIDED) + ([] if two_sided_only else _QUALIFIERS_ONE_SIDED)
    qual = "" if exact else _pick(rng, options)
    sig = rng.choice(sig_choices) if not qual else rng.choice((2, 3))
    mode = "up" if qual in ("almost ", "nearly ") else "down" if qual in ("more than ", "over ", "at least ") else "near"
    shown, exp = _round_sig(value, sig, mode)
    return qual, shown, sig, mode, exp


def _interval(qual: str, shown: float, half: float) -> tuple[float, float]:
    if qual in ("almost ", "nearly "):
        return shown * 0.9, shown
    if qual in ("about ", "around ", "roughly ", "some "):
        return shown * 0.9, shown * 1.1
    if qual in ("more than ", "over ", "at least "):
        return shown, math.inf
    return shown - half, shown + half


@dataclass(frozen=True, slots=True)
class Style:
    """An outlet's house style."""

    money: int  # 0 "$1.2bn", 1 "US$1.2 billion", 2 "1.2 billion dollars", 3 "$1,200 million"
    percent: str  # "%", " per cent", " percent"
    miles_first: bool
    dates_us: bool  # "March 3, 2024" rather than "3 March 2024"
    words: bool  # spell out small counts
    ext: str


_CURRENCY = {"USD": ("$", "US$", "dollars"), "EUR": ("€", "€", "euros"), "GBP": ("£", "£", "pounds sterling")}


def write_money(rng: random.Random, value: float, currency: str, style: Style, qual: str, shown: float,
                exp: int) -> Written:
    sym, long_sym, word = _CURRENCY[currency]
    form = style.money if rng.random() < 0.7 else rng.randrange(4)
    if shown >= 1e9:
        scale, short, long_ = 1e9, "bn", "billion"
    elif shown >= 1e6:
        scale, short, long_ = 1e6, "m", "million"
    else:
        scale, short, long_ = 1.0, "", ""
    if form == 3 and scale == 1e9:
        scale, short, long_ = 1e6, "m", "million"
    m = _mantissa(shown / scale, exp - round(math.log10(scale)))
    half = _display_half_unit(m) * scale
    if scale == 1.0:
        text = f"{sym}{m}" if form != 2 else f"{m} {word}"
    elif form == 0:
        text = f"{sym}{m}{short}"
    elif form == 1 or form == 3:
        text = f"{long_sym}{m} {long_}"
    else:
        text = f"{m} {long_} {word}"
    low, high = _interval(qual, shown, half)
    return Written(qual + text, shown, low, high)


def write_count(rng: random.Random, value: float, style: Style, qual: str, shown: float, exp: int,
                exact: bool) -> Written:
    if exact and value < 1e6:
        shown, exp = float(round(value)), 0
    if shown >= 1e6 and rng.random() < 0.8:
        m = _mantissa(shown / 1e6, exp - 6)
        text, half = f"{m} million", _display_half_unit(m) * 1e6
    elif shown <= 12 and exp >= 0 and (style.words or rng.random() < 0.3):
        text, half = _WORDS[int(shown)], 0.5
    else:
        m = _mantissa(shown, exp)
        text, half = m, _display_half_unit(m)
    low, high = _interval(qual, shown, half)
    return Written(qual + text, shown, low, high)


def write_percent(rng: random.Random, value: float, style: Style, qual: str, shown: float, exp: int) -> Written:
    sign = rng.choice([style.percent, style.percent, "%", " per cent"])
    m = _mantissa(shown, min(exp, 0) if shown < 10 else exp)
    low, high = _interval(qual, shown, _display_half_unit(m))
    return Written(f"{qual}{m}{sign}", shown, low, high)


def write_measure(rng: random.Random, value: float, kind: str, style: Style, qual: str, sig: int,
                  mode: str) -> Written:
    """Length (km), area (km2), mass (t), power (MW), temperature (degC).

    Converted forms (miles, hectares, square miles) are rounded from the true value in the
    unit shown, so every statement stays true of the value.
    """

    def shown_in(factor: float) -> tuple[float, str, float]:
        v, e = _round_sig(value / factor, sig, mode)
        m = _mantissa(v, e)
        return v * factor, m, _display_half_unit(m) * factor

    def done(text: str, shown: float, half: float) -> Written:
        low, high = _interval(qual, shown, half)
        return Written(qual + text, shown, low, high)

    if kind == "length":
        if style.miles_first or rng.random() < 0.15:
            shown, m, half = shown_in(1.609344)
            text = f"{m} miles"
            if rng.random() < 0.5:
                text += f" ({shown_in(1.0)[1]} km)"
            return done(text, shown, half)
        shown, m, half = shown_in(1.0)
        text = f"{m} {rng.choice(['km', 'km', 'kilometres', 'kilometers'])}"
        if rng.random() < 0.35:
            text += f" ({shown_in(1.609344)[1]} miles)"
        return done(text, shown, half)
    if kind == "area":
        form = rng.randrange(3)
        if form == 0:
            shown, m, half = shown_in(0.01)
            return done(f"{m} hectares", shown, half)
        if form == 1:
            shown, m, half = shown_in(1.0)
            return done(f"{m} {rng.choice(['square kilometres', 'sq km', 'km2'])}", shown, half)
        shown, m, half = shown_in(2.589988110336)
        return done(f"{m} square miles", shown, half)
    if kind == "mass":
        if value >= 1e6:
            shown, m, half = shown_in(1e6)
            return done(f"{m} million tonnes", shown, half)
        shown, m, half = shown_in(1.0)
        return done(f"{m} {rng.choice(['tonnes', 'tonnes', 'metric tons'])}", shown, half)
    if kind == "power":
        if value >= 1000 and rng.random() < 0.5:
            shown, m, half = shown_in(1000.0)
            return done(f"{m} {rng.choice(['GW', 'gigawatts'])}", shown, half)
        shown, m, half = shown_in(1.0)
        return done(f"{m} {rng.choice(['MW', 'megawatts'])}", shown, half)
    if kind == "temperature":
        m = f"{value:.1f}"
        text = rng.choice([f"{m}C", f"{m}°C", f"{m} degrees Celsius"])
        return Written(text, value, value - 0.05, value + 0.05)
    raise ValueError(kind)


def write_duration(rng: random.Random, years: float, style: Style) -> Written:
    n = int(years)
    form = rng.randrange(3)
    if form == 0 and n <= 12:
        text = f"{_WORDS[n]} years"
    elif form == 1 and n <= 6:
        text = f"{n * 12} months"
    else:
        text = f"{n} years"
    return Written(text, float(n), n - 0.5, n + 0.5)


def write_date(rng: random.Random, day: dt.date, style: Style, year_only_ok: bool = True) -> Written:
    if year_only_ok and rng.random() < 0.3:
        return Written(f"in {day.year}", str(day.year), 0, 0)
    if style.dates_us:
        text = f"on {_MONTHS[day.month - 1]} {day.day}, {day.year}"
    else:
        text = f"on {day.day} {_MONTHS[day.month - 1]} {day.year}"
    return Written(text, day.isoformat(), 0, 0)


# --------------------------------------------------------------------------------------
# What events say
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FactSpec:
    key: str
    kind: str  # money, count, percent, length, area, mass, power, temperature, duration, date
    low: float
    high: float
    templates: tuple[str, ...]
    one_sided_ok: bool = False  # "at least 40 people" is a natural way to report it
    sign: int = 1  # -1: the templates say "fell", so claimcheck's value is negative
    log: bool = True  # draw the value log-uniformly
    rel: tuple[str, float, float] | None = None  # a share of another fact ("profit" of "revenue")


def _f(key: str, kind: str, low: float, high: float, *templates: str, **kw: Any) -> FactSpec:
    return FactSpec(key, kind, low, high, templates, **kw)


EVENT_TYPES: dict[str, dict[str, Any]] = {
    "trade": {
        "headline": ["{A} and {B} sign deals as trade climbs", "Trade between {A} and {B} at record high",
                     "{A}-{B} trade: what the new figures show", "{leader} hails trade ties on visit to {capB}"],
        "facts": [
            _f("trade_value", "money", 3e8, 9e9,
               "Trade between {A} and {B} reached {N} in {Y}, according to {agency}.",
               "According to {agency}, bilateral trade between {A} and {B} stood at {N} in {Y}.",
               "In {Y}, trade between the two countries was worth {N}, {agency} said.",
               "{A}'s trade with {B} totalled {N} in {Y}, figures from {agency} show."),
            _f("exports", "money", 5e7, 2e9,
               "{A}'s exports to {B} amounted to {N} in {Y}.",
               "Exports from {A} to {B} came to {N} in {Y}, mostly machinery and grain.",
               "In {Y}, {A} exported goods worth {N} to {B}.", rel=("trade_value", 0.25, 0.7)),
            _f("growth", "percent", 4, 40,
               "Trade between {A} and {B} grew {N} in {Y}, {agency} said.",
               "In {Y}, bilateral trade rose {N} on the previous year.",
               "That was an increase of {N} on the year before, {agency} said."),
            _f("share", "percent", 3, 30,
               "{B} now accounts for {N} of {A}'s foreign trade.",
               "{N} of {A}'s foreign trade is with {B}, officials said.",
               "With {N} of {A}'s foreign trade, {B} is among its largest partners."),
            _f("agreements", "count", 4, 14,
               "The delegations signed {N} agreements covering customs, energy and transport.",
               "{N} agreements were signed during the two-day visit to {capB}.",
               "During the visit, the two sides signed {N} agreements, the foreign ministry said."),
            _f("delegation", "count", 30, 300,
               "{leader} travelled with a delegation of {N} business leaders.",
               "A delegation of {N} business leaders accompanied {leader} to {capB}.",
               "{N} business leaders joined the delegation, organisers said."),
        ],
        "lookalikes": [
            ("target", "Both governments aim to raise trade to {T} by {Ytarget}.", "trade_value", 1.8),
            ("previous", "A year earlier, in {Yprev}, trade between them had been worth {P}.", "trade_value", 0.8),
        ],
    },
    "disaster": {
        "headline": ["{kindcap} hits {place}: death toll rises", "Rescuers search for survivors after {place} {kindword}",
                     "'We lost everything': {place} counts the cost of the {kindword}",
                     "{place} {kindword}: what we know so far"],
        "facts": [
            _f("deaths", "count", 8, 900,
               "The death toll from the {kindword} in {place} rose to {N} on {weekday}, officials said.",
               "{N} people have been killed in the {kindword}, according to {agency}.",
               "Officials in {place} said {N} people had died in the {kindword}.",
               "The {kindword} killed {N} people, {agency} said on {weekday}.", one_sided_ok=True),
            _f("injured", "count", 30, 4000,
               "In all, {N} people were injured, {agency} said.",
               "{agency} said {N} people had been injured in the {kindword}.",
               "Hospitals in {place} treated {N} injured people.", one_sided_ok=True),
            _f("displaced", "count", 500, 250000,
               "The {kindword} forced {N} people from their homes in {place}.",
               "{N} people have been displaced by the {kindword}, {agency} said.",
               "In {place}, {N} people were displaced and are sheltering in schools.", one_sided_ok=True),
            _f("homes", "count", 100, 30000,
               "{N} homes were destroyed in {place}, according to {agency}.",
               "The {kindword} destroyed {N} homes, {agency} said.",
               "Across {place}, {N} homes have been destroyed."),
            _f("damage", "money", 2e7, 5e9,
               "Damage from the {kindword} is estimated at {N}, {agency} said.",
               "{agency} put the damage from the {kindword} at {N}.",
               "Insurers estimate the {kindword} caused {N} in damage in {place}."),
            _f("area", "area", 20, 4000,
               "The {kindword} affected an area of {N} around {place}.",
               "An area of {N} around {place} was affected by the {kindword}.",
               "{agency} said {N} had been affected in {place}."),
            _f("aid", "money", 2e6, 3e8,
               "The government released {N} in emergency aid for {place}.",
               "{N} in emergency aid has been pledged for {place}, the finance ministry said.",
               "Emergency aid worth {N} was approved for {place} on {weekday}.", rel=("damage", 0.02, 0.3)),
        ],
        "lookalikes": [
            ("increment", "Rescuers pulled a further {I} survivors from the rubble overnight.", "injured", 0.05),
            ("increment", "A further {I} people were evacuated from {place2} on {weekday}.", "displaced", 0.05),
        ],
    },
    "infrastructure": {
        "headline": ["{name} opens after years of delays", "First traffic crosses the {name}",
                     "{name}: cost overruns and a long-awaited opening", "{leader} opens the {name}"],
        "facts": [
            _f("length", "length", 5, 1800,
               "The {name} runs {N} from {place} to {place2}.",
               "Stretching {N}, the {name} links {place} with {place2}.",
               "The {name}, which is {N} long, connects {place} and {place2}."),
            _f("cost", "money", 2e8, 9e9,
               "The {name} cost {N} to build, according to {org}.",
               "{org} said the {name} had cost {N}.",
               "Built at a cost of {N}, the {name} was financed by {org}."),
            _f("workers", "count", 400, 9000,
               "At the height of construction, {N} workers were employed on the {name}.",
               "{org} said {N} workers had been on site at peak.",
               "Some days {N} workers were on the {name} site, {org} said."),
            _f("build_time", "duration", 2, 11,
               "Construction of the {name} took {N}.",
               "The {name} took {N} to build.",
               "It took {N} to complete the {name}, {org} said."),
            _f("inaugurated", "date", 0, 0,
               "{leader} inaugurated the {name} {N}.",
               "The {name} was inaugurated {N} by {leader}.",
               "{N}, {leader} inaugurated the {name} at a ceremony in {place}."),
            _f("overrun", "percent", 8, 60,
               "The project came in {N} over budget.",
               "Costs overran the original budget by {N}, {org} said.",
               "The final bill was {N} above the budget approved by parliament."),
            _f("traffic", "count", 5000, 90000,
               "{org} expects {N} vehicles a day to use the {name} in its first year.",
               "Some {N} vehicles a day are expected on the {name}, {org} said.",
               "Traffic on the {name} is forecast at {N} vehicles a day."),
        ],
        "lookalikes": [
            ("target", "Traffic is forecast to reach {T} vehicles a day by {Ytarget}.", "traffic", 1.5),
        ],
    },
    "health": {
        "headline": ["{disease} outbreak in {place}: cases climb", "Vaccination drive begins in {place}",
                     "Health workers race to contain {disease} in {place}", "{place} declares {disease} emergency"],
        "facts": [
            _f("cases", "count", 200, 60000,
               "{agency} has recorded {N} cases of {disease} in {place} since the outbreak began.",
               "Since the outbreak began, {N} cases of {disease} have been confirmed, {agency} said.",
               "There have been {N} confirmed cases of {disease} in {place}, according to {agency}."),
            _f("deaths", "count", 5, 700,
               "{N} people have died of {disease} in {place}, {agency} said.",
               "The outbreak has killed {N} people, according to {agency}.",
               "{agency} said {N} deaths from {disease} had been recorded.", one_sided_ok=True),
            _f("doses", "count", 20000, 3000000,
               "{N} doses of {disease} vaccine arrived in {place} on {weekday}.",
               "The campaign will use {N} doses of vaccine supplied by {org}.",
               "{org} has shipped {N} doses of vaccine to {place}."),
            _f("coverage", "percent", 20, 95,
               "{N} of children in {place} have now been vaccinated, {agency} said.",
               "Vaccination coverage in {place} has reached {N}, according to {agency}.",
               "{agency} said coverage had reached {N} of the target population."),
            _f("funding", "money", 1e6, 2e8,
               "{org} has released {N} to fight the outbreak.",
               "Funding of {N} was approved by {org} for the response in {place}.",
               "The response in {place} will cost {N}, {org} estimates."),
            _f("clinics", "count", 12, 400,
               "{N} treatment centres have been set up across {place}.",
               "Health workers have opened {N} treatment centres in {place}.",
               "{agency} said {N} treatment centres were operating."),
        ],
        "lookalikes": [
            ("increment", "A further {I} doses are due next week, {org} said.", "doses", 0.2),
            ("target", "{agency} aims to vaccinate {T} children by {Ytarget}.", "doses", 1.3),
        ],
    },
    "sport": {
        "headline": ["{club} complete signing of {player}", "{player} joins {club} in record deal",
                     "Why {club} paid so much for {player}", "{club} unveil {player} before big crowd"],
        "facts": [
            _f("fee", "money", 5e6, 2e8,
               "{club} paid {N} for {player}, according to people familiar with the deal.",
               "The transfer fee for {player} was {N}, {club} confirmed.",
               "{player} joined {club} for {N} on {weekday}."),
            _f("contract", "duration", 2, 6,
               "{player} signed a contract running {N}.",
               "The deal keeps {player} at {club} for {N}.",
               "{club} handed {player} a deal of {N}."),
            _f("crowd", "count", 3000, 70000,
               "{N} fans watched {player} being unveiled at the {stadium}.",
               "A crowd of {N} turned out at the {stadium} to greet {player}.",
               "The {stadium} was packed with {N} supporters for the unveiling."),
            _f("goals", "count", 3, 40,
               "{player} scored {N} goals last season.",
               "Last season {player} scored {N} goals in all competitions.",
               "With {N} goals last season, {player} was the league's top scorer."),
            _f("founded", "date", 0, 0,
               "{club}, founded {N}, have never paid more for a player.",
               "The club was founded {N} and last won the league in the 1990s.",
               "Founded {N}, {club} play at the {stadium}."),
            _f("capacity", "count", 8000, 80000,
               "The {stadium} holds {N} spectators.",
               "{club} play at the {stadium}, which seats {N}.",
               "The {stadium} has a capacity of {N}."),
        ],
        "lookalikes": [
            ("increment", "{club} could pay a further {I} in add-ons, reports said.", "fee", 0.1),
        ],
    },
    "election": {
        "headline": ["{party} wins {country} election", "{country} votes: {leader} claims victory",
                     "Turnout and results: {country}'s election in numbers", "{leader}'s {party} sweeps {country}"],
        "facts": [
            _f("turnout", "percent", 38, 85,
               "Turnout was {N}, the election commission said.",
               "The election commission put turnout at {N}.",
               "{N} of registered voters cast a ballot, according to the election commission."),
            _f("seats", "count", 40, 180,
               "{party} won {N} seats in the {parliament}.",
               "With {N} seats, {party} will be the largest group in the {parliament}.",
               "{leader}'s {party} took {N} seats, according to official results."),
            _f("vote_share", "percent", 20, 55,
               "{party} won {N} of the vote.",
               "{leader}'s party received {N} of the vote, official results showed.",
               "With {N} of the vote, {party} finished first."),
            _f("voters", "count", 1e6, 4e7,
               "{N} people were registered to vote in {country}.",
               "The electoral roll listed {N} voters, the commission said.",
               "Some {N} voters were eligible to take part."),
            _f("stations", "count", 2000, 60000,
               "{N} polling stations opened at 7am.",
               "Voting took place at {N} polling stations across {country}.",
               "The commission said {N} polling stations had reported results."),
            _f("campaign", "money", 2e6, 8e7,
               "{party} spent {N} on its campaign, according to filings.",
               "Filings show {party}'s campaign cost {N}.",
               "Campaign spending by {party} reached {N}, monitors said."),
        ],
        "lookalikes": [
            ("previous", "At the previous election, in {Yprev}, turnout had been {P}.", "turnout", 0.85),
        ],
    },
    "earnings": {
        "headline": ["{company} profit beats forecasts", "{company} shares jump on strong results",
                     "{company} results: revenue, profit and outlook", "{company} to hire as sales rise"],
        "facts": [
            _f("revenue", "money", 5e8, 6e10,
               "{company} reported revenue of {N} for {Y}.",
               "Revenue at {company} reached {N} in {Y}, the company said.",
               "In {Y}, {company} booked {N} in revenue."),
            _f("profit", "money", 2e7, 5e9,
               "Net profit at {company} was {N} in {Y}.",
               "{company} made a net profit of {N} in {Y}.",
               "In {Y}, {company}'s net profit came to {N}, it said on {weekday}.", rel=("revenue", 0.03, 0.25)),
            _f("rev_growth", "percent", 3, 45,
               "Revenue at {company} rose {N} in {Y}.",
               "{company}'s sales grew {N} in {Y}, helped by demand in {place}.",
               "In {Y}, revenue was up {N}, {company} said."),
            _f("employees", "count", 1500, 120000,
               "{company} employs {N} people worldwide.",
               "The group has {N} employees, mostly in {place}.",
               "With {N} employees, {company} is {place}'s largest private employer."),
            _f("founded", "date", 0, 0,
               "{company} was founded {N} in {place}.",
               "Founded {N}, {company} is listed in {place}.",
               "{founder} founded {company} {N}."),
            _f("plant", "money", 1e8, 4e9,
               "{company} will spend {N} on a new plant in {place2}.",
               "A new plant in {place2} will cost {company} {N}.",
               "The planned factory in {place2} is budgeted at {N}."),
        ],
        "lookalikes": [
            ("previous", "In {Yprev}, revenue had been {P}.", "revenue", 0.85),
            ("target", "{company} expects revenue of {T} by {Ytarget}.", "revenue", 1.6),
        ],
    },
    "climate": {
        "headline": ["{country}'s emissions fall as coal plants close", "{country} records hottest day on record",
                     "{country} climate plan: the figures", "Heat, drought and a new wind farm in {country}"],
        "facts": [
            _f("emissions", "mass", 5e6, 6e8,
               "{country} emitted {N} of greenhouse gases in {Y}, according to {agency}.",
               "According to {agency}, {country}'s emissions were {N} in {Y}.",
               "In {Y}, {country}'s greenhouse gas emissions totalled {N}."),
            _f("cut", "percent", 2, 25,
               "Emissions fell {N} in {Y}, {agency} said.",
               "In {Y}, {country}'s emissions fell {N} compared with the year before.",
               "{agency} said emissions had fallen {N} in {Y}.", sign=-1),
            _f("heat", "temperature", 38, 49,
               "Temperatures reached {N} in {place} on {weekday}, a national record.",
               "A record {N} was measured in {place}, {agency} said.",
               "{place} recorded {N}, the highest temperature since records began.", log=False),
            _f("windfarm", "power", 100, 3000,
               "The {name} wind farm will have a capacity of {N}.",
               "With {N} of capacity, the {name} wind farm will be {country}'s largest.",
               "{org} is building the {N} {name} wind farm off {place}."),
            _f("forest", "area", 50, 9000,
               "Fires burned {N} of forest in {country} in {Y}.",
               "In {Y}, {N} of forest burned in {country}, {agency} said.",
               "{agency} said {N} of forest was lost to fire in {Y}."),
            _f("fund", "money", 5e7, 5e9,
               "The government set aside {N} for climate adaptation.",
               "{N} will go to climate adaptation, the finance ministry said.",
               "Climate adaptation funding of {N} was announced on {weekday}."),
        ],
        "lookalikes": [
            ("target", "{country} aims to cut emissions to {T} by {Ytarget}.", "emissions", 0.6),
            ("previous", "In {Yprev}, emissions had been {P}.", "emissions", 1.05),
        ],
    },
}

_DISASTERS = ["earthquake", "flood", "wildfire", "landslide", "cyclone"]
_DISEASES = ["cholera", "measles", "dengue", "mpox", "diphtheria"]
_INFRA = ["Bridge", "Pipeline", "Railway", "Tunnel", "Canal", "Highway"]

FILLER: dict[str, list[str]] = {
    "common": [
        "The announcement drew mixed reactions from opposition politicians.",
        "Critics said the figures did not tell the whole story.",
        "{person}, an analyst at {org}, said the coming months would be decisive.",
        "Officials declined to comment further on {weekday}.",
        "Local media in {place} gave the story blanket coverage.",
        "The government has promised to publish a full report.",
        "\"We are doing everything we can,\" said {person}, a spokesperson.",
        "Residents of {place} said they had been given little warning.",
        "The news was first reported by a local radio station.",
        "It was the 3rd such announcement this year, after similar moves in January and May.",
        "Since the COVID-19 pandemic, budgets in {place} have been stretched.",
        "The figures have not been independently verified.",
        "{person} told reporters that lessons would be learned.",
        "Markets in {place} were little changed after the news.",
        "Some observers compared the situation with events in 2015 and 2019.",
        "Questions remain about who will pay and how quickly.",
        "The ministry's statement ran to several pages but offered few details.",
        "A follow-up meeting is planned for later this month.",
        "\"This is a turning point,\" {person} said in a statement.",
        "International partners said they were ready to help.",
        "The regional governor, {person}, visited {place} on {weekday}.",
        "Opposition leader {person} called for an independent inquiry.",
        "Traffic on Route 9 and the E20 motorway was disrupted for hours.",
        "The committee will meet again in the 2nd week of next month.",
    ],
    "trade": ["Customs procedures at the border have been simplified since 2021.",
              "Exporters in {A} have long complained about red tape.",
              "Energy and grain dominate the trade between the two countries.",
              "Talks on a free-trade agreement began in 2018 but stalled.",
              "{leader} met business leaders at a forum in {capB}."],
    "disaster": ["Roads into {place} were cut off for much of the day.",
                 "Aid agencies warned of the risk of disease in crowded shelters.",
                 "Aftershocks and heavy rain hampered the rescue effort.",
                 "Volunteers from neighbouring towns joined the search.",
                 "The emergency hotline, 112, was overwhelmed with calls."],
    "infrastructure": ["The project was first proposed in the 1990s.",
                       "Environmental groups had challenged the route in court.",
                       "The contractor, {org}, is certified to ISO 9001 and ISO 14001.",
                       "Tolls will be reviewed after the first year of operation.",
                       "Engineers had to redesign the foundations at pier 7."],
    "health": ["Health workers went door to door in the poorest districts.",
               "Clean water remains scarce in parts of {place}.",
               "The World Health Organization has sent experts to the region.",
               "Schools in {place} were closed as a precaution.",
               "Doctors said many cases were going unreported."],
    "sport": ["The club finished 4th in the league last season.",
              "Fans gathered outside the {stadium} hours before the unveiling.",
              "{player} wore the number 10 shirt at the presentation.",
              "The manager said the signing showed the club's ambition.",
              "The transfer window closes at the end of the month."],
    "election": ["Polls opened at 7am and closed at 8pm.",
                 "Observers reported long queues in the capital.",
                 "The result must be certified by the constitutional court.",
                 "{leader} promised to form a government within weeks.",
                 "Opposition parties alleged irregularities in several districts."],
    "earnings": ["Shares in {company} rose in early trading.",
                 "Analysts had expected weaker results.",
                 "The chief executive, {person}, said demand remained strong.",
                 "The company will publish its Q3 figures in October.",
                 "{company} also announced a new share buyback programme."],
    "climate": ["Scientists say heatwaves are becoming more frequent.",
                "The coal plant at {place} closed in 2022.",
                "Farmers in {place} reported crop losses after the drought.",
                "The government's climate plan is due to be updated next year.",
                "Environmental groups said the targets were not ambitious enough."],
}


# --------------------------------------------------------------------------------------
# Outlets
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    slug: str
    style: Style
    header: str  # template: {date} {reporter}
    boilerplate: tuple[str, ...]


_OUTLET_WORDS = ["Times", "Herald", "Post", "Courier", "Wire", "Gazette", "Observer", "Tribune", "Ledger",
                 "Chronicle", "Daily", "Review", "Dispatch", "Journal", "News"]


def _format_date(day: dt.date, us: bool) -> str:
    return f"{_MONTHS[day.month - 1]} {day.day}, {day.year}" if us else f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def make_outlets(seed: int, count: int = 60) -> list[Outlet]:
    rng = random.Random(f"outlets:{seed}")
    names = Names()
    outlets: list[Outlet] = []
    headers = ["Published {date}", "{date} | {time}", "Updated {date}, {time}", "By {reporter} · {date}",
               "{reporter}, {date}"]
    for i in range(count):
        base = names.place(rng)
        name = f"The {base} {rng.choice(_OUTLET_WORDS)}" if rng.random() < 0.5 else f"{base} {rng.choice(_OUTLET_WORDS)}"
        slug = name.lower().replace("the ", "").replace(" ", "-")
        style = Style(money=rng.randrange(4), percent=rng.choice(["%", "%", " per cent", " percent"]),
                      miles_first=rng.random() < 0.1, dates_us=rng.random() < 0.4, words=rng.random() < 0.5,
                      ext=rng.choices([".txt", ".md", ".html"], [7, 2, 1])[0])
        phone = f"+{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        boiler = [rng.choice([
            f"Sign up for the {name} morning briefing: the day's top 5 stories, in your inbox before 7am.",
            "Get our newsletter. Every weekday, the 10 stories you need to read. Unsubscribe at any time.",
            f"Enjoyed this article? Support independent journalism from {name}.",
        ])]
        if rng.random() < 0.5:
            boiler.append(f"Have a story? Call our news desk on {phone} or write to tips@{slug}.example.")
        if rng.random() < 0.5:
            founded = rng.randint(1850, 2015)
            boiler.append(rng.choice([
                f"About us: {name} is an independent news organisation founded in {founded}.",
                f"{name} was founded in {founded} and is owned by a reader trust.",
                f"About {name}: independent since {founded}, with {rng.randint(20, 400)} journalists in "
                f"{rng.randint(3, 40)} bureaus.",
            ]))
        outlets.append(Outlet(name, slug, style, rng.choice(headers), tuple(boiler)))
    return outlets


# --------------------------------------------------------------------------------------
# Events and articles
# --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Statement:
    path: str
    text: str
    value: float | str
    low: float
    high: float
    planted: bool = False


@dataclass(slots=True)
class Fact:
    spec: FactSpec
    value: float | str
    statements: list[Statement] = field(default_factory=list)


def _ctx(rng: random.Random, names: Names, etype: str, date: dt.date) -> dict[str, str]:
    year = date.year
    c: dict[str, str] = {
        "place": names.place(rng), "place2": names.place(rng), "person": names.person(rng),
        "people": "|".join(names.person(rng) for _ in range(4)),
        "leader": names.person(rng), "org": names.company(rng), "weekday": rng.choice(_WEEKDAYS),
        "Y": str(year - 1) if etype in ("trade", "earnings", "climate") else str(year),
        "Yprev": str(year - 2 if etype in ("trade", "earnings", "climate") else year - 4),
        "Ytarget": str(year + rng.choice([3, 5, 6, 10])),
    }
    c["country"] = c["A"] = names.place(rng)
    c["B"] = names.place(rng)
    c["capB"] = names.place(rng)
    c["agency"] = rng.choice([f"the {c['A']} statistics office", f"{c['A']}'s customs service",
                              "the national disaster agency", "the health ministry", "the interior ministry",
                              f"the {c['place']} regional authority"])
    if etype == "trade":
        c["agency"] = rng.choice([f"the {c['A']} statistics office", f"{c['A']}'s customs service",
                                  f"the central bank of {c['A']}"])
    if etype == "climate":
        c["agency"] = f"the {c['country']} environment agency"
    if etype == "health":
        c["agency"] = rng.choice(["the health ministry", f"the {c['place']} health office"])
    kind = rng.choice(_DISASTERS)
    c["kindword"], c["kindcap"] = kind, kind.capitalize()
    c["disease"] = rng.choice(_DISEASES)
    c["name"] = f"{names.place(rng)} {rng.choice(_INFRA)}" if etype == "infrastructure" else names.place(rng)
    c["company"] = names.company(rng)
    c["founder"] = names.person(rng)
    c["club"] = f"{names.place(rng)} {rng.choice(['FC', 'United', 'Athletic', 'City', 'Rovers'])}"
    c["player"] = names.person(rng)
    c["stadium"] = f"{names.place(rng)} Stadium"
    c["party"] = f"the {rng.choice(['Progress', 'Union', 'Renewal', 'Civic', 'Liberty', 'Workers'])} Party of {names.surname(rng)}"
    c["parliament"] = rng.choice(["national assembly", "parliament", "lower house"])
    return c


def _true_value(rng: random.Random, spec: FactSpec, date: dt.date, known: dict[str, float | str]) -> float | str:
    if spec.kind == "date":
        if spec.key == "inaugurated":
            return date.isoformat()
        return dt.date(rng.randint(1880, 2012), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    if spec.kind in ("duration",):
        return float(rng.randint(int(spec.low), int(spec.high)))
    if spec.kind == "temperature":
        return round(rng.uniform(spec.low, spec.high), 1)
    v = math.exp(rng.uniform(math.log(spec.low), math.log(spec.high))) if spec.log else rng.uniform(spec.low, spec.high)
    base = known.get(spec.rel[0]) if spec.rel else None
    if spec.rel and isinstance(base, float):
        v = base * rng.uniform(spec.rel[1], spec.rel[2])
    if spec.kind == "count":
        return float(max(3, round(v)))
    if spec.kind == "percent":
        return round(v, 1)
    return float(f"{v:.4g}")


def _write(rng: random.Random, spec: FactSpec, value: float | str, style: Style, currency: str, *,
           planted: bool, careful: bool) -> Written:
    """Render a fact's value.  ``careful``: only exact or two-sided qualifiers (facts with a plant)."""
    kind = spec.kind
    if kind == "date":
        return write_date(rng, dt.date.fromisoformat(str(value)), style, year_only_ok=not careful)
    if kind == "duration":
        return write_duration(rng, float(value), style)
    assert isinstance(value, float)
    exact = planted or (kind == "count" and rng.random() < 0.3)
    two_sided = careful or not spec.one_sided_ok or rng.random() < 0.6
    qual, shown, sig, mode, exp = _qualified(rng, value, two_sided_only=two_sided, exact=planted,
                                        sig_choices=(2, 3) if planted else (2, 3, 3, 4))
    if kind == "money":
        w = write_money(rng, value, currency, style, qual, shown, exp)
    elif kind == "count":
        w = write_count(rng, value, style, qual, shown, exp, exact and not qual)
    elif kind == "percent":
        w = write_percent(rng, value, style, qual, shown, exp)
    else:
        w = write_measure(rng, value, kind, style, qual, sig, mode)
    return w


def _disjoint(a: Written, b: Written) -> bool:
    if isinstance(a.value, str) or isinstance(b.value, str):
        return str(a.value)[:4] != str(b.value)[:4] or (len(str(a.value)) > 4 and len(str(b.value)) > 4
                                                       and a.value != b.value)
    return a.high * 1.03 < b.low or b.high * 1.03 < a.low


def _planted_value(rng: random.Random, spec: FactSpec, value: float | str) -> float | str:
    if spec.kind == "date":
        d = dt.date.fromisoformat(str(value))
        if spec.key == "inaugurated":
            return (d + dt.timedelta(days=rng.choice([-9, -7, 7, 8, 14]))).isoformat()
        return d.replace(year=d.year + rng.choice([-6, -4, -3, 3, 4, 6])).isoformat()
    assert isinstance(value, float)
    if spec.kind == "duration":
        return float(max(1, int(value) + rng.choice([-3, -2, 2, 3, 4]))) if value > 3 else value + rng.choice([2, 3])
    if spec.kind == "temperature":
        return round(value + rng.choice([-4.5, -3.2, 2.6, 3.1]), 1)
    factor = rng.choice([0.4, 0.45, 0.5, 0.55, 1.6, 1.7, 1.8, 2.0, 2.3])
    if spec.kind == "percent":
        if value * factor > 99:
            factor = rng.choice([0.45, 0.5, 0.55])
        return round(value * factor, 1)
    if spec.kind == "count":
        v = value * factor
        return float(f"{v:.3g}") if v >= 1000 else float(max(1, round(v)))
    return float(f"{value * factor:.3g}")


def _article_date(rng: random.Random, base: dt.date) -> dt.date:
    return base + dt.timedelta(days=rng.randint(0, 3))


_OPENERS = ["On {weekday},", "Earlier,", "Separately,", "Meanwhile,", "In a statement,", "Later,", "", "", ""]
_SUBJECTS = ["officials in {place}", "{person}", "residents", "the opposition", "aid groups", "business leaders",
             "local journalists", "the regional council", "economists", "{org}", "a government spokesperson",
             "community leaders", "independent experts"]
_VERBS = ["said", "warned", "insisted", "noted", "argued", "told reporters", "suggested", "added", "conceded"]
_CLAUSES = ["the situation remained fluid", "more information would follow", "it was too early to draw conclusions",
            "the response had been slow", "the plans had been discussed for years",
            "the next steps would depend on funding", "people deserved clearer answers",
            "the decision was long overdue", "the timing was unfortunate", "talks would continue",
            "the authorities had acted quickly", "the costs would be shared", "nobody had expected this",
            "the public mood had changed", "the details were still being worked out",
            "the region could not afford further delays", "confidence had been badly shaken"]


def _filler_sentence(rng: random.Random) -> str:
    opener = rng.choice(_OPENERS)
    text = f"{opener} {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} that {rng.choice(_CLAUSES)}."
    return text.strip()


def _fill(template: str, ctx: dict[str, str], rng: random.Random | None = None) -> str:
    if rng is not None and "{person}" in template:
        template = template.replace("{person}", rng.choice(ctx["people"].split("|")), 1)
    text = template.format_map(ctx)
    return text[0].upper() + text[1:] if text else text


def _render_article(rng: random.Random, outlet: Outlet, etype: str, ctx: dict[str, str], paragraphs: list[str],
                    published: dt.date, target_len: int) -> str:
    """Headline, date line, body paragraphs padded with filler to ``target_len``, boilerplate."""
    headline = _fill(rng.choice(EVENT_TYPES[etype]["headline"]), ctx)
    dateline = outlet.header.format(date=_format_date(published, outlet.style.dates_us),
                                    time=f"{rng.randint(6, 22):02d}:{rng.choice(['05', '15', '30', '45'])}",
                                    reporter=ctx["reporter"])
    body = list(paragraphs)
    fillers = FILLER["common"] + FILLER[etype]
    boiler = list(outlet.boilerplate)
    fixed = len(headline) + len(dateline) + sum(len(p) + 2 for p in body) + sum(len(b) + 2 for b in boiler) + 40
    pool = rng.sample(fillers, len(fillers))
    extra: list[str] = []
    size = fixed
    while size < target_len:
        s = _fill(pool.pop() if pool and rng.random() < 0.6 else _filler_sentence(rng), ctx, rng)
        extra.append(s)
        size += len(s) + 1
    # spread filler sentences into the body: some join fact paragraphs, some stand alone
    for s in extra:
        if body and rng.random() < 0.5:
            i = rng.randrange(len(body))
            body[i] = body[i] + " " + s
        else:
            body.insert(rng.randint(1, max(1, len(body))), s)
    ext = outlet.style.ext
    if ext == ".html":
        paras = "\n".join(f"<p>{p}</p>" for p in body)
        foot = "\n".join(f"<p class=\"promo\">{b}</p>" for b in boiler)
        return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{headline} | {outlet.name}</title>"
                f"</head>\n<body><nav>Home | World | Business | Sport | Opinion</nav>\n<article>\n<h1>{headline}</h1>\n"
                f"<p class=\"byline\">{dateline}</p>\n{paras}\n</article>\n<footer>\n{foot}\n"
                f"<p>© {published.year} {outlet.name}. All rights reserved.</p>\n</footer></body></html>\n")
    if ext == ".md":
        return f"# {headline}\n\n*{dateline}*\n\n" + "\n\n".join(body) + "\n\n---\n\n" + "\n\n".join(boiler) + "\n"
    return f"{headline}\n\n{dateline}\n\n" + "\n\n".join(body) + "\n\n" + "\n\n".join(boiler) + "\n"


def _make_event(seed: int, index: int, names: Names, outlets: list[Outlet], n_outlets: int,
                conflict_rate: float) -> tuple[dict[str, Any], list[tuple[str, str]], list[dict[str, Any]]]:
    """One event: its manifest entry, its articles (relative path, text) and planted conflicts."""
    rng = random.Random(f"event:{seed}:{index}")
    etype = rng.choice(list(EVENT_TYPES))
    spec_of_type = EVENT_TYPES[etype]
    date = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365))
    ctx = _ctx(rng, names, etype, date)
    currency = rng.choices(["USD", "EUR", "GBP"], [6, 3, 1])[0]
    slug = f"e{index:06d}-{ctx['name'].lower().replace(' ', '-')}-{etype}"
    shard = f"{index // EVENTS_PER_SHARD:04d}"
    chosen = rng.sample(outlets, n_outlets)
    paths = [f"{shard}/{slug}--{o.slug}{o.style.ext}" for o in chosen]
    specs = spec_of_type["facts"]
    known: dict[str, float | str] = {}
    facts = []
    for s in specs:
        known[s.key] = _true_value(rng, s, date, known)
        facts.append(Fact(s, known[s.key]))
    coverage = [[j for j in range(n_outlets) if rng.random() < 0.75] for _ in facts]
    for cov in coverage:
        if not cov:
            cov.append(rng.randrange(n_outlets))
    planted_by_fact: dict[int, tuple[int, float | str]] = {}
    for fi, cov in enumerate(coverage):
        if len(cov) >= 2 and rng.random() < conflict_rate:
            planted_by_fact[fi] = (rng.choice(cov), _planted_value(rng, facts[fi].spec, facts[fi].value))
    per_outlet: list[list[str]] = [[] for _ in range(n_outlets)]
    planted_out: list[dict[str, Any]] = []
    lookalikes: list[dict[str, Any]] = []
    for fi, (fact, cov) in enumerate(zip(facts, coverage)):
        plant = planted_by_fact.get(fi)
        written: dict[int, Written] = {}
        for attempt in range(8):
            written = {}
            for j in cov:
                is_planted = plant is not None and plant[0] == j
                value = plant[1] if is_planted else fact.value
                written[j] = _write(rng, fact.spec, value, chosen[j].style, currency, planted=is_planted,
                                    careful=plant is not None)
            if plant is None or all(_disjoint(written[plant[0]], written[j]) for j in cov if j != plant[0]):
                break
        else:
            # could not make the values clearly incompatible: drop the plant, state the truth
            plant = None
            written = {j: _write(rng, fact.spec, fact.value, chosen[j].style, currency, planted=False,
                                 careful=True) for j in cov}
        for j in cov:
            w = written[j]
            template = rng.choice(fact.spec.templates)
            sentence = _fill(template.replace("{N}", "\x00"), ctx).replace("\x00", w.text)
            if sentence.startswith(w.text) and w.text[:1].islower():
                sentence = sentence[0].upper() + sentence[1:]
            per_outlet[j].append(sentence)
            fact.statements.append(Statement(paths[j], w.text, w.value if not isinstance(w.value, float)
                                             else w.value * fact.spec.sign, w.low, w.high,
                                             planted=plant is not None and plant[0] == j))
        if plant is not None:
            agreeing = [paths[j] for j in cov if j != plant[0]]
            pw = written[plant[0]]
            sign = fact.spec.sign
            planted_out.append({
                "id": f"{slug}:{fact.spec.key}", "event": slug, "type": etype, "fact": fact.spec.key,
                "kind": fact.spec.kind, "unit": _unit(fact.spec.kind, currency),
                "value": fact.value * sign if isinstance(fact.value, float) else fact.value,
                "planted_value": pw.value * sign if isinstance(pw.value, float) else pw.value,
                "planted_path": paths[plant[0]], "planted_text": pw.text, "agreeing_paths": agreeing,
                "agreeing_texts": [written[j].text for j in cov if j != plant[0]],
            })
    # look-alike non-conflicts
    fact_by_key = {f.spec.key: f for f in facts}
    for kind_, template, key, factor in spec_of_type["lookalikes"]:
        base = fact_by_key[key]
        for j in range(n_outlets):
            if rng.random() < 0.4 and isinstance(base.value, float):
                v = float(f"{base.value * factor:.2g}")
                if base.spec.kind == "count" or kind_ == "increment":
                    v = float(max(2, round(v)))
                w = _write(rng, FactSpec(key, base.spec.kind, 0, 0, ()), v, chosen[j].style, currency,
                           planted=False, careful=True)
                text = w.text if kind_ != "increment" else _strip_qual(w.text)
                sentence = _fill(template.replace("{T}", "\x00").replace("{P}", "\x00").replace("{I}", "\x00"),
                                 ctx).replace("\x00", text)
                per_outlet[j].append(sentence)
                lookalikes.append({"type": kind_, "fact": key, "path": paths[j], "text": text})
    articles: list[tuple[str, str]] = []
    chars: list[int] = []
    published_of: dict[str, dt.date] = {}
    for j, outlet in enumerate(chosen):
        arng = random.Random(f"article:{seed}:{index}:{j}")
        sentences = per_outlet[j]
        arng.shuffle(sentences)
        lead = sentences[:2]
        paragraphs = [" ".join(lead)] if lead else []
        rest = sentences[2:]
        while rest:
            k = arng.randint(1, 3)
            paragraphs.append(" ".join(rest[:k]))
            rest = rest[k:]
        ctx["reporter"] = f"{arng.choice(_GIVEN)} {_syllables(arng, 2).capitalize()}"
        published = _article_date(arng, date)
        published_of[paths[j]] = published
        target = int(arng.triangular(MIN_CHARS, MAX_CHARS, MODE_CHARS))
        text = _render_article(arng, outlet, etype, ctx, paragraphs, published, target)
        for attempt in range(6):  # rare: markup or long fact lists overshoot; only filler changes
            if len(text) > MAX_CHARS:
                target -= len(text) - MAX_CHARS + 60
            elif len(text) < MIN_CHARS:
                target += MIN_CHARS - len(text) + 60
            else:
                break
            text = _render_article(random.Random(f"article:{seed}:{index}:{j}:{attempt}"), outlet, etype, ctx,
                                   paragraphs, published, target)
        articles.append((paths[j], text))
        chars.append(len(text))
    event = {
        "id": slug, "type": etype, "name": ctx["name"], "date": date.isoformat(), "currency": currency,
        "articles": paths, "chars": chars,
        "facts": [{"key": f.spec.key, "kind": f.spec.kind, "unit": _unit(f.spec.kind, currency),
                   "value": f.value * f.spec.sign if isinstance(f.value, float) else f.value,
                   "statements": [[s.path, s.text, s.value, s.planted] for s in f.statements]} for f in facts],
        "lookalikes": lookalikes,
    }
    conflicts = [p for p in planted_out if _contradicts(p, published_of)]
    # A running tally stated higher on a later day is a rise, not a disagreement: the
    # manifest keeps these apart, and a tool reporting one is raising a false alarm.
    event["tally_rises"] = [p for p in planted_out if p not in conflicts]
    return event, articles, conflicts


def _contradicts(plant: dict[str, Any], published_of: dict[str, dt.date]) -> bool:
    """Whether a planted value disagrees with some agreeing article however the facts moved
    between publication days.  A running total (deaths, cases, homes destroyed...) may grow
    from one day to the next, never shrink; other facts do not change."""
    if plant["fact"] not in RUNNING_TOTALS:
        return True
    odd_day, odd = published_of[plant["planted_path"]], plant["planted_value"]
    for path in plant["agreeing_paths"]:
        day = published_of[path]
        rise_from_agreeing = day < odd_day and odd > plant["value"]
        rise_to_agreeing = odd_day < day and plant["value"] > odd
        if not (rise_from_agreeing or rise_to_agreeing):
            return True
    return False


# Counts that only grow while a story runs (the facts of those names above).
RUNNING_TOTALS = frozenset({"deaths", "injured", "displaced", "homes", "cases"})


def _strip_qual(text: str) -> str:
    for q, _ in _QUALIFIERS_TWO_SIDED + _QUALIFIERS_ONE_SIDED:
        if q and text.startswith(q):
            return text[len(q):]
    return text


def _unit(kind: str, currency: str) -> str | None:
    return {"money": currency, "percent": "%", "length": "km", "area": "km2", "mass": "t", "power": "MW",
            "temperature": "degC", "duration": "year", "count": None, "date": None}[kind]


def _outlet_counts(seed: int, n: int) -> list[int]:
    """How many outlets report each event (2-6, mean about 3.5), summing to exactly ``n``."""
    rng = random.Random(f"counts:{seed}")
    counts: list[int] = []
    left = n
    while left > 0:
        k = rng.choices([2, 3, 4, 5, 6], [3, 4, 3, 2, 1])[0]
        if left - k == 1:
            k += 1 if k < 6 else -1
        k = min(k, left)
        counts.append(k)
        left -= k
    if counts and counts[-1] == 1:  # only when n == 1
        pass
    return counts


def generate(out_dir: str | os.PathLike[str], n: int, seed: int = 0, *,
             conflict_rate: float = DEFAULT_CONFLICT_RATE) -> dict[str, Any]:
    """Write ``n`` articles under ``out_dir`` (sharded folders) and ``out_dir/manifest.json``.

    Returns the manifest: ``articles`` (relative paths, in write order), ``events`` (facts and
    who stated what), ``planted_conflicts`` (what a perfect tool reports; a running tally
    planted higher on a later day than the articles it differs from is a rise, not a
    conflict, and is listed in its event's ``tally_rises`` instead), totals.  Paths in the
    manifest are relative to ``out_dir`` with '/' separators.
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    root = Path(out_dir)
    root.mkdir(parents=True, exist_ok=True)
    outlets = make_outlets(seed)
    names = Names()
    for o in outlets:
        names.used.add(o.slug)
    events: list[dict[str, Any]] = []
    planted: list[dict[str, Any]] = []
    all_paths: list[str] = []
    total_chars = 0
    made_dirs: set[str] = set()
    for index, k in enumerate(_outlet_counts(seed, n)):
        event, articles, plants = _make_event(seed, index, names, outlets, k, conflict_rate)
        events.append(event)
        planted.extend(plants)
        for rel, text in articles:
            shard = rel.split("/", 1)[0]
            if shard not in made_dirs:
                (root / shard).mkdir(exist_ok=True)
                made_dirs.add(shard)
            with open(root / rel, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
            all_paths.append(rel)
            total_chars += len(text)
    facts_multi = sum(1 for e in events for f in e["facts"] if len({s[0] for s in f["statements"]}) >= 2)
    manifest = {
        "generator": "benchmarks/corpus.py", "generator_version": GENERATOR_VERSION, "seed": seed, "n": n,
        "conflict_rate": conflict_rate, "n_events": len(events), "n_articles": len(all_paths),
        "total_chars": total_chars, "mean_chars": total_chars / max(len(all_paths), 1),
        "n_facts": sum(len(e["facts"]) for e in events), "n_facts_multi_source": facts_multi,
        "n_planted_conflicts": len(planted),
        "n_tally_rises": sum(len(e["tally_rises"]) for e in events),
        "outlets": [{"name": o.name, "slug": o.slug, "ext": o.style.ext, "boilerplate": list(o.boilerplate)}
                    for o in outlets],
        "articles": all_paths, "planted_conflicts": planted, "events": events,
    }
    with open(root / "manifest.json", "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, separators=(",", ":"))
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", help="folder to write the articles and manifest.json into")
    parser.add_argument("-n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--conflict-rate", type=float, default=DEFAULT_CONFLICT_RATE,
                        help="share of facts stated by 2+ outlets that get a planted disagreement")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    m = generate(args.out_dir, args.n, args.seed, conflict_rate=args.conflict_rate)
    print(f"{m['n_articles']} articles ({m['n_events']} events, {m['total_chars']:,} chars, "
          f"mean {m['mean_chars']:.0f}), {m['n_planted_conflicts']} planted conflicts "
          f"in {time.perf_counter() - t0:.1f}s -> {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
