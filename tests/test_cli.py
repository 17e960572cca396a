"""The command line end to end on the seed articles: exit codes, summary, JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from claimcheck import __version__
from claimcheck.cli import main
from tests.conftest import SEEDS


def run(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    return result.exit_code, result.output


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_every_command_has_help_with_text() -> None:
    for command in ("scan", "claims", "conflicts", "schema"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage:" in result.output and len(result.output.splitlines()) > 4


def test_scan_then_conflicts_on_seeds(db_path: Path) -> None:
    code, out = run(db_path, "scan", str(SEEDS))
    assert code == 0
    assert "5 files" in out and "3 conflicts" in out
    code, out = run(db_path, "conflicts", "--json")
    assert code == 1
    report = json.loads(out)
    kinds = sorted(c["kind"] for c in report["conflicts"])
    assert kinds == ["length", "money", "percent"]
    required = {"id", "source", "line", "column", "text", "sentence", "kind", "value", "low", "high", "unit",
                "qualifier", "time", "attribution"}
    for conflict in report["conflicts"]:
        assert {"id", "subject", "kind", "claims"} <= set(conflict)
        for claim in conflict["claims"]:
            assert required <= set(claim)
            assert claim["sentence"][claim["start"] - claim["sentence_start"]:][: len(claim["text"])] == claim["text"]


def test_conflicts_exit_zero_and_text_report(db_path: Path) -> None:
    run(db_path, "scan", str(SEEDS))
    code, out = run(db_path, "conflicts", "--exit-zero")
    assert code == 0
    assert "Conflict 1/3" in out and "why:" in out


def test_rescan_reuses_unchanged_files(db_path: Path) -> None:
    run(db_path, "scan", str(SEEDS))
    code, out = run(db_path, "scan", str(SEEDS))
    assert code == 0
    assert "0 read, 5 unchanged" in out


def test_missing_path_is_a_usage_error(db_path: Path, tmp_path: Path) -> None:
    code, out = run(db_path, "scan", str(tmp_path / "nope"))
    assert code == 2
    assert "no such file" in out


def test_conflicts_without_store_is_an_error(db_path: Path) -> None:
    code, out = run(db_path, "conflicts")
    assert code == 2
    assert "scan" in out


def test_schema_is_json_schema_of_both_outputs() -> None:
    result = CliRunner().invoke(main, ["schema"])
    schema = json.loads(result.output)
    assert "claims" in schema["claims"]["properties"]
    assert "conflicts" in schema["conflicts"]["properties"]


def test_stdin_is_stored_under_the_given_filename(db_path: Path) -> None:
    result = CliRunner().invoke(main, ["--db", str(db_path), "scan", "-", "--stdin-filename", "drafts/story.txt"],
                                input="The Vestra bridge is 2.4 km long, officials said.\n")
    assert result.exit_code == 0, result.output
    code, out = run(db_path, "claims", "--json")
    claims = json.loads(out)["claims"]
    assert [(c["source"], c["text"]) for c in claims] == [("drafts/story.txt", "2.4 km")]


def test_conflicts_carry_a_confidence_and_min_confidence_keeps_the_surest(db_path: Path) -> None:
    run(db_path, "scan", str(SEEDS))
    code, out = run(db_path, "conflicts", "--json")
    confidences = sorted(c["confidence"] for c in json.loads(out)["conflicts"])
    assert code == 1 and len(confidences) == 3 and all(0 < c <= 1 for c in confidences)
    middle = (confidences[0] + confidences[1]) / 2  # between the least and the next surest
    code, out = run(db_path, "conflicts", "--json", "--min-confidence", f"{middle:.4f}")
    assert code == 1 and sorted(c["confidence"] for c in json.loads(out)["conflicts"]) == confidences[1:]
    code, out = run(db_path, "conflicts", "--min-confidence", "1")
    assert (code, "No conflicts found." in out) == ((0, True) if confidences[-1] < 1 else (1, False))
    code, out = run(db_path, "conflicts", "--exit-zero")
    assert f"confidence {confidences[-1]:.2f}" in out
