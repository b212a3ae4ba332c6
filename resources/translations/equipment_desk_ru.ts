<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
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
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>e.g. Desktop computer with monitor</source>
        <translation>например, Настольный компьютер с монитором</translation>
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
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search: name, serial or inventory number, act number… (Ctrl+F)</source>
        <translation>Поиск: наименование, серийный или инвентарный номер, номер акта… (Ctrl+F)</translation>
    </message>
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
        <translation>Акты приема-передачи</translation>
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
        <source>Actions</source>
        <translation>Действия</translation>
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
        <source>{status}: {available} of {quantity} available</source>
        <translation>{status}: в наличии {available} из {quantity}</translation>
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
        <source>Acts it went out on</source>
        <translation type="vanished">Акты, по которым передано</translation>
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
            <numerusform>учтена %n позиция</numerusform>
            <numerusform>учтено %n позиции</numerusform>
            <numerusform>учтено %n позиций</numerusform>
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
        <source>Name (English)</source>
        <translation>Название (англ.)</translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation>Название (рус.)</translation>
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
    <name>ReportsPlaceholder</name>
    <message>
        <source>Reports for donors and auditors (what went where, under which programme, for how much) will appear here.

Until then, filter the Handover acts list and read the totals under it.</source>
        <translation>Здесь появятся отчёты для доноров и аудиторов: что, куда, по какой программе и на какую сумму передано.

А пока отфильтруйте список актов приема-передачи — итоги показаны под ним.</translation>
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
        <source>Act number pattern</source>
        <translation>Шаблон номера акта</translation>
    </message>
    <message>
        <source>{office} is the office code, {year} the act's year, {seq:04d} its number in the year with four digits</source>
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
        <translation>Языки акта</translation>
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
        <source>This computer</source>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>As in Windows</source>
        <translation>Как в Windows</translation>
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
        <source>Please correct the values marked in red.</source>
        <translation>Исправьте значения, отмеченные красным.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
</context>
<context>
    <name>SignatoryForm</name>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
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
        <source>e.g. the Regulations of the Ministry</source>
        <translation>например, the Regulations of the Ministry</translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation>Действует на основании (рус.)</translation>
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
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Equipment Desk</source>
        <translation>Добро пожаловать в Equipment Desk</translation>
    </message>
    <message>
        <source>Here you record the equipment that arrives, the institutions that receive it and the donor programmes that paid for it; you prepare the handover act, print it in two copies, and keep the signed scan with the record.

