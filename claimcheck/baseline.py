"""The reviewed baseline: findings the desk has accepted, so ``check`` stays quiet about them.

The file is JSON, versioned, sorted and indented so that it diffs well and can be reviewed
in a pull request.  A finding is keyed by what its two claims say (article path, kind, text
as written, normalised value), never by line or offset: editing another part of an article
keeps a reviewed finding suppressed, changing one of the disagreeing values brings it back
(the same rule as ``claimcheck.reconcile.conflicts.conflict_identity``, applied per pair).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError
from claimcheck.models import Claim, stable_id

__all__ = ["BASELINE_VERSION", "Baseline", "BaselineEntry", "BaselineError", "claim_key", "pair_identity"]

BASELINE_VERSION = 1

ClaimKey = tuple[str, str, str, str]


class BaselineError(ClaimcheckError):
    """The baseline file cannot be read or written, or is not a claimcheck baseline."""


def claim_key(claim: Claim) -> ClaimKey:
    """What a claim says and where (which article), without line numbers or offsets."""
    return (claim.source, claim.kind.value, claim.text, str(claim.value))


def pair_identity(a: Claim, b: Claim) -> str:
    """Identity of a finding between two claims; the same whichever claim comes first."""
    return _identity_of_keys([claim_key(a), claim_key(b)])


def _identity_of_keys(keys: Iterable[ClaimKey]) -> str:
    return stable_id(sorted(list(k) for k in keys))


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding: its code, subject and the two claims (for the reviewer)."""

    code: str
    subject: str
    claims: tuple[ClaimKey, ClaimKey]

    @property
    def identity(self) -> str:
        return _identity_of_keys(self.claims)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.identity,
            "code": self.code,
            "subject": self.subject,
            "claims": [dict(zip(("source", "kind", "text", "value"), key)) for key in sorted(self.claims)],
        }


@dataclass(frozen=True, slots=True)
class Baseline:
    """A set of accepted findings, looked up by identity."""

    entries: tuple[BaselineEntry, ...] = ()

    @property
    def identities(self) -> frozenset[str]:
        return frozenset(e.identity for e in self.entries)

    def __contains__(self, identity: object) -> bool:
        return identity in self.identities

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: Path) -> Baseline:
        """Read a baseline; a missing file is an empty baseline.  Raises BaselineError."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls()
        except OSError as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror or exc}") from exc
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise BaselineError(f"{path}: the baseline is not valid JSON: {exc}") from exc
        if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: not a claimcheck baseline (needs 'version' and 'findings')")
        if data["version"] != BASELINE_VERSION:
            raise BaselineError(f"{path}: baseline version {data['version']!r} is not supported "
                                f"(this claimcheck reads version {BASELINE_VERSION})")
        entries: list[BaselineEntry] = []
        for number, item in enumerate(data["findings"], 1):
            try:
                keys = tuple((str(c["source"]), str(c["kind"]), str(c["text"]), str(c["value"])) for c in item["claims"])
                if len(keys) != 2:
                    raise ValueError("a finding has two claims")
                entries.append(BaselineEntry(str(item.get("code", "")), str(item.get("subject", "")),
                                             (keys[0], keys[1])))
            except (KeyError, TypeError, ValueError) as exc:
                raise BaselineError(f"{path}: finding {number} is malformed ({exc})") from exc
        return cls(tuple(entries))

    def save(self, path: Path) -> None:
        """Write the baseline atomically, sorted, so that re-running gives the same bytes."""
        unique = {e.identity: e for e in self.entries}
        ordered = sorted(unique.values(), key=lambda e: (sorted(e.claims), e.code))
        body = {
            "version": BASELINE_VERSION,
            "comment": "Findings reviewed and accepted; `claimcheck check` ignores them. "
                       "Written by `claimcheck baseline`.",
            "findings": [e.to_json() for e in ordered],
        }
        text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except OSError as exc:
            raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from exc
