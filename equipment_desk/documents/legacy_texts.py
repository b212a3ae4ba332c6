"""The fixed texts of acts sealed in content versions 1 and 2, frozen: such acts reprint byte-identical.

Before the fixed texts became reviewed data files (:mod:`equipment_desk.core.act_texts`), every word of
the act lived here, in English, Russian, Kazakh and Tajik.  An act sealed then (``act@1``, ``act@2``)
prints with exactly these words for life, so **nothing in this module may change**; a correction goes
into ``resources/act_texts/<code>.toml`` and reaches the acts finalized after it.

:class:`LegacyTexts` gives one language's frozen words with the interface of
:class:`equipment_desk.core.act_texts.ActTexts` (``text``, ``template``, ``has``, ``format_date``,
``copies_clause``), so the certificate draws an old act and a new one the same way.  The recorded texts
of such acts were printed with the fall-back of then (a Kazakh or Tajik column printed the Russian text
where the act had none): :func:`filled_as_then` gives them back that way.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from equipment_desk.core.errors import InputError, Problem

LANGUAGES = ("en", "ru", "kk", "tg")
"""The languages an act sealed in version 1 or 2 could print in."""

FALLBACK = {
    "en": ("en", "ru"),
    "ru": ("ru", "en"),
    "kk": ("kk", "ru", "en"),
    "tg": ("tg", "ru", "en"),
}
"""Which recorded text an act of version 1 or 2 printed when its language was not recorded."""

_T: dict[str, dict[str, str]] = {
    # --- title and header -------------------------------------------------
    "title": {
        "en": "ACT OF ACCEPTANCE AND TRANSFER",
        "ru": "АКТ ПРИЕМА-ПЕРЕДАЧИ",
        "kk": "ҚАБЫЛДАУ-ТАПСЫРУ АКТІСІ",
        "tg": "САНАДИ ҚАБУЛУ СУПОРИДАН",
    },
    "number_sign": {"en": "No.", "ru": "№", "kk": "№", "tg": "№"},
    "programme": {"en": "Programme", "ru": "Программа", "kk": "Бағдарлама", "tg": "Барнома"},
    "copy_mark": {
        "en": "Copy {copy} of {copies}",
        "ru": "Экземпляр {copy} из {copies}",
        "kk": "{copy}-дана ({copies} данадан)",
        "tg": "Нусхаи {copy} аз {copies}",
    },
    # --- the parties --------------------------------------------------------
    "parties": {
        "en": (
            "{org_from} (the “Transferring Party”), represented by {name_from}, {title_from}"
            "{authority_from}, and {org_to} (the “Receiving Party”), represented by {name_to}, "
            "{title_to}{authority_to}, together the “Parties”, have drawn up this act as follows."
        ),
        "ru": (
            "{org_from} (далее — Передающая сторона) в лице уполномоченного представителя "
            "({title_from}, {name_from}){authority_from} и {org_to} (далее — Принимающая "
            "сторона) в лице уполномоченного представителя ({title_to}, {name_to}){authority_to}, "
            "далее совместно именуемые Стороны, составили настоящий акт о нижеследующем."
        ),
        "kk": (
            "{org_from} (бұдан әрі — Тапсырушы тарап) атынан{authority_from} уәкілетті өкілі "
            "({title_from}, {name_from}) және {org_to} (бұдан әрі — Қабылдаушы тарап) "
            "атынан{authority_to} уәкілетті өкілі ({title_to}, {name_to}), бұдан әрі бірлесіп "
            "Тараптар деп аталатындар, осы актіні төмендегілер туралы жасады."
        ),
        "tg": (
            "{org_from} (минбаъд — Тарафи супоранда) дар шахси намояндаи ваколатдор "
            "({title_from}, {name_from}){authority_from} ва {org_to} (минбаъд — Тарафи "
            "қабулкунанда) дар шахси намояндаи ваколатдор ({title_to}, {name_to}){authority_to}, "
            "ки минбаъд якҷоя Тарафҳо номида мешаванд, санади мазкурро оид ба масъалаҳои "
            "зерин тартиб доданд."
        ),
    },
    "parties_2": {
        # content version 2: the representative in the genitive, defined terms in quotes
        "ru": (
            "{org_from} (далее — «Передающая сторона») в лице {title_from} {name_from}{authority_from} "
            "и {org_to} (далее — «Принимающая сторона») в лице {title_to} {name_to}{authority_to}, "
            "далее совместно именуемые «Стороны», составили настоящий акт о нижеследующем."
        ),
    },
    "authority_first_2": {
        "en": ", {acting} under {authority}",
        "ru": ", {acting} на основании {authority},",
        "kk": " {authority} негізінде {acting}",
        "tg": ", ки дар асоси {authority} {acting},",
    },
    "authority_second_2": {
        "en": ", {acting} under {authority}",
        "ru": ", {acting} на основании {authority}",
        "kk": " {authority} негізінде {acting}",
        "tg": ", ки дар асоси {authority} {acting}",
    },
    # the participle agrees with the representative's gender in Russian
    "acting_m": {"en": "acting", "ru": "действующего", "kk": "әрекет ететін", "tg": "амал мекунад"},
    "acting_f": {"en": "acting", "ru": "действующей", "kk": "әрекет ететін", "tg": "амал мекунад"},
    "authority_first": {
        # after the first party's representative, before "and <second party>"
        "en": ", acting under {authority}",
        "ru": ", действующего на основании {authority},",
        "kk": " {authority} негізінде әрекет ететін",
        "tg": ", ки дар асоси {authority} амал мекунад,",
    },
    "authority_second": {
        "en": ", acting under {authority}",
        "ru": ", действующего на основании {authority}",
        "kk": " {authority} негізінде әрекет ететін",
        "tg": ", ки дар асоси {authority} амал мекунад",
    },
    # --- 1. basis -----------------------------------------------------------
    "basis_heading": {
        "en": "1. Basis of the transfer",
        "ru": "1. Основание передачи",
        "kk": "1. Тапсыру негіздемесі",
        "tg": "1. Асоси супоридан",
    },
    "basis_programme": {
        "en": "Programme (project)",
        "ru": "Программа (проект)",
        "kk": "Бағдарлама (жоба)",
        "tg": "Барнома (лоиҳа)",
    },
    "code": {"en": "code", "ru": "код", "kk": "коды", "tg": "рамз"},
    "sub_programme": {
        "en": "Sub-Programme {number}",
        "ru": "подпрограмма {number}",
        "kk": "{number}-кіші бағдарлама",
        "tg": "зербарномаи {number}",
    },
    "donor": {"en": "Donor", "ru": "Донор", "kk": "Донор", "tg": "Донор"},
    "donors": {"en": "Donors", "ru": "Доноры", "kk": "Донорлар", "tg": "Донорҳо"},
    "basis_documents": {"en": "Documents", "ru": "Документы", "kk": "Құжаттар", "tg": "Ҳуҷҷатҳо"},
    # --- 2. operative clause --------------------------------------------------
    "operative_title": {
        "en": (
            "2. The Transferring Party has handed over, and the Receiving Party has accepted, "
            "free of charge and into its ownership, the following property (the “Property”):"
        ),
        "ru": (
            "2. Передающая сторона передала, а Принимающая сторона приняла безвозмездно "
            "в собственность следующее имущество (далее — Имущество):"
        ),
        "kk": (
            "2. Тапсырушы тарап төменде көрсетілген мүлікті (бұдан әрі — Мүлік) Қабылдаушы "
            "тараптың меншігіне өтеусіз тапсырды, ал Қабылдаушы тарап оны қабылдады:"
        ),
        "tg": (
            "2. Тарафи супоранда амволи дар поён зикршударо (минбаъд — Амвол) ройгон ба "
            "моликияти Тарафи қабулкунанда супорид ва Тарафи қабулкунанда онро қабул кард:"
        ),
    },
    "operative_custody": {
        "en": (
            "2. The Transferring Party has handed over, and the Receiving Party has accepted, "
            "free of charge for temporary custody and use, the following property "
            "(the “Property”):"
        ),
        "ru": (
            "2. Передающая сторона передала, а Принимающая сторона приняла безвозмездно "
            "во временное пользование следующее имущество (далее — Имущество):"
        ),
        "kk": (
            "2. Тапсырушы тарап төменде көрсетілген мүлікті (бұдан әрі — Мүлік) Қабылдаушы "
            "тараптың уақытша пайдалануына өтеусіз тапсырды, ал Қабылдаушы тарап оны қабылдады:"
        ),
        "tg": (
            "2. Тарафи супоранда амволи дар поён зикршударо (минбаъд — Амвол) ройгон ба "
            "истифодаи муваққатии Тарафи қабулкунанда супорид ва Тарафи қабулкунанда онро "
            "қабул кард:"
        ),
    },
    # --- the item table ---------------------------------------------------------
    "col_no": {"en": "No.", "ru": "№", "kk": "№", "tg": "№"},
    "col_name": {"en": "Name", "ru": "Наименование", "kk": "Атауы", "tg": "Номгӯй"},
    "col_model": {"en": "Make, model", "ru": "Марка, модель", "kk": "Маркасы, моделі", "tg": "Тамға, модел"},
    # a no-break space keeps "№" with its word when a heading wraps
    "col_serial": {"en": "Serial\u00a0No.", "ru": "Серийный\u00a0№", "kk": "Сериялық\u00a0№", "tg": "Рақами силсилавӣ"},
    "col_inventory": {"en": "Inventory\u00a0No.", "ru": "Инвентарный\u00a0№", "kk": "Түгендеу\u00a0№",
                      "tg": "Рақами инвентарӣ"},
    "col_unit": {"en": "Unit", "ru": "Ед. изм.", "kk": "Өлш. бірл.", "tg": "Воҳиди ченак"},
    "col_quantity": {"en": "Qty", "ru": "Кол-во", "kk": "Саны", "tg": "Миқдор"},
    "col_price": {"en": "Unit price", "ru": "Цена за ед.", "kk": "Бірлік бағасы", "tg": "Нархи воҳид"},
    "col_amount": {"en": "Amount", "ru": "Сумма", "kk": "Сомасы", "tg": "Маблағ"},
    "total_row": {"en": "Total", "ru": "Итого", "kk": "Барлығы", "tg": "Ҳамагӣ"},
    # --- 3. totals ----------------------------------------------------------------
    "totals_heading": {
        "en": "3. Totals",
        "ru": "3. Итоги передачи",
        "kk": "3. Тапсыру қорытындысы",
        "tg": "3. Ҷамъбасти супоридан",
    },
    "total_quantity": {"en": "Total quantity", "ru": "Общее количество", "kk": "Жалпы саны", "tg": "Миқдори умумӣ"},
    "total_amount": {"en": "Total amount", "ru": "Общая сумма", "kk": "Жалпы сомасы", "tg": "Маблағи умумӣ"},
    "in_words": {"en": "In words", "ru": "Сумма прописью", "kk": "Жазбаша", "tg": "Бо ҳарф"},
    "usd_equivalent": {
        "en": "Equivalent in US dollars",
        "ru": "Эквивалент в долларах США",
        "kk": "АҚШ долларындағы баламасы",
        "tg": "Муодил бо доллари ИМА",
    },
    "exchange_rate": {"en": "Exchange rate", "ru": "Курс пересчёта", "kk": "Айырбастау бағамы", "tg": "Қурби асъор"},
    "national_rate": {
        "en": "Rate for the recipient’s books",
        "ru": "Курс для учёта получателя",
        "kk": "Алушының есебіне арналған бағам",
        "tg": "Қурб барои баҳисобгирии гиранда",
    },
    "rate_note": {
        "en": "{scale} USD = {value} {currency} ({type}; source: {source}; effective {date})",
        "ru": "{scale} USD = {value} {currency} ({type}; источник: {source}; действует с {date})",
        "kk": "{scale} USD = {value} {currency} ({type}; дереккөзі: {source}; {date} бастап қолданылады)",
        "tg": "{scale} USD = {value} {currency} ({type}; манбаъ: {source}; аз {date} амал мекунад)",
    },
    "rate_unore": {
        "en": "UN operational rate of exchange",
        "ru": "операционный обменный курс ООН",
        "kk": "БҰҰ-ның операциялық айырбастау бағамы",
        "tg": "қурби амалиётии мубодилаи СММ",
    },
    "rate_national_bank": {
        "en": "official rate of the national bank",
        "ru": "официальный курс национального банка",
        "kk": "ұлттық банктің ресми бағамы",
        "tg": "қурби расмии бонки миллӣ",
    },
    "rate_other": {"en": "other rate", "ru": "иной курс", "kk": "басқа бағам", "tg": "қурби дигар"},
    # --- 4.–6. closing clauses -------------------------------------------------------
    "condition": {
        "en": (
            "4. The Property has been handed over in working order, complete, with its technical "
            "documentation and the manufacturer’s warranty documents (where provided). The Parties "
            "have no claims against each other as to the quantity, quality or completeness of "
            "the Property."
        ),
        "ru": (
            "4. Имущество передано в исправном состоянии, в полной комплектации, с технической "
            "документацией и гарантийными документами производителя (при их наличии). Стороны "
            "не имеют друг к другу претензий по количеству, качеству и комплектности Имущества."
        ),
        "kk": (
            "4. Мүлік жарамды күйде, толық жинақталымда, техникалық құжаттамасымен және "
            "өндірушінің кепілдік құжаттарымен (бар болған жағдайда) тапсырылды. Тараптардың "
            "Мүліктің саны, сапасы және жинақталымы бойынша бір-біріне наразылықтары жоқ."
        ),
        "tg": (
            "4. Амвол дар ҳолати корӣ, бо маҷмӯи пурра, бо ҳуҷҷатҳои техникӣ ва ҳуҷҷатҳои "
            "кафолатии истеҳсолкунанда (дар сурати мавҷуд будан) супорида шуд. Тарафҳо нисбат "
            "ба миқдор, сифат ва пуррагии Амвол ба якдигар даъво надоранд."
        ),
    },
    "obligations_title": {
        "en": (
            "5. The Receiving Party shall use the Property for its intended purpose under the "
            "programme; shall not sell, lease or otherwise transfer it to third parties without "
            "the written consent of the Transferring Party; shall record the Property on its "
            "balance sheet in accordance with the established procedure; and shall allow "
            "representatives of the Transferring Party and of the donor(s) to monitor its use. "
            "Title to the Property passes to the Receiving Party upon signature of this act."
        ),
        "ru": (
            "5. Принимающая сторона обязуется использовать Имущество по целевому назначению "
            "в рамках программы, не продавать, не сдавать в аренду и не передавать его третьим "
            "лицам без письменного согласия Передающей стороны, поставить Имущество на баланс "
            "в установленном порядке и обеспечить представителям Передающей стороны и донора "
            "(доноров) возможность мониторинга его использования. Право собственности на "
            "Имущество переходит к Принимающей стороне с момента подписания настоящего акта."
        ),
        "kk": (
            "5. Қабылдаушы тарап Мүлікті бағдарлама шеңберінде мақсатына сай пайдалануға, "
            "Тапсырушы тараптың жазбаша келісімінсіз сатпауға, жалға бермеуге және үшінші "
            "тұлғаларға бермеуге, Мүлікті белгіленген тәртіппен өз балансына алуға және "
            "Тапсырушы тарап пен донор(лар) өкілдеріне оның пайдаланылуына мониторинг "
            "жүргізуге мүмкіндік беруге міндеттенеді. Мүлікке меншік құқығы осы актіге қол "
            "қойылған сәттен бастап Қабылдаушы тарапқа өтеді."
        ),
        "tg": (
            "5. Тарафи қабулкунанда ӯҳдадор мешавад, ки Амволро дар доираи барнома мувофиқи "
            "таъинот истифода барад, бе розигии хаттии Тарафи супоранда онро нафурӯшад, ба "
            "иҷора надиҳад ва ба шахсони сеюм насупорад, Амволро бо тартиби муқарраршуда ба "
            "тавозуни худ қабул кунад ва ба намояндагони Тарафи супоранда ва донор(ҳо) барои "
            "мониторинги истифодаи он имконият диҳад. Ҳуқуқи моликият ба Амвол аз лаҳзаи "
            "имзо шудани санади мазкур ба Тарафи қабулкунанда мегузарад."
        ),
    },
    "obligations_custody": {
        "en": (
            "5. The Receiving Party shall use the Property for its intended purpose under the "
            "programme; shall not sell, lease or transfer it to third parties; shall keep it "
            "safe and record it off its balance sheet; shall allow representatives of the "
            "Transferring Party and of the donor(s) to monitor its use; and shall return it to "
            "the Transferring Party on first request in the condition in which it was received, "
            "fair wear and tear excepted. Title to the Property remains with the Transferring Party."
        ),
        "ru": (
            "5. Принимающая сторона обязуется использовать Имущество по целевому назначению "
            "в рамках программы, не продавать, не сдавать в аренду и не передавать его третьим "
            "лицам, обеспечить его сохранность, учитывать Имущество на забалансовом счёте, "
            "обеспечить представителям Передающей стороны и донора (доноров) возможность "
            "мониторинга его использования и возвратить Имущество Передающей стороне по её "
            "первому требованию в том состоянии, в котором оно было получено, с учётом "
            "нормального износа. Право собственности на Имущество сохраняется за Передающей "
            "стороной."
        ),
        "kk": (
            "5. Қабылдаушы тарап Мүлікті бағдарлама шеңберінде мақсатына сай пайдалануға, "
            "сатпауға, жалға бермеуге және үшінші тұлғаларға бермеуге, оның сақталуын "
            "қамтамасыз етуге, Мүлікті баланстан тыс шотта есепке алуға, Тапсырушы тарап пен "
            "донор(лар) өкілдеріне оның пайдаланылуына мониторинг жүргізуге мүмкіндік беруге "
            "және Тапсырушы тараптың алғашқы талабы бойынша Мүлікті қалыпты тозуын ескере "
            "отырып, алынған күйінде қайтаруға міндеттенеді. Мүлікке меншік құқығы Тапсырушы "
            "тарапта қалады."
        ),
        "tg": (
            "5. Тарафи қабулкунанда ӯҳдадор мешавад, ки Амволро дар доираи барнома мувофиқи "
            "таъинот истифода барад, онро нафурӯшад, ба иҷора надиҳад ва ба шахсони сеюм "
            "насупорад, нигоҳдории онро таъмин намояд, Амволро дар суратҳисоби берун аз "
            "тавозун ба ҳисоб гирад, ба намояндагони Тарафи супоранда ва донор(ҳо) барои "
            "мониторинги истифодаи он имконият диҳад ва бо талаби аввалини Тарафи супоранда "
            "Амволро бо назардошти фарсудашавии муқаррарӣ дар ҳолате, ки қабул шуда буд, "
            "баргардонад. Ҳуқуқи моликият ба Амвол дар ихтиёри Тарафи супоранда боқӣ мемонад."
        ),
    },
    "copies_clause": {
        "en": (
            "6. This act is drawn up in {count} copies {languages}, all of equal legal "
            "force{each}."
        ),
        "ru": (
            "6. Настоящий акт составлен в {count} экземплярах {languages}, имеющих "
            "одинаковую юридическую силу{each}."
        ),
        "kk": (
            "6. Осы акт {languages} бірдей заңдық күші бар {count} данада жасалды{each}."
        ),
        "tg": (
            "6. Санади мазкур дар {count} нусха {languages} тартиб дода шудааст, ки қувваи "
            "ҳуқуқии баробар доранд{each}."
        ),
    },
    "copies_each": {
        "en": ", one copy for each Party",
        "ru": ", по одному экземпляру для каждой из Сторон",
        "kk": ", әр Тарапқа бір данадан",
        "tg": "; ба ҳар як Тараф як нусха",
    },
    # --- signatures ---------------------------------------------------------------
    "handed_over_by": {"en": "Handed over by", "ru": "Передал", "kk": "Тапсырды", "tg": "Супорид"},
    "received_by": {"en": "Received by", "ru": "Принял", "kk": "Қабылдады", "tg": "Қабул кард"},
    "signature": {"en": "signature", "ru": "подпись", "kk": "қолы", "tg": "имзо"},
    "date": {"en": "date", "ru": "дата", "kk": "күні", "tg": "сана"},
    "seal": {"en": "L.S.", "ru": "М.П.", "kk": "М.О.", "tg": "Ҷ.М."},
    # --- page furniture -------------------------------------------------------------
    "act_label": {
        "en": "Act No. {number}",
        "ru": "Акт № {number}",
        "kk": "№ {number} акт",
        "tg": "Санади № {number}",
    },
    "draft_act": {"en": "Draft act", "ru": "Проект акта", "kk": "Акт жобасы", "tg": "Лоиҳаи санад"},
    "page": {
        "en": "Page {page} of {pages}",
        "ru": "Стр. {page} из {pages}",
        "kk": "{pages} беттің {page}-беті",
        "tg": "Саҳифаи {page} аз {pages}",
    },
    "watermark_draft": {"en": "DRAFT", "ru": "ПРОЕКТ", "kk": "ЖОБА", "tg": "ЛОИҲА"},
    "watermark_void": {"en": "VOID", "ru": "АННУЛИРОВАН", "kk": "ЖОЙЫЛДЫ", "tg": "БЕКОР ШУД"},
    "void_banner": {
        "en": "This act was voided on {date}. Reason: {reason}",
        "ru": "Акт аннулирован {date}. Причина: {reason}",
        "kk": "Акт {date} жойылды. Себебі: {reason}",
        "tg": "Санад {date} бекор карда шуд. Сабаб: {reason}",
    },
    "draft_banner": {
        "en": "Draft — not valid for signature. The act receives its number when it is finalized.",
        "ru": "Проект — не для подписания. Номер присваивается акту при его утверждении.",
        "kk": "Жоба — қол қоюға жатпайды. Нөмір акт бекітілген кезде беріледі.",
        "tg": "Лоиҳа — барои имзо нест. Рақам ҳангоми тасдиқи санад дода мешавад.",
    },
    "verification_code": {
        "en": "Verification code",
        "ru": "Код проверки",
        "kk": "Тексеру коды",
        "tg": "Рамзи санҷиш",
    },
    "content_hash": {
        "en": "Content hash (SHA-256)",
        "ru": "Контрольная сумма (SHA-256)",
        "kk": "Бақылау сомасы (SHA-256)",
        "tg": "Ҳаши мундариҷа (SHA-256)",
    },
    "qr_caption": {
        "en": "Authenticity check",
        "ru": "Проверка подлинности",
        "kk": "Түпнұсқалықты тексеру",
        "tg": "Санҷиши аслият",
    },
    # --- the collection (auditors' register) -------------------------------------------
    "register_title": {
        "en": "Register of acts of acceptance and transfer",
        "ru": "Реестр актов приема-передачи",
        "kk": "Қабылдау-тапсыру актілерінің тізілімі",
        "tg": "Феҳристи санадҳои қабулу супоридан",
    },
    "register_period": {
        "en": "Period: {date_from} – {date_to}",
        "ru": "Период: {date_from} – {date_to}",
        "kk": "Кезең: {date_from} – {date_to}",
        "tg": "Давра: {date_from} – {date_to}",
    },
    "register_summary": {
        "en": "Acts: {count}, of which void: {void}. Total of the acts in force: {usd}",
        "ru": "Актов: {count}, из них аннулировано: {void}. Итого по действующим актам: {usd}",
        "kk": "Актілер: {count}, оның ішінде жойылғаны: {void}. Күшіндегі актілер бойынша барлығы: {usd}",
        "tg": "Санадҳо: {count}, аз ҷумла бекоршуда: {void}. Ҳамагӣ аз рӯи санадҳои амалкунанда: {usd}",
    },
    "register_none": {
        "en": "No acts in this period.",
        "ru": "За этот период актов нет.",
        "kk": "Бұл кезеңде актілер жоқ.",
        "tg": "Дар ин давра санад нест.",
    },
    "col_number": {"en": "Act No.", "ru": "№ акта", "kk": "Акт №", "tg": "№ санад"},
    "col_date": {"en": "Date", "ru": "Дата", "kk": "Күні", "tg": "Сана"},
    "col_recipient": {"en": "Recipient", "ru": "Получатель", "kk": "Алушы", "tg": "Гиранда"},
    "col_total": {"en": "Total", "ru": "Сумма", "kk": "Сомасы", "tg": "Маблағ"},
    "col_currency": {"en": "Cur.", "ru": "Вал.", "kk": "Вал.", "tg": "Асъор"},
    "col_usd": {"en": "USD", "ru": "USD", "kk": "USD", "tg": "USD"},
    "col_status": {"en": "Signed", "ru": "Подписан", "kk": "Қол қойылды", "tg": "Имзо шуд"},
    "status_signed": {"en": "signed", "ru": "подписан", "kk": "қол қойылды", "tg": "имзо шуд"},
    "status_finalized": {"en": "not signed", "ru": "не подписан", "kk": "қол қойылмаған", "tg": "имзо нашудааст"},
    "status_void": {"en": "void", "ru": "аннулирован", "kk": "жойылды", "tg": "бекор шуд"},
    "status_draft": {"en": "draft", "ru": "проект", "kk": "жоба", "tg": "лоиҳа"},
}

# content version 2 words the preamble anew in Russian only; the other languages keep their wording
for _lang in ("en", "kk", "tg"):
    _T["parties_2"][_lang] = _T["parties"][_lang]

_LANGUAGE_NAMES = {
    # how each language names the act's languages in the copies clause
    "en": {"en": "English", "ru": "Russian", "kk": "Kazakh", "tg": "Tajik"},
    "ru": {"en": "английском", "ru": "русском", "kk": "казахском", "tg": "таджикском"},
    "kk": {"en": "ағылшын", "ru": "орыс", "kk": "қазақ", "tg": "тәжік"},
    "tg": {"en": "англисӣ", "ru": "русӣ", "kk": "қазоқӣ", "tg": "тоҷикӣ"},
}

_COPY_COUNTS = {
    "en": {2: "two", 3: "three", 4: "four"},
    "ru": {2: "двух", 3: "трёх", 4: "четырёх"},
    "kk": {2: "екі", 3: "үш", 4: "төрт"},
    "tg": {2: "ду", 3: "се", 4: "чор"},
}

MAX_COPIES = 4

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


_VERSION_2_KEYS = {"parties": "parties_2", "authority_first": "authority_first_2", "authority_second": "authority_second_2"}
"""Version 2 printed the preamble of these keys (the representative in the Russian genitive)."""


def _format_date(value: str | _dt.date | None, lang: str) -> str:
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if lang == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _languages_phrase(languages: tuple[str, ...], lang: str) -> str:
    names = [_LANGUAGE_NAMES[lang][code] for code in languages]
    if lang == "en":
        return "in " + " and ".join(names)
    if lang == "ru":
        return "на " + " и ".join(names) + (" языках" if len(names) > 1 else " языке")
    if lang == "kk":
        return " және ".join(names) + (" тілдерінде" if len(names) > 1 else " тілінде")
    return ("ба забонҳои " if len(names) > 1 else "ба забони ") + " ва ".join(names)


class LegacyTexts:
    """One language's words as acts of content version ``version`` (1 or 2) printed them."""

    def __init__(self, code: str, version: int) -> None:
        if code not in LANGUAGES:
            raise InputError(Problem("an act sealed in content version {version} prints in {expected}, not in {code}",
                                     params={"version": version, "expected": ", ".join(LANGUAGES), "code": code},
                                     field="lang", value=code))
        self.code, self.version = code, version

    def _key(self, key: str) -> str:
        return _VERSION_2_KEYS.get(key, key) if self.version >= 2 else key

    def template(self, key: str) -> str:
        return _T[self._key(key)][self.code]

    def text(self, key: str, **params: Any) -> str:
        template = self.template(key)
        return template.format(**params) if params else template

    def has(self, key: str) -> bool:
        return key in _T

    def format_date(self, value: str | _dt.date | None) -> str:
        return _format_date(value, self.code)

    def copies_clause(self, copies: int, languages: tuple[str, ...]) -> str:
        count = min(max(copies, 2), MAX_COPIES)
        each = self.text("copies_each") if count == 2 else ""
        return self.text("copies_clause", count=_COPY_COUNTS[self.code][count],
                         languages=_languages_phrase(languages, self.code), each=each)


