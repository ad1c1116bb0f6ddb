"""The facts check: every number, amount, percentage, year and date of the source is in
the translation, compared as values, whatever each language's way of writing them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import sample_subjects

from workflow.checks import Context, Severity, Subject
from workflow.checks.facts import CHECK

ROOT = Path(__file__).resolve().parent.parent


def found(source: str, translation: str, source_lang: str = "en", lang: str = "ru") -> list[str]:
    subject = Subject(source=source, translation=translation, source_lang=source_lang, lang=lang)
    return list(CHECK.test(subject, Context()))


def cases(table: str) -> list[tuple[str, str, str, str, list[str]]]:
    """A table's cases: ``en>ru  source``, the translation indented below, then ``!  message``."""
    rows: list[tuple[str, str, str, str, list[str]]] = []
    for line in table.splitlines():
        if line[:2].isalpha() and line[2:3] == ">":
            rows.append((line[:2], line[3:5], line[5:].strip(), "", []))
        elif line.strip().startswith("!"):
            rows[-1][4].append(line.strip()[1:].strip())
        elif line.strip() and not line.lstrip().startswith("#"):
            source_lang, lang, source, _, messages = rows[-1]
            rows[-1] = (source_lang, lang, source, line.strip(), messages)
    return rows


# The same facts, each language's way of writing them: nothing to report.
SAME = """
# decimals and thousands
en>ru  Turnout in the regions rose by 2.5 points.
       Явка в регионах выросла на 2,5 пункта.
en>kk  The Assembly trained 1,200 volunteers in Astana.
       Ассамблея Астанада 1 200 ерікті даярлады.
en>ru  The Assembly trained 1,200 volunteers.
       Ассамблея подготовила 1\u00a0200 волонтёров.
en>ru  The Assembly trained 1,200 volunteers.
       Ассамблея подготовила 1\u202f200 волонтёров.
en>kk  The Assembly trained 1,200 volunteers.
       Ассамблея 1200 ерікті даярлады.
en>ru  Houses of Friendship hosted more than 9,000 events.
       В Домах дружбы прошло более 9 000 мероприятий.
en>ru  The fund received KZT 1,234,567.89 in donations.
       Фонд получил 1 234 567,89 тенге пожертвований.
en>kk  More than 14,000 children and adults attended Sunday schools.
       Жексенбілік мектептерге 14 000-нан астам бала мен ересек барды.
ru>en  Курсы окончили более 1 200 жителей столицы.
       More than 1,200 residents of the capital completed the courses.
en>ru  The Assembly trained 1,200 volunteers.
       Ассамблея подготовила 1,200 волонтёров.

# years
en>kk  The seminar will be held in 2026.
       Семинар 2026 жылғы көктемде өтеді.
en>ru  The seminar will be held in 2026.
       Семинар пройдёт в 2026 году.
en>kk  Report for 2026
       2026 ж. есебі
en>ru  Report for 2026
       Отчёт за 2026 г.
en>ru  In the 2025–2026 academic year, 196 Sunday schools were open.
       В 2025-2026 учебном году работали 196 воскресных школ.

# percentages
en>ru  Some 15% of the participants were students.
       Около 15 % участников были студентами.
en>ru  Some 15% of the participants were students.
       Около 15 процентов участников были студентами.
en>kk  Some 15 per cent of the participants were students.
       Қатысушылардың шамамен 15 пайызы студенттер болды.
en>kk  Some 78% of the participants use Kazakh at work.
       Қатысушылардың 78%-ы жұмыста қазақ тілін қолданады.
en>ru  Support grew by 15 and 20 per cent.
       Поддержка выросла на 15 и 20 %.
en>ru  Support grew by 15% and 20%.
       Поддержка выросла на 15 и 20 процентов.

# times
ru>kk  Заседание начнётся в 10.00 в Доме дружбы.
       Отырыс Достық үйінде сағат 10:00-де басталады.
en>ru  The session opens at 10:00 in Astana.
       Сессия откроется в Астане в 10.00.
ru>en  Приём граждан ведётся с 15:00.
       Citizens are received from 3 pm.
en>kk  The session opens at 10:00.
       Сессия сағат 10-да ашылады.

# ranges
en>ru  The delegation is visiting Kazakhstan from 10 to 14 November.
       Делегация находится в Казахстане 10–14 ноября.
en>kk  The delegation is visiting Kazakhstan from 10 to 14 November.
       Делегация 10-14 қараша аралығында Қазақстанда болады.
ru>kk  Запись ведётся с 24 по 30 ноября.
       Жазылу 24 қарашадан 30 қарашаға дейін жүргізіледі.

# scale words
en>ru  The houses of friendship were visited by 1.5 million people.
       Дома дружбы посетили 1,5 млн человек.
en>ru  The houses of friendship were visited by 1.5 million people.
       Дома дружбы посетили 1,5 миллиона человек.
en>kk  The houses of friendship were visited by 1.5 million people.
       Достық үйлеріне 1,5 миллион адам келді.
en>ru  The houses of friendship were visited by 1.5 million people.
       Дома дружбы посетили 1 500 000 человек.
en>kk  Grants worth KZT 2 to 3 billion will be awarded.
       Жалпы сомасы 2-3 млрд теңге гранттар беріледі.

# ordinals
en>kk  The 27th session of the Assembly opened in Astana.
       Астанада Ассамблеяның 27-ші сессиясы ашылды.
en>ru  The 27th session of the Assembly opened in Astana.
       В Астане открылась 27-я сессия Ассамблеи.
en>ru  Delegates at the 27th session
       Делегаты 27-й сессии
en>kk  The 27th session opened.
       27-шы сессия ашылды.
en>kk  The 27th of the regional houses opened.
       Өңірлік үйлердің 27-сі ашылды.
en>ru  The forum met on 27 November.
       Форум собрался 27-го ноября.

# dates, day and month
en>kk  The forum opened on 26 November 2026.
       Форум 26 қараша 2026 ашылды.
en>kk  The forum opened in Astana on 26 November 2026.
       Форум 2026 жылғы 26 қарашада Астанада ашылды.
en>ru  The forum opened in Astana on 26 November 2026.
       Форум открылся в Астане 26 ноября 2026 года.
ru>en  Форум открылся 26 ноября 2026 года.
       The forum opened on November 26, 2026.
en>ru  The forum opened on November 26, 2026.
       Форум открылся 26 ноября 2026 года.
en>kk  The forum opened on 26 November.
       Форум қарашаның 26-сы күні ашылды.
ru>en  Итоги подведут 26.11.2026.
       The results will be summed up on 26 November 2026.
en>kk  The courses start on 1 September.
       Курстар 1 қыркүйекте басталады.
en>kk  Applications are accepted until 10 April.
       Өтінімдер 10 сәуірде дейін қабылданады.
en>kk  The Assembly was founded on 1 March 1995.
       Қазақстан халқы Ассамблеясы 1995 жылғы 1 наурызда құрылды.
en>kk  The results will be presented on 1 May.
       Нәтижелер 1 мамырда таныстырылады.
en>kk  Registration is open until 30 November.
       Тіркеу 30 қарашадан кейін жабылады.
en>ru  We shall meet again on 1 May.
       Мы снова встретимся 1 мая 2027 года.

# months named without a day, in their case forms
en>ru  The programme will start in November.
       Программа стартует в ноябре.
en>kk  The programme will start in November.
       Бағдарлама қарашада басталады.
en>kk  The programme will run from December 2026.
       Бағдарлама 2026 жылғы желтоқсаннан басталады.
en>ru  November was a month of dialogue.
       Ноябрь стал месяцем диалога.
en>ru  The Assembly is proud of its work in November.
       Ассамблея гордится своей работой ноябрём.
en>kk  The plan for November was approved.
       Қарашаның жоспары бекітілді.

# small numbers as words; a number word of the source is no fact
en>ru  The Assembly signed 2 memoranda.
       Ассамблея подписала два меморандума.
en>ru  Representatives of 2 regions attended.
       Приняли участие представители двух регионов.
en>kk  The Assembly signed 2 memoranda.
       Ассамблея екі меморандумға қол қойды.
en>ru  Only 1 region has not joined yet.
       Пока не присоединилась только одна область.
en>kk  Only 1 region has not joined yet.
       Әзірге тек бір өңір қосылмады.
en>kk  The 3rd meeting will be held in Astana.
       Үшінші кездесу Астанада өтеді.
en>ru  The 1st stage is over.
       Первый этап завершён.
ru>en  Подписано 3 соглашения.
       Three agreements were signed.
en>kk  Experts from 2 or 3 countries will take part.
       Екі-үш елдің сарапшылары қатысады.
en>ru  Three delegations took part in the forum.
       В форуме приняли участие делегации.

# addresses and phone numbers
en>ru  Read the plan at https://www.gov.kz/memleket/entities/assembly/press/news/123456.
       План опубликован на сайте Ассамблеи.
en>kk  Write to press2026@apk.kz with questions.
       Сұрақтарды баспасөз қызметіне жіберіңіз.
en>ru  Call +7 (7172) 74-57-19 for accreditation.
       Аккредитация по телефону +7 7172 745719.
en>kk  Call 8 (7172) 74-57-19 for accreditation.
       Аккредитация: +7 7172 74 57 19.
ru>kk  Справки по телефону 74-57-19.
       Анықтама телефоны: +7 (7172) 74-57-19.

# Roman centuries and section numbers
en>kk  Unity is the value of the XXI century.
       Бірлік — XXI ғасырдың құндылығы.
en>ru  Unity is the value of the 21st century.
       Единство — ценность XXI века.
en>ru  The 33rd session of the Assembly of People of Kazakhstan opened in Astana.
       В Астане открылась XXXIII сессия Ассамблеи народа Казахстана.
en>kk  The 33rd session of the Assembly of People of Kazakhstan opened in Astana.
       Астанада Қазақстан халқы Ассамблеясының XXXIII сессиясы ашылды.
en>kk  She was awarded a 1st degree diploma of the Assembly.
       Ол Ассамблеяның I дәрежелі дипломымен марапатталды.
en>ru  Under Order No. 5, the session opens.
       Согласно приказу №5 открывается сессия.
en>kk  Under Order No. 5, the session opens.
       №\u00a05 бұйрыққа сәйкес сессия ашылады.

# markup is another check's business
en>ru  The plan runs until **1 May 2027**.
       План действует до 1 мая 2027 года.
en>kk  See the [2026 plan](https://apk.gov.kz/plan2026) of the Assembly.
       Ассамблеяның [2026 жылғы жоспарын](https://apk.gov.kz/plan) қараңыз.

# Kazakh as the source
kk>ru  Ассамблея 2026 жылғы 18–19 қарашада 600-ден астам делегатты жинады.
       18–19 ноября 2026 года Ассамблея собрала более 600 делегатов.
kk>en  Курстарға 1 200-ден астам тұрғын қатысты, олардың 87 пайызы емтихан тапсырды.
       More than 1,200 residents attended the courses and 87% of them passed the exam.

# compounds and the other order of a date
en>ru  A 3-day forum of the Assembly opens in Astana.
       В Астане открывается трёхдневный форум Ассамблеи.
ru>en  Курсы начнут работу с 1 декабря 2026 года.
       The courses will start on December 1st, 2026.
en>kk  The results were summed up on 26 November.
       Қорытынды 26-қарашада шығарылды.

# more of a press office's days
en>kk  On 5 March, the Assembly opened a new house of friendship.
       5 наурызда Ассамблея жаңа Достық үйін ашты.
en>ru  The 30th anniversary of the Assembly will be celebrated in 2025.
       30-летие Ассамблеи будет отмечаться в 2025 году.
en>kk  The Assembly's 30th anniversary will be celebrated in 2025.
       2025 жылы Ассамблеяның 30 жылдығы аталып өтеді.
en>kk  Over the past 5 years the network of houses of friendship has grown.
       Соңғы бес жылда Достық үйлерінің желісі кеңейді.
en>ru  Young people aged 14 to 29 can apply.
       Подать заявку могут молодые люди в возрасте от 14 до 29 лет.
en>ru  The session opens at 11:30 a.m.
       Сессия откроется в 11:30.
en>ru  On 1 September, 1,200 pupils started classes at 8.30.
       1 сентября в 8:30 занятия начали 1 200 учеников.
en>kk  Grants worth KZT 2.5 billion were awarded.
       Жалпы сомасы 2,5 миллиард теңге гранттар берілді.
en>ru  Turnover increased 1.5-fold.
       Оборот вырос в 1,5 раза.
ru>en  Форум пройдёт 26–27 ноября.
       The forum will be held on November 26–27.
en>kk  Unity is the value of the 21st century.
       Бірлік — ХХІ ғасырдың құндылығы.
en>kk  About 35% of the 1,500 participants were aged 18–29.
       1 500 қатысушының шамамен 35%-ы 18-29 жастағы жастар болды.
en>kk  Delegates from 18 countries attended the 10th forum.
       Оныншы форумға 18 елден делегаттар қатысты.
en>kk  Reports for the 2nd quarter of 2026
       2026 жылғы екінші тоқсан есептері
ru>kk  В 2026 году проведено 1,5 тыс. мероприятий.
       2026 жылы 1,5 мың іс-шара өткізілді.
ru>en  В 2026 году проведено 1,5 тыс. мероприятий.
       In 2026, 1,500 events were held.
kk>en  Бағдарлама 2026 жылғы желтоқсанда басталады.
       The programme starts in December 2026.

# a value the source repeats may be written once, if no other number took its place
en>ru  The plan for 2026 was adopted in 2026 by the Council.
       План на 2026 год принят Советом в текущем году.
en>kk  Teachers from 4 regions took part in the 4-day seminar in Pavlodar.
       Павлодарда өткен төрт күндік семинарға 4 өңірдің мұғалімдері қатысты.

# a copy of the source is the untranslated check's business
en>kk  The APK Council will meet in Astana in April.
       The APK Council will meet in Astana in April.
en>ru  The session opened on 26 November.
       Сессия открылась 26 November.
"""


