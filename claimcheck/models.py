"""Typed records that flow between the stages: Article -> Claim -> Cluster -> Conflict.

These pydantic models are also the JSON contract of ``--json`` outputs; ``claimcheck
schema`` prints their JSON Schema.  Field names and meanings are documented in README.md.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from enum import Enum
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1


class Kind(str, Enum):
    """What dimension a claim measures; each kind has one canonical unit."""

    money = "money"
    percent = "percent"
    length = "length"
    area = "area"
    mass = "mass"
    volume = "volume"
    energy = "energy"
    power = "power"
    speed = "speed"
    temperature = "temperature"
    count = "count"  # type: ignore[assignment]  # the member, not str.count
    duration = "duration"
    date = "date"


class Role(str, Enum):
    """How a number relates to the thing measured.

    ``level`` is a total or state ("exports stood at $120m"), ``change`` a difference or
    growth ("up 31%"), ``increment`` an addition that is not a total ("a further 135,000
    parcels"), ``prior`` a comparison base ("up from 97 in 2020", "previously 431.2").  Claims of
    different roles never contradict each other; prior values are never compared at all.
    """

    level = "level"
    change = "change"
    increment = "increment"
    prior = "prior"


Number = float | int
Bound = float | int | str | None


def stable_id(*parts: Any) -> str:
    """A short hash of canonical JSON: the same inputs give the same id on every run."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


class Article(BaseModel):
    """One scanned file."""

    model_config = ConfigDict(frozen=True)

    path: str = Field(description="Path as scanned (relative to the current directory when below it).")
    content_hash: str = Field(description="SHA-256 of the file's bytes.")
    title: str | None = None
    published: str | None = Field(default=None, description="Publication date found in the article, ISO-8601.")
    dateline: str | None = Field(default=None, description="A wire date line without a year: the date the "
                                 "story's own words gave it ('2029-11-06'), else its day alone ('--11-06').")
    topic: tuple[str, ...] = Field(default=(), description="The names the article keeps coming back to.")
    currency_cues: str = Field(default="", description="Whose currency its sums are, as the article says, for "
                               "the other articles on its story (extract.claims.CurrencyCues, as JSON).")
    story_currency: str = Field(default="", description="The currencies its story gave the currency words it "
                                "left undecided, as read ('USD=AUD').")
    encoding: str = "utf-8"
    size: int = 0
    mtime_ns: int = 0


class Claim(BaseModel):
    """One numeric or date claim, as written and as normalised."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable id: the same claim in the same file keeps it across runs.")
    source: str = Field(description="Path of the article, as scanned.")
    line: int = Field(description="1-based line of the span's first character.")
    column: int = Field(description="1-based column (in characters) of the span's first character.")
    start: int = Field(description="Character offset of the span in the article text.")
    end: int = Field(description="Character offset just past the span.")
    text: str = Field(description="The span exactly as written.")
    sentence: str = Field(description="The sentence holding the span.")
    sentence_start: int = Field(description="Character offset of the sentence in the article text.")
    kind: Kind
    value: Number | str = Field(description="Normalised value in `unit`; ISO-8601 string for dates.")
    low: Bound = Field(description="Lowest value the wording allows (null: unbounded).")
    high: Bound = Field(description="Highest value the wording allows (null: unbounded).")
    unit: str | None = Field(description="Canonical unit: ISO 4217 code, km, km2, t, m3, kWh, MW, km/h, degC, %, pp, year; null for counts and dates.")
    qualifier: str | None = Field(default=None, description="Approximation or bound word as written, lower-cased.")
    role: Role = Role.level
    time: str | None = Field(default=None, description="The period the claim refers to (e.g. 2020, 2021-Q1, FY2021).")
    time_target: bool = Field(default=False, description="True when the time is a target ('by 2030'), not a fact.")
    attribution: str | None = Field(default=None, description="Who the sentence says gave the figure.")
    subject: str = Field(default="", description="Short normalised description of what is measured.")
    noun: str | None = Field(default=None, description="The counted noun for counts ('beds', 'people').")

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}:{self.column}"


@dataclass(slots=True)
class ClaimRecord:
    """A claim plus the words clustering compares; what extraction yields and the store keeps.

    ``local`` are the words next to the number, ``scope`` the rest of the sentence (or the
    sentence before, for "This showed..."), ``names`` the capitalised names; ``time_low`` and
    ``time_high`` bound the period the claim refers to when it could be resolved.
    """

    claim: Claim
    local: list[str] = field(default_factory=list)
    scope: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    time_low: str | None = None
    time_high: str | None = None


class Cluster(BaseModel):
    """Claims from different sentences that speak of the same thing."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: Kind
    subject: str
    claims: list[Claim]


class Conflict(BaseModel):
    """A cluster whose claims' intervals cannot all hold at once."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable across runs: built from the claims' identities, not their offsets.")
    subject: str
    kind: Kind
    reason: str = Field(description="Why the values cannot all be true.")
    claims: list[Claim]
    pairs: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Ids of the claim pairs that cannot both hold and that clustering links directly.")
    confidence: float | None = Field(
        default=None, ge=0, le=1,
        description="How sure clustering is that the disagreeing claims measure the same thing: the best "
                    "link score among the disagreeing pairs, 0-1 (null in a store written before it was kept). "
                    "benchmarks/quality.py prints the precision and recall at each floor.")

    def is_at_least(self, min_confidence: float) -> bool:
        """Kept by a --min-confidence floor (a conflict stored without a confidence always is)."""
        return self.confidence is None or self.confidence >= min_confidence


class ClaimsReport(BaseModel):
    """``claimcheck claims --json``."""

    schema_version: int = SCHEMA_VERSION
    claims: list[Claim]


class ConflictsReport(BaseModel):
    """``claimcheck conflicts --json``."""

    schema_version: int = SCHEMA_VERSION
    conflicts: list[Conflict]


def join_names(names: Iterable[str]) -> str:
    """Names as stored: tab-led and tab-separated, since names hold spaces ("national union")."""
    return "".join("\t" + n for n in names)


def split_names(stored: str) -> list[str]:
    """Names as stored; a store written before names held spaces joined them with spaces."""
    return [n for n in stored.split("\t") if n] if stored.startswith("\t") else stored.split()
