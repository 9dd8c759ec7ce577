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
        """Occurrences of ``rights``, ``duties``, ``open_lists`` or ``list_words``."""
        return [(unit, span) for unit in self.units for span in getattr(unit.features, attribute)]

    def scope(self) -> Group:
        """The units with the items of those that are lead-ins: what a list's modality covers."""
        units = {id(u): u for unit in self.units for u in (unit, *unit.items)}
        return Group(list(units.values()))

    @property
    def listed(self) -> bool:
        """True when every unit is an item under a lead-in."""
        return all(unit.lead_in is not None for unit in self.units)

    def lead_ins(self) -> Group:
        """The lead-ins of the units, with their items."""
        lead_ins = {id(unit.lead_in): unit.lead_in for unit in self.units if unit.lead_in is not None}
        return Group(list(lead_ins.values())).scope()

    def unit_words(self) -> set[str]:
        """Time units named without a number («месячный», «айлық»)."""
        return set().union(*(unit.features.unit_words for unit in self.units))

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
        _modality(versions, kg, rg),
        _bodies(versions, kg, rg),
        _open_list(versions, kg, rg),
    ]
    return [item for item in found if item is not None]


def texts_agree(feature: str, kk: Group, ru: Group) -> bool:
    """True when both versions say the same about ``feature`` (``rights``, ``open_lists``,
    ``deadlines`` or ``bodies``): a rule finding in one version only is then rule noise."""
    if feature == "rights":
        return _modality_hits(kk, ru) is None
    if feature == "open_lists":
        return _open_list_hits(kk, ru) is None
    if feature == "deadlines":
        return _deadline_hits(kk, ru) == ([], [])
    if feature == "bodies":
        return kk.bodies().keys() == ru.bodies().keys()
    return False


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
    out.append(_report(versions, "deadline", kk, ru, *_deadline_hits(kk, ru)))
    only_kk = _only(kk.anchors(*_NUMERIC), ru.anchors(*_NUMERIC), ru_values, whole=True)
    only_ru = _only(ru.anchors(*_NUMERIC), kk.anchors(*_NUMERIC), kk_values, whole=True)
    kinds = {anchor.kind for _, anchor in only_kk + only_ru}
    kind = next((k for k in ("percentage", "amount") if k in kinds), "number")
    out.append(_report(versions, kind, kk, ru, _hits(only_kk), _hits(only_ru)))
    return out


def _deadline_hits(kk: Group, ru: Group) -> tuple[list[Hit], list[Hit]]:
    """Deadlines of each version that the other does not state."""
    kk_dl, ru_dl = kk.anchors("deadline"), ru.anchors("deadline")
    kk_plain, ru_plain = set(kk.anchors(*_NUMERIC)), set(ru.anchors(*_NUMERIC))
    only_kk = [found for found in _only(kk_dl, ru_dl, set(), False) if _unstated(found, ru_plain, ru.unit_words())]
    only_ru = [found for found in _only(ru_dl, kk_dl, set(), False) if _unstated(found, kk_plain, kk.unit_words())]
    for key in kk_dl.keys() & ru_dl.keys():
        if kk_dl[key][1].detail and ru_dl[key][1].detail and kk_dl[key][1].detail != ru_dl[key][1].detail:
            only_kk.append(kk_dl[key])  # working days in one version, calendar days in the other
            only_ru.append(ru_dl[key])
    return _hits(only_kk), _hits(only_ru)


def _unstated(found: Found, their_plain: set[str], their_unit_words: set[str]) -> bool:
    """False when the other version has the deadline's number as a plain number (its unit word
    was not recognised), or names its unit without a number for a term of one unit
    («бір айлық» = «месячный»)."""
    anchor = found[1]
    value, unit = anchor.key.split(" ", 1)
    return anchor.parts[0] not in their_plain and not (value == "1" and unit in their_unit_words)


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


def _modality(versions: Versions, kk: Group, ru: Group) -> Discrepancy | None:
    found = _modality_hits(kk, ru)
    return _report(versions, "modality", kk, ru, *found) if found else None


def _modality_hits(kk: Group, ru: Group) -> tuple[list[Hit], list[Hit]] | None:
    """A right in one version and none in the other (the duty shown where the right is absent).

    A lead-in is compared with its items: the right of a list is stated in the lead-in in
    one language and after the last item in the other.  An item under a lead-in is
    compared alone only for a right against an explicit duty, when its lists agree.
    """
    if kk.listed and ru.listed:
        if _modality_hits(kk.lead_ins(), ru.lead_ins()) is not None:
            return None  # reported at the lead-in
        kk_hits, ru_hits = kk.spans("rights"), ru.spans("rights")
        if bool(kk_hits) == bool(ru_hits):
            return None
        kk_hits, ru_hits = kk_hits or kk.spans("duties"), ru_hits or ru.spans("duties")
        return (kk_hits, ru_hits) if kk_hits and ru_hits else None
    kk, ru = kk.scope(), ru.scope()
    kk_hits, ru_hits = kk.spans("rights"), ru.spans("rights")
    if bool(kk_hits) == bool(ru_hits):
        return None
    return kk_hits or kk.spans("duties"), ru_hits or ru.spans("duties")


def _open_list(versions: Versions, kk: Group, ru: Group) -> Discrepancy | None:
    found = _open_list_hits(kk, ru)
    return _report(versions, "open_list", kk, ru, *found) if found else None


def _open_list_hits(kk: Group, ru: Group) -> tuple[list[Hit], list[Hit]] | None:
    """An open list in one version, and in the other not even a word that may mark one
    («иные требования к X и Y» against «X және Y … өзге де талаптар»: the word order differs)."""
    kk_hits, ru_hits = kk.spans("open_lists"), ru.spans("open_lists")
    if kk_hits and not ru_hits and not ru.spans("list_words"):
        return kk_hits, []
    if ru_hits and not kk_hits and not kk.spans("list_words"):
        return [], ru_hits
    return None


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
