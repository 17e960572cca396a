"""Settings from claimcheck.toml / pyproject.toml: discovery, precedence, validation."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.config import ConfigError, find_project_root, load_settings


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "articles").mkdir()
    return tmp_path


def test_defaults_without_any_configuration(project: Path) -> None:
    settings = load_settings(project)
    assert settings.root == project.resolve()
    assert settings.paths == (project.resolve(),)
    assert settings.baseline == project.resolve() / ".claimcheck-baseline.json"
    assert settings.db == project.resolve() / ".claimcheck" / "claims.db"
    assert settings.include == () and settings.exclude == () and settings.config_file is None


def test_project_root_found_from_a_subfolder(project: Path) -> None:
    assert find_project_root(project / "articles") == project.resolve()


def test_pyproject_table_with_kebab_keys_and_paths_relative_to_the_file(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[tool.claimcheck]\npaths = ["articles"]\nexclude = ["*.draft.md"]\nbaseline = "review/base.json"\n'
        'max-size = 2\n', encoding="utf-8")
    settings = load_settings(project / "articles")
    assert settings.paths == (project.resolve() / "articles",)
    assert settings.exclude == ("*.draft.md",)
    assert settings.baseline == project.resolve() / "review" / "base.json"
    assert settings.max_size_mb == 2
    assert settings.config_file == project.resolve() / "pyproject.toml"


def test_nearest_file_wins_and_claimcheck_toml_beats_pyproject(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.claimcheck]\npaths = ["."]\n', encoding="utf-8")
    (project / "articles" / "claimcheck.toml").write_text('paths = ["."]\nexclude = ["old/*"]\n', encoding="utf-8")
    (project / "articles" / "pyproject.toml").write_text('[tool.claimcheck]\nexclude = ["x"]\n', encoding="utf-8")
    settings = load_settings(project / "articles")
    assert settings.config_file == project.resolve() / "articles" / "claimcheck.toml"
    assert settings.exclude == ("old/*",)


def test_pyproject_without_the_table_is_not_a_configuration(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (project / "claimcheck.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    assert load_settings(project).config_file == project.resolve() / "claimcheck.toml"


def test_flags_beat_the_file(project: Path) -> None:
    (project / "claimcheck.toml").write_text('paths = ["articles"]\nbaseline = "a.json"\n', encoding="utf-8")
    settings = load_settings(project, overrides={"baseline": "b.json", "paths": None, "exclude": None})
    assert settings.baseline == project.resolve() / "b.json"
    assert settings.paths == (project.resolve() / "articles",)


@pytest.mark.parametrize(("body", "named"), [
    ('pathz = ["a"]\n', "'pathz'"),
    ('max_size = 3\n', "did you mean 'max-size'"),
    ('paths = "articles"\n', "'paths' must be a list"),
    ('paths = []\n', "'paths' must name at least one folder"),
    ('exclude = [1]\n', "'exclude' must be a list"),
    ('max-size = 0\n', "'max-size' must be a whole number"),
    ('baseline = 3\n', "'baseline' must be a path"),
    ('min-confidence = 1.5\n', "'min-confidence' must be a number from 0 to 1"),
    ('min-confidence = true\n', "'min-confidence' must be a number from 0 to 1"),
    ('paths = [\n', "not valid TOML"),
])
def test_bad_configuration_is_rejected_naming_the_key(project: Path, body: str, named: str) -> None:
    (project / "claimcheck.toml").write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match="claimcheck.toml") as info:
        load_settings(project)
    assert named in str(info.value)


def test_cli_exits_2_on_a_bad_key(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (project / "claimcheck.toml").write_text('colour = "red"\n', encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 2
    assert "unknown key 'colour'" in result.output


def test_explicit_config_file(project: Path) -> None:
    other = project / "ci.toml"
    other.write_text('paths = ["articles"]\n', encoding="utf-8")
    (project / "claimcheck.toml").write_text('paths = ["."]\n', encoding="utf-8")
    assert load_settings(project, config_file=other).paths == (project.resolve() / "articles",)
