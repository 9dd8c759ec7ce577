"""The text of a draft as read, with a map back to its source."""

from __future__ import annotations

import bisect
from itertools import accumulate, islice
from dataclasses import dataclass, field


@dataclass(frozen=True, init=False)
class Block:
    """One block of the source (paragraph, heading, table cell) inside ``SourceText.text``.

    ``start``/``end`` are character offsets in ``SourceText.text``.  ``prefix`` is
    the part of the block text that is not in the source runs (Word's automatic
    number and a space), so ``text[start + len(prefix):end]`` is the text of the
    source paragraph, its whitespace collapsed to single spaces and stripped.
    ``source_index`` is the position of the paragraph among all ``w:p`` elements
    of a .docx body (tables included), or ``None`` for other formats.
    """

    start: int
    end: int
    kind: str = "paragraph"  # paragraph | heading | table-cell | list-item
    level: int | None = None
    number: str | None = None
    prefix: str = ""
    source_index: int | None = None

    def __init__(
        self,
        start: int,
        end: int,
        kind: str = "paragraph",
        level: int | None = None,
        number: str | None = None,
        prefix: str = "",
        source_index: int | None = None,
    ) -> None:
        # One update of the instance dict instead of a frozen dataclass's seven
        # object.__setattr__ calls: a block is made for every line of every draft.
        self.__dict__.update(
            start=start, end=end, kind=kind, level=level, number=number, prefix=prefix, source_index=source_index
        )


@dataclass
class SourceText:
    """A draft as read: one string, its blocks, and where it came from."""

    path: str
    format: str  # txt | md | docx | html | pdf | odt
    text: str
    blocks: list[Block] = field(default_factory=list)
    encoding: str | None = None
    # .docx: (source_index of the paragraph where a Word comment starts, the comment's text)
    comments: tuple[tuple[int, str], ...] = ()
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Each line starts one past the end of the line before it.
        ends = accumulate(map((1).__add__, map(len, self.text.split("\n"))), initial=0)
        self._line_starts = list(islice(ends, self.text.count("\n") + 1))

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset (what ``grep -n`` shows)."""
        return bisect.bisect_right(self._line_starts, offset)

    @property
    def line_count(self) -> int:
        """Number of lines in the text."""
        return len(self._line_starts)
