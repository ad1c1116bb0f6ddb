"""Every word an exported document writes of its own, in the document's language.

A Kazakh bundle says ЖОБА, not DRAFT: the draft mark and note, the contacts
block, the language switcher and the captions' credit line are all here, one
table per language, so no label is written in English into a Kazakh or Russian
page. ``kk-Latn`` takes the Kazakh labels, transliterated by the caller.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Labels:
    draft: str
    not_for_publication: str
    untranslated: str
    """``{n}`` sentences still in ``{language}`` (the source language, named in this one)."""
    languages_in: dict[str, str]
    """Each language named as this one says "in English" inside the untranslated note."""
    contacts: str
    phone: str
    email: str
    website: str
    photo: str
    choose: str
    """The index page's line over the language switcher."""
    page: str
    """The footer's page number: ``{page}`` of ``{pages}``."""


LABELS = {
    "en": Labels(
        draft="DRAFT",
        not_for_publication="Not for publication.",
        untranslated="Sentences not translated yet: {n}; they are highlighted and left "
        "in {language}.",
        languages_in={"en": "English", "kk": "Kazakh", "ru": "Russian"},
        contacts="Media contacts",
        phone="Tel.",
        email="E-mail",
        website="Website",
        photo="Photo",
        choose="Read this release in",
        page="Page {page} of {pages}",
    ),
    "kk": Labels(
        draft="ЖОБА",
        not_for_publication="Жариялауға арналмаған.",
        untranslated="Әлі аударылмаған сөйлемдер саны: {n}; олар {language} қалдырылып, "
        "түспен белгіленген.",
        languages_in={"en": "ағылшын тілінде", "kk": "қазақ тілінде", "ru": "орыс тілінде"},
        contacts="БАҚ өкілдері үшін байланыс",
        phone="Тел.",
        email="Эл. пошта",
        website="Сайт",
        photo="Фото",
        choose="Бұл хабарламаны мына тілде оқыңыз:",
        page="Бет {page} / {pages}",
    ),
    "ru": Labels(
        draft="ПРОЕКТ",
        not_for_publication="Не для публикации.",
        untranslated="Ещё не переведено предложений: {n}; они выделены цветом и оставлены "
        "{language}.",
        languages_in={
            "en": "на английском языке",
            "kk": "на казахском языке",
            "ru": "на русском языке",
        },
        contacts="Контакты для СМИ",
        phone="Тел.",
        email="Эл. почта",
        website="Сайт",
        photo="Фото",
        choose="Читать этот пресс-релиз на языке:",
        page="Страница {page} из {pages}",
    ),
}

NATIVE_NAMES = {"en": "English", "kk": "Қазақша", "ru": "Русский", "kk-Latn": "Qazaqşa"}
"""Each language as its own readers name it, for the language switcher."""


def labels(lang: str) -> Labels:
    """The labels of a document in ``lang`` (``kk-Latn`` has the Kazakh ones)."""
    return LABELS[lang.split("-")[0]]


def draft_note(lang: str, missing: int, source_lang: str) -> str:
    """What a draft says after its mark: not for publication, and what is untranslated.

    >>> print(draft_note("ru", 3, "en"))  # doctest: +NORMALIZE_WHITESPACE
    Не для публикации. Ещё не переведено предложений: 3; они выделены цветом
    и оставлены на английском языке.
    >>> draft_note("kk", 0, "en")
    'Жариялауға арналмаған.'
    """
    words = labels(lang)
    if not missing:
        return words.not_for_publication
    language = words.languages_in[source_lang]
    return f"{words.not_for_publication} {words.untranslated.format(n=missing, language=language)}"
