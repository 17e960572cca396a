"""SARIF 2.1.0 output, as code-scanning tools (GitHub among them) read it.

Small pydantic models with camelCase aliases cover the part of the format claimcheck
writes; the Python SARIF packages are stale or read-only.  One result per finding, at the
claim in the checked article; the contradicting claim is a related location that the
message links to; ``partialFingerprints`` carry the finding's identity (no line numbers),
so a code-scanning alert survives edits elsewhere in the article.
"""

from __future__ import annotations

from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from claimcheck import __version__
from claimcheck.models import Claim
from claimcheck.report.findings import RULES, Finding

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "SarifFormatter", "sarif_log"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "claimcheckFinding/v1"


class _Model(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, frozen=True)


class Message(_Model):
    text: str


class ReportingConfiguration(_Model):
    level: str = "error"


class ReportingDescriptor(_Model):
    id: str
    name: str
    short_description: Message
    full_description: Message
    help: Message
    default_configuration: ReportingConfiguration = ReportingConfiguration()


class ToolComponent(_Model):
    name: str
    version: str
    rules: list[ReportingDescriptor]


class Tool(_Model):
    driver: ToolComponent


class ArtifactLocation(_Model):
    uri: str


class Region(_Model):
    start_line: int
    start_column: int
    end_line: int
    end_column: int
    snippet: Message | None = None


class PhysicalLocation(_Model):
    artifact_location: ArtifactLocation
    region: Region


class Location(_Model):
    id: int | None = None
    physical_location: PhysicalLocation
    message: Message | None = None


class Result(_Model):
    rule_id: str
    rule_index: int
    level: str = "error"
    message: Message
    locations: list[Location]
    related_locations: list[Location]
    partial_fingerprints: dict[str, str]


class Run(_Model):
    tool: Tool
    column_kind: str = "unicodeCodePoints"  # claimcheck counts columns in characters
    results: list[Result]


class SarifLog(_Model):
    schema_uri: str = Field(default=SARIF_SCHEMA, alias="$schema")
    version: str = SARIF_VERSION
    runs: list[Run]


def _physical(claim: Claim) -> PhysicalLocation:
    newlines = claim.text.count("\n")
    end_column = (len(claim.text) - claim.text.rfind("\n")) if newlines else claim.column + len(claim.text)
    return PhysicalLocation(
        artifact_location=ArtifactLocation(uri=quote(claim.source, safe="/")),
        region=Region(start_line=claim.line, start_column=claim.column, end_line=claim.line + newlines,
                      end_column=end_column, snippet=Message(text=claim.text)),
    )


def _result(finding: Finding, rule_index: dict[str, int]) -> Result:
    other = finding.other
    text = (f"{finding.subject or finding.kind.value} {finding.claim.text} conflicts with [{other.text}](1) "
            f"in {other.location}")
    return Result(
        rule_id=finding.code,
        rule_index=rule_index[finding.code],
        message=Message(text=text),
        locations=[Location(physical_location=_physical(finding.claim))],
        related_locations=[Location(id=1, physical_location=_physical(other),
                                    message=Message(text=f"{other.text} in {other.source}"))],
        partial_fingerprints={FINGERPRINT_KEY: finding.id},
    )


def sarif_log(findings: list[Finding]) -> SarifLog:
    """The SARIF log of ``findings``: one run, every rule declared, one result each."""
    rules = [
        ReportingDescriptor(id=r.id, name=r.name, short_description=Message(text=r.short),
                            full_description=Message(text=r.full), help=Message(text=r.help))
        for r in RULES.values()
    ]
    rule_index = {r.id: i for i, r in enumerate(rules)}
    driver = ToolComponent(name="claimcheck", version=__version__, rules=rules)
    return SarifLog(runs=[Run(tool=Tool(driver=driver), results=[_result(f, rule_index) for f in findings])])


class SarifFormatter:
    """SARIF 2.1.0 JSON."""

    def format(self, findings: list[Finding]) -> str:
        return sarif_log(findings).model_dump_json(by_alias=True, exclude_none=True, indent=2)
