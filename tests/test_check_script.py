"""The script check: Latin look-alikes in Cyrillic words, code points of other languages
for Kazakh letters, Kazakh letters in Russian words, invisible characters — and quiet on
names, acronyms, addresses and hyphened words of both scripts."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from workflow.checks import Context, Severity, Subject
from workflow.checks.script import _INVISIBLE, CHECK

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def found(translation: str, lang: str = "kk", source: str = "The Assembly met.") -> list[str]:
    subject = Subject(source=source, translation=translation, source_lang="en", lang=lang)
    return list(CHECK.test(subject, Context()))


# (language, translation, the message it must give): one planted fault each.
FAULTS = [
    # a Latin look-alike in a Cyrillic word
    ("kk", "Aстана қаласында Достық үйлерінің форумы өтті.",
     "Latin “A” in the Cyrillic word “Aстана”"),
    ("kk", "Қазақстан халқы Ассамблеясы жаңа бағдарлaманы мақұлдады.",
     "Latin “a” in the Cyrillic word “бағдарлaманы”"),
    ("ru", "Глава государства принял делегацию ОБСЕ в Aкорде.",
     "Latin “A” in the Cyrillic word “Aкорде”"),
    ("ru", "Ассамблея народа Казахстана провела сессию в Астанe.",
     "Latin “e” in the Cyrillic word “Астанe”"),
    ("ru", "Стороны обсудили вопросы межэтническoго сoгласия.",
     "Latin “o” in the Cyrillic word “межэтническoго”"),
    ("ru", "Участники форума посетили Дом дружбы в Aстанe.",
     "Latin “A”, “e” in the Cyrillic word “Aстанe”"),
    ("kk", "ЕҚЫҰ делегациясы Астанаға келдi.",
     "Latin “i” in the Kazakh word “келдi”: write “і” (U+0456)"),
    ("kk", "Тараптар ынтымақтастықты дамыту туралы келiсiмге қол қойды.",
     "Latin “i” in the Kazakh word “келiсiмге”: write “і” (U+0456)"),
    ("kk", "Iс-шара Достық үйінде өтеді.",
     "Latin “I” in the Kazakh word “Iс-шара”: write “І” (U+0406)"),
    ("kk", "Астана шаhарында жастар форумы өтті.",
     "Latin “h” in the Kazakh word “шаhарында”: write “һ” (U+04BB)"),
    ("kk", "Қазақстан халқы Ассамблеясы бıрлік күнін атап өтті.",
     "Latin “ı” in the Kazakh word “бıрлік”: write “і” (U+0456)"),
    ("ru", "Молодёжь Казахстана поддерживает программу «Бiрлiк».",
     "Latin “i” in the Cyrillic word “Бiрлiк”"),
    # a Cyrillic look-alike in a Latin word
    ("kk", "UNESCО бағдарламасына Қазақстанның үш нысаны енді.",
     "Cyrillic “О” in the Latin word “UNESCО”"),
    # code points of other languages for Kazakh letters
    ("kk", "Бірлік — біздің əлемдегі басты құндылығымыз.",
     "“ə” (U+0259, schwa) in “əлемдегі”: write “ә” (U+04D9)"),
    ("kk", "Қазақстан Республикасы Парламенті Мəжілісінің депутаттары қатысты.",
     "“ə” (U+0259, schwa) in “Мəжілісінің”: write “ә” (U+04D9)"),
    ("kk", "Əрбір азаматтың құқығы қорғалады.",
     "“Ə” (U+018F, schwa) in “Əрбір”: write “Ә” (U+04D8)"),
    ("kk", "ЕҚЫҰ-ныӊ делегациясы Астанаға келді.",
     "“ӊ” (U+04CA, en with tail) in “ЕҚЫҰ-ныӊ”: write “ң” (U+04A3)"),
    ("kk", "Мемлекет басшысыныҥ Жолдауы талқыланды.",
     "“ҥ” (U+04A5, en-ghe) in “басшысыныҥ”: write “ң” (U+04A3)"),
    ("kk", "Қатысушылар ɵңірлердегі тәжірибемен бөлісті.",
     "“ɵ” (U+0275, barred o) in “ɵңірлердегі”: write “ө” (U+04E9)"),
    ("kk", "Ассамблея ҡазаҡ тілі курстарын ашты.",
     "“ҡ” (U+04A1, Bashkir qa) in “ҡазаҡ”: write “қ” (U+049B)"),
    # Kazakh letters in a Russian word
    ("ru", "Делегация ОБСЕ прибыла в Астану для встречи с руководством Қазахстана.",
     "Kazakh letter “Қ” in the Russian word “Қазахстана”"),
    ("ru", "Глава государства провёл встречу с депутатами Мәжіліса.",
     "Kazakh letters “ә”, “і” in the Russian word “Мәжіліса”"),
    ("ru", "Глава государства принял делегацию ОБСЕ в Ақорде.",
     "Kazakh letter “қ” in the Russian word “Ақорде”"),
    ("ru", "Победители «Жас Қыран» получили дипломы в Мәжілісе.",
     "Kazakh letters “ә”, “і” in the Russian word “Мәжілісе”"),
    # invisible characters, in any language
    ("kk", "Қазақстан халқы\u200b Ассамблеясы",
     "an invisible character (U+200B ZERO WIDTH SPACE) in the translation"),
    ("ru", "Ассамблея народа\u00ad Казахстана",
     "an invisible character (U+00AD SOFT HYPHEN) in the translation"),
    ("ru", "Сайт \u202ewww.gov.kz\u202c работает",
     "an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE) in the translation"),
    ("en", "The Assembly\u2060 of People of Kazakhstan",
     "an invisible character (U+2060 WORD JOINER) in the translation"),
    ("en", "The Head of State\u200e chaired the session.",
     "an invisible character (U+200E LEFT-TO-RIGHT MARK) in the translation"),
    ("kk", "Мемлекет\ufeff басшысы",
     "an invisible character (U+FEFF ZERO WIDTH NO-BREAK SPACE) in the translation"),
    ("kk", "Достық\u200d үйі",
     "an invisible character (U+200D ZERO WIDTH JOINER) in the translation"),
    ("ru", "Дом\u2066 дружбы\u2069",
     "an invisible character (U+2066 LEFT-TO-RIGHT ISOLATE) in the translation"),
    ("kk", "Бірлік\u180e күні",
     "an invisible character (U+180E MONGOLIAN VOWEL SEPARATOR) in the translation"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "translation", "message"), FAULTS)
def test_a_planted_fault_is_found(lang, translation, message):
    assert message in found(translation, lang)


# (language, translation): correct texts the check must leave alone.
CORRECT = [
    ("kk", "Аға кеңесші Johanna Lindqvist бастаған ЕҚЫҰ делегациясы Астанаға келді."),
    ("kk", "OSCE және UNESCO өкілдері Қазақстан халқы Ассамблеясының сессиясына қатысты."),
    ("kk", "COVID-19-ға қарсы вакцинациядан кейін форум Expo-2017 аумағында өтті."),
    ("kk", "Толық ақпарат www.gov.kz сайтында және press@apk.kz мекенжайында."),
    ("kk", "IT-мамандар мен ЕҚЫҰ-ның сарапшылары бірлескен семинар өткізді."),
    ("kk", "ЕҚЫҰ-ға, ЮНЕСКО-ның және БҰҰ-ның өкілдері Астанада кездесті."),
    ("kk", f"2026 жылғы 1{NBSP}желтоқсаннан бастап курстарға 1{NNBSP}200 адам жазылды."),
    ("kk", f"Достық үйлері{THIN}— ашық қоғамдық кеңістік."),
    ("kk", "Мемлекет басшысы XXI ғасырдағы бірлік туралы айтты."),
    ("kk", "«Бірлік ұрпағы» бағдарламасы Instagram мен Telegram арнасында жарияланады."),
    ("kk", "Жоба **Астана** қаласында [ҚХА сайтында](https://assembly.kz/kk) жарияланды."),
    ("kk", "Lindqvist’s сапары туралы хабарлама Kazinform агенттігінде шықты."),
    ("ru", "Делегацию ОБСЕ возглавила старший советник Johanna Lindqvist."),
    ("ru", "Глава государства принял делегацию ОБСЕ в Акорде."),
    ("ru", "Ассамблея народа Казахстана провела сессию совместно с UNESCO и OSCE."),
    ("ru", "Форум прошёл на территории Expo-2017, а IT-специалисты представили проекты."),
    ("ru", "После пандемии COVID-19 курсы казахского языка вернулись в очный формат."),
    ("ru", f"В прошлом году Дома дружбы посетили около 1,5{NBSP}млн человек."),
    ("ru", "Подробности на сайте www.gov.kz и по адресу press@apk.kz."),
    ("ru", "Заместитель Председателя АНК встретился с делегацией ОБСЕ в Астане."),
    ("ru", "Мемлекет басшысы ЕҚЫҰ делегациясын Ақордада қабылдады."),  # the language check's
    # a Kazakh title in quotation marks is cited as written
    ("ru", "Фестиваль «Ұлы дала елі» соберёт в Астане мастеров народного творчества."),
    ("ru", "Журналисты газеты «Егемен Қазақстан» побывали в Доме дружбы."),
    ("ru", "Участники проекта «Бірлік „Жас ұрпақ“ үшін» встретились в Астане."),
    ("en", "The Assembly of People of Kazakhstan (APK) met the OSCE delegation in Astana."),
    ("en", "Ақорда"),  # a unit all in Cyrillic is the language check's business
    ("en", f"Some 68{NBSP}per cent of the participants were under 35."),
    ("kk", "Qazaqstan halqy Assambleiasy Törağasynyñ orynbasary kezdestı."),  # language's
]


@pytest.mark.parametrize(("lang", "translation"), CORRECT)
def test_a_correct_text_gives_no_finding(lang, translation):
    assert found(translation, lang) == []


def test_each_kind_of_invisible_character_is_reported_once():
    messages = found("Қазақстан\u200b халқы\u200b Ассамблеясы\u200b\u00ad бірлігі\u00ad")
    assert len(messages) == 2


def test_a_word_with_several_faults_gives_a_message_for_each():
    messages = found("Мемлекеттiӊ бағдарлaмасы", "kk")
    assert messages == [
        "“ӊ” (U+04CA, en with tail) in “Мемлекеттiӊ”: write “ң” (U+04A3)",
        "Latin “i” in the Kazakh word “Мемлекеттiӊ”: write “і” (U+0456)",
        "Latin “a” in the Cyrillic word “бағдарлaмасы”",
    ]


def test_the_same_word_twice_is_reported_once():
    assert len(found("Aстана — Aстана қаласы.", "kk")) == 1


def test_a_latin_name_with_a_schwa_is_not_a_kazakh_word():
    assert found("Əliyev мырза Астанаға келді.", "kk") == []


def test_an_english_translation_is_read_for_cyrillic_left_in_it():
    assert found("Aстана and Мәжіліс with a schwa ə and бiрлiк", "en") == [
        "Cyrillic “с”, “т”, “а”, “н” in the Latin word “Aстана”",
        "the Cyrillic word “Мәжіліс” in the English translation",
        "Cyrillic “б”, “р”, “л”, “к” in the Latin word “бiрлiк”",
    ]


def test_a_name_cited_in_english_may_keep_its_script():
    assert found("The Assembly (Қазақстан халқы Ассамблеясы) met in Astana.", "en") == []


def test_a_russian_unit_in_kazakh_letters_is_left_to_the_language_check():
    kazakh = "Кездесу барысында тараптар ынтымақтастықты дамыту мәселелерін талқылады."
    assert found(kazakh, "ru") == []
    assert found(kazakh.replace("дамыту", "дaмыту"), "ru") == [
        "Latin “a” in the Cyrillic word “дaмыту”"
    ]


def test_every_format_character_of_this_python_is_invisible():
    missing = [
        f"U+{i:04X}"
        for i in range(sys.maxunicode + 1)
        if unicodedata.category(chr(i)) == "Cf" and not _INVISIBLE.match(chr(i))
    ]
    assert missing == []


@pytest.mark.parametrize("c", ["\u00a0", "\u202f", "\u2009", " ", "\n", "\u2011", "\u2013"])
def test_spaces_and_dashes_are_not_invisible(c):
    assert not _INVISIBLE.match(c)


def test_the_check_is_an_error():
    assert CHECK.id == "script" and CHECK.severity is Severity.ERROR
