"""Field material for the quality checks: press-release sentences of the Assembly's press
service with careful Kazakh and Russian translations, which must raise no finding at all,
and the same kind of sentences with one planted fault each, which its check must report.

All the text is written for this file. The context is the one a workspace run gives: the
repository's glossary, the names it keeps alike in two languages, the release's date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from workflow import checks
from workflow.actions.check import Checker
from workflow.checks import Subject
from workflow.model import BlockKind
from workflow.workspace import Workspace

K = BlockKind
DAY = dt.date(2026, 11, 26)
REPOSITORY = Workspace.find(Path(__file__).resolve().parent.parent)
CONTEXT = Checker(REPOSITORY).context
"""The context a run in this repository gives: its glossary, the names kept alike."""


def run(source, translation, lang, kind=K.PARAGRAPH, context=CONTEXT):
    subject = Subject(source, translation, "en", lang, kind, DAY)
    return [(check.id, message) for check, message in checks.run(subject, context)]


# (kind, English source, Kazakh translation, Russian translation)
CORRECT = [
    # sessions, forums and the Assembly's bodies
    (
        K.PARAGRAPH,
        "The 34th session of the Assembly of People of Kazakhstan will be held in Astana on "
        "26 November 2026.",
        "Қазақстан халқы Ассамблеясының XXXIV сессиясы 2026 жылғы 26 қарашада Астанада өтеді.",
        "XXXIV сессия Ассамблеи народа Казахстана пройдёт 26 ноября 2026 года в Астане.",
    ),
    (
        K.PARAGRAPH,
        "More than 1,200 delegates from 17 regions took part in the forum.",
        "Форумға 17 өңірден 1 200-ден астам делегат қатысты.",
        "В форуме приняли участие более 1\u00a0200 делегатов из 17 регионов.",
    ),
    (
        K.PARAGRAPH,
        "The APK Council approved the work plan for 2027.",
        "ҚХА Кеңесі 2027 жылға арналған жұмыс жоспарын бекітті.",
        "Совет АНК утвердил план работы на 2027 год.",
    ),
    (
        K.PARAGRAPH,
        "The scientific and expert council of the APK met in Astana.",
        "ҚХА-ның ғылыми-сараптамалық кеңесі Астанада отырыс өткізді.",
        "В Астане состоялось заседание научно-экспертного совета АНК.",
    ),
    (
        K.PARAGRAPH,
        "The Head of State sent a greeting to the participants of the forum.",
        "Мемлекет басшысы форумға қатысушыларға құттықтау жолдады.",
        "Глава государства направил приветствие участникам форума.",
    ),
    (
        K.PARAGRAPH,
        "The Head of State's address was discussed at 210 meetings in the regions.",
        "Мемлекет басшысының Жолдауы өңірлердегі 210 кездесуде талқыланды.",
        "Послание Главы государства обсудили на 210 встречах в регионах.",
    ),
    (
        K.PARAGRAPH,
        "The Deputy Chairman of the Assembly of People of Kazakhstan met the OSCE High "
        "Commissioner on National Minorities.",
        "Қазақстан халқы Ассамблеясы Төрағасының орынбасары ЕҚЫҰ-ның Ұлттық азшылықтар "
        "істері жөніндегі Жоғарғы комиссарымен кездесті.",
        "Заместитель Председателя Ассамблеи народа Казахстана встретился с Верховным "
        "комиссаром ОБСЕ по делам национальных меньшинств.",
    ),
    (
        K.PARAGRAPH,
        "The OSCE delegation was in Kazakhstan from 10 to 14 November.",
        "ЕҚЫҰ делегациясы 10–14 қарашада Қазақстанда болды.",
        "Делегация ОБСЕ находилась в Казахстане 10–14 ноября.",
    ),
    (
        K.PARAGRAPH,
        "The results of the meeting of the OSCE Permanent Council were discussed in Astana.",
        "ЕҚЫҰ Тұрақты кеңесі отырысының қорытындысы Астанада талқыланды.",
        "Итоги заседания Постоянного совета ОБСЕ обсудили в Астане.",
    ),
    (
        K.PARAGRAPH,
        "The OSCE and the UN supported the initiative.",
        "Бастаманы ЕҚЫҰ мен БҰҰ қолдады.",
        "Инициативу поддержали ОБСЕ и ООН.",
    ),
    (
        K.PARAGRAPH,
        "The applications have been sent to the OSCE.",
        "Өтінімдер ЕҚЫҰ-ға жіберілді.",
        "Заявки направлены в ОБСЕ.",
    ),
    (
        K.PARAGRAPH,
        "The Mazhilis of the Parliament of the Republic of Kazakhstan approved the bill on "
        "4 December.",
        "Қазақстан Республикасы Парламентінің Мәжілісі 4 желтоқсанда заң жобасын мақұлдады.",
        "Мажилис Парламента Республики Казахстан 4 декабря одобрил законопроект.",
    ),
    (
        K.PARAGRAPH,
        "Deputies of the Mazhilis of the Parliament of the Republic of Kazakhstan visited the "
        "House of Friendship in Shymkent.",
        "Қазақстан Республикасы Парламенті Мәжілісінің депутаттары Шымкенттегі Достық үйіне барды.",
        "Депутаты Мажилиса Парламента Республики Казахстан посетили Дом дружбы в Шымкенте.",
    ),
    (
        K.PARAGRAPH,
        "In the 1990s, the first Houses of Friendship opened in the regions.",
        "1990-жылдары өңірлерде алғашқы Достық үйлері ашылды.",
        "В 1990-е годы в регионах открылись первые Дома дружбы.",
    ),
    (
        K.PARAGRAPH,
        "Many ethnocultural associations were founded in the 1990s.",
        "Көптеген этномәдени бірлестіктер 90-жылдары құрылды.",
        "Многие этнокультурные объединения были созданы в 90-е годы.",
    ),
    # money, shares and counts
    (
        K.PARAGRAPH,
        "The budget of the programme is 1.5 billion tenge.",
        "Бағдарламаның бюджеті — 1,5 млрд теңге.",
        "Бюджет программы составляет 1,5 млрд тенге.",
    ),
    (
        K.PARAGRAPH,
        "The regional budget for 2027 amounts to KZT 1.2 trillion.",
        "Өңірдің 2027 жылға арналған бюджеті 1,2 трлн теңгені құрайды.",
        "Бюджет региона на 2027 год составляет 1,2 трлн тенге.",
    ),
    (
        K.PARAGRAPH,
        "Each winner will receive a certificate for KZT 120,000.",
        "Әр жеңімпазға 120 мың теңгелік сертификат беріледі.",
        "Каждый победитель получит сертификат на 120 тыс. тенге.",
    ),
    (
        K.PARAGRAPH,
        "The project received KZT 2.75 million from the grant fund.",
        "Жобаға грант қорынан 2,75 млн теңге бөлінді.",
        "Проект получил из грантового фонда 2,75 млн тенге.",
    ),
    (
        K.PARAGRAPH,
        "The winners received 10 grants of KZT 3 million each.",
        "Жеңімпаздар әрқайсысы 3 млн теңгеден он грант алды.",
        "Победители получили десять грантов по 3 млн тенге каждый.",
    ),
    (
        K.PARAGRAPH,
        "The share of young people among the volunteers reached 62%.",
        "Еріктілер арасындағы жастардың үлесі 62 пайызға жетті.",
        "Доля молодёжи среди волонтёров достигла 62\u00a0%.",
    ),
    (
        K.PARAGRAPH,
        "Turnout rose by 12.5% compared with 2025.",
        "Қатысушылар саны 2025 жылмен салыстырғанда 12,5 пайызға өсті.",
        "Явка выросла на 12,5 % по сравнению с 2025 годом.",
    ),
    (
        K.PARAGRAPH,
        "Unemployment among the participants fell to 0.8%.",
        "Қатысушылар арасындағы жұмыссыздық 0,8 пайызға дейін төмендеді.",
        "Безработица среди участников снизилась до 0,8 %.",
    ),
    (
        K.PARAGRAPH,
        "Between 10 and 15 per cent of the budget goes to the regions.",
        "Бюджеттің 10–15 пайызы өңірлерге бөлінеді.",
        "От 10 до 15 % бюджета направляется в регионы.",
    ),
    (
        K.PARAGRAPH,
        "Turnout was 87 per cent, or 2,610 of the 3,000 registered participants.",
        "Қатысу деңгейі 87 пайыз болды, яғни тіркелген 3 000 қатысушының 2 610-ы келді.",
        "Явка составила 87 %, то есть 2 610 из 3 000 зарегистрированных участников.",
    ),
    (
        K.PARAGRAPH,
        "More than 3,000 people attended the concert.",
        "Концертке 3 мыңнан астам адам келді.",
        "Концерт посетили более 3 тыс. человек.",
    ),
    (
        K.PARAGRAPH,
        "Ethnocultural associations held 4,850 events in 2026.",
        "Этномәдени бірлестіктер 2026 жылы 4 850 іс-шара өткізді.",
        "Этнокультурные объединения провели в 2026 году 4 850 мероприятий.",
    ),
    (
        K.PARAGRAPH,
        "Some 190 Sunday schools teach 30 languages to children and adults.",
        "190-ға жуық жексенбілік мектепте балалар мен ересектерге 30 тіл оқытылады.",
        "Около 190 воскресных школ обучают детей и взрослых 30 языкам.",
    ),
    (
        K.PARAGRAPH,
        "In the first half of 2026, the number of volunteers grew 1.5 times.",
        "2026 жылдың бірінші жартыжылдығында еріктілер саны 1,5 есе өсті.",
        "В первом полугодии 2026 года число волонтёров выросло в 1,5 раза.",
    ),
    # numbers 1 to 10 written as words
    (
        K.PARAGRAPH,
        "Representatives of 5 ethnocultural centres and 3 universities signed the memorandum.",
        "Меморандумға бес этномәдени орталық пен үш университеттің өкілдері қол қойды.",
        "Меморандум подписали представители пяти этнокультурных центров и трёх университетов.",
    ),
    (
        K.PARAGRAPH,
        "The 2-day forum brought together experts from 9 countries.",
        "Екі күнге созылған форумға тоғыз елден сарапшылар жиналды.",
        "Двухдневный форум собрал экспертов из девяти стран.",
    ),
    (
        K.PARAGRAPH,
        "The festival programme is published in 4 languages.",
        "Фестиваль бағдарламасы төрт тілде жарияланды.",
        "Программа фестиваля опубликована на четырёх языках.",
    ),
    (
        K.PARAGRAPH,
        "Contestants competed in 6 categories.",
        "Байқауға қатысушылар алты номинация бойынша сайысты.",
        "Участники конкурса соревновались в шести номинациях.",
    ),
    (
        K.PARAGRAPH,
        "The 5th Congress of Young Leaders opened on 27 November.",
        "27 қарашада Жас көшбасшылардың бесінші конгресі ашылды.",
        "27 ноября открылся V Конгресс молодых лидеров.",
    ),
    # dates, ranges and times
    (
        K.PARAGRAPH,
        "The results will be announced on 15 December.",
        "Нәтижелері желтоқсанның 15-інде жарияланады.",
        "Итоги объявят 15 декабря.",
    ),
    (
        K.PARAGRAPH,
        "The festival will run from 28 November to 2 December.",
        "Фестиваль 28 қарашадан 2 желтоқсанға дейін өтеді.",
        "Фестиваль пройдёт с 28 ноября по 2 декабря.",
    ),
    (
        K.PARAGRAPH,
        "On December 5, volunteers from 14 regions will gather in Almaty.",
        "5 желтоқсанда Алматыда 14 өңірдің еріктілері жиналады.",
        "5 декабря в Алматы соберутся волонтёры из 14 регионов.",
    ),
    (
        K.PARAGRAPH,
        "The road map covers 2025–2026.",
        "Жол картасы 2025–2026 жылдарды қамтиды.",
        "Дорожная карта охватывает 2025–2026 гг.",
    ),
    (
        K.PARAGRAPH,
        "The Day of Gratitude is celebrated on 1 March.",
        "Алғыс айту күні 1 наурызда аталып өтеді.",
        "День благодарности отмечается 1 марта.",
    ),
    (
        K.PARAGRAPH,
        "**The Assembly of People of Kazakhstan** marks its 31st anniversary on 1 March 2026.",
        "**Қазақстан халқы Ассамблеясы** 2026 жылғы 1 наурызда 31 жылдығын атап өтеді.",
        "**Ассамблея народа Казахстана** 1 марта 2026 года отмечает 31-ю годовщину.",
    ),
    (
        K.PARAGRAPH,
        "Consultations are held on weekdays from 9:00 to 18:00.",
        "Кеңес беру жұмыс күндері сағат 9:00-ден 18:00-ге дейін жүргізіледі.",
        "Консультации проводятся по будням с 9:00 до 18:00.",
    ),
    (
        K.PARAGRAPH,
        "The meeting will start at 3 p.m. Astana time.",
        "Кездесу Астана уақытымен сағат 15:00-де басталады.",
        "Встреча начнётся в 15:00 по времени Астаны.",
    ),
    (
        K.PARAGRAPH,
        "The briefing starts at 10.30.",
        "Брифинг сағат 10:30-да басталады.",
        "Брифинг начнётся в 10:30.",
    ),
    (
        K.PARAGRAPH,
        "The session is scheduled for Thursday, 26 November, at 11:00.",
        "Сессия 26 қарашада, бейсенбі күні, сағат 11:00-де өтеді.",
        "Сессия запланирована на четверг, 26 ноября, на 11:00.",
    ),
    (
        K.PARAGRAPH,
        "Young people aged 18 to 35 may apply.",
        "Өтінімді 18 бен 35 жас аралығындағы жастар бере алады.",
        "Подать заявку могут молодые люди в возрасте от 18 до 35 лет.",
    ),
    (
        K.PARAGRAPH,
        "Order No. 47 was signed on 3 November.",
        "№ 47 бұйрыққа 3 қарашада қол қойылды.",
        "Приказ № 47 подписан 3 ноября.",
    ),
    (
        K.PARAGRAPH,
        "Dialogue remains the key value of the 21st century.",
        "Диалог XXI ғасырдың басты құндылығы болып қала береді.",
        "Диалог остаётся ключевой ценностью XXI века.",
    ),
    # contacts, addresses and markup
    (
        K.PARAGRAPH,
        "Applications are accepted until 15 December 2026 at grants@assembly.kz.",
        "Өтінімдер 2026 жылғы 15 желтоқсанға дейін grants@assembly.kz мекенжайы бойынша "
        "қабылданады.",
        "Заявки принимаются до 15 декабря 2026 года по адресу grants@assembly.kz.",
    ),
    (
        K.PARAGRAPH,
        "Journalists can be accredited by phone 8 (7172) 91-03-42 until 18:00 on 24 November.",
        "Журналистер 24 қарашада сағат 18:00-ге дейін 8 (7172) 91-03-42 телефоны арқылы "
        "аккредиттеле алады.",
        "Журналисты могут пройти аккредитацию до 18:00 24 ноября по телефону 8 (7172) 91-03-42.",
    ),
    (
        K.PARAGRAPH,
        "For details, call +7 701 234 5678 or write to press@assembly.kz.",
        "Толық ақпарат алу үшін +7 701 234 5678 нөміріне қоңырау шалыңыз немесе "
        "press@assembly.kz мекенжайына жазыңыз.",
        "Подробности по телефону +7 701 234 5678 или по адресу press@assembly.kz.",
    ),
    (
        K.PARAGRAPH,
        "Send your questions to media@assembly.kz.",
        "Сұрақтарыңызды media@assembly.kz-ке жіберіңіз.",
        "Вопросы направляйте на media@assembly.kz.",
    ),
    (
        K.PARAGRAPH,
        "Details are posted on www.assembly.kz.",
        "Толық ақпарат www.assembly.kz сайтында жарияланған.",
        "Подробности размещены на сайте www.assembly.kz.",
    ),
    (
        K.PARAGRAPH,
        "Registration is open at https://forum.assembly.kz until 20 November.",
        "Тіркеу 20 қарашаға дейін https://forum.assembly.kz сайтында ашық.",
        "Регистрация открыта до 20 ноября на сайте https://forum.assembly.kz.",
    ),
    (
        K.PARAGRAPH,
        "The full programme is available on the [Assembly's website](https://assembly.kz/forum-2026).",
        "Толық бағдарлама [Ассамблея сайтында](https://assembly.kz/forum-2026) жарияланған.",
        "С полной программой можно ознакомиться на "
        "[сайте Ассамблеи](https://assembly.kz/forum-2026).",
    ),
    (
        K.PARAGRAPH,
        "Follow the session live on the APK's **Facebook** and **Telegram** pages.",
        "Сессияның тікелей трансляциясын ҚХА-ның **Facebook** және **Telegram** "
        "парақшаларынан көріңіз.",
        "Следите за прямой трансляцией сессии на страницах АНК в **Facebook** и **Telegram**.",
    ),
    # quotes, abbreviations and names in quotation marks
    (
        K.PARAGRAPH,
        "“Unity is our main value,” he said.",
        "«Бірлік — біздің басты құндылығымыз», — деді ол.",
        "«Единство — наша главная ценность», — сказал он.",
    ),
    (
        K.PARAGRAPH,
        "“We trained 450 mediators in 2026,” said the head of the secretariat.",
        "«2026 жылы біз 450 медиатор даярладық», — деді хатшылық басшысы.",
        "«В 2026 году мы подготовили 450 медиаторов», — сказал руководитель секретариата.",
    ),
    (
        K.PARAGRAPH,
        "“The contest ‘Kazakhstan Is Our Common Home’ will become annual,” the organisers said.",
        "«„Қазақстан — ортақ үйіміз“ байқауы жыл сайын өткізілетін болады», — деді "
        "ұйымдастырушылар.",
        "«Конкурс „Казахстан — наш общий дом“ станет ежегодным», — сообщили организаторы.",
    ),
    (
        K.PARAGRAPH,
        "The winners of the “Best House of Friendship” contest were awarded in Astana.",
        "«Үздік Достық үйі» байқауының жеңімпаздары Астанада марапатталды.",
        "Победители конкурса «Лучший Дом дружбы» награждены в Астане.",
    ),
    (
        K.PARAGRAPH,
        "The contest is open to NGOs, i.e. public associations, foundations, etc.",
        "Байқауға ҮЕҰ, яғни қоғамдық бірлестіктер, қорлар және т. б. қатыса алады.",
        "В конкурсе могут участвовать НПО, т. е. общественные объединения, фонды и др.",
    ),
    (
        K.QUOTE,
        "“Every House of Friendship should be open to everyone.”",
        "«Әрбір Достық үйі баршаға ашық болуы тиіс».",
        "«Каждый Дом дружбы должен быть открыт для всех».",
    ),
    # headlines, datelines, list items, captions
    (
        K.TITLE,
        "APK Deputy Chairman meets OSCE envoy",
        "ҚХА Төрағасының орынбасары ЕҚЫҰ өкілімен кездесті",
        "Заместитель Председателя АНК встретился с представителем ОБСЕ",
    ),
    (
        K.TITLE,
        "Grants worth KZT 850 million awarded to 120 NGOs",
        "120 ҮЕҰ-ға жалпы сомасы 850 млн теңге грант берілді",
        "120 НПО получили гранты на 850 млн тенге",
    ),
    (
        K.TITLE,
        "Attendance at Houses of Friendship tops 12,000",
        "Достық үйлеріне келушілер саны 12 мыңнан асты",
        "Число посетителей Домов дружбы превысило 12 тыс.",
    ),
    (
        K.TITLE,
        "OSCE and APK discuss interethnic harmony",
        "ЕҚЫҰ мен ҚХА этносаралық келісімді талқылады",
        "ОБСЕ и АНК обсудили межэтническое согласие",
    ),
    (
        K.HEADING,
        "Grants for 2027",
        "2027 жылға арналған гранттар",
        "Гранты на 2027 год",
    ),
    (
        K.DATELINE,
        "Astana, 26 November 2026",
        "Астана, 2026 жылғы 26 қараша",
        "Астана, 26 ноября 2026 года",
    ),
    (
        K.ATTRIBUTION,
        "Press service of the Assembly of People of Kazakhstan",
        "Қазақстан халқы Ассамблеясының баспасөз қызметі",
        "Пресс-служба Ассамблеи народа Казахстана",
    ),
    (
        K.LIST_ITEM,
        "grants for 45 ethnocultural associations;",
        "45 этномәдени бірлестікке грант;",
        "гранты для 45 этнокультурных объединений;",
    ),
    (
        K.LIST_ITEM,
        "a seminar for 300 teachers of the state language",
        "мемлекеттік тілдің 300 мұғаліміне арналған семинар",
        "семинар для 300 учителей государственного языка",
    ),
    (
        K.LIST_ITEM,
        "Zoom ID: 845 2231 9087, passcode: 2026",
        "Zoom ID: 845 2231 9087, кіру коды: 2026",
        "Zoom ID: 845 2231 9087, код доступа: 2026",
    ),
    (
        K.LIST_ITEM,
        "Telegram: @assembly_news",
        "Telegram: @assembly_news",
        "Telegram: @assembly_news",
    ),
    (
        K.LIST_ITEM,
        "Facebook: facebook.com/assemblykz",
        "Facebook: facebook.com/assemblykz",
        "Facebook: facebook.com/assemblykz",
    ),
    (
        K.PHOTO,
        "Participants of the forum in Astana",
        "Астанадағы форумға қатысушылар",
        "Участники форума в Астане",
    ),
    # days after their month (an English habit), idioms, names and addresses
    (
        K.PARAGRAPH,
        "The forum will be held on November 26 and 27.",
        "Форум 26 және 27 қарашада өтеді.",
        "Форум пройдёт 26 и 27 ноября.",
    ),
    (
        K.PARAGRAPH,
        "The forum will be held on November 26–27.",
        "Форум 26–27 қарашада өтеді.",
        "Форум пройдёт 26–27 ноября.",
    ),
    (
        K.PARAGRAPH,
        "The delegation will visit Kazakhstan from November 10 to 14.",
        "Делегация 10–14 қарашада Қазақстанда болады.",
        "Делегация посетит Казахстан с 10 по 14 ноября.",
    ),
    (
        K.PARAGRAPH,
        "The forum will open on 26 November.",
        "Форум қараша айының 26-сы күні ашылады.",
        "Форум откроется 26 ноября.",
    ),
    (
        K.PARAGRAPH,
        "Classes start in the 2026/27 academic year.",
        "Сабақтар 2026/2027 оқу жылында басталады.",
        "Занятия начнутся в 2026/2027 учебном году.",
    ),
    (
        K.PARAGRAPH,
        "The hotline works 24/7.",
        "Сенім телефоны тәулік бойы жұмыс істейді.",
        "Горячая линия работает круглосуточно.",
    ),
    (
        K.PARAGRAPH,
        "The 1st Forum of Young Diplomats was held in Astana.",
        "Астанада Жас дипломаттардың алғашқы форумы өтті.",
        "В Астане прошёл Первый форум молодых дипломатов.",
    ),
    (
        K.PARAGRAPH,
        "The number of Houses of Friendship in the region rose from 8 to 10.",
        "Облыстағы Достық үйлерінің саны сегізден онға дейін өсті.",
        "Число Домов дружбы в области выросло с восьми до десяти.",
    ),
    (
        K.PARAGRAPH,
        "Only 1 of the 8 regions has not joined the project yet.",
        "Сегіз өңірдің біреуі ғана жобаға әлі қосылған жоқ.",
        "Лишь один из восьми регионов пока не присоединился к проекту.",
    ),
    (
        K.PARAGRAPH,
        "More than 1,000 volunteers took part in the campaign.",
        "Акцияға мыңнан астам ерікті қатысты.",
        "В акции приняли участие более тысячи волонтёров.",
    ),
    (
        K.PARAGRAPH,
        "Participants must bring an ID card.",
        "Қатысушылар жеке куәлігін алып келуі тиіс.",
        "Участникам необходимо иметь при себе удостоверение личности.",
    ),
    (
        K.PARAGRAPH,
        "The Head of State sent a telegram of condolence.",
        "Мемлекет басшысы көңіл айту жеделхатын жолдады.",
        "Глава государства направил телеграмму соболезнования.",
    ),
    (
        K.PARAGRAPH,
        "The hackathon was held at Astana Hub.",
        "Хакатон Astana Hub технопаркінде өтті.",
        "Хакатон прошёл в технопарке Astana Hub.",
    ),
    (
        K.PARAGRAPH,
        "Write to press@apk.kz with your questions.",
        "Сұрақтарыңызды press@apk.kz мекенжайына жіберіңіз.",
        "Вопросы направляйте на press@apk.kz.",
    ),
    (
        K.PARAGRAPH,
        "Join the meeting at https://zoom.us/j/8452231908.",
        "Кездесуге https://zoom.us/j/8452231908 сілтемесі арқылы қосылыңыз.",
        "Подключиться к встрече можно по ссылке https://zoom.us/j/8452231908.",
    ),
    (
        K.LIST_ITEM,
        "E-mail: press@assembly.kz",
        "E-mail: press@assembly.kz",
        "E-mail: press@assembly.kz",
    ),
    (
        K.TITLE,
        "Investments in the project reach USD 2 million",
        "Жобаға салынған инвестиция 2 млн АҚШ долларына жетті",
        "Инвестиции в проект достигли 2 млн долл.",
    ),
    (
        K.TITLE,
        "Festival attendance tops 12,000",
        "Фестивальға 12 мыңнан астам адам келді",
        "Фестиваль посетили более 12 тыс. чел.",
    ),
    (
        K.PHOTO,
        "Winners of the “Birlik – Bizdin Kushimiz” contest",
        "«Бірлік — біздің күшіміз» байқауының жеңімпаздары",
        "Победители конкурса «Бірлік — біздің күшіміз»",
    ),
    (
        K.PHOTO,
        "The “Menin Elim – Qazaqstanym” choir",
        "«Менің елім — Қазақстаным» хоры",
        "Хор «Менің елім — Қазақстаным»",
    ),
]

# (language, kind, English source, a correct translation): ways of one language only
CORRECT_ONE = [
    (
        "ru",
        K.PARAGRAPH,
        "Unemployment among the participants fell by 3.4 percentage points.",
        "Безработица среди участников снизилась на 3,4 п. п.",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "Unemployment among the participants fell by 3.4 percentage points.",
        "Қатысушылар арасындағы жұмыссыздық 3,4 пайыздық тармаққа төмендеді.",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "In 2026, the number of volunteers grew 1.5 times.",
        "В 2026 году число волонтёров выросло в полтора раза.",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "In 2026, the number of volunteers grew 1.5 times.",
        "2026 жылы еріктілер саны бір жарым есе өсті.",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The number of applications for grants grew 2 times.",
        "Число заявок на гранты выросло вдвое.",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The number of applications for grants grew 3 times.",
        "Число заявок на гранты выросло втрое.",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The number of applications for grants grew 3 times.",
        "Гранттарға берілген өтінімдер саны үш есе өсті.",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The number of Houses of Friendship in the region has increased to 7.",
        "Облыстағы Достық үйлерінің саны жетіге жетті.",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The number of Houses of Friendship in the region has increased to 7.",
        "Число Домов дружбы в области увеличилось до семи.",
    ),
    ("ru", K.PARAGRAPH, "The session opens at 15:30.", "Сессия откроется в 15 ч 30 мин."),
    ("kk", K.PARAGRAPH, "The session opens at 15:30.", "Сессия сағат 15.30-да ашылады."),
    # round numbers in words, and sums written in parts of falling scale
    ("kk", K.PARAGRAPH, "More than 100 volunteers helped the organisers.",
     "Ұйымдастырушыларға жүзден астам ерікті көмектесті."),
    ("ru", K.PARAGRAPH, "More than 100 volunteers helped the organisers.",
     "Организаторам помогали более ста волонтёров."),
    ("kk", K.PARAGRAPH, "The ministry has allocated KZT 100,000 to each winner.",
     "Министрлік әр жеңімпазға жүз мың теңге бөлді."),
    ("ru", K.PARAGRAPH, "The ministry has allocated KZT 100,000 to each winner.",
     "Министерство выделило каждому победителю по сто тысяч тенге."),
    ("kk", K.PARAGRAPH, "More than 1 million people watched the broadcast.",
     "Трансляцияны миллионнан астам адам көрді."),
    ("ru", K.PARAGRAPH, "More than 1 million people watched the broadcast.",
     "Трансляцию посмотрели более миллиона человек."),
    ("ru", K.PARAGRAPH, "The programme is worth KZT 1 billion.",
     "Стоимость программы — миллиард тенге."),
    ("ru", K.PARAGRAPH, "A prize fund of KZT 500,000 has been set up.",
     "Учреждён призовой фонд в полмиллиона тенге."),
    ("kk", K.PARAGRAPH, "The project received KZT 1.75 million.",
     "Жобаға 1 млн 750 мың теңге бөлінді."),
    ("ru", K.PARAGRAPH, "The project received KZT 1.75 million.",
     "Проект получил 1 млн 750 тыс. тенге."),
    ("ru", K.PARAGRAPH, "The regional budget is KZT 1.75 billion.",
     "Бюджет региона — 1 млрд 750 млн тенге."),
    # round the clock, and a number dialled within the country
    ("kk", K.PARAGRAPH, "The hotline works 24 hours a day.",
     "Жедел желі тәулік бойы жұмыс істейді."),
    ("ru", K.PARAGRAPH, "The hotline works 24 hours a day.",
     "Горячая линия работает круглосуточно."),
    ("ru", K.PARAGRAPH, "The House of Friendship is open 7 days a week.",
     "Дом дружбы работает без выходных."),
    ("kk", K.PARAGRAPH, "The toll-free number is 8 800 080 7777.",
     "Тегін нөмір: 8-800-080-7777."),
    ("ru", K.PARAGRAPH, "The toll-free number is 8 800 080 7777.",
     "Бесплатный номер: 8-800-080-7777."),
    # Latin names with a Kazakh ending or a Russian word after a hyphen
    ("kk", K.PARAGRAPH, "The seminar will be streamed on Zoom.",
     "Семинар Zoom-да тікелей көрсетіледі."),
    ("ru", K.PARAGRAPH, "The meeting will be held in Zoom format.",
     "Встреча пройдёт в формате Zoom-конференции."),
    ("kk", K.PARAGRAPH, "The results will be published on the APK's Telegram channel.",
     "Нәтижелер ҚХА-ның Telegram-арнасында жарияланады."),
    ("ru", K.PARAGRAPH, "The results will be published on the APK's Telegram channel.",
     "Итоги будут опубликованы в Telegram-канале АНК."),
    ("kk", K.PARAGRAPH, "More than 12,000 people follow the Assembly on Facebook.",
     "Facebook-тағы Ассамблея парақшасына 12 мыңнан астам адам жазылған."),
    ("kk", K.TITLE, "Astana Hub hosts APK hackathon", "Astana Hub-та ҚХА хакатоны өтті"),
    # Astana inside a longer name kept in Latin letters, and the words made from it
    ("kk", K.PARAGRAPH, "The interview was published in The Astana Times.",
     "Сұхбат The Astana Times газетінде жарияланды."),
    ("ru", K.PARAGRAPH, "Students of Astana IT University took part in the hackathon.",
     "В хакатоне приняли участие студенты Astana IT University."),
    ("ru", K.PARAGRAPH, "Delegates arrived on Air Astana flights.",
     "Делегаты прибыли рейсами авиакомпании Air Astana."),
    ("kk", K.PARAGRAPH, "Astana volunteers helped to organise the forum.",
     "Форумды ұйымдастыруға астаналық еріктілер көмектесті."),
    ("ru", K.PARAGRAPH, "Astana volunteers helped to organise the forum.",
     "Астанинские волонтёры помогли в организации форума."),
    # a word the glossary forbids, rendered from a title the source cites with it
    ("kk", K.PARAGRAPH,
     "In 2023, the Constitutional Law “On the First President of the Republic of Kazakhstan"
     " – Elbasy” was repealed.",
     "2023 жылы «Қазақстан Республикасының Тұңғыш Президенті – Елбасы туралы» Конституциялық"
     " заңның күші жойылды."),
    ("ru", K.PARAGRAPH,
     "In 2023, the Constitutional Law “On the First President of the Republic of Kazakhstan"
     " – Elbasy” was repealed.",
     "В 2023 году утратил силу Конституционный закон «О Первом Президенте Республики Казахстан"
     " – Елбасы»."),
    # a headline ending with an abbreviation
    ("ru", K.HEADING, "Concerts, exhibitions and more", "Концерты, выставки и др."),
    ("kk", K.HEADING, "Concerts, exhibitions and more", "Концерттер, көрмелер және т. б."),
    ("ru", K.HEADING, "Concerts, exhibitions, master classes and so on",
     "Концерты, выставки, мастер-классы и т. д."),
    ("ru", K.HEADING, "Appendix: the resolution (in Kazakh)",
     "Приложение: резолюция (на каз. яз.)"),
    ("ru", K.TITLE, "Kazakh culture in the 21st century", "Казахская культура XXI в."),
    # a Latin letter that is a name, an inner quotation of a longer quotation
    ("kk", K.PARAGRAPH, "Team B won the final.", "Финалда B тобы жеңді."),
    ("ru", K.PARAGRAPH, "Groups A and B met in Astana.", "Группы A и B встретились в Астане."),
    ("ru", K.PARAGRAPH, "The ‘Birlik’ contest shows our unity,” he said.",
     "Конкурс „Бірлік“ показывает наше единство», — сказал он."),
    # the page in the reader's language; a one-letter initial; names that are months too
    ("kk", K.PARAGRAPH, "The resolution is at https://assembly.kz/en/resolution-2026.",
     "Қарар мәтіні: https://assembly.kz/kk/resolution-2026."),
    ("ru", K.PARAGRAPH, "The resolution is at https://assembly.kz/en/resolution-2026.",
     "Текст резолюции: https://assembly.kz/ru/resolution-2026."),
    ("kk", K.PARAGRAPH, "More than 1,000 people attended the evening dedicated to M. Zhumabayev.",
     "М. Жұмабаевқа арналған кешке 1\u00a0000-нан астам адам қатысты."),
    ("kk", K.PARAGRAPH, "In March, the Houses of Friendship hosted more than 300 Nauryz events.",
     "Наурызда Достық үйлерінде 300-ден астам Наурыз іс-шарасы өтті."),
    ("kk", K.PARAGRAPH, "A list of names", "Арман Ахметов, Дана Сейтова"),
    # a review of the rules above: what they must leave alone
    ("kk", K.PARAGRAPH, "The youth forum began in Atyrau.", "Жастар форумы Атырауда басталды."),
    ("ru", K.PARAGRAPH, "The 10th Congress of the party was held in Astana.",
     "Х съезд партии прошёл в Астане."),
    ("kk", K.PARAGRAPH, "In the 1st quarter, 25 events were held.", "І тоқсанда 25 іс-шара өтті."),
    ("kk", K.PARAGRAPH, "We will continue… In November, the session will be held.",
     "Біз жалғастырамыз… Қарашада сессия өтеді."),
    ("kk", K.PARAGRAPH, "“Who if not us?” In November, the session will be held.",
     "«Біз болмасақ, кім?» Қарашада сессия өтеді."),
    ("ru", K.PARAGRAPH, "The delegation met with deputies of the Mejlis of Turkmenistan.",
     "Делегация встретилась с депутатами Меджлиса Туркменистана."),
    ("ru", K.PARAGRAPH, "Long live Kazakhstan! We are united. Long live Kazakhstan!",
     "Да здравствует родной Казахстан! Мы едины. Да здравствует родной Казахстан!"),
    ("ru", K.PARAGRAPH, "A 55'' screen was installed in the hall.",
     "В зале установлен экран 55''."),
    ("ru", K.PARAGRAPH, "Read the [news](https://assembly.kz/en/news).",
     "Читайте [новости](https://assembly.kz/ru/news)."),
    ("ru", K.PARAGRAPH, "The 5-star hotel hosted the guests.", "Гостей принял отель 5*."),
    ("ru", K.PARAGRAPH, "Who, if not us?", "Кто, если не мы?!"),
    ("ru", K.PARAGRAPH, "Project PK-12 was approved.", "Проект PK-12 одобрен."),
    ("ru", K.HEADING, "Concerts, exhibitions and more", "Концерты, выставки и проч."),
    ("kk", K.LIST_ITEM, "15:00–15:15 — Closing remarks by the Deputy Chairman of the APK",
     "15:00–15:15 — ҚХА Төрағасы орынбасарының қорытынды сөзі"),
    ("kk", K.PARAGRAPH,
     "The works of the First President of the Republic of Kazakhstan were exhibited.",
     "Қазақстан Республикасы Тұңғыш Президентінің еңбектері көрмеге қойылды."),
    ("ru", K.PARAGRAPH, "Residents of Astana joined the campaign.",
     "К акции присоединились астанчане."),
    ("ru", K.PARAGRAPH, "In 2020, the forum was held in Nur-Sultan.",
     "В 2020 году форум прошёл в Нур-Султане."),
    # shares and halves in words, and numbers said with their unit as one word
    ("kk", K.PARAGRAPH, "2 out of 3 respondents support the initiative.",
     "Сауалнамаға қатысқандардың үштен екісі бастаманы қолдайды."),
    ("ru", K.PARAGRAPH, "2 out of 3 respondents support the initiative.",
     "Две трети опрошенных поддерживают инициативу."),
    ("kk", K.PARAGRAPH, "9 out of 10 participants rated the forum positively.",
     "Қатысушылардың оннан тоғызы форумды оң бағалады."),
    ("ru", K.PARAGRAPH, "The meeting lasted 2.5 hours.",
     "Встреча продлилась два с половиной часа."),
    ("kk", K.PARAGRAPH, "The meeting lasted 2.5 hours.", "Кездесу екі жарым сағатқа созылды."),
    ("ru", K.PARAGRAPH, "The hotline is available 24/7.", "Горячая линия работает круглосуточно."),
    ("ru", K.PARAGRAPH, "The ceremony starts at 12 noon.", "Церемония начнётся в полдень."),
    ("ru", K.PARAGRAPH, "Voting is open until 12 midnight on 30 November.",
     "Голосование продлится до полуночи 30 ноября."),
    ("ru", K.PARAGRAPH, "Applications are considered within 24 hours.",
     "Заявки рассматриваются в течение суток."),
    ("kk", K.PARAGRAPH, "The project lasts 6 months.", "Жоба жарты жылға арналған."),
    ("ru", K.PARAGRAPH, "The project will take 12 months.", "Проект займёт год."),
    ("ru", K.PARAGRAPH, "A 7-day festival opened in Turkestan.",
     "В Туркестане открылся недельный фестиваль."),
    ("ru", K.PARAGRAPH, "A 90-minute documentary was shown at the forum.",
     "На форуме показали полуторачасовой документальный фильм."),
    ("kk", K.PARAGRAPH, "The press approach will last 30 minutes.",
     "Баспасөз өкілдерімен кездесу жарты сағатқа созылады."),
    ("ru", K.PARAGRAPH, "The archive holds documents from the past 100 years.",
     "В архиве хранятся документы за последнее столетие."),
    ("ru", K.PARAGRAPH, "The top 5 regions were awarded.", "Пятёрка лучших регионов награждена."),
    ("kk", K.PARAGRAPH, "The top 10 projects will be presented at the forum.",
     "Форумда үздік ондыққа енген жобалар таныстырылады."),
    ("kk", K.PARAGRAPH, "The Council approved a 5-year plan.", "Кеңес бесжылдық жоспарды бекітті."),
    ("kk", K.PARAGRAPH, "1 in 5 participants is under 25.",
     "Әр бесінші қатысушы 25 жасқа толмаған."),
    ("ru", K.PARAGRAPH, "1 in 5 participants is under 25.", "Каждый пятый участник моложе 25 лет."),
    ("ru", K.PARAGRAPH, "Unemployment fell by 2 and 3 percentage points in two regions.",
     "В двух регионах безработица снизилась на 2 и 3 п. п."),
    ("ru", K.PARAGRAPH, "Turnout rose by 3 pp.", "Явка выросла на 3 процентных пункта."),
    ("kk", K.PARAGRAPH, "Registration for the contest is open from 3 to 17 December.",
     "Байқауға тіркеу 3–17 желтоқсан аралығында жүреді."),
    ("kk", K.PARAGRAPH, "The share rose from 15 to 20%.", "Үлес 15-тен 20 пайызға дейін өсті."),
    ("ru", K.PARAGRAPH, "Funding will grow from 1.5 to 2 billion tenge.",
     "Финансирование вырастет с 1,5 до 2 млрд тенге."),
    ("kk", K.PARAGRAPH, "The figure rose from 45% in 2024 to 52% in 2026.",
     "Бұл көрсеткіш 2024 жылғы 45 пайыздан 2026 жылы 52 пайызға дейін өсті."),
    ("ru", K.PARAGRAPH, "1/3 of the budget goes to the regions.",
     "Треть бюджета направляется в регионы."),
    ("ru", K.PARAGRAPH, "The forum gathered 100 people from 3 countries.",
     "Форум собрал сотню человек из трёх стран."),
    ("ru", K.PARAGRAPH, "Both of the 2 delegations signed the protocol.",
     "Обе делегации подписали протокол."),
    ("ru", K.HEADING, "Concerts, exhibitions and more", "Концерты, выставки и пр."),
    ("kk", K.PARAGRAPH,
     "Members of the Mazhilis of the Parliament of the Republic of Kazakhstan visited the"
     " exhibition.", "Көрмеге ҚР Парламенті Мәжілісінің депутаттары келді."),
    ("ru", K.PARAGRAPH, "The novel *The Path of Abai* was presented in Semey.",
     "В Семее представили роман «Путь Абая»."),
    ("ru", K.PARAGRAPH, "The *kurultai*, a national assembly, met in Turkestan.",
     "В Туркестане прошёл Национальный курултай."),
    ("ru", K.PARAGRAPH, "Experts from ICCROM took part.",
     "В работе приняли участие эксперты Международного исследовательского центра по"
     " сохранению и реставрации культурных ценностей (ИККРОМ)."),
    ("ru", K.PARAGRAPH, "The investor will put $5 million into the plant, and the region"
     " 2 billion tenge.", "Инвестор вложит в завод 5 млн долларов, а регион — 2 млрд тенге."),
    ("ru", K.PARAGRAPH, "The XXXIV session of the APK will be held in Astana.",
     "34-я сессия АНК пройдёт в Астане."),
    ("ru", K.PARAGRAPH, "Law No. 105-VIII on mass media came into force.",
     "Закон № 105-VIII о средствах массовой информации вступил в силу."),
    ("kk", K.PARAGRAPH, "The 2025–27 action plan was approved at the session.",
     "Сессияда 2025–2027 жылдарға арналған іс-шаралар жоспары бекітілді."),
    ("ru", K.PARAGRAPH, "The fund is KZT 1,200,500,000.",
     "Фонд составляет 1 млрд 200 млн 500 тыс. тенге."),
]  # fmt: skip

PAIRS = [
    pytest.param(kind, source, translation, lang, id=f"{lang}-{number:02d}")
    for number, (kind, source, kk, ru) in enumerate(CORRECT, 1)
    for lang, translation in (("kk", kk), ("ru", ru))
] + [
    pytest.param(kind, source, translation, lang, id=f"{lang}-one-{number:02d}")
    for number, (lang, kind, source, translation) in enumerate(CORRECT_ONE, 1)
]


@pytest.mark.parametrize(("kind", "source", "translation", "lang"), PAIRS)
def test_a_correct_translation_raises_no_finding(kind, source, translation, lang):
    assert run(source, translation, lang, kind) == []


# (language, kind, source, translation with one fault, the check that must report it, what)
FAULTS = [
    # facts
    (
        "ru",
        K.PARAGRAPH,
        "The forum will be held in 2026.",
        "Форум пройдёт в 2025 году.",
        "facts",
        "a changed year",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The forum will be held in 2026.",
        "Форум 2062 жылы өтеді.",
        "facts",
        "transposed year digits",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The share of young people among the volunteers reached 62%.",
        "Еріктілер арасындағы жастардың саны 62-ге жетті.",
        "facts",
        "a dropped percent",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The share of young people among the volunteers reached 62%.",
        "Доля молодёжи среди волонтёров достигла 62 человек.",
        "facts",
        "a dropped percent",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The session will open on 26 November.",
        "Сессия откроется 26 октября.",
        "facts",
        "a wrong month",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The session will open on 26 November.",
        "Сессия 26 желтоқсанда ашылады.",
        "facts",
        "a wrong month",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The results will be announced on 15 December.",
        "Нәтижелері қарашаның 15-інде жарияланады.",
        "facts",
        "a wrong month, month first",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The results will be announced on 15 December.",
        "Нәтижелері желтоқсанның 16-сында жарияланады.",
        "facts",
        "a wrong day, month first",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The budget of the programme is 1.5 billion tenge.",
        "Бюджет программы составляет 1,5 млн тенге.",
        "facts",
        "billion became million",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "More than 3,000 people attended the concert.",
        "Концертке 3 миллионнан астам адам келді.",
        "facts",
        "thousand became million",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The OSCE delegation was in Kazakhstan from 10 to 14 November.",
        "Делегация ОБСЕ находилась в Казахстане 14 ноября.",
        "facts",
        "the range's start dropped",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The 27th session opened in Astana.",
        "Астанада 28-ші сессия ашылды.",
        "facts",
        "a changed ordinal",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "In the 1990s, the first Houses of Friendship opened in the regions.",
        "1980-жылдары өңірлерде алғашқы Достық үйлері ашылды.",
        "facts",
        "a changed decade",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Dialogue remains the key value of the 21st century.",
        "Диалог остаётся ключевой ценностью XX века.",
        "facts",
        "a changed century",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The meeting will start at 15:00.",
        "Встреча начнётся в 16:00.",
        "facts",
        "a changed time",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The concert starts at 7 p.m.",
        "Концерт начнётся в 7:00.",
        "facts",
        "7 p.m. written as 7:00 (a morning hour)",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The concert starts at 10 p.m.",
        "Концерт сағат 10:00-де басталады.",
        "facts",
        "10 p.m. written as 10:00 (a morning hour)",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Call +7 (7172) 74-57-19 for accreditation.",
        "Аккредитация по телефону +7 (7172) 74-57-91.",
        "facts",
        "a changed phone number",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Turnout rose by 12.5% compared with 2025.",
        "Явка выросла на 12 % по сравнению с 2025 годом.",
        "facts",
        "a decimal dropped",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The project received KZT 2.75 million from the grant fund.",
        "Жобаға грант қорынан 2,57 млн теңге бөлінді.",
        "facts",
        "swapped decimals",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Representatives of 5 ethnocultural centres signed the memorandum.",
        "Меморандум подписали представители шести этнокультурных центров.",
        "facts",
        "a wrong number word",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "Teachers from 4 regions and 4 districts took part.",
        "Семинарға 4 өңір мен 5 ауданның мұғалімдері қатысты.",
        "facts",
        "one of a repeated value changed",
    ),
    # markup
    (
        "ru",
        K.PARAGRAPH,
        "Send your questions to media@assembly.kz.",
        "Вопросы направляйте на media@asembly.kz.",
        "markup",
        "a changed e-mail address",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "Details are posted on www.assembly.kz.",
        "Толық ақпарат www.asembly.kz сайтында жарияланған.",
        "markup",
        "a changed web address",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Details are posted on assembly.kz.",
        "Подробности размещены на сайте asembly.kz.",
        "markup",
        "a changed bare domain",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "**The Assembly of People of Kazakhstan** marks its anniversary.",
        "Қазақстан халқы Ассамблеясы мерейтойын атап өтеді.",
        "markup",
        "bold dropped",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "See the [programme](https://assembly.kz/forum-2026).",
        "См. [программу](https://assembly.kz/forum-2025).",
        "markup",
        "a changed link",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "**The Assembly of People of Kazakhstan** marks its anniversary.",
        "**Ассамблея народа Казахстана отмечает годовщину.",
        "markup",
        "unclosed bold",
    ),
    # script
    (
        "ru",
        K.PARAGRAPH,
        "The Assembly of People of Kazakhstan met in Astana.",
        "Ассамблея нарoда Казахстана собралась в Астане.",
        "script",
        "a Latin o in a Russian word",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The forum opened in Astana.",
        "Форум Aстанада ашылды.",
        "script",
        "a Latin A in a Kazakh word",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The OSCE and the APK signed a memorandum.",
        "ЕҚЫҰ мен ҚХA меморандумға қол қойды.",
        "script",
        "a Latin A in a Kazakh acronym",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The OSCE and the APK signed a memorandum.",
        "ЕҚЫҰ жəне ҚХА меморандумға қол қойды.",
        "script",
        "a schwa for ә",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "Unity is our strength.",
        "Бiрлiк — біздің күшіміз.",
        "script",
        "a Latin i for і",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The Assembly of People of Kazakhstan met in Astana.",
        "Ассамблея народа Қазахстана собралась в Астане.",
        "script",
        "a Kazakh letter in a Russian word",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The meeting was held with the participation of the OSCE.",
        "Встреча прошла c участием представителей ОБСЕ.",
        "script",
        "a Latin c for the preposition с",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The meeting was held on Zoom.",
        "Кездесу Zооm арқылы өтті.",
        "script",
        "Cyrillic о in a Latin name",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The forum opened in Astana.",
        "Форум\u200b открылся в Астане.",
        "script",
        "a zero-width space",
    ),
    # language
    (
        "kk",
        K.PARAGRAPH,
        "The OSCE delegation visited the House of Friendship in Astana.",
        "Делегация ОБСЕ посетила Дом дружбы в Астане.",
        "language",
        "a Russian sentence in a Kazakh file",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The OSCE delegation arrived in Karaganda to take part in the forum.",
        "Делегация ЕҚЫҰ прибыла в Караганду для участия в форуме.",
        "language",
        "a Russian sentence with a Kazakh acronym in a Kazakh file",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The OSCE delegation visited the House of Friendship in Astana.",
        "ЕҚЫҰ делегациясы Астанадағы Достық үйіне барды және ұжыммен кездесті.",
        "language",
        "a Kazakh sentence in a Russian file",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The Assembly of People of Kazakhstan and the OSCE will hold a seminar.",
        "Qazaqstan halqy Assambleiasy jäne EQYU seminar ötkızedı.",
        "language",
        "Kazakh in the Latin script",
    ),
    # untranslated
    (
        "kk",
        K.PARAGRAPH,
        "The forum opened in Astana on 26 November.",
        "The forum opened in Astana on 26 November.",
        "untranslated",
        "a copied source",
    ),
    (
        "ru",
        K.TITLE,
        "APK Council meets in Astana",
        "APK Council meets in Astana",
        "untranslated",
        "a copied headline",
    ),
    # terminology
    (
        "ru",
        K.PARAGRAPH,
        "The Assembly of People of Kazakhstan met in Astana.",
        "Ассамблея народов Казахстана собралась в Астане.",
        "terminology",
        "a wrong official name",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The First President of the Republic of Kazakhstan sent a greeting.",
        "Елбасы құттықтау жолдады.",
        "terminology",
        "a voided title",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The forum will be held in Astana.",
        "Форум пройдёт в Нур-Султане.",
        "terminology",
        "the capital's former name in a 2026 release",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The OSCE delegation visited Astana.",
        "ЕҚСҰ делегациясы Астанаға келді.",
        "terminology",
        "a misspelt acronym",
    ),
    # typography
    (
        "ru",
        K.PARAGRAPH,
        "The winners of the “Best House of Friendship” contest were awarded.",
        'Победители конкурса "Лучший Дом дружбы" награждены.',
        "typography",
        "straight double quotes",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The winners of the “Best House of Friendship” contest were awarded.",
        "“Үздік Достық үйі” байқауының жеңімпаздары марапатталды.",
        "typography",
        "English quotes in Kazakh",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The winners of the “Best House of Friendship” contest were awarded.",
        "Победители конкурса 'Лучший Дом дружбы' награждены.",
        "typography",
        "straight single quotes",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The forum opened in Astana.",
        "Форум  открылся в Астане.",
        "typography",
        "a double space",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The forum opened in Astana, and the delegates met.",
        "Форум Астанада ашылды , делегаттар кездесті.",
        "typography",
        "a space before a comma",
    ),
    (
        "ru",
        K.TITLE,
        "APK Council meets in Astana",
        "Совет АНК собрался в Астане.",
        "typography",
        "a full stop in a headline",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The forum opened in Astana.",
        "Форум Астанада ашылды",
        "typography",
        "no end punctuation",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The forum opened in Astana.",
        "Форум открылся в Астане. ",
        "typography",
        "a trailing space",
    ),
    (
        "kk",
        K.PARAGRAPH,
        "The session opens at 10:00.",
        "Сессия сағат 10:30-да ашылады.",
        "facts",
        "10:00 became 10:30",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Grants worth KZT 850 million were awarded.",
        "Выделены гранты на 850 млн долларов.",
        "facts",
        "tenge became dollars",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "Unity is our strength.",
        "»Единство — наша сила«.",
        "typography",
        "reversed (German) guillemets",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The forum opened in Astana.",
        "Форум открылся в Астане..",
        "typography",
        "a doubled full stop",
    ),
    (
        "ru",
        K.PARAGRAPH,
        "The forum opened in Astana on Thursday.",
        "Форум открылся в Астане в четверг. Форум открылся в Астане в четверг.",
        "length",
        "the sentence pasted twice",
    ),
    # length, blank
    (
        "ru",
        K.PARAGRAPH,
        "The Assembly of People of Kazakhstan held 210 meetings in the regions, trained 450 "
        "mediators and supported 120 projects of ethnocultural associations in 2026.",
        "В 2026 году Ассамблея народа Казахстана провела 210 встреч.",
        "length",
        "two clauses dropped",
    ),
    ("kk", K.PARAGRAPH, "The forum opened in Astana.", " \u200b", "blank", "a blank translation"),
    # faults the first field run let through
    ("ru", K.PARAGRAPH, "The regional budget is KZT 1.75 billion.",
     "Бюджет региона — 1 млрд 570 млн тенге.", "facts", "a sum in parts changed"),
    ("ru", K.PARAGRAPH, "More than 100 volunteers helped the organisers.",
     "Организаторам помогали более двухсот волонтёров.", "facts", "a hundred made two"),
    ("ru", K.PARAGRAPH, "The toll-free number is 8 800 080 7777.",
     "Бесплатный номер: 8 800 080 7778.", "facts", "a phone number changed"),
    ("ru", K.PARAGRAPH, "Investments from China in the project reached 5 million yuan.",
     "Инвестиции из Китая в проект достигли 5 млн долларов.", "facts", "yuan made dollars"),
    ("kk", K.PARAGRAPH, "The investor will allocate USD 2 million for the project.",
     "Инвестор жобаға 2 млн еуро бөледі.", "facts", "dollars made euros"),
    ("ru", K.PARAGRAPH, "A meeting of the APK Council was held in Astana.",
     "B Астане состоялось заседание Совета АНК.", "script", "a Latin B opening a sentence"),
    ("ru", K.PARAGRAPH, "New rules take effect on 1 January 2027.",
     "C 1 января 2027 года вступают в силу новые правила.", "script", "a Latin C before a day"),
    ("ru", K.PARAGRAPH, "The forum will take place in Astana from 10 to 14 November.",
     "Форум пройдёт в Астане c 10 по 14 ноября.", "script", "a Latin c before a number"),
    ("ru", K.PARAGRAPH, "The meeting, with the participation of APK members, was held in Astana.",
     "Встреча — c участием членов АНК — прошла в Астане.", "script", "a Latin c after a dash"),
    ("kk", K.PARAGRAPH, "The forum brought together young people from all regions.",
     "Форум барлық өӈірлерден келген жастардың басын қосты.", "script", "en with hook for ң"),
    ("kk", K.PARAGRAPH, "The exhibition will be held in the House of Friendship.",
     "Көрме Достық үйінде ѳтеді.", "script", "fita for ө"),
    ("kk", K.PARAGRAPH, "People's Heroes took part in the meeting.",
     "Кездесуге Халық Қаҳармандары қатысты.", "script", "Tajik ҳ for һ"),
    ("ru", K.PARAGRAPH, "The Council discussed the tasks for 2027.",
     "Совет οбсудил задачи на 2027 год.", "script", "a Greek omicron"),
    ("ru", K.PARAGRAPH, "The “Best House of Friendship” contest has been announced.",
     "Объявлен конкурс ‘Лучший Дом дружбы’.", "typography", "English single quotes"),
    ("ru", K.PARAGRAPH, "The “Unity in Diversity” festival opened in Shymkent.",
     "В Шымкенте открылся фестиваль ''Единство в многообразии''.", "typography",
     "doubled apostrophes"),
    ("kk", K.PARAGRAPH, "The “Rukhani Zhangyru” programme was discussed at the meeting.",
     "Кездесуде ,,Рухани жаңғыру'' бағдарламасы талқыланды.", "typography", "commas for quotes"),
    ("ru", K.PARAGRAPH, "The “Unity in Diversity” festival opened in Shymkent.",
     "В Шымкенте открылся фестиваль ‹Единство в многообразии›.", "typography",
     "single guillemets"),
    ("ru", K.PARAGRAPH, "The “Unity in Diversity” festival opened in Shymkent.",
     "В Шымкенте открылся фестиваль „Единство в многообразии“.", "typography",
     "inner quotes outside"),
    ("ru", K.TITLE, "What will the new concept change?", "Что изменит новая концепция.",
     "typography", "a question told"),
    ("ru", K.TITLE, "APK marks its 31st anniversary", "АНК отмечает 31-ю годовщину!",
     "typography", "an exclamation added to a headline"),
    ("kk", K.PARAGRAPH, "How can the Houses of Friendship attract more young people?",
     "Достық үйлері жастарды қалай көбірек тарта алады.", "typography", "a question told"),
    ("ru", K.PARAGRAPH, "The agenda of the session includes the following items:",
     "Повестка дня сессии включает следующие вопросы.", "typography", "a list not announced"),
    ("ru", K.PARAGRAPH, "The forum opened in Astana.", "Форум открылся в Astana.",
     "terminology", "a Latin Astana alone"),
    ("ru", K.PARAGRAPH, "The People's Assembly of Kazakhstan was founded in 1995.",
     "Ассамблея народов Казахстана была создана в 1995 году.", "terminology",
     "народов for народа"),
    ("ru", K.PARAGRAPH, "Majilis deputies met with the APK members.",
     "Депутаты Меджлиса встретились с членами АНК.", "terminology", "Меджлис for Мажилис"),
    ("ru", K.PARAGRAPH, "The First President of the Republic of Kazakhstan met the delegates.",
     "Елбасы встретился с делегатами.", "terminology", "a title no longer used"),
    ("kk", K.PARAGRAPH, "Follow the news on Telegram: @assembly_kz.",
     "Жаңалықтарды Telegram арнасынан бақылаңыз: @asembly_kz.", "markup", "a handle changed"),
    ("ru", K.PARAGRAPH, "The choir performed *Elim-ai* and *Atameken*.",
     "Хор исполнил *Елим-ай* и *Атамекен.", "markup", "italic left open"),
    ("ru", K.PARAGRAPH, "The resolution is at https://assembly.kz/en/resolution-2026.",
     "Текст резолюции: https://assembly.kz/ru/resolution-2025.", "markup",
     "another page in the reader's language"),
    ("kk", K.PARAGRAPH, "More than 1,000 people attended the evening dedicated to M. Zhumabayev.",
     "М. Жұмабаевқа арналған кешке 900-ден астам адам қатысты.", "facts",
     "a number changed beside an initial"),
    ("ru", K.PARAGRAPH,
     "The Chairman of the regional Assembly greeted the 100 participants of the forum.",
     "С приветственным словом к 120 участникам форума обратился председатель областной"
     " ассамблеи.", "facts", "a number changed after the preposition С"),
    ("kk", K.PARAGRAPH, "In March, the Houses of Friendship hosted more than 300 Nauryz events.",
     "Сәуірде Достық үйлерінде 300-ден астам Наурыз іс-шарасы өтті.", "facts",
     "a month changed beside the holiday"),
    ("kk", K.PARAGRAPH, "In October, a delegation from Kazan visited the House of Friendship.",
     "Қарашада Қазаннан келген делегация Достық үйіне барды.", "facts",
     "a month changed beside the city"),
    ("kk", K.TITLE, "Results of the work for November", "Итоги работы за ноябрь", "language",
     "a Russian headline in a Kazakh file"),
    ("kk", K.PARAGRAPH, "Delegates visited the museums of Turkestan.",
     "Делегаты посетили музеи Туркестана.", "language", "a Russian sentence of four words"),
    ("kk", K.PARAGRAPH, "The forum opened in Astana with the participation of 500 delegates.",
     "Форум Астанада 500 делегаттың қатысуымен ашылды. Форум Астанада 500 делегаттың"
     " қатысуымен ашылды.", "length", "a short sentence pasted twice"),
    ("ru", K.PARAGRAPH, "The forum opened in Astana with the participation of 500 delegates.",
     "Форум открылся в Астане при участии 500 делегатов.Форум открылся в Астане при участии"
     " 500 делегатов.", "length", "pasted twice with no space between"),
    ("ru", K.PARAGRAPH, "The event was organized by the RK Ministry of Culture and Information.",
     "Мероприятие организовано Министерством культуры и информации PK.", "script",
     "РК typed in Latin letters"),
    ("ru", K.PARAGRAPH, "UN representatives took part in the conference.",
     "В конференции приняли участие представители OOH.", "script", "ООН typed in Latin letters"),
    ("kk", K.TITLE, "First snow in the capital", "Елордаға алғашқы қар.", "typography",
     "a stop after a word that is also an abbreviation"),
    ("ru", K.PARAGRAPH, "The forum will be held in Astana on 26 November.",
     "Форум пройдёт в Astana 26 ноября.", "terminology", "a Latin Astana before a day"),
    ("ru", K.PARAGRAPH, "Majilis deputies met with the APK members.",
     "Депутаты Меджлиса встретились с членами АНК.", "terminology", "Меджлис for Мажилис"),
    ("ru", K.PARAGRAPH, "The forum in Astana gathered guests from Astana and the regions.",
     "Форум в Нур-Султане собрал гостей из Астаны и регионов.", "terminology",
     "the capital's former name"),
    ("ru", K.PARAGRAPH, "“Who, if not us?” The forum opened in Astana.",
     "«Кто, если не мы?» B Астане открылся форум.", "script", "a Latin B after a quotation"),
    ("ru", K.PARAGRAPH, "A forum was held in the EKR.", "В BKO прошёл форум.", "script",
     "ВКО typed in Latin letters"),
    ("ru", K.PARAGRAPH, "Read the [news](https://assembly.kz/en/news).",
     "Читайте [новости](https://assembly.kz/ru/other).", "markup", "a link to another page"),
    ("kk", K.PARAGRAPH, "The 5th meeting of the Council took place on 5 March.",
     "Кеңестің 6-шы отырысы 5 наурызда өтті.", "facts", "an ordinal changed beside its day"),
    ("kk", K.PARAGRAPH, "The briefing on 10 December will start at 10:00.",
     "10 желтоқсандағы брифинг сағат 11:00-де басталады.", "facts",
     "a time changed beside its day"),
    ("kk", K.PARAGRAPH, "In 5 regions, unemployment among young people fell below 5%.",
     "6 өңірде жастар арасындағы жұмыссыздық 5 пайыздан төмендеді.", "facts",
     "a count changed beside a share"),
    ("kk", K.PARAGRAPH, "In 3 regions, KZT 3 billion was allocated for Houses of Friendship.",
     "4 өңірде Достық үйлеріне 3 млрд теңге бөлінді.", "facts",
     "a count changed beside an amount"),
    ("ru", K.PARAGRAPH, "The hotline works 24 hours a day.",
     "Телефон доверия работает 12 часов в сутки.", "facts", "round the clock made 12 hours"),
    ("kk", K.PARAGRAPH, "The centre is open 7 days a week, 12 hours a day.",
     "Орталық аптасына 6 күн, күніне 12 сағат жұмыс істейді.", "facts", "7 days made 6"),
    ("ru", K.PARAGRAPH, "Order No. 24/7 was sent to the regional Houses of Friendship.",
     "Приказ № 24/8 направлен в региональные Дома дружбы.", "facts", "a document's number"),
    ("ru", K.PARAGRAPH, "1 in 5 participants is under 25.",
     "Каждый шестой участник моложе 25 лет.", "facts", "one in five made one in six"),
    ("ru", K.PARAGRAPH, "The festival will take place on Sept. 12 in Shymkent.",
     "Фестиваль пройдёт 12 октября в Шымкенте.", "facts", "Sept. made October"),
    ("kk", K.PARAGRAPH, "A total of KZT 4.6 bln was allocated for the new House of Friendship.",
     "Жаңа Достық үйіне барлығы 4,6 млн теңге бөлінді.", "facts", "bln made млн"),
    ("ru", K.PARAGRAPH, "Investment in the ethnic village reached USD 120 mn.",
     "Инвестиции в этноаул достигли 120 млрд долларов США.", "facts", "mn made млрд"),
    ("ru", K.PARAGRAPH, "Press service: +7 (7172) 74-57-19.",
     "Пресс-служба: +8 (7172) 74-57-19.", "facts", "a country code changed"),
    ("kk", K.PARAGRAPH, "The 2025–27 action plan was approved at the session.",
     "Сессияда 2025–2028 жылдарға арналған іс-шаралар жоспары бекітілді.", "facts",
     "the end of a span of years"),
    ("ru", K.PARAGRAPH, "The fund is KZT 1,200,500,000.",
     "Фонд составляет 1 млрд 200 млн 600 тыс. тенге.", "facts", "a sum in three parts changed"),
    ("ru", K.PARAGRAPH, "The share of Kazakh-language content rose by 4 percentage points.",
     "Доля казахоязычного контента выросла на 4 %.", "facts", "percentage points made percent"),
    ("kk", K.PARAGRAPH, "Turnout rose by 3% compared with the previous election.",
     "Сайлауға қатысу алдыңғы сайлаумен салыстырғанда 3 пайыздық тармаққа өсті.", "facts",
     "percent made percentage points"),
    ("kk", K.PARAGRAPH, "Registration for the contest is open from 3 to 17 December.",
     "Байқауға тіркеу 3 қарашадан 17 желтоқсанға дейін жүреді.", "facts",
     "the first day of a span moved to another month"),
    ("ru", K.PARAGRAPH, "The exhibition will be open on 14 and 15 May at the House of Friendship.",
     "Выставка будет открыта 14 апреля и 15 мая в Доме дружбы.", "facts",
     "the first of two days moved to another month"),
    ("ru", K.PARAGRAPH, "Funding will grow from 1.5 to 2 billion tenge.",
     "Финансирование вырастет с 1,5 млн до 2 млрд тенге.", "facts",
     "the scale of the first of two amounts changed"),
    ("kk", K.QUOTE, "“We are one nation,” the Chairman said.",
     "«We are one nation,» the Chairman said.", "untranslated", "copied, quotes autocorrected"),
    ("ru", K.TITLE, "Unity - our strength", "Unity – our strength", "untranslated",
     "copied, the dash autocorrected"),
    ("ru", K.PARAGRAPH, "The investor will put $5 million into the plant, and the region"
     " 2 billion tenge.", "Инвестор вложит в завод 5 млн тенге, а регион — 2 млрд тенге.",
     "facts", "one of two currencies changed for the other"),
    ("ru", K.PARAGRAPH, "Kyrgyz partners contributed USD 300,000 to the festival.",
     "Кыргызские партнёры внесли в фестиваль 300 тысяч сомов.", "facts", "dollars made soms"),
    ("kk", K.PARAGRAPH, "The XXXIV session of the APK will be held in Astana.",
     "ҚХА-ның 35-ші сессиясы Астанада өтеді.", "facts", "a session's number changed"),
    ("ru", K.PARAGRAPH, "The Mazhilis of the VIII convocation adopted the law.",
     "Мажилис VII созыва принял закон.", "facts", "a convocation changed"),
    ("kk", K.PARAGRAPH, "Law No. 105-VIII on mass media came into force.",
     "Бұқаралық ақпарат құралдары туралы № 105-VII Заң күшіне енді.", "facts",
     "a law's convocation changed"),
    ("ru", K.PARAGRAPH, "The number of visitors to the museum grew 3 times.",
     "Число посетителей музея выросло на 3 %.", "facts", "3 times made 3 percent"),
    ("kk", K.PARAGRAPH, "The number of visitors to the museum grew 3 times.",
     "Мұражайға келушілер саны 3 пайызға өсті.", "facts", "3 times made 3 percent"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "kind", "source", "translation", "check", "fault"),
    [pytest.param(*fault, id=f"{fault[0]}-{fault[4]}-{fault[5]}") for fault in FAULTS],
)
def test_a_planted_fault_is_reported_by_its_check(lang, kind, source, translation, check, fault):
    assert check in {found for found, _ in run(source, translation, lang, kind)}


GRANTS = "Grants worth KZT 850 million were awarded to 120 NGOs."
GRANTS_RU = "120 НПО получили гранты на 850 млн тенге."


@pytest.mark.parametrize(
    ("elsewhere", "found"),
    [
        ("Гранты на 850 млн тенге получили 120 НПО.", {"consistency"}),  # translated otherwise
        ("120\u00a0НПО получили гранты на 850\u00a0млн тенге.", set()),  # other spaces only
    ],
)
def test_consistency_with_another_releases_translation(elsewhere, found):
    context = Checker(REPOSITORY, others=lambda subject: [("2026-11-12-grants", elsewhere)]).context
    assert {check for check, _ in run(GRANTS, GRANTS_RU, "ru", context=context)} == found


def test_a_latin_name_with_a_cyrillic_letter_is_named_as_the_latin_one_it_is():
    found = run("The EXPO centre opened.", "Центр EXPО открылся.", "ru")
    assert found == [("script", "Cyrillic “О” in the Latin word “EXPО”")]


def test_values_read_from_one_number_are_named_together():
    found = run("The 5th meeting of the Council took place on 5 March.",
                "Кеңестің 6-шы отырысы 5 наурызда өтті.", "kk")  # fmt: skip
    assert found == [
        ("facts", "5th and 5 March are read from one number of the translation: was one of"
         " them changed?")
    ]  # fmt: skip


def test_a_mixed_acronym_is_named_as_the_cyrillic_one_it_is():
    messages = [
        m
        for check, m in run(
            "The APK delegation arrived in Almaty.", "Делегация AНK прибыла в Алматы.", "ru"
        )
        if check == "script"
    ]
    assert messages == ["Latin “A”, “K” in the Cyrillic word “AНK”"]


# (source language, language, kind, source, a correct translation): sources in Kazakh or
# Russian, into the other and into English
SOURCED = [
    ("kk", "ru", K.PARAGRAPH, "Жоба онлайн форматта 7 күн бойы өтеді.",
     "Проект пройдёт онлайн в течение недели."),
    ("ru", "kk", K.PARAGRAPH, "Центр работает 24 часа в сутки.",
     "Орталық тәулік бойы жұмыс істейді."),
    ("kk", "ru", K.PARAGRAPH, "Сабақ 30 минутқа созылады.", "Урок длится полчаса."),
    ("ru", "en", K.PARAGRAPH, "Предприятие работает 24 часа в сутки.",
     "The plant works around the clock."),
    ("ru", "en", K.PARAGRAPH, "В рамках программы переведено 40 книг.",
     "Forty books were translated under the programme."),
    ("ru", "en", K.PARAGRAPH, "Онлайн-трансляцию посмотрели более 1 миллиона человек.",
     "More than a million people watched the online broadcast."),
    ("ru", "en", K.PARAGRAPH, "Число заявок выросло в 2 раза.",
     "The number of applications doubled."),
    ("kk", "en", K.PARAGRAPH, "Ассамблеяның XXXIV сессиясы – биылғы басты оқиға.",
     "The Assembly’s thirty-fourth session is the main event of the year."),
    ("kk", "ru", K.PARAGRAPH, "Грант көлемі – 2 миллион 500 мың теңге.",
     "Размер гранта – 2,5 млн тенге."),
    ("ru", "kk", K.PARAGRAPH, "Размер гранта – 2,5 млн тенге.",
     "Грант көлемі – 2 миллион 500 мың теңге."),
    ("ru", "kk", K.PARAGRAPH, "На курсы записались более 3 тысяч 200 человек.",
     "Курстарға 3 200-ден астам адам жазылды."),
    ("kk", "ru", K.PHOTO, "Фото: Ерлан Омаров", "Фото: Ерлан Омаров"),
    ("ru", "en", K.LIST_ITEM, "YouTube", "YouTube"),
    ("kk", "en", K.LIST_ITEM, "WhatsApp: +7 701 123 45 67", "WhatsApp: +7 701 123 45 67"),
    ("ru", "en", K.PARAGRAPH, "Статья опубликована в газете «Егемен Қазақстан».",
     "The article was published in *Egemen Qazaqstan*."),
    ("kk", "ru", K.PARAGRAPH,
     "Толық ақпарат [ресми сайтта](https://assembly.kz/kz/news/sessiya) жарияланған.",
     "Подробная информация опубликована [на официальном сайте]"
     "(https://assembly.kz/ru/news/sessiya)."),
    ("en", "kk", K.PARAGRAPH, "3 out of 4 respondents support the programme.",
     "Респонденттердің төрттен үші бағдарламаны қолдайды."),
    ("en", "ru", K.PARAGRAPH, "3 out of 4 respondents support the programme.",
     "Три четверти респондентов поддерживают программу."),
    ("en", "ru", K.PARAGRAPH, "1 in 5 participants came from a village.",
     "Пятая часть участников приехала из сёл."),
    ("en", "ru", K.PARAGRAPH, "About 500,000 people watched the broadcast.",
     "Трансляцию посмотрели около полумиллиона человек."),
    ("en", "kk", K.PARAGRAPH, "About 500,000 people watched the broadcast.",
     "Трансляцияны жарты миллионға жуық адам көрді."),
    ("en", "ru", K.PARAGRAPH, "The event was organised by the APK.",
     "Мероприятие организовала Ассамблея народа Казахстана."),
    ("en", "kk", K.PARAGRAPH, "He spoke at the OSCE Permanent Council.",
     "Ол ЕҚЫҰ-ның Тұрақты кеңесінде сөз сөйледі."),
    ("en", "ru", K.PARAGRAPH, "Mazhilis deputies attended the session.",
     "На сессии присутствовали мажилисмены."),
    ("en", "ru", K.QUOTE, "He asked: “Who is ready?”", "«Кто готов?» — спросил он."),
    ("en", "kk", K.QUOTE, "He asked: “Who is ready?”", "Ол: «Кім дайын?» — деп сұрады."),
    ("en", "ru", K.LIST_ITEM, "Viber: +7 701 555 12 34", "Viber: +7 701 555 12 34"),
    ("en", "ru", K.LIST_ITEM, "Telegram: t.me/assembly_kz_press",
     "Telegram: t.me/assembly_kz_press"),
]  # fmt: skip


# a review of the rules for every direction: what they must leave alone, what they must find
REVIEWED_CORRECT = [
    ("en", "ru", K.PARAGRAPH, "Shares of 15, 20 and 25% were recorded.",
     "Зафиксированы доли 15, 20 и 25 %."),
    ("ru", "en", K.PARAGRAPH, "В ноябре фонд выделил 5 млн 10 организациям.",
     "In November the fund allocated 5 million to 10 organisations."),
    ("ru", "kk", K.PARAGRAPH, "С сессии Ассамблеи прошло два месяца.",
     "Ассамблея сессиясынан бері екі ай өтті."),
    ("en", "kk", K.PARAGRAPH, "The centre has 4 3-D printers.", "Орталықта 4 3D-принтер бар."),
    ("en", "kk", K.PARAGRAPH, "The course lasts 12 months.", "Курс бір жылға созылады."),
    ("en", "kk", K.PARAGRAPH, "A 7-day festival opened in Turkestan.",
     "Түркістанда бір апталық фестиваль ашылды."),
    ("en", "ru", K.PARAGRAPH, "The meeting starts at 12:00.", "Встреча начнётся в полдень."),
    ("ru", "en", K.PARAGRAPH, "Рост составил 15 проц.", "Growth was 15%."),
    ("en", "kk", K.PARAGRAPH, "The guests visited the Sunday school.",
     "Қонақтар жексенбілік мектепке барды."),
    ("en", "ru", K.PARAGRAPH, "The briefing will be held on Monday, 7 December.",
     "Брифинг состоится 7 декабря."),
]  # fmt: skip
REVIEWED_FAULTS = [
    ("en", "ru", K.PARAGRAPH, "The centre works 24 hours a day in 24 regions.",
     "Центр работает круглосуточно во всех регионах.", "facts"),
    ("en", "ru", K.PARAGRAPH, "The course lasts 12 months.", "Курс длится два года.", "facts"),
    ("en", "kk", K.PHOTO, "Erlan Omarov", "Erlan Omarov", "untranslated"),
    ("kk", "ru", K.PHOTO, "Суретте: Ерлан Омаров", "Суретте: Ерлан Омаров", "untranslated"),
    ("en", "kk", K.PARAGRAPH, "Call 8 701 123 45 67 now", "Call 8 701 123 45 67 now",
     "untranslated"),
    ("en", "ru", K.PARAGRAPH, "Exports grew 2.5 times.",
     "Экспорт вырос в двадцать с половиной раз.", "facts"),
    ("en", "ru", K.PARAGRAPH, "*Registration closes on Friday at the Atameken office.*",
     "Регистрация в НПП «Атамекен» закрывается в пятницу.", "markup"),
    ("ru", "kk", K.PARAGRAPH, "Встреча прошла в Костанае.", "Встреча прошла в Қостанае.",
     "language"),
    ("kk", "en", K.PARAGRAPH, "Мерекелік концертте ұлттық әндер орындалды.",
     "Ulttyq änder merekelık konsertte oryndaldy.", "language"),
    ("ru", "en", K.PARAGRAPH, "Открылась выставка «Наследие».",
     "The „Heritage“ exhibition opened.", "typography"),
    ("ru", "kk", K.PARAGRAPH, "Форум «Единство в многообразии» завершился.",
     "„Әралуандықтағы бірлік“ форумы аяқталды.", "typography"),
    ("kk", "en", K.PARAGRAPH, "Конференция Алматыда өтті.",
     "The conferenсe was held in Almaty.", "script"),
    ("ru", "en", K.PARAGRAPH, "Выступил аким области.", "The region's аким spoke.", "script"),
    ("en", "ru", K.PARAGRAPH, "The briefing will be held on Monday, 7 December.",
     "Брифинг состоится во вторник, 7 декабря.", "facts"),
    ("ru", "en", K.PARAGRAPH, "Встреча прошла в четверг в Доме дружбы.",
     "The meeting took place on Tuesday at the House of Friendship.", "facts"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source_lang", "lang", "kind", "source", "translation"), SOURCED + REVIEWED_CORRECT
)
def test_a_correct_translation_in_any_direction_raises_no_finding(
    source_lang, lang, kind, source, translation
):
    subject = Subject(source, translation, source_lang, lang, kind, DAY)
    assert [(check.id, m) for check, m in checks.run(subject, CONTEXT)] == []


@pytest.mark.parametrize(
    ("source_lang", "lang", "kind", "source", "translation", "check"), REVIEWED_FAULTS
)
def test_a_reviewed_fault_is_reported(source_lang, lang, kind, source, translation, check):
    subject = Subject(source, translation, source_lang, lang, kind, DAY)
    assert check in {found.id for found, _ in checks.run(subject, CONTEXT)}


def test_a_copied_english_headline_is_still_reported():
    found = run("Forum Opens In Astana", "Forum Opens In Astana", "ru", K.TITLE)
    assert "untranslated" in {check for check, _ in found}


def test_a_changed_amount_in_parts_is_reported_from_russian():
    subject = Subject("На курсы записались более 3 тысяч 200 человек.",
                      "Курстарға 3 300-ден астам адам жазылды.", "ru", "kk")  # fmt: skip
    assert [check.id for check, _ in checks.run(subject, CONTEXT)] == ["facts"]
