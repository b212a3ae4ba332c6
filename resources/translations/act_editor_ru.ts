<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActEditorDialog</name>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>The date printed on the act</source>
        <translation>Дата, которая печатается в акте</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation>Языки акта:</translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation>Передача:</translation>
    </message>
    <message>
        <source>Choose the programme</source>
        <translation>Выберите программу</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Type to search institutions</source>
        <translation>Начните вводить название учреждения</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Учреждение:</translation>
    </message>
    <message>
        <source>Choose who signs</source>
        <translation>Выберите, кто подписывает</translation>
    </message>
    <message>
        <source>Represented by:</source>
        <translation>В лице:</translation>
    </message>
    <message>
        <source>Transferring party</source>
        <translation>Передающая сторона</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Acting under:</source>
        <translation>Действует на основании:</translation>
    </message>
    <message>
        <source>Goods and basis</source>
        <translation>Имущество и основание</translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation>Имущество:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Agreement or memorandum and its date, the recipient&apos;s request letter</source>
        <translation>Соглашение или меморандум и его дата, письмо-запрос получателя</translation>
    </message>
    <message>
        <source>Currency and exchange rate</source>
        <translation>Валюта и обменный курс</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>e.g. 68.8395</source>
        <translation>например, 68,8395</translation>
    </message>
    <message>
        <source>1 USD</source>
        <translation>1 долл. США</translation>
    </message>
    <message>
        <source>100 USD</source>
        <translation>100 долл. США</translation>
    </message>
    <message>
        <source>in Latin, as in the passport</source>
        <translation>латиницей, как в паспорте</translation>
    </message>
    <message>
        <source>in Cyrillic</source>
        <translation>кириллицей</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>man</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Title after «в лице»:</source>
        <translation>Должность после «в лице»:</translation>
    </message>
    <message>
        <source>Name after «в лице»:</source>
        <translation>ФИО после «в лице»:</translation>
    </message>
    <message>
        <source>The Russian genitive the act&apos;s preamble prints; suggested, correct it if needed</source>
        <translation>Родительный падеж для преамбулы акта; предложен программой, при необходимости исправьте</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Курс:</translation>
    </message>
    <message>
        <source>Kind of rate:</source>
        <translation>Вид курса:</translation>
    </message>
    <message>
        <source>e.g. UN Treasury</source>
        <translation>например, Казначейство ООН</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>in Russian; filled for a listed source</source>
        <translation>по-русски; для источника из списка заполняется сам</translation>
    </message>
    <message>
        <source>Source (Russian):</source>
        <translation>Источник (по-русски):</translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation>Действует с:</translation>
    </message>
    <message>
        <source>An act in US dollars needs no exchange rate.</source>
        <translation>Для акта в долларах США курс не нужен.</translation>
    </message>
    <message>
        <source>NBKR, National Bank of the Kyrgyz Republic</source>
        <translation>НБКР, Национальный банк Кыргызской Республики</translation>
    </message>
    <message>
        <source>CBU, Central Bank of the Republic of Uzbekistan</source>
        <translation>ЦБ РУз, Центральный банк Республики Узбекистан</translation>
    </message>
    <message>
        <source>NBK, National Bank of the Republic of Kazakhstan</source>
        <translation>НБРК, Национальный Банк Республики Казахстан</translation>
    </message>
    <message>
        <source>NBT, National Bank of Tajikistan</source>
        <translation>НБТ, Национальный банк Таджикистана</translation>
    </message>
    <message>
        <source>CBT, Central Bank of Turkmenistan</source>
        <translation>ЦБТ, Центральный банк Туркменистана</translation>
    </message>
    <message>
        <source>National bank rate (optional)</source>
        <translation>Курс национального банка (необязательно)</translation>
    </message>
    <message>
        <source>A second rate printed on the act for the recipient&apos;s books; the amounts in USD use the rate above</source>
        <translation>Второй курс, печатается в акте для учёта у получателя; суммы в долларах США считаются по курсу выше</translation>
    </message>
    <message>
        <source>e.g. 69.8500</source>
        <translation>например, 69,8500</translation>
    </message>
    <message>
        <source>National rate:</source>
        <translation>Курс нацбанка:</translation>
    </message>
    <message>
        <source>Choose the national bank</source>
        <translation>Выбрать национальный банк</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>in Russian; filled for a listed bank</source>
        <translation>по-русски; для банка из списка заполняется сам</translation>
    </message>
    <message>
        <source>Bank (Russian):</source>
        <translation>Банк (по-русски):</translation>
    </message>
    <message>
        <source>The day the national bank&apos;s rate applies from</source>
        <translation>День, с которого действует курс национального банка</translation>
    </message>
    <message>
        <source>Recipients often keep their books at the national bank&apos;s official rate: NBKR (Kyrgyzstan) and CBU (Uzbekistan) set daily rates effective the next day; NBK (Kazakhstan) applies the exchange average of the next working day and quotes some currencies per 100 units; NBT (Tajikistan) sets a daily rate; CBT (Turkmenistan) has kept 3.50 TMT per USD since 2015.</source>
        <translation>Получатели часто ведут учёт по официальному курсу национального банка: НБКР (Кыргызстан) и ЦБ РУз (Узбекистан) устанавливают курс ежедневно, он действует со следующего дня; НБРК (Казахстан) применяет средний биржевой курс следующего рабочего дня и для некоторых валют указывает курс за 100 единиц; НБТ (Таджикистан) устанавливает курс ежедневно; ЦБТ (Туркменистан) с 2015 года держит 3,50 TMT за 1 USD.</translation>
    </message>
    <message>
        <source>Items handed over</source>
        <translation>Передаваемое имущество</translation>
    </message>
    <message>
        <source>Add items…</source>
        <translation>Добавить имущество…</translation>
    </message>
    <message>
        <source>Choose items in stock: search, filter, tick many at once</source>
        <translation>Выбор имущества на складе: поиск, фильтры, отметка многих позиций сразу</translation>
    </message>
    <message>
        <source>Remove selected lines</source>
        <translation>Удалить выбранные строки</translation>
    </message>
    <message>
        <source>Double-click a quantity or unit price to change it. Line changes are saved at once.</source>
        <translation>Дважды щёлкните количество или цену, чтобы изменить. Изменения строк сохраняются сразу.</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Add photo or document…</source>
        <translation>Добавить фото или документ…</translation>
    </message>
    <message>
        <source>Keep a photo, a warranty or another document (PDF, JPG or PNG) with the act</source>
        <translation>Сохранить вместе с актом фотографию, гарантийный талон или другой документ (PDF, JPG или PNG)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Утвердить…</translation>
    </message>
    <message>
        <source>Mark as signed…</source>
        <translation>Отметить подписание…</translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation>Приложить скан…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>(no longer signs)</source>
        <translation>(больше не подписывает)</translation>
    </message>
    <message>
        <source>act %1</source>
        <translation>актом %1</translation>
    </message>
    <message>
        <source>this draft act</source>
        <translation>этим проектом акта</translation>
    </message>
    <message>
        <source>Acting under: %1</source>
        <translation>Действует на основании: %1</translation>
    </message>
    <message>
        <source>The rate %1.</source>
        <translation>Курс: %1.</translation>
    </message>
    <message>
        <source>%1 for</source>
        <translation>%1 за</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>The national bank</source>
        <translation>Национальный банк</translation>
    </message>
    <message>
        <source>Act %1</source>
        <translation>Акт %1</translation>
    </message>
    <message>
        <source>Draft act %1</source>
        <translation>Проект акта %1</translation>
    </message>
    <message>
        <source>Draft — the act gets its number when it is finalized.</source>
        <translation>Проект — номер присваивается акту при утверждении.</translation>
    </message>
    <message>
        <source>Finalized — %1. Print it, have it signed and stamped, then record it as signed.</source>
        <translation>Утверждён — %1. Распечатайте, подпишите и заверьте печатями, затем отметьте подписание.</translation>
    </message>
    <message>
        <source>Finalized — %1. Signed on %2.</source>
        <translation>Утверждён — %1. Подписан %2.</translation>
    </message>
    <message>
        <source>The signed scan is not attached yet.</source>
        <translation>Скан подписанного акта ещё не приложен.</translation>
    </message>
    <message>
        <source>Void — %1. Reason: %2</source>
        <translation>Аннулирован — %1. Причина: %2</translation>
    </message>
    <message>
        <source>Total: %1 (quantity %2)</source>
        <translation>Итого: %1 (количество %2)</translation>
    </message>
    <message>
        <source>In words (%1): %2</source>
        <translation>Прописью (%1): %2</translation>
    </message>
    <message>
        <source>Save to convert the prices to %1.</source>
        <translation>Сохраните, чтобы пересчитать цены в %1.</translation>
    </message>
    <message>
        <source>In USD: enter the exchange rate</source>
        <translation>В долларах США: введите курс</translation>
    </message>
    <message>
        <source>In USD: %1 at %2 %3 for %4 USD</source>
        <translation>В долларах США: %1 по курсу %2 %3 за %4 долл. США</translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation>Готовится акт…</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>Просмотр — %1</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>На принтер отправлено страниц: %1.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <source>The act was not printed: %1. Check the printer and try again.</source>
        <translation>Акт не напечатан: %1. Проверьте принтер и попробуйте снова.</translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation>Сохранить акт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Choose the signed scan</source>
        <translation>Выберите скан подписанного акта</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The act has changes that are not saved. Save them?</source>
        <translation>В акте есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ActLinesModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Марка и модель</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Серийный №</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>At most %1 can be handed over</source>
        <translation>Можно передать не более %1</translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation>Количество должно быть целым числом.</translation>
    </message>
    <message>
        <source>Line %1: the quantity must be from 1 to %2, the quantity still available.</source>
        <translation>Строка %1: количество должно быть от 1 до %2 — столько ещё есть в наличии.</translation>
    </message>
    <message>
        <source>Line %1: the unit price %2.</source>
        <translation>Строка %1: цена — %2.</translation>
    </message>
