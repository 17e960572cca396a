"""The reviewed baseline: findings the desk has accepted, so ``check`` stays quiet about them.

The file is JSON, versioned, sorted and indented so that it diffs well and can be reviewed
in a pull request.  A finding is keyed by what its two claims say (article path, kind, text
as written, normalised value), never by line or offset: editing another part of an article
keeps a reviewed finding suppressed, changing one of the disagreeing values brings it back
(the same rule as ``claimcheck.reconcile.conflicts.conflict_identity``, applied per pair).
An accepted claim also stays accepted against another source stating the same value (see
BaselineMatcher).
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

__all__ = ["BASELINE_VERSION", "Baseline", "BaselineEntry", "BaselineError", "BaselineMatcher", "claim_key", "pair_identity"]

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


def _value_of(key: ClaimKey) -> tuple[str, str]:
    return (key[1], key[3])


class BaselineMatcher:
    """Tells whether a finding between two claims was accepted.

    A finding is accepted when its exact pair is in the baseline, or when one claim is
    exactly an accepted claim and the other states the same kind and value as that claim's
    accepted counterpart: "this article's 3.1 km against the 2.4 km the others give" stays
    accepted when clustering pairs it with another source's 2.4 km after an unrelated edit
    (links depend on corpus-wide word weights).  Any changed value brings the finding back.
    """

    def __init__(self, baseline: Baseline) -> None:
        self._exact = baseline.identities
        self._against: set[tuple[ClaimKey, tuple[str, str]]] = set()
        for entry in baseline.entries:
            first, second = entry.claims
            self._against.add((first, _value_of(second)))
            self._against.add((second, _value_of(first)))

    def accepts(self, a: Claim, b: Claim) -> bool:
        ka, kb = claim_key(a), claim_key(b)
        return (_identity_of_keys([ka, kb]) in self._exact or (ka, _value_of(kb)) in self._against
                or (kb, _value_of(ka)) in self._against)


@dataclass(frozen=True, slots=True)
class Baseline:
    """A set of accepted findings, looked up by identity."""

    entries: tuple[BaselineEntry, ...] = ()

    @property
    def identities(self) -> frozenset[str]:
        return frozenset(e.identity for e in self.entries)

    def __contains__(self, identity: object) -> bool:
        return identity in self.identities

    def matcher(self) -> BaselineMatcher:
        """A fast lookup of which findings this baseline accepts."""
        return BaselineMatcher(self)

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
