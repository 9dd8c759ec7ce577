"""HTML report: one self-contained page, highlighted text, findings panel, filters, chart, index of drafts."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import lxml.html
import pytest

from lexpert.report import render
from lexpert.report.context import factor_name
from lexpert.report.i18n import t


class _Resources(HTMLParser):
    """Collects every attribute that could load something from outside the file."""

    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "action", "data") and value and not value.startswith("#"):
                self.external.append(f"{tag} {name}={value}")


def _all(element, tag: str, cls: str | None = None) -> list:
    """Descendants ``tag`` (with class ``cls``), in document order."""
    if cls is None:
        return element.xpath(f".//{tag}")
    return element.xpath(f".//{tag}[contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')]")


def _page(results, sources, **kwargs) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(render("html", results, sources, **kwargs))


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("report_lang", ["kk", "ru", "en"])
def test_html_highlights_every_finding(checked, lang: str, report_lang: str) -> None:
    result, source = checked[(lang, "docx")]
    html = render("html", [result], {source.path: source}, report_lang=report_lang)
    parser = _Resources()
    parser.feed(html)
    assert parser.external == []
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", html)
    page = lxml.html.fromstring(html)
    cards = _all(page, "li", "card")
    assert len(cards) == len(result.findings)
    body = _all(page, "div", "body")[0]
    assert body.text_content() == source.text
    for card, f in zip(cards, sorted(result.findings, key=lambda f: f.start)):
        n = card.get("data-n")
        assert card.get("data-factor") == f.factor and card.get("data-severity") == f.severity
        assert factor_name(f.factor, report_lang) in card.text_content()
        assert f.quote in _all(card, "blockquote")[0].find("mark").text_content()
        target = _all(card, "a", "jump")[0].get("href")[1:]
        anchor = page.get_element_by_id(target)
        marks = [m for m in _all(body, "mark", "hl") if n in m.get("data-f").split()]
        assert "".join(m.text_content() for m in marks) == f.quote
        assert anchor.getnext() is marks[0]
    assert page.xpath(".//svg//rect") and page.xpath(".//form//input[@name='factor']")
    assert "@media print" in _all(page, "style")[0].text
    assert t("document_text", report_lang) in html


def test_overlapping_findings_share_a_segment(checked) -> None:
    result, source = checked[("ru", "txt")]
    f = result.findings[0]
    wider = dataclasses.replace(f, rule="wider", start=f.start - 3, quote=source.text[f.start - 3:f.end], severity="info")
    page = _page([dataclasses.replace(result, findings=[f, wider])], {source.path: source})
    marks = _all(page, "mark", "hl")
    assert [m.get("data-f") for m in marks] == ["1", "1 2"] or [m.get("data-f") for m in marks] == ["2", "1 2"]
    assert "many" in marks[1].get("class")


def test_index_ranks_drafts_by_risk_index(batch) -> None:
    results, sources = batch
    page = _page(results, sources, report_lang="en")
    rows = page.xpath(".//section[@id='index']//tbody/tr")
    assert len(rows) == len(results) == len(_all(page, "section", "draft"))
    indices = [float(_all(row, "td")[5].text_content()) for row in rows]
    assert indices == sorted(indices, reverse=True)
    for row in rows:
        assert page.get_element_by_id(_all(row, "a")[0].get("href")[1:]).tag == "section"
