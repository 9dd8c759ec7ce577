"""Small drafts written for the batch tests, and helpers that put them on disk."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx

from lexpert.batch import CheckOptions

# The rules these drafts were written for: tests pin them so that new rules do not change the counts.
RULES = ("body-may", "impersonal-may", "vague-deadline", "open-documents", "exceptional-cases", "if-necessary")
RULES_TOML = "select = [" + ", ".join(f'"{r}"' for r in RULES) + "]\n"

# Russian law: body-may (п. 2 ст. 2), open-documents (п. 3 ст. 2), vague-deadline (п. 1 ст. 3).
RU_V1 = """\
# ЗАКОН РЕСПУБЛИКИ КАЗАХСТАН

## О поддержке пчеловодства

### Статья 1. Основные понятия

1. Пчеловод – физическое лицо, содержащее пчелиные семьи.

### Статья 2. Компетенция уполномоченного органа

1. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней со дня его поступления.

2. Уполномоченный орган вправе отказать в выдаче субсидии.

3. Заявитель представляет копию удостоверения личности и иные документы.

### Статья 3. Сроки

1. Субсидия перечисляется в разумный срок.

2. Решение о выдаче субсидии принимается комиссией в течение пяти рабочих дней.
"""

# The next version: a new point 1 renumbers article 2 (its norms unchanged), point 1 of
# article 3 no longer has the vague deadline, point 2 of article 3 gains an exception.
RU_V2 = RU_V1.replace(
    "1. Уполномоченный орган рассматривает",
    "1. Уполномоченный орган ведёт реестр пчеловодов.\n\n2. Уполномоченный орган рассматривает",
).replace("2. Уполномоченный орган вправе", "3. Уполномоченный орган вправе").replace(
    "3. Заявитель", "4. Заявитель"
).replace(
    "комиссией в течение пяти рабочих дней.", "комиссией в течение пяти рабочих дней, а в исключительных случаях может быть продлено."
).replace("в разумный срок", "в течение пяти рабочих дней")

# Russian draft without any finding.
RU_CLEAN = """\
# ПОСТАНОВЛЕНИЕ

1. Уполномоченный орган рассматривает заявление в течение десяти рабочих дней.

2. Комиссия принимает решение в течение пяти рабочих дней со дня заседания.
"""

# Kazakh law: open-documents (1-баптың 2-тармағы), vague-deadline (1-баптың 3-тармағы).
KK = """\
# ҚАЗАҚСТАН РЕСПУБЛИКАСЫНЫҢ ЗАҢЫ

## Ара шаруашылығын қолдау туралы

### 1-бап. Уәкілетті органның құзыреті

1. Уәкілетті орган өтінішті он жұмыс күні ішінде қарайды.

2. Өтініш беруші жеке куәлігінің көшірмесін және өзге де құжаттарды ұсынады.

3. Субсидия ақылға қонымды мерзімде аударылады.
"""


def opts(**values: object) -> CheckOptions:
    """Options for one in-process check with :data:`RULES` unless ``select`` is given."""
    values = {"jobs": 1, "progress": False, "select": RULES, **values}
    return CheckOptions(**values)


def write(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8), creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_docx(path: Path, text: str, comments: dict[str, str] | None = None) -> Path:
    """A .docx with one paragraph per non-empty line; ``comments`` maps a line's start to a Word comment on it."""
    document = docx.Document()
    for line in text.splitlines():
        if not line.strip():
            continue
        paragraph = document.add_paragraph(line.lstrip("# "))
        for start, comment in (comments or {}).items():
            if line.lstrip("# ").startswith(start):
                document.add_comment(paragraph.runs, text=comment, author="Reviewer")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo`` with a fixed identity; return its output."""
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo, capture_output=True, text=True, check=True,
    )
    return done.stdout
