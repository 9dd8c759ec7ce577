"""Project configuration: ``lexpert.toml`` or ``[tool.lexpert]`` in ``pyproject.toml``.

The file is found by walking up from the checked path (``--config`` and the
``LEXPERT_CONFIG`` environment variable take precedence).  Unknown keys and bad
values are :class:`~lexpert.errors.ConfigError` (exit code 2) naming the file
and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lexpert.errors import ConfigError
from lexpert.findings import SEVERITIES

CONFIG_NAME = "lexpert.toml"
ENV_VAR = "LEXPERT_CONFIG"
REPORT_LANGS = ("kk", "ru", "en")
FAIL_ON = (*SEVERITIES, "never")


@dataclass(frozen=True)
class Suppression:
    """A finding the team accepted: file + structural address + rule, with a reason."""

    file: str
    address: str
    rule: str
    reason: str


@dataclass
class Config:
    """Effective settings; defaults apply when no file is found."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    fail_on: str = "warning"
    report_lang: str | None = None
    rules_dirs: tuple[Path, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    suppress: tuple[Suppression, ...] = ()

    @property
    def root(self) -> Path:
        """Folder that relative paths in the file are resolved against."""
        return self.path.parent if self.path else Path.cwd()


def find_config_file(start: Path) -> Path | None:
    """The nearest ``lexpert.toml`` or ``pyproject.toml`` with ``[tool.lexpert]`` at or above ``start``."""
    folder = start.resolve()
    if folder.is_file() or not folder.exists():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "lexpert" in _read_toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(start: Path | None = None, explicit: Path | None = None) -> Config:
    """Load the configuration for a check started at ``start`` (a path being checked)."""
    path = explicit or (Path(os.environ[ENV_VAR]) if os.environ.get(ENV_VAR) else None)
    if path is not None and not path.is_file():
        raise ConfigError(str(path), "configuration file not found", "Check the path given to --config or LEXPERT_CONFIG.")
    if path is None:
        path = find_config_file(start or Path.cwd())
    if path is None:
        return Config()
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("lexpert", {})
    return _parse(path, data)


_KEYS = {"select", "ignore", "severity", "fail-on", "report-lang", "rules-dirs", "include", "exclude", "suppress"}
_SUPPRESS_KEYS = {"file", "address", "rule", "reason"}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), f"not valid TOML ({exc})", "Fix the syntax; `lexpert init` writes a valid example.") from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot be read ({exc.strerror})", "Check the file's permissions.") from None


def _parse(path: Path, data: dict[str, Any]) -> Config:
    where = str(path)
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise ConfigError(where, f"unknown key '{unknown[0]}'", f"Known keys: {', '.join(sorted(_KEYS))}.")
    severity = data.get("severity", {})
    if not isinstance(severity, dict) or not all(isinstance(v, str) for v in severity.values()):
        raise ConfigError(where, "'severity' must be a table of rule or factor id = level", 'Example: [severity] "dangling-reference" = "info".')
    for rule, level in severity.items():
        _choice(where, f"severity.{rule}", level, SEVERITIES)
    fail_on = _choice(where, "fail-on", data.get("fail-on", "warning"), FAIL_ON)
    report_lang = data.get("report-lang")
    if report_lang is not None:
        _choice(where, "report-lang", report_lang, REPORT_LANGS)
    root = path.parent
    return Config(
        path=path,
        select=_strings(where, "select", data),
        ignore=_strings(where, "ignore", data),
        severity=dict(severity),
        fail_on=fail_on,
        report_lang=report_lang,
        rules_dirs=tuple((root / d).resolve() for d in _strings(where, "rules-dirs", data)),
        include=_strings(where, "include", data),
        exclude=_strings(where, "exclude", data),
        suppress=_suppressions(where, data.get("suppress", [])),
    )


def _choice(where: str, key: str, value: Any, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ConfigError(where, f"'{key}' is {value!r}", f"Use one of: {', '.join(allowed)}.")
    return value


def _strings(where: str, key: str, data: dict[str, Any]) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(where, f"'{key}' must be a list of strings", f'Example: {key} = ["..."].')
    return tuple(value)


def _suppressions(where: str, entries: Any) -> tuple[Suppression, ...]:
    if not isinstance(entries, list):
        raise ConfigError(where, "'suppress' must be an array of tables", "Write each one as [[suppress]] with file, address, rule, reason.")
    result = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise ConfigError(where, f"suppress #{number} is not a table", "Write it as [[suppress]].")
        unknown = sorted(set(entry) - _SUPPRESS_KEYS)
        if unknown:
            raise ConfigError(where, f"suppress #{number} has unknown key '{unknown[0]}'", "Keys: file, address, rule, reason.")
        missing = [k for k in ("file", "address", "rule", "reason") if not str(entry.get(k, "")).strip()]
        if missing:
            raise ConfigError(where, f"suppress #{number} has no '{missing[0]}'", "Every suppression needs file, address, rule and a reason.")
        result.append(Suppression(**{k: str(entry[k]).strip() for k in _SUPPRESS_KEYS}))
    return tuple(result)


STARTER = """\
# lexpert configuration. Found by walking up from the checked path.
# Every key is optional; remove the comment mark to use one.

# Rules or factors to run (default: all) and to skip.
# select = ["broad-discretion", "missing-deadline"]
# ignore = ["legal-linguistic-uncertainty"]

# Change the severity of a rule or a whole factor: error, warning or info.
# [severity]
# "dangling-reference" = "info"

# Exit with code 1 when a finding at or above this severity is found
# (error, warning, info, or never).
fail-on = "warning"

# Language of reports: kk, ru or en (default: the draft's language).
# report-lang = "ru"

# Extra folders with rule YAML files, relative to this file.
# rules-dirs = ["lexpert-rules"]

# Which files a folder check reads (glob patterns relative to this file).
# include = ["drafts/**/*.docx", "drafts/**/*.txt"]
# exclude = ["drafts/archive/**"]

# Accepted findings: file, structural address ("*" for the whole file), rule
# and a reason (required).
# [[suppress]]
# file = "drafts/law.docx"
# address = "подпункт 3) пункта 2 статьи 5"
# rule = "may-instead-of-must"
# reason = "The discretion is bounded by the criteria in article 7."
"""
