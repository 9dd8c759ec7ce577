"""The fixed strings of every report, in kk, ru and en (from ``strings.yaml``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

REPORT_LANGS = ("kk", "ru", "en")


@lru_cache(maxsize=1)
def _strings() -> dict[str, dict[str, str]]:
    text = resources.files("lexpert.report").joinpath("strings.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    for key, texts in data.items():
        missing = [lang for lang in REPORT_LANGS if not isinstance(texts.get(lang), str)]
        if missing:
            raise ValueError(f"lexpert/report/strings.yaml: {key!r} lacks {', '.join(missing)}")
    return data


def t(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang`` with ``{placeholders}`` filled from ``values``."""
    text = _strings()[key][lang if lang in REPORT_LANGS else "en"]
    return text.format(**values) if values else text


def keys() -> list[str]:
    """Every string key (tests check each has all three languages)."""
    return list(_strings())
