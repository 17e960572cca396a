"""Vocabulary of quantities: number words, scale words, currencies and measurement units.

Every unit maps to (kind, canonical unit, factor): multiply the stated number by the
factor to get the canonical value.  The factors are exact definitions (1 mile = 1.609344
km), which is why a table is kept here rather than a units library: see README.
"""

from __future__ import annotations

import re

from claimcheck.models import Kind

SMALL_NUMBER_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}

# Scale words after a number.  Single letters are only scale words right after a digit
# ("$350m", "12k"), never after a space, where "m" is metres.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9,
    "bln": 1e9, "tn": 1e12, "trn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    "dozen": 12,
}
GLUED_SCALE: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

# Currency written before the number.
CURRENCY_PREFIX: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY",
    "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "pkr": "PKR", "₽": "RUB", "rub": "RUB", "₦": "NGN", "ngn": "NGN", "chf": "CHF",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "zar": "ZAR", "try": "TRY", "₺": "TRY",
    "krw": "KRW", "₩": "KRW", "brl": "BRL", "mxn": "MXN", "aud": "AUD", "cad": "CAD",
    "kes": "KES", "egp": "EGP", "aed": "AED", "sar": "SAR",
}
# Currency written after the number (and its scale word).
CURRENCY_SUFFIX: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD",
    "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "rupees": "INR", "inr": "INR",
    "pakistani rupees": "PKR", "pkr": "PKR", "indian rupees": "INR", "yuan": "CNY",
    "renminbi": "CNY", "cny": "CNY", "yen": "JPY", "jpy": "JPY", "roubles": "RUB",
    "rubles": "RUB", "rub": "RUB", "swiss francs": "CHF", "francs": "CHF", "chf": "CHF",
    "naira": "NGN", "rand": "ZAR", "pesos": "MXN", "lira": "TRY", "shillings": "KES",
    "dirhams": "AED", "riyals": "SAR", "kronor": "SEK", "kroner": "NOK",
}

# (kind, canonical unit, factor to canonical)
_U = tuple[Kind, str, float]
_MEASURES: dict[str, _U] = {}


def _add(kind: Kind, unit: str, factor: float, *names: str) -> None:
    for name in names:
        _MEASURES[name] = (kind, unit, factor)


