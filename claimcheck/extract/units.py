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
# ("$120m", "12k"), never after a space, where "m" is metres.
SCALE_WORDS: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "mn": 1e6, "mln": 1e6, "mio": 1e6, "bn": 1e9,
    "bln": 1e9, "tn": 1e12, "trn": 1e12, "trln": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    # Indian business writing: "₹2,310 cr", "Rs 2.4 lakh crore" (a hundred thousand crore)
    "cr": 1e7, "lakh crore": 1e12, "lakh crores": 1e12,
    "dozen": 12,
}
# "t" only after a currency ("$2.174T"); "5t" alone is an identifier or tonnes.
GLUED_SCALE: dict[str, float] = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "t": 1e12}

# Currency written before the number.
CURRENCY_PREFIX: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "usd": "USD", "a$": "AUD", "au$": "AUD", "j$": "JMD", "ar$": "ARS",
    "tt$": "TTD", "bz$": "BZD", "₸": "KZT", "₪": "ILS",
    "c$": "CAD", "ca$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
    "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY",
    "cny": "CNY", "rmb": "CNY", "₹": "INR", "inr": "INR", "rs": "INR", "rs.": "INR",
    "pkr": "PKR", "₽": "RUB", "rub": "RUB", "₦": "NGN", "ngn": "NGN", "chf": "CHF",
    "sek": "SEK", "nok": "NOK", "dkk": "DKK", "zar": "ZAR", "try": "TRY", "₺": "TRY",
    "krw": "KRW", "₩": "KRW", "brl": "BRL", "mxn": "MXN", "aud": "AUD", "cad": "CAD",
    "kes": "KES", "egp": "EGP", "aed": "AED", "sar": "SAR", "₱": "PHP", "php": "PHP", "nt$": "TWD", "twd": "TWD",
    "s/": "PEN", "s/.": "PEN", "pen": "PEN",
    # Kenyan shillings, UAE dirhams, Ghanaian cedis, Eastern Caribbean dollars as their outlets write them
    "ksh": "KES", "kshs": "KES", "ksh.": "KES", "dh": "AED", "dhs": "AED", "gh¢": "GHS", "gh₵": "GHS", "ghs": "GHS",
    "₵": "GHS", "ghc": "GHS", "ec$": "XCD", "xcd": "XCD", "tk": "BDT", "tk.": "BDT", "৳": "BDT", "$u": "UYU",
    "rp": "IDR", "rp.": "IDR", "slrs": "LKR", "slrs.": "LKR", "n$": "NAD", "฿": "THB", "sh": "KES", "shs": "KES", "ush": "UGX", "tsh": "TZS", "cdn$": "CAD", "can$": "CAD",
    "₮": "MNT", "f$": "FJD", "fj$": "FJD", "rwf": "RWF", "frw": "RWF", "₡": "CRC", "ch$": "CLP",
    # Solomon Islands dollars, Tongan pa'anga, Angolan kwanza
    "si$": "SBD", "t$": "TOP", "kz": "AOA",
}
# ISO codes before the number, read in capitals only ("PLN 310 mln", "ISK 2.7 billion"; never
# "all", "top" or "ron" in prose), and prefixes outlets use for some ("TL 84 billion", "RM18.6m").
CURRENCY_CODE_PREFIX: dict[str, str] = {code: code for code in (
    "PLN CZK HUF BGN ISK THB VND IDR MYR ILS QAR KWD BHD OMR JOD TND DZD XOF XAF UGX TZS ETB ZMW BWP NAD MUR "
    "LKR BDT NPR ARS CLP COP UYU PYG DOP JMD TTD UAH KZT GEL AZN UZS RSD MKD HRK NGN GHS HKD SGD NZD MAD MNT BOB MWK "
    "AMD HNL LAK WST KHR FJD GTQ NIO CRC PAB KGS TJS AFN IRR IQD LBP YER MDL BYN MMK MVR RWF MZN AOA BTN SRD GYD BBD BSD "
    "SDG SSP SYP MRU SZL LSL GMD SLE SLL LRD GNF BIF DJF SOS KMF CVE STN ERN BAM VUV SBD PGK HTG TMT"
).split()} | {"TL": "TRY", "RM": "MYR", "Br": "ETB", "VNĐ": "VND", "VNDong": "VND", "Kč": "CZK", "zł": "PLN", "Ft": "HUF",
              "Bs": "BOB", "Bs.": "BOB", "MK": "MWK", "CFA": "XOF", "NIS": "ILS",
              # Jordanian dinars, Paraguayan guaraníes, Qatari riyals and Bhutan's ngultrum as their
              # outlets write them (not Oman's "RO": in a desalination story that is reverse osmosis)
              "JD": "JOD", "Gs": "PYG", "Gs.": "PYG", "QR": "QAR", "Nu": "BTN", "Nu.": "BTN",
              # Saudi riyals glued ("SR1.35 billion"; "SR 520" is a road: numbers.py)
              "SR": "SAR",
              # Vanuatu's vatu ("VT12 million")
              "VT": "VUV"}
