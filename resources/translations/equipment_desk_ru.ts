<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>ActEditorDialog</name>
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
        <translation>Проект — номер присваивается акту при оформлении.</translation>
    </message>
    <message>
        <source>Finalized — %1. Print it, have it signed and stamped, then record it as signed.</source>
        <translation>Оформлен — %1. Распечатайте, подпишите и заверьте печатями, затем отметьте подписание.</translation>
    </message>
    <message>
        <source>Finalized — %1. Signed on %2.</source>
        <translation>Оформлен — %1. Подписан %2.</translation>
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
        <source>In words, %1: %2</source>
        <translation>Прописью, %1: %2</translation>
    </message>
    <message>
        <source>In words (%1): %2</source>
        <translation type="vanished">Прописью (%1): %2</translation>
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
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The act has changes that are not saved. Save them?</source>
        <translation>В акте есть несохранённые изменения. Сохранить их?</translation>
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
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
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
        <source>Choose the signed scan</source>
        <translation>Выберите скан подписанного акта</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>No name yet, %1: add it to the record, or the act cannot be finalized.</source>
        <translation>Нет названия, %1: добавьте его в запись, иначе акт не оформить.</translation>
    </message>
    <message>
        <source>No name (%1) yet: add it to the record, or the act cannot be finalized.</source>
        <translation type="vanished">Нет названия (%1): добавьте его в запись, иначе акт не оформить.</translation>
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
        <source>Title:</source>
        <translation>Должность:</translation>
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
        <translation type="vanished">Источник (по-русски):</translation>
    </message>
    <message>
        <source>Source (act&apos;s language):</source>
        <translation type="vanished">Источник (язык акта):</translation>
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
        <translation type="vanished">Банк (по-русски):</translation>
    </message>
    <message>
        <source>Bank (act&apos;s language):</source>
        <translation type="vanished">Банк (язык акта):</translation>
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
        <translation>Оформить…</translation>
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
        <source>Replace scan…</source>
        <translation>Заменить скан…</translation>
    </message>
    <message>
        <source>Replace a wrong or unreadable signed scan; the current one is kept and the reason recorded</source>
        <translation>Заменить ошибочный или нечитаемый подписанный скан; текущий сохраняется, причина записывается в журнал</translation>
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
        <translation type="vanished">Проект</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="vanished">Утверждён</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Подписан</translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="vanished">Аннулирован</translation>
    </message>
    <message>
        <source>Ownership passes to the recipient</source>
        <translation type="vanished">В собственность получателя</translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation type="vanished">Только во временное пользование</translation>
    </message>
    <message>
        <source>UN operational rate of exchange</source>
        <translation type="vanished">Операционный обменный курс ООН</translation>
    </message>
    <message>
        <source>National bank rate</source>
        <translation type="vanished">Курс национального банка</translation>
    </message>
    <message>
        <source>Other rate</source>
        <translation type="vanished">Другой курс</translation>
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
        <source>Kyrgyz</source>
        <translation>кыргызский</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>таджикский</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>узбекский</translation>
    </message>
    <message>
        <source>Uzbek (Cyrillic)</source>
        <translation>узбекский (кириллица)</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>туркменский</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="vanished">%1 и %2</translation>
    </message>
    <message>
        <source>Kyrgyz som</source>
        <translation type="vanished">кыргызский сом</translation>
    </message>
    <message>
        <source>Uzbek sum</source>
        <translation type="vanished">узбекский сум</translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <translation type="vanished">казахстанский тенге</translation>
    </message>
    <message>
        <source>Tajik somoni</source>
        <translation type="vanished">таджикский сомони</translation>
    </message>
    <message>
        <source>Turkmen manat</source>
        <translation type="vanished">туркменский манат</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation type="vanished">доллар США</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="vanished">евро</translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation type="vanished">Компьютеры и ИТ</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation type="vanished">Медицинское оборудование</translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <translation type="vanished">Эндоскопы</translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation type="vanished">Офисное оборудование</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="vanished">Транспорт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Прочее</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation type="vanished">Скан подписанного акта</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="vanished">Фотография</translation>
    </message>
    <message>
        <source>Warranty or technical documents</source>
        <translation type="vanished">Гарантийный талон или техническая документация</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="vanished">Другой документ</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="vanished">Гарантия</translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="vanished">Документ</translation>
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
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Сменить папку…</translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation>Сколько копий хранить:</translation>
    </message>
    <message>
        <source>backups (older ones are deleted after each new backup)</source>
        <translation>(более старые удаляются после каждой новой копии)</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Создана (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Повод</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Восстановить выбранную копию…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation>Резервные копии хранятся в папке %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>on exit</source>
        <translation>при закрытии программы</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>ежедневная</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>перед обновлением</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>перед восстановлением</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Создание резервной копии…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Восстановить эту копию?</translation>
    </message>
    <message>
        <source>The backup is intact: {acts}, {items}, {institutions}.

The database will be replaced by it. A copy of the current database is kept in the backup folder first.</source>
        <translation>Резервная копия цела: {acts}, {items}, {institutions}.

База данных будет заменена ею. Копия текущей базы сначала сохраняется в папке резервных копий.</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n акт</numerusform>
            <numerusform>%n акта</numerusform>
            <numerusform>%n актов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n единица имущества</numerusform>
            <numerusform>%n единицы имущества</numerusform>
            <numerusform>%n единиц имущества</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n учреждение</numerusform>
            <numerusform>%n учреждения</numerusform>
            <numerusform>%n учреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Восстановление из %1…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Проверка резервной копии…</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing handed over in this period</source>
        <translation>За этот период ничего не передано</translation>
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
    <name>ChangesModel</name>
    <message>
        <source>What</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>add</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>update</source>
        <translation>обновление</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>donor</source>
        <translation>донор</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>подписант</translation>
    </message>
    <message>
        <source>item</source>
        <translation>позиция имущества</translation>
    </message>
    <message>
        <source>act</source>
        <translation>акт</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Equipment Desk: unexpected error</source>
        <translation>Equipment Desk: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Equipment Desk did not expect. Your data is safe: an unfinished change is never saved halfway. You can go on working; if it happens again, send the details and the log file to your IT focal point.</source>
        <translation>В Equipment Desk произошла непредвиденная ошибка. Ваши данные в сохранности: незавершённое изменение никогда не записывается наполовину. Можно продолжать работу; если ошибка повторится, отправьте подробности и файл журнала ответственному за ИТ.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation>Файл журнала не ведётся.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
</context>
<context>
    <name>DonorForm</name>
    <message>
        <source>New donor</source>
        <translation>Новый донор</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation>Название, %1</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished">Название (%1)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>DonorReportDialog</name>
    <message>
        <source>Donor report</source>
        <translation>Отчёт для донора</translation>
    </message>
    <message>
        <source>Programme %1 — %2</source>
        <translation>Программа %1 — %2</translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translation>Донор: %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Append every act</source>
        <translation>Приложить все акты</translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation>Отчёт по:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Save the donor report</source>
        <translation>Сохранить отчёт для донора</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the donor report…</source>
        <translation>Формирование отчёта для донора…</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize act</source>
        <translation>Оформление акта</translation>
    </message>
    <message>
        <source>Finalizing gives the act its number and freezes its content. Afterwards the act can be printed, recorded as signed or voided, but not changed.</source>
        <translation>При оформлении акт получает номер, а его содержание фиксируется. После этого акт можно печатать, отметить подписание или аннулировать, но не изменить.</translation>
    </message>
    <message>
        <source>The act will be numbered:</source>
        <translation>Акту будет присвоен номер:</translation>
    </message>
    <message>
        <source>Before the act can be finalized:</source>
        <translation>Прежде чем оформить акт, исправьте:</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Оформить</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Equipment Desk — user guide</source>
        <translation>Equipment Desk — руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({file}).</source>
        <translation>Руководство пользователя не установлено ({file}).</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel or CSV</source>
        <translation>Импорт из Excel или CSV</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Items (equipment)</source>
        <translation>Имущество (оборудование)</translation>
    </message>
    <message>
        <source>Institutions with their signatories</source>
        <translation>Учреждения вместе с подписантами</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file</source>
        <translation>Файл .xlsx или .csv</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>Что импортировать:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>The first sheet is read. Column titles may be in English or Russian; the next step shows how they were understood.</source>
        <translation>Читается первый лист. Заголовки столбцов могут быть на английском или на русском; на следующем шаге видно, как они распознаны.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Таблицы (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>These columns are read as they were for the last file with the same titles.</source>
        <translation>Столбцы прочитаны так же, как в прошлом файле с такими же заголовками.</translation>
    </message>
    <message>
        <source>Guess the columns again</source>
        <translation>Определить столбцы заново</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Читать как</translation>
    </message>
    <message>
        <source>For rows that leave these empty</source>
        <translation>Для строк, где эти значения не заполнены</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>e.g. KG</source>
        <translation>например, KG</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Программа:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Not given: refuse dates that could be read two ways</source>
        <translation>Не указан: даты, которые можно прочитать двояко, не принимаются</translation>
    </message>
    <message>
        <source>Day first: 15/02/18</source>
        <translation>Сначала день: 15/02/18</translation>
    </message>
    <message>
        <source>Month first: 02/15/18</source>
        <translation>Сначала месяц: 02/15/18</translation>
    </message>
    <message>
        <source>Year first: 2018/02/15</source>
        <translation>Сначала год: 2018/02/15</translation>
    </message>
    <message>
        <source>Dates such as 01/02/18:</source>
        <translation>Даты вида 01/02/18:</translation>
    </message>
    <message>
        <source>The file&apos;s categories</source>
        <translation>Категории в файле</translation>
    </message>
    <message>
        <source>Say once which category each word of the file is; the office&apos;s words are kept for the next import.</source>
        <translation>Укажите один раз, какой категории соответствует каждое слово файла; слова офиса сохранятся для следующего импорта.</translation>
    </message>
    <message>
        <source>Word in the file</source>
        <translation>Слово в файле</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Titles found on row %1 of %2. Check how each column will be read; choose another field or “ignore” where the guess is wrong.</source>
        <translation>Заголовки найдены в строке %1 файла %2. Проверьте, как будет прочитан каждый столбец; где программа ошиблась, выберите другое поле или «не импортировать».</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(не импортировать)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation>Показывать только строки с ошибками</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready. Nothing has been written yet: press Import to add them all.</source>
        <translation>
            <numerusform>%n строка готова. Пока ничего не записано: нажмите «Импорт», чтобы добавить всё.</numerusform>
            <numerusform>%n строки готовы. Пока ничего не записано: нажмите «Импорт», чтобы добавить все.</numerusform>
            <numerusform>%n строк готовы. Пока ничего не записано: нажмите «Импорт», чтобы добавить все.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n учреждение</numerusform>
            <numerusform>%n учреждения</numerusform>
            <numerusform>%n учреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n подписант</numerusform>
            <numerusform>%n подписанта</numerusform>
            <numerusform>%n подписантов</numerusform>
        </translation>
    </message>
    <message>
        <source>{bad} of {rows} have problems; {problems} in all. Correct the file (or the columns) and check again: nothing is imported until every row is right.</source>
        <translation>С ошибками {bad} из {rows}; всего {problems}. Исправьте файл (или столбцы) и проверьте снова: ничего не импортируется, пока все строки не будут верны.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, in the last column of the table.</source>
        <translation>
            <numerusform>…и ещё %n — в последнем столбце таблицы.</numerusform>
            <numerusform>…и ещё %n — в последнем столбце таблицы.</numerusform>
            <numerusform>…и ещё %n — в последнем столбце таблицы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {file}.</source>
        <translation>
            <numerusform>Из {file} импортирована %n запись.</numerusform>
            <numerusform>Из {file} импортированы %n записи.</numerusform>
            <numerusform>Из {file} импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n signatory(ies).</source>
        <translation>
            <numerusform>С %n подписантом.</numerusform>
            <numerusform>С %n подписантами.</numerusform>
            <numerusform>С %n подписантами.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported as it is. Correct it, or go back and choose the missing column or a value for rows that leave it empty, then check again.</source>
        <translation>Файл нельзя импортировать в таком виде. Исправьте его или вернитесь назад и выберите недостающий столбец либо значение для строк, где он не заполнен, затем проверьте снова.</translation>
    </message>
    <message>
        <source>Check rows &gt;</source>
        <translation>Проверить строки &gt;</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение файла %1…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Проверка всех строк…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Импорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>What imports remember…</source>
        <translation>Что запоминает импорт…</translation>
    </message>
    <message>
        <source>The office&apos;s category words, and the column mappings kept for earlier files</source>
        <translation>Слова категорий офиса и сопоставления столбцов, запомненные для прежних файлов</translation>
    </message>
    <message>
        <source>The office&apos;s words…</source>
        <translation>Слова офиса…</translation>
    </message>
    <message>
        <source>The category %1 (rows %2) is none of the program&apos;s categories: go back and choose which it is under “The file&apos;s categories”; the office keeps the word for the next import.</source>
        <translation>Категория %1 (строки %2) не из категорий программы: вернитесь назад и выберите, какая это категория, в списке «Категории в файле»; офис запомнит это слово для следующего импорта.</translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>New institution</source>
        <translation>Новое учреждение</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation>Название, %1</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished">Название (%1)</translation>
    </message>
    <message>
        <source>Choose the country</source>
        <translation>Выберите страну</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>Город (англ.)</translation>
    </message>
    <message>
        <source>City (Russian)</source>
        <translation>Город (рус.)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Signatories (who signs acts for the institution)</source>
        <translation>Подписанты (кто подписывает акты от учреждения)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Signs acts</source>
        <translation>Подписывает акты</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>{name} has signed acts, so the record is kept. Untick “still signs for the institution” instead.</source>
        <translation>{name} подписывал(а) акты, поэтому запись сохраняется. Вместо удаления снимите отметку «по-прежнему подписывает от учреждения».</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>New item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>Written off items are no longer offered for handover acts</source>
        <translation>Списанное имущество больше не предлагается для актов приёма-передачи</translation>
    </message>
    <message>
        <source>Written off:</source>
        <translation>Списано:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Наименование (англ.)</translation>
    </message>
    <message>
        <source>e.g. Desktop computer with monitor</source>
        <translation>например, Desktop computer with monitor</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Наименование (рус.)</translation>
    </message>
    <message>
        <source>as the act prints it in Russian</source>
        <translation>как акт печатает его по-русски</translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation>Наименование, %1</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished">Наименование (%1)</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Марка и модель</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата приобретения</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(без программы)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>The item is on a finalized act, so its value and currency can no longer change.</source>
        <translation>Позиция включена в оформленный акт, поэтому её стоимость и валюту изменить уже нельзя.</translation>
    </message>
    <message>
        <source>{count} already handed over; the quantity cannot be less.</source>
        <translation>Уже передано {count}; количество не может быть меньше.</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Фотографии и документы</translation>
    </message>
    <message>
        <source>No photos or documents yet.</source>
        <translation>Фотографий и документов пока нет.</translation>
    </message>
    <message>
        <source>Add photo or document…</source>
        <translation>Добавить фото или документ…</translation>
    </message>
    <message>
        <source>A photo, the warranty or another document (PDF, JPG or PNG); kept at once</source>
        <translation>Фотография, гарантийный талон или другой документ (PDF, JPG или PNG); сохраняется сразу</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>the item “%1”</source>
        <translation>позицией «%1»</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>этой позицией</translation>
    </message>
    <message>
        <source>Seen together: %1</source>
        <translation>Встречалось вместе: %1</translation>
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
    <name>LanguagePairField</name>
    <message>
        <source>The language of the act&apos;s left column</source>
        <translation>Язык левой колонки акта</translation>
    </message>
    <message>
        <source>The language of the act&apos;s right column</source>
        <translation>Язык правой колонки акта</translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation>Поменять колонки местами</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Nothing handed over in this period</source>
        <translation>За этот период ничего не передано</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation>Все программы</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Все годы</translation>
    </message>
    <message>
        <source>Search: act number, recipient, programme, item, serial or inventory number… (Ctrl+F)</source>
        <translation>Поиск: номер акта, получатель, программа, наименование, серийный или инвентарный номер… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search: name, model, serial or inventory number, programme… (Ctrl+F)</source>
        <translation>Поиск: наименование, модель, серийный или инвентарный номер, программа… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search: name, city, address, contact person or signatory… (Ctrl+F)</source>
        <translation>Поиск: название, город, адрес, контактное лицо или подписант… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search: code, name, sub-programme or donor… (Ctrl+F)</source>
        <translation>Поиск: код, название, подпрограмма или донор… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search: name, short name or country… (Ctrl+F)</source>
        <translation>Поиск: название, краткое название или страна… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
        <translation>Поиск… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>Подогнать ширину столбцов</translation>
    </message>
    <message>
        <source>Restore the standard columns</source>
        <translation>Вернуть стандартные столбцы</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match</source>
        <translation>
            <numerusform>найдена %n запись</numerusform>
            <numerusform>найдено %n записи</numerusform>
            <numerusform>найдено %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Equipment Desk</source>
        <translation>Equipment Desk</translation>
    </message>
    <message>
        <source>Handover acts</source>
        <translation>Акты приёма-передачи</translation>
    </message>
    <message>
        <source>Items (stock)</source>
        <translation>Имущество (склад)</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Programmes &amp; donors</source>
        <translation>Программы и доноры</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Print act…</source>
        <translation>Печать акта…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <source>New donor</source>
        <translation>Новый донор</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Import from Excel/CSV…</source>
        <translation>Импорт из Excel/CSV…</translation>
    </message>
    <message>
        <source>Add items, institutions, programmes or donors from a spreadsheet</source>
        <translation>Добавить имущество, учреждения, программы или доноров из таблицы</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Write the whole list of this section to an Excel or CSV file</source>
        <translation>Записать весь список этого раздела в файл Excel или CSV</translation>
    </message>
    <message>
        <source>Export act register…</source>
        <translation>Экспорт реестра актов…</translation>
    </message>
    <message>
        <source>Export lines of all acts…</source>
        <translation>Экспорт строк всех актов…</translation>
    </message>
    <message>
        <source>Exchange with another office…</source>
        <translation>Обмен данными с другим офисом…</translation>
    </message>
    <message>
        <source>Send your records to another laptop, or merge what another office sent</source>
        <translation>Отправить свои записи на другой ноутбук или объединить записи, присланные другим офисом</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Резервные копии…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>About Equipment Desk</source>
        <translation>О программе Equipment Desk</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Открыть папку с данными</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>New act</source>
        <translation>Новый акт</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новая позиция</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Новое учреждение</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(в памяти)</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n акт</numerusform>
            <numerusform>%n акта</numerusform>
            <numerusform>%n актов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n позиция</numerusform>
            <numerusform>%n позиции</numerusform>
            <numerusform>%n позиций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n учреждение</numerusform>
            <numerusform>%n учреждения</numerusform>
            <numerusform>%n учреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n программа</numerusform>
            <numerusform>%n программы</numerusform>
            <numerusform>%n программ</numerusform>
        </translation>
    </message>
    <message>
        <source>handed over: {amounts}</source>
        <translation>передано: {amounts}</translation>
    </message>
    <message>
        <source>≈ {usd}</source>
        <translation>≈ {usd}</translation>
    </message>
    <message>
        <source>Select an item to see its details and the acts it went out on.</source>
        <translation>Выберите позицию, чтобы увидеть сведения о ней и акты, по которым она передана.</translation>
    </message>
    <message>
        <source>Serial No. {value}</source>
        <translation>Сер. № {value}</translation>
    </message>
    <message>
        <source>Inventory No. {value}</source>
        <translation>Инв. № {value}</translation>
    </message>
    <message>
        <source>Handed over {handed} of {quantity}; {available} available</source>
        <translation>Передано {handed} из {quantity}; в наличии {available}</translation>
    </message>
    <message>
        <source>Value: {unit} each, {total} in all</source>
        <translation>Стоимость: {unit} за единицу, всего {total}</translation>
    </message>
    <message>
        <source>Written off: {reason}</source>
        <translation>Списано: {reason}</translation>
    </message>
    <message>
        <source>Acts with this item</source>
        <translation>Акты с этой позицией</translation>
    </message>
    <message>
        <source>Not on any act yet.</source>
        <translation>Ещё не включено ни в один акт.</translation>
    </message>
    <message>
        <source>Select an institution to see its acts and totals.</source>
        <translation>Выберите учреждение, чтобы увидеть его акты и итоги.</translation>
    </message>
    <message>
        <source>Signs acts: {names}</source>
        <translation>Подписывает акты: {names}</translation>
    </message>
    <message>
        <source>Nothing handed over yet.</source>
        <translation>Пока ничего не передано.</translation>
    </message>
    <message numerus="yes">
        <source>Handed over in %n act(s): </source>
        <translation>
            <numerusform>Передано по %n акту: </numerusform>
            <numerusform>Передано по %n актам: </numerusform>
            <numerusform>Передано по %n актам: </numerusform>
        </translation>
    </message>
    <message>
        <source>(≈ {usd})</source>
        <translation>(≈ {usd})</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) still to come back signed</source>
        <translation>
            <numerusform>%n акт ещё не вернулся подписанным</numerusform>
            <numerusform>%n акта ещё не вернулись подписанными</numerusform>
            <numerusform>%n актов ещё не вернулись подписанными</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a programme to see its donors, items and acts.</source>
        <translation>Выберите программу, чтобы увидеть её доноров, имущество и акты.</translation>
    </message>
    <message>
        <source>Donors: {names}</source>
        <translation>Доноры: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded</source>
        <translation>
            <numerusform>Учтена %n позиция</numerusform>
            <numerusform>Учтено %n позиции</numerusform>
            <numerusform>Учтено %n позиций</numerusform>
        </translation>
    </message>
    <message>
        <source>The act editor is not installed.</source>
        <translation>Редактор актов не установлен.</translation>
    </message>
    <message>
        <source>Act {number} is finalized and cannot be deleted. Open it and void it instead, giving the reason.</source>
        <translation>Акт {number} оформлен окончательно, удалить его нельзя. Откройте акт и аннулируйте его, указав причину.</translation>
    </message>
    <message>
        <source>this draft act</source>
        <translation>этот проект акта</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>эту позицию</translation>
    </message>
    <message>
        <source>this institution</source>
        <translation>это учреждение</translation>
    </message>
    <message>
        <source>this programme</source>
        <translation>эту программу</translation>
    </message>
    <message>
        <source>this donor</source>
        <translation>этого донора</translation>
    </message>
    <message>
        <source>Delete {what}? This cannot be undone.</source>
        <translation>Удалить {what}? Отменить это будет нельзя.</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Why is the item written off (e.g. broken beyond repair, stolen)?</source>
        <translation>Причина списания (например, ремонту не подлежит, украдено)?</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортировано %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the act register</source>
        <translation>Экспорт реестра актов</translation>
    </message>
    <message>
        <source>Export the lines of all acts</source>
        <translation>Экспорт строк всех актов</translation>
    </message>
    <message>
        <source>Export the list of items</source>
        <translation>Экспорт списка имущества</translation>
    </message>
    <message>
        <source>Export the list of institutions</source>
        <translation>Экспорт списка учреждений</translation>
    </message>
    <message>
        <source>Export the list of programmes</source>
        <translation>Экспорт списка программ</translation>
    </message>
    <message>
        <source>Export the list of donors</source>
        <translation>Экспорт списка доноров</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}.</source>
        <translation>
            <numerusform>В файл {file} записана %n строка.</numerusform>
            <numerusform>В файл {file} записано %n строки.</numerusform>
            <numerusform>В файл {file} записано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Запись файла {file}…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>The database was restored from {backup}.</source>
        <translation>База данных восстановлена из резервной копии {backup}.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation>Прежнее состояние базы данных сохранено в файле {path}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <source>The daily backup could not be written to {folder}: {reason}</source>
        <translation>Не удалось записать ежедневную резервную копию в папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>The backup on closing could not be written to {folder}.

