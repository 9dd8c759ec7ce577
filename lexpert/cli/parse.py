"""``lexpert parse``: print the structural tree of drafts."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from lexpert.cli._app import app
from lexpert.errors import InputError, LexpertError
from lexpert.structure.model import NORM, Unit


class OutputFormat(str, Enum):
    """Output formats of ``lexpert parse``."""

    text = "text"
    json = "json"


class Language(str, Enum):
    """Languages a draft can be read as."""

    kk = "kk"
    ru = "ru"


def outline(unit: Unit, lang: str, depth: int = 0) -> list[str]:
    """Indented outline lines: kind, number, address in ``lang``, lines, role when not a norm."""
    rows = []
    if unit.kind != "document":
        head = unit.kind if unit.number is None else f"{unit.kind} {unit.number}"
        where = f"L{unit.line}" if unit.line == unit.end_line else f"L{unit.line}-{unit.end_line}"
        role = f"  ({unit.role})" if unit.role != NORM else ""
        address = unit.address.get(lang) or ""
        rows.append(f"{'  ' * depth}{head}  {address}  {where}{role}".rstrip())
        depth += 1
    for child in unit.children:
        rows.extend(outline(child, lang, depth))
    return rows


@app.command("parse")
def parse(
    files: Annotated[list[str], typer.Argument(help="Drafts to parse (.docx, .txt, .md, …; '-' reads standard input).")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="text: an indented outline; json: the unit tree.")
    ] = OutputFormat.text,
    lang: Annotated[
        Language | None, typer.Option("--lang", help="Language of the drafts (detected when omitted).")
    ] = None,
) -> None:
    """Show the structure of drafts: chapters, articles, points, subpoints with their addresses.

    Құрылымын көрсету: тараулар, баптар, тармақтар, тармақшалар және олардың мекенжайлары.
    Показать структуру: главы, статьи, пункты, подпункты и их адреса.
    """
    from lexpert.ingest import read_source
    from lexpert.lang import detect_language
    from lexpert.structure import parse_structure

    results = []
    texts = []
    failed = 0
    for path in files:
        try:
            source = read_source(path)
        except LexpertError as exc:
            if len(files) == 1:
                raise
            typer.echo(f"lexpert: error: {exc.message}", err=True)
            failed += 1
            continue
        language = lang.value if lang is not None else detect_language(source.text)
        root = parse_structure(source, language)
        if output_format is OutputFormat.json:
            results.append({"path": source.path, "lang": language, "tree": root.to_dict()})
        else:
            texts.append("\n".join([f"{source.path}  [{language}]", *outline(root, language, 1)]))
    if output_format is OutputFormat.json:
        if results:
            payload = results[0] if len(files) == 1 else results
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    elif texts:
        typer.echo("\n\n".join(texts))
    if failed:
        raise InputError(None, f"{failed} of {len(files)} files could not be read", "See the messages above.")
