"""One self-contained HTML file: the discrepancies side by side."""

from __future__ import annotations

from pathlib import Path

import re

import jinja2
from markupsafe import Markup, escape

from lexpert.compare.messages import ui
from lexpert.compare.model import CompareResult

_TEMPLATE = Path(__file__).resolve().parents[1] / "data" / "compare.html.j2"


def _mark(quote: str, values: tuple[str, ...]) -> Markup:
    """The quote, escaped, with the differing values in ``<mark>``."""
    if not values:
        return escape(quote)
    pattern = re.compile("|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)))
    out, last = [], 0
    for match in pattern.finditer(quote):
        out += [escape(quote[last:match.start()]), Markup("<mark>"), escape(match.group()), Markup("</mark>")]
        last = match.end()
    out.append(escape(quote[last:]))
    return Markup("").join(out)


def render_html(result: CompareResult, lang: str) -> str:
    """The report as an HTML page with inline CSS and no external resources."""
    env = jinja2.Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(_TEMPLATE.read_text(encoding="utf-8"))
    items = [
        (item, item.message(lang), (item.kk, _mark(item.kk.quote, item.kk_values) if item.kk else None),
         (item.ru, _mark(item.ru.quote, item.ru_values) if item.ru else None))
        for item in result.discrepancies
    ]
    return template.render(result=result, items=items, lang=lang, ui=lambda key: ui(key, lang))
