"""Shared fixtures: paths to the seed articles and the labeled corpus, and a temp store."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "fixtures" / "corpus"


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "claims.db"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds a virtualenv or a large corpus; deselect with -m 'not slow'")
