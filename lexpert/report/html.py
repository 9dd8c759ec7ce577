"""One self-contained HTML file: highlighted text, findings panel, filters, chart, index of drafts."""

from __future__ import annotations

from html import escape

from lexpert.report.context import DocView, FactorCount, FindingView, batch_lang, today, version
from lexpert.report.i18n import t
from lexpert.report.templates import environment, read_asset

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
BAR_WIDTH = 300
ROW = 34


class HtmlDoc:
    """A :class:`DocView` plus its highlighted text and chart, as the template reads them."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        self.body = highlight(view)
        self.chart = bar_chart(view.factors)

    def __getattr__(self, name: str) -> object:
        return getattr(self.view, name)


def _spans(view: DocView) -> list[FindingView]:
    text = view.source.text if view.source is not None else ""
    return [v for v in view.findings if 0 <= v.finding.start < v.finding.end <= len(text)]


def highlight(view: DocView) -> str:
    """The draft's text as HTML, each flagged span in a ``<mark>`` coloured by its factor.

    Overlapping findings split the text into segments; each segment names every
    finding that covers it (``data-f``) and takes the colour of the most severe one.
    An empty anchor (``id=<slug>-f<n>``) precedes the start of finding ``n``.
    """
    if view.source is None:
        return ""
    text = view.source.text
    spans = _spans(view)
    cuts = sorted({0, len(text)} | {v.finding.start for v in spans} | {v.finding.end for v in spans})
    starts: dict[int, list[FindingView]] = {}
    for v in spans:
        starts.setdefault(v.finding.start, []).append(v)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        for v in starts.get(a, []):
            out.append(f'<span class="anchor" id="{view.slug}-{v.anchor}"></span>')
        segment = escape(text[a:b], quote=False)
        covering = [v for v in spans if v.finding.start <= a and v.finding.end >= b]
        if not covering:
            out.append(segment)
            continue
        top = min(covering, key=lambda v: (SEVERITY_RANK.get(v.finding.severity, 3), v.n))
        names = "; ".join(f"{v.n}. {v.factor_name}" for v in covering)
        css = "hl many" if len(covering) > 1 else "hl"
        numbers = " ".join(str(v.n) for v in covering)
        out.append(
            f'<mark class="{css}" data-f="{numbers}" style="--c:{top.color}" title="{escape(names)}">{segment}</mark>'
        )
    return "".join(out)


def bar_chart(factors: list[FactorCount]) -> str:
    """An inline SVG bar chart of findings per factor (label above each bar)."""
    if not factors:
        return ""
    peak = max(fc.count for fc in factors)
    height = ROW * len(factors) + 4
    width = BAR_WIDTH + 40
    rows = []
    for i, fc in enumerate(factors):
        y = i * ROW
        bar = max(4, round(BAR_WIDTH * fc.count / peak))
        rows.append(
            f'<text x="0" y="{y + 12}" font-size="12">{escape(fc.name)}</text>'
            f'<rect x="0" y="{y + 16}" width="{bar}" height="14" rx="2" fill="{fc.color}"/>'
            f'<text x="{bar + 6}" y="{y + 28}" font-size="12" font-weight="bold">{fc.count}</text>'
        )
    label = escape("; ".join(f"{fc.name}: {fc.count}" for fc in factors))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{label}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif">'
        + "".join(rows)
        + "</svg>"
    )


def render_html(views: list[DocView], report_lang: str | None) -> str:
    """The whole report as one HTML page (index first when there are several drafts)."""
    docs = [HtmlDoc(v) for v in views]
    ranked = sorted(docs, key=lambda d: (-d.risk.index, -len(d.findings), d.path))
    template = environment(True).get_template("html.html.j2")
    return template.render(
        docs=docs,
        ranked=ranked,
        lang=batch_lang(views, report_lang),
        total=sum(len(v.findings) for v in views),
        css=read_asset("report.css"),
        js=read_asset("report.js"),
        t=t,
        version=version(),
        date=today(),
    )
