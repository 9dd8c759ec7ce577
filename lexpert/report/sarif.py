"""SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, IDE viewers)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import PurePosixPath
from urllib.parse import quote

from lexpert.errors import LexpertError
from lexpert.findings import Finding
from lexpert.ingest.model import SourceText
from lexpert.report.context import DocView, batch_lang, factor_name, factor_refs, version
from lexpert.report.i18n import t
from lexpert.rules.factors import load_factors

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
PRECISION = {"high": "high", "medium": "medium", "low": "low"}
GITHUB_SEVERITY = {"error": "error", "warning": "warning", "info": "recommendation"}
FINGERPRINT_KEY = "lexpertFingerprint/v1"


def artifact_uri(path: str) -> tuple[str, str | None]:
    """The artifact URI of a display path and its base id (``%SRCROOT%`` for relative paths)."""
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return "file://" + quote(str(posix), safe="/"), None
    return quote(str(posix), safe="/"), "%SRCROOT%"


def fingerprint(finding: Finding) -> str:
    """The finding's own fingerprint, else one from rule, path, quote and norm (no line numbers)."""
    if finding.fingerprint:
        return finding.fingerprint
    norm = " ".join(finding.norm.split())
    key = "\x1f".join((finding.rule, finding.path, finding.quote, norm))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def region(finding: Finding, source: SourceText | None) -> dict:
    """Lines, 1-based columns (code points) and the quoted snippet."""
    result: dict = {"startLine": finding.line, "endLine": max(finding.end_line, finding.line)}
    if source is not None and source.text[finding.start:finding.end] == finding.quote:
        text = source.text
        result["startColumn"] = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
        result["endColumn"] = finding.end - (text.rfind("\n", 0, finding.end) + 1) + 1
        result["charOffset"] = finding.start
        result["charLength"] = finding.end - finding.start
    result["snippet"] = {"text": finding.quote}
    return result


def _rule_name(rule_id: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", rule_id) if part)


def rule_texts(finding: Finding, lang: str) -> tuple[str, str]:
    """Why the rule's marker is a risk and how to fix it: from the rules catalogue, else from the finding."""
    try:
        from lexpert.rules.loader import load_rules

        rule = next((r for r in load_rules() if r.id == finding.rule), None)
    except (ImportError, LexpertError):
        rule = None
    if rule is not None and rule.explanation.get(lang):
        return rule.explanation[lang], rule.suggestion.get(lang, "")
    return finding.explanation, finding.suggestion


def rule_descriptor(finding: Finding, lang: str) -> dict:
    """Rule metadata: name, descriptions from the factor catalogue and the rule, help with the fix."""
    factor = load_factors().get(finding.factor)
    name = factor_name(finding.factor, lang)
    definition = factor.definition[lang] if factor else finding.message
    refs = factor_refs(factor, lang, finding.references)
    why, fix = rule_texts(finding, lang)
    parts: list[tuple[str, str]] = [("", definition)]
    if why:
        parts.append((t("why", lang), why))
    if fix:
        parts.append((t("fix", lang), fix))
    if refs:
        parts.append((t("references", lang), "; ".join(refs)))
    tags = ["corruption-risk", finding.factor] + ([factor.group] if factor else [])
    return {
        "id": finding.rule,
        "name": _rule_name(finding.rule),
        "shortDescription": {"text": name},
        "fullDescription": {"text": why or definition},
        "help": {
            "text": "\n".join(f"{label}: {body}" if label else body for label, body in parts),
            "markdown": "\n\n".join(f"**{label}**: {body}" if label else body for label, body in parts),
        },
        "defaultConfiguration": {"level": LEVELS.get(finding.severity, "warning")},
        "properties": {
            "tags": tags,
            "factor": finding.factor,
            "references": refs,
            "precision": PRECISION.get(finding.confidence, "medium"),
            "problem.severity": GITHUB_SEVERITY.get(finding.severity, "warning"),
        },
    }


def sarif_log(views: list[DocView], report_lang: str | None) -> dict:
    """The SARIF log as a dict: one run, one artifact per draft."""
    lang = batch_lang(views, report_lang)
    rules: dict[str, dict] = {}
    results: list[dict] = []
    artifacts: list[dict] = []
    notifications: list[dict] = []
    for index, view in enumerate(views):
        uri, base = artifact_uri(view.path)
        location = {"uri": uri, "index": index} | ({"uriBaseId": base} if base else {})
        artifacts.append({"location": {k: v for k, v in location.items() if k != "index"}, "roles": ["analysisTarget"]})
        for error in view.result.errors:
            notifications.append(
                {"level": "error", "message": {"text": error}, "locations": [{"physicalLocation": {"artifactLocation": location}}]}
            )
        for v in view.findings:
            f = v.finding
            if f.rule not in rules:
                rules[f.rule] = rule_descriptor(f, view.lang)
            message = f"{v.factor_name}: {f.message}"
            if f.suggestion:
                message += f" {t('fix', view.lang)}: {f.suggestion}"
            results.append(
                {
                    "ruleId": f.rule,
                    "ruleIndex": list(rules).index(f.rule),
                    "level": LEVELS.get(f.severity, "warning"),
                    "message": {"text": message},
                    "locations": [
                        {
                            "physicalLocation": {"artifactLocation": location, "region": region(f, view.source)},
                            "logicalLocations": [{"fullyQualifiedName": v.address, "kind": "member"}],
                        }
                    ],
                    "partialFingerprints": {FINGERPRINT_KEY: fingerprint(f)},
                    "properties": {
                        "factor": f.factor,
                        "confidence": f.confidence,
                        "address": dict(f.address),
                        "explanation": f.explanation,
                        "suggestion": f.suggestion,
                    },
                }
            )
    invocation: dict = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lexpert",
                        "version": version(),
                        "semanticVersion": version(),
                        "rules": list(rules.values()),
                    }
                },
                "invocations": [invocation],
                "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The working directory of the lexpert run."}}},
                "artifacts": artifacts,
                "results": results,
                "columnKind": "unicodeCodePoints",
                "language": lang,
            }
        ],
    }


def render_sarif(views: list[DocView], report_lang: str | None) -> str:
    """The SARIF JSON text."""
    return json.dumps(sarif_log(views, report_lang), ensure_ascii=False, indent=2) + "\n"