The database is empty. Start by entering your office's name, code and the person who signs acts, or load the demo data (the 2018 handovers of the Regional Office for Central Asia) to try everything first. Demo data can be loaded into an empty database only; use a separate database file for real work.</source>
        <translation>Здесь учитывается поступившее оборудование, учреждения-получатели и донорские программы, на средства которых оно закуплено; здесь же готовится акт приема-передачи, печатается в двух экземплярах, а подписанный скан хранится вместе с записью.

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
        <source>Number pattern</source>
        <translation>Шаблон номера</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Курс</translation>
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
        <source>Recipient's signatory</source>
        <translation>Подписант получателя</translation>
    </message>
    <message>
        <source>Donor-side signatory</source>
        <translation>Подписант со стороны донора</translation>
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
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draft</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Finalized, awaiting signature</source>
        <translation>Оформлен, ждёт подписи</translation>
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
        <source>In stock</source>
        <translation>На складе</translation>
    </message>
    <message>
        <source>Partly handed over</source>
        <translation>Частично передано</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation>Компьютеры и оргтехника</translation>
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
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошее</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Удовлетворительное</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Плохое</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Неисправно</translation>
    </message>
    <message>
        <source>Customs</source>
        <translation>Таможня</translation>
    </message>
    <message>
        <source>Prosecutor's office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Drug control</source>
        <translation>Контроль над наркотиками</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Министерство</translation>
    </message>
    <message>
        <source>Ownership passes</source>
        <translation>С переходом права собственности</translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation>Только в пользование</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>компл.</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>набор</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>пара</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>упак.</translation>
    </message>
    <message>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <source>l</source>
        <translation>л</translation>
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
</context>
<context>
    <name>problems</name>
    <message>
        <source>a draft has no number to void; delete the draft instead</source>
        <translation>у проекта нет номера, аннулировать нечего; удалите проект</translation>
    </message>
    <message>
        <source>a path is required unless memory=True</source>
        <translation>нужно указать путь к файлу</translation>
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
        <source>act {ref} is a draft; finalize it before recording it as signed</source>
        <translation>акт {ref} — проект; сначала оформите его, затем отметьте подписание</translation>
    </message>
    <message>
        <source>an attachment belongs to exactly one act or one item</source>
        <translation>вложение относится либо к одному акту, либо к одной позиции</translation>
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
        <source>another {label} already has this {what}</source>
        <translation>такое значение уже есть у другой записи</translation>
    </message>
    <message>
        <source>asks for {quantity} of '{name}' but only {left} is still available</source>
        <translation>запрошено {quantity} ед. «{name}», а в наличии осталось только {left}</translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation>не удалось создать папку {folder}: {reason}</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>не удалось открыть {path}: {reason}</translation>
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
        <source>contains a NUL character</source>
        <translation>содержит недопустимый символ NUL</translation>
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
        <source>is ambiguous: {text} could mean {as_thousands} or {as_decimal}; write it without a thousands separator or with two decimals</source>
        <translation>неоднозначно: {text} может означать {as_thousands} или {as_decimal}; пишите без разделителя тысяч или с двумя знаками после запятой</translation>
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
        <source>is not a number</source>
        <translation>это не число</translation>
    </message>
    <message>
        <source>is not a recorded signatory of {institution}</source>
        <translation>не значится подписантом учреждения {institution}</translation>
    </message>
    <message>
        <source>is not a signatory of the recipient institution</source>
        <translation>не является подписантом учреждения-получателя</translation>
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
        <source>is not a {kind} file, whatever its name says</source>
        <translation>это не файл {kind}, хотя так назван</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>обязательное поле</translation>
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
        <source>item '{name}' has been written off</source>
        <translation>позиция «{name}» списана</translation>
    </message>
    <message>
        <source>item '{name}' has nothing left in stock</source>
        <translation>позиции «{name}» больше нет на складе</translation>
    </message>
    <message>
        <source>item '{name}' is valued in {item_currency} but the act is in {act_currency}; enter an exchange rate or the unit value in {act_currency}</source>
        <translation>стоимость позиции «{name}» указана в {item_currency}, а акт составлен в {act_currency}; укажите курс или цену за единицу в {act_currency}</translation>
    </message>
    <message>
        <source>line {line_no}: '{name}' has been written off</source>
        <translation>строка {line_no}: позиция «{name}» списана</translation>
    </message>
    <message>
        <source>line {line_no}: {quantity} of '{name}' asked for but only {left} is still available</source>
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
        <source>must be a PDF, JPG or PNG file</source>
        <translation>нужен файл PDF, JPG или PNG</translation>
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
        <source>must be photo, warranty or other</source>
        <translation>допустимо: photo, warranty или other</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>ожидается текст</translation>
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
        <source>must refer to an existing record</source>
        <translation>должно ссылаться на существующую запись</translation>
    </message>
    <message>
        <source>no act '{ref}' (give its number, e.g. ROCA-2018-0001, its UUID or its id)</source>
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
        <source>no item with id {id}</source>
        <translation>позиция с кодом {id} не найдена</translation>
    </message>
    <message>
        <source>no programme with this code is recorded</source>
        <translation>программа с таким кодом не найдена</translation>
    </message>
    <message>
        <source>no such institution is recorded; add it first</source>
        <translation>такое учреждение не найдено; сначала добавьте его</translation>
    </message>
    <message>
        <source>no {label} '{ref}'</source>
        <translation>запись «{ref}» не найдена</translation>
    </message>
    <message>
        <source>no {label} with id {id}</source>
        <translation>запись с кодом {id} не найдена</translation>
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
        <source>the act has no date yet, so its number is not known</source>
        <translation>у акта ещё нет даты, поэтому номер неизвестен</translation>
    </message>
    <message>
        <source>the act has no lines; add at least one item</source>
        <translation>в акте нет строк; добавьте хотя бы одну позицию</translation>
    </message>
    <message>
        <source>the database file is read-only; choose a folder you can write to</source>
        <translation>файл базы данных доступен только для чтения; выберите папку с правом записи</translation>
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
        <source>the disk is full; nothing was saved</source>
        <translation>диск заполнен; ничего не сохранено</translation>
    </message>
    <message>
        <source>the donor-side signatory is missing</source>
        <translation>не указан подписант со стороны донора</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>the item has been handed over completely; there is nothing left to write off</source>
        <translation>позиция передана полностью; списывать нечего</translation>
    </message>
    <message>
        <source>the line's amount is too large to store</source>
        <translation>сумма строки слишком велика</translation>
    </message>
    <message>
        <source>the signing date {date} is before the act's date {act_date}</source>
        <translation>дата подписания {date} раньше даты акта {act_date}</translation>
    </message>
    <message>
        <source>the total is too large (at most {max} minor units)</source>
        <translation>итоговая сумма слишком велика (не более {max} мин. единиц)</translation>
    </message>
    <message>
        <source>the {label} is still used by acts or other records and cannot be deleted</source>
        <translation>запись используется в актах или других записях, удалить её нельзя</translation>
    </message>
    <message>
        <source>unknown currency {code}; expected one of {expected}</source>
        <translation>неизвестная валюта {code}; допустимы: {expected}</translation>
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
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — это папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not an Equipment Desk database; it was left untouched</source>
        <translation>{path} — файл SQLite другой программы, а не база данных Equipment Desk; файл не изменён</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); it was left untouched. Restore a backup.</source>
        <translation>{path} повреждён ({reason}); файл не изменён. Восстановите резервную копию.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({reason}); it was left untouched</source>
        <translation>{path} повреждён или не является базой данных ({reason}); файл не изменён</translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk database (it is not an SQLite file); it was left untouched</source>
        <translation>{path} — не база данных Equipment Desk (это не файл SQLite); файл не изменён</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Equipment Desk (it has changes {unknown}); install the newer version to open it. The file was left untouched.</source>
        <translation>{path} создан более новой версией Equipment Desk (изменения {unknown}); установите новую версию, чтобы открыть его. Файл не изменён.</translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation>выберите страну</translation>
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
</TS>