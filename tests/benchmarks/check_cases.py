"""The quality-check case: ``press check --all --json`` against translate-toolkit's pofilter.

The data are a workspace of English releases with Kazakh and Russian
translations that read like a press office's: dates, counts, sums and shares in
each language's own format, official names (the repository's glossary is the
workspace's), quotation marks, bold text and links. The sentences come from a
few dozen templates whose slots are filled from fixed seeds, so every source
sentence is different and each translation is the one a translator would write
(Russian plurals after numbers, Kazakh endings after numbers and months). A
known share of the translated units, 1 %, carries a planted fault: a changed
number (the ``facts`` check must report it) or a Latin look-alike letter in a
Cyrillic word (``script``). The case reads press's JSON findings to count the
faults found and the findings on units that have none.

pofilter runs on the same PO files, one process per language folder, with its
default checks; it writes the units it flags (with its notes) to a folder of
its own, which the case reads afterwards, untimed.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.cases import press_command, timed
from benchmarks.data import (
    ReleaseText,
    catalog_of,
    check_fast_po,
    new_workspace,
    translate,
    write_catalog,
    write_source,
)
from benchmarks.measure import Run, press_env, run, tool
from benchmarks.report import Outcome, Row, count, megabytes, seconds, times, verdict
from workflow.model import UnitState

GLOSSARY = Path(__file__).resolve().parents[2] / "translations" / "glossary.csv"
"""The repository's own glossary: the official names the templates use."""
LANGS = ("kk", "ru")
FAULT_SHARE = 0.01
FAULT_CHECKS = {"number": "facts", "latin": "script"}
"""The kinds of planted fault and the press check that must report each."""
NB = "\u00a0"

# The words the templates are filled with