# The readings of all prefixes: CURRENCY_PREFIX is matched in any case, CURRENCY_CODE_PREFIX
# in capitals, and both are looked up by the lower-cased prefix.
PREFIX_CURRENCY: dict[str, str] = {**{k.lower(): v for k, v in CURRENCY_CODE_PREFIX.items()}, **CURRENCY_PREFIX}
# Dollars: one that names its country ("A$318 mln", "NZ$40m", "C$1.2 bn"), one written as the
# US dollar, and a bare "$" or "dollars", which may be any of them.
NAMED_DOLLAR = re.compile(r"(?<![A-Za-z])(A|AU|NZ|C|CA|HK|S|NT|EC|Cdn|CDN|Can|N|J|AR|TT|BZ|F|FJ)\$(?=\s?\d)")
NAMED_DOLLAR_CODES = frozenset(CURRENCY_PREFIX[f"{country.lower()}$"] for country in ("A", "AU", "NZ", "C", "CA", "HK", "S", "NT", "EC",
                                                                                     "Cdn", "Can", "N", "J", "AR", "TT", "BZ",
                                                                                     "F", "FJ"))
US_DOLLAR = re.compile(r"(?i)\bUS\s?\$|\$[\d,.]+(?:\s(?:million|billion|mln|bln|m|bn))?\s(?:US|U\.S\.|USD)\b|\bU\.S\.\s?\$|\bUSD\b|\b(?:US|U\.S\.|American)\s+dollars?\b")
# A country said after a bare "$" sum: "$66,000 Cdn", "$48,000 US".
DOLLAR_COUNTRY_AFTER: dict[str, str] = {
    "us": "USD", "u.s": "USD", "usd": "USD", "cdn": "CAD", "can": "CAD", "cad": "CAD", "aud": "AUD",
    "nzd": "NZD", "hkd": "HKD", "sgd": "SGD",
}
BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$|\bdollars?\b", re.IGNORECASE)
# Currency written after the number (and its scale word).
CURRENCY_SUFFIX: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "dollars": "USD",
    "dollar": "USD", "usd": "USD", "dlrs": "USD", "dlr": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP", "gbp": "GBP", "stg": "GBP", "rupees": "INR", "rupee": "INR", "inr": "INR",
    "pakistani rupees": "PKR", "pkr": "PKR", "indian rupees": "INR", "yuan": "CNY",
    "renminbi": "CNY", "cny": "CNY", "yen": "JPY", "jpy": "JPY", "roubles": "RUB",
    "rubles": "RUB", "rub": "RUB", "swiss francs": "CHF", "francs": "CHF", "chf": "CHF",
    "naira": "NGN", "rand": "ZAR", "pesos": "MXN", "lira": "TRY", "shillings": "KES",
    "dirhams": "AED", "riyals": "SAR", "kronor": "SEK", "kroner": "NOK", "danish kroner": "DKK",
    "norwegian kroner": "NOK", "swedish kronor": "SEK", "soles": "PEN",
    "cedis": "GHS", "cedi": "GHS", "dirham": "AED", "shilling": "KES", "kenyan shillings": "KES",
    "peso": "MXN", "baht": "THB", "dong": "VND", "zlotys": "PLN", "zloty": "PLN", "zł": "PLN", "forints": "HUF",
    "forint": "HUF", "ringgit": "MYR", "rupiah": "IDR", "reais": "BRL", "hryvnias": "UAH", "hryvnia": "UAH",
    "shekels": "ILS", "taka": "BDT", "kwacha": "ZMW", "kronur": "ISK", "koruna": "CZK",
    "czech crowns": "CZK", "czech korunas": "CZK", "icelandic kronur": "ISK", "turkish lira": "TRY",
    "argentine pesos": "ARS", "chilean pesos": "CLP", "colombian pesos": "COP", "philippine pesos": "PHP",
    "mexican pesos": "MXN", "crowns": "NOK", "swedish crowns": "SEK", "danish crowns": "DKK",
    "norwegian crowns": "NOK", "birr": "ETB", "tugriks": "MNT", "tugrik": "MNT", "tögrög": "MNT", "togrog": "MNT",
    "krónur": "ISK", "icelandic krónur": "ISK", "króna": "ISK", "icelandic króna": "ISK",
    "bolivianos": "BOB", "boliviano": "BOB", "cfa francs": "XOF", "tenge": "KZT",
    "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
    "dinars": "DZD", "dinar": "DZD", "rials": "SAR", "rial": "SAR", "riyal": "SAR", "som": "UZS", "soms": "UZS",
    "lari": "GEL", "riel": "KHR", "riels": "KHR", "guaranies": "PYG", "guaraníes": "PYG", "guarani": "PYG",
    "guaraní": "PYG", "pula": "BWP", "fijian dollars": "FJD", "kip": "LAK", "tala": "WST", "lempiras": "HNL",
    "lempira": "HNL", "drams": "AMD", "manat": "AZN", "quetzales": "GTQ", "córdobas": "NIO", "cordobas": "NIO",
    "colones": "CRC", "kyat": "MMK", "afghanis": "AFN", "leva": "BGN", "lei": "RON", "denars": "MKD",
    "meticais": "MZN", "metical": "MZN", "ariary": "MGA", "rwandan francs": "RWF",
    "sudanese pounds": "SDG", "south sudanese pounds": "SSP", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
    "lek": "ALL", "leke": "ALL", "gourdes": "HTG", "gourde": "HTG", "vatu": "VUV", "kwanza": "AOA", "kwanzas": "AOA",
    "somoni": "TJS", "dalasi": "GMD", "emalangeni": "SZL", "lilangeni": "SZL", "maloti": "LSL", "loti": "LSL",
    "pa'anga": "TOP", "pa’anga": "TOP", "paanga": "TOP", "ouguiya": "MRU", "convertible marks": "BAM",
    "leones": "SLE", "nakfa": "ERN", "rufiyaa": "MVR",
    "syrian pounds": "SYP", "kina": "PGK", "moldovan lei": "MDL", "romanian lei": "RON", "leu": "RON",
    "hong kong dollars": "HKD", "jamaican dollars": "JMD", "quid": "GBP", "bucks": "USD", "buck": "USD", "moroccan dirhams": "MAD", "malawian kwacha": "MWK", "zambian kwacha": "ZMW",
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
_add(Kind.length, "km", 1.852, "nautical miles", "nautical mile", "nm", "nmi")
_add(Kind.length, "km", 1e-12, "nanometres", "nanometre", "nanometers", "nanometer")
_add(Kind.length, "km", 1e-9, "micrometres", "micrometre", "micrometers", "micrometer", "microns", "micron")
_add(Kind.area, "km2", 1.0, "km2", "km²", "sq km", "sq. km", "square kilometres",
     "square kilometers", "square kilometre", "square kilometer", "square km", "sqkm", "km^2", "km squared", "kilometres squared", "kilometers squared")
