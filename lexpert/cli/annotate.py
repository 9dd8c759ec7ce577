"""``lexpert annotate``: print the tokens of a draft with lemma, part of speech and features."""

from __future__ import annotations

from typing import Annotated

import typer

from lexpert.cli._app import app

_FORMATS = ("conllu", "tsv")
_LANGUAGES = ("kk", "ru")


@app.command("annotate")
def annotate_command(
    source: Annotated[str, typer.Argument(help="A draft file, or - to read standard input.", metavar="FILE|-")],
    lang: Annotated[
        str | None, typer.Option("--lang", "-l", help="Language of the draft: kk or ru (detected when omitted).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="conllu or tsv.")] = "conllu",
) -> None:
    """Print one token per line with its lemma, UD part of speech and features.

    [bold]conllu[/bold]: CoNLL-U with columns 1–6 filled (7–10 are _), [cyan]# sent_id[/cyan] and
    [cyan]# text[/cyan] comments, and a blank line after each sentence.
    [bold]tsv[/bold]: form, lemma, UPOS, features.
    """
    from lexpert.errors import ConfigError

    if fmt not in _FORMATS:
        raise ConfigError(None, f"unknown format '{fmt}'", "Use --format conllu or --format tsv.")
    if lang is not None and lang not in _LANGUAGES:
        raise ConfigError(None, f"unknown language '{lang}'", "Use --lang kk or --lang ru.")
    from lexpert.ingest import read_source
    from lexpert.lang import detect_language
    from lexpert.nlp.conllu import annotate

    text = read_source(source).text
    for line in annotate(text, lang or detect_language(text), fmt):
        typer.echo(line)
