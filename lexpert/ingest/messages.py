"""User-facing messages of the readers, in English, Russian and Kazakh.

The language is taken from the ``LEXPERT_LANG`` environment variable (``en``,
``ru`` or ``kk``; default ``en``).  Each message is a ``(problem, hint)`` pair
that becomes an :class:`~lexpert.errors.InputError` naming the file.
"""

from __future__ import annotations

from lexpert.errors import InputError
from lexpert.i18n import ui_lang

MESSAGES: dict[str, dict[str, tuple[str, str]]] = {
    "missing": {
        "en": (
            "no such file or directory",
            "Check the path and the current directory.",
        ),
        "ru": (
            "файл или папка не найдены",
            "Проверьте путь и текущую папку.",
        ),
        "kk": (
            "файл немесе бума табылмады",
            "Жолды және ағымдағы буманы тексеріңіз.",
        ),
    },
    "is_directory": {
        "en": (
            "this is a directory, not a file",
            "Pass a draft file, or check the whole directory with the CLI.",
        ),
        "ru": (
            "это папка, а не файл",
            "Укажите файл проекта или проверьте всю папку через командную строку.",
        ),
        "kk": (
            "бұл файл емес, бума",
            "Жоба файлын көрсетіңіз немесе бүкіл буманы командалық жол арқылы тексеріңіз.",
        ),
    },
    "unreadable": {
        "en": (
            "the file cannot be read ({reason})",
            "Check that it exists and that you have permission to read it.",
        ),
        "ru": (
            "файл не удаётся прочитать ({reason})",
            "Проверьте, что он существует и у вас есть право на чтение.",
        ),
        "kk": (
            "файлды оқу мүмкін емес ({reason})",
            "Файлдың бар екенін және оны оқуға құқығыңыз бар екенін тексеріңіз.",
        ),
    },
    "no_drafts": {
        "en": (
            "the directory contains no drafts ({exts})",
            "Put draft files in it or check the --include/--exclude patterns.",
        ),
        "ru": (
            "в папке нет проектов ({exts})",
            "Положите в неё файлы проектов или проверьте шаблоны --include/--exclude.",
        ),
        "kk": (
            "бумада жоба файлдары жоқ ({exts})",
            "Оған жоба файлдарын салыңыз немесе --include/--exclude үлгілерін тексеріңіз.",
        ),
    },
    "unsupported": {
        "en": (
            "unsupported file type '{ext}'",
            "Supported types: {exts}; save the draft as .docx or .txt (UTF-8).",
        ),
        "ru": (
            "неподдерживаемый тип файла «{ext}»",
            "Поддерживаются: {exts}; сохраните проект как .docx или .txt (UTF-8).",
        ),
        "kk": (
            "файл түріне қолдау көрсетілмейді: «{ext}»",
            "Қолдау көрсетілетін түрлер: {exts}; жобаны .docx немесе .txt (UTF-8) ретінде сақтаңыз.",
        ),
    },
    "empty": {
        "en": (
            "the file is empty",
            "Check that you chose the right file and that the draft was saved.",
        ),
        "ru": (
            "файл пуст",
            "Проверьте, что выбран нужный файл и проект был сохранён.",
        ),
        "kk": (
            "файл бос",
            "Дұрыс файл таңдалғанын және жобаның сақталғанын тексеріңіз.",
        ),
    },
    "too_large": {
        "en": (
            "the file is {size}, over the {limit} limit for {kind} files",
            "A draft act is rarely over a few MB: check the file, or split the draft.",
        ),
        "ru": (
            "размер файла {size} превышает предел {limit} для файлов {kind}",
            "Проект акта редко больше нескольких МБ: проверьте файл или разделите проект.",
        ),
        "kk": (
            "файл көлемі {size}, бұл {kind} файлдары үшін {limit} шегінен асады",
            "Акт жобасы сирек бірнеше МБ-тан асады: файлды тексеріңіз немесе жобаны бөліңіз.",
        ),
    },
    "binary": {
        "en": (
            "the file is binary, not text",
            "Open it in the program that made it and save it as .txt (UTF-8) or .docx.",
        ),
        "ru": (
            "файл двоичный, а не текстовый",
            "Откройте его в программе, где он создан, и сохраните как .txt (UTF-8) или .docx.",
        ),
        "kk": (
            "файл мәтіндік емес, екілік файл",
            "Оны жасалған бағдарламада ашып, .txt (UTF-8) немесе .docx ретінде сақтаңыз.",
        ),
    },
    "kazakh_lost": {
        "en": (
            "the Kazakh letters were lost: {count} words have '?' in place of letters such as ә, ғ, қ, ң, ө, ұ, ү, һ, і",
            "The file was saved in a code page without Kazakh letters (such as Windows-1251); save the original as UTF-8 and run again.",
        ),
        "ru": (
            "казахские буквы утрачены: в {count} словах вместо букв ә, ғ, қ, ң, ө, ұ, ү, һ, і стоит «?»",
            "Файл сохранён в кодировке без казахских букв (например, Windows-1251); сохраните оригинал в UTF-8 и запустите снова.",
        ),
        "kk": (
            "қазақ әріптері жоғалған: {count} сөзде ә, ғ, қ, ң, ө, ұ, ү, һ, і әріптерінің орнында «?» тұр",
            "Файл қазақ әріптері жоқ кодтамада (мысалы, Windows-1251) сақталған; түпнұсқаны UTF-8 кодтамасында сақтап, қайта іске қосыңыз.",
        ),
    },
    "mojibake": {
        "en": (
            "the text is garbled by a wrong encoding (for example '{sample}')",
            "Open the original and save it as UTF-8.",
        ),
        "ru": (
            "текст искажён неверной кодировкой (например, «{sample}»)",
            "Откройте оригинал и сохраните его в кодировке UTF-8.",
        ),
        "kk": (
            "мәтін қате кодтамадан бұзылған (мысалы, «{sample}»)",
            "Түпнұсқаны ашып, UTF-8 кодтамасында сақтаңыз.",
        ),
    },
    "not_zip": {
        "en": (
            "the file is not a real {fmt} document (it is not a ZIP container)",
            "It may be another file renamed to {fmt}; open it in its program and save it as {fmt} again.",
        ),
        "ru": (
            "файл не является настоящим документом {fmt} (это не ZIP-контейнер)",
            "Возможно, это другой файл, переименованный в {fmt}; откройте его в своей программе и сохраните как {fmt}.",
        ),
        "kk": (
            "файл нағыз {fmt} құжаты емес (ZIP-контейнер емес)",
            "Бұл {fmt} деп қайта аталған басқа файл болуы мүмкін; оны өз бағдарламасында ашып, {fmt} ретінде қайта сақтаңыз.",
        ),
    },
    "ole": {
        "en": (
            "the file is a password-protected document or an old binary .doc file named {fmt}",
            "Open it in Word, remove the password if there is one, and save it as .docx.",
        ),
        "ru": (
            "файл защищён паролем или это старый двоичный .doc с расширением {fmt}",
            "Откройте его в Word, снимите пароль, если он есть, и сохраните как .docx.",
        ),
        "kk": (
            "файл құпиясөзбен қорғалған немесе {fmt} деп аталған ескі екілік .doc файлы",
            "Оны Word-та ашып, құпиясөз болса алып тастаңыз және .docx ретінде сақтаңыз.",
        ),
    },
    "encrypted": {
        "en": (
            "the document is password-protected",
            "Remove the password in the program that made it and save it again.",
        ),
        "ru": (
            "документ защищён паролем",
            "Снимите пароль в программе, где он создан, и сохраните заново.",
        ),
        "kk": (
            "құжат құпиясөзбен қорғалған",
            "Құпиясөзді құжат жасалған бағдарламада алып тастап, қайта сақтаңыз.",
        ),
    },
    "corrupt": {
        "en": (
            "the file is damaged ({reason})",
            "Open it in Word or LibreOffice, let it repair the file, and save it again.",
        ),
        "ru": (
            "файл повреждён ({reason})",
            "Откройте его в Word или LibreOffice, дайте программе восстановить файл и сохраните заново.",
        ),
        "kk": (
            "файл зақымдалған ({reason})",
            "Оны Word немесе LibreOffice бағдарламасында ашып, қалпына келтіріп, қайта сақтаңыз.",
        ),
    },
    "wrong_package": {
        "en": (
            "the ZIP container is not a {fmt} document",
            "It may be a spreadsheet or another file renamed to {fmt}; save the draft itself as {fmt}.",
        ),
        "ru": (
            "ZIP-контейнер не является документом {fmt}",
            "Возможно, это таблица или другой файл, переименованный в {fmt}; сохраните сам проект как {fmt}.",
        ),
        "kk": (
            "ZIP-контейнер {fmt} құжаты емес",
            "Бұл кесте немесе {fmt} деп қайта аталған басқа файл болуы мүмкін; жобаның өзін {fmt} ретінде сақтаңыз.",
        ),
    },
    "unpacked_too_large": {
        "en": (
            "the archive declares {size} of unpacked content, over the {limit} limit",
            "It was not unpacked (it may be a zip bomb); save the draft again without large embedded objects.",
        ),
        "ru": (
            "архив объявляет {size} распакованного содержимого, больше предела {limit}",
            "Он не распаковывался (возможно, это zip-бомба); сохраните проект заново без крупных вложенных объектов.",
        ),
        "kk": (
            "архив {size} ашылған мазмұнды жариялайды, бұл {limit} шегінен асады",
            "Ол ашылмады (zip-бомба болуы мүмкін); жобаны үлкен ендірілген нысандарсыз қайта сақтаңыз.",
        ),
    },
    "xml_too_large": {
        "en": (
            "the document's XML declares {size} of text and markup, over the {limit} limit",
            "It was not parsed; a draft act is far smaller, so split the document or save it again from Word.",
        ),
        "ru": (
            "XML документа объявляет {size} текста и разметки, больше предела {limit}",
            "Он не разбирался; проект акта намного меньше, поэтому разделите документ или сохраните его заново из Word.",
        ),
        "kk": (
            "құжаттың XML бөліктері {size} мәтін мен белгілеуді жариялайды, бұл {limit} шегінен асады",
            "Ол талданбады; акт жобасы әлдеқайда шағын, сондықтан құжатты бөліңіз немесе Word арқылы қайта сақтаңыз.",
        ),
    },
    "zip_bomb": {
        "en": (
            "the archive member '{member}' is compressed {ratio}:1, over the {limit}:1 limit",
            "It was not unpacked because it looks like a zip bomb; save the draft again from Word or LibreOffice.",
        ),
        "ru": (
            "элемент архива «{member}» сжат в {ratio}:1, больше предела {limit}:1",
            "Он не распаковывался, так как похож на zip-бомбу; сохраните проект заново из Word или LibreOffice.",
        ),
        "kk": (
            "архивтің «{member}» бөлігі {ratio}:1 сығылған, бұл {limit}:1 шегінен асады",
            "Ол zip-бомбаға ұқсайтындықтан ашылмады; жобаны Word немесе LibreOffice арқылы қайта сақтаңыз.",
        ),
    },
    "too_many_members": {
        "en": (
            "the archive has {count} members, over the {limit} limit",
            "Save the draft again from Word or LibreOffice.",
        ),
        "ru": (
            "в архиве {count} элементов, больше предела {limit}",
            "Сохраните проект заново из Word или LibreOffice.",
        ),
        "kk": (
            "архивте {count} бөлік бар, бұл {limit} шегінен асады",
            "Жобаны Word немесе LibreOffice арқылы қайта сақтаңыз.",
        ),
    },
    "doctype": {
        "en": (
            "the XML part '{member}' contains a DOCTYPE declaration, which office documents never use",
            "It was not parsed, so that no external entity is read; open the file in Word or LibreOffice and save it again.",
        ),
        "ru": (
            "XML-часть «{member}» содержит объявление DOCTYPE, которого не бывает в офисных документах",
            "Она не разбиралась, чтобы не читать внешние сущности; откройте файл в Word или LibreOffice и сохраните заново.",
        ),
        "kk": (
            "«{member}» XML бөлігінде кеңсе құжаттарында болмайтын DOCTYPE жарияламасы бар",
            "Сыртқы нысандар оқылмауы үшін ол талданбады; файлды Word немесе LibreOffice бағдарламасында ашып, қайта сақтаңыз.",
        ),
    },
    "no_text": {
        "en": (
            "the document contains no text",
            "Check that the draft is not only pictures; save the text of the draft itself.",
        ),
        "ru": (
            "в документе нет текста",
            "Проверьте, что проект не состоит из одних изображений; сохраните сам текст проекта.",
        ),
        "kk": (
            "құжатта мәтін жоқ",
            "Жобаның тек суреттерден тұрмайтынын тексеріңіз; жобаның мәтінін сақтаңыз.",
        ),
    },
    "pdf_no_text": {
        "en": (
            "the PDF has no text layer (it looks like a scan)",
            "Run OCR on it, or use the .docx or .txt version of the draft.",
        ),
        "ru": (
            "в PDF нет текстового слоя (похоже на скан)",
            "Распознайте его (OCR) или возьмите версию проекта в .docx или .txt.",
        ),
        "kk": (
            "PDF файлында мәтін қабаты жоқ (сканерленген құжатқа ұқсайды)",
            "Оны OCR арқылы танытыңыз немесе жобаның .docx не .txt нұсқасын алыңыз.",
        ),
    },
    "too_many_pages": {
        "en": (
            "the PDF has {count} pages, over the {limit} page limit",
            "Split the PDF or use the .docx or .txt version of the draft.",
        ),
        "ru": (
            "в PDF {count} страниц, больше предела {limit}",
            "Разделите PDF или возьмите версию проекта в .docx или .txt.",
        ),
        "kk": (
            "PDF файлында {count} бет бар, бұл {limit} беттік шектен асады",
            "PDF файлын бөліңіз немесе жобаның .docx не .txt нұсқасын алыңыз.",
        ),
    },
}


def language() -> str:
    """The message language chosen by ``LEXPERT_LANG`` (``en`` when unset or unknown)."""
    return ui_lang()


def input_error(path: str | object, key: str, **params: object) -> InputError:
    """An :class:`InputError` for ``path`` with the message ``key`` in the user's language."""
    problem, hint = MESSAGES[key][language()]
    return InputError(str(path), problem.format(**params), hint.format(**params))
