"""Findings as linters print them: one per line, JSON, GitHub annotations or SARIF.

A finding is one claim of a checked article that cannot hold together with one claim of
another article (or of the same article, elsewhere).  Codes are stable: CC001 for numbers,
CC002 for dates.  Every formatter returns a string; the CLI prints it with ``click.echo``.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, ConfigDict, Field

from claimcheck.models import SCHEMA_VERSION, Claim, Kind

__all__ = ["FORMAT_CHOICES", "RULES", "Finding", "FindingsReport", "Formatter", "GithubFormatter", "JsonFormatter",
           "Rule", "TextFormatter", "code_for", "formatter_for"]


class Rule(BaseModel):
    """A finding code and what it means."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    short: str
    full: str
    help: str


RULES: dict[str, Rule] = {
    "CC001": Rule(
        id="CC001", name="number-conflict", short="A figure contradicts another source",
        full="A number in this article cannot be true at the same time as a number another article gives for the "
             "same thing: their ranges, at the precision and with the qualifiers as written, do not overlap.",
        help="Check both figures against the primary source and correct the wrong one. If the disagreement is "
             "known and accepted, record it with `claimcheck baseline` (and commit the baseline file), or add "
             "<!-- claimcheck: ignore[CC001] --> on the line.",
    ),
    "CC002": Rule(
        id="CC002", name="date-conflict", short="A date contradicts another source",
        full="A date of a one-time event (founded, established, born, died, inaugurated, independence, broke out, "
             "struck, opened, closure) in this article cannot be true at the same time as the date another article "
             "gives for it.",
        help="Check both dates against the primary source and correct the wrong one. If the disagreement is "
             "known and accepted, record it with `claimcheck baseline` (and commit the baseline file), or add "
             "<!-- claimcheck: ignore[CC002] --> on the line.",
    ),
}


def code_for(kind: Kind) -> str:
    """CC002 for dates, CC001 for every other kind."""
    return "CC002" if kind is Kind.date else "CC001"


class Finding(BaseModel):
    """A claim of a checked article that contradicts another claim."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Identity without lines or offsets: the baseline key of this finding.")
    code: str = Field(description="CC001 (numbers) or CC002 (dates).")
    subject: str
    kind: Kind
    message: str = Field(description="The one-line message, as in the text output after the code.")
    reason: str = Field(description="Why the conflict's values cannot all be true.")
    conflict_id: str = Field(description="The id of the conflict (as in `claimcheck conflicts --json`).")
    claim: Claim = Field(description="The claim in the checked article.")
    other: Claim = Field(description="The claim it contradicts.")

    @classmethod
    def between(cls, claim: Claim, other: Claim, *, identity: str, subject: str, reason: str,
                conflict_id: str) -> Finding:
        """Build a finding and its message from the two claims."""
        message = f"{subject or claim.subject or claim.kind.value} {claim.text} conflicts with {other.text} in {other.location}"
        return cls(id=identity, code=code_for(claim.kind), subject=subject, kind=claim.kind, message=message,
                   reason=reason, conflict_id=conflict_id, claim=claim, other=other)

    @property
    def line(self) -> str:
        """``path:line:column: CODE message``."""
        return f"{self.claim.location}: {self.code} {self.message}"


class FindingsReport(BaseModel):
    """``claimcheck check --format json``."""

    schema_version: int = SCHEMA_VERSION
    findings: list[Finding]


class Formatter(Protocol):
    """Turns findings into the text printed on stdout."""

    def format(self, findings: list[Finding]) -> str: ...


class TextFormatter:
    """``path:line:column: CODE message``, one per line (flake8, ruff)."""

    def format(self, findings: list[Finding]) -> str:
        return "\n".join(f.line for f in findings)


class JsonFormatter:
    """``{"schema_version": 1, "findings": [...]}`` with the claim objects of the JSON contract."""

    def format(self, findings: list[Finding]) -> str:
        return FindingsReport(findings=findings).model_dump_json(indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter:
    """GitHub Actions workflow commands: ``::error file=…,line=…,col=…::message``."""

    def format(self, findings: list[Finding]) -> str:
        lines = []
        for f in findings:
            end_column = f.claim.column + len(f.claim.text)
            props = (f"file={_escape_property(f.claim.source)},line={f.claim.line},col={f.claim.column},"
                     f"endColumn={end_column},title={_escape_property(f.code + ' ' + RULES[f.code].short)}")
            lines.append(f"::error {props}::{_escape_data(f.code + ' ' + f.message)}")
        return "\n".join(lines)


def _sarif() -> Formatter:
    from claimcheck.report.sarif import SarifFormatter

    return SarifFormatter()


def formatter_for(name: str) -> Formatter:
    """The formatter behind a ``--format`` choice."""
    if name == "sarif":
        return _sarif()
    formatters: dict[str, type[Formatter]] = {"text": TextFormatter, "json": JsonFormatter, "github": GithubFormatter}
    return formatters[name]()


FORMAT_CHOICES = ("text", "json", "sarif", "github")
