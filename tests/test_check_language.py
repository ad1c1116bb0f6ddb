"""The language check: a unit in another of the office's languages than its file's —
a short Russian sentence in a Kazakh file, Kazakh in a Russian one, English left in
either, Kazakh in the Latin script — and silence on names, acronyms, headlines and
correct sentences that borrow a word of another language."""

from __future__ import annotations

import pytest
from conftest import sample_subjects

from workflow.checks import Context, Severity, Subject
from workflow.checks import script as script_check
from workflow.checks.language import CHECK, reads_as

NBSP = "\u00a0"
NOT_KK = "the translation reads as Russian, not Kazakh"
NOT_RU = "the translation reads as Kazakh, not Russian"
LATIN = "the translation is in the Latin script, not in Cyrillic"


def found(translation: str, lang: str = "kk", source: str = "The Assembly met.") -> list[str]:
    subject = Subject(source=source, translation=translation, source_lang="en", lang=lang)
    return list(CHECK.test(subject, Context()))


# (language, translation, the message it must give)
FAULTS = [
    # a short Russian sentence in a Kazakh file
    ("kk", "Глава государства принял делегацию ОБСЕ в Акорде.", NOT_KK),
    ("kk", "Делегация ОБСЕ прибыла в Астану.", NOT_KK),
    ("kk", "Встреча прошла в тёплой и дружественной атмосфере.", NOT_KK),
    ("kk", "Стороны обсудили вопросы межэтнического согласия.", NOT_KK),
    ("kk", "Ассамблея народа Казахстана была образована в 1995 году.", NOT_KK),
    ("kk", "Заместитель Председателя АНК встретился с делегацией ОБСЕ.", NOT_KK),
    ("kk", "Курсы казахского языка для взрослых начнутся 1 декабря.", NOT_KK),
    ("kk", "«Поколение единства» — новая молодёжная программа АНК.", NOT_KK),
    ("kk", "**Глава государства** принял участников форума в Акорде.", NOT_KK),
    # a Kazakh sentence in a Russian file
    ("ru", "Мемлекет басшысы ЕҚЫҰ делегациясын Ақордада қабылдады.", NOT_RU),
    ("ru", "Кездесу барысында тараптар ынтымақтастықты дамыту мәселелерін талқылады.", NOT_RU),
    ("ru", "Форумға 600-ден астам делегат қатысты.", NOT_RU),
    ("ru", "Қазақстан халқы Ассамблеясы 1995 жылғы 1 наурызда құрылған.", NOT_RU),
    ("ru", "Біз қазақ тілін баршамызды біріктіретін тіл деп білеміз.", NOT_RU),
    ("ru", "Іс-шаралардың толық жоспары [Ассамблеяның сайтында](https://assembly.kz) жарияланады.",
     NOT_RU),
    # English left in a Kazakh or Russian file
    ("ru", "The delegation was received by the Deputy Chairman of the Assembly.",
     "the translation reads as English, not Russian"),
    ("ru", "Registration is open from 24 to 30 November inclusive.",
     "the translation reads as English, not Russian"),
    ("kk", "The parties agreed to hold a joint seminar in 2027.",
     "the translation reads as English, not Kazakh"),
    ("kk", "Free Kazakh language courses will start at the House of Friendship.",
     "the translation reads as English, not Kazakh"),
    ("kk", "Office of the OSCE High Commissioner on National Minorities",
     "the translation reads as English, not Kazakh"),
    # Cyrillic in an English file
    ("en", "Ассамблея народа Казахстана была образована в 1995 году.",
     "the translation reads as Russian, not English"),
    ("en", "Қазақстан халқы Ассамблеясы 1995 жылы құрылды.",
     "the translation reads as Kazakh, not English"),
    ("en", "Гульнара Искакова, директор Дома дружбы города Астаны:",
     "the translation reads as Russian, not English"),
    ("en", "Даурен Кенжебеков, Ольга Воронина, Гульнара Искакова",
     "the translation is in Cyrillic, not English"),
    # Kazakh in the Latin script (2021 alphabet)
    ("kk", "Qazaqstan halqy Assambleiasy Törağasynyñ orynbasary OSCE delegasiasymen kezdestı.",
     LATIN),
    ("kk", "Bağdarlama üş bağyttan tūrady.", LATIN),
    ("kk", "Jastar tek tyñdap otyrğysy kelmeidı.", LATIN),
    ("ru", "Memleket basşysy EQYŪ delegasiasyn Aqordada qabyldady.", LATIN),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "translation", "message"), FAULTS)
def test_a_unit_in_another_language_is_found(lang, translation, message):
    assert found(translation, lang) == [message]


