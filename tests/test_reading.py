"""How a pasted source is read: each class of page furniture, quote and attribution,
one small table each, in the three languages; then --dry-run, the original kept and
the journal of what was dropped, through the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import invoke, snapshot
from workflow.model import BlockKind
from workflow.sources import build_release, read_source
from workflow.sources.clutter import clutter_reason, credit
from workflow.sources.common import split_dateline
from workflow.sources.dates import find_date, is_date_line
from workflow.sources.plaintext import read_plaintext
from workflow.sources.spacing import clean_spaces

K = BlockKind
NBSP = "\u00a0"


def units(text: str, lang: str = "ru") -> list[tuple[str, str]]:
    release = build_release(read_plaintext(text), "x", lang)
    return [(kind.value, sentence) for _pos, kind, sentence in release.positions()]


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("14:05, 3 Наурыз 2024 | GMT +5", dt.date(2024, 3, 3)),
        ("05.03.2024 10:12", dt.date(2024, 3, 5)),
        ("3 March 2024, 14:05", dt.date(2024, 3, 3)),
        ("Опубликовано: 5 марта 2024", dt.date(2024, 3, 5)),
        ("Жарияланды: 12.03.2024, 09:40", dt.date(2024, 3, 12)),
        ("Published: March 12, 2024 at 9:40 a.m.", dt.date(2024, 3, 12)),
        ("Обновлено: 2024-03-05 18:00 UTC+6", dt.date(2024, 3, 5)),
        ("2024 жылғы 5 наурыз, 11:20", dt.date(2024, 3, 5)),
    ],
)
def test_time_stamps_are_dropped_and_give_the_date(line, date):
    assert is_date_line(line)
    assert clutter_reason(line) == "time stamp"
    text = f"{line}\nЗаголовок новости\n\nТекст новости. Второе предложение.\n"
    document = read_plaintext(text)
    assert document.title == "Заголовок новости"
    assert document.date == date
    assert document.reading.date_from == f"the time stamp '{line}'"


@pytest.mark.parametrize(
    "line",
    [
        "Вена, 3 марта 2024 года – Делегация прибыла.",
        "В 2024 году, 5 марта, открыли школу.",
        "Published results for 12 March 2024 show growth in every region of the country.",
    ],
)
def test_text_with_a_date_is_not_a_time_stamp(line):
    assert not is_date_line(line)
    assert clutter_reason(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("- Новости", "menu item"),
        ("- 05.03.2024 10:12", "time stamp"),
        ("- Просмотров: 45", "view count"),
        ("Просмотров: 1 045", "view count"),
        ("Поделиться", "menu"),
        ("Печать", "menu"),
        ("Версия для печати", "menu"),
        ("Басып шығару", "menu"),
        ("Главная / Пресс-центр / Новости", "breadcrumbs"),
        ("Басты бет / Баспасөз орталығы", "breadcrumbs"),
        ("Home > News > Press releases", "breadcrumbs"),
        ("Читайте также", "read-also link"),
        ("Сондай-ақ оқыңыз", "read-also link"),
        ("By Aliya Nurtayeva", "author byline"),
        ("Назад", "menu"),
        ("Артқа", "menu"),
        ("Back to news", "menu"),
        ("Дата события: 01.02.2024", "event date"),
        ("Теги: экономика, инвестиции", "tags"),
        ("Тегтер: білім, мектеп", "tags"),
        ("Tags: education, schools", "tags"),
        ("Автор: Иван Петров", "author footer"),
        ("Источник: Kazinform", "source footer"),
        ("Дереккөз: Kazinform", "source footer"),
        ("Source: Ministry of Culture and Information", "source footer"),
        ("География: Астана, Алматы", "geography footer"),
        ("Facebook Twitter Telegram WhatsApp", "share buttons"),
        ("Читайте также: В Астане открыли ледовый дворец", "read-also link"),
    ],
)
def test_menu_and_meta_lines(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Новости о ходе строительства публикуются еженедельно.",
        "- школа на 1 200 мест;",
        "- 12 новых поликлиник",
        "Источник финансирования – республиканский бюджет.",
        "Автор проекта, архитектор Арман Бекетов, представил макет.",
        "Астана / Алматы",
    ],
)
def test_text_is_not_taken_for_clutter(line):
    assert clutter_reason(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Фото: пресс-служба акимата", ("photo", "пресс-служба акимата")),
        ("Фото: Kazinform", ("photo", "Kazinform")),
        ("Фото – Асхат Омаров", ("photo", "Асхат Омаров")),
        ("Photo: Press service of the APK", ("photo", "Press service of the APK")),
        ("Photo by Dana Ospanova", ("photo", "Dana Ospanova")),
        ("Суретті түсірген: Асқар Нұрланов", ("photo", "Асқар Нұрланов")),
        ("Фото автора", ("photo", "фото автора")),
        ("На фото: аким области на открытии школы", ("caption", "аким области на открытии школы")),
        ("Суретте: министр оқушылармен", ("caption", "министр оқушылармен")),
        ("Фотовыставка откроется в марте.", None),
    ],
)
def test_photo_credits_and_captions(line, expected):
    assert credit(line) == expected


def test_credits_are_metadata_never_units():
    text = (
        "Открыта новая школа\n\nФото: пресс-служба акимата\n\nШкола рассчитана на 600 мест.\n"
        "На фото: аким района с учениками\n\nФото: Kazinform\n"
    )
    document = read_plaintext(text)
    assert document.metadata == {
        "photo": "пресс-служба акимата; Kazinform",
        "caption": "аким района с учениками",
    }
    assert units(text) == [
        ("title", "Открыта новая школа"),
        ("paragraph", "Школа рассчитана на 600 мест."),
    ]


@pytest.mark.parametrize(
    ("paragraph", "dateline", "place", "agency"),
    [
        (
            "АЛМАТЫ. KAZINFORM — Аким города провёл приём.",
            "АЛМАТЫ. KAZINFORM",
            "Алматы",
            "KAZINFORM",
        ),
        ("Астана. КазТАГ – Министр провёл брифинг.", "Астана. КазТАГ", "Астана", "КазТАГ"),
        (
            "ASTANA. Kazinform – The minister met students.",
            "ASTANA. Kazinform",
            "Astana",
            "Kazinform",
        ),
        (
            "Нур-Султан, 12 марта. Kazakhstan Today – Сенат одобрил закон.",
            "Нур-Султан, 12 марта. Kazakhstan Today",
            "Нур-Султан",
            "Kazakhstan Today",
        ),
        (
            "АСТАНА. 28 ноября. КАЗИНФОРМ – Мәжіліс заң жобасын мақұлдады.",
            "АСТАНА. 28 ноября. КАЗИНФОРМ",
            "Астана",
            "КАЗИНФОРМ",
        ),
        (
            "Астана, 5 марта 2024 года – Состоялось заседание.",
            "Астана, 5 марта 2024 года",
            "Астана",
            None,
        ),
    ],
)
def test_agency_datelines_are_one_unit(paragraph, dateline, place, agency):
    document = read_plaintext(f"Заголовок\n\n{paragraph}\n")
    assert document.dateline == dateline
    assert document.place == place
    assert document.metadata.get("agency") == agency
    assert document.body[0][1] == split_dateline(paragraph)[1]


def test_a_dateline_without_a_year_takes_the_time_stamps():
    document = read_plaintext(
        "12.03.2023 10:12\nСенат одобрил закон\n\nНур-Султан, 12 марта. Kazakhstan Today – "
        "Сенат одобрил закон о языках.\n"
    )
    assert document.date == dt.date(2023, 3, 12)
    assert document.reading.date_from == "the dateline 'Нур-Султан, 12 марта. Kazakhstan Today'"


def test_the_headline_is_the_line_that_is_none_of_the_others():
    text = (
        "Қазақстан Республикасы Мәдениет және ақпарат министрлігі\n"
        "ҚОҒАМ\n"
        "Астанада жаңа кітапхана ашылды\n"
        "05.03.2024 10:12\n"
        "- Қаралым: 120\n\n"
        "Астана, 5 наурыз – Елордада жаңа кітапхана ашылды. Оның қоры 50 мың кітап.\n"
    )
    document = read_plaintext(text)
    assert document.rubric == "ҚОҒАМ"
    assert document.title == "Астанада жаңа кітапхана ашылды"
    assert document.date == dt.date(2024, 3, 5)
    reasons = [(d.reason, d.line) for d in document.reading.dropped]
    assert reasons[0] == (
        "site or office name above the headline",
        "Қазақстан Республикасы Мәдениет және ақпарат министрлігі",
    )
    assert ("time stamp", "05.03.2024 10:12") in reasons


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Айгуль Сейтова\nруководитель центра медиации\n— Медиация помогает людям.\n",
            [
                ("attribution", "Айгуль Сейтова, руководитель центра медиации"),
                ("quote", "Медиация помогает людям."),
            ],
        ),
        (
            "Асель Нурланова\n\nзаместитель акима области\n\n«Мы откроем пять школ».\n",
            [
                ("attribution", "Асель Нурланова, заместитель акима области"),
                ("quote", "Мы откроем пять школ."),
            ],
        ),
        (
            "Dana Ospanova\nHead of the Secretariat of the APK\n– Every language deserves care.\n",
            [
                ("attribution", "Dana Ospanova, Head of the Secretariat of the APK"),
                ("quote", "Every language deserves care."),
            ],
        ),
    ],
)
def test_two_line_attributions(text, expected):
    assert units(f"Заголовок\n\nВступление.\n\n{text}")[2:] == expected


@pytest.mark.parametrize(
    ("paragraph", "lang", "expected"),
    [
        (
            "«Медиация помогает людям. Мы откроем кабинеты», – отметил аким. "
            "Он добавил, что работа продолжится.",
            "ru",
            [
                ("quote", "Медиация помогает людям."),
                ("quote", "Мы откроем кабинеты"),
                ("attribution", "– отметил аким."),
                ("paragraph", "Он добавил, что работа продолжится."),
            ],
        ),
        (
            "«Біз бес мектеп саламыз», – деді ол. Жиын соңында марапаттау өтті.",
            "kk",
            [
                ("quote", "Біз бес мектеп саламыз"),
                ("attribution", "– деді ол."),
                ("paragraph", "Жиын соңында марапаттау өтті."),
            ],
        ),
        (
            "“We will keep it,” he said. The meeting ended with a concert.",
            "en",
            [
                ("quote", "We will keep it"),
                ("attribution", "he said."),
                ("paragraph", "The meeting ended with a concert."),
            ],
        ),
        (
            "«Кто, если не мы?» — спросил министр.",
            "ru",
            [("quote", "Кто, если не мы?"), ("attribution", "— спросил министр.")],
        ),
        (
            "— Мы готовы, — сказал аким. — Начнём в понедельник.",
            "ru",
            [
                ("quote", "Мы готовы"),
                ("attribution", "— сказал аким."),
                ("quote", "Начнём в понедельник."),
            ],
        ),
        (
            "«Бірлік – біздің ортақ құндылығымыз. Оны сақтаймыз».",
            "kk",
            [
                ("quote", "Бірлік – біздің ортақ құндылығымыз."),
                ("quote", "Оны сақтаймыз."),
            ],
        ),
        (
            "«Самрук-Казына» объявил о новой программе.",
            "ru",
            [("paragraph", "«Самрук-Казына» объявил о новой программе.")],
        ),
        (
            "“Unity Week” opens on Monday in all regions.",
            "en",
            [("paragraph", "“Unity Week” opens on Monday in all regions.")],
        ),
    ],
)
def test_quotes_end_where_the_quotation_ends(paragraph, lang, expected):
    assert units(f"Headline\n\nIntroduction.\n\n{paragraph}\n", lang)[2:] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("В  Астане  открыли\tшколу.", "В Астане открыли школу."),
        (f"В{NBSP}Астане{NBSP} открыли школу", "В Астане открыли школу"),
        (f"на 5{NBSP}000 мест", f"на 5{NBSP}000 мест"),
        (f"Н.{NBSP}А.{NBSP}Назарбаев", f"Н.{NBSP}А.{NBSP}Назарбаев"),
        (f"рост на 12{NBSP}%", f"рост на 12{NBSP}%"),
        (f"Указ №{NBSP}45", f"Указ №{NBSP}45"),
        ("мек\u00adтеп\u200b салынды ", "мектеп салынды"),
        (f"в 17{NBSP}областях и{NBSP}2026{NBSP}года", f"в 17{NBSP}областях и 2026{NBSP}года"),
        (f"Задача{NBSP}— слышать каждого", f"Задача{NBSP}— слышать каждого"),
        (
            f"Все{NBSP}пробелы{NBSP}здесь{NBSP}неразрывные:{NBSP}17{NBSP}областей{NBSP}—{NBSP}и{NBSP}всё",
            "Все пробелы здесь неразрывные: 17 областей — и всё",
        ),
    ],
)
def test_web_spacing_is_made_plain(line, expected):
    assert clean_spaces(line) == expected


def test_spacing_is_plain_in_units_and_in_source_md(workspace, tmp_path, runner):
    page = tmp_path / "page.txt"
    page.write_text(
        "Открыта  новая\u00a0школа\n\n"
        "Школа  рассчитана\tна 1\u00a0200 мест.\u00a0 Её построили за год.\n",
        encoding="utf-8",
    )
    assert invoke(runner, "ingest", str(page), "--lang", "ru", "--id", "school").exit_code == 0
    source = (workspace.root / "releases" / "school" / "source.md").read_text(encoding="utf-8")
    assert "Школа рассчитана на 1\u00a0200 мест. Её построили за год." in source
    assert "  " not in source and "\t" not in source


def test_line_and_paragraph_separators_end_lines():
    document = read_plaintext("Заголовок\u2029Первый абзац.\u2028Второй абзац.\x85Третий.\n")
    assert [text for _kind, text in document.body] == [
        "Первый абзац.",
        "Второй абзац.",
        "Третий.",
    ]


def test_a_long_line_without_spaces_is_read_in_linear_time():
    """A quadratic search would take many minutes on this; no timer, the suite would stall."""
    blob = "Ә" * 300_000
    data = f"Заголовок\n\n{blob} 5 марта 2024 {blob}.\n".encode()
    document = read_source(data, "long.txt")
    assert document.body[0][1].startswith("Ә")
    assert find_date("5" * 200_000) is None
    assert clutter_reason("Фото:" + "x" * 200_000) is None


# Through the command line: --dry-run, the original kept, the journal

PAGE = """\
Главная / Пресс-центр / Новости
ЭКОНОМИКА
В Алматы открыли технопарк
14:05, 5 марта 2024 | GMT +5
- Просмотров: 45
Фото: пресс-служба акимата

