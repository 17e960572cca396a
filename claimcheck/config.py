"""One frozen Settings object from configuration files and command-line overrides.

Configuration lives in ``claimcheck.toml`` (keys at the top level) or in ``pyproject.toml``
under ``[tool.claimcheck]``.  The nearest file wins, looking from the starting folder up to
the project root; the project root is found as black finds it (the nearest folder holding
``.git``, ``.hg`` or ``pyproject.toml``).  Keys are kebab-case.  Precedence: command-line
flags, then the configuration file, then defaults.  Relative paths in a file are relative to
that file's folder; relative paths given as flags are relative to the current directory.

Nothing here is global: callers build a Settings with :func:`load_settings` and pass it on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError

__all__ = [
    "CONFIG_FILE",
    "DEFAULT_BASELINE",
    "DEFAULT_DB",
    "KEYS",
    "ConfigError",
    "Settings",
    "find_config",
    "find_project_root",
    "load_settings",
]

CONFIG_FILE = "claimcheck.toml"
PYPROJECT = "pyproject.toml"
DEFAULT_BASELINE = ".claimcheck-baseline.json"
DEFAULT_DB = ".claimcheck/claims.db"
ROOT_MARKERS = (".git", ".hg", PYPROJECT)

# key -> (kind, help); kinds: "paths" (list of strings), "globs" (list of strings), "path", "size",
# "fraction" (a number from 0 to 1)
KEYS: dict[str, tuple[str, str]] = {
    "paths": ("paths", "article folders (or files) that make up the corpus; default: the project root"),
    "include": ("globs", "only corpus files matching one of these globs (default: every .txt, .md, .html)"),
    "exclude": ("globs", "corpus files matching one of these globs are left out"),
    "baseline": ("path", f"the reviewed baseline file; default {DEFAULT_BASELINE}"),
    "db": ("path", f"the claim store; default {DEFAULT_DB}"),
    "max-size": ("size", "skip articles larger than this many megabytes; default 5"),
    "min-confidence": ("fraction", "report only conflicts at least this surely about one thing (0-1); default 0"),
}


class ConfigError(ClaimcheckError):
    """A configuration file cannot be read, or holds an unknown key or a bad value."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything ``check`` and ``baseline`` need to know, resolved to absolute paths."""

    root: Path
    paths: tuple[Path, ...]
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    baseline: Path = Path(DEFAULT_BASELINE)
    db: Path = Path(DEFAULT_DB)
    max_size_mb: int = 5
    min_confidence: float = 0.0
    config_file: Path | None = None

    def relative(self, path: Path) -> str:
        """``path`` relative to the project root, with '/' (as stored and reported)."""
        try:
            rel = path.resolve().relative_to(self.root)
        except ValueError:
            return path.resolve().as_posix()
        return rel.as_posix() or "."


def find_project_root(start: Path) -> Path:
    """The nearest folder from ``start`` upwards holding .git, .hg or pyproject.toml;
    ``start`` itself when there is none."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if any((folder / marker).exists() for marker in ROOT_MARKERS):
            return folder
    return start


def find_config(start: Path, root: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration between ``start`` and ``root`` and its claimcheck table.

    In one folder ``claimcheck.toml`` wins over ``pyproject.toml``; a pyproject.toml without
    a ``[tool.claimcheck]`` table is not a configuration.  Raises ConfigError on bad TOML.
    """
    start, root = start.resolve(), root.resolve()
    folders = [start, *start.parents]
    if root in folders:
        folders = folders[: folders.index(root) + 1]
    else:
        folders = [start]
    for folder in folders:
        own = folder / CONFIG_FILE
        if own.is_file():
            return own, _read_toml(own)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            tool = _read_toml(pyproject).get("tool", {})
            if isinstance(tool, dict) and "claimcheck" in tool:
                table = tool["claimcheck"]
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.claimcheck] must be a table")
                return pyproject, table
    return None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def load_settings(start: Path | None = None, *, config_file: Path | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """Settings for a run started in ``start`` (default: the current directory).

    ``config_file`` names a configuration explicitly (a claimcheck.toml, or a pyproject.toml
    read for its ``[tool.claimcheck]`` table); ``overrides`` are command-line values under the
    same kebab-case keys (``None`` values are ignored).  Raises ConfigError naming the key
    and the file for unknown keys and bad values.
    """
    start = (start or Path.cwd()).resolve()
    root = find_project_root(start)
    found: tuple[Path, dict[str, Any]] | None
    if config_file is not None:
        config_file = config_file.resolve()
        data = _read_toml(config_file)
        if config_file.name == PYPROJECT:
            tool = data.get("tool", {})
            data = tool.get("claimcheck", {}) if isinstance(tool, dict) else {}
        found = (config_file, data)
    else:
        found = find_config(start, root)
    values: dict[str, Any] = {}
    source: Path | None = None
    if found is not None:
        source, table = found
        values.update(_validate(table, where=str(source), base=source.parent))
    if overrides:
        given = {k: v for k, v in overrides.items() if v is not None and v != ()}
        values.update(_validate(given, where="command line", base=start))
    return Settings(
        root=root,
        paths=tuple(values.get("paths", (root,))),
        include=tuple(values.get("include", ())),
        exclude=tuple(values.get("exclude", ())),
        baseline=values.get("baseline", root / DEFAULT_BASELINE),
        db=values.get("db", root / DEFAULT_DB),
        max_size_mb=values.get("max-size", 5),
        min_confidence=values.get("min-confidence", 0.0),
        config_file=source,
    )


def _validate(table: Mapping[str, Any], *, where: str, base: Path) -> dict[str, Any]:
    """Check each key and value; relative paths are resolved against ``base``."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if key not in KEYS:
            hint = f" (did you mean {key.replace('_', '-')!r}?)" if key.replace("_", "-") in KEYS else ""
            known = ", ".join(KEYS)
            raise ConfigError(f"{where}: unknown key {key!r}{hint}; known keys: {known}")
        kind = KEYS[key][0]
        if kind in ("paths", "globs"):
            if isinstance(value, str):
                value = [value] if kind == "globs" or where == "command line" else value
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v for v in value):
                raise ConfigError(f"{where}: {key!r} must be a list of non-empty strings, not {value!r}")
            if kind == "paths":
                if not value:
                    raise ConfigError(f"{where}: {key!r} must name at least one folder")
                out[key] = [(base / v).resolve() for v in value]
            else:
                out[key] = list(value)
        elif kind == "path":
            if not isinstance(value, (str, Path)) or not str(value):
                raise ConfigError(f"{where}: {key!r} must be a path (a string), not {value!r}")
            out[key] = (base / value).resolve()
        elif kind == "fraction":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise ConfigError(f"{where}: {key!r} must be a number from 0 to 1, not {value!r}")
            out[key] = float(value)
        elif kind == "size":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"{where}: {key!r} must be a whole number of megabytes, at least 1, not {value!r}")
            out[key] = value
    return out
