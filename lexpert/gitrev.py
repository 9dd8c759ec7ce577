"""A draft as it was at a git revision, for ``lexpert check --since REV``.

Only read-only git commands are run (``rev-parse``, ``cat-file``, ``show``);
the working tree and the index are never touched.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from lexpert.errors import InputError

_HINT_REPO = "--since compares with a git revision: run it inside a git work tree, or use `lexpert diff OLD NEW`."


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    if shutil.which("git") is None:
        raise InputError(str(folder), "git is not installed", _HINT_REPO)
    return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, check=False)


def _folder(path: Path) -> Path:
    path = path.resolve()
    return path if path.is_dir() else path.parent


def repo_root(path: Path) -> Path:
    """The top folder of the git work tree that holds ``path``; :class:`InputError` outside one."""
    root = _root_of(_folder(path))
    if root is None:
        raise InputError(str(path), "not inside a git repository", _HINT_REPO)
    return root


@lru_cache(maxsize=256)
def _root_of(folder: Path) -> Path | None:
    done = _git(folder, "rev-parse", "--show-toplevel")
    return Path(done.stdout.decode("utf-8").strip()).resolve() if done.returncode == 0 else None


def verify_revision(path: Path, revision: str) -> str:
    """The commit id ``revision`` names in the repository of ``path``; :class:`InputError` if none."""
    if revision.startswith("-"):
        raise InputError(revision, "not a git revision", "Give a commit, branch or tag, e.g. --since HEAD~1.")
    root = repo_root(path)
    done = _git(root, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if done.returncode != 0:
        raise InputError(
            str(root), f"unknown git revision '{revision}'",
            "Check the name (git log --oneline); in CI fetch enough history (fetch-depth: 0).",
        )
    return done.stdout.decode("ascii").strip()


def file_at(path: Path, commit: str) -> bytes | None:
    """The bytes of ``path`` at ``commit``, or ``None`` when the file did not exist there."""
    root = repo_root(path)
    relative = path.resolve().relative_to(root).as_posix()
    spec = f"{commit}:{relative}"
    if _git(root, "cat-file", "-e", spec).returncode != 0:
        return None
    done = _git(root, "show", spec)
    if done.returncode != 0:
        raise InputError(str(path), f"git cannot show it at {commit[:12]} ({done.stderr.decode(errors='replace').strip()})")
    return done.stdout


@contextmanager
def temporary_copy(name: str, data: bytes) -> Iterator[Path]:
    """``data`` written to a temporary file called ``name`` (so readers see the same suffix)."""
    with tempfile.TemporaryDirectory(prefix="lexpert-since-") as folder:
        copy = Path(folder) / name
        copy.write_bytes(data)
        yield copy