Reason: {reason}</source>
        <translation>При закрытии программы не удалось записать резервную копию в папку {folder}.

Причина: {reason}</translation>
    </message>
    <message>
        <source>Your data is safe in the database. Check the backup folder in Settings (a USB drive that is not plugged in, a full disk), or make a backup with File › Backups…</source>
        <translation>Данные в базе в сохранности. Проверьте папку для резервных копий в настройках (не отключён ли USB-накопитель, не заполнен ли диск) или создайте копию через меню Файл › Резервные копии…</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Не удалось открыть папку: {folder}</translation>
    </message>
    <message>
        <source>Donated equipment, recipient institutions, donor programmes and bilingual handover acts. Works without a network connection.</source>
        <translation>Учёт переданного оборудования, учреждений-получателей, донорских программ и двуязычных актов приёма-передачи. Работает без подключения к сети.</translation>
    </message>
    <message>
        <source>Licence: MIT. Fonts: DejaVu (free licence, see the fonts folder).</source>
        <translation>Лицензия: MIT. Шрифты: DejaVu (свободная лицензия, см. папку fonts).</translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation>Резервные копии: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Файл журнала: {path}</translation>
    </message>
    <message>
        <source>none (messages go to the console)</source>
        <translation>нет (сообщения выводятся в консоль)</translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation>Загрузка демонстрационных данных…</translation>
    </message>
    <message>
        <source>Work is still running in the background. Stop it and close?</source>
        <translation>В фоне ещё выполняется работа. Остановить её и закрыть программу?</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
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
    <name>PivotModel</name>
    <message>
        <source>Total, USD</source>
        <translation>Итого, USD</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Актов</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Единиц</translation>
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
    <name>PreviewModel</name>
    <message>
        <source>Total value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>Row %1 skipped: %2</source>
        <translation>Строка %1 пропущена: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) skipped</source>
        <translation>
            <numerusform>… и ещё %n строка пропущена</numerusform>
            <numerusform>… и ещё %n строки пропущены</numerusform>
            <numerusform>… и ещё %n строк пропущено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n пустая строка пропущена</numerusform>
            <numerusform>%n пустые строки пропущены</numerusform>
            <numerusform>%n пустых строк пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Проверьте: %1</translation>
    </message>
    <message>
        <source>its category?</source>
        <translation>какая категория?</translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>New programme</source>
        <translation>Новая программа</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>e.g. XAC/Z60</source>
        <translation>например, XAC/Z60</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation>Название, %1</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished">Название (%1)</translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>No donor is recorded yet. Save the programme, add its donors with “New donor” (Programmes &amp; donors › Donors), then tick them here.</source>
        <translation>Доноров пока нет. Сохраните программу, добавьте её доноров кнопкой «Новый донор» (Программы и доноры › Доноры), затем отметьте их здесь.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the changes you made?</source>
        <translation>Сохранить внесённые изменения?</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>USD at each act&apos;s rate</source>
        <translation>USD по курсу каждого акта</translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation>Валюта акта</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <source>Donor report…</source>
        <translation>Отчёт для донора…</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Суммы:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Acts without a signed copy after</source>
        <translation>Акты без подписанного экземпляра дольше</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дн.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Unsigned acts</source>
        <translation>Неподписанные акты</translation>
    </message>
    <message>
        <source>Acts of programmes funded by several donors count in full under each donor; the total counts each act once.</source>
        <translation>Акты программ, финансируемых несколькими донорами, учтены полностью у каждого из них; в итоге каждый акт учтён один раз.</translation>
    </message>
    <message>
        <source>By %1, USD</source>
        <translation>Разбивка: %1, USD</translation>
    </message>
    <message>
        <source>By month, USD</source>
        <translation>По месяцам, USD</translation>
    </message>
    <message numerus="yes">
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n акт</numerusform>
            <numerusform>%n акта</numerusform>
            <numerusform>%n актов</numerusform>
        </translation>
    </message>
    <message>
        <source>{acts}, {items} handed over; {usd} USD. Finalized and signed acts only; drafts and void acts are not counted.</source>
        <translation>{acts}, передано: {items}; {usd} USD. Только оформленные и подписанные акты; проекты и аннулированные не учитываются.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n единица имущества</numerusform>
            <numerusform>%n единицы имущества</numerusform>
            <numerusform>%n единиц имущества</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ReportsPlaceholder</name>
    <message>
        <source>Reports for donors and auditors (what went where, under which programme, for how much) will appear here.

Until then, filter the Handover acts list and read the totals under it.</source>
        <translation>Здесь появятся отчёты для доноров и аудиторов: что, куда, по какой программе и на какую сумму передано.

А пока отфильтруйте список актов приёма-передачи — итоги показаны под ним.</translation>
    </message>
