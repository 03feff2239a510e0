<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="173"/>
        <source>Restore From Backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="176"/>
        <source>Curator keeps copies of this project in “%1”. A copy is restored as a new project file; this one is not changed.</source>
        <translation>Curator зберігає копії цього проєкту в «%1». Копію буде відновлено як новий файл проєкту; цей не зміниться.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="185"/>
        <source>daily</source>
        <translation>щоденна</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="185"/>
        <source>before a merge</source>
        <translation>перед об’єднанням</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="186"/>
        <source>before a repair</source>
        <translation>перед виправленням</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="189"/>
        <source>before an upgrade</source>
        <translation>перед оновленням</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="192"/>
        <source>cannot be read</source>
        <translation>не вдається прочитати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="196"/>
        <source>No backups yet: Curator makes one each day you open the project, and before every merge and upgrade.</source>
        <translation>Резервних копій ще немає: Curator робить копію щодня, коли ви відкриваєте проєкт, а також перед кожним об’єднанням і оновленням.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="199"/>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../../curator/ui/chartdock.py" line="20"/>
        <source>Chart</source>
        <extracomment>The chart&apos;s height when opened, unless the curator has set another.</extracomment>
        <translation>Графік</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chartdock.py" line="21"/>
        <source>Chart of figures over time</source>
        <translation>Графік цифр у часі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chartdock.py" line="53"/>
        <source>folded: Ctrl+Shift+C opens it</source>
        <translation>згорнуто: Ctrl+Shift+C розгортає</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../curator/ui/chart.py" line="104"/>
        <source>Series to plot</source>
        <extracomment>Above this many points, conflicts are looked for after the points are painted. The curator clicked a point: its claim. The curator chose a conflict: both claims.</extracomment>
        <translation>Ряди для графіка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="108"/>
        <source>Colour by outlet</source>
        <translation>Колір за виданням</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="109"/>
        <source>Colour by person</source>
        <translation>Колір за особою</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="111"/>
        <source>Show drafts and disputed</source>
        <translation>Показувати чернетки й спірні</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="119"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="120"/>
        <source>Claims this close in time must agree, or they are flagged as conflicts</source>
        <translation>Твердження, близькі в часі, мають узгоджуватися, інакше їх позначено як суперечності</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="123"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="123"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="124"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="126"/>
        <source>Save the chart (PNG, SVG) or its plotted points (CSV)</source>
        <translation>Зберегти графік (PNG, SVG) або його точки (CSV)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="134"/>
        <source>Series</source>
        <translation>Ряди</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="141"/>
        <source>Conflict window</source>
        <translation>Вікно суперечностей</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="152"/>
        <source>Chart of figures over time</source>
        <translation>Графік цифр у часі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="155"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="175"/>
        <source>Conflicts between claims</source>
        <translation>Суперечності між твердженнями</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="289"/>
        <source>%n claim(s) without a date or value are not plotted.</source>
        <translation>
            <numerusform>%n твердження без дати чи значення не показано на графіку.</numerusform>
            <numerusform>%n твердження без дати чи значення не показано на графіку.</numerusform>
            <numerusform>%n тверджень без дати чи значення не показано на графіку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="294"/>
        <source>Looking for conflicts…</source>
        <translation>Пошук суперечностей…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="311"/>
        <source>Conflicts: the first %1 of %2 (narrow the window or tick fewer series)</source>
        <translation>Суперечності: перші %1 із %2 (звузьте вікно або позначте менше рядів)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="314"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Суперечності (%n)</numerusform>
            <numerusform>Суперечності (%n)</numerusform>
            <numerusform>Суперечності (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="316"/>
        <source>No conflicts between the plotted claims</source>
        <translation>Між показаними твердженнями суперечностей немає</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="387"/>
        <source>said by %1</source>
        <translation>сказав(-ла) %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="389"/>
        <source>reported by %1</source>
        <translation>повідомило %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="390"/>
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="431"/>
        <source>Curator chart</source>
        <translation>Графік Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="454"/>
        <source>Save chart as PNG</source>
        <translation>Зберегти графік як PNG</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="458"/>
        <source>Save chart as SVG</source>
        <translation>Зберегти графік як SVG</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="462"/>
        <source>Save plotted points as CSV</source>
        <translation>Зберегти точки графіка як CSV</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="68"/>
        <location filename="../../curator/ui/claim_form.py" line="153"/>
        <source>Claim</source>
        <extracomment>The curator wants to see a piece of evidence (its id). The curator wants to remove a piece of evidence (its id).</extracomment>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="72"/>
        <source>Subject</source>
        <translation>Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="72"/>
        <source>whose figure, e.g. Azovstal garrison</source>
        <translation>чия цифра, напр. гарнізон Азовсталі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="73"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="73"/>
        <source>what is counted, e.g. in captivity</source>
        <translation>що рахують, напр. у полоні</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="74"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="75"/>
        <source>Upper value</source>
        <translation>Верхнє значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="75"/>
        <source>for a range</source>
        <translation>для діапазону</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="76"/>
        <source>Qualifier</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="77"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="77"/>
        <source>people, %, UAH…</source>
        <translation>осіб, %, грн…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="78"/>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="79"/>
        <source>Date precision</source>
        <translation>Точність дати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="80"/>
        <source>Attributed to</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="80"/>
        <source>who said it</source>
        <translation>хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="81"/>
        <source>Reported by</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="81"/>
        <source>which outlet</source>
        <translation>яке видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="82"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="85"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="87"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="87"/>
        <source>comma separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="114"/>
        <source>&amp;Subject</source>
        <translation>&amp;Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="114"/>
        <source>&amp;Measure</source>
        <translation>&amp;Показник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="115"/>
        <source>&amp;Value</source>
        <translation>&amp;Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="115"/>
        <source>U&amp;nit</source>
        <translation>&amp;Одиниця</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="116"/>
        <source>&amp;As of</source>
        <translation>Ста&amp;ном на</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="116"/>
        <source>Attributed &amp;to</source>
        <translation>&amp;Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="117"/>
        <source>&amp;Reported by</source>
        <translation>&amp;Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="117"/>
        <source>Stat&amp;us</source>
        <translation>Стат&amp;ус</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="126"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="128"/>
        <source>N&amp;ote</source>
        <translation>Пр&amp;имітка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="140"/>
        <source>Evidence of the claim</source>
        <translation>Докази твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="148"/>
        <source>Remove evidence</source>
        <translation>Вилучити доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="155"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="226"/>
        <source>Select the words that state a figure in the document, then press Ctrl+E (New Claim from Selection).</source>
        <translation>Виділіть у документі слова з цифрою й натисніть Ctrl+E (Нове твердження з виділеного).</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="274"/>
        <source>Not a number: write it as 1279, 1,279 or 12.5</source>
        <translation>Це не число: напишіть 1279, 1 279 або 12,5</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="150"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="152"/>
        <source>Qualifier</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="153"/>
        <source>Subject</source>
        <translation>Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="154"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="155"/>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="157"/>
        <source>Attributed to</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="158"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="213"/>
        <location filename="../../curator/ui/panes.py" line="222"/>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="220"/>
        <source>No claims yet. Select the words that state a figure in the document and press Ctrl+E.</source>
        <translation>Тверджень ще немає. Виділіть у документі слова з цифрою й натисніть Ctrl+E.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="234"/>
        <source>Claims (%n)</source>
        <translation>
            <numerusform>Твердження (%n)</numerusform>
            <numerusform>Твердження (%n)</numerusform>
            <numerusform>Твердження (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../curator/ui/curation.py" line="127"/>
        <source>No claim cites this document yet.</source>
        <extracomment>A message for the curator (text, is it a problem). The current claim changed (its id or None): the chart pane follows it. The current document changed (its id or None).</extracomment>
        <translation>Жодне твердження ще не цитує цей документ.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="156"/>
        <source>Select some text in the document first: the words that state the figure.</source>
        <translation>Спершу виділіть у документі слова, що містять цифру.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="166"/>
        <source>New claim</source>
        <translation>нове твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="177"/>
        <source>Choose the claim to add evidence to first (in the claims table).</source>
        <translation>Спершу виберіть у таблиці твердження, до якого додати доказ.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="183"/>
        <source>Add evidence</source>
        <translation>додавання доказу</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="184"/>
        <source>Evidence added to the claim.</source>
        <translation>Доказ додано до твердження.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="190"/>
        <source>Choose a claim to delete first.</source>
        <translation>Спершу виберіть твердження, яке треба видалити.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="193"/>
        <source>Delete claim</source>
        <translation>видалення твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="198"/>
        <source>Remove evidence</source>
        <translation>Вилучити доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="205"/>
        <source>Edit claim</source>
        <translation>редагування твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="213"/>
        <source>Edit document</source>
        <translation>редагування документа</translation>
    </message>
</context>
<context>
    <name>DocumentMeta</name>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="21"/>
        <source>Document details</source>
        <translation>Відомості про документ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="24"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="26"/>
        <location filename="../../curator/ui/document_meta.py" line="36"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="26"/>
        <source>publisher</source>
        <translation>видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="27"/>
        <source>Publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="27"/>
        <source>unknown</source>
        <translation>невідома</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="28"/>
        <location filename="../../curator/ui/document_meta.py" line="40"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="38"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="64"/>
        <source>English</source>
        <translation>англійська</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="64"/>
        <source>Ukrainian</source>
        <translation>українська</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="64"/>
        <source>Russian</source>
        <translation>російська</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/document_meta.py" line="65"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символи</numerusform>
            <numerusform>%n символів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../curator/ui/document_view.py" line="31"/>
        <source>Document text</source>
        <extracomment>The claims citing the span the curator clicked (empty: clicked outside spans).</extracomment>
        <translation>Текст документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_view.py" line="39"/>
        <source>Choose a document on the left, or import documents with File → Import…</source>
        <translation>Виберіть документ ліворуч або імпортуйте документи: Файл → Імпортувати…</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="124"/>
        <source>Title</source>
        <extracomment>Tables whose changes make this model reload.</extracomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="125"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="126"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="128"/>
        <source>Claims</source>
        <translation>Тверд.</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="178"/>
        <location filename="../../curator/ui/panes.py" line="195"/>
        <source>Documents</source>
        <extracomment>Milliseconds the current row must stay before a keyboard move reports it (0: at once). Holding an arrow key then passes rows without opening each one.</extracomment>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="181"/>
        <source>Filter documents…</source>
        <translation>Фільтр документів…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="190"/>
        <source>No documents yet. Import texts, web pages, PDF or Word files with Ctrl+I, or drop them here.</source>
        <translation>Документів ще немає. Імпортуйте тексти, вебсторінки, файли PDF чи Word (Ctrl+I) або перетягніть їх сюди.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="208"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <location filename="../../curator/ui/exchange.py" line="131"/>
        <source>Please wait: an export or merge is running.</source>
        <translation>Зачекайте: триває експорт або об’єднання.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="152"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="155"/>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="159"/>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="166"/>
        <source>Merge Project</source>
        <translation>Об’єднати проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="178"/>
        <source>Merging %1…</source>
        <translation>Об’єднання %1…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="181"/>
        <source>Merge failed</source>
        <translation>Об’єднання не вдалося</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="191"/>
        <source>The conflicts are listed in %1</source>
        <translation>Суперечності перелічено в %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="192"/>
        <source>Merge finished</source>
        <translation>Об’єднання завершено</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../curator/ui/exchange.py" line="36"/>
        <location filename="../../curator/ui/exchange.py" line="67"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="45"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="47"/>
        <source>Only claims whose status is checked</source>
        <translation>Лише перевірені твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="49"/>
        <source>Leave out the original files (smaller)</source>
        <translation>Без оригінальних файлів (менший розмір)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="50"/>
        <source>For Excel (byte-order mark, &apos;;&apos; separators)</source>
        <translation>Для Excel (мітка порядку байтів, роздільник &apos;;&apos;)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="51"/>
        <source>Include each document&apos;s text</source>
        <translation>Додати текст кожного документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="59"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="60"/>
        <source>Save to</source>
        <translation>Зберегти в</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="95"/>
        <source>A clean copy of the project that opens in Curator and in any SQLite tool.</source>
        <translation>Чиста копія проєкту, що відкривається в Curator і в будь-якій програмі для SQLite.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="96"/>
        <source>One row per claim, and a second file with one row per piece of evidence.</source>
        <translation>Рядок на кожне твердження й другий файл із рядком на кожен доказ.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="97"/>
        <source>The whole curated set, described by Curator&apos;s export schema.</source>
        <translation>Увесь упорядкований набір за схемою експорту Curator.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="98"/>
        <source>Each piece of evidence as a W3C Web Annotation (JSON-LD).</source>
        <translation>Кожен доказ як W3C Web Annotation (JSON-LD).</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="99"/>
        <source>A folder with the CSV files and a datapackage.json describing them.</source>
        <translation>Тека з файлами CSV і datapackage.json, що їх описує.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="105"/>
        <source>Export to</source>
        <translation>Експортувати в</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="107"/>
        <source>Export into folder</source>
        <translation>Експортувати в теку</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="318"/>
        <source>Find in document…</source>
        <translation>Знайти в документі…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="323"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="323"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="347"/>
        <source>Not found</source>
        <translation>Не знайдено</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="92"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="117"/>
        <source>The chart of figures over time appears here.</source>
        <translation>Тут з’явиться графік цифр у часі.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="144"/>
        <source>Search all documents</source>
        <translation>Пошук у всіх документах</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="145"/>
        <source>Search all documents…</source>
        <translation>Пошук у всіх документах…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="183"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Останні проєкти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="189"/>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="250"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="251"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="253"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="253"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="255"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="255"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="375"/>
        <source>%1 (read-only) — Curator</source>
        <translation>%1 (лише читання) — Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="383"/>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="389"/>
        <source>No project open</source>
        <translation>Проєкт не відкрито</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="392"/>
        <source>%1 — click to show it in its folder</source>
        <translation>%1 — клацніть, щоб показати в теці</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="394"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="395"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="398"/>
        <source>About Curator</source>
        <translation>Про Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="399"/>
        <source>&lt;b&gt;Curator %1&lt;/b&gt;&lt;p&gt;Turn news articles and reports into a verified database of facts and figures, each with its evidence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Curator %1&lt;/b&gt;&lt;p&gt;Перетворює новини й звіти на перевірену базу фактів і цифр, кожна — з доказом.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../curator/ui/welcome.py" line="117"/>
        <source>Welcome to Curator</source>
        <translation>Вітаємо в Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="117"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="118"/>
        <source>Two questions before you start; both can be changed later in Edit → Preferences.</source>
        <translation>Два запитання перед початком; обидві відповіді можна змінити пізніше: Правка → Налаштування.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="124"/>
        <source>e.g. Olena Kovalenko</source>
        <translation>напр. Олена Коваленко</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="125"/>
        <source>Recorded with every edit you make, so that whoever merges volunteers&apos; work knows who did what.</source>
        <translation>Записується з кожною вашою зміною, щоб той, хто об’єднує роботу волонтерів, знав, хто що зробив.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="131"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="136"/>
        <source>New projects and the sample are kept here, where you can find them to send.</source>
        <translation>Тут зберігаються нові проєкти й зразок — тут ви знайдете їх, щоб надіслати.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="141"/>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;ім’я</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="143"/>
        <source>&amp;Projects folder</source>
        <translation>&amp;Тека проєктів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="157"/>
        <source>Projects folder</source>
        <translation>Тека проєктів</translation>
    </message>
</context>
<context>
    <name>ProjectFlow</name>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="55"/>
        <source>Cannot open the project</source>
        <extracomment>An import finished, with its report. A project is about to be opened (its path): the window says so while it loads.</extracomment>
        <translation>Не вдалося відкрити проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="62"/>
        <source>Read-only: %1 has this project open; your changes cannot be saved here.</source>
        <translation>Лише читання: цей проєкт відкрив(-ла) %1; ваші зміни тут не збережуться.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="63"/>
        <source>another Curator</source>
        <translation>інший Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="65"/>
        <source>This project was upgraded to the new version of Curator; a copy of the old file is kept as %1.</source>
        <translation>Проєкт оновлено до нової версії Curator; копію старого файлу збережено як %1.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="71"/>
        <source>Project in use</source>
        <translation>Проєкт уже відкрито</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="72"/>
        <source>This project is open in another Curator (%1).</source>
        <translation>Цей проєкт відкрито в іншому Curator (%1).</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="73"/>
        <source>someone else</source>
        <translation>хтось інший</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="76"/>
        <source>Two Curators writing to one project at once could lose work. You can open it to read, or close it in the other Curator first.</source>
        <translation>Два Curator, що водночас пишуть в один проєкт, можуть утратити роботу. Можна відкрити його для читання або спершу закрити в іншому Curator.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="78"/>
        <source>Open Read-Only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="116"/>
        <source>New Project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="117"/>
        <source>My project.curator</source>
        <translation>Мій проєкт.curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="124"/>
        <source>Cannot create the project</source>
        <translation>Не вдалося створити проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="125"/>
        <source>%1: a file of that name exists already; choose another name.</source>
        <translation>%1: файл із такою назвою вже є; виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="132"/>
        <source>Open Project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="145"/>
        <source>No recent projects</source>
        <translation>Нещодавніх проєктів немає</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="162"/>
        <source>Wait for the work in progress to finish first.</source>
        <translation>Спершу зачекайте, доки завершиться поточна робота.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="170"/>
        <source>Making the sample project…</source>
        <translation>Створення проєкту-зразка…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="173"/>
        <source>Cannot make the sample project</source>
        <translation>Не вдалося створити проєкт-зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="181"/>
        <source>Documents (%1)</source>
        <translation>Документи (%1)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="181"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="187"/>
        <source>Import Documents</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="195"/>
        <source>An import is already running.</source>
        <translation>Імпорт уже триває.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="203"/>
        <source>Importing documents…</source>
        <translation>Імпорт документів…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="206"/>
        <source>Import failed</source>
        <translation>Імпорт не вдався</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="214"/>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../curator/ui/session.py" line="97"/>
        <source>Open or create a project first.</source>
        <extracomment>Emitted with a :class:`~curator.storage.Changes` after every write, undo and redo. A message for the user when an edit could not be made. The project was opened, closed or replaced.</extracomment>
        <translation>Спершу відкрийте або створіть проєкт.</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <location filename="../../curator/ui/quickstart.py" line="15"/>
        <source>Quick Start</source>
        <translation>Швидкий старт</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="50"/>
        <source>Save a Copy</source>
        <extracomment>A line for the message bar, and whether it is a problem. A copy or a backup was written (its path). A check or repair ended (its report).</extracomment>
        <translation>Збереження копії</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="59"/>
        <source>A copy is already being saved.</source>
        <translation>Копія вже зберігається.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="62"/>
        <source>A copy cannot replace the project itself; choose another name.</source>
        <translation>Копія не може замінити сам проєкт; виберіть іншу назву.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="71"/>
        <source>Saving a copy…</source>
        <translation>Збереження копії…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="77"/>
        <source>Saved a copy as %1</source>
        <translation>Копію збережено як %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="88"/>
        <source>The daily backup could not be made: %1</source>
        <translation>Не вдалося зробити щоденну резервну копію: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="106"/>
        <source>Restore as</source>
        <translation>Відновити як</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="121"/>
        <source>Cannot restore the backup</source>
        <translation>Не вдалося відновити резервну копію</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="129"/>
        <source>Please wait for the running task to finish.</source>
        <translation>Зачекайте, доки завершиться поточна робота.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="135"/>
        <source>Repairing the project…</source>
        <translation>Виправлення проєкту…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="135"/>
        <source>Checking the project…</source>
        <translation>Перевірка проєкту…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="148"/>
        <source>Check Project</source>
        <translation>Перевірка проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="151"/>
        <source>Repair</source>
        <translation>Виправити</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="275"/>
        <source>Close the search results</source>
        <translation>Закрити результати пошуку</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="278"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="295"/>
        <source>“%1”: %n document(s)</source>
        <translation>
            <numerusform>«%1»: %n документ</numerusform>
            <numerusform>«%1»: %n документи</numerusform>
            <numerusform>«%1»: %n документів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../curator/ui/shortcuts.py" line="23"/>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/shortcuts.py" line="28"/>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <location filename="../../curator/ui/shortcuts.py" line="28"/>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="43"/>
        <source>Vocabulary</source>
        <extracomment>A name claims use that is not in the vocabulary (the item&apos;s name). Claims using an entry (by name or alias) or a name.</extracomment>
        <translation>Словник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="52"/>
        <source>Subjects</source>
        <translation>Суб’єкти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="52"/>
        <source>Whose figures: the Subject field of claims</source>
        <translation>Чиї цифри: поле «Суб’єкт» тверджень</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="53"/>
        <source>Measures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="53"/>
        <source>What is counted: the Measure field of claims</source>
        <translation>Що рахують: поле «Показник» тверджень</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="54"/>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="54"/>
        <source>Who said it: the Attributed to field of claims</source>
        <translation>Хто сказав: поле «Хто сказав» тверджень</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="55"/>
        <source>Outlets</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="55"/>
        <source>Which outlet reported it: the Reported by field of claims</source>
        <translation>Яке видання повідомило: поле «Джерело» тверджень</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="61"/>
        <source>Vocabulary entries</source>
        <translation>Записи словника</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="64"/>
        <source>the name to use, e.g. Azovstal garrison</source>
        <translation>основна назва, напр. гарнізон Азовсталі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="68"/>
        <source>other spellings, comma separated, e.g. Azovstal defenders</source>
        <translation>інші написання через кому, напр. захисники Азовсталі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="70"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="73"/>
        <source>New entry</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="74"/>
        <source>Remove entry</source>
        <translation>Вилучити запис</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="76"/>
        <source>Only an entry no claim uses can be removed</source>
        <translation>Вилучити можна лише запис, якого не вживає жодне твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="77"/>
        <source>Claims whose subject or measure is written as an alias count in the series of the entry&apos;s name.</source>
        <translation>Твердження, де суб’єкт чи показник записано іншим написанням, рахуються в ряді основної назви.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="82"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="83"/>
        <source>Aliases</source>
        <translation>Інші написання</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/vocabulary.py" line="135"/>
        <location filename="../../curator/ui/vocabulary.py" line="146"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="143"/>
        <source>Used in claims, not in the vocabulary yet:</source>
        <translation>Уживано в твердженнях, у словнику ще немає:</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="189"/>
        <source>Remove from vocabulary</source>
        <translation>вилучення зі словника</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="206"/>
        <source>Edit vocabulary</source>
        <translation>редагування словника</translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="209"/>
        <source>Add to vocabulary</source>
        <translation>додавання до словника</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../curator/ui/welcome.py" line="35"/>
        <source>Welcome to Curator</source>
        <extracomment>A recent project chosen (its path).</extracomment>
        <translation>Вітаємо в Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="41"/>
        <source>Turn news articles and reports into a database of facts and figures, each one with the words that state it. Start with the sample to see how, or with your own documents.</source>
        <translation>Перетворюйте новини й звіти на базу фактів і цифр — кожна зі словами, що її містять. Почніть зі зразка, щоб побачити, як це працює, або зі своїх документів.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="51"/>
        <source>Open the sample project</source>
        <translation>Відкрити проєкт-зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="52"/>
        <source>Five articles about the defenders of Azovstal, with example claims and a conflict between sources</source>
        <translation>П’ять статей про захисників Азовсталі з прикладами тверджень і суперечністю між джерелами</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="54"/>
        <source>New project…</source>
        <translation>Новий проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="54"/>
        <source>An empty project, in a file you name</source>
        <translation>Порожній проєкт у файлі, який ви назвете</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="55"/>
        <source>Open a project…</source>
        <translation>Відкрити проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="56"/>
        <source>A project of yours, or one a volunteer sent you</source>
        <translation>Ваш проєкт або той, що надіслав волонтер</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="57"/>
        <source>Import documents…</source>
        <translation>Імпортувати документи…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="58"/>
        <source>Texts, web pages, PDF and Word files, into a new project</source>
        <translation>Тексти, вебсторінки, файли PDF і Word — у новий проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="59"/>
        <source>Quick start</source>
        <translation>Швидкий старт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="59"/>
        <source>Curator in six steps</source>
        <translation>Curator за шість кроків</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="60"/>
        <source>Reset the sample project</source>
        <translation>Скинути проєкт-зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="62"/>
        <source>Start the sample again as it was first made; your changes to it go</source>
        <translation>Почати зразок знову таким, яким його створено; ваші зміни в ньому зникнуть</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="67"/>
        <location filename="../../curator/ui/welcome.py" line="70"/>
        <source>Recent projects</source>
        <translation>Нещодавні проєкти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="72"/>
        <source>None yet.</source>
        <translation>Поки що немає.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="76"/>
        <source>&amp;New Project…</source>
        <extracomment>Actions that write to the project: disabled while it is open read-only, or none is open (but Import, which then makes a project first). Actions that read a project: disabled while none is open.</extracomment>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="76"/>
        <source>Create an empty project file</source>
        <translation>Створити порожній файл проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="77"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="77"/>
        <source>Open a project file</source>
        <translation>Відкрити файл проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="78"/>
        <source>Open &amp;Sample Project</source>
        <translation>Відкрити проєкт-&amp;зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="79"/>
        <source>A project with five sample articles to try Curator on</source>
        <translation>Проєкт із п’ятьма статтями-зразками, щоб спробувати Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="80"/>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Імпортувати документи…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="81"/>
        <source>Import documents (%1) or drop them on the window</source>
        <translation>Імпортувати документи (%1) або перетягнути їх на вікно</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="85"/>
        <source>Export the curated database: SQLite, CSV, JSON, Web Annotations, Data Package</source>
        <translation>Експортувати впорядковану базу: SQLite, CSV, JSON, Web Annotations, Data Package</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="87"/>
        <source>&amp;Merge Project…</source>
        <translation>Об’&amp;єднати проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="88"/>
        <source>Bring a volunteer&apos;s project into this one</source>
        <translation>Перенести проєкт волонтера в цей</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="89"/>
        <source>Save a &amp;Copy…</source>
        <translation>Зберегти &amp;копію…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="90"/>
        <source>A complete copy of this project, safe to make while you work: the file to send to a coordinator</source>
        <translation>Повна копія проєкту, яку можна робити під час роботи: файл, щоб надіслати координаторові</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="92"/>
        <source>&amp;Restore From Backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="93"/>
        <source>Open one of the copies Curator keeps automatically, as a new project</source>
        <translation>Відкрити одну з копій, які Curator робить автоматично, як новий проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="94"/>
        <source>Show Project in &amp;Folder</source>
        <translation>Показати проєкт у &amp;теці</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="95"/>
        <source>Open the folder holding this project in your file manager</source>
        <translation>Відкрити теку з цим проєктом у файловому менеджері</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="96"/>
        <source>Check and Re&amp;pair Project…</source>
        <translation>Перевірити й в&amp;иправити проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="97"/>
        <source>Look for damage in this project and repair what can be repaired</source>
        <translation>Пошукати пошкодження в проєкті й виправити те, що можна</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="98"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="99"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="101"/>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Знайти в документі…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="101"/>
        <source>Find words in the document you are reading</source>
        <translation>Знайти слова в документі, який ви читаєте</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="102"/>
        <source>&amp;Search All Documents</source>
        <translation>&amp;Шукати в усіх документах</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="102"/>
        <source>Search the text of every document</source>
        <translation>Шукати в тексті кожного документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="104"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="104"/>
        <source>Your name, recorded with your edits</source>
        <translation>Ваше ім’я, що записується з вашими змінами</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="105"/>
        <source>&amp;Vocabulary…</source>
        <translation>С&amp;ловник…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="106"/>
        <source>Names and aliases of subjects, measures, people and organisations</source>
        <translation>Назви й інші написання суб’єктів, показників, осіб і організацій</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="108"/>
        <source>&amp;New Claim from Selection</source>
        <translation>&amp;Нове твердження з виділеного</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="109"/>
        <source>Record the selected figure as a new claim, with the selection as its evidence</source>
        <translation>Записати виділену цифру як нове твердження з виділеним текстом як доказом</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="111"/>
        <source>&amp;Add Selection as Evidence</source>
        <translation>&amp;Додати виділене як доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="112"/>
        <source>Cite the selected text as more evidence for the current claim</source>
        <translation>Додати виділений текст як ще один доказ поточного твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="114"/>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Видалити твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="114"/>
        <source>Delete the current claim (can be undone)</source>
        <translation>Видалити поточне твердження (можна скасувати)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="116"/>
        <source>Claims of This Document &amp;Only</source>
        <translation>Лише твердження &amp;цього документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="117"/>
        <source>List only the claims citing the open document</source>
        <translation>Показувати лише твердження, що цитують відкритий документ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="119"/>
        <source>&amp;Chart</source>
        <translation>&amp;Графік</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="120"/>
        <source>Open the chart of figures over time, or fold it to a strip to give the document more room</source>
        <translation>Відкрити графік цифр у часі або згорнути його в смужку, щоб документ мав більше місця</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="123"/>
        <source>Ne&amp;xt Claim in Document</source>
        <translation>Насту&amp;пне твердження в документі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="124"/>
        <source>The next claim citing this document, in the order of its words</source>
        <translation>Наступне твердження, що цитує цей документ, за порядком слів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="126"/>
        <source>Pre&amp;vious Claim in Document</source>
        <translation>Попе&amp;реднє твердження в документі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="127"/>
        <source>The previous claim citing this document</source>
        <translation>Попереднє твердження, що цитує цей документ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="129"/>
        <source>&amp;Documents</source>
        <translation>&amp;Документи</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="130"/>
        <source>Document &amp;Text</source>
        <translation>&amp;Текст документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="131"/>
        <source>C&amp;laims</source>
        <translation>Тверд&amp;ження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="132"/>
        <source>Claim &amp;Form</source>
        <translation>&amp;Форма твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="133"/>
        <source>Next Pane</source>
        <translation>Наступна панель</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="134"/>
        <source>Previous Pane</source>
        <translation>Попередня панель</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="135"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="136"/>
        <source>Every shortcut, in one list</source>
        <translation>Усі скорочення в одному списку</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="137"/>
        <source>&amp;Quick Start</source>
        <translation>&amp;Швидкий старт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="138"/>
        <source>Curator in six steps</source>
        <translation>Curator за шість кроків</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="139"/>
        <source>&amp;About Curator</source>
        <translation>&amp;Про Curator</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../curator/ui/fields.py" line="95"/>
        <source>Not a date: write 2024-05-20, 2024-05 or 2024</source>
        <translation>Це не дата: напишіть 2024-05-20, 2024-05 або 2024</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../curator/ui/labels.py" line="16"/>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="17"/>
        <source>about</source>
        <translation>близько</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="18"/>
        <source>more than</source>
        <translation>понад</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="19"/>
        <source>at least</source>
        <translation>щонайменше</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="20"/>
        <source>less than</source>
        <translation>менше ніж</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="21"/>
        <source>at most</source>
        <translation>не більше ніж</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="22"/>
        <source>range</source>
        <translation>діапазон</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="28"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="29"/>
        <source>checked</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="30"/>
        <source>disputed</source>
        <translation>спірне</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="31"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="36"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="36"/>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="37"/>
        <source>year</source>
        <translation>рік</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="151"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="153"/>
        <source>&amp;Claim</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="156"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="159"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="189"/>
        <source>Show in Folder</source>
        <translation>Показати в теці</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="167"/>
        <source>Open or create a project first.</source>
        <translation>Спершу відкрийте або створіть проєкт.</translation>
    </message>
</context>
</TS>
