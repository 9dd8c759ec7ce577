"""Notices are asserted in English: the LEXPERT_LANG of the environment must not change them."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEXPERT_LANG", raising=False)
