"""Loading the rule pack: YAML rules under ``data/`` (and extra folders) plus the Python checks."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from lexpert.errors import ConfigError
from lexpert.rules.checks import CHECKS
from lexpert.rules.factors import load_factors
from lexpert.rules.model import Rule, parse_rule
from lexpert.rules.yamlfile import parse_yaml

DATA_DIR = Path(__file__).parent / "data"
CHECKS_DIR = Path(__file__).parent / "checks"


def _read(path: Path) -> object:
    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(str(path), f"not valid YAML ({exc})", "Fix the syntax of the rule file.") from None
    except OSError as exc:
        raise ConfigError(str(path), f"cannot be read ({exc.strerror})") from None


def load_dir(folder: Path, lazy: bool = False) -> list[Rule]:
    """All YAML rules under ``folder`` (any depth), sorted by id; ``lazy``: regexes compiled on first use."""
    if not folder.is_dir():
        raise ConfigError(str(folder), "rules folder not found", "Give --rules a folder of <id>.yaml files.")
    factors = load_factors()
    rules = []
    for path in sorted(folder.rglob("*.yaml")):
        rule = parse_rule(_read(path), path, lazy=lazy)
        if rule.factor not in factors:
            raise ConfigError(str(path), f"key 'factor': unknown factor '{rule.factor}'", "See lexpert/rules/factors.yaml.")
        rules.append(rule)
    return rules


def load_checks() -> list[Rule]:
    """The registered Python checks, with their metadata from ``checks/<id>.yaml`` (regexes compiled on first use)."""
    return [parse_rule(_read(CHECKS_DIR / f"{rid}.yaml"), CHECKS_DIR / f"{rid}.yaml", find, lazy=True) for rid, find in CHECKS.items()]


@lru_cache(maxsize=1)
def _builtin() -> tuple[Rule, ...]:
    """The built-in catalogue, its regexes compiled on first use (the tests compile every one)."""
    return tuple(load_dir(DATA_DIR, lazy=True) + load_checks())


def load_rules(extra_dirs: tuple[Path, ...] = ()) -> list[Rule]:
    """The built-in rules and checks plus the rules of ``extra_dirs``; ids must be unique."""
    rules = list(_builtin())
    for folder in extra_dirs:
        rules.extend(load_dir(Path(folder)))
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise ConfigError(rule.path, f"rule id '{rule.id}' is already used by {seen[rule.id]}", "Rule ids must be unique.")
        seen[rule.id] = rule.path
    return sorted(rules, key=lambda r: (r.factor, r.id))


def select_rules(rules: list[Rule], select: tuple[str, ...] = (), ignore: tuple[str, ...] = ()) -> list[Rule]:
    """Keep the rules whose id or factor is selected (all when empty) and not ignored."""
    known = {r.id for r in rules} | {r.factor for r in rules}
    for name in (*select, *ignore):
        if name not in known:
            raise ConfigError(None, f"unknown rule or factor id '{name}'", "Run `lexpert rules list` to see the ids.")
    picked = [r for r in rules if not select or r.id in select or r.factor in select]
    return [r for r in picked if r.id not in ignore and r.factor not in ignore]