_add(Kind.area, "km2", 2.589988110336, "square miles", "square mile", "sq miles", "sq mi", "sq. miles", "mi²")
_add(Kind.area, "km2", 0.01, "hectares", "hectare", "ha")
_add(Kind.area, "km2", 0.0040468564224, "acres", "acre")
# (singular in a compound: "a 2,000-square-metre hall", "a 1,600-square-foot ranch")
_add(Kind.area, "km2", 1e-6, "m2", "m²", "square metres", "square meters", "square metre", "square meter", "sq m")
_add(Kind.area, "km2", 9.290304e-8, "square feet", "square foot", "sq ft", "sq. ft")
_add(Kind.mass, "t", 1.0, "tonnes", "tonne", "metric tons", "metric tonnes", "tons", "ton", "mt", "t",
     "dwt", "deadweight tonnes", "deadweight tonne", "deadweight-tonne", "deadweight-tonnes")
_add(Kind.mass, "t", 1e6, "megatonnes", "megatonne", "megatons")
# Mining reports: dry or wet metric tonnes, and tonnes a year ("250,000 tpa"; the rate's period
# goes to the subject, as with barrels a day).
_add(Kind.mass, "t", 1.0, "dmt", "wmt", "dry metric tonnes", "dry metric tons", "dry tonnes", "wet metric tonnes",
     "wet metric tons", "tpa", "t/y", "tonnes per annum")