_MONTHS = (
    # en, ru (genitive), kk, kk locative, kk dative
    ("January", "января", "қаңтар", "қаңтарда", "қаңтарға"),
    ("February", "февраля", "ақпан", "ақпанда", "ақпанға"),
    ("March", "марта", "наурыз", "наурызда", "наурызға"),
    ("April", "апреля", "сәуір", "сәуірде", "сәуірге"),
    ("May", "мая", "мамыр", "мамырда", "мамырға"),
    ("June", "июня", "маусым", "маусымда", "маусымға"),
    ("July", "июля", "шілде", "шілдеде", "шілдеге"),
    ("August", "августа", "тамыз", "тамызда", "тамызға"),
    ("September", "сентября", "қыркүйек", "қыркүйекте", "қыркүйекке"),
    ("October", "октября", "қазан", "қазанда", "қазанға"),
    ("November", "ноября", "қараша", "қарашада", "қарашаға"),
    ("December", "декабря", "желтоқсан", "желтоқсанда", "желтоқсанға"),
)
_CITIES = (
    # en, ru prepositional, ru genitive, kk, kk locative
    ("Astana", "Астане", "Астаны", "Астана", "Астанада"),
    ("Almaty", "Алматы", "Алматы", "Алматы", "Алматыда"),
    ("Shymkent", "Шымкенте", "Шымкента", "Шымкент", "Шымкентте"),
    ("Karaganda", "Караганде", "Караганды", "Қарағанды", "Қарағандыда"),
    ("Aktobe", "Актобе", "Актобе", "Ақтөбе", "Ақтөбеде"),
    ("Pavlodar", "Павлодаре", "Павлодара", "Павлодар", "Павлодарда"),
    ("Kostanay", "Костанае", "Костаная", "Қостанай", "Қостанайда"),
    ("Turkistan", "Туркестане", "Туркестана", "Түркістан", "Түркістанда"),
    ("Atyrau", "Атырау", "Атырау", "Атырау", "Атырауда"),
    ("Semey", "Семее", "Семея", "Семей", "Семейде"),
    ("Taraz", "Таразе", "Тараза", "Тараз", "Таразда"),
    ("Oral", "Уральске", "Уральска", "Орал", "Оралда"),
    ("Kokshetau", "Кокшетау", "Кокшетау", "Көкшетау", "Көкшетауда"),
    ("Petropavl", "Петропавловске", "Петропавловска", "Петропавл", "Петропавлда"),
)
_NAMES = (
    # en, ru, kk, female
    ("Aigerim Seitova", "Айгерим Сеитова", "Әйгерім Сейітова", True),
    ("Nurlan Abenov", "Нурлан Абенов", "Нұрлан Әбенов", False),
    ("Gulnara Iskakova", "Гульнара Искакова", "Гүлнара Ысқақова", True),
    ("Yerlan Sadykov", "Ерлан Садыков", "Ерлан Садықов", False),
    ("Dana Omarova", "Дана Омарова", "Дана Омарова", True),
    ("Marat Tulegenov", "Марат Тулегенов", "Марат Төлегенов", False),
    ("Saule Zhakupova", "Сауле Жакупова", "Сәуле Жақыпова", True),
    ("Timur Kassymov", "Тимур Касымов", "Тимур Қасымов", False),
)
_COUNTRIES = (
    # en, ru genitive, kk
    ("Uzbekistan", "Узбекистана", "Өзбекстан"),
    ("Kyrgyzstan", "Кыргызстана", "Қырғызстан"),
    ("Türkiye", "Турции", "Түркия"),
    ("Germany", "Германии", "Германия"),
    ("Poland", "Польши", "Польша"),
    ("Japan", "Японии", "Жапония"),
    ("Azerbaijan", "Азербайджана", "Әзірбайжан"),
    ("Mongolia", "Монголии", "Моңғолия"),
)
_PROJECTS = (
    ("Unity in Diversity", "Единство в многообразии", "Әралуандықтағы бірлік"),
    ("Tugan Zher", "Туған жер", "Туған жер"),
    ("Family of Nations", "Семья народов", "Халықтар отбасы"),
    ("Friendship Bridge", "Мост дружбы", "Достық көпірі"),
    ("Voice of Unity", "Голос единства", "Бірлік үні"),
    ("Language of Friendship", "Язык дружбы", "Достық тілі"),
)
_TOPICS = (
    ("Language and Identity", "Язык и идентичность", "Тіл және бірегейлік"),
    ("Traditions of Hospitality", "Традиции гостеприимства", "Қонақжайлылық дәстүрлері"),
    ("Dialogue of Cultures", "Диалог культур", "Мәдениеттер диалогы"),
    ("Mother Tongue", "Родной язык", "Ана тілі"),
)
_ROMAN = {30: "XXX", 31: "XXXI", 32: "XXXII", 33: "XXXIII", 34: "XXXIV", 35: "XXXV"}

# Kazakh endings after a number follow its last spoken word: (ablative, dative).
_KK_UNITS = {
    1: ("ден", "ге"), 2: ("ден", "ге"), 3: ("тен", "ке"), 4: ("тен", "ке"), 5: ("тен", "ке"),
    6: ("дан", "ға"), 7: ("ден", "ге"), 8: ("ден", "ге"), 9: ("дан", "ға"),
}  # fmt: skip
_KK_TENS = {
    1: ("нан", "ға"), 2: ("дан", "ға"), 3: ("дан", "ға"), 4: ("тан", "қа"), 5: ("ден", "ге"),
    6: ("тан", "қа"), 7: ("тен", "ке"), 8: ("нен", "ге"), 9: ("нан", "ға"),
}  # fmt: skip
_KK_HUNDRED, _KK_THOUSAND = ("ден", "ге"), ("нан", "ға")


