"""Speed work must not change a finding: compare the code with a reference copy on the same rule data.

    cp -r lexpert /tmp/lexpert_ref/lexpert              # once, before optimising
    python benchmarks/check_invariance.py --reference /tmp/lexpert_ref

The reference tree is rebuilt for each run: the current ``lexpert/`` package with the
code files (``--engine-files``; by default every ``.py``) taken from the reference copy.
The data (rule YAML, lexicons, factor texts) come from one snapshot of the checkout in
both trees (others may edit them meanwhile), so only the code differs.  Each tree checks every draft of
``../shared/eval/{kk,ru}`` and ``corpora/`` in a fresh interpreter with all rules on;
the findings (rule, line, end line, start, end, quote, address, fingerprint, message)
must be identical.  Exit code 0 when they are, 1 with the differences otherwise.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / ".." / "shared" / "eval"


def code_files(reference: Path) -> list[str]:
    """Every Python module of the reference package, relative to ``lexpert/``: the code, not the data."""
    package = reference / "lexpert"
    return sorted(str(p.relative_to(package)) for p in package.rglob("*.py") if "__pycache__" not in p.parts)


_CHILD = """
import json, sys
from lexpert.check import check_paths
results, _ = check_paths(sys.argv[1:])
out = []
for r in results:
    for f in r.findings:
        out.append([r.path, f.rule, f.line, f.end_line, f.start, f.end, f.quote, f.address, f.fingerprint, f.message])
    out.extend([r.path, "error", e] for e in r.errors)
print(json.dumps(out, ensure_ascii=False))
"""


def drafts() -> list[str]:
    """Every eval act and bundled draft."""
    found = sorted(EVAL.glob("*/*.txt")) if EVAL.is_dir() else []
    found += sorted(p for p in (ROOT / "corpora").glob("*/*") if p.suffix in (".txt", ".docx"))
    return [str(p) for p in found]


def overlay(current: Path, reference: Path, into: Path, files: tuple[str, ...]) -> Path:
    """The ``current`` package with ``files`` replaced by the reference copy's; returns its parent."""
    package = into / "lexpert"
    shutil.copytree(current, package, ignore=shutil.ignore_patterns("__pycache__"))
    for name in files:
        source, target = reference / "lexpert" / name, package / name
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, target)
        else:
            target.unlink(missing_ok=True)
    return into


def findings(tree: Path, paths: list[str]) -> list:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *paths], capture_output=True, text=True, check=False, cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"},
    )
    if done.returncode != 0:
        raise SystemExit(f"checking in {tree} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reference", type=Path, default=Path("/tmp/lexpert_ref"), help="folder holding the reference lexpert/")
    parser.add_argument("--engine-files", nargs="*", help="files or folders under lexpert/ (default: every .py)")
    args = parser.parse_args()
    engine_files = args.engine_files or code_files(args.reference)
    paths = drafts()
    with tempfile.TemporaryDirectory() as tmp:
        # one snapshot of the checkout, so that rule data edited meanwhile cannot differ between the two runs
        now = Path(tmp) / "current"
        shutil.copytree(ROOT / "lexpert", now / "lexpert", ignore=shutil.ignore_patterns("__pycache__"))
        ref_tree = overlay(now / "lexpert", args.reference, Path(tmp) / "reference", tuple(engine_files))
        expected = findings(ref_tree, paths)
        actual = findings(now, paths)
    old = {json.dumps(f, ensure_ascii=False) for f in expected}
    new = {json.dumps(f, ensure_ascii=False) for f in actual}
    print(f"{len(paths)} drafts, reference {len(expected)} findings, current {len(actual)} findings")
    if expected == actual:
        print("identical")
        return 0
    for line in sorted(old - new)[:20]:
        print("- " + line[:300])
    for line in sorted(new - old)[:20]:
        print("+ " + line[:300])
    if old == new:
        print("same findings in another order")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
