"""What the segmenter knows of each language's words: abbreviations and sentence openers.

Data for :mod:`workflow.segment`, kept apart so that growing a language's table is
a change to one place that reads as a list. Each abbreviation (lower case, inner
spaces removed, no final dot) has a :class:`Kind` that says how a full stop after
it behaves.
"""

from __future__ import annotations

import enum
import re


class Kind(enum.Enum):
    """How an abbreviation before a full stop behaves."""

    NEVER = "never"
    """Never ends a sentence: titles and connectives (``Dr.``, ``т.е.``, ``зам.``, ``реж.``)."""
    NUMBER = "number"
    """Binds to a number, currency or unit after it, else ends one before a capital (``No. 5``)."""
    FINAL = "final"
    """Ends a sentence before a capital or a number (``etc.``, ``т.д.``, ``и др.``, ``т.с.с.``)."""
    YEAR = "year"
    """Russian ``г.``/``гг.``, ``в.``/``вв.``: see the module docstring."""
    CLAUSE = "clause"
    """Kazakh ``ж.``, ``қ.``: ends a sentence only as a predicate or before an opener."""
    ERA = "era"
    """Kazakh ``б.з.б.``: binds to the number after it, else behaves as ``CLAUSE``."""


def _table(**kinds: str) -> dict[str, Kind]:
    """Abbreviations (lower case, inner spaces removed, no final dot) to kinds."""
    return {word: Kind(kind) for kind, words in kinds.items() for word in words.split()}


ABBREVIATIONS = {
    "en": _table(
        never="mr mrs ms messrs dr prof st mt ft gen col lt capt sgt sen rep gov rev hon "
        "vs v e.g i.e cf approx ca dept univ",
        number="no nos art sec para p pp vol fig ch "
        "jan feb mar apr jun jul aug sep sept oct nov dec",
        final="etc a.m p.m inc ltd co corp jr sr bros ave blvd rd",
    ),
    "kk": _table(
        never="мыс қар проф акад доц т.ғ.д т.ғ.к ф.ғ.д ф.ғ.к э.ғ.д э.ғ.к "
        "мөлш шамам реж оңт солт шығ бат төм өз ғыл авт соц",
        number="т б сағ млн млрд трлн",
        final="т.б т.с.с т.т",
        clause="ж жж ж.ж ғ ғғ ғ.ғ қ обл ауд көш даңғ",
        era="б.з.б б.з.д б.з",
    ),
    "ru": _table(
        never="т.е т.к т.н т.ч и.о зам пред разд см ср стр ст п пп пос им ул пр просп пл "
        "пер мкр д кв корп с о оз проф акад доц чл.-корр гр тов ген нач зав рук секр "
        "напр ок англ рус каз лат гл рис табл прил прим вып р совр чл соавт адм ц л-гв "
        "фр греч монг тюрк",
        number="ч т тыс руб долл коп млн млрд трлн чел род ум "
        "янв фев февр мар апр авг сен сент окт нояб ноя дек",
        final="т.д т.п др и.пр проч яз обл с.г н.в н.э",
        year="г гг в вв",
    ),
}

UNIT_RE = re.compile(  # a currency or unit, also inflected: "Евро", "теңгеге", "долларов"
    r"(?i:теңге|тенге|доллар|евро\b|еуро(?!п)|рубл|юан|фунт|сом(?:ов|а)?\b|usd|eur|kzt|rub|cny|gbp"
    r"|гкал|мвт|гвт)|[$€₸₽]"
)

KK_OPENERS = frozenset(
    str.split(
        # demonstratives and personal pronouns with their common case forms
        "бұл бұның мұның бұған бұны мұны бұдан мұнда мұндай ол оның оған оны одан онда олар "
        "олардың оларға оларды олардан оларда осы осының осыған осыны осыдан осында осындай "
        "осылайша сол соның соған соны содан сонда сондай біз біздің бізге бізде мен менің "
        "маған сіз сіздер "
        # connectives, time adverbs and discourse openers
        "сондай-ақ сонымен сондықтан алайда бірақ дегенмен әйтсе ал өйткені себебі яғни "
        "нәтижесінде қорытындысында жалпы айта атап еске енді қазір қазіргі бүгін бүгінде "
        "биыл былтыр кейін кейіннен ертең келесі "
        # generic event nouns, never names: "Жиында...", "Іс-шараға..."
        "жиын жиында жиынға жиынның жиынды іс-шара іс-шарада іс-шараға іс-шараның іс-шараны "
        "кездесу кездесуде кездесуге кездесудің кездесуді отырыс отырыста отырысқа отырыстың"
    )
)

SENTENCE_OPENERS = {
    "kk": KK_OPENERS,
    "ru": frozenset(
        str.split(
            "в во на по с со к ко для при после до из от за под над он она оно они его её ее их "
            "это эти этот эта этой так также кроме однако но и а как когда сегодня вчера завтра "
            "там здесь поэтому мы я вы ранее затем теперь сейчас"
        )
    ),
    "en": frozenset(
        str.split(
            "the a an this that these those it its he she they we i in on at for from after "
            "before during since but however meanwhile also there here today when while "
            "although if according as our his her their"
        )
    ),
}