</context>
<context>
    <name>ActWords</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>Утверждён</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Ownership passes to the recipient</source>
        <translation>В собственность получателя</translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation>Только во временное пользование</translation>
    </message>
    <message>
        <source>UN operational rate of exchange</source>
        <translation>Операционный обменный курс ООН</translation>
    </message>
    <message>
        <source>National bank rate</source>
        <translation>Курс национального банка</translation>
    </message>
    <message>
        <source>Other rate</source>
        <translation>Другой курс</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Kyrgyz som</source>
        <translation>кыргызский сом</translation>
    </message>
    <message>
        <source>Uzbek sum</source>
        <translation>узбекский сум</translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <translation>казахстанский тенге</translation>
    </message>
    <message>
        <source>Tajik somoni</source>
        <translation>таджикский сомони</translation>
    </message>
    <message>
        <source>Turkmen manat</source>
        <translation>туркменский манат</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>доллар США</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>евро</translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation>Компьютеры и ИТ</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation>Медицинское оборудование</translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <translation>Эндоскопы</translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation>Офисное оборудование</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Скан подписанного акта</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Warranty or technical documents</source>
        <translation>Гарантийный талон или техническая документация</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation>Добавил(а) %1, %2</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Дважды щёлкните, чтобы открыть</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <source>Add photo or document</source>
        <translation>Добавить фото или документ</translation>
    </message>
    <message>
        <source>Keep a photo, a warranty or another document with %1. The file is copied into the database; it can be opened from there at any time.</source>
        <translation>Сохраните вместе с %1 фотографию, гарантийный талон или другой документ. Файл копируется в базу данных, и его можно открыть оттуда в любое время.</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>этой записью</translation>
    </message>
    <message>
        <source>PDF, JPG or PNG file</source>
        <translation>Файл PDF, JPG или PNG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Что это:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Choose a photo or document</source>
        <translation>Выберите фотографию или документ</translation>
    </message>
    <message>
        <source>Photos and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Фотографии и документы (*.pdf *.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the file to add.</source>
        <translation>Выберите файл, который нужно добавить.</translation>
    </message>
    <message>
        <source>The file was not found: %1</source>
        <translation>Файл не найден: %1</translation>
    </message>
    <message>
        <source>Only PDF, JPG and PNG files can be added.</source>
        <translation>Добавить можно только файлы PDF, JPG и PNG.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Это изображение не удаётся показать.</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <source>in English</source>
        <translation>на английском</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize act</source>
        <translation>Утверждение акта</translation>
    </message>
    <message>
        <source>Finalizing gives the act its number and freezes its content. Afterwards the act can be printed, recorded as signed or voided, but not changed.</source>
        <translation>При утверждении акт получает номер, а его содержание фиксируется. После этого акт можно печатать, отметить подписание или аннулировать, но не изменить.</translation>
    </message>
    <message>
        <source>The act will be numbered:</source>
        <translation>Акту будет присвоен номер:</translation>
    </message>
    <message>
        <source>Before the act can be finalized:</source>
        <translation>Прежде чем утвердить акт, исправьте:</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Утвердить</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Add items to the act</source>
        <translation>Добавление имущества в акт</translation>
    </message>
    <message>
        <source>Search by name, model, serial or inventory number</source>
        <translation>Поиск по наименованию, модели, серийному или инвентарному номеру</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>Tick or untick the selected rows</source>
        <translation>Отметить или снять отметку с выбранных строк</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Отметить все показанные</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Снять все отметки</translation>
    </message>
    <message>
        <source>Tick by serial numbers…</source>
        <translation>Отметить по серийным номерам…</translation>
    </message>
    <message>
        <source>Add to act</source>
        <translation>Добавить в акт</translation>
    </message>
    <message>
        <source>%1 of %2 items shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>Ticked: %1 items, quantity %2</source>
        <translation>Отмечено позиций: %1, количество: %2</translation>
    </message>
    <message>
        <source>Tick the items to hand over (Space or double-click ticks a row).</source>
        <translation>Отметьте передаваемое имущество (пробел или двойной щелчок отмечает строку).</translation>
    </message>
    <message>
        <source>%1 ticked; not found among the items in stock: %2</source>
        <translation>Отмечено: %1; не найдены среди имущества на складе: %2</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>there is nothing to print</source>
        <translation>печатать нечего</translation>
    </message>
    <message>
        <source>the chosen pages are not in the document</source>
        <translation>выбранных страниц нет в документе</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>не удалось запустить печать</translation>
    </message>
    <message>
        <source>the printer stopped in the middle of the job</source>
        <translation>принтер остановился посреди задания</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>{page} · copy {copy} of {copies}</source>
        <translation>{page} · экземпляр {copy} из {copies}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
    <message>
        <source>The document was not printed: %1. Check that the printer is on and has paper, then try again.</source>
        <translation>Документ не напечатан: %1. Проверьте, что принтер включён и в нём есть бумага, и попробуйте снова.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
</context>
<context>
    <name>SerialListDialog</name>
    <message>
        <source>Tick by serial numbers</source>
        <translation>Отметить по серийным номерам</translation>
    </message>
    <message>
        <source>Paste serial or inventory numbers, one per line (commas and spaces also separate them):</source>
        <translation>Вставьте серийные или инвентарные номера, по одному в строке (можно также через запятую или пробел):</translation>
    </message>
    <message>
        <source>Tick these</source>
        <translation>Отметить</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Record as signed</source>
        <translation>Отметить подписание</translation>
    </message>
    <message>
        <source>Record that act %1 came back signed and stamped by both parties, and keep its scanned copy with it.</source>
        <translation>Отметьте, что акт %1 подписан и заверен печатями обеих сторон, и приложите его скан.</translation>
    </message>
    <message>
        <source>PDF, JPG or PNG file</source>
        <translation>Файл PDF, JPG или PNG</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Without a scan the act is still recorded as signed; the scan can be attached later.</source>
        <translation>Без скана акт тоже будет отмечен как подписанный; скан можно приложить позже.</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <source>Scanned copy:</source>
        <translation>Скан:</translation>
    </message>
    <message>
        <source>Choose the scanned copy</source>
        <translation>Выберите скан</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The scanned copy was not found: %1</source>
        <translation>Скан не найден: %1</translation>
    </message>
    <message>
        <source>The scanned copy must be a PDF, JPG or PNG file.</source>
        <translation>Скан должен быть файлом PDF, JPG или PNG.</translation>
    </message>
    <message>
        <source>The signing date cannot be before the act&apos;s date.</source>
        <translation>Дата подписания не может быть раньше даты акта.</translation>
    </message>
</context>
<context>
    <name>StockItemsModel</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Серийный №</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <translation>Инвентарный №</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void act</source>
        <translation>Аннулировать акт</translation>
    </message>
    <message>
        <source>Act %1 will be marked void. It stays in the register with its number, which is never given to another act. This cannot be undone.</source>
        <translation>Акт %1 будет аннулирован. Он останется в реестре со своим номером, который не будет присвоен другому акту. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Причина (обязательно):</translation>
    </message>
    <message>
        <source>e.g. wrong recipient; replaced by a new act</source>
        <translation>например, ошибка в получателе; заменён новым актом</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>enter the national bank&apos;s rate, or clear its bank and date</source>
        <translation>введите курс национального банка или очистите поля банка и даты</translation>
    </message>
</context>
</TS>
