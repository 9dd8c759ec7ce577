"""Expanding paths into the drafts to check."""

from __future__ import annotations

from pathlib import Path

from lexpert.ingest import find_drafts


def make_tree(root: Path) -> None:
    for name in [
        "b.docx",
        "a.txt",
        "notes.rtf",
        "~$b.docx",
        ".hidden.txt",
        "sub/c.PDF",
        "sub/deep/d.md",
        "sub/draft-old.odt",
        ".git/e.txt",
        "site/index.htm",
    ]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_directories_expand_recursively_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = [p.relative_to(tmp_path).as_posix() for p in find_drafts([tmp_path])]
    assert found == ["a.txt", "b.docx", "site/index.htm", "sub/c.PDF", "sub/deep/d.md", "sub/draft-old.odt"]


def test_include_and_exclude_patterns(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = find_drafts([tmp_path], include=["*.docx", "*.odt", "sub/deep/*"], exclude=["*-old.*"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["b.docx", "sub/deep/d.md"]


def test_explicit_files_are_kept_in_order_without_duplicates(tmp_path: Path) -> None:
    make_tree(tmp_path)
    found = find_drafts([tmp_path / "notes.rtf", "-", tmp_path / "sub", tmp_path / "sub" / "c.PDF"])
    assert found == [
        tmp_path / "notes.rtf",
        Path("-"),
        tmp_path / "sub" / "c.PDF",
        tmp_path / "sub" / "deep" / "d.md",
        tmp_path / "sub" / "draft-old.odt",
    ]
