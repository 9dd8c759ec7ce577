"""Machine-readable report, schema ``lexpert.findings/1`` (``docs/findings.schema.json``)."""

from __future__ import annotations

import json
from collections import Counter

from lexpert.findings import SCHEMA, SEVERITIES
from lexpert.report.context import DocView, version


def report_dict(views: list[DocView]) -> dict:
    """The JSON document as a dict."""
    documents = []
    for view in views:
        doc = view.result.to_dict()
        doc["risk"] = {"index": view.risk.index, "level": view.risk.level}
        documents.append(doc)
    findings = [f for v in views for f in v.result.findings]
    severities = Counter(f.severity for f in findings)
    return {
        "schema": SCHEMA,
        "tool": {"name": "lexpert", "version": version()},
        "documents": documents,
        "summary": {
            "documents": len(views),
            "findings": len(findings),
            "errors": sum(len(v.result.errors) for v in views),
            "by_severity": {s: severities[s] for s in SEVERITIES},
            "by_factor": dict(sorted(Counter(f.factor for f in findings).items())),
        },
    }


def render_json(views: list[DocView]) -> str:
    """The JSON text (UTF-8, indented, stable key order)."""
    return json.dumps(report_dict(views), ensure_ascii=False, indent=2) + "\n"
