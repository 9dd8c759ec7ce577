"""The structural tree of a legal act: units with kind, number, offsets and addresses."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

# Canonical unit kinds (English ids; their kk/ru names live in the address module).
KINDS = (
    "document",   # the whole act
    "title",      # the act's title block (type, date, number, name)
    "preamble",   # «В соответствии с…» / «…сәйкес» before the first point
    "section",    # раздел / бөлім
    "chapter",    # глава / тарау
    "article",    # статья / бап
    "part",       # часть (numbered paragraph of an article without a point number)
    "point",      # пункт / тармақ
    "subpoint",   # подпункт / тармақша
    "paragraph",  # абзац / абзац
    "appendix",   # приложение / қосымша (Rules or Regulation approved by the act)
    "note",       # «Сноска» / «Ескерту» amendment notes: not norms
    "signature",  # signature block: not norms
    "subchapter", # параграф / параграф inside a chapter
    "heading",    # an unnumbered sub-heading before numbered units: not a norm
)

# Roles that say whether a unit is a norm the rules should read.
NORM = "norm"
NON_NORM_ROLES = ("title", "preamble", "note", "signature", "closing", "heading")


@dataclass
class Unit:
    """One structural unit.  Offsets are in the text as read (``SourceText.text``).

    ``address`` (``{"kk": …, "ru": …}``) is computed on first read by the resolver the
    parser attaches (``_locate``), then kept; a unit without one has empty addresses.
    """

    kind: str
    number: str | None
    start: int
    end: int
    line: int
    end_line: int
    text: str
    title: str | None = None
    role: str = NORM
    children: list[Unit] = field(default_factory=list)
    _locate: Callable[[], dict[str, str]] | None = field(default=None, init=False, repr=False, compare=False)
    _address: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def address(self) -> dict[str, str]:
        """The kk and ru structural addresses of this unit."""
        if self._address is None:
            self._address = self._locate() if self._locate is not None else {"kk": "", "ru": ""}
            self._locate = None
        return self._address

    def walk(self) -> Iterator[Unit]:
        """This unit and all its descendants, in document order."""
        stack = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            unit = pop()
            yield unit
            if unit.children:
                extend(reversed(unit.children))

    def leaves(self) -> Iterator[Unit]:
        """Units without children (the smallest addressable pieces)."""
        for unit in self.walk():
            if not unit.children:
                yield unit

    def to_dict(self) -> dict:
        """JSON-ready dict, children included."""
        return {
            "kind": self.kind,
            "number": self.number,
            "title": self.title,
            "role": self.role,
            "address": dict(self.address),
            "line": self.line,
            "end_line": self.end_line,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "children": [c.to_dict() for c in self.children],
        }