def kk_ending(n: int, case: str) -> str:
    """The Kazakh ending of ``n`` written in digits: ``case`` is "abl" or "dat".

    >>> [f"{n}-{kk_ending(n, 'abl')}" for n in (40, 300, 9000, 1200, 25)]
    ['40-тан', '300-ден', '9000-нан', '1200-ден', '25-тен']
    """
    which = 0 if case == "abl" else 1
    if n % 1000 == 0:
        return _KK_THOUSAND[which]
    if n % 100 == 0:
        return _KK_HUNDRED[which]
    if n % 10 == 0:
        return _KK_TENS[(n // 10) % 10][which]
    return _KK_UNITS[n % 10][which]


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """The Russian noun form after the number ``n``.

    >>> [ru_plural(n, "гость", "гостя", "гостей") for n in (1, 3, 11, 21, 1200)]
    ['гость', 'гостя', 'гостей', 'гость', 'гостей']
    """
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def grouped(n: int, lang: str) -> str:
    """``1,200`` in English, ``1 200`` (a no-break space) in Kazakh and Russian."""
    text = f"{n:,}"
    return text if lang == "en" else text.replace(",", NB)


# The sentences


class Slots:
    """Random slot values, each in the three languages."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def date(self) -> dict[str, str]:
        rng = self.rng
        day, year = rng.randint(1, 28), rng.randint(2024, 2027)
        en, ru, kk, kk_loc, kk_dat = rng.choice(_MONTHS)
        return {
            "en": f"{day} {en} {year}",
            "ru": f"{day} {ru} {year}{NB}года",
            "kk": f"{year}{NB}жылғы {day} {kk}",
            "kk_loc": f"{year}{NB}жылғы {day} {kk_loc}",
            "kk_dat": f"{year}{NB}жылғы {day} {kk_dat}",
        }

    def round_number(self) -> int:
        """A count as releases round it: 40, 300, 1,200, 14,000."""
        rng = self.rng
        return rng.choice(
            (rng.randint(2, 9) * 10, rng.randint(1, 9) * 100, rng.randint(11, 99) * 100,
             rng.randint(2, 30) * 1000)
        )  # fmt: skip

    def city(self):
        return self.rng.choice(_CITIES)

    def name(self):
        return self.rng.choice(_NAMES)

    def year(self) -> int:
        return self.rng.randint(2015, 2026)

    def decimal(self) -> tuple[str, str]:
        whole, tenth = self.rng.randint(1, 9), self.rng.randint(1, 9)
        return f"{whole}.{tenth}", f"{whole},{tenth}"


def _t_meeting(s: Slots):
    d, c = s.date(), s.city()
    return (
        f"On {d['en']}, the House of Friendship in {c[0]} hosted a meeting of ethnocultural "
        "associations.",
        f"{d['ru']} в Доме дружбы города {c[2]} прошла встреча этнокультурных объединений.",
        f"{d['kk_loc']} {c[3]} қаласындағы Достық үйінде этномәдени бірлестіктердің кездесуі өтті.",
    )


def _t_courses(s: Slots):
    n, y = s.round_number(), s.year()
    return (
        f"More than {grouped(n, 'en')} people took part in the language courses in {y}.",
        f"В {y}{NB}году в языковых курсах приняли участие более {grouped(n, 'ru')} человек.",
        f"{y}{NB}жылы тіл курстарына {grouped(n, 'kk')}-{kk_ending(n, 'abl')} астам адам қатысты.",
    )


def _t_fund(s: Slots):
    en, loc = s.decimal()
    y = s.year()
    return (
        f"In {y}, the grant fund of the Assembly amounted to {en} million tenge.",
        f"В {y}{NB}году грантовый фонд Ассамблеи составил {loc}{NB}млн тенге.",
        f"{y}{NB}жылы Ассамблеяның грант қоры {loc}{NB}млн теңгені құрады.",
    )


def _t_project(s: Slots):
    p, d = s.rng.choice(_PROJECTS), s.date()
    return (
        f"The “{p[0]}” project was presented at the session of the Assembly of People of "
        f"Kazakhstan on {d['en']}.",
        f"Проект «{p[1]}» был представлен на сессии Ассамблеи народа Казахстана {d['ru']}.",
        f"«{p[2]}» жобасы {d['kk_loc']} Қазақстан халқы Ассамблеясының сессиясында таныстырылды.",
    )


def _t_grants(s: Slots):
    d, y = s.date(), s.year()
    link = f"https://assembly.kz/grants/{y}"
    return (
        f"Applications for grants are accepted until **{d['en']}** "
        f"[on the Assembly's website]({link}).",
        f"Заявки на гранты принимаются до **{d['ru']}** [на сайте Ассамблеи]({link}).",
        f"Гранттарға өтінімдер **{d['kk_dat']}** дейін [Ассамблея сайтында]({link}) қабылданады.",
    )


def _t_attendance(s: Slots):
    c, y, p = s.city(), s.year(), s.rng.randint(5, 60)
    return (
        f"In {y}, attendance at the courses of the House of Friendship in {c[0]} grew by {p}%.",
        f"В {y}{NB}году посещаемость курсов Дома дружбы города {c[2]} выросла на {p}{NB}%.",
        f"{y}{NB}жылы {c[3]} қаласындағы Достық үйі курстарына қатысушылар саны {p} пайызға артты.",
    )


def _t_opened(s: Slots):
    c, (en, ru, kk, female), d = s.city(), s.name(), s.date()
    return (
        f"On {d['en']}, {en}, head of the House of Friendship in {c[0]}, opened the forum.",
        f"{d['ru']} форум {'открыла' if female else 'открыл'} руководитель Дома дружбы "
        f"города {c[2]} {ru}.",
        f"{d['kk_loc']} форумды {c[3]} қаласындағы Достық үйінің басшысы {kk} ашты.",
    )


def _t_osce(s: Slots):
    d = s.date()
    return (
        f"On {d['en']}, the OSCE High Commissioner on National Minorities met members of the "
        "APK Council.",
        f"{d['ru']} Верховный комиссар ОБСЕ по делам национальных меньшинств встретился с "
        "членами Совета АНК.",
        f"{d['kk_loc']} ЕҚЫҰ Ұлттық азшылықтар жөніндегі жоғарғы комиссары ҚХА Кеңесінің "
        "мүшелерімен кездесті.",
    )


def _t_unity_day(s: Slots):
    c, n = s.city(), s.round_number()
    return (
        f"In {c[0]}, more than {grouped(n, 'en')} people celebrated Unity Day of the People of "
        "Kazakhstan on 1 May.",
        f"В {c[1]} 1{NB}мая День единства народа Казахстана отметили более {grouped(n, 'ru')} "
        "человек.",
        f"{c[4]} 1{NB}мамырда Қазақстан халқының бірлігі күнін {grouped(n, 'kk')}-"
        f"{kk_ending(n, 'abl')} астам адам атап өтті.",
    )


def _t_events(s: Slots):
    c, n, y = s.city(), s.rng.randint(12, 480), s.rng.randint(2015, 2022)
    return (
        f"Since {y}, the House of Friendship in {c[0]} has held {n} events.",
        f"С {y}{NB}года Дом дружбы города {c[2]} провел {n} "
        f"{ru_plural(n, 'мероприятие', 'мероприятия', 'мероприятий')}.",
        f"{y}{NB}жылдан бері {c[3]} қаласындағы Достық үйі {n} іс-шара өткізді.",
    )


def _t_seminar(s: Slots):
    n, days, c = s.rng.randint(2, 20), s.rng.randint(2, 5), s.city()
    return (
        f"Teachers from {n} regions took part in the {days}-day seminar in {c[0]}.",
        f"В {days}-дневном семинаре в {c[1]} приняли участие учителя из {n} регионов.",
        f"{c[4]} өткен {days} күндік семинарға {n} өңірдің мұғалімдері қатысты.",
    )


def _t_adults(s: Slots):
    d, c = s.date(), s.city()
    return (
        f"Kazakh language courses for adults will start in {c[0]} on {d['en']}.",
        f"Курсы казахского языка для взрослых начнутся в {c[1]} {d['ru']}.",
        f"Ересектерге арналған қазақ тілі курстары {d['kk_loc']} {c[4]} басталады.",
    )


def _t_delegation(s: Slots):
    country, d = s.rng.choice(_COUNTRIES), s.date()
    return (
        f"On {d['en']}, the Deputy Chairman of the Assembly of People of Kazakhstan met a "
        f"delegation from {country[0]}.",
        f"{d['ru']} заместитель Председателя Ассамблеи народа Казахстана встретился с "
        f"делегацией {country[1]}.",
        f"{d['kk_loc']} Қазақстан халқы Ассамблеясы Төрағасының орынбасары {country[2]} "
        "делегациясымен кездесті.",
    )


def _t_volunteers(s: Slots):
    n, y = s.round_number(), s.year()
    return (
        f"In {y}, the number of the Assembly's volunteers reached {grouped(n, 'en')}.",
        f"В {y}{NB}году число волонтеров Ассамблеи достигло {grouped(n, 'ru')}.",
        f"{y}{NB}жылы Ассамблея еріктілерінің саны {grouped(n, 'kk')}-{kk_ending(n, 'dat')} жетті.",
    )


def _t_round_table(s: Slots):
    topic, c = s.rng.choice(_TOPICS), s.city()
    return (
        f"The round table “{topic[0]}” in {c[0]} brought together experts from UNESCO and the UN.",
        f"Круглый стол «{topic[1]}» в {c[1]} собрал экспертов ЮНЕСКО и ООН.",
        f"{c[4]} өткен «{topic[2]}» дөңгелек үстеліне ЮНЕСКО мен БҰҰ сарапшылары жиналды.",
    )


def _t_share(s: Slots):
    (en, ru, kk, female), p, c = s.name(), s.rng.randint(50, 95), s.city()
    return (
        f"{en} noted that the share of documents in the state language in {c[0]} had reached {p}%.",
        f"{ru} {'отметила' if female else 'отметил'}, что доля документов на государственном "
        f"языке в {c[1]} достигла {p}{NB}%.",
        f"{kk} {c[4]} мемлекеттік тілдегі құжаттардың үлесі {p} пайызға жеткенін атап өтті.",
    )


def _t_concert(s: Slots):
    n, c = s.rng.randint(40, 900), s.city()
    return (
        f"The concert at the House of Friendship in {c[0]} was attended by {n} guests.",
        f"Концерт в Доме дружбы города {c[2]} посетили {n} "
        f"{ru_plural(n, 'гость', 'гостя', 'гостей')}.",
        f"{c[3]} қаласындағы Достық үйіндегі концертке {n} қонақ келді.",
    )


def _t_quote(s: Slots):
    (en, ru, kk, female), c = s.name(), s.city()
    return (
        f"“Our strength is in unity,” {en} told the guests of the House of Friendship in {c[0]}.",
        f"«Наша сила{NB}— в единстве»,{NB}— {'сказала' if female else 'сказал'} {ru} гостям "
        f"Дома дружбы города {c[2]}.",
        f"«Біздің күшіміз{NB}— бірлікте»,{NB}— деді {kk} {c[3]} қаласындағы Достық үйінің "
        "қонақтарына.",
    )


def _t_session(s: Slots):
    number, d = s.rng.choice(tuple(_ROMAN)), s.date()
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return (
        f"The {number}{suffix} session of the Assembly of People of Kazakhstan will be held in "
        f"Astana on {d['en']}.",
        f"{_ROMAN[number]} сессия Ассамблеи народа Казахстана пройдет в Астане {d['ru']}.",
        f"Қазақстан халқы Ассамблеясының {_ROMAN[number]} сессиясы {d['kk_loc']} Астанада өтеді.",
    )


def _t_budget(s: Slots):
    rng = s.rng
    amount = rng.randint(1_000_000, 99_999_999)
    cents = rng.randint(0, 99)
    return (
        f"The budget of the regional programme is {amount:,}.{cents:02d} tenge.",
        f"Бюджет региональной программы составляет {grouped(amount, 'ru')},{cents:02d} тенге.",
        f"Өңірлік бағдарламаның бюджеті {grouped(amount, 'kk')},{cents:02d} теңгені құрайды.",
    )


def _t_programme(s: Slots):
    y, c = s.rng.randint(2025, 2027), s.city()
    link = f"https://assembly.kz/{y}/programme"
    return (
        f"The programme of the {y} festival in {c[0]} is published [on the Assembly's website]"
        f"({link}).",
        f"Программа фестиваля {y}{NB}года в {c[1]} опубликована [на сайте Ассамблеи]({link}).",
        f"{c[4]} өтетін {y}{NB}жылғы фестивальдің бағдарламасы [Ассамблея сайтында]({link}) "
        "жарияланды.",
    )


TEMPLATES = (
    _t_meeting, _t_courses, _t_fund, _t_project, _t_grants, _t_attendance, _t_opened,
    _t_osce, _t_unity_day, _t_events, _t_seminar, _t_adults, _t_delegation, _t_volunteers,
    _t_round_table, _t_share, _t_concert, _t_quote, _t_session, _t_budget, _t_programme,
)  # fmt: skip


def title(number: int) -> tuple[str, str, str]:
    return (
        f"Regional digest No. {number}",
        f"Региональный дайджест №{NB}{number}",
        f"Өңірлік дайджест №{NB}{number}",
    )


# Planted faults

_LOOKALIKES = {"а": "a", "о": "o", "е": "e", "р": "p", "с": "c", "х": "x", "у": "y"}
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[а-яёәғқңөұүһі]{3,}", re.I)
_LINK = re.compile(r"\]\([^)]*\)")


def _outside_links(text: str, pattern: re.Pattern) -> list[re.Match]:
    links = [m.span() for m in _LINK.finditer(text)]
    return [m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in links)]


def plant(text: str, rng: random.Random) -> tuple[str, str]:
    """The translation with one fault planted, and its kind (see :data:`FAULT_CHECKS`)."""
    numbers = _outside_links(text, _DIGITS)
    if numbers and rng.random() < 0.5:
        m = rng.choice(numbers)
        at = rng.randrange(m.start(), m.end())
        lowest = 1 if at == m.start() else 0  # no leading zero
        digit = rng.choice([d for d in "0123456789"[lowest:] if d != text[at]])
        return text[:at] + digit + text[at + 1 :], "number"
    words = [m for m in _outside_links(text, _WORD) if any(c in _LOOKALIKES for c in m.group())]
    m = rng.choice(words)
    spots = [i for i in range(m.start(), m.end()) if text[i] in _LOOKALIKES]
    at = rng.choice(spots)
    return text[:at] + _LOOKALIKES[text[at]] + text[at + 1 :], "latin"


@dataclass
class CheckData:
    root: Path
    units: int
    """Translated units, in both languages."""
    planted: dict[tuple[str, str, str], str] = field(default_factory=dict)
    """(release, lang, source) -> the kind of fault planted there."""


def make_checks(folder: Path, releases: int, per_release: int, seed: int = 61) -> CheckData:
    """A workspace of ``releases`` releases of ``per_release`` units each, in kk and ru."""
    rng = random.Random(seed)
    slots = Slots(rng)
    ws = new_workspace(folder / "ws", ["en", *LANGS])
    shutil.copyfile(GLOSSARY, ws.root / "translations" / "glossary.csv")
    total = releases * per_release * len(LANGS)
    chosen = set(rng.sample(range(total), max(4, round(total * FAULT_SHARE))))
    data = CheckData(ws.root, total)
    taken: set[str] = set()
    index = 0
    for i in range(releases):
        rows = [title(i + 1)]
        while len(rows) < per_release:
            row = rng.choice(TEMPLATES)(slots)
            if row[0] not in taken:
                taken.add(row[0])
                rows.append(row)
        translations = {en: {"ru": ru, "kk": kk} for en, ru, kk in rows}
        body, start = [r[0] for r in rows[1:]], 0
        paragraphs = []
        while start < len(body):
            size = rng.randint(3, 6)
            paragraphs.append(body[start : start + size])
            start += size
        release = ReleaseText(f"2026-11-26-check-{i:05d}", rows[0][0], paragraphs)
        digest = write_source(ws, release)
        for lang in LANGS:
            units = translate(release.units(verify=i < 3), lang, UnitState.TRANSLATED)
            for unit in units:
                unit.translation = translations[unit.source][lang]
                if index in chosen:
                    unit.translation, kind = plant(unit.translation, rng)
                    data.planted[release.id, lang, unit.source] = kind
                index += 1
            catalog = catalog_of(release, lang, units, digest)
            path = write_catalog(ws, catalog, release.title, fast=True)
            if i == 0:
                check_fast_po(path, catalog)
    return data


# The case


@dataclass
class PressChecks:
    done: Run
    findings: list[dict] | None
    """None: the process failed (``error`` says how)."""
    error: str = ""


def _press_checks(root: Path) -> PressChecks:
    """``press check --all --json``: exit 0 (no errors) or 1 (errors found) with a JSON list.

    Any other exit code, a traceback or output that is not a JSON list is a failure.
    """
    done = run(press_command("check", "--all", "--json"), cwd=root, env=press_env())
    tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        return PressChecks(done, None, f"exited {done.returncode}: {tail}")
    try:
        findings = json.loads(done.stdout)
    except json.JSONDecodeError as exc:
        return PressChecks(done, None, f"printed no JSON ({exc}); exit {done.returncode}: {tail}")
    if not isinstance(findings, list):
        return PressChecks(done, None, "printed JSON that is not a list of findings")
    return PressChecks(done, findings)


def press_quality(data: CheckData, findings: list[dict]) -> dict[str, int]:
    """Planted faults reported by their check, and findings on units with no planted fault."""
    reported: set[tuple[str, str, str, str]] = set()
    clean = 0
    for f in findings:
        key = (f.get("release", ""), f.get("lang", ""), f.get("unit", ""))
        reported.add((*key, f.get("check", "")))
        if key not in data.planted:
            clean += 1
    found = sum(1 for key, kind in data.planted.items() if (*key, FAULT_CHECKS[kind]) in reported)
    return {"planted": len(data.planted), "found": found, "on_clean_units": clean}


def _pofilter(root: Path, out: Path) -> list[Run] | None:
    pofilter = tool("pofilter")
    if pofilter is None:
        return None
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    runs = []
    for lang in LANGS:
        cmd = [pofilter, "--progress=none", str(root / "translations" / lang), str(out / lang)]
        runs.append(run(cmd).check(f"pofilter {lang}"))
    return runs


def pofilter_flags(out: Path, data: CheckData) -> dict:
    """What pofilter wrote: units flagged, by test, and how many of the planted ones."""
    import polib

    tests: Counter = Counter()
    flagged = planted = 0
    for path in sorted(out.glob("*/*.po")):
        lang = path.parent.name
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not entry.msgid:
                continue
            names = {
                line[len("(pofilter) ") :].split(":", 1)[0]
                for line in entry.tcomment.splitlines()
                if line.startswith("(pofilter) ")
            }
            if names:
                flagged += 1
                tests.update(names)
                planted += (path.stem, lang, entry.msgid) in data.planted
    return {"flagged": flagged, "tests": tests, "planted": planted}


def _as_fast(ratio: float | None) -> str:
    """pofilter's time over press's, in words.

    >>> _as_fast(12.3), _as_fast(0.4), _as_fast(None)
    ('12× as fast', '2.5× as slow', '—')
    """
    if ratio is None:
        return "—"
    return f"{times(ratio)} as fast" if ratio >= 1 else f"{times(1 / ratio)} as slow"


def case_checks(ctx) -> Outcome:
    out = Outcome()
    releases, per = ctx.sizes.check_releases, ctx.sizes.check_units
    folder = ctx.folder("checks")
    data, made = timed(make_checks, folder, releases, per)
    kinds = Counter(data.planted.values())
    out.notes.append(
        f"Data: {count(releases)} English releases of {per} units (a headline and "
        f"{per - 1} sentences from {len(TEMPLATES)} templates), translated into kk and ru: "
        f"{count(2 * releases)} PO files, {count(data.units)} translated units; "
        f"{count(len(data.planted))} of them ({FAULT_SHARE:.0%}) with a planted fault: "
        f"{count(kinds['number'])} a changed digit (facts), {count(kinds['latin'])} a Latin "
        f"look-alike letter in a Cyrillic word (script). The repository's glossary is the "
        f"workspace's ({made:.1f} s to generate)."
    )
    press = _press_checks(data.root)  # cold: no results kept yet
    warm = _press_checks(data.root) if press.findings is not None else None
    base_runs = _pofilter(data.root, folder / "pofilter-out")
    if base_runs is None:
        out.skipped.append("pofilter: not installed (pip install -e '.[bench]')")
    else:
        flags = pofilter_flags(folder / "pofilter-out", data)
        top = ", ".join(f"{name} {count(n)}" for name, n in flags["tests"].most_common())
        out.notes.append(
            "pofilter (default checks, one process per language folder): "
            + "; ".join(
                f"{lang} {seconds(r.seconds)}, peak RSS {megabytes(r.rss_mb)}"
                for lang, r in zip(LANGS, base_runs, strict=True)
            )
            + f". It flagged {count(flags['flagged'])} of {count(data.units)} units "
            f"({count(flags['planted'])} of the {count(len(data.planted))} planted among them); "
            f"by test: {top}."
        )
    base_s = sum(r.seconds for r in base_runs) if base_runs else None
    base_rss = max(r.rss_mb for r in base_runs) if base_runs else None
    baseline = f"pofilter: {seconds(base_s)}" if base_runs else "pofilter: skipped, not installed"
    name = f"checks, {count(data.units)} units"
    if press.findings is None:
        out.notes.append(f"`press check --all --json` failed: {press.error}")
        out.rows.append(
            Row(
                name,
                "error (see details)",
                baseline,
                baseline_rss=megabytes(base_rss) if base_runs else "—",
                target="**no** (press failed)",
            )
        )
        return out
    quality = press_quality(data, press.findings)
    by_check = Counter(f.get("check", "?") for f in press.findings)
    by_severity = Counter(f.get("severity", "?") for f in press.findings)
    out.notes.append(
        f"`press check --all --json` (the whole process, in the workspace): "
        f"{seconds(press.done.seconds)}, peak RSS {megabytes(press.done.rss_mb)}, exit "
        f"{press.done.returncode}; {count(len(press.findings))} findings "
        f"({', '.join(f'{k} {count(v)}' for k, v in by_severity.most_common())}); by check: "
        + (", ".join(f"{k} {count(v)}" for k, v in by_check.most_common()) or "none")
        + f". Planted faults found by their check: {count(quality['found'])} of "
        f"{count(quality['planted'])}; findings on units with no planted fault: "
        f"{count(quality['on_clean_units'])}."
    )
    ratio = base_s / press.done.seconds if base_runs else None
    out.rows.append(
        Row(
            case=name,
            press=seconds(press.done.seconds),
            baseline=baseline,
            ratio=_as_fast(ratio),
            press_rss=megabytes(press.done.rss_mb),
            baseline_rss=megabytes(base_rss) if base_runs else "—",
            quality=f"planted found {count(quality['found'])}/{count(quality['planted'])}; "
            f"{count(quality['on_clean_units'])} findings on clean units",
            target=verdict(ratio is not None and ratio >= 10, "≥ 10× pofilter"),
        )
    )
    if warm is not None and warm.findings is not None:
        same = warm.findings == press.findings
        warm_ratio = base_s / warm.done.seconds if base_runs else None
        out.notes.append(
            f"Run again with nothing changed, the results kept in .press/checks.sqlite: "
            f"{seconds(warm.done.seconds)}, peak RSS {megabytes(warm.done.rss_mb)}; the same "
            f"findings: {same}."
        )
        out.rows.append(
            Row(
                case=f"{name}, run again unchanged",
                press=seconds(warm.done.seconds),
                baseline=baseline,
                ratio=_as_fast(warm_ratio),
                press_rss=megabytes(warm.done.rss_mb),
                baseline_rss=megabytes(base_rss) if base_runs else "—",
                quality="the same findings" if same else "**other findings**",
                target="— (the target is the first run's)",
            )
        )
    return out
