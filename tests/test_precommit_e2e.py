"""The hook through the real pre-commit framework, in a throw-away git repository.

pre-commit clones this checkout at its HEAD commit and pip-installs claimcheck into a fresh
virtualenv (PRE_COMMIT_HOME is a temporary folder), so the test sees committed code only
and takes 30-60 s: it is one test doing all four steps.  Deselect it with `-m "not slow"`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HOOK = ROOT / "fixtures" / "hook"
CORPUS_FILES = ("harbour-post.txt", "coast-herald.txt", "town-hall.txt", "sports-desk.txt")

pytestmark = pytest.mark.slow


def _checkout_head() -> str:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"{ROOT} is not a git checkout: pre-commit needs a repository and a revision to clone")
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"],
                            capture_output=True, text=True, check=False)
    if listed.returncode != 0:
        pytest.skip(".pre-commit-hooks.yaml is not committed: pre-commit only sees committed files")
    return done.stdout.strip()


def test_hook_refuses_a_contradiction_until_it_is_baselined(tmp_path: Path) -> None:
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
    rev = _checkout_head()
    repo = tmp_path / "newsroom"
    (repo / "articles").mkdir(parents=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
           "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org", "NO_COLOR": "1"}
    env.pop("CLAIMCHECK_DB", None)

    def git(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False)
        if ok:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    def claimcheck(*args: str) -> None:
        # The hook's own copy of claimcheck (pre-commit's clone of HEAD), so that the baseline
        # is written by the same code that reads it; dependencies come from this environment.
        clones = [p.parent for p in (tmp_path / "pre-commit-home").glob("repo*/.pre-commit-hooks.yaml")]
        assert len(clones) == 1, clones
        run_env = {**env, "PYTHONPATH": str(clones[0])}
        done = subprocess.run([sys.executable, "-m", "claimcheck", *args], cwd=repo, env=run_env,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr

    git("init", "-q", "-b", "main")
    for name in CORPUS_FILES:
        shutil.copy(HOOK / name, repo / "articles" / name)
    (repo / "claimcheck.toml").write_text('paths = ["articles"]\n', encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: claimcheck\n", encoding="utf-8")
    git("add", ".")
    git("commit", "-q", "--no-verify", "-m", "corpus")
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env,
                               capture_output=True, text=True, check=False)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # (1) an article that agrees with the corpus goes in
    shutil.copy(HOOK / "river-daily.txt", repo / "articles" / "river-daily.txt")
    git("add", "articles/river-daily.txt")
    done = git("commit", "-m", "agreeing article", ok=False)
    assert done.returncode == 0, done.stdout + done.stderr

    # (2) one that contradicts a stored figure is refused, naming both sides
    shutil.copy(HOOK / "valley-news.txt", repo / "articles" / "valley-news.txt")
    git("add", "articles/valley-news.txt")
    done = git("commit", "-m", "contradicting article", ok=False)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "articles/valley-news.txt:5:37: CC001" in output, output
    assert "3.1 km conflicts with 2.4" in output, output
    assert any(f"articles/{other}.txt:" in output for other in ("harbour-post", "coast-herald", "river-daily"))

    # (3) the desk accepts it into the baseline: the commit goes in
    claimcheck("baseline")
    git("add", "articles/valley-news.txt", ".claimcheck-baseline.json")
    done = git("commit", "-m", "accepted disagreement", ok=False)
    assert done.returncode == 0, done.stdout + done.stderr

    # (4) an unrelated sentence of the baselined article changes (and lines move): still fine
    article = repo / "articles" / "valley-news.txt"
    text = article.read_text(encoding="utf-8")
    edited = text.replace("The council hopes", "The mayor hopes").replace(
        "The Lommen estuary bridge, which", "Readers' letters are on page two.\n\nThe Lommen estuary bridge, which")
    assert edited.count("\n") == text.count("\n") + 2
    article.write_text(edited, encoding="utf-8")
    git("add", "articles/valley-news.txt")
    done = git("commit", "-m", "edit elsewhere", ok=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert git("status", "--porcelain").stdout == ""  # the hook left no tracked or untracked change
