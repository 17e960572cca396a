"""SARIF 2.1.0 output: valid against the official schema, with what code scanning reads."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from tests.conftest import ROOT

SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
HOOK = ROOT / "fixtures" / "hook"
CORPUS_FILES = ("harbour-post.txt", "coast-herald.txt", "town-hall.txt", "sports-desk.txt")


@pytest.fixture()
def sarif(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:  # type: ignore[type-arg]
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    for name in (*CORPUS_FILES, "valley-news.txt"):
        shutil.copy(HOOK / name, tmp_path / "articles" / name)
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\npaths = ["articles"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    result = CliRunner().invoke(main, ["check", "--format", "sarif", "articles/valley-news.txt"])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_sarif_validates_against_the_official_schema(sarif: dict) -> None:  # type: ignore[type-arg]
    if not SCHEMA.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SCHEMA} (it is read from there, never copied)")
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_sarif_carries_rules_locations_and_fingerprints(sarif: dict) -> None:  # type: ignore[type-arg]
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-schema-2.1.0.json")
    driver = sarif["runs"][0]["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    assert [r["id"] for r in driver["rules"]] == ["CC001", "CC002"]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
    result = sarif["runs"][0]["results"][0]
    assert result["ruleId"] == "CC001" and "3.1 km conflicts with" in result["message"]["text"]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "articles/valley-news.txt"
    assert location["region"] == {"startLine": 5, "startColumn": 37, "endLine": 5, "endColumn": 43,
                                  "snippet": {"text": "3.1 km"}}
    related = result["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"].startswith("articles/") and "valley" not in related["artifactLocation"]["uri"]
    assert list(result["partialFingerprints"]) == ["claimcheckFinding/v1"]