</context>
<context>
    <name>RescanDialog</name>
    <message>
        <source>Replace the signed scan</source>
        <translation>Замена подписанного скана</translation>
    </message>
    <message>
        <source>The signed scan of act %1 (%2) will be replaced. The current scan stays in the database; the replacement and its reason are recorded in the journal and travel to the other laptops with the next bundle.</source>
        <translation>Подписанный скан акта %1 (%2) будет заменён. Текущий скан остаётся в базе данных; замена и её причина записываются в журнал и попадут на другие компьютеры со следующим пакетом обмена.</translation>
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
        <source>e.g. the first scan was of the unsigned copy; a page was missing</source>
        <translation>например: отсканирован неподписанный экземпляр; не хватает страницы</translation>
    </message>
    <message>
        <source>New scan:</source>
        <translation>Новый скан:</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Причина (обязательно):</translation>
    </message>
    <message>
        <source>Replace scan</source>
        <translation>Заменить скан</translation>
    </message>
    <message>
        <source>Choose the new scan</source>
        <translation>Выберите новый скан</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Сканы (*.pdf *.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the new scan.</source>
        <translation>Выберите новый скан.</translation>
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
        <source>Say why the scan is replaced.</source>
        <translation>Укажите причину замены скана.</translation>
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
    <name>SettingsPage</name>
    <message>
        <source>Your office (printed on every act; kept in the database)</source>
        <translation>Ваш офис (печатается в каждом акте; хранится в базе данных)</translation>
    </message>
    <message>
        <source>Office name (English)</source>
        <translation>Название офиса (англ.)</translation>
    </message>
    <message>
        <source>Office name (Russian)</source>
        <translation>Название офиса (рус.)</translation>
    </message>
    <message>
        <source>Office code for act numbers</source>
        <translation>Код офиса для номеров актов</translation>
    </message>
    <message>
        <source>e.g. BISH</source>
        <translation>например, BISH</translation>
    </message>
    <message>
        <source>Act number pattern</source>
        <translation>Шаблон номера акта</translation>
    </message>
    <message>
        <source>{office} is the office code, {year} the act&apos;s year, {seq:04d} its number in the year with four digits</source>
        <translation>{office} — код офиса, {year} — год акта, {seq:04d} — порядковый номер за год из четырех цифр</translation>
    </message>
    <message>
        <source>Place of signing (English)</source>
        <translation>Место подписания (англ.)</translation>
    </message>
    <message>
        <source>Place of signing (Russian)</source>
        <translation>Место подписания (рус.)</translation>
    </message>
    <message>
        <source>Languages of the act</source>
        <translation type="vanished">Языки акта</translation>
    </message>
    <message>
        <source>State languages the office uses</source>
        <translation>Государственные языки, которыми пользуется офис</translation>
    </message>
    <message>
        <source>e.g. ky, or uz, uz-Cyrl (of %1)</source>
        <translation type="vanished">например, ky или uz, uz-Cyrl (из %1)</translation>
    </message>
    <message>
        <source>The record forms show a field for each of these languages, and a new act takes the texts below in them</source>
        <translation>Формы записей показывают поле для каждого из этих языков, а новый акт берёт на них тексты ниже</translation>
    </message>
    <message>
        <source>Languages of a new act</source>
        <translation>Языки нового акта</translation>
    </message>
    <message>
        <source>The act&apos;s left and right columns; each act can be printed in another pair</source>
        <translation>Левая и правая колонки акта; каждый акт можно напечатать и на другой паре языков</translation>
    </message>
    <message>
        <source>The currency a new act starts with; each act can use another one</source>
        <translation>Валюта, в которой создаётся новый акт; в самом акте её можно сменить</translation>
    </message>
    <message>
        <source>Currency of new acts</source>
        <translation>Валюта новых актов</translation>
    </message>
    <message>
        <source>Logo (PNG or JPG)</source>
        <translation>Логотип (PNG или JPG)</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Who signs for the office (transferring party)</source>
        <translation>Кто подписывает от офиса (передающая сторона)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <source>Acting under (English)</source>
        <translation>Действует на основании (англ.)</translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation>Действует на основании (рус.)</translation>
    </message>
    <message>
        <source>Your office in the state languages</source>
        <translation>Ваш офис на государственных языках</translation>
    </message>
    <message>
        <source>Office name, %1</source>
        <translation>Название офиса, %1</translation>
    </message>
    <message>
        <source>Place of signing, %1</source>
        <translation>Место подписания, %1</translation>
    </message>
    <message>
        <source>Who signs, %1</source>
        <translation>Кто подписывает, %1</translation>
    </message>
    <message>
        <source>Title, %1</source>
        <translation>Должность, %1</translation>
    </message>
    <message>
        <source>Acting under, %1</source>
        <translation>Действует на основании, %1</translation>
    </message>
    <message>
        <source>Office name (%1)</source>
        <translation type="vanished">Название офиса (%1)</translation>
    </message>
    <message>
        <source>Place of signing (%1)</source>
        <translation type="vanished">Место подписания (%1)</translation>
    </message>
    <message>
        <source>Who signs (%1)</source>
        <translation type="vanished">Кто подписывает (%1)</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation type="vanished">Должность (%1)</translation>
    </message>
    <message>
        <source>Acting under (%1)</source>
        <translation type="vanished">Действует на основании (%1)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>As in Windows</source>
        <translation>Как в Windows</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <source>Your name (for the change log)</source>
        <translation>Ваше имя (для журнала изменений)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Choose or create a database</source>
        <translation>Выберите или создайте базу данных</translation>
    </message>
    <message>
        <source>Equipment Desk database (*.sqlite);;All files (*)</source>
        <translation>База данных Equipment Desk (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выберите папку для резервных копий</translation>
    </message>
    <message>
        <source>“backups” beside the database file</source>
        <translation>папка «backups» рядом с файлом базы данных</translation>
    </message>
    <message>
        <source>equipment-desk.sqlite in your user data folder</source>
        <translation>equipment-desk.sqlite в папке данных пользователя</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Сколько резервных копий хранить</translation>
    </message>
    <message>
        <source>Column titles for screen readers</source>
        <translation>Заголовки столбцов для программ экранного доступа</translation>
    </message>
    <message>
        <source>A screen reader then reads each list&apos;s column titles, not their numbers. The program starts a little slower; the change is used the next time you start it. On by itself when Windows says a screen reader is running.</source>
        <translation>Программа экранного доступа будет читать заголовки столбцов каждого списка, а не их номера. Программа запускается немного медленнее; изменение вступит в силу при следующем запуске. Включается само, если Windows сообщает, что работает программа экранного доступа.</translation>
    </message>
    <message>
        <source>A backup is made once a day, when the program closes and before an update; older backups beyond this number are deleted.</source>
        <translation>Резервная копия создаётся раз в день, при закрытии программы и перед обновлением; более старые копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <source>Name in Latin (as in the passport)</source>
        <translation>ФИО латиницей (как в паспорте)</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>ФИО кириллицей</translation>
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
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>A new language or database file is used the next time you start the program.</source>
        <translation>Новый язык или файл базы данных начнут действовать при следующем запуске программы.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Сохранить настройки</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Сохранить настройки (Ctrl+S)</translation>
    </message>
    <message>
        <source>Please correct the values marked in red.</source>
        <translation>Исправьте значения, отмеченные красным.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
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
    <name>SignatoryForm</name>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>ФИО кириллицей</translation>
    </message>
    <message>
        <source>as in national documents; Latin is suggested from it</source>
        <translation>как в национальных документах; латиница будет предложена по нему</translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation>ФИО латиницей</translation>
    </message>
    <message>
        <source>as in the passport; Cyrillic is suggested from it</source>
        <translation>как в паспорте; кириллица будет предложена по нему</translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation>ФИО, %1</translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished">ФИО (%1)</translation>
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
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <source>Title, %1</source>
        <translation>Должность, %1</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation type="vanished">Должность (%1)</translation>
    </message>
    <message>
        <source>Name after «в лице»</source>
        <translation>ФИО после «в лице»</translation>
    </message>
    <message>
        <source>Title after «в лице»</source>
        <translation>Должность после «в лице»</translation>
    </message>
    <message>
        <source>The Russian genitive the act&apos;s preamble prints; suggested, correct it if needed</source>
        <translation>Родительный падеж для преамбулы акта; предложен программой, при необходимости исправьте</translation>
    </message>
    <message>
        <source>Acting under (English)</source>
        <translation>Действует на основании (англ.)</translation>
    </message>
    <message>
        <source>e.g. the Regulations of the Ministry</source>
        <translation>например, the Regulations of the Ministry</translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation>Действует на основании (рус.)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>например, %1</translation>
    </message>
    <message>
        <source>Acting under, %1</source>
        <translation>Действует на основании, %1</translation>
    </message>
    <message>
        <source>Acting under (%1)</source>
        <translation type="vanished">Действует на основании (%1)</translation>
    </message>
    <message>
        <source>Signs acts</source>
        <translation>Подписывает акты</translation>
    </message>
    <message>
        <source>still signs for the institution</source>
        <translation>по-прежнему подписывает от учреждения</translation>
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
    <name>SyncDialog</name>
    <message>
        <source>Exchange with another laptop</source>
        <translation>Обмен данными с другим ноутбуком</translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation>Получить пакет</translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation>Отправить пакет</translation>
    </message>
    <message>
        <source>A bundle (.zip) from another laptop</source>
        <translation>Пакет (.zip) с другого ноутбука</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>Choose a bundle and press Check: you will see what it adds, updates and refuses before anything is written.</source>
        <translation>Выберите пакет и нажмите «Проверить»: до того как что-либо будет записано, вы увидите, что он добавит, обновит и что будет отклонено.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Пакеты (*.zip)</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 updated, %3 refused, %4 unchanged.</source>
        <translation>Объединено. Добавлено: %1, обновлено: %2, отклонено: %3, без изменений: %4.</translation>
    </message>
    <message>
        <source>From office %5, written %6: %1 to add, %2 to update, %3 refused, %4 already here. Nothing has been written yet.</source>
        <translation>Пакет офиса %5 от %6. Будет добавлено: %1, обновлено: %2, отклонено: %3, уже есть: %4. Пока ничего не записано.</translation>
    </message>
    <message>
        <source>A bundle is merged whole: while any record is refused, nothing is merged and the records here stay as they are.</source>
        <translation>Пакет переносится целиком: пока какая-либо запись отклонена, ничего не переносится и имеющиеся записи остаются без изменений.</translation>
    </message>
    <message>
        <source>The bundle was refused: %1</source>
        <translation>Пакет отклонён: %1</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Проверка пакета…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>e.g. BISH; empty: a bundle of everything for anyone</source>
        <translation>например, BISH; если пусто — пакет со всеми данными для любого офиса</translation>
    </message>
    <message>
        <source>Everything, not only the changes since the last bundle for this office</source>
        <translation>Все данные, а не только изменения после последнего пакета для этого офиса</translation>
    </message>
    <message>
        <source>Where to write the bundle (.zip)</source>
        <translation>Куда записать пакет (.zip)</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <source>For office:</source>
        <translation>Для офиса:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Everything is written.</source>
        <translation>Будут записаны все данные.</translation>
    </message>
    <message>
        <source>Changes since %1 (the last bundle for %2).</source>
        <translation>Изменения с %1 (последний пакет для %2).</translation>
    </message>
    <message>
        <source>No bundle was sent to %1 yet: everything is written.</source>
        <translation>Пакетов для %1 ещё не было: будут записаны все данные.</translation>
    </message>
    <message>
        <source>donors</source>
        <translation>доноров</translation>
    </message>
    <message>
        <source>programmes</source>
        <translation>программ</translation>
    </message>
    <message>
        <source>institutions</source>
        <translation>учреждений</translation>
    </message>
    <message>
        <source>signatories</source>
        <translation>подписантов</translation>
    </message>
    <message>
        <source>items</source>
        <translation>позиций имущества</translation>
    </message>
    <message>
        <source>acts</source>
        <translation>актов</translation>
    </message>
    <message>
        <source>attachments</source>
        <translation>вложений</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>ничего нового</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Записан пакет %1 (%2).</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
</context>
<context>
    <name>UnsignedModel</name>
    <message>
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Чего не хватает</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ещё не подписан</translation>
    </message>
    <message>
        <source>signed, but no scan kept</source>
        <translation>подписан, но скан не сохранён</translation>
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
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Equipment Desk</source>
        <translation>Добро пожаловать в Equipment Desk</translation>
    </message>
    <message>
        <source>Here you record the equipment that arrives, the institutions that receive it and the donor programmes that paid for it; you prepare the handover act, print it in two copies, and keep the signed scan with the record.

The database is empty. Start by entering your office&apos;s name, code and the person who signs acts, or load the demo data (the 2018 handovers of the Regional Office for Central Asia) to try everything first. Demo data can be loaded into an empty database only; use a separate database file for real work.</source>
        <translation>Здесь учитывается поступившее оборудование, учреждения-получатели и донорские программы, на средства которых оно закуплено; здесь же готовится акт приёма-передачи, печатается в двух экземплярах, а подписанный скан хранится вместе с записью.

База данных пуста. Начните с названия и кода вашего офиса и сведений о том, кто подписывает акты, — или загрузите демонстрационные данные (передачи Регионального представительства в Центральной Азии за 2018 год), чтобы сначала всё опробовать. Демонстрационные данные загружаются только в пустую базу; для настоящей работы используйте отдельный файл базы данных.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Настроить мой офис</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose another file…</source>
        <translation>Выбрать другой файл…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Choose or create a database</source>
        <translation>Выберите или создайте базу данных</translation>
    </message>
    <message>
        <source>Equipment Desk database (*.sqlite);;All files (*)</source>
        <translation>База данных Equipment Desk (*.sqlite);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation>Сумма в долл. США</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Марка и модель</translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation>Сер. №</translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <translation>Инв. №</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Наличие</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Общая стоимость</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата приобретения</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Record No.</source>
        <translation>№ записи</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Name in the other language</source>
        <translation>Название на другом языке</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Acts</source>
        <translation>Акты</translation>
    </message>
    <message>
        <source>Received, USD</source>
        <translation>Получено, долл. США</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <source>Handed over, USD</source>
        <translation>Передано, долл. США</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>Another program or another Equipment Desk window is using the database. Close it and try again.</source>
        <translation>База данных занята другой программой или другим окном Equipment Desk. Закройте его и повторите попытку.</translation>
    </message>
    <message>
        <source>Install the newest version of Equipment Desk, or open another database in Settings.</source>
        <translation>Установите последнюю версию Equipment Desk или откройте другую базу данных в настройках.</translation>
    </message>
    <message>
        <source>Choose another database file, or restore a backup. The file was not changed.</source>
        <translation>Выберите другой файл базы данных или восстановите резервную копию. Файл не изменён.</translation>
    </message>
    <message>
        <source>Check that the disk has space and that you may write to the folder, then try again.</source>
        <translation>Проверьте, что на диске есть место и что в папку можно записывать, и повторите попытку.</translation>
    </message>
    <message>
        <source>Correct the values and try again. Nothing was saved.</source>
        <translation>Исправьте значения и повторите попытку. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Someone may have changed or deleted it. Press F5 to refresh the list.</source>
        <translation>Возможно, запись изменили или удалили. Нажмите F5, чтобы обновить список.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>Please check the values</source>
        <translation>Проверьте значения</translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation>Базу данных нельзя использовать</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Действие недоступно</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Не удалось выполнить</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation>Подпрограмма</translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation>Город (англ.)</translation>
    </message>
    <message>
        <source>City (Russian)</source>
        <translation>Город (рус.)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Должность (англ.)</translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation>Должность (рус.)</translation>
    </message>
    <message>
        <source>Acting under (English)</source>
        <translation>Действует на основании (англ.)</translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation>Действует на основании (рус.)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation>Марка и модель</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Дата приобретения</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Код офиса</translation>
    </message>
    <message>
        <source>Act number</source>
        <translation>Номер акта</translation>
    </message>
    <message>
        <source>Number series</source>
        <translation>Серия номеров</translation>
    </message>
    <message>
        <source>Number in the series</source>
        <translation>Номер в серии</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Шаблон номера</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Place in the office&apos;s chain of acts</source>
        <translation>Место в цепочке актов офиса</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation>Подписанный скан</translation>
    </message>
    <message>
        <source>Act date</source>
        <translation>Дата акта</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Recipient&apos;s signatory</source>
        <translation>Подписант получателя</translation>
    </message>
    <message>
        <source>Donor-side signatory</source>
        <translation>Подписант со стороны донора</translation>
    </message>
    <message>
        <source>National bank rate</source>
        <translation>Курс национального банка</translation>
    </message>
    <message>
        <source>Link to the previous act</source>
        <translation>Ссылка на предыдущий акт</translation>
    </message>
    <message>
        <source>Languages of the act</source>
        <translation>Языки акта</translation>
    </message>
    <message>
        <source>Transfer type</source>
        <translation>Вид передачи</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Acting under</source>
        <translation>Действует на основании</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Имущество</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Transferring organisation</source>
        <translation>Передающая организация</translation>
    </message>
    <message>
        <source>Donor-side signatory&apos;s title</source>
        <translation>Должность подписанта передающей стороны</translation>
    </message>
    <message>
        <source>Donor-side signatory acting under</source>
        <translation>Основание полномочий подписанта передающей стороны</translation>
    </message>
    <message>
        <source>Source of the rate</source>
        <translation>Источник курса</translation>
    </message>
    <message>
        <source>National bank</source>
        <translation>Национальный банк</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draft</source>
        <translation type="vanished">Проект</translation>
    </message>
    <message>
        <source>Finalized, awaiting signature</source>
        <translation type="vanished">Оформлен, ждёт подписи</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Подписан</translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="vanished">Аннулирован</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="vanished">На складе</translation>
    </message>
    <message>
        <source>Partly handed over</source>
        <translation type="vanished">Частично передано</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="vanished">Передано</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="vanished">Списано</translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation type="vanished">Компьютеры и оргтехника</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation type="vanished">Медицинское оборудование</translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <translation type="vanished">Эндоскопы</translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation type="vanished">Офисное оборудование</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="vanished">Транспорт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished">Прочее</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Новое</translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="vanished">Хорошее</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="vanished">Удовлетворительное</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="vanished">Плохое</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="vanished">Неисправно</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="vanished">Таможня</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation type="vanished">Прокуратура</translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="vanished">Полиция</translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="vanished">Здравоохранение</translation>
    </message>
    <message>
        <source>Drug control</source>
        <translation type="vanished">Контроль над наркотиками</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="vanished">Министерство</translation>
    </message>
    <message>
        <source>Ownership passes</source>
        <translation type="vanished">С переходом права собственности</translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation type="vanished">Только в пользование</translation>
    </message>
    <message>
        <source>Sub-programme 1: Countering transnational organized crime, illicit drug trafficking and terrorism</source>
        <translation type="vanished">Подпрограмма 1: Противодействие транснациональной организованной преступности, незаконному обороту наркотиков и терроризму</translation>
    </message>
    <message>
        <source>Sub-programme 2: Criminal justice, crime prevention and integrity</source>
        <translation type="vanished">Подпрограмма 2: Уголовное правосудие, предупреждение преступности и добросовестность</translation>
    </message>
    <message>
        <source>Sub-programme 3: Drug prevention, treatment and reintegration, and HIV prevention</source>
        <translation type="vanished">Подпрограмма 3: Профилактика наркомании, лечение, реинтеграция и профилактика ВИЧ</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="vanished">шт.</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="vanished">компл.</translation>
    </message>
    <message>
        <source>kit</source>
        <translation type="vanished">набор</translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="vanished">пара</translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="vanished">упак.</translation>
    </message>
    <message>
        <source>m</source>
        <translation type="vanished">м</translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="vanished">кг</translation>
    </message>
    <message>
        <source>l</source>
        <translation type="vanished">л</translation>
    </message>
    <message>
        <source>(no scan)</source>
        <translation>(нет скана)</translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation>Аннулирован: {reason}</translation>
    </message>
    <message>
        <source>Signed; the signed scan is not attached yet</source>
        <translation>Подписан; скан подписанного акта ещё не приложен</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(проект)</translation>
    </message>
    <message>
        <source>Written off: {reason}</source>
        <translation>Списано: {reason}</translation>
    </message>
    <message>
        <source>{handed} of {quantity} handed over</source>
        <translation>передано {handed} из {quantity}</translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <comment>category</comment>
        <translation>Компьютеры и оргтехника</translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <comment>category</comment>
        <translation>Медицинское оборудование</translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <comment>category</comment>
        <translation>Эндоскопы</translation>
    </message>
    <message>
        <source>Office equipment</source>
        <comment>category</comment>
        <translation>Офисное оборудование</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <comment>category</comment>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>New</source>
        <comment>condition</comment>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>condition</comment>
        <translation>Хорошее</translation>
    </message>
    <message>
        <source>Fair</source>
        <comment>condition</comment>
        <translation>Удовлетворительное</translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>condition</comment>
        <translation>Плохое</translation>
    </message>
    <message>
        <source>Broken</source>
        <comment>condition</comment>
        <translation>Неисправно</translation>
    </message>
    <message>
        <source>In stock</source>
        <comment>item_status</comment>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Partly handed over</source>
        <comment>item_status</comment>
        <translation>Частично передано</translation>
    </message>
    <message>
        <source>Handed over</source>
        <comment>item_status</comment>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Written off</source>
        <comment>item_status</comment>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>act_status</comment>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Finalized</source>
        <comment>act_status</comment>
        <translation>Оформлен</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>act_status</comment>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Void</source>
        <comment>act_status</comment>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Customs</source>
        <comment>institution_kind</comment>
        <translation>Таможня</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <comment>institution_kind</comment>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Police</source>
        <comment>institution_kind</comment>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Health</source>
        <comment>institution_kind</comment>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Drug control</source>
        <comment>institution_kind</comment>
        <translation>Контроль над наркотиками</translation>
    </message>
    <message>
        <source>Ministry</source>
        <comment>institution_kind</comment>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution_kind</comment>
        <translation>Другое</translation>
    </message>
    <message>
        <source>pcs</source>
        <comment>unit</comment>
        <translation>шт.</translation>
    </message>
    <message>
        <source>set</source>
        <comment>unit</comment>
        <translation>компл.</translation>
    </message>
    <message>
        <source>kit</source>
        <comment>unit</comment>
        <translation>набор</translation>
    </message>
    <message>
        <source>pair</source>
        <comment>unit</comment>
        <translation>пара</translation>
    </message>
    <message>
        <source>pack</source>
        <comment>unit</comment>
        <translation>упак.</translation>
    </message>
    <message>
        <source>m</source>
        <comment>unit</comment>
        <translation>м</translation>
    </message>
    <message>
        <source>kg</source>
        <comment>unit</comment>
        <translation>кг</translation>
    </message>
    <message>
        <source>l</source>
        <comment>unit</comment>
        <translation>л</translation>
    </message>
    <message>
        <source>Ownership passes to the recipient</source>
        <comment>transfer_type</comment>
        <translation>В собственность получателя</translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <comment>transfer_type</comment>
        <translation>Только во временное пользование</translation>
    </message>
    <message>
        <source>UN operational rate of exchange</source>
        <comment>rate_type</comment>
        <translation>Операционный обменный курс ООН</translation>
    </message>
    <message>
        <source>National bank rate</source>
        <comment>rate_type</comment>
        <translation>Курс национального банка</translation>
    </message>
    <message>
        <source>Other rate</source>
        <comment>rate_type</comment>
        <translation>Другой курс</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <comment>attachment_kind</comment>
        <translation>Скан подписанного акта</translation>
    </message>
    <message>
        <source>Photo</source>
        <comment>attachment_kind</comment>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Warranty or technical documents</source>
        <comment>attachment_kind</comment>
        <translation>Гарантийный талон или техническая документация</translation>
    </message>
    <message>
        <source>Other document</source>
        <comment>attachment_kind</comment>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Signed scan</source>
        <comment>attachment_kind_short</comment>
        <translation>Скан подписанного акта</translation>
    </message>
    <message>
        <source>Photo</source>
        <comment>attachment_kind_short</comment>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Warranty</source>
        <comment>attachment_kind_short</comment>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>attachment_kind_short</comment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Sub-programme 1: Countering transnational organized crime, illicit drug trafficking and terrorism</source>
        <comment>sub_programme</comment>
        <translation>Подпрограмма 1: Противодействие транснациональной организованной преступности, незаконному обороту наркотиков и терроризму</translation>
    </message>
    <message>
        <source>Sub-programme 2: Criminal justice, crime prevention and integrity</source>
        <comment>sub_programme</comment>
        <translation>Подпрограмма 2: Уголовное правосудие, предупреждение преступности и добросовестность</translation>
    </message>
    <message>
        <source>Sub-programme 3: Drug prevention, treatment and reintegration, and HIV prevention</source>
        <comment>sub_programme</comment>
        <translation>Подпрограмма 3: Профилактика наркомании, лечение, реинтеграция и профилактика ВИЧ</translation>
    </message>
    <message>
        <source>Kyrgyz som</source>
        <comment>currency</comment>
        <translation>кыргызский сом</translation>
    </message>
    <message>
        <source>Uzbek sum</source>
        <comment>currency</comment>
        <translation>узбекский сум</translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <comment>currency</comment>
        <translation>казахстанский тенге</translation>
    </message>
    <message>
        <source>Tajik somoni</source>
        <comment>currency</comment>
        <translation>таджикский сомони</translation>
    </message>
    <message>
        <source>Turkmen manat</source>
        <comment>currency</comment>
        <translation>туркменский манат</translation>
    </message>
    <message>
        <source>US dollar</source>
        <comment>currency</comment>
        <translation>доллар США</translation>
    </message>
    <message>
        <source>Euro</source>
        <comment>currency</comment>
        <translation>евро</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>the SQLite library of this Python ({version}) cannot hold an Equipment Desk database: it lacks {missing}. Use the program&apos;s own build, or a Python 3.11 or newer whose SQLite is {minimum} or newer with FTS5</source>
        <translation>библиотека SQLite этого Python ({version}) не подходит для базы Equipment Desk: в ней нет {missing}. Используйте собранную программу или Python 3.11 и новее с SQLite {minimum} или новее с FTS5</translation>
    </message>
    <message>
        <source>the act cannot be finalized yet</source>
        <translation>акт пока нельзя оформить</translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be written ({reason}). Portable mode ({marker} beside the program) keeps the database, settings, log and backups there: copy the program to a folder or USB stick you can write to, or delete {marker} to keep the data in your user folder</source>
        <translation>в папку данных {folder} нельзя записать ({reason}). В переносном режиме ({marker} рядом с программой) там хранятся база, настройки, журнал и резервные копии: скопируйте программу в папку или на флешку с правом записи или удалите {marker}, чтобы данные хранились в папке пользователя</translation>
    </message>
    <message>
        <source>the resources folder of Equipment Desk is missing (looked in {folder}); reinstall the program</source>
        <translation>не найдена папка ресурсов Equipment Desk (искали в {folder}); переустановите программу</translation>
    </message>
    <message>
        <source>TableWithTail is always split</source>
        <translation>таблица с итоговой частью всегда разбивается на страницы</translation>
    </message>
    <message>
        <source>a bundle file name must end in .zip</source>
        <translation>имя файла пакета должно оканчиваться на .zip</translation>
    </message>
    <message>
        <source>a content hash must be 64 hexadecimal digits</source>
        <translation>хеш содержимого должен состоять из 64 шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>a donor with this name is already recorded</source>
        <translation>донор с таким названием уже есть в базе</translation>
    </message>
    <message>
        <source>a draft has no number to void; delete the draft instead</source>
        <translation>у проекта нет номера, аннулировать нечего; удалите проект</translation>
    </message>
    <message>
        <source>a draft is not recorded as an issued print</source>
        <translation>проект не записывается как выданная печатная копия</translation>
    </message>
    <message>
        <source>a finalized act cannot be changed; it can only be recorded as signed or voided</source>
        <translation>оформленный акт изменить нельзя; его можно только отметить как подписанный или аннулировать</translation>
    </message>
    <message>
        <source>a finalized act cannot be deleted; void it instead</source>
        <translation>оформленный акт удалить нельзя, его можно аннулировать</translation>
    </message>
    <message>
        <source>a path is required unless memory=True</source>
        <translation>нужно указать путь к файлу</translation>
    </message>
    <message>
        <source>a print is recorded as issued only after the journal of sealed acts records it</source>
        <translation>печать записывается как выданная только после записи в журнале оформленных актов</translation>
    </message>
    <message>
        <source>a reason is required to void an act</source>
        <translation>для аннулирования акта укажите причину</translation>
    </message>
    <message>
        <source>a reason is required to write an item off</source>
        <translation>для списания укажите причину</translation>
    </message>
    <message>
        <source>a required value is missing: {field}</source>
        <translation>не заполнено обязательное поле: {field}</translation>
    </message>
    <message>
        <source>a section title across the table: {text}</source>
        <translation>заголовок раздела во всю ширину таблицы: {text}</translation>
    </message>
    <message>
        <source>a signature or footer row: {text}</source>
        <translation>строка подписей или примечаний: {text}</translation>
    </message>
    <message>
        <source>a totals row: {text}</source>
        <translation>строка итогов: {text}</translation>
    </message>
    <message>
        <source>a value is out of range ({detail})</source>
        <translation>значение вне допустимого диапазона ({detail})</translation>
    </message>
    <message>
        <source>act is already {status}</source>
        <translation>акт уже в статусе «{status}»</translation>
    </message>
    <message>
        <source>act number {number} is already taken; check the office code and number pattern in Settings</source>
        <translation>номер акта {number} уже занят; проверьте код офиса и шаблон номера в настройках</translation>
    </message>
    <message>
        <source>act {number} already has its signed scan</source>
        <translation>к акту {number} уже приложен подписанный скан</translation>
    </message>
    <message>
        <source>act {number} does not agree with its own content; the bundle was edited</source>
        <translation>акт {number} не соответствует собственному содержимому; пакет был изменён</translation>
    </message>
    <message>
        <source>act {number} does not match its content hash; the bundle was edited</source>
        <translation>акт {number} не совпадает с контрольной суммой содержимого; пакет был изменён</translation>
    </message>
    <message>
        <source>act {number} has unreadable content</source>
        <translation>содержимое акта {number} не читается</translation>
    </message>
    <message>
        <source>act {number} is already void</source>
        <translation>акт {number} уже аннулирован</translation>
    </message>
    <message>
        <source>act {number} is already {status}</source>
        <translation>акт {number} уже в статусе «{status}»</translation>
    </message>
    <message>
        <source>act {number} is {status}; a finalized act cannot be deleted, void it instead</source>
        <translation>акт {number} в статусе «{status}»; оформленный акт удалить нельзя, его можно аннулировать</translation>
    </message>
    <message>
        <source>act {number} is {status}; only a draft can be edited</source>
        <translation>акт {number} в статусе «{status}»; изменять можно только проект</translation>
    </message>
    <message>
        <source>act {number} was drawn up in {languages}; it prints in those languages only, not in {other}</source>
        <translation>акт {number} составлен на языках {languages}; он печатается только на них, не на {other}</translation>
    </message>
    <message>
        <source>act {number}: {detail}</source>
        <translation type="vanished">акт {number}: {detail}</translation>
    </message>
    <message>
        <source>act {ref} is a draft; finalize it before recording it as signed</source>
        <translation>акт {ref} — проект; сначала оформите его, затем отметьте подписание</translation>
    </message>
    <message>
        <source>act_frozen_update is not the trigger this migration changes</source>
        <translation>act_frozen_update — не тот триггер, который меняет эта миграция</translation>
    </message>
    <message>
        <source>act.languages is not the CHECK this migration widens</source>
        <translation type="vanished">act.languages — не то ограничение CHECK, которое расширяет эта миграция</translation>
    </message>
    <message>
        <source>act_frozen_update is not the trigger this migration extends</source>
        <translation>act_frozen_update — не тот триггер, который расширяет эта миграция</translation>
    </message>
    <message>
        <source>an act in a currency other than USD needs an exchange rate</source>
        <translation>для акта не в долларах США нужен курс</translation>
    </message>
    <message>
        <source>an act line has no snapshot of its item</source>
        <translation>в строке акта нет сохранённых сведений о позиции</translation>
    </message>
    <message>
        <source>an act needs a recipient, its signatory, a donor-side signatory, a programme and a date</source>
        <translation>в акте должны быть указаны получатель, его подписант, подписант со стороны донора, программа и дата</translation>
    </message>
    <message>
        <source>an act needs at least one line to be finalized</source>
        <translation>чтобы оформить акт, в нём должна быть хотя бы одна строка</translation>
    </message>
    <message>
        <source>an act number for the code must be 1–64 letters, digits or . / _ -</source>
        <translation>номер акта для кода — от 1 до 64 букв, цифр или знаков . / _ -</translation>
    </message>
    <message>
        <source>an act prints in one or two different languages, e.g. ru,en</source>
        <translation>акт печатается на одном или двух разных языках, например ru,en</translation>
    </message>
    <message>
        <source>an attachment belongs to exactly one act or one item</source>
        <translation>вложение относится либо к одному акту, либо к одной позиции</translation>
    </message>
    <message>
        <source>an attachment cannot be changed; add a new one</source>
        <translation>вложение изменить нельзя; добавьте новое</translation>
    </message>
    <message>
        <source>an attachment of a finalized act cannot be deleted</source>
        <translation>вложение оформленного акта удалить нельзя</translation>
    </message>
    <message>
        <source>an attachment&apos;s data does not match its record</source>
        <translation>содержимое вложения не совпадает с его записью</translation>
    </message>
    <message>
        <source>an empty row</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <source>an entry of its record of issued prints is malformed</source>
        <translation>запись в его перечне выданных печатных копий повреждена</translation>
    </message>
    <message>
        <source>an exchange rate to USD is required</source>
        <translation>нужен курс к доллару США</translation>
    </message>
    <message>
        <source>an exchange rate to USD is required for an act in {currency}</source>
        <translation>для акта в {currency} нужен курс к доллару США</translation>
    </message>
    <message>
        <source>an institution with this name in {country} is already recorded; add signatories to it in the window instead</source>
        <translation>учреждение с таким названием в стране {country} уже есть в базе; добавьте подписантов к нему в окне программы</translation>
    </message>
    <message>
        <source>an item on it is neither here nor in the bundle</source>
        <translation>одной из позиций акта нет ни здесь, ни в пакете</translation>
    </message>
    <message>
        <source>an item on it was left out</source>
        <translation>одна из позиций акта отклонена</translation>
    </message>
    <message>
        <source>an item on the act has been written off</source>
        <translation>одна из позиций акта списана</translation>
    </message>
    <message>
        <source>an object was reserved but never written</source>
        <translation>объект был зарезервирован, но так и не записан</translation>
    </message>
    <message>
        <source>an office code must be 1–16 letters, digits, _ or -</source>
        <translation>код офиса — от 1 до 16 букв, цифр или знаков _ и -</translation>
    </message>
    <message>
        <source>another record already has this {field}</source>
        <translation>такое значение поля «{field}» уже есть у другой записи</translation>
    </message>
    <message>
        <source>another {label} already has this {what}</source>
        <translation>такое значение уже есть у другой записи</translation>
    </message>
    <message>
        <source>apostrophes in Uzbek texts are written as the letters ʻ (oʻ, gʻ) and ʼ (rows {rows})</source>
        <translation>апострофы в узбекских текстах записаны буквами ʻ (oʻ, gʻ) и ʼ (строки {rows})</translation>
    </message>
    <message>
        <source>asks for {quantity} of &apos;{name}&apos; but only {left} is still available</source>
        <translation>запрошено {quantity} ед. «{name}», а в наличии осталось только {left}</translation>
    </message>
    <message>
        <source>below the totals row {totals}, with no quantity, value or number: {text}</source>
        <translation>ниже строки итогов {totals}, без количества, стоимости и номера: {text}</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>отменено; ничего не записано</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>не читается ({error})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>не читается ({reason})</translation>
    </message>
    <message>
        <source>cannot be read as a PDF ({reason})</source>
        <translation>не читается как PDF ({reason})</translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {reason}</source>
        <translation>не удалось создать папку для резервных копий {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>не удалось создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot import a {suffix} file; use XLSX or CSV</source>
        <translation>файлы {suffix} не импортируются; используйте XLSX или CSV</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>не удалось открыть {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>не удалось прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot sort by {column}</source>
        <translation>нельзя сортировать по столбцу {column}</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason})</source>
        <translation>нельзя записать в папку {folder} ({reason})</translation>
    </message>
    <message>
        <source>cannot write the file ({reason})</source>
        <translation>не удалось записать файл ({reason})</translation>
    </message>
    <message>
        <source>carries no Equipment Desk act code (a draft, a scan, or not printed by Equipment Desk); scan the QR code and use verify --code TEXT</source>
        <translation>не содержит кода акта Equipment Desk (это проект, скан или документ, напечатанный не в Equipment Desk); отсканируйте QR-код и используйте verify --code ТЕКСТ</translation>
    </message>
    <message>
        <source>cells {range} are merged; unmerge them so every row holds its own values</source>
        <translation>ячейки {range} объединены; разъедините их, чтобы в каждой строке были свои значения</translation>
    </message>
    <message>
        <source>conflict: a different act here already has the number {number}</source>
        <translation>конфликт: здесь уже есть другой акт с номером {number}</translation>
    </message>
    <message>
        <source>conflict: act {number} here does not follow it in the chain of office {office}</source>
        <translation>конфликт: в цепочке актов офиса {office} имеющийся здесь акт {number} не следует за этим актом</translation>
    </message>
    <message>
        <source>conflict: act {number} here has the same UUID but different content</source>
        <translation>конфликт: у имеющегося здесь акта {number} тот же UUID, но другое содержание</translation>
    </message>
    <message>
        <source>conflict: act {number} here holds place {place} in the chain of office {office}</source>
        <translation>конфликт: место {place} в цепочке актов офиса {office} здесь уже занимает акт {number}</translation>
    </message>
    <message>
        <source>conflict: another {kind} here ({uuid}) has the {field} {value}</source>
        <translation>конфликт: {field} {value} уже есть у другой записи здесь ({kind}, {uuid})</translation>
    </message>
    <message>
        <source>conflict: another {kind} here already has this {field}</source>
        <translation>конфликт: значение поля «{field}» уже занято другой записью здесь ({kind})</translation>
    </message>
    <message>
        <source>conflict: it does not follow act {number} in the chain of office {office}</source>
        <translation>конфликт: в цепочке актов офиса {office} этот акт не следует за актом {number}</translation>
    </message>
    <message>
        <source>conflict: it hands over more of &apos;{item}&apos; than is left here</source>
        <translation>конфликт: по акту передаётся больше «{item}», чем осталось здесь</translation>
    </message>
    <message>
        <source>conflict: one of its lines belongs to another act here</source>
        <translation>конфликт: одна из строк акта здесь относится к другому акту</translation>
    </message>
    <message>
        <source>conflict: recorded here as signed on {date_here}, in the bundle on {date_there}</source>
        <translation>конфликт: здесь акт отмечен как подписанный {date_here}, а в пакете — {date_there}</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>содержит недопустимый символ NUL</translation>
    </message>
    <message>
        <source>copies must be a whole number from 1 to {max}</source>
        <translation>число экземпляров должно быть целым, от 1 до {max}</translation>
    </message>
    <message>
        <source>differs from row {other} for the same institution ({value_there})</source>
        <translation>отличается от строки {other} для того же учреждения ({value_there})</translation>
    </message>
    <message>
        <source>does not equal quantity × unit value ({quantity} × {unit_value})</source>
        <translation>не равно количеству × цене за единицу ({quantity} × {unit_value})</translation>
    </message>
    <message>
        <source>does not start with the year, as the date order year-month-day says</source>
        <translation>не начинается с года, как требует порядок «год-месяц-день»</translation>
    </message>
    <message>
        <source>donor «{name}» has no name in {language}</source>
        <translation>{language}: у донора «{name}» нет наименования</translation>
    </message>
    <message>
        <source>draft of {date}</source>
        <translation>проект от {date}</translation>
    </message>
    <message>
        <source>draft with no date</source>
        <translation>проект без даты</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>оформлен</translation>
    </message>
    <message>
        <source>finalized elsewhere</source>
        <translation>оформлен на другом компьютере</translation>
    </message>
    <message>
        <source>give a path or a table</source>
        <translation>укажите путь или таблицу</translation>
    </message>
    <message>
        <source>give either a programme or a donor</source>
        <translation>укажите либо программу, либо донора</translation>
    </message>
    <message>
        <source>give the name in one language at least</source>
        <translation>укажите название хотя бы на одном языке</translation>
    </message>
    <message>
        <source>has ? where letters should be: the file was saved in a code page without the letters of {language}; save it as CSV UTF-8 or XLSX and import that</source>
        <translation>содержит ? вместо букв: файл был сохранён в кодировке, в которой нет букв языка «{language}»; сохраните его как CSV UTF-8 или XLSX и импортируйте снова</translation>
    </message>
    <message>
        <source>has letters that {language} does not use ({letters}): is this another language&apos;s text in the wrong column?</source>
        <translation>содержит буквы, которых нет в языке «{language}» ({letters}): не текст ли это на другом языке, попавший не в свой столбец?</translation>
    </message>
    <message>
        <source>has misplaced thousands separators; groups after the first must have three digits</source>
        <translation>разделители тысяч стоят неверно: после первой группы в каждой должно быть три цифры</translation>
    </message>
    <message>
        <source>has more than {max_decimals} decimals</source>
        <translation>больше {max_decimals} знаков после запятой</translation>
    </message>
    <message>
        <source>has no Cyrillic letters; {language} is written in Cyrillic letters: is this the right column?</source>
        <translation>не содержит ни одной кириллической буквы; язык «{language}» пишется кириллицей: тот ли это столбец?</translation>
    </message>
    <message>
        <source>has no Latin letters; {language} is written in Latin letters: is this the right column?</source>
        <translation>не содержит ни одной латинской буквы; язык «{language}» пишется латиницей: тот ли это столбец?</translation>
    </message>
    <message>
        <source>holds a formula whose result was not saved; open the file in Excel and save it, or paste values</source>
        <translation>содержит формулу, результат которой не сохранён; откройте файл в Excel и сохраните его или вставьте значения</translation>
    </message>
    <message>
        <source>institution «{name}» has no name in {language}</source>
        <translation>{language}: у учреждения «{name}» нет наименования</translation>
    </message>
    <message>
        <source>is a database, a backup or one of their files; it is never written over — choose another file name</source>
        <translation>это база данных, резервная копия или один из их файлов; они никогда не перезаписываются — выберите другое имя файла</translation>
    </message>
    <message>
        <source>is a file, not a folder; backups are written into a folder</source>
        <translation>это файл, а не папка; резервные копии записываются в папку</translation>
    </message>
    <message>
        <source>is a folder; give a file name such as {example}</source>
        <translation>это папка; укажите имя файла, например {example}</translation>
    </message>
    <message>
        <source>is ambiguous: {text} could mean {as_thousands} or {as_decimal}; write it without a thousands separator or with two decimals</source>
        <translation>неоднозначно: {text} может означать {as_thousands} или {as_decimal}; пишите без разделителя тысяч или с двумя знаками после запятой</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>is empty; say whether the texts are reviewed, e.g. &quot;draft — needs review by a native speaker&quot;</source>
        <translation>пусто; укажите, проверены ли тексты, например «draft — needs review by a native speaker»</translation>
    </message>
    <message>
        <source>is in Cyrillic letters; a name in {language} is written in Latin letters</source>
        <translation>написано кириллицей; имя на языке «{language}» пишется латиницей</translation>
    </message>
    <message>
        <source>is in Latin letters; a name in {language} is written in Cyrillic letters</source>
        <translation>написано латиницей; имя на языке «{language}» пишется кириллицей</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>is missing from [review]</source>
        <translation>отсутствует в [review]</translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8</source>
        <translation>не является текстом в UTF-8; сохраните файл в UTF-8</translation>
    </message>
    <message>
        <source>is not a country; expected a two-letter code such as KG, UZ, KZ, TJ or TM</source>
        <translation>это не страна; ожидается двухбуквенный код, например KG, UZ, KZ, TJ или TM</translation>
    </message>
    <message>
        <source>is not a date; expected a date such as 2018-02-15 or 15.02.2018</source>
        <translation>это не дата; ожидается дата вида 15.02.2018 или 2018-02-15</translation>
    </message>
    <message>
        <source>is not a known currency; expected one of {codes}</source>
        <translation>неизвестная валюта; допустимы: {codes}</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation>неизвестная настройка</translation>
    </message>
    <message>
        <source>is not a known table; expected {expected}</source>
        <translation>неизвестная таблица; ожидается {expected}</translation>
    </message>
    <message>
        <source>is not a known text of [{table}] (misspelt?)</source>
        <translation>неизвестный текст в [{table}] (опечатка?)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>это не число</translation>
    </message>
    <message>
        <source>is not a number: use digits, one decimal comma or point, and spaces to group thousands</source>
        <translation>это не число: используйте цифры, одну десятичную запятую или точку и пробелы между разрядами</translation>
    </message>
    <message>
        <source>is not a recorded signatory of {institution}</source>
        <translation>не значится подписантом учреждения {institution}</translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file carries another file inside it (a scan of the signed paper holds only its pages)</source>
        <translation>не является сканом: файл {kind} содержит внутри другой файл (скан подписанного документа содержит только его страницы)</translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file holds an XFA form (a scan of the signed paper holds only its pages)</source>
        <translation>не является сканом: файл {kind} содержит форму XFA (скан подписанного документа содержит только его страницы)</translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file holds more than {count} objects</source>
        <translation>не является сканом: файл {kind} содержит больше {count} объектов</translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file reads another file (a scan of the signed paper holds only its pages)</source>
        <translation>не является сканом: файл {kind} читает другой файл (скан подписанного документа содержит только его страницы)</translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file runs JavaScript (a scan of the signed paper holds only its pages)</source>
        <translation>не является сканом: файл {kind} запускает JavaScript (скан подписанного документа содержит только его страницы)</translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file starts another program (a scan of the signed paper holds only its pages)</source>
        <translation>не является сканом: файл {kind} запускает другую программу (скан подписанного документа содержит только его страницы)</translation>
    </message>
    <message>
        <source>is not a signatory of the recipient institution</source>
        <translation>не является подписантом учреждения-получателя</translation>
    </message>
    <message>
        <source>is not a valid TOML file: {error}</source>
        <translation>не является правильным файлом TOML: {error}</translation>
    </message>
    <message>
        <source>is not a valid UUID</source>
        <translation>неверный UUID</translation>
    </message>
    <message>
        <source>is not a valid pattern; use e.g. {example}</source>
        <translation>неверный шаблон; используйте, например, {example}</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it cannot be decoded ({reason})</source>
        <translation>не является целым файлом {kind}: его не удаётся декодировать ({reason})</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it cannot be read ({reason})</source>
        <translation>не является целым файлом {kind}: его не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it declares {pixels} pixels, more than a scan has</source>
        <translation>не является целым файлом {kind}: в нём заявлено {pixels} пикселей — больше, чем бывает у скана</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it does not begin as a JPEG does (SOI)</source>
        <translation>не является целым файлом {kind}: он начинается не так, как JPEG (SOI)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it does not begin as a PDF does (%PDF-)</source>
        <translation>не является целым файлом {kind}: он начинается не так, как PDF (%PDF-)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it does not begin as a PNG does</source>
        <translation>не является целым файлом {kind}: он начинается не так, как PNG</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it has no end (%%EOF): the file is cut short</source>
        <translation>не является целым файлом {kind}: у него нет конца (%%EOF) — файл обрезан</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it has no pages</source>
        <translation>не является целым файлом {kind}: в нём нет страниц</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds a chunk with an invalid name ({chunk})</source>
        <translation>не является целым файлом {kind}: в нём есть блок с недопустимым именем ({chunk})</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds no image</source>
        <translation>не является целым файлом {kind}: в нём нет изображения</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds no image data (IDAT)</source>
        <translation>не является целым файлом {kind}: в нём нет данных изображения (IDAT)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds something that is not a segment at byte {at}</source>
        <translation>не является целым файлом {kind}: в байте {at} находится не сегмент</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short before its end (EOI)</source>
        <translation>не является целым файлом {kind}: файл обрезан до конца (EOI)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short before its end (IEND)</source>
        <translation>не является целым файлом {kind}: файл обрезан до конца (IEND)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside a segment</source>
        <translation>не является целым файлом {kind}: файл обрезан посреди сегмента</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside a segment at byte {at}</source>
        <translation>не является целым файлом {kind}: файл обрезан посреди сегмента в байте {at}</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside a {chunk} chunk</source>
        <translation>не является целым файлом {kind}: файл обрезан посреди блока {chunk}</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside its image data (no EOI)</source>
        <translation>не является целым файлом {kind}: файл обрезан посреди данных изображения (нет EOI)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it starts a second image inside the first (SOI at byte {at})</source>
        <translation>не является целым файлом {kind}: внутри первого изображения начинается второе (SOI в байте {at})</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its first chunk is not the image header (IHDR)</source>
        <translation>не является целым файлом {kind}: первый блок — не заголовок изображения (IHDR)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data cannot be inflated ({reason})</source>
        <translation>не является целым файлом {kind}: данные изображения не удаётся распаковать ({reason})</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data comes before its frame header</source>
        <translation>не является целым файлом {kind}: данные изображения идут раньше заголовка кадра</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data holds more than its header declares</source>
        <translation>не является целым файлом {kind}: данных изображения больше, чем заявлено в заголовке</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data holds {got} bytes where its header declares {expected}</source>
        <translation>не является целым файлом {kind}: в данных изображения {got} байт, а в заголовке заявлено {expected}</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data is cut short</source>
        <translation>не является целым файлом {kind}: данные изображения обрезаны</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image header is invalid</source>
        <translation>не является целым файлом {kind}: заголовок изображения неверен</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: page {page} cannot be read ({reason})</source>
        <translation>не является целым файлом {kind}: страницу {page} не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: the checksum of its {chunk} chunk at byte {at} is wrong (damaged)</source>
        <translation>не является целым файлом {kind}: контрольная сумма блока {chunk} в байте {at} неверна (файл повреждён)</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: {count} bytes of something else follow its end (%%EOF)</source>
        <translation>не является целым файлом {kind}: после его конца (%%EOF) идут ещё {count} байт постороннего</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: {count} bytes of something else follow its end (EOI)</source>
        <translation>не является целым файлом {kind}: после его конца (EOI) идут ещё {count} байт постороннего</translation>
    </message>
    <message>
        <source>is not a whole {kind} file: {count} bytes of something else follow its end (IEND)</source>
        <translation>не является целым файлом {kind}: после его конца (IEND) идут ещё {count} байт постороннего</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({reason}); it was left untouched. Restore the last backup (restore FILE; backups are kept in the folder &apos;backups&apos; beside the database)</source>
        <translation>{path} повреждён или не является базой данных ({reason}); он оставлен без изменений. Восстановите последнюю резервную копию (restore ФАЙЛ; резервные копии хранятся в папке «backups» рядом с базой данных)</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>не является суммой</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <source>is the database itself; choose a backup file</source>
        <translation>это сама база данных; выберите файл резервной копии</translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never written over — choose another file name</source>
        <translation>это база данных или один из её файлов; они никогда не перезаписываются — выберите другое имя файла</translation>
    </message>
    <message>
        <source>is too large (at most {max} minor units)</source>
        <translation>слишком большое значение (не более {max} мин. единиц)</translation>
    </message>
    <message>
        <source>is too large (at most {max} {unit})</source>
        <translation>слишком большое значение (не более {max})</translation>
    </message>
    <message>
        <source>is too large (at most {max})</source>
        <translation>слишком большое значение (не более {max})</translation>
    </message>
    <message>
        <source>is too large ({size} MB); at most 50 MB</source>
        <translation>слишком большой файл ({size} МБ); не более 50 МБ</translation>
    </message>
    <message>
        <source>is too large to store</source>
        <translation>слишком большое значение</translation>
    </message>
    <message>
        <source>is too large; at most 1,000,000,000</source>
        <translation>слишком большое значение; не более 1 000 000 000</translation>
    </message>
    <message>
        <source>is too long ({length} characters); at most {limit}</source>
        <translation>слишком длинный текст ({length} символов); не более {limit}</translation>
    </message>
    <message>
        <source>is too long; at most 1000 characters</source>
        <translation>слишком длинный текст; не более 1000 символов</translation>
    </message>
    <message>
        <source>it has no {field}</source>
        <translation>не заполнено поле «{field}»</translation>
    </message>
    <message>
        <source>it refers to a record that does not exist here</source>
        <translation>запись ссылается на другую запись, которой здесь нет</translation>
    </message>
    <message>
        <source>item &apos;{name}&apos; has been written off</source>
        <translation>позиция «{name}» списана</translation>
    </message>
    <message>
        <source>item &apos;{name}&apos; has nothing left in stock</source>
        <translation>позиции «{name}» больше нет на складе</translation>
    </message>
    <message>
        <source>item &apos;{name}&apos; is valued in {item_currency} but the act is in {act_currency}; enter an exchange rate or the unit value in {act_currency}</source>
        <translation>стоимость позиции «{name}» указана в {item_currency}, а акт составлен в {act_currency}; укажите курс или цену за единицу в {act_currency}</translation>
    </message>
    <message>
        <source>its braces are not well formed: write a placeholder as {{name}} and nothing else in braces</source>
        <translation>фигурные скобки расставлены неверно: подстановка пишется как {{name}}, и ничего другого в скобках</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>его содержимое не совпадает с хешем</translation>
    </message>
    <message>
        <source>its history of signed scans does not agree with its attachments; the bundle was edited</source>
        <translation>история подписанных сканов акта не совпадает с приложенными файлами; пакет был изменён</translation>
    </message>
    <message>
        <source>its history of signed scans does not end with its signed scan; the bundle was edited</source>
        <translation>история подписанных сканов акта не заканчивается его текущим подписанным сканом; пакет был изменён</translation>
    </message>
    <message>
        <source>its history of signed scans does not follow the scan held here</source>
        <translation>история подписанных сканов акта не продолжает скан, имеющийся здесь</translation>
    </message>
    <message>
        <source>its history of signed scans does not hold together; the bundle was edited</source>
        <translation>история подписанных сканов акта противоречива; пакет был изменён</translation>
    </message>
    <message>
        <source>its lines differ from the signed content</source>
        <translation>его строки отличаются от подписанного содержимого</translation>
    </message>
    <message>
        <source>its link to the previous act is broken (previous hash differs)</source>
        <translation>нарушена его связь с предыдущим актом (хеш предыдущего акта отличается)</translation>
    </message>
    <message>
        <source>its placeholders differ from the English text ({expected}): {detail}; keep every {{name}} as it is</source>
        <translation>подстановки отличаются от английского текста ({expected}): {detail}; оставьте каждую {{name}} как есть</translation>
    </message>
    <message>
        <source>its print {sha256} recorded as issued on {at} (journal entry {entry}) is missing</source>
        <translation>его печати {sha256}, записанной как выданная {at} (запись журнала {entry}), нет</translation>
    </message>
    <message>
        <source>its print {sha256} recorded as issued on {at} is not in the journal: it was recorded behind the program&apos;s back</source>
        <translation>его печати {sha256}, записанной как выданная {at}, нет в журнале: её записали в обход программы</translation>
    </message>
    <message>
        <source>its print {sha256} recorded as issued on {at}: its {field} differs from what the journal records (journal entry {entry})</source>
        <translation>его печать {sha256}, записанная как выданная {at}: {field} отличается от записанного в журнале (запись журнала {entry})</translation>
    </message>
    <message>
        <source>its record of issued prints is not a list</source>
        <translation>его перечень выданных печатных копий не является списком</translation>
    </message>
    <message>
        <source>its signed scan is missing from the bundle</source>
        <translation>в пакете нет подписанного скана акта</translation>
    </message>
    <message>
        <source>its stored content does not verify: {detail}</source>
        <translation>сохранённое содержимое акта не проходит проверку: {detail}</translation>
    </message>
    <message>
        <source>its stored content is not in canonical form</source>
        <translation>его сохранённое содержимое не в каноническом виде</translation>
    </message>
    <message>
        <source>its stored content is not readable</source>
        <translation>его сохранённое содержимое не читается</translation>
    </message>
    <message>
        <source>its totals differ from the signed content</source>
        <translation>его итоги отличаются от подписанного содержимого</translation>
    </message>
    <message>
        <source>its {field} differs from the signed content</source>
        <translation>поле «{field}» отличается от подписанного содержимого</translation>
    </message>
    <message>
        <source>line {line_no}: &apos;{name}&apos; has been written off</source>
        <translation>строка {line_no}: позиция «{name}» списана</translation>
    </message>
    <message>
        <source>line {line_no}: &apos;{name}&apos; is valued in {item_currency} and cannot be converted to {currency} without a rate; enter the exchange rate together with the currency, or remove the line</source>
        <translation>строка {line_no}: стоимость «{name}» указана в {item_currency}, и без курса её нельзя пересчитать в {currency}; укажите курс вместе с валютой или удалите строку</translation>
    </message>
    <message>
        <source>line {line_no}: item «{name}» has no name in {language}</source>
        <translation>строка {line_no}, {language}: у предмета «{name}» нет наименования</translation>
    </message>
    <message>
        <source>line {line_no}: the English name of &apos;{name}&apos; is missing</source>
        <translation type="vanished">строка {line_no}: нет английского наименования «{name}»</translation>
    </message>
    <message>
        <source>line {line_no}: the Russian name of &apos;{name}&apos; is missing</source>
        <translation type="vanished">строка {line_no}: нет русского наименования «{name}»</translation>
    </message>
    <message>
        <source>line {line_no}: {quantity} of &apos;{name}&apos; asked for but only {left} is still available</source>
        <translation>строка {line_no}: запрошено {quantity} ед. «{name}», а в наличии только {left}</translation>
    </message>
    <message>
        <source>lines of a finalized act cannot be changed</source>
        <translation>строки оформленного акта изменить нельзя</translation>
    </message>
    <message>
        <source>matches no recorded item (by item_uuid, serial_number or inventory_number)</source>
        <translation>не найдено ни одной позиции (по item_uuid, серийному или инвентарному номеру)</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>должно быть 0 или больше</translation>
    </message>
    <message>
        <source>must be 1 or 100 (the number of US dollars the rate is for)</source>
        <translation>должно быть 1 или 100 (за сколько долларов США указан курс)</translation>
    </message>
    <message>
        <source>must be 2 to 12 Latin capital letters or digits, e.g. BISH</source>
        <translation>от 2 до 12 заглавных латинских букв или цифр, например BISH</translation>
    </message>
    <message>
        <source>must be ENTRY:HASH as check printed it, e.g. 42: and 64 hexadecimal digits</source>
        <translation>должно быть ЗАПИСЬ:ХЕШ, как напечатала проверка, например 42: и 64 шестнадцатеричные цифры</translation>
    </message>
    <message>
        <source>must be a PDF, JPG or PNG file</source>
        <translation>нужен файл PDF, JPG или PNG</translation>
    </message>
    <message>
        <source>must be a PNG or JPG picture</source>
        <translation>должно быть изображением PNG или JPG</translation>
    </message>
    <message>
        <source>must be a decimal number written as text, e.g. 68.8395</source>
        <translation>нужно десятичное число в виде текста, например 68.8395</translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation>ожидается список строк</translation>
    </message>
    <message>
        <source>must be a list of one or two language codes, e.g. [&quot;ru&quot;, &quot;en&quot;]</source>
        <translation>должно быть списком из одного или двух кодов языков, например [&quot;ru&quot;, &quot;en&quot;]</translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation>должно быть текстом в кавычках</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>нужно целое число</translation>
    </message>
    <message>
        <source>must be a whole number greater than 0</source>
        <translation>нужно целое число больше 0</translation>
    </message>
    <message>
        <source>must be a whole number of minor units</source>
        <translation>нужно целое число мин. единиц</translation>
    </message>
    <message>
        <source>must be a whole number of minor units (cents), 0 or more</source>
        <translation>нужно целое число мин. единиц (центов), 0 или больше</translation>
    </message>
    <message>
        <source>must be a whole number of minor units, 0 or more, that fits the total</source>
        <translation>нужно целое число мин. единиц, 0 или больше, в пределах итоговой суммы</translation>
    </message>
    <message>
        <source>must be an act (a JSON object)</source>
        <translation>ожидается акт (объект JSON)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>must be an object with en and ru texts</source>
        <translation>ожидается объект с текстами en и ru</translation>
    </message>
    <message>
        <source>must be an object with value, scale, type, source and effective_date</source>
        <translation>ожидается объект с полями value, scale, type, source и effective_date</translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation>должно быть больше 0</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>допустимые значения: {choices}</translation>
    </message>
    <message>
        <source>must be one of {codes}</source>
        <translation>допустимые значения: {codes}</translation>
    </message>
    <message>
        <source>must be photo, warranty or other</source>
        <translation>допустимо: photo, warranty или other</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <source>must be two different languages of {codes}, e.g. ru,en</source>
        <translation>должно быть два разных языка из {codes}, например ru,en</translation>
    </message>
    <message>
        <source>must be two different languages of en, ru, kk, tg, e.g. ru,en</source>
        <translation type="vanished">нужно указать два разных языка из en, ru, kk, tg, например ru,en</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>ожидается «да» или «нет»</translation>
    </message>
    <message>
        <source>must contain {placeholder}</source>
        <translation>должен содержать {placeholder}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>must not be negative (an amount in brackets is a negative one)</source>
        <translation>не должна быть отрицательной (сумма в скобках — отрицательная)</translation>
    </message>
    <message>
        <source>must refer to an existing record</source>
        <translation>должно ссылаться на существующую запись</translation>
    </message>
    <message>
        <source>no act &apos;{ref}&apos; (give its number, e.g. ROCA-2018-0001, its UUID or its id)</source>
        <translation>акт «{ref}» не найден (укажите номер, например ROCA-2018-0001, UUID или код записи)</translation>
    </message>
    <message>
        <source>no act given</source>
        <translation>акт не указан</translation>
    </message>
    <message>
        <source>no act line with id {id}</source>
        <translation>строка акта с кодом {id} не найдена</translation>
    </message>
    <message>
        <source>no act with id {id}</source>
        <translation>акт с кодом {id} не найден</translation>
    </message>
    <message>
        <source>no attachment with id {id}</source>
        <translation>вложение с кодом {id} не найдено</translation>
    </message>
    <message>
        <source>no column title was recognised; the first row should hold titles such as {examples} (see the import column list)</source>
        <translation>ни один заголовок столбца не распознан; в первой строке должны быть заголовки, например {examples} (см. список столбцов для импорта)</translation>
    </message>
    <message>
        <source>no donor &apos;{name}&apos; is recorded; import or add the donor first</source>
        <translation>донора «{name}» нет в базе; сначала импортируйте или добавьте донора</translation>
    </message>
    <message>
        <source>no item with id {id}</source>
        <translation>позиция с кодом {id} не найдена</translation>
    </message>
    <message>
        <source>no programme with the code {code}</source>
        <translation>нет программы с кодом {code}</translation>
    </message>
    <message>
        <source>no programme with this code is recorded</source>
        <translation>программа с таким кодом не найдена</translation>
    </message>
    <message>
        <source>no programme with this code is recorded; add the programme first</source>
        <translation>программы с таким кодом нет в базе; сначала добавьте программу</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>no such institution is recorded; add it first</source>
        <translation>такое учреждение не найдено; сначала добавьте его</translation>
    </message>
    <message>
        <source>no {label} &apos;{ref}&apos;</source>
        <translation>запись «{ref}» не найдена</translation>
    </message>
    <message>
        <source>no {label} with id {id}</source>
        <translation>запись с кодом {id} не найдена</translation>
    </message>
    <message>
        <source>not a PDF: no startxref</source>
        <translation>не PDF: нет startxref</translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation>ничего не добавлено</translation>
    </message>
    <message>
        <source>one of its donors is neither here nor in the bundle</source>
        <translation>одного из доноров программы нет ни здесь, ни в пакете</translation>
    </message>
    <message>
        <source>only a finalized act can be signed or voided; a draft can be deleted</source>
        <translation>подписать или аннулировать можно только оформленный акт; проект можно удалить</translation>
    </message>
    <message>
        <source>only a signed act takes its signed scan; record it as signed first</source>
        <translation>скан прикладывается только к подписанному акту; сначала отметьте подписание</translation>
    </message>
    <message>
        <source>only {left} is still available</source>
        <translation>в наличии осталось только {left}</translation>
    </message>
    <message>
        <source>programme {code} has no name in {language}</source>
        <translation>{language}: у программы {code} нет наименования</translation>
    </message>
    <message>
        <source>page</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>quantity × unit value is too large to store (at most {max} in total)</source>
        <translation>произведение количества на цену за единицу слишком велико (не более {max} в сумме)</translation>
    </message>
    <message>
        <source>refers to a programme that does not exist</source>
        <translation>ссылается на несуществующую программу</translation>
    </message>
    <message>
        <source>refers to a signatory that does not exist</source>
        <translation>ссылается на несуществующего подписанта</translation>
    </message>
    <message>
        <source>refers to an institution that does not exist</source>
        <translation>ссылается на несуществующее учреждение</translation>
    </message>
    <message>
        <source>refers to an item that does not exist</source>
        <translation>ссылается на несуществующую позицию</translation>
    </message>
    <message>
        <source>repeats the code of row {other}</source>
        <translation>повторяет код из строки {other}</translation>
    </message>
    <message>
        <source>repeats the donor of row {other}</source>
        <translation>повторяет донора из строки {other}</translation>
    </message>
    <message>
        <source>repeats the {what} of row {other}</source>
        <translation>повторяет значение «{what}» из строки {other}</translation>
    </message>
    <message>
        <source>row {row} has {count} columns; at most {limit} are read</source>
        <translation>в строке {row} столбцов: {count}; читается не более {limit}</translation>
    </message>
    <message>
        <source>row {row}: the signatory&apos;s institution was not imported</source>
        <translation>строка {row}: учреждение подписанта не импортировано</translation>
    </message>
    <message>
        <source>is ambiguous: {text} could be {day_first} (day first) or {month_first} (month first); give the date order</source>
        <translation>неоднозначна: {text} может означать {day_first} (сначала день) или {month_first} (сначала месяц); укажите порядок дат</translation>
    </message>
    <message>
        <source>is not a date in the order {order}: {month} is not a month</source>
        <translation>не является датой в порядке {order}: {month} — не месяц</translation>
    </message>
    <message>
        <source>is not a date: a number that is not an Excel date</source>
        <translation>не является датой: число, не являющееся датой Excel</translation>
    </message>
    <message>
        <source>is not a date: the year {year} should have four digits</source>
        <translation>не является датой: в годе {year} должно быть четыре цифры</translation>
    </message>
    <message>
        <source>is not a date: there is no day {day} in month {month} of {year}</source>
        <translation>не является датой: в месяце {month} года {year} нет дня {day}</translation>
    </message>
    <message>
        <source>is not a date: {word} is not a month</source>
        <translation>не является датой: {word} — не месяц</translation>
    </message>
    <message>
        <source>is not a date; expected a date such as 2018-02-15, 15.02.2018 or 15-Feb-2018</source>
        <translation>не является датой; ожидается дата вида 2018-02-15, 15.02.2018 или 15-Feb-2018</translation>
    </message>
    <message>
        <source>is not a field of [review]; expected {expected}</source>
        <translation>не является полем [review]; ожидается {expected}</translation>
    </message>
    <message>
        <source>is not a field of {kind}</source>
        <translation>не является полем записи «{kind}»</translation>
    </message>
    <message>
        <source>is not a gender; write man, woman or not given (мужчина, женщина, не указан)</source>
        <translation>не является полом; напишите «мужчина», «женщина» или «не указан» (man, woman, not given)</translation>
    </message>
    <message>
        <source>is not an amount: expected a number such as 1 234,50 or $1,234.50</source>
        <translation>не является суммой: ожидается число вида 1 234,50 или $1,234.50</translation>
    </message>
    <message>
        <source>is not an amount: {word} is not a currency (expected a code such as USD or KGS, or a sign such as $)</source>
        <translation>не является суммой: {word} — не валюта (ожидается код, например USD или KGS, или знак, например $)</translation>
    </message>
    <message>
        <source>must be WORD=CATEGORY with a word before the =</source>
        <translation>должно быть СЛОВО=КАТЕГОРИЯ со словом перед =</translation>
    </message>
    <message>
        <source>names two currencies ({first} and {second})</source>
        <translation>называет две валюты ({first} и {second})</translation>
    </message>
    <message>
        <source>repeats the column titles</source>
        <translation>повторяет заголовки столбцов</translation>
    </message>
    <message>
        <source>says {unit} but the unit column says {other}</source>
        <translation>указано {unit}, а в столбце единиц — {other}</translation>
    </message>
    <message>
        <source>the CSV is malformed near row {row}: {reason}</source>
        <translation>ошибка в формате CSV около строки {row}: {reason}</translation>
    </message>
    <message>
        <source>the Cyrillic (Russian) form of the donor-side signatory&apos;s name is missing</source>
        <translation type="vanished">нет ФИО подписанта передающей стороны кириллицей (для русского текста)</translation>
    </message>
    <message>
        <source>the Cyrillic (Russian) form of the recipient signatory&apos;s name is missing</source>
        <translation type="vanished">нет ФИО подписанта получателя кириллицей (для русского текста)</translation>
    </message>
    <message>
        <source>the English name of donor &apos;{name}&apos; is missing</source>
        <translation type="vanished">нет английского наименования донора «{name}»</translation>
    </message>
    <message>
        <source>the English name of the exchange rate&apos;s source is missing</source>
        <translation type="vanished">нет английского наименования источника курса</translation>
    </message>
    <message>
        <source>the English name of the national bank is missing</source>
        <translation type="vanished">нет английского наименования национального банка</translation>
    </message>
    <message>
        <source>the English name of the programme is missing</source>
        <translation type="vanished">нет английского наименования программы</translation>
    </message>
    <message>
        <source>the English name of the recipient institution is missing</source>
        <translation type="vanished">нет английского названия учреждения-получателя</translation>
    </message>
    <message>
        <source>the English name of the transferring organisation is missing</source>
        <translation type="vanished">нет английского названия передающей организации</translation>
    </message>
    <message>
        <source>the English text of the basis is missing</source>
        <translation type="vanished">нет английского текста основания</translation>
    </message>
    <message>
        <source>the English text of the donor-side signatory&apos;s authority is missing</source>
        <translation type="vanished">нет английского текста основания полномочий подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the English text of the goods handed over is missing</source>
        <translation type="vanished">нет английского текста о передаваемом имуществе</translation>
    </message>
    <message>
        <source>the English text of the place is missing</source>
        <translation type="vanished">нет английского названия места составления акта</translation>
    </message>
    <message>
        <source>the English text of the recipient signatory&apos;s authority is missing</source>
        <translation type="vanished">нет английского текста основания полномочий подписанта получателя</translation>
    </message>
    <message>
        <source>the English title of the donor-side signatory is missing</source>
        <translation type="vanished">нет английской должности подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the English title of the recipient&apos;s signatory is missing</source>
        <translation type="vanished">нет английской должности подписанта получателя</translation>
    </message>
    <message>
        <source>the Latin (English) form of the donor-side signatory&apos;s name is missing</source>
        <translation type="vanished">нет ФИО подписанта передающей стороны латиницей (для английского текста)</translation>
    </message>
    <message>
        <source>the Latin (English) form of the recipient signatory&apos;s name is missing</source>
        <translation type="vanished">нет ФИО подписанта получателя латиницей (для английского текста)</translation>
    </message>
    <message>
        <source>the PDF has no plain cross-reference table</source>
        <translation>в PDF нет простой таблицы перекрёстных ссылок</translation>
    </message>
    <message>
        <source>the PDF&apos;s catalogue names no page tree</source>
        <translation>каталог PDF не указывает дерево страниц</translation>
    </message>
    <message>
        <source>the PDF&apos;s page tree is not one flat list of pages</source>
        <translation>дерево страниц PDF не является одним плоским списком страниц</translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer names no catalogue</source>
        <translation>трейлер PDF не указывает каталог</translation>
    </message>
    <message>
        <source>the Russian name of donor &apos;{name}&apos; is missing</source>
        <translation type="vanished">нет русского наименования донора «{name}»</translation>
    </message>
    <message>
        <source>the Russian name of the exchange rate&apos;s source is missing</source>
        <translation type="vanished">нет русского наименования источника курса</translation>
    </message>
    <message>
        <source>the Russian name of the national bank is missing</source>
        <translation type="vanished">нет русского наименования национального банка</translation>
    </message>
    <message>
        <source>the Russian name of the programme is missing</source>
        <translation type="vanished">нет русского наименования программы</translation>
    </message>
    <message>
        <source>the Russian name of the recipient institution is missing</source>
        <translation type="vanished">нет русского названия учреждения-получателя</translation>
    </message>
    <message>
        <source>the Russian name of the transferring organisation is missing</source>
        <translation type="vanished">нет русского названия передающей организации</translation>
    </message>
    <message>
        <source>the Russian text of the basis is missing</source>
        <translation type="vanished">нет русского текста основания</translation>
    </message>
    <message>
        <source>the Russian text of the donor-side signatory&apos;s authority is missing</source>
        <translation type="vanished">нет русского текста основания полномочий подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the Russian text of the goods handed over is missing</source>
        <translation type="vanished">нет русского текста о передаваемом имуществе</translation>
    </message>
    <message>
        <source>the Russian text of the place is missing</source>
        <translation type="vanished">нет русского названия места составления акта</translation>
    </message>
    <message>
        <source>the Russian text of the recipient signatory&apos;s authority is missing</source>
        <translation type="vanished">нет русского текста основания полномочий подписанта получателя</translation>
    </message>
    <message>
        <source>the Russian title of the donor-side signatory is missing</source>
        <translation type="vanished">нет русской должности подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the Russian title of the recipient&apos;s signatory is missing</source>
        <translation type="vanished">нет русской должности подписанта получателя</translation>
    </message>
    <message>
        <source>the act hands over more of an item than is still in stock</source>
        <translation>по одной из позиций акт передаёт больше, чем осталось на складе</translation>
    </message>
    <message>
        <source>the act has no date yet, so its number is not known</source>
        <translation>у акта ещё нет даты, поэтому номер неизвестен</translation>
    </message>
    <message>
        <source>the act has no lines; add at least one item</source>
        <translation>в акте нет строк; добавьте хотя бы одну позицию</translation>
    </message>
    <message>
        <source>the act&apos;s date {date} is more than {days} days ahead; check the year</source>
        <translation>дата акта {date} позже сегодняшней более чем на {days} дн.; проверьте год</translation>
    </message>
    <message>
        <source>the act&apos;s total is 0; enter the value of the items</source>
        <translation>сумма акта равна 0; укажите стоимость имущества</translation>
    </message>
    <message>
        <source>the amount cannot be written in words in {language} yet</source>
        <translation>{language}: сумму прописью пока нельзя написать на этом языке</translation>
    </message>
    <message>
        <source>the audit log cannot be changed</source>
        <translation>журнал изменений изменить нельзя</translation>
    </message>
    <message>
        <source>the authority of signatory «{name}» has no text in {language}</source>
        <translation>{language}: нет текста основания полномочий подписанта «{name}»</translation>
    </message>
    <message>
        <source>the backup failed: {reason}</source>
        <translation>не удалось создать резервную копию: {reason}</translation>
    </message>
    <message>
        <source>the backup {path} does not exist</source>
        <translation>резервной копии {path} не существует</translation>
    </message>
    <message>
        <source>the basis of the act has no text in {language}</source>
        <translation>{language}: нет текста основания акта</translation>
    </message>
    <message>
        <source>the bundle has no manifest; it is not an Equipment Desk bundle</source>
        <translation>в пакете нет описи; это не пакет Equipment Desk</translation>
    </message>
    <message>
        <source>the bundle has too many parts</source>
        <translation>в пакете слишком много частей</translation>
    </message>
    <message>
        <source>the bundle holds the same part twice; it was edited</source>
        <translation>в пакете одна и та же часть встречается дважды; пакет был изменён</translation>
    </message>
    <message>
        <source>the bundle is damaged ({reason})</source>
        <translation>пакет повреждён ({reason})</translation>
    </message>
    <message>
        <source>the bundle unpacks to more than {limit} GB; it was not opened</source>
        <translation>в распакованном виде пакет занимает больше {limit} ГБ; он не открыт</translation>
    </message>
    <message>
        <source>the bundle was written by a newer version of Equipment Desk (changes {unknown}); update this copy first</source>
        <translation>пакет записан более новой версией Equipment Desk (изменения {unknown}); сначала обновите программу на этом компьютере</translation>
    </message>
    <message>
        <source>the bundle&apos;s parts do not match its manifest (missing: {missing}; extra: {extra})</source>
        <translation>части пакета не соответствуют описи (не хватает: {missing}; лишние: {extra})</translation>
    </message>
    <message>
        <source>the category {word} (rows {rows}) is none of the program&apos;s categories; say once which it is ({choices}), e.g. --category-map &quot;{word}=computers&quot; or in the import window</source>
        <translation>категория {word} (строки {rows}) не совпадает ни с одной категорией программы; укажите один раз, какая это ({choices}), например --category-map &quot;{word}=computers&quot; или в окне импорта</translation>
    </message>
    <message>
        <source>the chain of office {office} skips from position {after} to {position} (an act is missing)</source>
        <translation>в цепочке актов офиса {office} после позиции {after} идёт позиция {position} (акт отсутствует)</translation>
    </message>
    <message>
        <source>the column is empty in {empty} of {total} rows (rows {rows}); is it the right column?</source>
        <translation>столбец пуст в {empty} из {total} строк (строки {rows}); это верный столбец?</translation>
    </message>
    <message>
        <source>the column read as the name holds only numbers ({examples}); is it a row-number column? Map the name to another column</source>
        <translation>в столбце, прочитанном как наименование, только числа ({examples}); может быть, это номера строк? Выберите для наименования другой столбец</translation>
    </message>
    <message>
        <source>the currency is given twice and differs: {first} in {first_column}, {second} in {second_column}</source>
        <translation>валюта указана дважды и по-разному: {first} в столбце «{first_column}», {second} в столбце «{second_column}»</translation>
    </message>
    <message>
        <source>the database is in use by another program (it is locked); close the other program and try again</source>
        <translation>база данных занята другой программой (заблокирована); закройте ту программу и повторите</translation>
    </message>
    <message>
        <source>the database {path} is in use by another program; close it and try again</source>
        <translation>база данных {path} занята другой программой; закройте её и повторите</translation>
    </message>
    <message>
        <source>the document font {file} is missing from {folder}; reinstall Equipment Desk</source>
        <translation>шрифт документа {file} отсутствует в папке {folder}; переустановите Equipment Desk</translation>
    </message>
    <message>
        <source>the donor-side signatory has no name in {language}</source>
        <translation>{language}: нет имени подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the donor-side signatory has no title in {language}</source>
        <translation>{language}: нет должности подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the donor-side signatory is missing</source>
        <translation>не указан подписант со стороны донора</translation>
    </message>
    <message>
        <source>the donor-side signatory&apos;s authority has no text in {language}</source>
        <translation>{language}: нет текста основания полномочий подписанта передающей стороны</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files</source>
        <translation>в файле больше {limit} строк; разделите его на файлы поменьше</translation>
    </message>
    <message>
        <source>the file has no data rows under the header (row {row})</source>
        <translation>в файле нет строк с данными под заголовком (строка {row})</translation>
    </message>
    <message>
        <source>the file has no quantity column: each row is one unit (as in an asset list)</source>
        <translation>в файле нет столбца количества: каждая строка — одна единица (как в списке основных средств)</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>в файле нет строк</translation>
    </message>
    <message>
        <source>the file has no {title} column ({title_ru})</source>
        <translation>в файле нет столбца «{title_ru}» ({title})</translation>
    </message>
    <message>
        <source>the file has problems; nothing was imported</source>
        <translation>в файле есть ошибки; ничего не импортировано</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an XLSX workbook</source>
        <translation>файл — zip-архив, но не книга XLSX</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the file is not a CSV text file, whatever its name says (it looks like an XLSX workbook or a zip archive)</source>
        <translation>файл не является текстовым CSV, что бы ни говорило его имя (похоже на книгу XLSX или zip-архив)</translation>
    </message>
    <message>
        <source>the file is not a complete bundle (it is truncated or not a zip file: {reason})</source>
        <translation>файл не является полным пакетом (он обрезан или это не zip-файл: {reason})</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL bytes); export the sheet as CSV or XLSX</source>
        <translation>файл не текстовый (содержит нулевые байты); сохраните лист как CSV или XLSX</translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook, whatever its name says (it looks like {kind})</source>
        <translation>файл не является книгой XLSX, что бы ни говорило его имя (похоже на {kind})</translation>
    </message>
    <message>
        <source>the file is not an old .xls workbook, whatever its name says; save it as .xlsx or CSV</source>
        <translation>файл не является старой книгой .xls, что бы ни говорило его имя; сохраните его как .xlsx или CSV</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB); split it into smaller files</source>
        <translation>файл слишком большой ({size} МБ; допустимо не более {limit} МБ); разделите его на файлы поменьше</translation>
    </message>
    <message>
        <source>the file is too large to be a bundle</source>
        <translation>файл слишком большой для пакета</translation>
    </message>
    <message>
        <source>the file must end in .xlsx or .csv</source>
        <translation>имя файла должно оканчиваться на .xlsx или .csv</translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but is not</source>
        <translation>файл помечен как UTF-16, но не является им</translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but is not (byte {position})</source>
        <translation>файл помечен как UTF-8, но не является им (байт {position})</translation>
    </message>
    <message>
        <source>the file {path} does not exist</source>
        <translation>файла {path} не существует</translation>
    </message>
    <message>
        <source>the fixed texts of the act in {language} are missing: there is no file {file}</source>
        <translation>нет постоянных текстов акта на языке {language}: нет файла {file}</translation>
    </message>
    <message>
        <source>the fixed texts of the act&apos;s languages are not complete</source>
        <translation>постоянные тексты акта заполнены не на всех его языках</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>папки {folder} не существует</translation>
    </message>
    <message>
        <source>the goods handed over have no text in {language}</source>
        <translation>{language}: нет текста о передаваемом имуществе</translation>
    </message>
    <message>
        <source>the input has problems</source>
        <translation>во введённых данных есть ошибки</translation>
    </message>
    <message>
        <source>the item has been handed over completely; there is nothing left to write off</source>
        <translation>позиция передана полностью; списывать нечего</translation>
    </message>
    <message>
        <source>the line asks for more than is still in stock</source>
        <translation>в строке указано больше, чем осталось на складе</translation>
    </message>
    <message>
        <source>the line&apos;s amount is too large to store</source>
        <translation>сумма строки слишком велика</translation>
    </message>
    <message>
        <source>the manifest entry of {part} is malformed</source>
        <translation>запись описи для {part} повреждена</translation>
    </message>
    <message>
        <source>the manifest is not readable JSON; the bundle was damaged or edited</source>
        <translation>опись не читается как JSON; пакет повреждён или изменён</translation>
    </message>
    <message>
        <source>the manifest lacks its {key}</source>
        <translation>в описи нет поля {key}</translation>
    </message>
    <message>
        <source>the manifest lists no records; the bundle was damaged or edited</source>
        <translation>в описи нет записей; пакет повреждён или изменён</translation>
    </message>
    <message>
        <source>the manifest names an unexpected part {part}</source>
        <translation>в описи указана непредусмотренная часть {part}</translation>
    </message>
    <message>
        <source>the national bank has no name in {language}</source>
        <translation>{language}: нет наименования национального банка</translation>
    </message>
    <message>
        <source>the national bank rate takes effect on {effective}, after the act&apos;s date {date}; use the rate in effect on the act&apos;s date</source>
        <translation>курс национального банка действует с {effective}, то есть после даты акта {date}; укажите курс, действовавший на дату акта</translation>
    </message>
    <message>
        <source>the office has no category word {word}</source>
        <translation>у офиса нет слова категории {word}</translation>
    </message>
    <message>
        <source>the office logo cannot be read as an image ({error})</source>
        <translation>логотип офиса не читается как изображение ({error})</translation>
    </message>
    <message>
        <source>the part {part} cannot be read (the bundle is truncated or damaged: {reason})</source>
        <translation>часть {part} не читается (пакет обрезан или повреждён: {reason})</translation>
    </message>
    <message>
        <source>the part {part} fails its checksum; the bundle was changed after it was written</source>
        <translation>часть {part} не прошла проверку контрольной суммы; пакет изменён после записи</translation>
    </message>
    <message>
        <source>the part {part} has the wrong size; the bundle was changed after it was written</source>
        <translation>у части {part} неверный размер; пакет изменён после записи</translation>
    </message>
    <message>
        <source>the part {part} is larger than the manifest says</source>
        <translation>часть {part} больше, чем указано в описи</translation>
    </message>
    <message>
        <source>the period ends ({last}) before it starts ({first})</source>
        <translation>период заканчивается ({last}) раньше, чем начинается ({first})</translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>the place of the act has no text in {language}</source>
        <translation>{language}: нет места составления акта</translation>
    </message>
    <message>
        <source>the programme is missing</source>
        <translation>не указана программа</translation>
    </message>
    <message>
        <source>the quantity cannot be less than what has already been handed over</source>
        <translation>количество не может быть меньше уже переданного</translation>
    </message>
    <message>
        <source>the recipient institution is missing</source>
        <translation>не указано учреждение-получатель</translation>
    </message>
    <message>
        <source>the recipient signatory does not belong to the recipient institution</source>
        <translation>подписант получателя не относится к учреждению-получателю</translation>
    </message>
    <message>
        <source>the recipient&apos;s signatory is missing</source>
        <translation>не указан подписант со стороны получателя</translation>
    </message>
    <message>
        <source>the record is still used elsewhere, or refers to a record that does not exist</source>
        <translation>запись ещё используется в других записях или ссылается на несуществующую запись</translation>
    </message>
    <message>
        <source>the record it belongs to is neither here nor in the bundle</source>
        <translation>записи, к которой относится вложение, нет ни здесь, ни в пакете</translation>
    </message>
    <message>
        <source>the record it belongs to was left out</source>
        <translation>запись, к которой относится вложение, отклонена</translation>
    </message>
    <message>
        <source>the record of issued prints cannot be changed</source>
        <translation>перечень выданных печатных копий нельзя изменить</translation>
    </message>
    <message>
        <source>the records are not in the bundle format</source>
        <translation>записи не в формате пакета</translation>
    </message>
    <message>
        <source>the records are not readable JSON</source>
        <translation>записи не читаются как JSON</translation>
    </message>
    <message>
        <source>the records&apos; {section} are not a list</source>
        <translation>раздел записей {section} не является списком</translation>
    </message>
    <message>
        <source>the restore failed and the database was left as it was: {reason}</source>
        <translation>восстановить не удалось, база данных осталась прежней: {reason}</translation>
    </message>
    <message>
        <source>the sealed fixed texts cannot be used</source>
        <translation>запечатанные постоянные тексты акта использовать нельзя</translation>
    </message>
    <message>
        <source>the sealed fixed texts name no known language</source>
        <translation>в запечатанных постоянных текстах не указан известный язык</translation>
    </message>
    <message>
        <source>the sealed fixed texts of {code} do not match their SHA-256</source>
        <translation>запечатанные постоянные тексты {code} не совпадают со своим SHA-256</translation>
    </message>
    <message>
        <source>the sheet cannot be read ({reason})</source>
        <translation>лист не читается ({reason})</translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split it into smaller files</source>
        <translation>на листе больше {limit} строк; разделите его на файлы поменьше</translation>
    </message>
    <message>
        <source>the signing date {date} is before the act&apos;s date {act_date}</source>
        <translation>дата подписания {date} раньше даты акта {act_date}</translation>
    </message>
    <message>
        <source>the signing date {date} is in the future</source>
        <translation>дата подписания {date} ещё не наступила</translation>
    </message>
    <message>
        <source>the source of the exchange rate has no name in {language}</source>
        <translation>{language}: нет наименования источника курса</translation>
    </message>
    <message>
        <source>the table [review] is missing (language, status, reviewed_by, reviewed_on, notes)</source>
        <translation>нет таблицы [review] (language, status, reviewed_by, reviewed_on, notes)</translation>
    </message>
    <message>
        <source>the table [{table}] is missing</source>
        <translation>нет таблицы [{table}]</translation>
    </message>
    <message>
        <source>an act sealed in content version {version} prints in {expected}, not in {code}</source>
        <translation>акт, запечатанный в версии содержания {version}, печатается на {expected}, а не на {code}</translation>
    </message>
    <message>
        <source>its sealed fixed texts are in {found}, not in its languages {expected}</source>
        <translation>его запечатанные постоянные тексты — на {found}, а не на его языках {expected}</translation>
    </message>
    <message>
        <source>its sealed fixed texts are missing</source>
        <translation>его запечатанных постоянных текстов нет</translation>
    </message>
    <message>
        <source>its sealed fixed texts of {code} are those of {found}</source>
        <translation>его запечатанные постоянные тексты {code} — это тексты {found}</translation>
    </message>
    <message>
        <source>the text encoding is not recognised; save the file as CSV UTF-8 (or as XLSX)</source>
        <translation>кодировка текста не распознана; сохраните файл как CSV UTF-8 (или как XLSX)</translation>
    </message>
    <message>
        <source>the text is garbled ({sample}): the sheet holds text that was read with the wrong code page before it was saved; correct it in the sheet before importing</source>
        <translation>текст искажён ({sample}): в листе текст, который до сохранения был прочитан не в той кодировке; исправьте его в листе перед импортом</translation>
    </message>
    <message>
        <source>the text reads as garbled characters ({sample}) when read as {encoding}; the file&apos;s encoding cannot be told for sure: save it as CSV UTF-8 (or as XLSX) and import that</source>
        <translation>текст в кодировке {encoding} читается как искажённые символы ({sample}); кодировку файла нельзя определить наверняка: сохраните его как CSV UTF-8 (или XLSX) и импортируйте снова</translation>
    </message>
    <message>
        <source>the total is too large (at most {max} minor units)</source>
        <translation>итоговая сумма слишком велика (не более {max} мин. единиц)</translation>
    </message>
    <message>
        <source>the total {amount} does not divide evenly by the quantity {quantity}; give the unit value</source>
        <translation>сумма {amount} не делится без остатка на количество {quantity}; укажите цену за единицу</translation>
    </message>
    <message>
        <source>the transferring organisation has no name in {language}</source>
        <translation>{language}: нет наименования передающей организации</translation>
    </message>
    <message>
        <source>the value of an item on a finalized act cannot be changed</source>
        <translation>стоимость позиции, включённой в оформленный акт, изменить нельзя</translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason})</source>
        <translation>книга не читается ({reason})</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>в книге нет листов</translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated ({reason})</source>
        <translation>книга повреждена или обрезана ({reason})</translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} MB, far more than a table needs; it was not opened</source>
        <translation>в распакованном виде книга занимает {size} МБ — намного больше, чем нужно таблице; она не открыта</translation>
    </message>
    <message>
        <source>the {kind} it refers to is neither here nor in the bundle</source>
        <translation>связанной записи ({kind}) нет ни здесь, ни в пакете</translation>
    </message>
    <message>
        <source>the {kind} it refers to was left out</source>
        <translation>связанная запись ({kind}) отклонена</translation>
    </message>
    <message>
        <source>signatory {signatory} is not a signatory of institution {institution}</source>
        <translation>подписант {signatory} не является подписантом учреждения {institution}</translation>
    </message>
    <message>
        <source>signatory «{name}» has no name in {language}</source>
        <translation>{language}: нет имени подписанта «{name}»</translation>
    </message>
    <message>
        <source>signatory «{name}» has no title in {language}</source>
        <translation>{language}: нет должности подписанта «{name}»</translation>
    </message>
    <message>
        <source>the {label} is still used by acts or other records and cannot be deleted</source>
        <translation>запись используется в актах или других записях, удалить её нельзя</translation>
    </message>
    <message>
        <source>the {what} {value} equals the sum of the other rows: is row {row} a totals row? Delete it or it is imported as an item</source>
        <translation>{what} {value} равно сумме остальных строк: не строка ли {row} итоговая? Удалите её, иначе она будет импортирована как предмет</translation>
    </message>
    <message>
        <source>this is an old Excel 97–2003 (.xls) file; save it as .xlsx or CSV and import that</source>
        <translation>это файл старого формата Excel 97–2003 (.xls); сохраните его как .xlsx или CSV и импортируйте полученный файл</translation>
    </message>
    <message>
        <source>this is not an Equipment Desk act code (expected {prefix}|number|office|hash)</source>
        <translation>это не код акта Equipment Desk (ожидается {prefix}|номер|офис|хеш)</translation>
    </message>
    <message>
        <source>this is not an Equipment Desk bundle (format {format})</source>
        <translation>это не пакет Equipment Desk (формат {format})</translation>
    </message>
    <message>
        <source>this signatory is already listed on row {other}</source>
        <translation>этот подписант уже указан в строке {other}</translation>
    </message>
    <message>
        <source>unknown currency {code}; expected one of {expected}</source>
        <translation>неизвестная валюта {code}; допустимы: {expected}</translation>
    </message>
    <message>
        <source>unknown language {code}; expected one of {expected}</source>
        <translation>неизвестный язык {code}; допустимы: {expected}</translation>
    </message>
    <message>
        <source>unknown language {lang}; expected one of {expected}</source>
        <translation>неизвестный язык {lang}; допустимы: {expected}</translation>
    </message>
    <message>
        <source>unknown unit {unit}; expected one of {expected}</source>
        <translation>неизвестная единица измерения {unit}; допустимы: {expected}</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <source>{category} is not a category; use one of {choices}</source>
        <translation>{category} — не категория; используйте одну из: {choices}</translation>
    </message>
    <message>
        <source>{codes} is not a national language; use {known}</source>
        <translation>{codes} — не государственный язык; используйте {known}</translation>
    </message>
    <message>
        <source>{count} item(s) are written off without a reason (rows {rows})</source>
        <translation>списано без указания причины: {count} (строки {rows})</translation>
    </message>
    <message>
        <source>{count} row(s) have no name; the model is used as the name (rows {rows})</source>
        <translation>строк без наименования: {count}; наименованием стала модель (строки {rows})</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}); nothing was restored</source>
        <translation>{path} не открывается ({reason}); ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} does not pass the check ({count} finding(s), the first: {reason}); nothing was restored</source>
        <translation>{path} не проходит проверку (замечаний: {count}, первое: {reason}); ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} holds acts that do not verify ({reason}); nothing was restored</source>
        <translation type="vanished">в {path} есть акты, не прошедшие проверку ({reason}); ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — это папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} — это папка, а не файл</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not an Equipment Desk database; it was left untouched</source>
        <translation>{path} — файл SQLite другой программы, а не база данных Equipment Desk; файл не изменён</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was restored</source>
        <translation>{path} повреждён ({reason}); ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk backup (it is not an SQLite file); nothing was restored</source>
        <translation>{path} не является резервной копией Equipment Desk (это не файл SQLite); ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk database (it is not an SQLite file); it was left untouched</source>
        <translation>{path} — не база данных Equipment Desk (это не файл SQLite); файл не изменён</translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk database; nothing was restored</source>
        <translation>{path} не является базой данных Equipment Desk; ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} lacks the tables {tables}; nothing was restored</source>
        <translation>в {path} нет таблиц {tables}; ничего не восстановлено</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Equipment Desk (it has changes {unknown}); install the newer version to open it. The file was left untouched.</source>
        <translation>{path} создан более новой версией Equipment Desk (изменения {unknown}); установите новую версию, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <source>{reason} (row {hint_row} reads {hint_text}, which only fits {hint_order})</source>
        <translation>{reason} (в строке {hint_row} записано {hint_text}, что подходит только к порядку «{hint_order}»)</translation>
    </message>
    <message>
        <source>{where} has no data in the bundle</source>
        <translation>для {where} в пакете нет данных</translation>
    </message>
    <message>
        <source>{where} has no time of its last change</source>
        <translation>у {where} не указано время последнего изменения</translation>
    </message>
    <message>
        <source>{where} has no valid UUID</source>
        <translation>у {where} нет правильного UUID</translation>
    </message>
    <message>
        <source>{where} repeats a UUID</source>
        <translation>{where} повторяет UUID</translation>
    </message>
    <message>
        <source>{where}.donors is malformed</source>
        <translation>поле {where}.donors повреждено</translation>
    </message>
    <message>
        <source>{where}.lines is malformed</source>
        <translation>поле {where}.lines повреждено</translation>
    </message>
    <message>
        <source>{where}.lines[{n}] is malformed</source>
        <translation>поле {where}.lines[{n}] повреждено</translation>
    </message>
    <message>
        <source>{where}.lines[{n}].{key} has a value of the wrong type</source>
        <translation>у поля {where}.lines[{n}].{key} значение неверного типа</translation>
    </message>
    <message>
        <source>{where}.lines[{n}].{key} is not a whole number</source>
        <translation>поле {where}.lines[{n}].{key} не является целым числом</translation>
    </message>
    <message>
        <source>{where}.scans is malformed</source>
        <translation>поле {where}.scans повреждено</translation>
    </message>
    <message>
        <source>{where}.status is not a known act status</source>
        <translation>поле {where}.status не является известным статусом акта</translation>
    </message>
    <message>
        <source>{where}.{key} has a value of the wrong type</source>
        <translation>у поля {where}.{key} значение неверного типа</translation>
    </message>
    <message>
        <source>{where}.{key} is not a UUID</source>
        <translation>поле {where}.{key} не является UUID</translation>
    </message>
    <message>
        <source>{where}.{key} is out of range</source>
        <translation>поле {where}.{key} вне допустимого диапазона</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>выберите страну</translation>
    </message>
    <message>
        <source>an act is printed in two different languages: choose another language for one of its columns</source>
        <translation>акт печатается на двух разных языках: выберите другой язык для одной из колонок</translation>
    </message>
    <message>
        <source>a journal entry must follow the last one</source>
        <translation>запись журнала должна следовать за последней</translation>
    </message>
    <message>
        <source>a number once given is never given again</source>
        <translation>однажды выданный номер больше не выдаётся</translation>
    </message>
    <message>
        <source>a reason is required to replace a signed scan</source>
        <translation>для замены подписанного скана нужна причина</translation>
    </message>
    <message>
        <source>act {number} has no signed scan yet; attach one instead</source>
        <translation>у акта {number} ещё нет подписанного скана; приложите его</translation>
    </message>
    <message>
        <source>an act&apos;s sealing, signature or voiding must be recorded in the journal first</source>
        <translation>оформление, подписание или аннулирование акта сначала записывается в журнал</translation>
    </message>
    <message>
        <source>conflict: the act before it in the chain of office {office} (place {place}) is neither here nor in the bundle; ask for a bundle with everything</source>
        <translation>конфликт: предшествующего ему акта в цепочке офиса {office} (место {place}) нет ни здесь, ни в пакете; запросите пакет со всеми записями</translation>
    </message>
    <message>
        <source>conflict: the scan {filename} held here is not the file the bundle names for this act</source>
        <translation>конфликт: имеющийся здесь скан {filename} — не тот файл, который пакет указывает для этого акта</translation>
    </message>
    <message>
        <source>conflict: the signed scan of act {number} was replaced here and elsewhere differently; on one laptop, replace it once more with the scan to keep</source>
        <translation>конфликт: подписанный скан акта {number} заменён здесь и на другом компьютере по-разному; на одном из компьютеров замените его ещё раз тем сканом, который нужно сохранить</translation>
    </message>
    <message>
        <source>conflict: the signed scan of act {number} was replaced here and elsewhere differently; keep one of them with acts rescan on one laptop</source>
        <translation type="vanished">конфликт: подписанный скан акта {number} заменён здесь и на другом компьютере по-разному; оставьте один из них, заменив скан (acts rescan) на одном из компьютеров</translation>
    </message>
    <message>
        <source>it is sealed but the journal has no record of its sealing</source>
        <translation>акт оформлен, но в журнале нет записи о его оформлении</translation>
    </message>
    <message>
        <source>it is {status} but the journal records it as {expected} (journal entry {entry})</source>
        <translation>его состояние — {status}, а по журналу — {expected} (запись журнала {entry})</translation>
    </message>
    <message>
        <source>it was sealed (journal entry {entry}) but is missing from the register</source>
        <translation>акт был оформлен (запись журнала {entry}), но в реестре его нет</translation>
    </message>
    <message>
        <source>it was sealed (journal entry {entry}) but is now a draft</source>
        <translation>акт был оформлен (запись журнала {entry}), но теперь это проект</translation>
    </message>
    <message>
        <source>its lines differ from what was sealed (journal entry {entry})</source>
        <translation>его строки отличаются от оформленных (запись журнала {entry})</translation>
    </message>
    <message>
        <source>its signed scan {filename} is missing (journal entry {entry})</source>
        <translation>его подписанного скана {filename} нет (запись журнала {entry})</translation>
    </message>
    <message>
        <source>its signed scan {filename}: its {field} differs from what was recorded (journal entry {entry})</source>
        <translation>его подписанный скан {filename}: поле {field} отличается от записанного (запись журнала {entry})</translation>
    </message>
    <message>
        <source>its {field} differs from what the journal records</source>
        <translation>поле {field} отличается от записанного в журнале</translation>
    </message>
    <message>
        <source>its {field} differs from what was sealed (journal entry {entry})</source>
        <translation>поле {field} отличается от оформленного (запись журнала {entry})</translation>
    </message>
    <message>
        <source>journal entry {entry} ({event}) was changed after it was written</source>
        <translation>запись журнала {entry} ({event}) изменена после записи</translation>
    </message>
    <message>
        <source>journal entry {entry} does not follow the entry before it</source>
        <translation>запись журнала {entry} не следует за предыдущей</translation>
    </message>
    <message>
        <source>journal entry {entry} is not the one noted (its hash is {held}, noted {noted}): the journal was written again since, and what it records of the acts before may have been changed with it</source>
        <translation>запись журнала {entry} не та, что была записана (её хеш {held}, записан {noted}): журнал с тех пор переписан, и вместе с ним могли изменить записанное в нём об актах до неё</translation>
    </message>
    <message>
        <source>line {line_no} is missing (journal entry {entry})</source>
        <translation>строки {line_no} нет (запись журнала {entry})</translation>
    </message>
    <message>
        <source>line {line_no} was not sealed (journal entry {entry})</source>
        <translation>строка {line_no} не была оформлена (запись журнала {entry})</translation>
    </message>
    <message>
        <source>line {line_no}: its {field} differs from what was sealed (journal entry {entry})</source>
        <translation>строка {line_no}: поле {field} отличается от оформленного (запись журнала {entry})</translation>
    </message>
    <message>
        <source>must be a whole number of days, 0 or more</source>
        <translation>должно быть целым числом дней, 0 или больше</translation>
    </message>
    <message>
        <source>no donor named {name}</source>
        <translation>нет донора с названием {name}</translation>
    </message>
    <message>
        <source>only the scan of a signed act can be replaced; act {number} is {status}</source>
        <translation>заменить можно только скан подписанного акта; акт {number} — {status}</translation>
    </message>
    <message>
        <source>rows and columns must be two different dimensions</source>
        <translation>строки и столбцы должны быть разными измерениями</translation>
    </message>
    <message>
        <source>says {found} but the file is the {code} texts</source>
        <translation>указано {found}, но это файл текстов {code}</translation>
    </message>
    <message>
        <source>series {series}: the last number given is recorded as {kept} but the journal&apos;s is {last}</source>
        <translation>серия {series}: последний выданный номер записан как {kept}, а по журналу — {last}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <source>signed scan added</source>
        <translation>добавлен подписанный скан</translation>
    </message>
    <message>
        <source>signed scan replaced</source>
        <translation>подписанный скан заменён</translation>
    </message>
    <message>
        <source>the bytes of its signed scan {filename} do not match the SHA-256 recorded when it was filed (journal entry {entry})</source>
        <translation>содержимое его подписанного скана {filename} не совпадает с SHA-256, записанным при его сохранении (запись журнала {entry})</translation>
    </message>
    <message>
        <source>the database {path} cannot be opened: its folder is missing or not yours to write to</source>
        <translation>базу данных {path} нельзя открыть: её папки нет или у вас нет права записи в неё</translation>
    </message>
    <message>
        <source>the database {path} is damaged ({reason}); nothing more was written to it. Restore the last backup (restore FILE; backups are kept in the folder &apos;backups&apos; beside the database)</source>
        <translation>база данных {path} повреждена ({reason}); в неё больше ничего не записано. Восстановите последнюю резервную копию (restore ФАЙЛ; резервные копии хранятся в папке «backups» рядом с базой данных)</translation>
    </message>
    <message>
        <source>the database {path} is open in another program or window (the program itself, an import, another command); close it and restore again. Nothing was restored</source>
        <translation>база данных {path} открыта в другой программе или окне (в самой программе, при импорте, другой командой); закройте её и повторите восстановление. Ничего не восстановлено</translation>
    </message>
    <message>
        <source>the database {path} or its folder is read-only; nothing was saved. Make it writable or choose a folder you can write to</source>
        <translation>база данных {path} или её папка доступна только для чтения; ничего не сохранено. Разрешите запись или выберите папку, в которую можно писать</translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation>не указана дата</translation>
    </message>
    <message>
        <source>the disk holding the database {path} could not be read or written ({reason}); nothing was saved. Check the disk; if the error stays, restore the last backup</source>
        <translation>диск с базой данных {path} не удалось прочитать или записать ({reason}); ничего не сохранено. Проверьте диск; если ошибка повторится, восстановите последнюю резервную копию</translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved. Free some space on the disk holding the database {path} and try again</source>
        <translation>диск заполнен; ничего не сохранено. Освободите место на диске с базой данных {path} и повторите</translation>
    </message>
    <message>
        <source>the end of an office&apos;s chain only moves forward</source>
        <translation>конец цепочки офиса только продвигается вперёд</translation>
    </message>
    <message>
        <source>the end of the chain of office {office} is recorded as place {kept} but the journal&apos;s is {last}</source>
        <translation>конец цепочки офиса {office} записан как место {kept}, а по журналу — {last}</translation>
    </message>
    <message>
        <source>the exchange rate takes effect on {effective}, after the act&apos;s date {date}; use the rate in effect on the act&apos;s date</source>
        <translation>курс действует с {effective}, то есть после даты акта {date}; укажите курс, действовавший на дату акта</translation>
    </message>
    <message>
        <source>the file is the signed scan the act already has</source>
        <translation>этот файл уже является подписанным сканом акта</translation>
    </message>
    <message>
        <source>the journal ends at entry {last} but its head records entry {entry}: entries were cut off or the head was changed</source>
        <translation>журнал заканчивается записью {last}, а его заголовок указывает запись {entry}: записи отрезаны или заголовок изменён</translation>
    </message>
    <message>
        <source>the journal has no entry {entry}, the entry noted: entries were cut off or the journal was written again</source>
        <translation>в журнале нет записи {entry}, которая была записана: записи отрезаны или журнал переписан</translation>
    </message>
    <message>
        <source>the journal of sealed acts cannot be changed</source>
        <translation>журнал оформленных актов нельзя изменить</translation>
    </message>
    <message>
        <source>the journal records its sealing more than once or out of order</source>
        <translation>журнал записывает его оформление более одного раза или не по порядку</translation>
    </message>
    <message>
        <source>the journal skips from entry {after} to {entry} (an entry is missing)</source>
        <translation>журнал перескакивает с записи {after} на {entry} (запись отсутствует)</translation>
    </message>
    <message>
        <source>the journal&apos;s head records its last entry</source>
        <translation>заголовок журнала указывает его последнюю запись</translation>
    </message>
    <message>
        <source>the {kind} {name} is missing</source>
        <translation>{kind} {name} отсутствует</translation>
    </message>
    <message>
        <source>the {kind} {name} is not defined as the program defines it</source>
        <translation>{kind} {name} определён не так, как его определяет программа</translation>
    </message>
    <message>
        <source>the {kind} {name} was not made by the program</source>
        <translation>{kind} {name} создан не программой</translation>
    </message>
    <message>
        <source>is a second name in {language}; the other name column holds {other}</source>
        <translation>второе наименование на том же языке ({language}); в другом столбце наименования — {other}</translation>
    </message>
    <message>
        <source>enter the national bank&apos;s rate, or clear its bank and date</source>
        <translation>введите курс национального банка или очистите поля банка и даты</translation>
    </message>
    <message>
        <source>no remembered mapping is listed as {key}</source>
        <translation>среди запомненных нет сопоставления {key}</translation>
    </message>
    <message>
        <source>a category without a word; type the word the registers use</source>
        <translation>категория без слова; введите слово, которым её называют реестры</translation>
    </message>
    <message>
        <source>choose the category the word {word} means</source>
        <translation>выберите категорию, которую означает слово {word}</translation>
    </message>
    <message>
        <source>the word {word} is listed twice (row {other})</source>
        <translation>слово {word} указано дважды (строка {other})</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (LibreOffice, {suffix}); save it as .xlsx (Excel 2007-365) or CSV and import that</source>
        <translation>это таблица OpenDocument (LibreOffice, {suffix}); сохраните её как .xlsx (Excel 2007–365) или CSV и импортируйте его</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Please wait</source>
        <translation>Подождите</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Останавливается…</translation>
    </message>
