"""``eval``: score ``check`` against gold labels (unit: file, line, factor), as ANNOTATION.md says.

A finding covers the lines ``line..end_line``; it is a true positive when a gold
unit of the same file and factor lies on one of them.  Only scored factor ids
count.  For the ``high`` score, gold units of ``medium`` confidence are set aside:
a finding on one of them is neither a true nor a false positive.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lexpert.errors import InputError
from lexpert.findings import DocumentResult
from lexpert.rules.factors import scored_factor_ids


@dataclass(frozen=True)
class GoldUnit:
    """One gold label."""

    file: str
    line: int
    factor: str
    quote: str = ""
    confidence: str = "high"


@dataclass(frozen=True)
class Predicted:
    """One finding reduced to what is scored."""

    file: str
    line: int
    end_line: int
    factor: str
    rule: str
    quote: str


@dataclass
class Score:
    """Counts and rates for one slice (a factor, or all factors) of one language."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    """Scores per language and factor for ``high`` gold and for all gold, with the errors listed."""

    scores: dict[str, dict[str, dict[str, Score]]] = field(default_factory=dict)  # level → lang → factor|"micro"
    false_positives: list[Predicted] = field(default_factory=list)
    misses: list[GoldUnit] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "scores": {lvl: {lang: {k: s.to_dict() for k, s in per.items()} for lang, per in langs.items()}
                       for lvl, langs in self.scores.items()},
            "false_positives": [vars(p) for p in self.false_positives],
            "misses": [vars(g) for g in self.misses],
            "errors": self.errors,
        }


def load_gold(path: Path) -> tuple[list[GoldUnit], list[str]]:
    """Gold units and the list of fully read files (``files*.txt`` beside it, else the files named)."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    if not files or not all(f.is_file() for f in files):
        raise InputError(str(path), "no gold file found", "Give --gold a .jsonl file or a folder of them.")
    gold: list[GoldUnit] = []
    for file in files:
        for number, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
                gold.append(GoldUnit(obj["file"], int(obj["line"]), obj["factor"], obj.get("quote", ""),
                                     obj.get("confidence", "high")))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(f"{file}:{number}", f"not a gold label ({exc})", "See ANNOTATION.md for the format.") from None
    folder = path if path.is_dir() else path.parent
    listed: list[str] = []
    for lst in sorted(folder.glob("files*.txt")):
        listed += [ln.strip() for ln in lst.read_text(encoding="utf-8").splitlines() if ln.strip()]
    named = sorted({g.file for g in gold})
    return gold, (listed if listed else named)


def _lang_of(file: str, results: dict[str, DocumentResult]) -> str:
    result = results.get(file)
    if result is not None and result.lang:
        return result.lang
    return file.split("/", 1)[0] if "/" in file else "?"


def score(gold: list[GoldUnit], files: list[str], results: dict[str, DocumentResult]) -> Report:
    """Compare findings with gold for the listed files."""
    scored = set(scored_factor_ids())
    report = Report()
    predicted = [
        Predicted(file, f.line, f.end_line, f.factor, f.rule, f.quote)
        for file in files
        for f in (results[file].findings if file in results else [])
        if f.factor in scored
    ]
    unique: dict[tuple[str, int, str], Predicted] = {}
    for p in predicted:
        unique.setdefault((p.file, p.line, p.factor), p)
    preds = list(unique.values())
    listed = set(files)
    gold = [g for g in gold if g.file in listed and g.factor in scored]
    for level in ("high", "all"):
        wanted = [g for g in gold if level == "all" or g.confidence == "high"]
        ignored = [g for g in gold if g not in wanted]
        per: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))

        def covers(p: Predicted, g: GoldUnit) -> bool:
            return p.file == g.file and p.factor == g.factor and p.line <= g.line <= p.end_line

        for p in preds:
            lang = _lang_of(p.file, results)
            if any(covers(p, g) for g in wanted):
                per[lang][p.factor].tp += 1
            elif not any(covers(p, g) for g in ignored):
                per[lang][p.factor].fp += 1
                if level == "all":
                    report.false_positives.append(p)
        for g in wanted:
            if not any(covers(p, g) for p in preds):
                per[_lang_of(g.file, results)][g.factor].fn += 1
                if level == "all":
                    report.misses.append(g)
        out: dict[str, dict[str, Score]] = {}
        for lang, factors in sorted(per.items()):
            micro = Score()
            for s in factors.values():
                micro.tp, micro.fp, micro.fn = micro.tp + s.tp, micro.fp + s.fp, micro.fn + s.fn
            out[lang] = {**dict(sorted(factors.items())), "micro": micro}
        report.scores[level] = out
    return report


def evaluate(gold_path: Path, texts: Path) -> Report:
    """Run ``check`` on the files of the gold and score it."""
    from lexpert.check import check_paths

    gold, files = load_gold(gold_path)
    paths = [texts / f for f in files]
    results, _ = check_paths(paths)
    by_file = {f: r for f, r in zip(files, results, strict=True)}
    report = score(gold, files, by_file)
    report.errors = [f"{r.path}: {e}" for r in results for e in r.errors]
    return report
