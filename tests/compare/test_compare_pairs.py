"""``find_pairs``: NAME.kk.* + NAME.ru.*, and kk/NAME.* + ru/NAME.* sibling folders."""

from __future__ import annotations

from pathlib import Path

from lexpert.compare import find_pairs


def _touch(root: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
        paths.append(path)
    return paths


def test_suffixed_names(tmp_path: Path) -> None:
    files = _touch(tmp_path, "law.kk.docx", "law.ru.docx", "order.ru.txt", "rules.kk.txt", "rules.ru.txt", "x.txt")
    assert find_pairs(files) == [
        (tmp_path / "law.kk.docx", tmp_path / "law.ru.docx"),
        (tmp_path / "rules.kk.txt", tmp_path / "rules.ru.txt"),
    ]


def test_sibling_language_folders(tmp_path: Path) -> None:
    _touch(tmp_path, "kk/decree.txt", "ru/decree.txt", "kk/only-kk.txt", "ru/other.docx")
    assert find_pairs([tmp_path]) == [(tmp_path / "kk" / "decree.txt", tmp_path / "ru" / "decree.txt")]


def test_same_extension_wins(tmp_path: Path) -> None:
    files = _touch(tmp_path, "act.kk.pdf", "act.kk.docx", "act.ru.docx")
    assert find_pairs(files) == [(tmp_path / "act.kk.docx", tmp_path / "act.ru.docx")]