_add(Kind.mass, "t", 1e3, "ktpa", "kt/y")
_add(Kind.mass, "t", 1e6, "mtpa", "mt/y", "million tonnes per annum")
_add(Kind.mass, "t", 0.90718474, "short tons", "short ton")
_add(Kind.mass, "t", 1.0160469088, "long tons", "long ton")
_add(Kind.mass, "t", 0.1, "quintals", "quintal")  # the metric quintal, 100 kg (grain, coffee, onions)
_add(Kind.mass, "t", 2e-7, "carats", "carat")  # a gem's weight, 0.2 g ("18-carat gold" is purity: noise.py)
_add(Kind.mass, "t", 0.001, "kg", "kgs", "kilograms", "kilogrammes", "kilos", "kilo", "kilogram")
_add(Kind.mass, "t", 1e-6, "grams", "gram", "g")
_add(Kind.mass, "t", 1e-9, "mg", "milligrams", "milligram", "milligrammes")
_add(Kind.mass, "t", 1e-12, "µg", "μg", "micrograms", "microgram")
_add(Kind.mass, "t", 0.028349523125e-3, "oz", "ounces", "ounce")
_add(Kind.mass, "t", 0.00045359237, "lb", "lbs")
_add(Kind.volume, "m3", 0.158987294928, "barrels", "barrel", "bbl", "b/d", "bpd", "barrels a day",
     "barrels per day", "bbl/d")
_add(Kind.volume, "m3", 0.028316846592, "cusecs", "cusec")
_add(Kind.volume, "m3", 0.001, "litres", "litre", "liters", "liter", "l")
_add(Kind.volume, "m3", 1e-6, "ml", "millilitres", "millilitre", "milliliters", "milliliter")
_add(Kind.volume, "m3", 1e-5, "cl", "centilitres", "centilitre", "centiliters", "centiliter")
_add(Kind.volume, "m3", 0.1, "hectolitres", "hectolitre", "hectoliters", "hectoliter", "hl")  # wine, beer and milk
_add(Kind.volume, "m3", 1.0, "kilolitres", "kilolitre", "kiloliters", "kiloliter", "kl")  # water and fuel in Australia
_add(Kind.volume, "m3", 1e9, "cubic kilometres", "cubic kilometers", "cubic km", "km3", "km³", "km^3", "km cubed",
     "kilometres cubed", "kilometers cubed")