@pytest.mark.parametrize(("source_lang", "lang", "source", "translation", "messages"), cases(SAME))
def test_the_same_facts_written_each_language_s_way_are_not_reported(
    source_lang: str, lang: str, source: str, translation: str, messages: list[str]
):
    assert found(source, translation, source_lang, lang) == []


# A fact missing or changed: what is reported.
WRONG = """
en>ru  The seminar will be held in 2026.
       Семинар пройдёт в 2025 году.
    !  2026 is not in the translation
en>kk  The seminar will be held in 2026.
       Семинар 2025 жылы өтеді.
    !  2026 is not in the translation
en>ru  Some 78 per cent of course participants use Kazakh.
       Большинство слушателей курсов используют казахский язык.
    !  78 per cent is not in the translation
en>kk  Some 15% of the schools are new.
       Мектептердің 15-і жаңа.
    !  15% is not in the translation
en>ru  The forum opened on 26 November 2026.
       Форум открылся 25 ноября 2026 года.
    !  26 November is not in the translation
en>kk  The forum opened on 26 November 2026.
       Форум 2026 жылғы 26 қазанда ашылды.
    !  26 November is not in the translation
en>ru  The delegation is visiting from 10 to 14 November.
       Делегация находится в стране 10–14 октября.
    !  10 November is not in the translation
    !  14 November is not in the translation
en>ru  The programme will start in November.
       Программа стартует в октябре.
    !  November is not in the translation
en>kk  Grants worth KZT 5 billion will be awarded to the associations.
       Бірлестіктерге гранттар беріледі.
    !  5 billion is not in the translation
en>ru  Turnout rose by 1.5 points.
       Явка выросла на 15 пунктов.
    !  1.5 is not in the translation
en>ru  The 27th session opened.
       Открылась 72-я сессия.
    !  27th is not in the translation
en>kk  More than 1,200 volunteers and 150 mediators will be trained.
       120 ерікті мен 1 500 медиатор даярланады.
    !  1,200 is not in the translation
    !  150 is not in the translation
ru>en  Курсы окончили 1 200 человек.
       The courses were completed by 1.2 people.
    !  1 200 is not in the translation
en>ru  The houses were visited by 1.5 million people.
       Дома посетили 1,5 тысячи человек.
    !  1.5 million is not in the translation
en>ru  The session opens at 10:00.
       Сессия откроется в 11:00.
    !  10:00 is not in the translation
en>ru  Call +7 (7172) 74-57-19.
       Звоните +7 (7172) 74-57-91.
    !  +7 (7172) 74-57-19 is not in the translation
ru>en  Итоги подведут 26.11.2026.
       The results will be summed up on 26 October 2026.
    !  26.11.2026 is not in the translation
en>ru  The results will be presented on 1 May.
       Итоги представят 1 июня.
    !  1 May is not in the translation
en>ru  Unity is the value of the XXI century.
       Единство — ценность XX века.
    !  XXI is not in the translation
ru>en  Тест сдали 87 % слушателей.
       Some 78 per cent of the learners passed.
    !  87 % is not in the translation
en>kk  The seminar will take place in the first half of 2027.
       Семинар келесі жылдың бірінші жартысында өтеді.
    !  2027 is not in the translation
en>ru  Rates rose by 2.50% to 1.25 million.
       Ставки выросли на 2,5 % до 1,25 тысячи.
    !  1.25 million is not in the translation
ru>en  Форум пройдёт 26–27 ноября.
       The forum will be held on 26–27 October.
    !  26 ноября is not in the translation
    !  27 ноября is not in the translation
en>kk  Unity is the value of the 21st century.
       Бірлік — ХХ ғасырдың құндылығы.
    !  21st is not in the translation
# a value the source repeats, changed once in the translation
en>ru  Teachers from 4 regions took part in the 4-day seminar in Pavlodar.
       В 4-дневном семинаре в Павлодаре приняли участие учителя из 6 регионов.
    !  4 is 2 times in the source, 1 in the translation
en>kk  Teachers from 5 regions took part in the 5-day seminar in Astana.
       Астанада өткен 5 күндік семинарға 7 өңірдің мұғалімдері қатысты.
    !  5 is 2 times in the source, 1 in the translation
# each value once, in the source's order and spelling
en>ru  In 2026 the Assembly held 12 forums; 2026 was a year of 12 new houses.
       Ассамблея провела форумы.
    !  2026 is not in the translation
    !  12 is not in the translation
# a word for a small number is no other number
en>ru  The Assembly signed 3 memoranda.
       Ассамблея подписала два меморандума.
    !  3 is not in the translation
en>kk  Some 600 delegates and 35 experts attended.
       Форумға 600 делегат қатысты.
    !  35 is not in the translation
"""