def picked_as_then(value: Any, lang: str) -> str:
    """A recorded text as version 1 and 2 printed it: in ``lang``, else its neighbour (:data:`FALLBACK`), else any."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for candidate in FALLBACK.get(lang, (lang,)):
            found = value.get(candidate)
            if found:
                return str(found)
        for found in value.values():
            if found:
                return str(found)
        return ""
    return str(value)


def _is_recorded_text(value: Mapping[str, Any]) -> bool:
    return bool(value) and set(value) <= set(LANGUAGES) and all(isinstance(v, str) for v in value.values())


def filled_as_then(value: Any, langs: tuple[str, ...]) -> Any:
    """``value`` (an act's content) with every recorded text (an object keyed by language) given the text of each of
    ``langs`` that version 1 and 2 printed for it, so the strict choice of today prints those acts as they printed."""
    if isinstance(value, Mapping):
        if _is_recorded_text(value):
            return {**value, **{lang: picked_as_then(value, lang) for lang in langs}}
        return {key: filled_as_then(item, langs) for key, item in value.items()}
    if isinstance(value, list):
        return [filled_as_then(item, langs) for item in value]
    return value


_NUM2WORDS_LANG = {"en": "en", "ru": "ru", "kk": "kz", "tg": "tg"}
"""The number words acts of version 1 and 2 printed: num2words' own, in these four languages."""


def amount_in_words_as_then(minor: int, currency_code: str, lang: str) -> str:
    """The amount in words as an act of version 1 or 2 printed it: num2words' number words (Tajik «яксаду», where
    today's words say «саду»), the unit names of :mod:`equipment_desk.core.words`, which have not changed for these
    four languages."""
    from num2words import num2words

    from equipment_desk.core.money import currency
    from equipment_desk.core.words import amount_in_words, currency_name

    amount_in_words(minor, currency_code, lang)  # the same checks of the amount, currency and language
    cur = currency(currency_code)
    major, rest = divmod(minor, cur.minor_factor)
    words = num2words(major, lang=_NUM2WORDS_LANG[lang])
    digits = f"{rest:0{cur.minor_digits}d}"
    joiner = " and " if lang == "en" else " "
    text = f"{words} {currency_name(currency_code, lang, major)}{joiner}{digits} {currency_name(currency_code, lang, rest, minor=True)}"
    return text[:1].upper() + text[1:]