_add(Kind.length, "km", 1.0, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_add(Kind.length, "km", 1.609344, "mile", "miles", "mi")
_add(Kind.length, "km", 0.001, "m", "metre", "metres", "meter", "meters")
_add(Kind.length, "km", 0.0003048, "ft", "foot", "feet")
_add(Kind.length, "km", 0.0009144, "yard", "yards", "yd")
_add(Kind.length, "km", 1e-5, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_add(Kind.length, "km", 1e-6, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_add(Kind.length, "km", 2.54e-5, "inch", "inches")
_add(Kind.length, "km", 1.852, "nautical miles", "nautical mile", "nm")
_add(Kind.area, "km2", 1.0, "km2", "km²", "sq km", "sq. km", "square kilometres",
     "square kilometers", "square km", "sqkm")
_add(Kind.area, "km2", 2.589988110336, "square miles", "square mile", "sq miles", "sq mi", "sq. miles", "mi²")
_add(Kind.area, "km2", 0.01, "hectares", "hectare", "ha")
_add(Kind.area, "km2", 0.0040468564224, "acres", "acre")
_add(Kind.area, "km2", 1e-6, "m2", "m²", "square metres", "square meters", "sq m")
_add(Kind.area, "km2", 9.290304e-8, "square feet", "sq ft", "sq. ft")
_add(Kind.mass, "t", 1.0, "tonnes", "tonne", "metric tons", "metric tonnes", "tons", "ton", "mt", "t")
_add(Kind.mass, "t", 1e6, "megatonnes", "megatonne", "megatons")
_add(Kind.mass, "t", 0.90718474, "short tons", "short ton")
_add(Kind.mass, "t", 1.0160469088, "long tons", "long ton")
_add(Kind.mass, "t", 0.001, "kg", "kgs", "kilograms", "kilogrammes", "kilos", "kilo", "kilogram")
_add(Kind.mass, "t", 1e-6, "grams", "gram", "g")
_add(Kind.mass, "t", 0.00045359237, "lb", "lbs")
_add(Kind.volume, "m3", 0.158987294928, "barrels", "barrel", "bbl", "b/d", "bpd", "barrels a day",
     "barrels per day", "bbl/d")
_add(Kind.volume, "m3", 0.028316846592, "cusecs", "cusec")
_add(Kind.volume, "m3", 0.001, "litres", "litre", "liters", "liter")
_add(Kind.volume, "m3", 1.0, "cubic metres", "cubic meters", "m3", "m³", "cu m")
_add(Kind.volume, "m3", 0.028316846592, "cubic feet", "cu ft", "cubic foot")
_add(Kind.volume, "m3", 0.003785411784, "gallons", "gallon", "us gallons")
_add(Kind.volume, "m3", 1e9, "bcm")
_add(Kind.energy, "kWh", 1.0, "kwh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour")
_add(Kind.energy, "kWh", 1e3, "mwh", "megawatt-hours", "megawatt hours")
_add(Kind.energy, "kWh", 1e6, "gwh", "gigawatt-hours", "gigawatt hours")
_add(Kind.energy, "kWh", 1e9, "twh", "terawatt-hours", "terawatt hours")
_add(Kind.power, "MW", 1.0, "mw", "megawatts", "megawatt")
_add(Kind.power, "MW", 1e3, "gw", "gigawatts", "gigawatt")
_add(Kind.power, "MW", 1e-3, "kw", "kilowatts", "kilowatt")
_add(Kind.speed, "km/h", 1.0, "km/h", "kph", "kmph", "kilometres per hour", "kilometers per hour", "km an hour")
_add(Kind.speed, "km/h", 1.609344, "mph", "miles per hour", "miles an hour")
_add(Kind.speed, "km/h", 1.852, "knots", "knot")
_add(Kind.duration, "year", 1.0, "years", "year", "yrs", "yr")
_add(Kind.duration, "year", 10.0, "decades", "decade")
_add(Kind.duration, "year", 100.0, "centuries", "century")
_add(Kind.duration, "year", 1 / 12, "months", "month")
_add(Kind.duration, "year", 7 / 365.25, "weeks", "week")
_add(Kind.duration, "year", 1 / 365.25, "days", "day")
_add(Kind.duration, "year", 1 / 8766, "hours", "hour", "hrs")
_add(Kind.duration, "year", 1 / 525960, "minutes", "minute", "mins")
_add(Kind.duration, "year", 1 / 31557600, "seconds", "second", "secs")

# Units that only count after a digit, never after a spelled-out number or in prose
# ("a mix" is not a mile, "in" is not inches): short and ambiguous.
DIGIT_ONLY_UNITS = frozenset({"t", "m", "mi", "ft", "yd", "g", "ha", "mt", "nm", "lb", "lbs", "cm", "mm", "kg", "kgs", "km", "kms"})
# Units that need a space or hyphen before them to be read ("5 m" metres; "5m" is million).
SPACED_ONLY_UNITS = frozenset({"m", "nm", "mt", "g", "t"})

MEASURES = _MEASURES

TEMPERATURE_UNITS = {
    "°c": "C", "ºc": "C", "degrees celsius": "C", "degrees c": "C", "c": "C", "celsius": "C",
    "°f": "F", "ºf": "F", "degrees fahrenheit": "F", "degrees f": "F", "f": "F", "fahrenheit": "F",
}

PERCENT_WORDS = {"%": "%", "per cent": "%", "percent": "%", "pc": "%", "pct": "%",
                 "percentage points": "pp", "percentage point": "pp", "points": "pp",
                 "basis points": "bp", "bps": "bp"}


def alternation(words: object) -> str:
    """A regex alternation matching the longest word first; spaces match any space."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)
