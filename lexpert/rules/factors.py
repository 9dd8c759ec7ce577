"""The factor catalogue: ids, names, definitions and methodology references."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lexpert.rules.yamlfile import parse_yaml

LANGS = ("kk", "ru", "en")


@dataclass(frozen=True)
class Factor:
    """One corruption-risk factor of the catalogue."""

    id: str
    name: dict[str, str]
    definition: dict[str, str]
    group: str
    group_name: dict[str, str]
    scored: bool = False
    decree96: str | None = None  # item of RF Government Decree No. 96, e.g. "3(б)"
    kz: str = ""  # Kazakhstan legal basis
    other: tuple[str, ...] = ()

    @property
    def references(self) -> list[str]:
        """Human-readable methodology references, most authoritative first."""
        refs = [f"RU Decree 96 §{self.decree96}"] if self.decree96 else []
        if self.kz:
            refs.append(self.kz)
        refs.extend(self.other)
        return refs

    def to_dict(self) -> dict:
        """JSON-ready dict (renderers and ``rules explain`` use it)."""
        return {
            "id": self.id,
            "name": dict(self.name),
            "definition": dict(self.definition),
            "group": self.group,
            "group_name": dict(self.group_name),
            "scored": self.scored,
            "decree96": self.decree96,
            "references": self.references,
        }


def _texts(raw: dict, key: str, fid: str) -> dict[str, str]:
    value = raw.get(key)
    if not isinstance(value, dict) or any(not isinstance(value.get(lang), str) for lang in LANGS):
        raise ValueError(f"factors.yaml: factor {fid!r}: {key!r} needs kk, ru and en texts")
    return {lang: value[lang] for lang in LANGS}


@lru_cache(maxsize=1)
def load_factors() -> dict[str, Factor]:
    """All factors of the catalogue, by id, in catalogue order."""
    text = resources.files("lexpert.rules").joinpath("factors.yaml").read_text(encoding="utf-8")
    data = parse_yaml(text)
    groups = data["groups"]
    factors: dict[str, Factor] = {}
    for fid, raw in data["factors"].items():
        group = raw.get("group")
        if group not in groups:
            raise ValueError(f"factors.yaml: factor {fid!r}: unknown group {group!r}")
        factors[fid] = Factor(
            id=fid,
            name=_texts(raw, "name", fid),
            definition=_texts(raw, "definition", fid),
            group=group,
            group_name=dict(groups[group]),
            scored=bool(raw.get("scored", False)),
            decree96=raw.get("decree96"),
            kz=raw.get("kz", ""),
            other=tuple(raw.get("other", ())),
        )
    return factors


def scored_factor_ids() -> list[str]:
    """Ids of the factors the gold labels score."""
    return [f.id for f in load_factors().values() if f.scored]