АЛМАТЫ. KAZINFORM – В Алматы открыли технопарк на 5 000 рабочих мест.

Поделиться
"""


def test_dry_run_shows_the_reading_and_changes_nothing(workspace, tmp_path, runner):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(page), "--lang", "ru", "--dry-run")
    assert result.exit_code == 0, result.output
    assert snapshot(workspace.root) == before
    out = result.stdout
    assert "dry run: nothing written" in out
    assert "Date: 2024-03-05, from the time stamp '14:05, 5 марта 2024 | GMT +5'" in out
    assert "photo: пресс-служба акимата" in out and "agency: KAZINFORM" in out
    for kind, text in [
        ("rubric", "ЭКОНОМИКА"),
        ("title", "В Алматы открыли технопарк"),
        ("dateline", "АЛМАТЫ. KAZINFORM"),
        ("paragraph", "В Алматы открыли технопарк на 5 000 рабочих мест."),
    ]:
        assert any(line.split() == [kind, *text.split()] for line in out.splitlines()), kind
    for number, reason, line in [
        (1, "breadcrumbs", "Главная / Пресс-центр / Новости"),
        (5, "view count", "- Просмотров: 45"),
        (10, "menu", "Поделиться"),
    ]:
        assert any(
            shown.split() == ["line", str(number), *reason.split(), *line.split()]
            for shown in out.splitlines()
        ), reason


def test_dry_run_refuses_what_an_ingest_refuses(workspace, tmp_path, runner):
    page = tmp_path / "page.txt"
    page.write_text("Only a headline\n", encoding="utf-8")
    before = snapshot(workspace.root)
    result = invoke(runner, "ingest", str(page), "--lang", "ru", "--dry-run")
    assert result.exit_code == 1
    assert "headline but no text" in result.stderr
    assert snapshot(workspace.root) == before


def test_ingest_keeps_the_original_and_journals_what_was_dropped(workspace, tmp_path, runner):
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode("utf-8"))
    result = invoke(runner, "ingest", str(page), "--lang", "ru", "--id", "technopark")
    assert result.exit_code == 0, result.output
    assert "units: 1 rubric, 1 title, 1 dateline, 1 paragraph" in result.stdout
    assert "dropped 5 lines" in result.stdout
    assert "original kept as releases/technopark/original.txt" in result.stdout
    folder = workspace.root / "releases" / "technopark"
    assert (folder / "original.txt").read_bytes() == page.read_bytes()
    entry = json.loads((folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert entry["dropped"] == [
        ["breadcrumbs", "Главная / Пресс-центр / Новости"],
        ["time stamp", "14:05, 5 марта 2024 | GMT +5"],
        ["view count", "- Просмотров: 45"],
        ["photo credit (kept as photo)", "Фото: пресс-служба акимата"],
        ["menu", "Поделиться"],
    ]
    source = (folder / "source.md").read_text(encoding="utf-8")
    assert 'photo: "пресс-служба акимата"' in source and 'agency: "KAZINFORM"' in source
    log = invoke(runner, "log", "technopark")
    assert "from page.txt; 5 lines dropped as page clutter" in log.stdout


def test_a_new_source_replaces_the_original(workspace, tmp_path, runner):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert invoke(runner, "ingest", str(page), "--lang", "ru", "--id", "tp").exit_code == 0
    markdown = tmp_path / "page.md"
    markdown.write_text("# В Алматы открыли технопарк\n\nТекст новости.\n", encoding="utf-8")
    assert invoke(runner, "ingest", str(markdown), "--lang", "ru", "--id", "tp").exit_code == 0
    folder = workspace.root / "releases" / "tp"
    assert sorted(p.name for p in folder.glob("original.*")) == ["original.md"]
    assert (folder / "original.md").read_bytes() == markdown.read_bytes()


# Found by trying the reader as a user would: each a case that once read wrong

H = "Заголовок новости\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            H + "«Мы готовы к паводку»,\n– сказал аким.\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("quote", "Мы готовы к паводку"),
                ("attribution", "– сказал аким."),
            ],
        ),
        (H + "«Да», \n", "ru", [("title", "Заголовок новости"), ("quote", "Да")]),
        (
            "ПОЛИТИКА\nКазахстан – ЕС: новые горизонты сотрудничества\n\n"
            "Брюссель, 5 марта 2024 года – Стороны обсудили планы.\n",
            "ru",
            [
                ("rubric", "ПОЛИТИКА"),
                ("title", "Казахстан – ЕС: новые горизонты сотрудничества"),
                ("dateline", "Брюссель, 5 марта 2024 года"),
                ("paragraph", "Стороны обсудили планы."),
            ],
        ),
        (
            "Kazinform\nҚОҒАМ\nАстанада жаңа мектеп ашылды\nБүгін, 14:05\n"
            "Астанада жаңа мектеп ашылды\n\nМектеп 600 оқушыға арналған.\n",
            "kk",
            [
                ("rubric", "ҚОҒАМ"),
                ("title", "Астанада жаңа мектеп ашылды"),
                ("paragraph", "Мектеп 600 оқушыға арналған."),
            ],
        ),
        (
            "Новая школа открыта\nЧто изменится для жителей с 1 апреля?\n\n"
            "С 1 апреля правила меняются.\n",
            "ru",
            [
                ("title", "Новая школа открыта"),
                ("paragraph", "Что изменится для жителей с 1 апреля?"),
                ("paragraph", "С 1 апреля правила меняются."),
            ],
        ),
        (
            "Сессия Ассамблеи народа Казахстана прошла под\nпредседательством Главы государства\n\n"
            "Сессия прошла в Астане.\n",
            "ru",
            [
                (
                    "title",
                    "Сессия Ассамблеи народа Казахстана прошла под "
                    "председательством Главы государства",
                ),
                ("paragraph", "Сессия прошла в Астане."),
            ],
        ),
        (
            H + "Награды получили:\n\nАйгуль Сейтова\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "Награды получили:"),
                ("paragraph", "Айгуль Сейтова"),
            ],
        ),
        (
            H + "Этапы конкурса:\n- 1 марта 2024 года\n- 15 марта 2024 года\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "Этапы конкурса:"),
                ("list-item", "1 марта 2024 года"),
                ("list-item", "15 марта 2024 года"),
            ],
        ),
        (
            H + "На портале доступны разделы:\n- Новости\n- Объявления\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "На портале доступны разделы:"),
                ("list-item", "Новости"),
                ("list-item", "Объявления"),
            ],
        ),
        (
            H + "Астана / Алматы / Шымкент\n",
            "ru",
            [("title", "Заголовок новости"), ("paragraph", "Астана / Алматы / Шымкент")],
        ),
        (
            H + "Фото – это память поколений, считает художник.\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "Фото – это память поколений, считает художник."),
            ],
        ),
        (
            H + "Сегодня, 5 марта, в Астане прошло заседание – одно из важнейших.\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "Сегодня, 5 марта, в Астане прошло заседание – одно из важнейших."),
            ],
        ),
        (
            H + "«Ауыл – Ел бесігі» – это государственная программа.\n\n"
            "«Самрук-Казына», «Байтерек» и «КазМунайГаз» представили отчёты.\n\n"
            "«Мы готовы» — главный лозунг форума.\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "«Ауыл – Ел бесігі» – это государственная программа."),
                ("paragraph", "«Самрук-Казына», «Байтерек» и «КазМунайГаз» представили отчёты."),
                ("paragraph", "«Мы готовы» — главный лозунг форума."),
            ],
        ),
        (
            "Headline\n\n“We will build a new school,” the akim said, “and repair the roads.”\n",
            "en",
            [
                ("title", "Headline"),
                ("quote", "We will build a new school"),
                ("attribution", "the akim said,"),
                ("quote", "and repair the roads."),
            ],
        ),
        (
            H + "— Работа продолжится, — сказал аким, — до конца года.\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("quote", "Работа продолжится"),
                ("attribution", "— сказал аким,"),
                ("quote", "до конца года."),
            ],
        ),
        (
            H + "Напомним:\nранее аким поручил.\n\nВ Астане и Шымкенте пройдут акции:\n"
            "— от 5 до 10 лет;\n— от 11 до 15 лет.\n",
            "ru",
            [
                ("title", "Заголовок новости"),
                ("paragraph", "Напомним: ранее аким поручил."),
                ("paragraph", "В Астане и Шымкенте пройдут акции:"),
                ("list-item", "от 5 до 10 лет;"),
                ("list-item", "от 11 до 15 лет."),
            ],
        ),
        (
            "Хабарландыру\nЖаңа курстар ашылды\n\nКурстар ашылды.\n",
            "kk",
            [
                ("rubric", "Хабарландыру"),
                ("title", "Жаңа курстар ашылды"),
                ("paragraph", "Курстар ашылды."),
            ],
        ),
    ],
)
def test_cases_a_careful_editor_reads_otherwise(text, lang, expected):
    assert units(text, lang) == expected


@pytest.mark.parametrize(
    ("paragraph", "dateline", "place", "agency", "rest"),
    [
        (
            "Астана қаласы, 2024 жылғы 5 наурыз – Жиын өтті.",
            "Астана қаласы, 2024 жылғы 5 наурыз",
            "Астана қаласы",
            None,
            "Жиын өтті.",
        ),
        (
            "АСТАНА, 5 марта — /Kazinform/ — Глава государства подписал закон.",
            "АСТАНА, 5 марта",
            "Астана",
            "Kazinform",
            "Глава государства подписал закон.",
        ),
        (
            "ASTANA (Kazinform) – The Head of State signed the law.",
            "ASTANA (Kazinform)",
            "Astana",
            "Kazinform",
            "The Head of State signed the law.",
        ),
        (
            "Алматы, 5 марта, 14:05 – Открылся форум.",
            "Алматы, 5 марта, 14:05",
            "Алматы",
            None,
            "Открылся форум.",
        ),
    ],
)
def test_more_datelines(paragraph, dateline, place, agency, rest):
    document = read_plaintext(f"Заголовок\n\n{paragraph}\n")
    assert (document.dateline, document.place) == (dateline, place)
    assert document.metadata.get("agency") == agency
    assert document.body[0][1] == rest


@pytest.mark.parametrize(
    "line",
    [
        "Нравится",
        "Подписывайтесь на наш Telegram-канал",
        "Жаңалықтарды Telegram-арнамыздан оқыңыз",
        "Если вы нашли ошибку, выделите её и нажмите Ctrl+Enter",
        "© 2024 Kazinform",
        "Барлық құқықтар қорғалған",
        "При использовании материалов ссылка обязательна",
        "Комментарии (0)",
        "Пікірлер (2)",
        "1 2 3 4 5 … 10",
        "« Предыдущая | Следующая »",
        "Келесі жаңалық",
        "#акимат #Караганда",
        "Редактор: Иван Петров",
        "Сегодня, 14:05",
        "5 минут назад",
        "Бүгін, 09:15",
        "Вторник, 5 марта 2024",
        "Сейсенбі, 5 наурыз 2024",
        "5 марта 2024, 14:05 | Просмотров: 120",
        "Опубликовано: 05.03.2024, 14:05 | Обновлено: 05.03.2024, 16:20",
        "Posted on March 5, 2024 by admin",
        "5 min read",
        "Вт, 05.03.2024 - 14:05",
    ],
)
def test_more_page_furniture(line):
    assert clutter_reason(line) is not None
    assert units(f"{H}Текст новости.\n\n{line}\n") == [
        ("title", "Заголовок новости"),
        ("paragraph", "Текст новости."),
    ]


def test_a_related_list_goes_whole_and_never_dates_the_release():
    text = (
        H + "Текст новости.\n\nПохожие новости\nВ Караганде открыли парк\n"
        "05.03.2023 09:40\nВ Темиртау отремонтировали школу\n"
    )
    document = read_plaintext(text)
    assert [text for _kind, text in document.body] == ["Текст новости."]
    assert document.date is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            f"Школа №{NBSP}5 на 1{NBSP}200{NBSP}мест открылась в 2024{NBSP}году.",
            f"Школа №{NBSP}5 на 1{NBSP}200{NBSP}мест открылась в 2024{NBSP}году.",
        ),
        (f"в г.{NBSP}Астане, т.{NBSP}е. в столице", f"в г.{NBSP}Астане, т.{NBSP}е. в столице"),
        (f"Токаев{NBSP}К. К. подписал", f"Токаев{NBSP}К. К. подписал"),
    ],
)
def test_typographic_no_break_spaces_stay(line, expected):
    assert clean_spaces(line) == expected


def test_a_paste_of_countless_lines_is_refused_in_one_line():
    from workflow.errors import InputError

    with pytest.raises(InputError, match="more than 20,000 lines of text"):
        read_source(("Заголовок\n\n" + ".\n\n" * 300_000).encode(), "dots.txt")
    blank = read_source(("Заголовок\n\nТекст.\n" + "\n" * 1_000_000).encode(), "blank.txt")
    assert blank.body == [(K.PARAGRAPH, "Текст.")]


def test_no_unit_is_ever_empty():
    for text in (H + "«Да», \n", H + "«»,\n– сказал аким.\n", H + "— \n\n«»\n"):
        release = build_release(read_plaintext(text), "x", "ru")
        assert all(sentence.strip() for block in release.blocks for sentence in block.sentences)


B = "\n\nАстана, 5 марта 2025 года – Текст новости.\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Пресс-релиз\n\nВ столице открылся парк" + B,
            "ru",
            [
                ("rubric", "Пресс-релиз"),
                ("title", "В столице открылся парк"),
                ("dateline", "Астана, 5 марта 2025 года"),
                ("paragraph", "Текст новости."),
            ],
        ),
        (
            "PRESS RELEASE\nFor immediate release\n\nAstana Hub expands\n\n"
            "ASTANA, 4 April 2025 – The hub grew.\n",
            "en",
            [
                ("rubric", "PRESS RELEASE"),
                ("title", "Astana Hub expands"),
                ("dateline", "ASTANA, 4 April 2025"),
                ("paragraph", "The hub grew."),
            ],
        ),
        (
            "АКИМАТ ГОРОДА АСТАНЫ\nПРЕСС-РЕЛИЗ\n\nПаводки под контролем" + B,
            "ru",
            [
                ("rubric", "ПРЕСС-РЕЛИЗ"),
                ("title", "Паводки под контролем"),
                ("dateline", "Астана, 5 марта 2025 года"),
                ("paragraph", "Текст новости."),
            ],
        ),
        (
            "ПРЕСС-РЕЛИЗ\nг. Астана 12.03.2025\n\nПаводки под контролем\n\nТекст новости.\n",
            "ru",
            [
                ("rubric", "ПРЕСС-РЕЛИЗ"),
                ("title", "Паводки под контролем"),
                ("dateline", "г. Астана 12.03.2025"),
                ("paragraph", "Текст новости."),
            ],
        ),
        (
            "Сенат Парламента Республики Казахстан\n\nСенат одобрил закон\n\nТекст.\n",
            "ru",
            [("title", "Сенат одобрил закон"), ("paragraph", "Текст.")],
        ),
        (
            "Жарияланған күні: 05.03.2025\nЖаңа мектеп\n\nМәтін.\n",
            "kk",
            [("title", "Жаңа мектеп"), ("paragraph", "Мәтін.")],
        ),
        (
            "Заголовок\n\nПрограмма:\n\n10:00 – 10:30\n\nДата: 28 мая 2025 года\n\n"
            "Итоги прошлого года:\n\n450\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("paragraph", "Программа:"),
                ("paragraph", "10:00 – 10:30"),
                ("paragraph", "Дата: 28 мая 2025 года"),
                ("paragraph", "Итоги прошлого года:"),
                ("paragraph", "450"),
            ],
        ),
        (
            "Заголовок\n\nТекст.\n\nЧитайте также\nВ Туркестане открылся новый аэропорт\n\n"
            "Основные направления\n\nКонцепция принята.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("paragraph", "Текст."),
                ("paragraph", "Основные направления"),
                ("paragraph", "Концепция принята."),
            ],
        ),
        (
            "Заголовок\n\nВ 2025 году планируется:\n"
            "– Строительство 12 школ;\n– Ремонт 300 км дорог.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("paragraph", "В 2025 году планируется:"),
                ("list-item", "Строительство 12 школ;"),
                ("list-item", "Ремонт 300 км дорог."),
            ],
        ),
        (
            "Заголовок\n\nРаботы завершены.\u00a0Следующий этап в мае.\n\n"
            "«Работы завершены»,\u00a0– сказал аким.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("paragraph", "Работы завершены."),
                ("paragraph", "Следующий этап в мае."),
                ("quote", "Работы завершены"),
                ("attribution", "– сказал аким."),
            ],
        ),
        (
            "Заголовок\n\n«Мы готовы»,\n– сказал аким. Он добавил, что техника на месте.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("quote", "Мы готовы"),
                ("attribution", "– сказал аким."),
                ("paragraph", "Он добавил, что техника на месте."),
            ],
        ),
        (
            "Headline\n\n“Are we ready?” asked the minister. “Yes, we are.”\n",
            "en",
            [
                ("title", "Headline"),
                ("quote", "Are we ready?"),
                ("attribution", "asked the minister."),
                ("quote", "Yes, we are."),
            ],
        ),
        (
            "Заголовок\n\nЦОН – это удобно.\n\nЕНПФ – Единый пенсионный фонд – сообщил о росте.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("paragraph", "ЦОН – это удобно."),
                ("paragraph", "ЕНПФ – Единый пенсионный фонд – сообщил о росте."),
            ],
        ),
        (
            "Заголовок\n\nТекст.\n\n* * *\n\n###\n\n-30-\n",
            "ru",
            [("title", "Заголовок"), ("paragraph", "Текст.")],
        ),
        (
            "Заголовок\n\nТекст.\n\n"
            "Ербол Карашукеев,\nаким Карагандинской области\n— Работы идут.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("paragraph", "Текст."),
                ("attribution", "Ербол Карашукеев, аким Карагандинской области"),
                ("quote", "Работы идут."),
            ],
        ),
        (
            "Заголовок\n\n«Мы готовы принять гостей из 40 стран».\n\nАйгуль Сейтова\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("quote", "Мы готовы принять гостей из 40 стран."),
                ("paragraph", "Айгуль Сейтова"),
            ],
        ),
        (
            "Заголовок\n\nАким области Ербол Карашукеев:\n— Работы идут.\n",
            "ru",
            [
                ("title", "Заголовок"),
                ("attribution", "Аким области Ербол Карашукеев:"),
                ("quote", "Работы идут."),
            ],
        ),
        (
            "Паводки под контролем\n\nАстана, 12 марта 2025 года\n\nТекст новости.\n",
            "ru",
            [
                ("title", "Паводки под контролем"),
                ("dateline", "Астана, 12 марта 2025 года"),
                ("paragraph", "Текст новости."),
            ],
        ),
        (
            "Жаңа мектеп\n\n2025 жылғы 18 маусым, Қарағанды қаласы – Мектеп ашылды.\n",
            "kk",
            [
                ("title", "Жаңа мектеп"),
                ("dateline", "2025 жылғы 18 маусым, Қарағанды қаласы"),
                ("paragraph", "Мектеп ашылды."),
            ],
        ),
    ],
)
def test_cases_of_a_second_reading(text, lang, expected):
    assert units(text, lang) == expected


def test_more_credits_and_buttons():
    text = (
        "Заголовок\n\nФото – пресс-служба МЭ РК\n\nНа фото – участники форума\n\n"
        "Фото пресс-службы акимата\n\nИллюстративное фото\n\nImage: Akorda\n\nТекст.\n\n"
        "💬 27\nTelegram | Instagram | Facebook\nПопулярное\nКопировать ссылку\n"
    )
    document = read_plaintext(text)
    assert document.metadata == {
        "photo": "пресс-служба МЭ РК; пресс-службы акимата; Иллюстративное фото; Akorda",
        "caption": "участники форума",
    }
    assert units(text) == [("title", "Заголовок"), ("paragraph", "Текст.")]


# The shared rules as a Word or HTML file feeds them: one Line a paragraph, a blank between


def structured(*paragraphs) -> list[tuple[str, str]]:
    from workflow.sources.plaintext import read_lines
    from workflow.sources.reading import Line

    lines = []
    for paragraph in paragraphs:
        text, kind = paragraph if isinstance(paragraph, tuple) else (paragraph, None)
        lines += [Line(text, kind), Line("")]
    document = read_lines(lines)
    release = build_release(document, "x", "ru")
    return [(kind.value, sentence) for _pos, kind, sentence in release.positions()], document


def test_a_bare_date_under_a_stated_title_is_dropped_and_dates_the_release():
    got, document = structured(
        ("Открыт новый парк", K.TITLE),
        "5 марта 2024 года",
        "Актобе, 9 мая 2024 года – Парк открыт.",
    )
    assert got == [
        ("title", "Открыт новый парк"),
        ("dateline", "Актобе, 9 мая 2024 года"),
        ("paragraph", "Парк открыт."),
    ]
    assert document.date == dt.date(2024, 5, 9)


def test_the_rules_read_words_not_their_markup():
    got, document = structured(
        ("Открыт новый парк", K.TITLE),
        "[05.03.2024](https://akimat.kz/2024/03/05/)",
        "**Фото:** пресс-служба акимата",
        "**ПАВЛОДАР. KAZINFORM** – В городе открыли парк.",
        "**Айгуль Сейтова, руководитель центра медиации:**",
        "— Парк ждёт гостей.",
        "**Теги:** парк, город",
    )
    assert got == [
        ("title", "Открыт новый парк"),
        ("dateline", "ПАВЛОДАР. KAZINFORM"),
        ("paragraph", "В городе открыли парк."),
        ("attribution", "**Айгуль Сейтова, руководитель центра медиации:**"),
        ("quote", "Парк ждёт гостей."),
    ]
    assert document.metadata == {"photo": "пресс-служба акимата", "agency": "KAZINFORM"}


def test_a_heading_under_an_office_name_is_the_headline():
    got, _ = structured(
        "Министерство здравоохранения Республики Казахстан",
        ("В регионах открыты новые поликлиники", K.HEADING),
        "Астана, 5 марта 2024 года – Открыто 12 поликлиник.",
    )
    assert got[0] == ("title", "В регионах открыты новые поликлиники")
    assert got[1] == ("dateline", "Астана, 5 марта 2024 года")


def test_word_paragraphs_are_adjacent_for_the_rubric_and_a_wrapped_headline():
    got, _ = structured("Анонс", "В Астане прошёл форум", "молодых журналистов", "Текст новости.")
    assert got == [
        ("rubric", "Анонс"),
        ("title", "В Астане прошёл форум молодых журналистов"),
        ("paragraph", "Текст новости."),
    ]


def test_a_dateline_under_a_subheading_and_a_second_title():
    got, document = structured(
        ("Открыт новый парк", K.TITLE),
        ("Жители получили место для отдыха", K.HEADING),
        "Семей, 5 марта 2024 года – **В городе** открыли парк.",
        ("Что дальше", K.TITLE),
        "Работы продолжатся.",
    )
    assert document.date == dt.date(2024, 3, 5)
    assert ("dateline", "Семей, 5 марта 2024 года") in got
    assert ("heading", "Что дальше") in got and [k for k, _ in got].count("title") == 1