</context>
<context>
    <name>ImportMemoryDialog</name>
    <message>
        <source>What imports remember</source>
        <translation>Что запоминает импорт</translation>
    </message>
    <message>
        <source>Category words</source>
        <translation>Слова категорий</translation>
    </message>
    <message>
        <source>Column mappings</source>
        <translation>Сопоставления столбцов</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The words the office&apos;s registers use for categories, and the category each means. An import reads these words as their category.</source>
        <translation>Слова, которыми реестры офиса называют категории, и категория, которую означает каждое. Импорт читает эти слова как их категорию.</translation>
    </message>
    <message>
        <source>Word in the registers</source>
        <translation>Слово в реестрах</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Add a word</source>
        <translation>Добавить слово</translation>
    </message>
    <message>
        <source>Delete the word</source>
        <translation>Удалить слово</translation>
    </message>
    <message>
        <source>Save the words</source>
        <translation>Сохранить слова</translation>
    </message>
    <message>
        <source>The office has no words of its own yet.</source>
        <translation>У офиса пока нет своих слов.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>After an import, the columns are read the same way for the next file with the same titles. Forget a mapping to have its columns guessed again.</source>
        <translation>После импорта следующий файл с теми же заголовками столбцов читается так же. Забудьте сопоставление, чтобы столбцы распознавались заново.</translation>
    </message>
    <message>
        <source>Import of</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Columns read as</source>
        <translation>Столбцы читаются как</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Forget the mapping</source>
        <translation>Забыть сопоставление</translation>
    </message>
    <message>
        <source>Forget them all</source>
        <translation>Забыть все</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Donors</source>
        <translation>Доноры</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <source>year first</source>
        <translation>сначала год</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
</context>
</TS>