_add(Kind.volume, "m3", 0.0002365882365, "cups", "cup")
_add(Kind.volume, "m3", 0.00001478676478125, "tbsp", "tablespoons", "tablespoon")
_add(Kind.volume, "m3", 0.00000492892159375, "tsp", "teaspoons", "teaspoon")
_add(Kind.volume, "m3", 1.0, "cubic metres", "cubic meters", "cubic metre", "cubic meter", "m3", "m³", "cu m")
# Water companies count in megalitres ("640 Ml/d": the rate's period goes to the subject) and
# rivers flow in cumecs (cubic metres a second); "Ml" itself is read in numbers.py, where the
# case tells it from millilitres.
_add(Kind.volume, "m3", 1e3, "megalitres", "megalitre", "megaliters", "megaliter", "ml/d", "ml/day")
_add(Kind.volume, "m3", 1e6, "gigalitres", "gigalitre", "gigaliters", "gigaliter", "gl")
_add(Kind.volume, "m3", 1.0, "kilolitres", "kilolitre", "kiloliters", "kiloliter", "cumecs", "cumec")
# Reservoirs are measured in cubic hectometres (a million cubic metres) in much of Europe.
_add(Kind.volume, "m3", 1e6, "hm3", "hm³", "cubic hectometres", "cubic hectometers")
_add(Kind.volume, "m3", 0.028316846592, "cubic feet", "cu ft", "cubic foot")
_add(Kind.volume, "m3", 0.764554857984, "cubic yards", "cubic yard", "cu yd", "cu yds")
_add(Kind.volume, "m3", 0.003785411784, "gallons", "gallon", "us gallons")
_add(Kind.volume, "m3", 1233.48183754752, "acre-feet", "acre-foot", "acre feet", "acre foot")  # US reservoirs
_add(Kind.volume, "m3", 0.00056826125, "pints", "pint")  # the imperial pint of milk and beer
_add(Kind.volume, "m3", 1e9, "bcm")  # gas: billion and million cubic metres
_add(Kind.volume, "m3", 1e6, "mcm", "mmcm")
# Indian water and ethanol measures: a thousand million cubic feet (reservoirs), and the daily
# flows of plants ("420 MLD", "65 KLPD").
_add(Kind.volume, "m3", 28316846.592, "tmc ft", "tmcft", "tmc feet")
_add(Kind.volume, "m3", 1e3, "mld")
_add(Kind.volume, "m3", 3785.411784, "mgd")  # US plants: million gallons a day
_add(Kind.volume, "m3", 1.0, "klpd")
_add(Kind.energy, "kWh", 1.0, "kwh", "kilowatt-hours", "kilowatt hours", "kilowatt-hour")
_add(Kind.energy, "kWh", 1e3, "mwh", "megawatt-hours", "megawatt hours", "megawatt-hour", "megawatt hour")
_add(Kind.energy, "kWh", 1e6, "gwh", "gigawatt-hours", "gigawatt hours", "gigawatt-hour", "gigawatt hour")
_add(Kind.energy, "kWh", 1e9, "twh", "terawatt-hours", "terawatt hours", "terawatt-hour", "terawatt hour")
_add(Kind.energy, "kWh", 1e-3, "wh", "watt-hours", "watt hours", "watt-hour")
_add(Kind.energy, "kWh", 1 / 3.6e6, "joules", "joule")
_add(Kind.energy, "kWh", 1e3 / 3.6e6, "kj", "kilojoules", "kilojoule")
_add(Kind.energy, "kWh", 1e6 / 3.6e6, "megajoules", "megajoule")
_add(Kind.energy, "kWh", 1e9 / 3.6e6, "gj", "gigajoules", "gigajoule")
_add(Kind.energy, "kWh", 1e12 / 3.6e6, "terajoules", "terajoule")
_add(Kind.energy, "kWh", 1e15 / 3.6e6, "petajoules", "petajoule")
# Gas is sold by heat content: the therm (100,000 Btu) and the million Btu.
_add(Kind.energy, "kWh", 29.307107, "therms", "therm")
_add(Kind.energy, "kWh", 293.07107, "mmbtu", "mmbtus")
# A food "calorie" is the kilocalorie.
_add(Kind.energy, "kWh", 4184 / 3.6e6, "kcal", "kilocalories", "kilocalorie", "calories")
_add(Kind.energy, "kWh", 1.602176634e-19 / 3.6e6, "ev", "electronvolts", "electron volts", "electronvolt")
_add(Kind.energy, "kWh", 1.602176634e-16 / 3.6e6, "kev")
_add(Kind.energy, "kWh", 1.602176634e-13 / 3.6e6, "mev")
_add(Kind.energy, "kWh", 1.602176634e-10 / 3.6e6, "gev")
_add(Kind.energy, "kWh", 1.602176634e-7 / 3.6e6, "tev")
_add(Kind.power, "MW", 1.0, "mw", "megawatts", "megawatt")
_add(Kind.power, "MW", 1e3, "gw", "gigawatts", "gigawatt")
_add(Kind.power, "MW", 1e-3, "kw", "kilowatts", "kilowatt")
_add(Kind.power, "MW", 1e-6, "w", "watts", "watt")
# Engines: horsepower, brake and shaft horsepower (turboprops, ships).
_add(Kind.power, "MW", 0.000745699872, "horsepower", "hp", "bhp", "shp")
_add(Kind.speed, "km/h", 1.0, "km/h", "kph", "kmph", "kilometres per hour", "kilometers per hour", "km an hour")
_add(Kind.speed, "km/h", 1.609344, "mph", "miles per hour", "miles an hour")
_add(Kind.speed, "km/h", 1.852, "knots", "knot", "kn")
_add(Kind.duration, "year", 1.0, "years", "year", "yrs", "yr")
_add(Kind.duration, "year", 10.0, "decades", "decade")
_add(Kind.duration, "year", 100.0, "centuries", "century")
_add(Kind.duration, "year", 1 / 12, "months", "month")
_add(Kind.duration, "year", 7 / 365.25, "weeks", "week")
_add(Kind.duration, "year", 1 / 365.25, "days", "day")
_add(Kind.duration, "year", 1 / 365.25, "nights", "night")
_add(Kind.duration, "year", 1 / 8766, "hours", "hour", "hrs", "hr", "h")
_add(Kind.duration, "year", 1 / 525960, "minutes", "minute", "mins", "min")
_add(Kind.duration, "year", 1 / 31557600, "seconds", "second", "secs", "sec", "s")
# Geological time in science reporting: "3.8 Ga", "66 Ma", "4.5 Gyr" (annum = year).
_add(Kind.duration, "year", 1e3, "kyr")
_add(Kind.duration, "year", 1e6, "ma", "myr", "megaannum", "megaannums", "mega-annum")
_add(Kind.duration, "year", 1e9, "ga", "gyr", "gigaannum", "gigaannums", "giga-annum")

