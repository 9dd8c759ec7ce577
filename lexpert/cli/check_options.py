"""Option checks and the exit-code policy of ``lexpert check``."""

from __future__ import annotations

from fnmatch import fnmatch
from pathlib import Path

from lexpert.config import Config
from lexpert.errors import ConfigError, ExitCode
from lexpert.findings import SEVERITIES, DocumentResult


def validate_choice(option: str, value: str | None, allowed: tuple[str, ...]) -> None:
    """A usage error (exit 2) when ``value`` is given and not one of ``allowed``."""
    if value is not None and value not in allowed:
        raise ConfigError(None, f"{option}: '{value}' is not one of {', '.join(allowed)}", f"Example: {option} {allowed[0]}.")


def apply_config_to_findings(results: list[DocumentResult], cfg: Config) -> None:
    """Apply the configured severity overrides and drop suppressed findings, in place."""
    for result in results:
        kept = []
        for f in result.findings:
            level = cfg.severity.get(f.rule) or cfg.severity.get(f.factor)
            if level:
                f.severity = level
            if not any(_suppressed(s, result.path, f.rule, f.factor, f.address, cfg.root) for s in cfg.suppress):
                kept.append(f)
        result.findings = kept


def _suppressed(s, path: str, rule: str, factor: str, address: dict[str, str], root: Path) -> bool:
    rel = str(Path(path).resolve().relative_to(root.resolve())) if Path(path).resolve().is_relative_to(root.resolve()) else path
    return (
        (fnmatch(rel, s.file) or fnmatch(path, s.file))
        and s.rule in (rule, factor)
        and s.address in (address.get("ru"), address.get("kk"), "*")
    )


def exit_code(results: list[DocumentResult], fail_on: str, exit_zero: bool) -> int:
    """2 when a draft could not be read, else 1 when a finding reaches ``fail_on``, else 0."""
    if any(r.errors for r in results):
        return ExitCode.ERROR
    if exit_zero or fail_on == "never":
        return ExitCode.OK
    worst = SEVERITIES.index(fail_on)
    failing = any(SEVERITIES.index(f.severity) <= worst for r in results for f in r.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK
