"""What a web page puts around an article, in three languages: never a unit.

Communications staff paste releases from the office's site or an agency's page,
and the copy brings the page's furniture with it: menus, breadcrumbs, view counts,
share buttons, tag lines, author and source footers, "read also" links, photo
credits. :func:`clutter_reason` names what a line is when it is one of these;
:func:`credit` reads a photo credit or caption, which is metadata of the release;
:func:`unglue` splits a line where a page's copy glued two fields together
(``Иван ПетровТеги: экономика``).

Every test here is a bounded look at one line: a set lookup, or a regular
expression anchored at the start of a line no longer than :data:`MAX_META_LINE`.
"""

from __future__ import annotations

import re

from .common import ends_sentence
from .dates import is_count_line, stamp_kind

MAX_META_LINE = 160
"""A menu, meta or credit line is short; a longer line is text, whatever it starts with."""

_MENU = frozenset(
    # whole lines a page's navigation and tools leave in a copy, case-folded
    entry.strip()
    for entry in str.split(
        """
    новости | жаңалықтар | news | главная | басты бет | home | пресс-центр | баспасөз орталығы
    | press centre | press center | media centre | медиа | пресс-релизы | пресс-релиздер
    | press releases | поделиться | бөлісу | share | печать | басып шығару | print
    | версия для печати | басып шығаруға арналған нұсқа | print version | назад | артқа | back
    | back to news | вернуться к новостям | барлық жаңалықтар | все новости | all news
    | к списку новостей | жаңалықтар тізіміне | назад к новостям | к новостям
    | подписаться | subscribe | жазылу | комментарии | пікірлер | comments
    | скачать | жүктеп алу | download | отправить по почте | send by email
    | мероприятия | іс-шаралар | events | объявления | хабарландырулар | announcements
    | нравится | мне нравится | ұнайды | like | tweet | поделиться в соцсетях
    | әлеуметтік желілерде бөлісу | share on facebook | share this article | share this
    | следующая новость | предыдущая новость | келесі жаңалық | алдыңғы жаңалық
    | next | previous | next article | previous article | следующая | предыдущая
    | показать ещё | показать еще | тағы көрсету | load more | читать далее | подробнее
    | толығырақ | read more | последние новости | соңғы жаңалықтар | latest news
    | главные новости | басты жаңалықтар | top news | лента новостей | жаңалықтар таспасы
    | популярное | танымал | popular | распечатать | копировать ссылку | сілтемені көшіру
    | copy link | оценить | бағалау | rate | войдите, чтобы оставить комментарий
    | for immediate release | для немедленного распространения | жедел тарату үшін
    """,
        "|",
    )
)

RUBRIC_WORDS = frozenset(
    # labels a release carries above its headline, in any case: the rubric
    entry.strip()
    for entry in str.split(
        """
    пресс-релиз | пресс релиз | press release | news release | баспасөз релизі
    | информационное сообщение | ақпараттық хабарлама | media advisory | анонс | announcement
    | хабарландыру | заявление | мәлімдеме | statement | сообщение для сми | бұқаралық ақпарат
    | құралдарына арналған хабарлама | новости | жаңалықтар | news | комментарий | пікір
    """,
        "|",
    )
)
_READ_ALSO = frozenset(
    # a line that introduces links to other articles (the next line is often one)
    entry.strip()
    for entry in str.split(
        """
    читайте также | также читайте | читайте по теме | оқи отырыңыз | тағы оқыңыз
    | сондай-ақ оқыңыз | осы тақырыпта | read also | see also | related | related news
    | more news | похожие новости | другие новости | ұқсас жаңалықтар | басқа жаңалықтар
    | по теме | read more | more on this | тақырыпқа қатысты
    """,
        "|",
    )
)
_ORGANISATION_WORDS = (
    # stems that open an office's name (or, in Kazakh, end it): a site's name, not a rubric
    "акимат", "әкімдіг", "министерств", "министрліг", "ministry", "akimat", "government",
    "правительств", "үкімет", "комитет", "committee", "департамент", "department",
    "управлени", "басқарма", "агентств", "агенттіг", "пресс-служб", "баспасөз қызмет",
    "press service", "press office", "ассамбле", "assembly of", "official", "официальн",
    "ресми", "портал", "мәслихат", "маслихат", "office of", "сенат", "мажилис", "мәжіліс",
    "парламент", "служба", "қызметі", "сайт", "ақорда", "акорда", "секретариат",
)  # fmt: skip
_MEDIA = (
    # news agencies and media whose name may stand above a headline they carry
    "kazinform", "казинформ", "қазақпарат", "kaztag", "казтаг", "kazakhstan today",
    "tengrinews", "informburo", "хабар 24", "khabar 24", "егемен қазақстан",
    "казахстанская правда", "sputnik", "интерфакс", "interfax", "orda.kz", "zakon.kz",
    "the astana times", "astana times",
)  # fmt: skip
_VERB_RE = re.compile(r"[^\W\d_]{3,}(?:ло|ла|ли|ил|ал|ел|ял|ыл|ed)$")
"""A past-tense verb (ru, en): a line with one is a headline, never an office's name."""
_DOMAIN_RE = re.compile(r"[\w-]+\.(?:kz|қаз|com|ru|org|net|gov)\b", re.IGNORECASE)
_BYLINE_RE = re.compile(
    r"(?:by|автор|авторы|мақала авторы|text by|текст)\s*:?\s+(?P<name>[^\W\d_].{2,60})",
    re.IGNORECASE,
)

_SOCIAL = frozenset(
    str.split(
        "facebook twitter x telegram whatsapp vk вконтакте ok одноклассники instagram "
        "youtube linkedin viber tiktok threads e-mail email mail.ru мой мир"
    )
)

_LABELS = {
    # a label opening a meta line, case-folded, without its colon: the reason it is dropped
    "теги": "tags",
    "тегтер": "tags",
    "тэги": "tags",
    "tags": "tags",
    "ключевые слова": "tags",
    "кілт сөздер": "tags",
    "keywords": "tags",
    "автор": "author footer",
    "авторы": "author footer",
    "автор материала": "author footer",
    "мақала авторы": "author footer",
    "author": "author footer",
    "подготовил": "author footer",
    "редактор": "author footer",
    "editor": "author footer",
    "хэштеги": "tags",
    "хештеги": "tags",
    "метки": "tags",
    "оқылды": "view count",
    "қаралым саны": "view count",
    "просмотрено": "view count",
    "read more": "read-also link",
    "по теме": "read-also link",
    "подготовила": "author footer",
    "дайындаған": "author footer",
    "источник": "source footer",
    "ақпарат көзі": "source footer",
    "источник информации": "source footer",
    "дереккөз": "source footer",
    "source": "source footer",
    "география": "geography footer",
    "регион": "geography footer",
    "өңір": "geography footer",
    "аймақ": "geography footer",
    "region": "geography footer",
    "дата события": "event date",
    "іс-шара күні": "event date",
    "event date": "event date",
    "просмотров": "view count",
    "просмотры": "view count",
    "қаралым": "view count",
    "қаралды": "view count",
    "views": "view count",
    "читайте также": "read-also link",
    "тағы оқыңыз": "read-also link",
    "оқи отырыңыз": "read-also link",
    "read also": "read-also link",
    "see also": "read-also link",
}
_LABEL_RE = re.compile(
    r"(?P<label>[^\W\d_]+(?:[ -][^\W\d_]+)?(?: [^\W\d_]+)?)\s*:(?:\s+|$)(?P<value>.*)", re.DOTALL
)

_CREDITS = {
    # a label opening a credit line, case-folded: the metadata key its value goes to
    "фото": "photo",
    "фото автора": "photo",
    "фотографии": "photo",
    "фотосурет": "photo",
    "сурет": "photo",
    "суреттер": "photo",
    "суретті түсірген": "photo",
    "суретті түсірген автор": "photo",
    "photo": "photo",
    "photos": "photo",
    "photo by": "photo",
    "photo credit": "photo",
    "автор фото": "photo",
    "источник фото": "photo",
    "фото источник": "photo",
    "image": "photo",
    "images": "photo",
    "коллаж": "photo",
    "инфографика": "photo",
    "видео": "video",
    "бейне": "video",
    "video": "video",
    "на фото": "caption",
    "на снимке": "caption",
    "суретте": "caption",
    "pictured": "caption",
    "in the photo": "caption",
    "pictured above": "caption",
}
_CREDIT_RE = re.compile(
    r"(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,3}?)\s*(?::|\s(?P<dash>[–—-]))\s*(?P<value>\S.*)",
    re.DOTALL,
)
_CREDIT_PHRASE_RE = re.compile(
    r"(?i)(?:фото|фотографии|сурет)\s+(?P<value>пресс-служб\w*.*|предоставлен\w*.*|с сайта .*)"
    r"|иллюстративное фото|(?:photo|image)s?\s+(?:courtesy of|by)\s+(?P<by>.+)"
)
_BARE_CREDITS = {
    # a whole line that is a credit without a value
    "фото автора": ("photo", "фото автора"),
    "фото из открытых источников": ("photo", "из открытых источников"),
    "фото из архива": ("photo", "из архива"),
    "ашық дереккөздерден алынған сурет": ("photo", "ашық дереккөздерден"),
}

_SUBSCRIBE_RE = re.compile(
    r"(?i)(?=.*\b(?:telegram|instagram|facebook|whatsapp|youtube|tiktok|вконтакте|vk)\b)"
    r"(?=.*(?:подписыва|следите|читайте нас|подпишитесь|жазыл|оқыңыз|қосылыңыз|follow|subscribe"
    r"|join))"
)
_COPYRIGHT_RE = re.compile(
    r"(?i)^(?:©|\(c\)\s*\d{4}|copyright\b)|все права защищены|барлық құқықтар қорғалған"
    r"|all rights reserved"
    r"|ссылка (?:на источник )?обязательна|сілтеме (?:жасау )?міндетті"
)
_COMMENTS_RE = re.compile(
    r"(?i)(?:комментари\w*|пікірлер|comments?)\s*[:(]?\s*\d+\)?|\d+\s+(?:комментари\w*|пікір\w*"
    r"|comments?)|[👁💬]\ufe0f?\s*\d[\d\s]*"
)
_PAGINATION_RE = re.compile(r"(?:[«»<>|←→…]|\.\.\.|\d{1,3}|\s)+")
_HASHTAGS_RE = re.compile(r"(?:#[^\W_][\w-]*[\s,]*){1,20}")

_BREADCRUMB_RE = re.compile(r"\s+(?:/|>|»|→|›|\\|\|)\s+")
_GLUED_RE = re.compile(
    r"(?<=[a-zа-яёәғқңөұүһі.)])(?=(?:Теги|Тегтер|Тэги|Tags|Автор|Author|Источник|Дереккөз"
    r"|Source|Фото|Photo|Просмотров|Views|Поделиться|Бөлісу|Share)\s*:)"
)
_WORDY_RE = re.compile(r"[^\W_]|#|\*")
_END_MARK_RE = re.compile(
    r"(?:#\s*){3}|(?:\*\s*){3}|[-—–]+\s*(?i:30|ends?|end|конец|соңы)\s*[-—–]+"
)
_LIST_MARK_RE = re.compile(r"[-•*·]\s+")


def _folded(line: str) -> str:
    return " ".join(line.casefold().replace("ё", "е").split()).strip(" .:!→»>«<←")


def unglue(line: str) -> list[str]:
    """A line cut where a page glued a meta label to the text before it.

    >>> unglue("Иван ПетровТеги: экономика, инвестиции")
    ['Иван Петров', 'Теги: экономика, инвестиции']
    """
    if len(line) > 4 * MAX_META_LINE:
        return [line]
    return [part for part in _GLUED_RE.split(line) if part.strip()]


def clutter_reason(line: str) -> str | None:
    """Why ``line`` is a page's furniture and not part of the release, or ``None``.

    >>> clutter_reason("- Просмотров: 45"), clutter_reason("Главная / Пресс-центр / Новости")
    ('view count', 'breadcrumbs')
    >>> clutter_reason("14:05, 3 Наурыз 2024 | GMT +5"), clutter_reason("Версия для печати")
    ('time stamp', 'menu')
    >>> clutter_reason("Источник: Kazinform"), clutter_reason("Источник дохода вырос.") is None
    ('source footer', True)
    """
    line = line.strip()
    if not line or len(line) > MAX_META_LINE or not _WORDY_RE.search(line):
        return None  # furniture always has a letter or a digit (a line of "." has not)
    if _END_MARK_RE.fullmatch(line):
        return "end mark"
    bulleted = _LIST_MARK_RE.match(line)
    if bulleted:
        line = line[bulleted.end() :]
        if not line:
            return None
    stamp = stamp_kind(line)
    if stamp:
        return stamp
    if _COMMENTS_RE.fullmatch(line) or (is_count_line(line) and not line.strip().isdigit()):
        return "view count"
    if is_count_line(line):
        return "bare number"  # a view count above the body; a figure in it
    folded = _folded(line)
    if folded in _MENU:
        return "menu item" if bulleted else "menu"
    if folded in _READ_ALSO:
        return "read-also link"
    words = folded.replace(",", " ").replace("|", " ").split()
    if _END_MARK_RE.fullmatch(line):
        return "end mark"
    if words and all(word in _SOCIAL for word in words):
        return "share buttons"
    if "ctrl+enter" in folded.replace(" ", ""):
        return "error-report line"
    if _COPYRIGHT_RE.search(line):
        return "copyright line"
    if len(words) <= 12 and not ends_sentence(line) and _SUBSCRIBE_RE.match(line):
        return "subscribe line"
    if _HASHTAGS_RE.fullmatch(line):
        return "tags"
    if _PAGINATION_RE.fullmatch(line) and sum(c.isdigit() for c in line) >= 2 and " " in line:
        return "pagination"
    parts = [part.strip(" «»<>") for part in line.split("|")]
    if len(parts) > 1 and all(_folded(part) in _MENU for part in parts if part):
        return "menu"
    labelled = _LABEL_RE.match(line)
    if labelled:
        reason = _LABELS.get(_folded(labelled.group("label")))
        value = labelled.group("value").strip()
        sentence = ends_sentence(value) and len(value.split()) > 5
        if reason and len(value.split()) <= 16 and not sentence:
            return reason
    byline = _BYLINE_RE.fullmatch(line)
    if byline and is_name(byline.group("name")):
        return "author byline"
    crumbs = _BREADCRUMB_RE.split(line)
    menu = any(_folded(c) in _MENU for c in crumbs)
    if len(crumbs) >= 2 and menu and all(0 < len(c.split()) <= 5 for c in crumbs):
        return "breadcrumbs"
    return None


