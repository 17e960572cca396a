"""The JSON contract: printed with plain ``print``, never through rich (which would wrap it)."""

from __future__ import annotations

import json

from claimcheck.models import Claim, ClaimsReport, Conflict, ConflictsReport


def claims_json(claims: list[Claim]) -> str:
    return ClaimsReport(claims=claims).model_dump_json(indent=2)


def conflicts_json(conflicts: list[Conflict]) -> str:
    return ConflictsReport(conflicts=conflicts).model_dump_json(indent=2)


def json_schema() -> str:
    """JSON Schema of both --json outputs, from the pydantic models."""
    schemas = {
        "$comment": "claimcheck --json outputs",
        "claims": ClaimsReport.model_json_schema(),
        "conflicts": ConflictsReport.model_json_schema(),
    }
    return json.dumps(schemas, indent=2)
