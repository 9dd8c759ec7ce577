"""Every fixed report string exists in kk, ru and en with the same placeholders."""

from __future__ import annotations

import string

import pytest

from lexpert.report.i18n import REPORT_LANGS, keys, t


def _fields(text: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.mark.parametrize("key", keys())
def test_string_in_every_language(key: str) -> None:
    texts = {lang: t(key, lang) for lang in REPORT_LANGS}
    assert all(texts[lang].strip() for lang in REPORT_LANGS), key
    assert len({_fields(texts[lang]) for lang in REPORT_LANGS}) == 1, f"{key}: placeholders differ"


def test_strings_are_translated() -> None:
    assert len({t("findings", lang) for lang in REPORT_LANGS}) == 3
    assert t("line", "kk", n=7) == "7-жол"
