"""What a user asks for (:class:`CheckOptions`) and the settings it resolves to with the configuration."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lexpert.config import FAIL_ON, REPORT_LANGS, Config, Suppression, load_config
from lexpert.errors import ConfigError
from lexpert.rules.loader import load_rules, select_rules

DRAFT_LANGS = ("kk", "ru")


@dataclass(frozen=True)
class CheckOptions:
    """Options of one check; ``None`` means "take it from the configuration, else the default"."""

    config: Path | None = None  # --config: this file instead of the one found by walking up
    select: tuple[str, ...] | None = None  # rule or factor ids to run (replaces the config's)
    ignore: tuple[str, ...] | None = None  # rule or factor ids to skip (replaces the config's)
    include: tuple[str, ...] = ()  # globs for files found in the folders given
    exclude: tuple[str, ...] = ()
    fail_on: str | None = None  # error | warning | info | never
    report_lang: str | None = None  # kk | ru | en
    lang: str | None = None  # force the drafts' language (kk | ru)
    rules_dirs: tuple[Path, ...] = ()  # extra rule folders, added to the config's
    baseline: Path | None = None  # report only findings not in this baseline file
    since: str | None = None  # git revision: report only findings in norms changed since
    jobs: int | None = None  # worker processes (default: number of cores)
    exit_zero: bool = False
    progress: bool | None = None  # None: on a terminal when CI is unset
    keep_sources: bool = True  # keep each SourceText for renderers that quote the text
    pair: bool = False  # also compare the Kazakh and Russian versions found among the files


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to check one file; picklable."""

    select: tuple[str, ...]
    ignore: tuple[str, ...]
    rules_dirs: tuple[Path, ...]
    severity: tuple[tuple[str, str], ...]
    suppress: tuple[Suppression, ...]
    config_root: Path
    config_origin: str
    lang: str | None
    report_lang: str | None
    since_commit: str | None
    since_label: str | None
    keep_sources: bool


def choice(name: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """``value`` when it is one of ``allowed`` (or ``None``); else a :class:`ConfigError`."""
    if value is not None and value not in allowed:
        raise ConfigError(None, f"{name} is '{value}'", f"Use one of: {', '.join(allowed)}.")
    return value


def load(paths: list[str], options: CheckOptions) -> Config:
    """The configuration for a check of ``paths``: ``--config``, else found walking up from the first path."""
    first = next((Path(p) for p in paths if p != "-"), Path.cwd())
    return load_config(first, explicit=options.config)


def resolve(config: Config, options: CheckOptions, since_commit: str | None = None) -> Settings:
    """Settings for the workers; unknown rule or factor ids and bad values raise :class:`ConfigError`."""
    choice("--fail-on", options.fail_on, FAIL_ON)
    choice("--report-lang", options.report_lang, REPORT_LANGS)
    choice("--lang", options.lang, DRAFT_LANGS)
    if options.jobs is not None and options.jobs < 1:
        raise ConfigError(None, f"--jobs is {options.jobs}", "Use 1 or more worker processes.")
    select = config.select if options.select is None else tuple(options.select)
    ignore = config.ignore if options.ignore is None else tuple(options.ignore)
    rules_dirs = (*config.rules_dirs, *(Path(d).resolve() for d in options.rules_dirs))
    rules = load_rules(rules_dirs)
    select_rules(rules, select, ignore)  # validates the ids before any worker starts
    known = {r.id for r in rules} | {r.factor for r in rules}
    where = str(config.path) if config.path else None
    for name in config.severity:
        if name not in known:
            raise ConfigError(where, f"severity: unknown rule or factor id '{name}'", "Run `lexpert rules list` to see the ids.")
    return Settings(
        select=select,
        ignore=ignore,
        rules_dirs=rules_dirs,
        severity=tuple(sorted(config.severity.items())),
        suppress=config.suppress,
        config_root=config.root,
        config_origin=str(config.path) if config.path else "",
        lang=options.lang,
        report_lang=options.report_lang or config.report_lang,
        since_commit=since_commit,
        since_label=options.since,
        keep_sources=options.keep_sources,
    )


def fail_on(config: Config, options: CheckOptions) -> str:
    """The severity at or above which findings fail the check."""
    return options.fail_on or config.fail_on


def jobs(options: CheckOptions, files: int) -> int:
    """Worker processes to use: the option, else the number of cores, never more than the files."""
    wanted = options.jobs or os.cpu_count() or 1
    return max(1, min(wanted, files))
