"""The result of comparing two language versions; its JSON form is ``lexpert.compare/1``."""

from __future__ import annotations

from dataclasses import dataclass, field

from lexpert.compare.messages import render

SCHEMA = "lexpert.compare/1"  # JSON Schema: data/compare.schema.json
KINDS = (
    "missing_unit", "number", "percentage", "amount", "date", "deadline",
    "act_reference", "modality", "body", "open_list", "finding",
)


@dataclass(frozen=True)
class Side:
    """Where a discrepancy is in one version: structural address, 1-based line, quote."""

    address: str
    line: int
    quote: str

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {"address": self.address, "line": self.line, "quote": self.quote}


@dataclass(frozen=True)
class Discrepancy:
    """One difference between the versions; ``None`` on the side where the unit is missing."""

    kind: str
    kk: Side | None
    ru: Side | None
    kk_values: tuple[str, ...] = ()  # what the Kazakh text says (surface forms)
    ru_values: tuple[str, ...] = ()
    detail: str = ""  # e.g. the factor of a finding

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` (kk, ru or en)."""
        return render(self, lang)

    def to_dict(self, lang: str = "en") -> dict:
        """JSON-ready dict."""
        return {
            "kind": self.kind,
            "kk": self.kk.to_dict() if self.kk else None,
            "ru": self.ru.to_dict() if self.ru else None,
            "message": self.message(lang),
        }


@dataclass
class CompareResult:
    """Everything ``compare`` found for one pair of files."""

    kk_path: str
    ru_path: str
    aligned: int = 0
    discrepancies: list[Discrepancy] = field(default_factory=list)

    def to_dict(self, lang: str = "en") -> dict:
        """JSON-ready dict (schema ``lexpert.compare/1``)."""
        return {
            "schema": SCHEMA,
            "kk_path": self.kk_path,
            "ru_path": self.ru_path,
            "aligned": self.aligned,
            "discrepancies": [d.to_dict(lang) for d in self.discrepancies],
        }
