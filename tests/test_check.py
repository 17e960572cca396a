"""`claimcheck check` and `claimcheck baseline` on a small invented corpus (fixtures/hook)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claimcheck.cli import CHECK_FORMATS, main
from claimcheck.report.findings import FORMAT_CHOICES, formatter_for
from tests.conftest import ROOT

HOOK = ROOT / "fixtures" / "hook"
CORPUS_FILES = ("harbour-post.txt", "coast-herald.txt", "town-hall.txt", "sports-desk.txt")
NEW = "articles/valley-news.txt"
FINDING = re.compile(
    r"^articles/valley-news\.txt:5:37: CC001 .*3\.1 km conflicts with 2\.4[- ]k\w+ in "
    r"articles/(coast-herald|harbour-post|river-daily)\.txt:\d+:\d+$", re.M)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    for name in CORPUS_FILES:
        shutil.copy(HOOK / name, tmp_path / "articles" / name)
    (tmp_path / "claimcheck.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMCHECK_DB", raising=False)
    return tmp_path


def add(project: Path, name: str) -> Path:
    target = project / "articles" / name
    shutil.copy(HOOK / name, target)
    return target


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_agreeing_article_passes(project: Path) -> None:
    add(project, "river-daily.txt")
    result = run("check", "articles/river-daily.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""


def test_contradicting_article_is_reported_as_a_linter_line(project: Path) -> None:
    add(project, "valley-news.txt")
    result = run("check", NEW)
    assert result.exit_code == 1
    assert FINDING.search(result.stdout), result.stdout
    assert "1 checked file" in result.stderr


def test_baseline_accepts_then_edits_elsewhere_keep_it_and_a_new_value_resurrects_it(project: Path) -> None:
    article = add(project, "valley-news.txt")
    result = run("baseline")
    assert result.exit_code == 0, result.output
    data = json.loads((project / ".claimcheck-baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["findings"]
    assert {"source": NEW, "kind": "length", "text": "3.1 km", "value": "3.1"} in data["findings"][0]["claims"]
    assert run("check", NEW).exit_code == 0

    text = article.read_text(encoding="utf-8")
    article.write_text("Updated at noon.\n\nA new first paragraph moves every line down.\n\n"
                       + text.replace("The council hopes", "The mayor hopes"), encoding="utf-8")
    result = run("check", NEW)
    assert result.exit_code == 0, result.output
    assert re.search(r"\(\d+ in the baseline", result.stderr) and "(0 in the baseline" not in result.stderr

    article.write_text(article.read_text(encoding="utf-8").replace("3.1 km", "3.4 km"), encoding="utf-8")
    result = run("check", NEW)
    assert result.exit_code == 1
    assert "3.4 km conflicts with" in result.stdout and ":9:37: CC001" in result.stdout


def test_inline_suppression_by_code(project: Path) -> None:
    article = add(project, "valley-news.txt")
    text = article.read_text(encoding="utf-8")
    marker = "<!-- claimcheck: ignore[{}] -->\nThe Lommen estuary bridge, which"
    article.write_text(text.replace("The Lommen estuary bridge, which", marker.format("CC002")), encoding="utf-8")
    result = run("check", NEW)
    assert result.exit_code == 1 and ":6:37: CC001" in result.stdout
    article.write_text(text.replace("The Lommen estuary bridge, which", marker.format("CC001")), encoding="utf-8")
    result = run("check", NEW)
    assert result.exit_code == 0, result.output
    assert " 0 ignored inline" not in result.stderr


def test_split_calls_give_the_same_findings_as_one_call(project: Path) -> None:
    add(project, "valley-news.txt")
    add(project, "river-daily.txt")
    together = run("check", NEW, "articles/river-daily.txt").stdout.splitlines()
    apart = run("check", NEW).stdout.splitlines() + run("check", "articles/river-daily.txt").stdout.splitlines()
    assert together and sorted(together) == sorted(apart)


def test_unchanged_corpus_is_not_read_again(project: Path) -> None:
    add(project, "valley-news.txt")
    assert "corpus 5 articles, 5 read" in run("check", NEW).stderr
    assert "corpus 5 articles, 0 read" in run("check", NEW).stderr


def test_json_format_carries_the_claim_objects(project: Path) -> None:
    add(project, "valley-news.txt")
    result = run("check", "--format", "json", NEW)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["schema_version"] == 1
    finding = report["findings"][0]
    assert finding["code"] == "CC001" and finding["kind"] == "length"
    assert finding["claim"]["source"] == NEW and finding["claim"]["text"] == "3.1 km"
    assert finding["claim"]["line"] == 5 and finding["claim"]["column"] == 37
    assert {"id", "line", "column", "start", "end", "value", "low", "high", "unit"} <= set(finding["other"])


def test_github_format(project: Path) -> None:
    add(project, "valley-news.txt")
    result = run("check", "--format", "github", NEW)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={NEW},line=5,col=37,endColumn=43,title=CC001 ")


def test_every_format_choice_has_a_formatter() -> None:
    assert set(CHECK_FORMATS) == set(FORMAT_CHOICES)
    for name in CHECK_FORMATS:
        assert isinstance(formatter_for(name).format([]), str)


def test_files_outside_the_corpus_are_left_alone(project: Path) -> None:
    (project / "notes.md").write_text("The bridge is 9 km long.\n", encoding="utf-8")
    result = run("check", "notes.md")
    assert result.exit_code == 0
    assert "notes.md is not part of the corpus" in result.stderr


def test_excluded_files_are_not_in_the_corpus(project: Path) -> None:
    add(project, "valley-news.txt")
    result = run("check", "--exclude", "valley-*", NEW)
    assert result.exit_code == 0
    assert "not part of the corpus" in result.stderr


def test_missing_file_exits_2(project: Path) -> None:
    result = run("check", "articles/nope.txt")
    assert result.exit_code == 2
    assert "no such file" in result.output


def test_check_and_baseline_have_help() -> None:
    for command in ("check", "baseline"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Examples:" in result.output


def test_min_confidence_from_the_configuration_or_the_command_line_quiets_unsure_findings(project: Path) -> None:
    add(project, "valley-news.txt")
    assert run("check", NEW).exit_code == 1
    stored = json.loads(run("--db", ".claimcheck/claims.db", "conflicts", "--json", "--file", NEW).stdout)
    sure = min(c["confidence"] for c in stored["conflicts"])
    above, below = f"{min(1.0, sure + 0.001):.4f}", f"{sure - 0.001:.4f}"
    assert run("check", "--min-confidence", below, NEW).exit_code == 1
    (project / "claimcheck.toml").write_text(f'paths = ["articles"]\nmin-confidence = {above}\n', encoding="utf-8")
    quiet = run("check", NEW)
    assert quiet.exit_code == 0 and not FINDING.search(quiet.stdout)
    assert run("check", "--min-confidence", below, NEW).exit_code == 1  # the flag beats the file