# Units that only count after a digit, never after a spelled-out number or in prose
# ("a mix" is not a mile, "in" is not inches): short and ambiguous.
DIGIT_ONLY_UNITS = frozenset({"t", "m", "kl", "mi", "ft", "yd", "g", "ha", "mt", "nm", "nmi", "lb", "lbs", "cm", "mm", "kg", "kgs", "km", "kms",
                              "mg", "ml", "cl", "l", "oz", "tsp", "tbsp", "wh", "kj", "ev", "kev", "mev", "gev", "tev",
                              "µg", "μg", "km^2", "km^3", "cup", "cups", "gl", "ml/d", "ml/day",
                              "ma", "ga", "kyr", "myr", "gyr", "h", "hr", "min", "sec", "s", "kn", "dwt", "w",
                              "hp", "bhp", "shp", "mgd"})
# Units that need "of" after them: "3 cups of flour", never "won 3 cups".
NEED_OF_UNITS = frozenset({"cup", "cups"})
# Units that are only units in the case written: "5 L" is litres but "5 l" is not; "1.7 eV"
# is energy but "200 EV" (electric vehicles) and "5 MeV"-like acronyms in other cases are not.
CASE_SENSITIVE_UNITS: dict[str, frozenset[str]] = {
    "l": frozenset({"L"}), "ev": frozenset({"eV"}), "kev": frozenset({"keV"}), "mev": frozenset({"MeV"}),
    "gev": frozenset({"GeV"}), "tev": frozenset({"TeV"}), "wh": frozenset({"Wh"}), "kj": frozenset({"kJ"}),
    "cl": frozenset({"cl", "cL"}), "ml": frozenset({"ml", "mL"}), "mg": frozenset({"mg"}),
    "ma": frozenset({"Ma"}), "ga": frozenset({"Ga"}), "kyr": frozenset({"kyr"}), "myr": frozenset({"Myr"}),
    "gyr": frozenset({"Gyr"}), "h": frozenset({"h"}), "hr": frozenset({"hr"}), "min": frozenset({"min"}),
    "w": frozenset({"W"}), "sec": frozenset({"sec"}), "s": frozenset({"s"}),
    "ml/d": frozenset({"Ml/d", "ML/d"}), "ml/day": frozenset({"Ml/day", "ML/day"}), "gl": frozenset({"GL"}),
    "hp": frozenset({"hp"}), "mgd": frozenset({"MGD", "mgd"}),
}
# Units that need a space or hyphen before them to be read ("5 m" metres; "5m" is million).
SPACED_ONLY_UNITS = frozenset({"m", "nm", "mt", "g", "t", "l", "s"})

