"""Atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

from lexpert.fsutil import atomic_write


def test_atomic_write_creates_with_umask_mode(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        path = atomic_write(tmp_path / "sub" / "report.json", "{}")
    finally:
        os.umask(mask)
    assert path.read_text(encoding="utf-8") == "{}"
    assert path.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in path.parent.iterdir()] == ["report.json"]


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(b"old")
    path.chmod(0o600)
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o777 == 0o600
