"""``lexpert rules list`` and ``lexpert rules explain ID``: the rule pack, documented."""

from __future__ import annotations

from typing import Annotated

import typer

from lexpert.cli._app import app, stdout_is_terminal

rules_app = typer.Typer(help="List the rules and explain one: what it finds, why it matters, an example and the fix.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

_HEADINGS = {
    "kk": ("Не табады", "Неге бұл тәуекел", "Мысал", "Түзету", "Әдістемелік негіз", "Фактор", "Тілдер", "Маңыздылық"),
    "ru": ("Что находит", "Почему это риск", "Пример", "Как исправить", "Методическая основа", "Фактор", "Языки", "Важность"),
    "en": ("What it finds", "Why it is a risk", "Example", "How to fix", "Methodology", "Factor", "Languages", "Severity"),
}


@rules_app.command("list")
def list_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Table of the rules and checks: id, factor, languages, severity, kind."""
    import json

    from rich.console import Console
    from rich.table import Table

    from lexpert.cli.check import validate_choice
    from lexpert.rules.loader import load_rules

    validate_choice("--format", fmt, ("text", "json"))
    rules = load_rules()
    rows = [
        {"id": r.id, "factor": r.factor, "languages": list(r.languages), "severity": r.severity,
         "confidence": r.confidence, "kind": "check" if r.check else "pattern"}
        for r in rules
    ]
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"lexpert rules ({len(rows)})", title_justify="left")
    for col in ("id", "factor", "languages", "severity", "confidence", "kind"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(row["id"], row["factor"], ", ".join(row["languages"]), row["severity"], row["confidence"], row["kind"])
    Console(highlight=False, width=None if stdout_is_terminal() else 160).print(table)


@rules_app.command("explain")
def explain_command(
    rule_id: Annotated[str, typer.Argument(metavar="ID", help="A rule id (see `lexpert rules list`).")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the explanation: kk, ru or en.")] = "ru",
) -> None:
    """What the rule finds, why it is a risk, an example, the fix and the methodology reference."""
    from lexpert.cli.check import validate_choice
    from lexpert.errors import ConfigError
    from lexpert.rules.factors import load_factors
    from lexpert.rules.loader import load_rules

    validate_choice("--lang", lang, ("kk", "ru", "en"))
    rules = {r.id: r for r in load_rules()}
    rule = rules.get(rule_id)
    if rule is None:
        raise ConfigError(None, f"unknown rule id '{rule_id}'", "Run `lexpert rules list` to see the ids.")
    factor = load_factors()[rule.factor]
    what, why, example, fix, refs, factor_h, langs_h, sev_h = _HEADINGS[lang]
    ex_lang = lang if lang in rule.examples else ("ru" if "ru" in rule.examples else rule.languages[0])
    sample = rule.examples[ex_lang]["fire"][0]
    lines = [
        f"{rule.id} — {factor.name[lang]}",
        f"{factor_h}: {rule.factor} ({factor.group_name[lang]})   {langs_h}: {', '.join(rule.languages)}   {sev_h}: {rule.severity}",
        "",
        f"{what}:",
        f"  {factor.definition[lang]}",
        "",
        f"{why}:",
        f"  {rule.explanation[lang]}",
        "",
        f"{example} [{ex_lang}]:",
        *[f"  {ln}" for ln in sample.splitlines()],
        "",
        f"{fix}:",
        f"  {rule.suggestion[lang]}",
    ]
    if rule.rewrite:
        lines += [f"  {k}: «…» → «{v}»" for k, v in rule.rewrite.items()]
    lines += ["", f"{refs}:", *[f"  {r}" for r in [*factor.references, *rule.references]]]
    typer.echo("\n".join(lines))