# (language, translation): units the check must leave alone.
CORRECT = [
    # short units that can be either
    ("kk", "Астана"),
    ("kk", "АСТАНА"),
    ("kk", "ОБСЕ"),
    ("kk", "Мәжіліс"),
    ("kk", "Халықаралық ынтымақтастық"),
    ("kk", "Юханна Линдквист"),
    ("kk", "Johanna Lindqvist"),
    ("kk", "2026 жылғы 12 қараша"),
    ("kk", "Expo-2017"),
    ("kk", "www.gov.kz"),
    ("kk", "Generation of Unity"),
    ("kk", "Astana International Forum"),
    ("ru", "АСТАНА"),
    ("ru", "Пресс-релиз"),
    ("ru", "Мәжіліс"),
    ("ru", "Ақорда"),
    ("en", "Astana"),
    ("en", "Ақорда"),
    ("en", "Мемлекет басшысы"),
    # Kazakh sentences with few Kazakh letters, Latin names, acronyms, suffixes
    ("kk", "Олар Астанада болады."),
    ("kk", "Курстар тегін болады."),
    ("kk", "Делегация мүшелері Достық үйіне барды."),
    ("kk", "Аға кеңесші Johanna Lindqvist бастаған OSCE делегациясы Астанаға келді."),
    ("kk", "COVID-19-ға қарсы вакцинациядан кейін форум Expo-2017 аумағында өтті."),
    ("kk", "IT-мамандар мен ЕҚЫҰ-ның сарапшылары UNESCO тәжірибесін талқылады."),
    ("kk", "Ассамблея «Поколение единства» деген атаумен жаңа бағдарлама бастады."),
    ("kk", f"Толық ақпарат www.gov.kz сайтында, 1{NBSP}желтоқсанға дейін."),
    ("kk", "Ж. К. Омарова курстар туралы айтты."),
    # Russian sentences with a Kazakh name or term, Latin names, acronyms
    ("ru", "Депутаты Мажилиса посетили Акорду."),
    ("ru", "Выступила директор Дома дружбы Гүлнара Ысқақова."),
    ("ru", "Заместитель Председателя АНК встретился с делегацией ЕҚЫҰ в Ақорде."),
    ("ru", "Программа «Бірлік ұрпағы» стартует в декабре."),
    ("ru", "На форуме прозвучала песня «Менің Қазақстаным» в исполнении молодёжи."),
    ("ru", "Делегацию возглавила Johanna Lindqvist, старший советник OSCE."),
    ("ru", "После пандемии COVID-19 IT-специалисты представили проекты на Expo-2017."),
    ("ru", "Сайт www.gov.kz работает круглосуточно."),
    # English with a Cyrillic name
    ("en", "The Assembly of People of Kazakhstan (Қазақстан халқы Ассамблеясы) met in 1995."),
]


@pytest.mark.parametrize(("lang", "translation"), CORRECT)
def test_a_unit_in_its_language_gives_no_finding(lang, translation):
    assert found(translation, lang) == []


@pytest.mark.parametrize(
    ("source_lang", "lang", "text"),
    [
        ("ru", "kk", "Глава государства принял делегацию ОБСЕ в Акорде."),
        ("kk", "ru", "Мемлекет басшысы ЕҚЫҰ делегациясын Ақордада қабылдады."),
        ("en", "ru", "The delegation was received by the Deputy Chairman."),
    ],
)
def test_a_copied_source_is_left_to_the_untranslated_check(source_lang, lang, text):
    subject = Subject(source=text, translation=text, source_lang=source_lang, lang=lang)
    assert list(CHECK.test(subject, Context())) == []


@pytest.mark.parametrize(
    ("lang", "translation"),
    [
        ("ru", "Мемлекет басшысы ЕҚЫҰ делегациясын Ақордада қабылдады."),
        ("kk", "Qazaqstan halqy Assambleiasy Törağasynyñ orynbasary kezdestı."),
        ("kk", "Глава государства принял делегацию ОБСЕ в Акорде."),
    ],
)
def test_what_this_check_reports_the_script_check_does_not(lang, translation):
    subject = Subject(source="x", translation=translation, source_lang="en", lang=lang)
    assert len(list(CHECK.test(subject, Context()))) == 1
    assert list(script_check.CHECK.test(subject, Context())) == []


def test_the_sources_of_the_samples_read_as_their_language():
    russian = "Зарегистрироваться можно лично в Доме дружбы или на сайте Ассамблеи."
    assert reads_as(russian, "kk") == "Russian" and reads_as(russian, "en") == "Russian"
    assert reads_as(russian, "ru") is None


def test_the_sample_translations_pass_the_script_and_language_checks():
    units = sample_subjects()
    assert len(units) > 50
    assert {s.lang for _, s in units} >= {"kk", "ru"}
    checks = (CHECK, script_check.CHECK)
    problems = [(where, m) for where, s in units for c in checks for m in c.test(s, Context())]
    assert problems == []


def test_each_sample_translation_read_as_another_target_is_found():
    """The other side of the samples: their texts given to another language's file."""
    units = sample_subjects()
    long = [s for _, s in units if len(s.translation.split()) >= 6]
    for subject in long:
        other = "ru" if subject.lang == "kk" else "kk"
        assert reads_as(subject.translation, other) is not None, subject.translation


def test_the_check_is_an_error():
    assert CHECK.id == "language" and CHECK.severity is Severity.ERROR
