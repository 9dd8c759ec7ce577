"""Renderers of a :class:`~lexpert.compare.model.CompareResult`: text, JSON, HTML, DOCX."""

from __future__ import annotations

import json

from lexpert.compare.model import CompareResult
from lexpert.compare.render.docx import render_docx
from lexpert.compare.render.html import render_html
from lexpert.compare.render.text import render_text

FORMATS = ("text", "json", "html", "docx")


def render_json(result: CompareResult, lang: str) -> str:
    """The ``lexpert.compare/1`` JSON document."""
    return json.dumps(result.to_dict(lang), ensure_ascii=False, indent=2) + "\n"


__all__ = ["FORMATS", "render_docx", "render_html", "render_json", "render_text"]