@pytest.mark.parametrize(("source_lang", "lang", "source", "translation", "messages"), cases(WRONG))
def test_a_missing_or_changed_fact_is_reported(
    source_lang: str, lang: str, source: str, translation: str, messages: list[str]
):
    assert messages
    assert found(source, translation, source_lang, lang) == messages


def test_the_tables_are_read_whole():
    assert len(cases(SAME)) > 80
    assert "\u00a0" in SAME and "\u202f" in SAME
    assert all(row[3] for row in cases(SAME) + cases(WRONG))
    assert cases("en>kk  In 2026.\n       2025 жылы.\n    !  2026 is not in the translation") == [
        ("en", "kk", "In 2026.", "2025 жылы.", ["2026 is not in the translation"])
    ]


def test_the_check_is_an_error_named_facts():
    assert CHECK.id == "facts"
    assert CHECK.severity is Severity.ERROR
    assert "\n" not in CHECK.description


def test_a_source_without_digits_or_months_is_not_read():
    assert found("The sides discussed language policy.", "Стороны обсудили 15 вопросов.") == []


def test_values_the_translation_adds_are_not_reported():
    assert found("The forum opened on 26 November.", "Форум открылся 26 ноября 2026 года.") == []


def test_babel_is_not_imported_with_the_module():
    code = "import sys, workflow.checks.facts; print(any('babel' in m for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "False", result.stderr


