"""Structural addresses in Russian («подпункт 3) пункта 2 статьи 5») and Kazakh
(«5-баптың 2-тармағының 3) тармақшасы»).

Points are numbered through the act, so an article's address leaves out its
chapter and a chapter's leaves out its section.  Units of an appendix name the
document the appendix holds («пункт 5 Правил (приложение 1)», «Қағидалардың
5-тармағы (1-қосымша)»); when an act has appendices, its own units name the act
(«пункт 1 постановления», «қаулының 1-тармағы»).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from lexpert.structure.kk_morph import dative, genitive, possessive, possessive_genitive
from lexpert.structure.vocab import (
    APPROVED,
    KK_ORDINALS,
    KK_UNIT,
    RU_ORDINALS,
    RU_ORDINALS_GENITIVE,
    RU_DATIVE,
    RU_POINT_OF_PART,
    RU_UNIT,
    ActName,
    RuNoun,
)

# Units without a number, named by what they are.
_RU_FLAT = {
    "title": RuNoun("заголовок", "заголовка"),
    "preamble": RuNoun("преамбула", "преамбулы"),
    "note": RuNoun("сноска", "сноски"),
    "signature": RuNoun("подпись", "подписи"),
    "heading": RuNoun("подзаголовок", "подзаголовка"),
}
_KK_FLAT = {
    "title": "тақырып",
    "preamble": "преамбула",
    "note": "ескерту",
    "signature": "қолтаңба",
    "heading": "тақырыпша",
}


@dataclass(frozen=True)
class AddressContext:
    """What an address needs to know about the whole act."""

    act: ActName | None  # what the act's own units are «of» when it has appendices
    rf_tradition: bool


class Step(NamedTuple):
    """What an address needs to know about one unit of the chain down to the addressed unit."""

    kind: str
    number: str | None
    # An unnumbered part that is its article's only part: addresses skip it
    # («пункт 5 статьи 2», «2-баптың 5) тармақшасы»).
    implicit: bool = False
    approved: str | None = None  # an appendix's document: its id in ``vocab.APPROVED``


def _kept(chain: tuple[Step, ...], first: int) -> list[int]:
    """Positions in ``chain`` of the units from ``first`` on that an address names (outermost first)."""
    kinds = {unit.kind for unit in chain[first:]}
    kept = []
    for i in range(first, len(chain)):
        unit = chain[i]
        if unit.implicit and i + 1 < len(chain):
            continue
        if unit.kind == "section" and kinds & {"article", "chapter"}:
            continue
        if unit.kind in ("chapter", "subchapter") and "article" in kinds:
            continue
        if unit.kind == "point" and i + 1 < len(chain):
            child = chain[i + 1]
            if child.kind == "point" and (child.number or "").startswith(f"{unit.number}."):
                continue
        kept.append(i)
    return kept


def _ru_ordinal(number: str | None, nominative: bool = True) -> str:
    ordinals = RU_ORDINALS if nominative else RU_ORDINALS_GENITIVE
    if number and number.isdigit() and 0 < int(number) <= len(ordinals):
        return ordinals[int(number) - 1]
    return number or ""


def _kk_ordinal(number: str | None) -> str:
    if number and number.isdigit() and 0 < int(number) <= len(KK_ORDINALS):
        return KK_ORDINALS[int(number) - 1]
    return f"{number}-ші" if number else ""


def _ru_item(unit: Step, parent: Step | None, rf: bool, nominative: bool) -> str:
    if unit.kind in _RU_FLAT:
        noun = _RU_FLAT[unit.kind]
        return noun.nominative if nominative else noun.genitive
    noun = RU_UNIT[unit.kind]
    if unit.kind == "subpoint" and rf and parent is not None and parent.kind == "part":
        noun = RU_POINT_OF_PART
    word = noun.nominative if nominative else noun.genitive
    if unit.kind == "paragraph":
        return f"{word} {_ru_ordinal(unit.number, nominative)}"
    if unit.kind == "subpoint" and noun is not RU_POINT_OF_PART:
        return f"{word} {unit.number})"
    return f"{word} {unit.number}" if unit.number else word


def _kk_item(unit: Step) -> str:
    if unit.kind in _KK_FLAT:
        return _KK_FLAT[unit.kind]
    noun = KK_UNIT[unit.kind]
    number = unit.number or ""
    if unit.kind == "paragraph":
        return f"{_kk_ordinal(number)} {noun}"
    if unit.kind == "subpoint":
        return f"{number}) {noun}"
    if not number:
        return noun
    if not number[0].isdigit():  # Roman section numbers
        return f"{number} {noun}"
    return f"{number}-{noun}"


def _kk_chain(items: list[str]) -> str:
    """Genitive chain: first in the genitive, middle possessive-genitive, last possessive."""
    if len(items) == 1:
        return items[0]
    middle = [possessive_genitive(item) for item in items[1:-1]]
    return " ".join([genitive(items[0]), *middle, possessive(items[-1])])


def _host(appendices: list[Step]) -> tuple[str, str]:
    """What an appendix of an appendix belongs to: («к Правилам», «Қағидаларға»), else ("", "")."""
    doc = appendices[-2].approved if len(appendices) > 1 else None
    if doc is None:
        return "", ""
    return f"к {RU_DATIVE[doc]}", dative(APPROVED[doc].kk)


def address(chain: tuple[Step, ...], ctx: AddressContext) -> dict[str, str]:
    """The kk and ru addresses of the last unit of ``chain`` (its ancestors below the root first).

    Inside an appendix of an appendix («Приложение N 1 к Правилам») the innermost appendix
    names the units: «пункт 2 Перечня (приложение 1 к Правилам)»."""
    at = [i for i, unit in enumerate(chain) if unit.kind == "appendix"]
    appendices = [chain[i] for i in at]
    appendix = appendices[-1] if appendices else None
    positions = _kept(chain, at[-1] + 1 if at else 0)
    kept = [chain[i] for i in positions]

    ru_outer = kk_outer = None
    ru_suffix = kk_suffix = ""
    if appendix is not None:
        doc = appendix.approved
        num = appendix.number
        ru_host, kk_host = _host(appendices)
        ru_label = " ".join(filter(None, ("приложение", num, ru_host)))
        kk_label = " ".join(filter(None, (kk_host, f"{num}-қосымша" if num else "қосымша")))
        if doc is not None:
            names = APPROVED[doc]
            ru_outer, kk_outer = (names.ru, names.kk) if not kept else (names.ru_genitive, names.kk)
            ru_suffix = f" ({ru_label})" if num or ru_host else ""
            kk_suffix = f" ({kk_label})" if num or kk_host else ""
        else:
            ru_outer = ru_label if not kept else "приложения" + ru_label[len("приложение"):]
            kk_outer = kk_label
    elif ctx.act is not None:
        act = ctx.act
        ru_outer, kk_outer = (act.ru, act.kk) if not kept else (act.ru_genitive, act.kk)

    ru_items = []
    for i in range(len(kept) - 1, -1, -1):
        parent = chain[positions[i] - 1] if positions[i] > 0 else None
        ru_items.append(_ru_item(kept[i], parent, ctx.rf_tradition, nominative=i == len(kept) - 1))
    if ru_outer:
        ru_items.append(ru_outer)
    kk_items = ([kk_outer] if kk_outer else []) + [_kk_item(unit) for unit in kept]

    ru = " ".join(ru_items) + ru_suffix if ru_items else ""
    kk = _kk_chain(kk_items) + kk_suffix if kk_items else ""
    return {"kk": kk, "ru": ru}
