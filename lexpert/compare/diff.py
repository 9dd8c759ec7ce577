"""Discrepancies between corresponding units of the two versions."""

from __future__ import annotations

from lexpert.compare.anchors import Anchor
from lexpert.compare.locate import Versions, address, surface
from lexpert.compare.model import Discrepancy, Side
from lexpert.compare.units import CompUnit

_NUMERIC = ("number", "percentage", "amount")

Hit = tuple[CompUnit, tuple[int, int]]  # a unit and a span in its text
Found = tuple[CompUnit, Anchor]  # a unit and one of its anchors


class Group:
    """Units of one version compared together: one numbered unit, or a run of unnumbered ones
    (a preamble split into two paragraphs in one version and kept as one in the other)."""

    def __init__(self, units: list[CompUnit]) -> None:
        self.units = units

    def anchors(self, *kinds: str) -> dict[str, Found]:
        """First anchor per key among ``kinds``."""
        found: dict[str, Found] = {}
        for unit in self.units:
            for key, anchor in unit.features.of_kind(*kinds).items():
                found.setdefault(key, (unit, anchor))
        return found

    def values(self) -> set[str]:
        """Every plain value of the group."""
        return set().union(*(unit.features.values() for unit in self.units))

    def spans(self, attribute: str) -> list[Hit]:
        """Occurrences of ``rights``, ``duties`` or ``open_lists``."""
        return [(unit, span) for unit in self.units for span in getattr(unit.features, attribute)]

    def bodies(self) -> dict[str, Hit]:
        """Body id -> first mention."""
        found: dict[str, Hit] = {}
        for unit in self.units:
            for body, span in unit.features.bodies.items():
                found.setdefault(body, (unit, span))
        return found


def compare_groups(versions: Versions, kk: list[CompUnit], ru: list[CompUnit]) -> list[Discrepancy]:
    """All discrepancies between Kazakh units ``kk`` and the Russian units ``ru`` they correspond to."""
    kg, rg = Group(kk), Group(ru)
    found = [
        *_anchor_differences(versions, kg, rg),
        _presence(versions, "modality", kg, rg, "rights", fallback="duties"),
        _bodies(versions, kg, rg),
        _presence(versions, "open_list", kg, rg, "open_lists"),
    ]
    return [item for item in found if item is not None]


def _only(mine: dict[str, Found], theirs: dict[str, Found], their_values: set[str], whole: bool) -> list[Found]:
    """Anchors of ``mine`` missing from ``theirs``; with ``whole`` also missing as plain values."""
    out = []
    for key, (unit, anchor) in mine.items():
        if key in theirs:
            continue
        if whole and (key in their_values or (anchor.parts and set(anchor.parts) <= their_values)):
            continue
        out.append((unit, anchor))
    return out


def _hits(found: list[Found]) -> list[Hit]:
    return [(unit, (anchor.start, anchor.end)) for unit, anchor in found]


def _anchor_differences(versions: Versions, kk: Group, ru: Group) -> list[Discrepancy | None]:
    kk_values, ru_values = kk.values(), ru.values()
    out = [
        _report(versions, kind, kk, ru,
                _hits(_only(kk.anchors(kind), ru.anchors(kind), ru_values, whole=True)),
                _hits(_only(ru.anchors(kind), kk.anchors(kind), kk_values, whole=True)))
        for kind in ("date", "act_reference")
    ]
    # A deadline whose number the other version has as a plain number: its unit word was not recognised.
    kk_dl, ru_dl = kk.anchors("deadline"), ru.anchors("deadline")
    kk_plain, ru_plain = set(kk.anchors(*_NUMERIC)), set(ru.anchors(*_NUMERIC))
    only_kk = [(u, a) for u, a in _only(kk_dl, ru_dl, set(), False) if a.parts[0] not in ru_plain]
    only_ru = [(u, a) for u, a in _only(ru_dl, kk_dl, set(), False) if a.parts[0] not in kk_plain]
    for key in kk_dl.keys() & ru_dl.keys():
        if kk_dl[key][1].detail and ru_dl[key][1].detail and kk_dl[key][1].detail != ru_dl[key][1].detail:
            only_kk.append(kk_dl[key])  # working days in one version, calendar days in the other
            only_ru.append(ru_dl[key])
    out.append(_report(versions, "deadline", kk, ru, _hits(only_kk), _hits(only_ru)))
    only_kk = _only(kk.anchors(*_NUMERIC), ru.anchors(*_NUMERIC), ru_values, whole=True)
    only_ru = _only(ru.anchors(*_NUMERIC), kk.anchors(*_NUMERIC), kk_values, whole=True)
    kinds = {anchor.kind for _, anchor in only_kk + only_ru}
    kind = next((k for k in ("percentage", "amount") if k in kinds), "number")
    out.append(_report(versions, kind, kk, ru, _hits(only_kk), _hits(only_ru)))
    return out


def _side(versions: Versions, group: Group, hits: list[Hit]) -> Side:
    return versions.side(*hits[0]) if hits else versions.side(group.units[0])


def _report(versions: Versions, kind: str, kk: Group, ru: Group,
            kk_hits: list[Hit], ru_hits: list[Hit]) -> Discrepancy | None:
    """A discrepancy showing what each version says (``None`` when neither says anything)."""
    if not kk_hits and not ru_hits:
        return None
    return Discrepancy(
        kind,
        _side(versions, kk, kk_hits),
        _side(versions, ru, ru_hits),
        tuple(dict.fromkeys(surface(*hit) for hit in kk_hits)),
        tuple(dict.fromkeys(surface(*hit) for hit in ru_hits)),
    )


def _presence(versions: Versions, kind: str, kk: Group, ru: Group, feature: str,
              fallback: str | None = None) -> Discrepancy | None:
    """A feature (a right, an open list) in one version and not in the other; where it is absent,
    the ``fallback`` feature (a duty) is shown instead."""
    kk_hits, ru_hits = kk.spans(feature), ru.spans(feature)
    if bool(kk_hits) == bool(ru_hits):
        return None
    if fallback:
        kk_hits, ru_hits = kk_hits or kk.spans(fallback), ru_hits or ru.spans(fallback)
    return _report(versions, kind, kk, ru, kk_hits, ru_hits)


def _bodies(versions: Versions, kk: Group, ru: Group) -> Discrepancy | None:
    kb, rb = kk.bodies(), ru.bodies()
    return _report(versions, "body", kk, ru, [kb[b] for b in kb if b not in rb], [rb[b] for b in rb if b not in kb])


def missing(versions: Versions, unit: CompUnit) -> Discrepancy:
    """A unit present in ``unit.lang``'s version only."""
    side = versions.side(unit)
    values = (address(unit),)
    if unit.lang == "kk":
        return Discrepancy("missing_unit", side, None, kk_values=values)
    return Discrepancy("missing_unit", None, side, ru_values=values)