# Money units smaller than the currency: (currency, factor to whole units).
SUBUNITS: dict[str, tuple[str, float]] = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "us cents": ("USD", 0.01), "u.s. cents": ("USD", 0.01), "dimes": ("USD", 0.1), "pence": ("GBP", 0.01),
    "pennies": ("GBP", 0.01), "paise": ("INR", 0.01), "chhetrum": ("BTN", 0.01), "kopecks": ("RUB", 0.01),
    "kopeks": ("RUB", 0.01),
}
# Money symbols written right after the number ("15€", "20 €").
CURRENCY_SYMBOL_SUFFIX: dict[str, str] = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₹": "INR"}

# Fractions: denominators in words, and the single-character vulgar fractions.
FRACTION_WORDS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
    "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8,
}

MEASURES = _MEASURES

PERCENT_WORDS = {"%": "%", "per cent": "%", "percent": "%", "pc": "%", "pct": "%",
                 "percentage points": "pp", "percentage point": "pp", "points": "pp", "pts": "pp",
                 "basis points": "bp", "basis point": "bp", "bps": "bp"}


def alternation(words: object, hyphens: bool = False) -> str:
    """A regex alternation matching the longest word first; spaces match any space (and, with
    ``hyphens``, a hyphen: the compound "a 38-nautical-mile crossing", "a 150-square-mile area")."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    space = r"(?:\s+|-)" if hyphens else r"\s+"
    return "|".join(re.escape(w).replace(r"\ ", space) for w in items)


def unit_name(written: str) -> str:
    """The MEASURES key for a unit as written: spaces folded, and a hyphen joining the words of
    a spaced unit ("nautical-mile") read as a space ("kilowatt-hours" keeps its own)."""
    name = re.sub(r"\s+", " ", written.lower())
    if name not in _MEASURES and "-" in name:
        spaced = name.replace("-", " ")
        if spaced in _MEASURES:
            return spaced
    return name
