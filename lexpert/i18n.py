"""The language of lexpert's own messages (errors, notices): ``LEXPERT_LANG``, default English."""

from __future__ import annotations

import os

UI_LANGS = ("kk", "ru", "en")


def ui_lang() -> str:
    """``LEXPERT_LANG`` (its first two letters) when it is kk, ru or en, else ``en``."""
    value = os.environ.get("LEXPERT_LANG", "").strip().lower()[:2]
    return value if value in UI_LANGS else "en"
