"""Terminal report: rich colours on a TTY, plain text otherwise."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from lexpert.compare.messages import ui
from lexpert.compare.model import CompareResult, Side


def _side(text: Text, label: str, side: Side | None, lang: str) -> None:
    text.append(f"   {label}  ", style="dim")
    if side is None:
        text.append(f"— {ui('missing', lang)}\n", style="italic")
        return
    text.append(side.address, style="bold cyan")
    text.append(f" ({ui('line', lang)} {side.line})\n", style="dim")
    text.append(f"       «{side.quote}»\n")


def render_text(result: CompareResult, lang: str, color: bool = False) -> str:
    """The report as text, with ANSI colours when ``color``."""
    text = Text()
    text.append(f"{ui('heading', lang)}\n", style="bold")
    text.append(f"kk: {result.kk_path}\nru: {result.ru_path}\n", style="underline")
    summary = f"{ui('aligned', lang)}: {result.aligned} · {ui('found', lang)}: {len(result.discrepancies)}\n"
    text.append(summary, style="bold red" if result.discrepancies else "green")
    if not result.discrepancies:
        text.append(f"{ui('agree', lang)}\n", style="green")
    for number, item in enumerate(result.discrepancies, 1):
        text.append(f"\n{number}. ", style="bold")
        text.append(f"[{item.kind}] ", style="yellow")
        text.append(f"{item.message(lang)}\n", style="bold")
        _side(text, "kk", item.kk, lang)
        _side(text, "ru", item.ru, lang)
    if not color:
        return text.plain
    buffer = io.StringIO()
    Console(file=buffer, force_terminal=True, highlight=False).print(text, end="", soft_wrap=True)
    return buffer.getvalue()