WEAK_REASONS = frozenset({"date line", "menu item", "bare number"})
"""Reasons that hold above the body only: in it, a bare date or a list item with a menu's
word (``- Новости``) is a programme's or a list's, and stays."""


def is_name(text: str) -> bool:
    """A person's name on a line of its own: two to five capitalised words, initials allowed.

    >>> is_name("Айгуль Сейтова"), is_name("А.Б. Сейтова"), is_name("Новости региона")
    (True, True, False)
    """
    words = text.replace(".", ". ").split()
    return (
        len(text) <= 60
        and 2 <= len(words) <= 5
        and all(w[:1].isupper() and _NAME_WORD_RE.fullmatch(w) for w in words)
        and not text.endswith((":", ",", ";"))
    )


_NAME_WORD_RE = re.compile(r"(?:[^\W\d_]\.){1,2}|[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+)?\.?")


def is_site_name(line: str) -> bool:
    """A site's, an agency's or an office's name, as pages put it above a headline.

    >>> is_site_name("Акимат Карагандинской области"), is_site_name("Kazinform")
    (True, True)
    >>> is_site_name("ЭКОНОМИКА"), is_site_name("PRESS RELEASE")
    (False, False)
    """
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(line.split()) == 1:
        return False  # ОФИЦИАЛЬНО, ПРАВИТЕЛЬСТВО: a rubric in capitals
    folded = line.casefold()
    if _DOMAIN_RE.search(line) or any(name in folded for name in _MEDIA):
        return True
    words = folded.split()  # an office's name opens with its kind, or in Kazakh ends with it
    if not words or len(words) > 8 or any(_VERB_RE.search(word) for word in words):
        return False
    edges = (words[0], " ".join(words[:2]), words[-1])
    return any(
        (stem in edge) if " " in stem else edge.startswith(stem) or stem in edge.split("-")[0]
        for edge in edges
        for stem in _ORGANISATION_WORDS
    )


def credit(line: str) -> tuple[str, str] | None:
    """A photo credit or caption: the metadata key (``photo``, ``caption``) and its value.

    >>> credit("Фото: пресс-служба акимата"), credit("Суретті түсірген: Асқар Нұрланов")
    (('photo', 'пресс-служба акимата'), ('photo', 'Асқар Нұрланов'))
    >>> credit("На фото: аким области на открытии школы")
    ('caption', 'аким области на открытии школы')
    >>> credit("Фотовыставка откроется в марте.") is None
    True
    """
    line = line.strip()
    if not line or len(line) > MAX_META_LINE:
        return None
    bare = _BARE_CREDITS.get(_folded(line))
    if bare:
        return bare
    phrase = _CREDIT_PHRASE_RE.fullmatch(line.rstrip("."))
    if phrase:
        return "photo", (phrase.group("value") or phrase.group("by") or line).strip()
    match = _CREDIT_RE.match(line)
    if not match:
        return None
    key = _CREDITS.get(_folded(match.group("label")))
    if key is None:
        return None
    value = " ".join(match.group("value").split())
    if ends_sentence(value) and len(value.split()) > (3 if match.group("dash") else 6):
        return None  # "Фото – это память поколений, считает художник.": a sentence
    return key, value.rstrip(".")