def test_the_sample_translations_hold_every_fact_of_their_sources():
    units = sample_subjects()
    assert len(units) > 50
    assert {subject.lang for _, subject in units} >= {"kk", "ru"}
    problems = [(where, m) for where, subject in units for m in CHECK.test(subject, Context())]
    assert problems == []


# The quick readings settle a unit only where the full reading finds nothing.


def _mutations(translation: str, rng) -> list[str]:
    """The translation as it may go wrong: a digit changed, a number dropped or added,
    another month, groups and decimals written the other language's way."""
    import re

    out = [translation]
    digits = [m.start() for m in re.finditer(r"\d", translation)]
    if digits:
        at = rng.choice(digits)
        out.append(translation[:at] + str((int(translation[at]) + 1) % 10) + translation[at + 1 :])
        number = rng.choice(list(re.finditer(r"\d+", translation)))
        out.append(translation[: number.start()] + translation[number.end() :])
        out.append(translation.replace("\u00a0", ",").replace(",", ".", 1))
    for a, b in (("ноября", "октября"), ("қараша", "қазан"), ("ақпан", "наурыз"), ("мая", "марта")):
        if a in translation:
            out.append(translation.replace(a, b))
    out.append(translation + " 12")
    out.append(re.sub(r"(\d+)\D+(\d+)", r"\2 \1", translation, count=1))
    return out


