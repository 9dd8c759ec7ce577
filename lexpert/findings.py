"""The finding type every rule and check produces, and the per-document result.

The JSON form (schema ``lexpert.findings/1``) is stable: other tools read it.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

SCHEMA = "lexpert.findings/1"
SEVERITIES = ("error", "warning", "info")  # most to least severe
CONFIDENCES = ("high", "medium", "low")

@dataclass
class Finding:
    """One corruption-risk factor found in one norm."""

    rule: str
    factor: str
    severity: str
    confidence: str
    path: str
    line: int
    end_line: int
    start: int
    end: int
    address: dict[str, str]
    quote: str
    message: str
    explanation: str
    suggestion: str
    lang: str = ""
    norm: str = ""  # full text of the structural unit the finding is in
    references: list[str] = field(default_factory=list)  # e.g. ["RU Decree 96 §3(б)", "KZ ..."]
    fingerprint: str = ""

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return asdict(self)

@dataclass
class DocumentResult:
    """Everything ``check`` learnt about one draft."""

    path: str
    lang: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    title: str = ""
    words: int = 0

    def to_dict(self) -> dict:
        """JSON-ready dict (``documents[]`` item of the findings schema)."""
        return {
            "path": self.path,
            "lang": self.lang,
            "title": self.title,
            "words": self.words,
            "findings": [f.to_dict() for f in self.findings],
            "errors": list(self.errors),
        }


def normalise(text: str) -> str:
    """Case-folded, ё as е, single spaces: how quotes and addresses are compared."""
    return " ".join(text.casefold().replace("ё", "е").split())


def fingerprint(rule: str, address: dict[str, str], quote: str) -> str:
    """Stable id of a finding: rule + structural address + normalised quote (not the line)."""
    where = address.get("ru") or address.get("kk") or ""
    digest = hashlib.sha1(f"{rule}\x1f{where}\x1f{normalise(quote)}".encode("utf-8")).hexdigest()
    return digest[:16]
