"""The command-line shell: version, help, and one-line errors with exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from lexpert import __version__
from lexpert.cli import app

runner = CliRunner()


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"lexpert {__version__}"


def test_cli_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "parse" in result.output


def test_cli_missing_file_is_one_line_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "nope.docx"
    proc = subprocess.run(
        [sys.executable, "-m", "lexpert", "parse", str(missing)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(missing) in lines[0]


def test_cli_debug_shows_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "lexpert", "--debug", "parse", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode != 0 and "Traceback" in proc.stderr


def test_cli_import_for_help_is_light() -> None:
    code = "import sys, lexpert.cli; heavy = [m for m in ('spacy', 'pymorphy3', 'slovnet', 'docx') if m in sys.modules]; print(heavy)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stdout + proc.stderr