def _settled_quickly(subject: Subject) -> bool:
    """Whether :func:`workflow.checks.facts.missing` settles the unit before reading fully."""
    from workflow.checks import facts, text

    read = facts._source(subject.source, subject.source_lang)
    if read is None:
        return True
    if read.digits is not None and facts._same_numbers(read.digits, subject.translation):
        return True
    translation = text.without_addresses(text.plain(subject.translation))
    return read.strict is not None and facts._plainly_held(read.strict, translation, subject.lang)


def test_a_unit_settled_quickly_is_one_the_full_reading_passes() -> None:
    """Over the benchmark's sentences, this file's cases and the samples, each also with
    its translation changed as translators change numbers by mistake."""
    import random

    from benchmarks.check_cases import TEMPLATES, Slots

    from workflow.checks import facts, text

    rng = random.Random(7)
    slots = Slots(rng)
    pairs = []
    for _ in range(400):
        en, ru, kk = rng.choice(TEMPLATES)(slots)
        pairs += [(en, ru, "en", "ru"), (en, kk, "en", "kk"), (kk, ru, "kk", "ru")]
    for table in (SAME, WRONG):
        pairs += [(s, t, sl, tl) for sl, tl, s, t, _ in cases(table)]
    pairs += [(u.source, u.translation, u.source_lang, u.lang) for _, u in sample_subjects()]
    settled = 0
    for source, translation, source_lang, lang in pairs:
        for changed in _mutations(translation, rng):
            subject = Subject(source, changed, source_lang=source_lang, lang=lang)
            if not _settled_quickly(subject):
                continue
            settled += 1
            plain_source = text.without_addresses(text.plain(source))
            plain_translation = text.without_addresses(text.plain(changed))
            said = list(facts.read_fully(plain_source, plain_translation, source_lang, lang))
            assert said == [], (source, changed, said)
    assert settled > len(pairs)  # the quick readings do settle most units
