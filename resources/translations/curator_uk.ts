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
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документи</numerusform>
            <numerusform>%Ln документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
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
        <location filename="../../curator/ui/chart.py" line="192"/>
        <source>Series to plot</source>
        <extracomment>How series are told apart when colour shows the sources. Bound and range bars, in pixels: Qt draws one-pixel lines directly and strokes wider ones as shapes (33,000 bars: 2 ms a repaint at 1 pixel, 45 ms at 1.6 or 2). Above this many points, conflicts are looked for after the points are painted. A marker group of more points than this is drawn as one item per month, so that an edit draws again the month it changed (pyqtgraph sets a whole item&apos;s points again: 0.2 s for 100,000). About this many pixels per label. Projects with this many claims or more have the ticked series&apos; points read on a worker thread (100,000 points take about half a second); smaller ones at once. The curator clicked a point: its claim. The curator chose a conflict: both claims. id of a listed conflict → (the conflict, its words).</extracomment>
        <translation>Ряди для графіка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="196"/>
        <source>Colour by outlet</source>
        <translation>Колір за виданням</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="197"/>
        <source>Colour by person</source>
        <translation>Колір за особою</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="198"/>
        <source>Colour by series</source>
        <translation>Колір за рядом</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="200"/>
        <source>Show drafts and disputed</source>
        <translation>Показувати чернетки й спірні</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="208"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="209"/>
        <source>Claims this close in time must agree, or they are flagged as conflicts</source>
        <translation>Твердження, близькі в часі, мають узгоджуватися, інакше їх позначено як суперечності</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="212"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="212"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="213"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="215"/>
        <source>Save the chart (PNG, SVG) or its plotted points (CSV)</source>
        <translation>Зберегти графік (PNG, SVG) або його точки (CSV)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="223"/>
        <source>Series</source>
        <translation>Ряди</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="230"/>
        <source>Conflict window</source>
        <translation>Вікно суперечностей</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="241"/>
        <source>Chart of figures over time</source>
        <translation>Графік цифр у часі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="264"/>
        <source>Conflicts between claims</source>
        <translation>Суперечності між твердженнями</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="367"/>
        <source>Reading the figures of %Ln claim(s)…</source>
        <translation>
            <numerusform>Читаю цифри (%Ln твердження)…</numerusform>
            <numerusform>Читаю цифри (%Ln твердження)…</numerusform>
            <numerusform>Читаю цифри (%Ln тверджень)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="500"/>
        <source>%Ln claim(s) without a date or value are not plotted.</source>
        <translation>
            <numerusform>%Ln твердження без дати чи значення не показано на графіку.</numerusform>
            <numerusform>%Ln твердження без дати чи значення не показано на графіку.</numerusform>
            <numerusform>%Ln тверджень без дати чи значення не показано на графіку.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="549"/>
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Суперечності (%Ln)</numerusform>
            <numerusform>Суперечності (%Ln)</numerusform>
            <numerusform>Суперечності (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="702"/>
        <source>%Ln day(s) apart</source>
        <translation>
            <numerusform>з різницею в %Ln день</numerusform>
            <numerusform>з різницею в %Ln дні</numerusform>
            <numerusform>з різницею в %Ln днів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="400"/>
        <source>The figures could not be read: %1</source>
        <translation>Не вдалося прочитати цифри: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="509"/>
        <source>Looking for conflicts…</source>
        <translation>Пошук суперечностей…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="536"/>
        <source>No conflicts among the closest figures; there are too many to compare them all (narrow the window or tick fewer series)</source>
        <translation>Серед найближчих у часі цифр суперечностей немає; порівняти всі неможливо — їх забагато (звузьте вікно або позначте менше рядів)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="539"/>
        <source>Conflicts: the first %1 of at least %2, among the closest figures (narrow the window or tick fewer series)</source>
        <translation>Суперечності: перші %1 із щонайменше %2, серед найближчих у часі цифр (звузьте вікно або позначте менше рядів)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="543"/>
        <source>Conflicts: at least %1, among the closest figures (narrow the window or tick fewer series)</source>
        <translation>Суперечності: щонайменше %1, серед найближчих у часі цифр (звузьте вікно або позначте менше рядів)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="546"/>
        <source>Conflicts: the first %1 of %2 (narrow the window or tick fewer series)</source>
        <translation>Суперечності: перші %1 із %2 (звузьте вікно або позначте менше рядів)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="551"/>
        <source>No conflicts between the plotted claims</source>
        <translation>Між показаними твердженнями суперечностей немає</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="597"/>
        <source>● exact</source>
        <translation>● точно</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="597"/>
        <source>○ about</source>
        <translation>○ приблизно</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="597"/>
        <source>▲ lower bound (more than, at least)</source>
        <translation>▲ нижня межа (понад, щонайменше)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="598"/>
        <source>▼ upper bound (less than, at most)</source>
        <translation>▼ верхня межа (менше ніж, щонайбільше)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="598"/>
        <source>┃ range</source>
        <translation>┃ діапазон</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="599"/>
        <source>━ a month or a year</source>
        <translation>━ місяць або рік</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="599"/>
        <source>pale: draft or disputed</source>
        <translation>бліді: чернетка або спірне</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="599"/>
        <source>red ring: conflict</source>
        <translation>червоне кільце: суперечність</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="607"/>
        <source>No figures yet: claims with a value and a date appear here, by series (subject · measure).</source>
        <translation>Цифр ще немає: твердження зі значенням і датою з’являться тут, за рядами (суб’єкт · показник).</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="610"/>
        <source>Tick a series on the left to plot its figures over time.</source>
        <translation>Позначте ряд ліворуч, щоб побачити його цифри в часі.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="612"/>
        <source>The ticked series have no claim with both a value and a date.</source>
        <translation>У позначених рядах немає тверджень, що мають і значення, і дату.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="702"/>
        <source>the same day</source>
        <translation>того самого дня</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="496"/>
        <location filename="../../curator/ui/chart.py" line="706"/>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="708"/>
        <source>%1 (%2, %3) and %4 (%5, %6) cannot both be true: %7</source>
        <translation>%1 (%2, %3) і %4 (%5, %6) не можуть бути правдою водночас: %7</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="719"/>
        <source>said by %1</source>
        <translation>сказав(-ла) %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="721"/>
        <source>reported by %1</source>
        <translation>повідомило %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="722"/>
        <source>status: %1</source>
        <translation>статус: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="788"/>
        <source>Reported by: %1</source>
        <translation>Повідомили: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="790"/>
        <source>According to: %1</source>
        <translation>За словами: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="791"/>
        <source>Curator, %1</source>
        <translation>Curator, %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="816"/>
        <source>Curator chart</source>
        <extracomment>The exported chart&apos;s size (logical pixels; PNG at twice as many device pixels), whatever the pane&apos;s size on screen: a laptop&apos;s strip of a chart is no figure to publish; room above for the title and below for the key and the footnote.</extracomment>
        <translation>Графік Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="871"/>
        <source>Chart title</source>
        <translation>Назва графіка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="872"/>
        <source>Title of the exported chart:</source>
        <translation>Назва графіка, що експортується:</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="878"/>
        <source>Save chart as PNG</source>
        <translation>Зберегти графік як PNG</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="882"/>
        <source>Save chart as SVG</source>
        <translation>Зберегти графік як SVG</translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="886"/>
        <source>Save plotted points as CSV</source>
        <translation>Зберегти точки графіка як CSV</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <location filename="../../curator/checkup.py" line="73"/>
        <source>{name}: repaired (%n change(s))</source>
        <translation>
            <numerusform>{name}: виправлено (%n зміна)</numerusform>
            <numerusform>{name}: виправлено (%n зміни)</numerusform>
            <numerusform>{name}: виправлено (%n змін)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/checkup.py" line="80"/>
        <source>{name}: %n problem(s) found; {advice}</source>
        <translation>
            <numerusform>{name}: знайдено %n проблему; {advice}</numerusform>
            <numerusform>{name}: знайдено %n проблеми; {advice}</numerusform>
            <numerusform>{name}: знайдено %n проблем; {advice}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="67"/>
        <location filename="../../curator/ui/claim_form.py" line="155"/>
        <source>Claim</source>
        <extracomment>The curator wants to see a piece of evidence (its id). The curator wants to remove a piece of evidence (its id).</extracomment>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="71"/>
        <source>Subject</source>
        <translation>Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="71"/>
        <source>whose figure, e.g. Azovstal garrison</source>
        <translation>чия цифра, напр. гарнізон Азовсталі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="72"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="72"/>
        <source>what is counted, e.g. in captivity</source>
        <translation>що рахують, напр. у полоні</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="73"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="74"/>
        <source>Upper value</source>
        <translation>Верхнє значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="74"/>
        <source>for a range</source>
        <translation>для діапазону</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="75"/>
        <source>Qualifier</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="76"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="76"/>
        <source>people, %, UAH…</source>
        <translation>осіб, %, грн…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="77"/>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="78"/>
        <source>Date precision</source>
        <translation>Точність дати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="79"/>
        <source>Attributed to</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="79"/>
        <source>who said it</source>
        <translation>хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="80"/>
        <source>Reported by</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="80"/>
        <source>which outlet</source>
        <translation>яке видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="81"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="84"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="86"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="86"/>
        <source>comma separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="116"/>
        <source>&amp;Subject</source>
        <translation>&amp;Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="116"/>
        <source>&amp;Measure</source>
        <translation>&amp;Показник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="117"/>
        <source>&amp;Value</source>
        <translation>&amp;Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="117"/>
        <source>U&amp;nit</source>
        <translation>&amp;Одиниця</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="118"/>
        <source>&amp;As of</source>
        <translation>Ста&amp;ном на</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="118"/>
        <source>Attributed &amp;to</source>
        <translation>&amp;Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="119"/>
        <source>&amp;Reported by</source>
        <translation>&amp;Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="119"/>
        <source>Stat&amp;us</source>
        <translation>Стат&amp;ус</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="128"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="130"/>
        <source>N&amp;ote</source>
        <translation>Пр&amp;имітка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="142"/>
        <source>Evidence of the claim</source>
        <translation>Докази твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="150"/>
        <source>Remove evidence</source>
        <translation>Вилучити доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="157"/>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="231"/>
        <source>Select the words that state a figure in the document, then press Ctrl+E (New Claim from Selection).</source>
        <translation>Виділіть у документі слова з цифрою й натисніть Ctrl+E (Нове твердження з виділеного).</translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="289"/>
        <source>Not a number: write it as 1279, 1,279 or 12.5</source>
        <translation>Це не число: напишіть 1279, 1 279 або 12,5</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="437"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="438"/>
        <source>Qualifier</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="439"/>
        <source>Subject</source>
        <translation>Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="440"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="441"/>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="442"/>
        <source>Attributed to</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="443"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="444"/>
        <source>Changed by</source>
        <translation>Хто змінив</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="486"/>
        <source>An open conflict with %1 (Edit → Conflicts…)</source>
        <extracomment>The &quot;Changed by&quot; column, the last: its tooltip says where the claim came from. Records with an open conflict → the project it came from: claims are marked in the table; the status bar counts them all.</extracomment>
        <translation>Відкритий конфлікт із %1 (Правка → Конфлікти…)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="500"/>
        <source>Made by %1 on %2</source>
        <translation>Створив(ла) %1, %2</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="502"/>
        <source>Last changed by %1 on %2</source>
        <translation>Востаннє змінив(ла) %1, %2</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="505"/>
        <source>Suggested by Curator (%1), accepted by a curator</source>
        <translation>Запропоновано Curator (%1), прийнято куратором</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="506"/>
        <source>Merged from %1 on %2</source>
        <translation>Приєднано з %1, %2</translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="217"/>
        <location filename="../../curator/ui/panes.py" line="226"/>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="224"/>
        <source>No claims yet. Select the words that state a figure in the document and press Ctrl+E.</source>
        <translation>Тверджень ще немає. Виділіть у документі слова з цифрою й натисніть Ctrl+E.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="242"/>
        <source>Show Who Changed Each Claim</source>
        <translation>Показати, хто змінив кожне твердження</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="253"/>
        <source>Claims (%Ln)</source>
        <translation>
            <numerusform>Твердження (%Ln)</numerusform>
            <numerusform>Твердження (%Ln)</numerusform>
            <numerusform>Твердження (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPane</name>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="42"/>
        <source>Conflicts</source>
        <extracomment>Where the two versions differ.</extracomment>
        <translation>Конфлікти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="58"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="58"/>
        <source>This project</source>
        <translation>Цей проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="58"/>
        <source>Merged project</source>
        <translation>Приєднаний проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="58"/>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="66"/>
        <location filename="../../curator/ui/conflicts.py" line="185"/>
        <location filename="../../curator/ui/conflicts.py" line="189"/>
        <source>Keep This Project&apos;s</source>
        <translation>Залишити з цього проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="68"/>
        <location filename="../../curator/ui/conflicts.py" line="187"/>
        <location filename="../../curator/ui/conflicts.py" line="190"/>
        <source>Keep the Merged Project&apos;s</source>
        <translation>Залишити з приєднаного проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="70"/>
        <source>Resolve as Chosen</source>
        <translation>Розв’язати, як обрано</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="72"/>
        <source>Each field as chosen in the Keep column</source>
        <translation>Кожне поле — як обрано в стовпці «Залишити»</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="132"/>
        <source>changed in both projects</source>
        <translation>змінено в обох проєктах</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="133"/>
        <source>edited here, deleted in the merged project</source>
        <translation>змінено тут, видалено в приєднаному проєкті</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="134"/>
        <source>deleted here, edited in the merged project</source>
        <translation>видалено тут, змінено в приєднаному проєкті</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="135"/>
        <source>deleted in the merged project but still cited here</source>
        <translation>видалено в приєднаному проєкті, але тут на нього посилаються</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="145"/>
        <source>No open conflicts: every merge so far agreed, or its conflicts are resolved.</source>
        <translation>Відкритих конфліктів немає: усі об’єднання погодилися або їхні конфлікти розв’язано.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="149"/>
        <location filename="../../curator/ui/conflicts.py" line="176"/>
        <source>this project</source>
        <translation>цей проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="149"/>
        <source>the merged project</source>
        <translation>приєднаний проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="151"/>
        <source>%1: deleted</source>
        <translation>%1: видалено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="152"/>
        <source>%1: by %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="165"/>
        <location filename="../../curator/ui/conflicts.py" line="166"/>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="177"/>
        <source>merged project</source>
        <translation>приєднаний проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="184"/>
        <source>Keep This Project&apos;s (deleted)</source>
        <translation>Залишити з цього проєкту (видалено)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="186"/>
        <source>Keep the Merged Project&apos;s (deleted)</source>
        <translation>Залишити з приєднаного проєкту (видалено)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/conflicts.py" line="214"/>
        <source>Resolve conflict</source>
        <translation>Розв’язати конфлікт</translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../curator/ui/curation.py" line="132"/>
        <source>No claim cites this document yet.</source>
        <extracomment>A message for the curator (text, is it a problem). The current claim changed (its id or None): the chart pane follows it. The current document changed (its id or None). What the form&apos;s fields offer as the curator types (queries.suggestions).</extracomment>
        <translation>Жодне твердження ще не цитує цей документ.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="161"/>
        <source>Select some text in the document first: the words that state the figure.</source>
        <translation>Спершу виділіть у документі слова, що містять цифру.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="171"/>
        <source>New claim</source>
        <translation>нове твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="182"/>
        <source>Choose the claim to add evidence to first (in the claims table).</source>
        <translation>Спершу виберіть у таблиці твердження, до якого додати доказ.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="188"/>
        <source>Add evidence</source>
        <translation>додавання доказу</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="189"/>
        <source>Evidence added to the claim.</source>
        <translation>Доказ додано до твердження.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="195"/>
        <source>Choose a claim to delete first.</source>
        <translation>Спершу виберіть твердження, яке треба видалити.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="198"/>
        <source>Delete claim</source>
        <translation>видалення твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="203"/>
        <source>Remove evidence</source>
        <translation>Вилучити доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="210"/>
        <source>Edit claim</source>
        <translation>редагування твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="218"/>
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
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln символ</numerusform>
            <numerusform>%Ln символи</numerusform>
            <numerusform>%Ln символів</numerusform>
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
        <location filename="../../curator/ui/tablemodels.py" line="367"/>
        <source>Title</source>
        <extracomment>The listing&apos;s order (curator.listing) a click on the column&apos;s header sorts by. The core&apos;s listing (curator.listing) of this model&apos;s table. The listing&apos;s order before the curator sorts by a column. Tables whose changes concern this model. Rows read at once, and pages kept (the least recently shown go first). The rowids of the listed rows, in the order shown. The words the rows are filtered by (&quot;&quot; for every row). More rows than this written by one operation are listed again as a whole.</extracomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="368"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="369"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="371"/>
        <source>Claims</source>
        <translation>Тверд.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/tablemodels.py" line="383"/>
        <source>%Ln claim(s) cite this document</source>
        <extracomment>Open suggestions per document, for those looked at so far (curator.ui.suggestions).</extracomment>
        <translation>
            <numerusform>%Ln твердження посилається на цей документ</numerusform>
            <numerusform>%Ln твердження посилаються на цей документ</numerusform>
            <numerusform>%Ln тверджень посилаються на цей документ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/tablemodels.py" line="386"/>
        <source>%Ln figure(s) found still to accept or reject</source>
        <translation>
            <numerusform>%Ln знайдену цифру ще треба прийняти або відхилити</numerusform>
            <numerusform>%Ln знайдені цифри ще треба прийняти або відхилити</numerusform>
            <numerusform>%Ln знайдених цифр ще треба прийняти або відхилити</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="181"/>
        <location filename="../../curator/ui/panes.py" line="199"/>
        <source>Documents</source>
        <extracomment>Milliseconds the current row must stay before a keyboard move reports it (0: at once). Holding an arrow key then passes rows without opening each one.</extracomment>
        <translation>Документи</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="184"/>
        <source>Filter documents…</source>
        <translation>Фільтр документів…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="193"/>
        <source>No documents yet. Import texts, web pages, PDF or Word files with Ctrl+I, or drop them here.</source>
        <translation>Документів ще немає. Імпортуйте тексти, вебсторінки, файли PDF чи Word (Ctrl+I) або перетягніть їх сюди.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="212"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документи</numerusform>
            <numerusform>%Ln документів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeFlow</name>
    <message>
        <location filename="../../curator/ui/exchange.py" line="190"/>
        <source>Please wait: an export or merge is running.</source>
        <translation>Зачекайте: триває експорт або об’єднання.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="211"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="214"/>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="218"/>
        <source>Export finished</source>
        <translation>Експорт завершено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="225"/>
        <source>Merge Project</source>
        <translation>Об’єднати проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="239"/>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="257"/>
        <source>Merging %1…</source>
        <translation>Об’єднання %1…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="242"/>
        <location filename="../../curator/ui/exchange.py" line="260"/>
        <source>Merge failed</source>
        <translation>Об’єднання не вдалося</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="269"/>
        <source>Merge %1</source>
        <translation>Об’єднання %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="274"/>
        <source>The conflicts are listed in %1</source>
        <translation>Суперечності перелічено в %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="275"/>
        <source>Merge finished</source>
        <translation>Об’єднання завершено</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../curator/ui/exchange.py" line="39"/>
        <location filename="../../curator/ui/exchange.py" line="82"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="48"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="50"/>
        <source>Only claims whose status is checked</source>
        <translation>Лише перевірені твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="52"/>
        <source>Leave out the original files (smaller)</source>
        <translation>Без оригінальних файлів (менший розмір)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="53"/>
        <source>For a spreadsheet (Excel, LibreOffice)</source>
        <translation>Для електронної таблиці (Excel, LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="57"/>
        <source>The spreadsheet reads figures with this language&apos;s decimal mark</source>
        <translation>Таблиця читатиме числа з десятковим знаком цієї мови</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="61"/>
        <source>{language} ({region}): {example}</source>
        <translation>{language} ({region}): {example}</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="64"/>
        <source>Include each document&apos;s text</source>
        <translation>Додати текст кожного документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="72"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="73"/>
        <source>Save to</source>
        <translation>Зберегти в</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="77"/>
        <source>Spreadsheet&apos;s language</source>
        <translation>Мова таблиці</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="112"/>
        <source>A clean copy of the project that opens in Curator and in any SQLite tool.</source>
        <translation>Чиста копія проєкту, що відкривається в Curator і в будь-якій програмі для SQLite.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="113"/>
        <source>One row per claim, and a second file with one row per piece of evidence.</source>
        <translation>Рядок на кожне твердження й другий файл із рядком на кожен доказ.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="114"/>
        <source>The whole curated set, described by Curator&apos;s export schema.</source>
        <translation>Увесь упорядкований набір за схемою експорту Curator.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="115"/>
        <source>Each piece of evidence as a W3C Web Annotation (JSON-LD).</source>
        <translation>Кожен доказ як W3C Web Annotation (JSON-LD).</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="116"/>
        <source>A folder with the CSV files and a datapackage.json describing them.</source>
        <translation>Тека з файлами CSV і datapackage.json, що їх описує.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="117"/>
        <source>Documents, quotes and claims for qualitative-analysis tools: a code per series, a coding per claim with its fields.</source>
        <translation>Документи, цитати й твердження для програм якісного аналізу: код на кожен ряд, кодування на кожне твердження з його полями.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="129"/>
        <source>Export to</source>
        <translation>Експортувати в</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="131"/>
        <source>Export into folder</source>
        <translation>Експортувати в теку</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="342"/>
        <source>Find in document…</source>
        <translation>Знайти в документі…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="347"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="347"/>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="371"/>
        <source>Not found</source>
        <translation>Не знайдено</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../../curator/ui/history.py" line="34"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="46"/>
        <source>Restore This Version</source>
        <translation>Відновити цю версію</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="48"/>
        <source>Make it as it was in the chosen change (an edit you can undo)</source>
        <translation>Зробити таким, як у вибраній зміні (редагування, яке можна скасувати)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="75"/>
        <source>Choose a claim or a document to see its history.</source>
        <translation>Виберіть твердження або документ, щоб побачити історію.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="91"/>
        <source>evidence added</source>
        <translation>додано доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="91"/>
        <source>evidence removed</source>
        <translation>вилучено доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="94"/>
        <source>a merge kept another version; set aside: %1&apos;s</source>
        <translation>об’єднання залишило іншу версію; відкладено версію: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="96"/>
        <source>kept</source>
        <translation>залишено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="99"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="99"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="99"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/history.py" line="117"/>
        <source>Restore version</source>
        <translation>Відновлення версії</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="98"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="123"/>
        <source>The chart of figures over time appears here.</source>
        <translation>Тут з’явиться графік цифр у часі.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="141"/>
        <source>Document History…</source>
        <translation>Історія документа…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="159"/>
        <source>Search all documents</source>
        <translation>Пошук у всіх документах</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="160"/>
        <source>Search all documents…</source>
        <translation>Пошук у всіх документах…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="206"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Останні проєкти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="212"/>
        <source>Main toolbar</source>
        <translation>Головна панель</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="290"/>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="291"/>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="293"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="293"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="295"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="295"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="457"/>
        <source>%1 (read-only) — Curator</source>
        <translation>%1 (лише читання) — Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="465"/>
        <source>Opening %1…</source>
        <translation>Відкриття %1…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="471"/>
        <source>No project open</source>
        <translation>Проєкт не відкрито</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="475"/>
        <source>%1 — click to show it in its folder</source>
        <translation>%1 — клацніть, щоб показати в теці</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="477"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln документ</numerusform>
            <numerusform>%Ln документи</numerusform>
            <numerusform>%Ln документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="478"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="480"/>
        <source>⚠ %Ln open conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln відкритий конфлікт</numerusform>
            <numerusform>⚠ %Ln відкриті конфлікти</numerusform>
            <numerusform>⚠ %Ln відкритих конфліктів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="484"/>
        <source>About Curator</source>
        <translation>Про Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="485"/>
        <source>&lt;b&gt;Curator %1&lt;/b&gt;&lt;p&gt;Turn news articles and reports into a verified database of facts and figures, each with its evidence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Curator %1&lt;/b&gt;&lt;p&gt;Перетворює новини й звіти на перевірену базу фактів і цифр, кожна — з доказом.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location filename="../../curator/ui/exchange.py" line="150"/>
        <source>Merge %1?</source>
        <translation>Об’єднати %1?</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="152"/>
        <source>Nothing has been changed yet. This is what the merge will do:</source>
        <translation>Поки що нічого не змінено. Ось що зробить об’єднання:</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="158"/>
        <source>Everything in %1 is already in this project: the merge would change nothing.</source>
        <translation>Усе з %1 уже є в цьому проєкті: об’єднання нічого не змінило б.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="164"/>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <location filename="../../curator/merge.py" line="114"/>
        <source>Merging {source} will bring {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflict(s)</source>
        <translation>
            <numerusform>Об’єднання {source} принесе: нових тверджень — {new_claims}, оновлено — {updated_claims}, видалено — {deleted_claims}; нових документів — {new_documents}, упізнано за текстом — {matched}; записів додано — {added}, оновлено — {updated}, видалено — {deleted}; %n конфлікт</numerusform>
            <numerusform>Об’єднання {source} принесе: нових тверджень — {new_claims}, оновлено — {updated_claims}, видалено — {deleted_claims}; нових документів — {new_documents}, упізнано за текстом — {matched}; записів додано — {added}, оновлено — {updated}, видалено — {deleted}; %n конфлікти</numerusform>
            <numerusform>Об’єднання {source} принесе: нових тверджень — {new_claims}, оновлено — {updated_claims}, видалено — {deleted_claims}; нових документів — {new_documents}, упізнано за текстом — {matched}; записів додано — {added}, оновлено — {updated}, видалено — {deleted}; %n конфліктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/merge.py" line="117"/>
        <source>Merged {source}: {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflict(s)</source>
        <translation>
            <numerusform>Об’єднано {source}: нових тверджень — {new_claims}, оновлено — {updated_claims}, видалено — {deleted_claims}; нових документів — {new_documents}, упізнано за текстом — {matched}; записів додано — {added}, оновлено — {updated}, видалено — {deleted}; %n конфлікт</numerusform>
            <numerusform>Об’єднано {source}: нових тверджень — {new_claims}, оновлено — {updated_claims}, видалено — {deleted_claims}; нових документів — {new_documents}, упізнано за текстом — {matched}; записів додано — {added}, оновлено — {updated}, видалено — {deleted}; %n конфлікти</numerusform>
            <numerusform>Об’єднано {source}: нових тверджень — {new_claims}, оновлено — {updated_claims}, видалено — {deleted_claims}; нових документів — {new_documents}, упізнано за текстом — {matched}; записів додано — {added}, оновлено — {updated}, видалено — {deleted}; %n конфліктів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../curator/ui/welcome.py" line="128"/>
        <source>Welcome to Curator</source>
        <translation>Вітаємо в Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="128"/>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="129"/>
        <source>Two questions before you start; both can be changed later in Edit → Preferences.</source>
        <translation>Два запитання перед початком; обидві відповіді можна змінити пізніше: Правка → Налаштування.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="135"/>
        <source>e.g. Olena Kovalenko</source>
        <translation>напр. Олена Коваленко</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="136"/>
        <source>Recorded with every edit you make, so that whoever merges volunteers&apos; work knows who did what.</source>
        <translation>Записується з кожною вашою зміною, щоб той, хто об’єднує роботу волонтерів, знав, хто що зробив.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="142"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="147"/>
        <source>New projects and the sample are kept here, where you can find them to send.</source>
        <translation>Тут зберігаються нові проєкти й зразок — тут ви знайдете їх, щоб надіслати.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="152"/>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;ім’я</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="154"/>
        <source>&amp;Projects folder</source>
        <translation>&amp;Тека проєктів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="162"/>
        <source>As the system (%1)</source>
        <translation>Як у системі (%1)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="167"/>
        <source>Takes effect when Curator starts again.</source>
        <translation>Діє після перезапуску Curator.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="170"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="184"/>
        <source>Projects folder</source>
        <translation>Тека проєктів</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <location filename="../../curator/importers/curatorjson.py" line="127"/>
        <source>{path}: the export holds no document texts (it was made without them), and this project does not have %n document(s) of it: export again with the texts (Include each document&apos;s text; --with-text), or import those documents first</source>
        <translation>
            <numerusform>{path}: в експорті немає текстів документів (його зроблено без них), а в цьому проєкті бракує %n його документа: експортуйте знову з текстами («Додати текст кожного документа»; --with-text) або спершу імпортуйте ці документи</numerusform>
            <numerusform>{path}: в експорті немає текстів документів (його зроблено без них), а в цьому проєкті бракує %n його документів: експортуйте знову з текстами («Додати текст кожного документа»; --with-text) або спершу імпортуйте ці документи</numerusform>
            <numerusform>{path}: в експорті немає текстів документів (його зроблено без них), а в цьому проєкті бракує %n його документів: експортуйте знову з текстами («Додати текст кожного документа»; --with-text) або спершу імпортуйте ці документи</numerusform>
        </translation>
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
        <location filename="../../curator/ui/projectflow.py" line="182"/>
        <source>Curator&apos;s JSON exports (%1)</source>
        <translation>Експорти Curator у JSON (%1)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="183"/>
        <source>REFI-QDA projects (%1)</source>
        <translation>Проєкти REFI-QDA (%1)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="184"/>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="190"/>
        <source>Import Documents</source>
        <translation>Імпорт документів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="198"/>
        <source>An import is already running.</source>
        <translation>Імпорт уже триває.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="206"/>
        <source>Importing documents…</source>
        <translation>Імпорт документів…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="209"/>
        <source>Import failed</source>
        <translation>Імпорт не вдався</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="218"/>
        <source>Import finished</source>
        <translation>Імпорт завершено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="221"/>
        <source>Keep the Whole Pages</source>
        <translation>Зберегти сторінки повністю</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="223"/>
        <source>Keep the rest of each such page after its article, marked as such</source>
        <translation>Зберегти решту кожної такої сторінки після статті, з позначкою</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="233"/>
        <source>Keep the whole page</source>
        <translation>Зберегти сторінку повністю</translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="259"/>
        <source>The new language takes effect when Curator starts again.</source>
        <translation>Нова мова запрацює після перезапуску Curator.</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../curator/ui/session.py" line="133"/>
        <source>Open or create a project first.</source>
        <extracomment>Emitted with a :class:`~curator.storage.Changes` after every write, undo and redo. A message for the user when an edit could not be made. The project was opened, closed or replaced.</extracomment>
        <translation>Спершу відкрийте або створіть проєкт.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/session.py" line="170"/>
        <source>Undoing %1…</source>
        <extracomment>Runs ``fn()`` off the UI thread with a progress dialog: ``(title, fn, done, failed)``, set by the window; without it long steps run in place.</extracomment>
        <translation>Скасування: %1…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/session.py" line="170"/>
        <source>Redoing %1…</source>
        <translation>Повторення: %1…</translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <location filename="../../curator/ui/quickstart.py" line="23"/>
        <source>Quick Start</source>
        <translation>Швидкий старт</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="67"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="67"/>
        <source>%n quoted text(s)</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитати</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="68"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="68"/>
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n доказ</numerusform>
            <numerusform>%n докази</numerusform>
            <numerusform>%n доказів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="69"/>
        <source>%n vocabulary entries</source>
        <translation>
            <numerusform>%n запис словника</numerusform>
            <numerusform>%n записи словника</numerusform>
            <numerusform>%n записів словника</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="70"/>
        <source>%n rejected suggestion(s)</source>
        <translation>
            <numerusform>%n відхилена пропозиція</numerusform>
            <numerusform>%n відхилені пропозиції</numerusform>
            <numerusform>%n відхилених пропозицій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="76"/>
        <source>{cannot}: {listing} added since still refer(s) to {label}. Undo or remove them first.</source>
        <translation>
            <numerusform>{cannot}: на {label} досі посилається {listing}, доданий відтоді. Спершу скасуйте або вилучіть його.</numerusform>
            <numerusform>{cannot}: на {label} досі посилаються {listing}, додані відтоді. Спершу скасуйте або вилучіть їх.</numerusform>
            <numerusform>{cannot}: на {label} досі посилаються {listing}, додані відтоді. Спершу скасуйте або вилучіть їх.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message numerus="yes">
        <location filename="../../curator/operations.py" line="50"/>
        <source>“{title}” cannot be deleted: it is the evidence of %n claim(s). Delete or move that evidence first.</source>
        <extracomment>What an edit may set: every column but those each record keeps for itself.</extracomment>
        <translation>
            <numerusform>«{title}» не можна видалити: це доказ %n твердження. Спершу видаліть або перенесіть цей доказ.</numerusform>
            <numerusform>«{title}» не можна видалити: це доказ %n тверджень. Спершу видаліть або перенесіть ці докази.</numerusform>
            <numerusform>«{title}» не можна видалити: це доказ %n тверджень. Спершу видаліть або перенесіть ці докази.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/operations.py" line="54"/>
        <source>“{name}” is used by %n claim(s): it stays in the vocabulary while they use it.</source>
        <translation>
            <numerusform>«{name}» використовує %n твердження: запис лишається в словнику, доки він потрібен.</numerusform>
            <numerusform>«{name}» використовують %n твердження: запис лишається в словнику, доки він потрібен.</numerusform>
            <numerusform>«{name}» використовують %n тверджень: запис лишається в словнику, доки він потрібен.</numerusform>
        </translation>
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
        <location filename="../../curator/ui/panes.py" line="299"/>
        <source>Close the search results</source>
        <translation>Закрити результати пошуку</translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="302"/>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="319"/>
        <source>“%1”: %Ln document(s)</source>
        <translation>
            <numerusform>«%1»: %Ln документ</numerusform>
            <numerusform>«%1»: %Ln документи</numerusform>
            <numerusform>«%1»: %Ln документів</numerusform>
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
    <name>SuggestionsFlow</name>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="244"/>
        <source>Looking for figures in every document…</source>
        <extracomment>Every figure found, decided on or not, of the last KEPT documents looked at.</extracomment>
        <translation>Пошук цифр у кожному документі…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="374"/>
        <source>No suggestions in this document.</source>
        <translation>У цьому документі немає пропозицій.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="388"/>
        <location filename="../../curator/ui/suggestions.py" line="405"/>
        <source>Choose a suggestion first.</source>
        <translation>Спершу виберіть пропозицію.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="391"/>
        <source>Accept suggestions</source>
        <translation>Прийняття пропозицій</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/suggestions.py" line="397"/>
        <source>%Ln claim(s) made; complete them in the form.</source>
        <translation>
            <numerusform>Створено %Ln твердження; доповніть його у формі.</numerusform>
            <numerusform>Створено %Ln твердження; доповніть їх у формі.</numerusform>
            <numerusform>Створено %Ln тверджень; доповніть їх у формі.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="408"/>
        <source>Reject suggestions</source>
        <translation>Відхилення пропозицій</translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="72"/>
        <source>Suggestions</source>
        <extracomment>The underline of a suggestion: faint, dashed, unlike the yellow of evidence. The suggestion the list has chosen. Documents whose figures are kept in memory (the last ones opened); of the others, only how many are open is kept. 50,000 documents&apos; figures would take a gigabyte.</extracomment>
        <translation>Пропозиції</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="79"/>
        <source>Suggested claims</source>
        <translation>Запропоновані твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="84"/>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="86"/>
        <source>Make a claim of each chosen suggestion (Enter)</source>
        <translation>Створити твердження з кожної вибраної пропозиції (Enter)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="87"/>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="89"/>
        <source>Set the chosen suggestions aside: they do not come back (Delete)</source>
        <translation>Відкласти вибрані пропозиції: вони більше не з’являться (Delete)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="117"/>
        <source>Looking for figures in this document…</source>
        <translation>Пошук цифр у цьому документі…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/suggestions.py" line="119"/>
        <source>%Ln figure(s) found: Enter accepts, Delete rejects; F7 for the next.</source>
        <translation>
            <numerusform>Знайдено %Ln цифру: Enter приймає, Delete відхиляє; F7 — наступна.</numerusform>
            <numerusform>Знайдено %Ln цифри: Enter приймає, Delete відхиляє; F7 — наступна.</numerusform>
            <numerusform>Знайдено %Ln цифр: Enter приймає, Delete відхиляє; F7 — наступна.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="122"/>
        <source>No figures left to decide on in this document.</source>
        <translation>У цьому документі не лишилося цифр, щодо яких треба вирішити.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="137"/>
        <source>no date</source>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="138"/>
        <source>no speaker</source>
        <translation>без джерела</translation>
    </message>
    <message>
        <location filename="../../curator/ui/suggestions.py" line="140"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
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
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln твердження</numerusform>
            <numerusform>%Ln тверджень</numerusform>
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
        <location filename="../../curator/ui/welcome.py" line="36"/>
        <source>Welcome to Curator</source>
        <extracomment>A recent project chosen (its path).</extracomment>
        <translation>Вітаємо в Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="42"/>
        <source>Turn news articles and reports into a database of facts and figures, each one with the words that state it. Start with the sample to see how, or with your own documents.</source>
        <translation>Перетворюйте новини й звіти на базу фактів і цифр — кожна зі словами, що її містять. Почніть зі зразка, щоб побачити, як це працює, або зі своїх документів.</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="52"/>
        <source>Open the sample project</source>
        <translation>Відкрити проєкт-зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="53"/>
        <source>Five articles about the defenders of Azovstal, with example claims and a conflict between sources</source>
        <translation>П’ять статей про захисників Азовсталі з прикладами тверджень і суперечністю між джерелами</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="55"/>
        <source>New project…</source>
        <translation>Новий проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="55"/>
        <source>An empty project, in a file you name</source>
        <translation>Порожній проєкт у файлі, який ви назвете</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="56"/>
        <source>Open a project…</source>
        <translation>Відкрити проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="57"/>
        <source>A project of yours, or one a volunteer sent you</source>
        <translation>Ваш проєкт або той, що надіслав волонтер</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="58"/>
        <source>Import documents…</source>
        <translation>Імпортувати документи…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="59"/>
        <source>Texts, web pages, PDF and Word files, into a new project</source>
        <translation>Тексти, вебсторінки, файли PDF і Word — у новий проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="60"/>
        <source>Quick start</source>
        <translation>Швидкий старт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="60"/>
        <source>Curator in six steps</source>
        <translation>Curator за шість кроків</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="61"/>
        <source>Reset the sample project</source>
        <translation>Скинути проєкт-зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="63"/>
        <source>Start the sample again as it was first made; your changes to it go</source>
        <translation>Почати зразок знову таким, яким його створено; ваші зміни в ньому зникнуть</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="68"/>
        <location filename="../../curator/ui/welcome.py" line="71"/>
        <source>Recent projects</source>
        <translation>Нещодавні проєкти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="73"/>
        <source>None yet.</source>
        <translation>Поки що немає.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="84"/>
        <source>&amp;New Project…</source>
        <extracomment>Actions that write to the project: disabled while it is open read-only, or none is open (but Import, which then makes a project first). Actions that read a project: disabled while none is open.</extracomment>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="84"/>
        <source>Create an empty project file</source>
        <translation>Створити порожній файл проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="85"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="85"/>
        <source>Open a project file</source>
        <translation>Відкрити файл проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="86"/>
        <source>Open &amp;Sample Project</source>
        <translation>Відкрити проєкт-&amp;зразок</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="87"/>
        <source>A project with five sample articles to try Curator on</source>
        <translation>Проєкт із п’ятьма статтями-зразками, щоб спробувати Curator</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="88"/>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Імпортувати документи…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="89"/>
        <source>Import documents (%1) or drop them on the window</source>
        <translation>Імпортувати документи (%1) або перетягнути їх на вікно</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="92"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="93"/>
        <source>Export the curated database: SQLite, CSV, JSON, Web Annotations, Data Package</source>
        <translation>Експортувати впорядковану базу: SQLite, CSV, JSON, Web Annotations, Data Package</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="95"/>
        <source>&amp;Merge Project…</source>
        <translation>Об’&amp;єднати проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="96"/>
        <source>Bring a volunteer&apos;s project into this one</source>
        <translation>Перенести проєкт волонтера в цей</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="97"/>
        <source>Save a &amp;Copy…</source>
        <translation>Зберегти &amp;копію…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="98"/>
        <source>A complete copy of this project, safe to make while you work: the file to send to a coordinator</source>
        <translation>Повна копія проєкту, яку можна робити під час роботи: файл, щоб надіслати координаторові</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="100"/>
        <source>&amp;Restore From Backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="101"/>
        <source>Open one of the copies Curator keeps automatically, as a new project</source>
        <translation>Відкрити одну з копій, які Curator робить автоматично, як новий проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="102"/>
        <source>Show Project in &amp;Folder</source>
        <translation>Показати проєкт у &amp;теці</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="103"/>
        <source>Open the folder holding this project in your file manager</source>
        <translation>Відкрити теку з цим проєктом у файловому менеджері</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="104"/>
        <source>Check and Re&amp;pair Project…</source>
        <translation>Перевірити й в&amp;иправити проєкт…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="105"/>
        <source>Look for damage in this project and repair what can be repaired</source>
        <translation>Пошукати пошкодження в проєкті й виправити те, що можна</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="107"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="108"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="109"/>
        <source>&amp;Find in Document…</source>
        <translation>&amp;Знайти в документі…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="109"/>
        <source>Find words in the document you are reading</source>
        <translation>Знайти слова в документі, який ви читаєте</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="110"/>
        <source>&amp;Search All Documents</source>
        <translation>&amp;Шукати в усіх документах</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="110"/>
        <source>Search the text of every document</source>
        <translation>Шукати в тексті кожного документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="112"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="112"/>
        <source>Your name, recorded with your edits</source>
        <translation>Ваше ім’я, що записується з вашими змінами</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="113"/>
        <source>&amp;Vocabulary…</source>
        <translation>С&amp;ловник…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="114"/>
        <source>Names and aliases of subjects, measures, people and organisations</source>
        <translation>Назви й інші написання суб’єктів, показників, осіб і організацій</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="116"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Конфлікти…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="117"/>
        <source>Records two volunteers changed differently: both versions side by side, to resolve</source>
        <translation>Записи, які двоє волонтерів змінили по-різному: обидві версії поруч, щоб розв’язати</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="119"/>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="120"/>
        <source>Every change of the current claim and its evidence: when, who, what; restore any version</source>
        <translation>Усі зміни поточного твердження та його доказів: коли, хто, що; будь-яку версію можна відновити</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="122"/>
        <source>&amp;New Claim from Selection</source>
        <translation>&amp;Нове твердження з виділеного</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="123"/>
        <source>Record the selected figure as a new claim, with the selection as its evidence</source>
        <translation>Записати виділену цифру як нове твердження з виділеним текстом як доказом</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="125"/>
        <source>&amp;Add Selection as Evidence</source>
        <translation>&amp;Додати виділене як доказ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="126"/>
        <source>Cite the selected text as more evidence for the current claim</source>
        <translation>Додати виділений текст як ще один доказ поточного твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="128"/>
        <source>&amp;Delete Claim</source>
        <translation>&amp;Видалити твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="128"/>
        <source>Delete the current claim (can be undone)</source>
        <translation>Видалити поточне твердження (можна скасувати)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="130"/>
        <source>Claims of This Document &amp;Only</source>
        <translation>Лише твердження &amp;цього документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="131"/>
        <source>List only the claims citing the open document</source>
        <translation>Показувати лише твердження, що цитують відкритий документ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="133"/>
        <source>&amp;Chart</source>
        <translation>&amp;Графік</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="134"/>
        <source>Open the chart of figures over time, or fold it to a strip to give the document more room</source>
        <translation>Відкрити графік цифр у часі або згорнути його в смужку, щоб документ мав більше місця</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="137"/>
        <source>Acce&amp;pt Suggestion</source>
        <translation>При&amp;йняти пропозицію</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="138"/>
        <source>Make a claim of the chosen suggestion, its fields filled in (Enter in the list)</source>
        <translation>Створити твердження з вибраної пропозиції із заповненими полями (Enter у списку)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="141"/>
        <source>Re&amp;ject Suggestion</source>
        <translation>Від&amp;хилити пропозицію</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="142"/>
        <source>Set the chosen suggestion aside: it does not come back (Delete in the list)</source>
        <translation>Відкласти вибрану пропозицію: вона більше не з’явиться (Delete у списку)</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="145"/>
        <source>Next Su&amp;ggestion</source>
        <translation>Наступна п&amp;ропозиція</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="146"/>
        <source>The next figure Curator found in this document</source>
        <translation>Наступна цифра, яку Curator знайшов у цьому документі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="148"/>
        <source>Previous Suggestion</source>
        <translation>Попередня пропозиція</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="149"/>
        <source>The previous figure Curator found in this document</source>
        <translation>Попередня цифра, яку Curator знайшов у цьому документі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="151"/>
        <source>Find Suggestions in All Documents</source>
        <translation>Знайти пропозиції в усіх документах</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="152"/>
        <source>Look for figures in every document and count them in the documents list</source>
        <translation>Шукати цифри в кожному документі й показати їх кількість у списку документів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="154"/>
        <source>Ne&amp;xt Claim in Document</source>
        <translation>Насту&amp;пне твердження в документі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="155"/>
        <source>The next claim citing this document, in the order of its words</source>
        <translation>Наступне твердження, що цитує цей документ, за порядком слів</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="157"/>
        <source>Pre&amp;vious Claim in Document</source>
        <translation>Попе&amp;реднє твердження в документі</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="158"/>
        <source>The previous claim citing this document</source>
        <translation>Попереднє твердження, що цитує цей документ</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="160"/>
        <source>&amp;Documents</source>
        <translation>&amp;Документи</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="161"/>
        <source>Document &amp;Text</source>
        <translation>&amp;Текст документа</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="162"/>
        <source>C&amp;laims</source>
        <translation>Тверд&amp;ження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="163"/>
        <source>Claim &amp;Form</source>
        <translation>&amp;Форма твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="164"/>
        <source>Next Pane</source>
        <translation>Наступна панель</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="165"/>
        <source>Previous Pane</source>
        <translation>Попередня панель</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="166"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="167"/>
        <source>Every shortcut, in one list</source>
        <translation>Усі скорочення в одному списку</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="168"/>
        <source>&amp;Quick Start</source>
        <translation>&amp;Швидкий старт</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="169"/>
        <source>Curator in six steps</source>
        <translation>Curator за шість кроків</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="170"/>
        <source>&amp;About Curator</source>
        <translation>&amp;Про Curator</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../curator/plotting.py" line="102"/>
        <source>Value</source>
        <extracomment>A series of more points than this is not joined by a line: it would be a scribble (and slow to draw); colour by series tells such series apart. Points of series no longer ticked that are kept (as arrays, about 120 bytes a point), so that ticking one again does not read it again; beyond this, they are let go. Characters of measure names the value axis has room for. The points to draw, each made when read from :attr:`columns`. The same points as arrays, in the same order. Every source of a drawn point (outlet or person), sorted: the legend, and colour order. (source, kind, faded) → its points, as indices into :attr:`points` and :attr:`columns`. Claims of the ticked series that have no date or no value. The highest value to show: every value, and the upper ends of ranges. What the drawn points count, and in which units (sorted; no unit left out). With several series ticked and colour telling sources apart: each series&apos; points by date, joined by a line of its own style, so the series are told apart too.</extracomment>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/plotting.py" line="106"/>
        <source>{title} · mixed units: {units}</source>
        <translation>{title} · різні одиниці: {units}</translation>
    </message>
</context>
<context>
    <name>check</name>
    <message>
        <location filename="../../curator/checkup.py" line="29"/>
        <source>file</source>
        <extracomment>At most this many findings of one kind are listed (all are counted). The kinds of problem, as a report names them.</extracomment>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="29"/>
        <source>link</source>
        <translation>зв’язок</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="30"/>
        <source>search index</source>
        <translation>пошуковий індекс</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="30"/>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="31"/>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="67"/>
        <source>… and {more} more of kind {kind}</source>
        <extracomment>What a repair did, one line each (empty after a plain check). The rows a repair wrote, for the views (a repair is recorded like any edit).</extracomment>
        <translation>… і ще {more} такого виду: {kind}</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="76"/>
        <source>{name}: no problems found</source>
        <translation>{name}: проблем не знайдено</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="78"/>
        <source>Repair can fix them (a backup is made first)</source>
        <translation>їх можна виправити (спершу буде зроблено резервну копію)</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="79"/>
        <source>some cannot be repaired here: restore a backup (File → Restore From Backup)</source>
        <translation>деякі тут не виправити: відновіть резервну копію (Файл → Відновити з резервної копії)</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="88"/>
        <source>Checking the file</source>
        <translation>Перевірка файлу</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="93"/>
        <source>Checking links</source>
        <translation>Перевірка зв’язків</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="95"/>
        <source>a row of {table} (row {row}) refers to a missing {parent}</source>
        <translation>рядок таблиці {table} (рядок {row}) посилається на відсутній запис {parent}</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="98"/>
        <source>Checking the search index</source>
        <translation>Перевірка пошукового індексу</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="100"/>
        <source>the full-text index does not match the documents</source>
        <translation>повнотекстовий індекс не відповідає документам</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="103"/>
        <source>Checking every quote</source>
        <translation>Перевірка кожної цитати</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="106"/>
        <source>the quote “{quote}” ({id}) is no longer in “{document}”</source>
        <translation>цитати «{quote}» ({id}) більше немає в «{document}»</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="109"/>
        <source>the quote “{quote}” in “{document}” moved from {start}–{end} to {new_start}–{new_end}</source>
        <translation>цитата «{quote}» у «{document}» змістилася з {start}–{end} на {new_start}–{new_end}</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="114"/>
        <source>Checking stored values</source>
        <translation>Перевірка збережених значень</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="135"/>
        <source>rebuilt the full-text index</source>
        <translation>повнотекстовий індекс перебудовано</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="140"/>
        <source>removed a {table} row whose {parent} is missing ({id})</source>
        <translation>вилучено рядок таблиці {table}, запис {parent} якого відсутній ({id})</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="145"/>
        <source>moved the quote “{quote}” in “{document}” back onto its words</source>
        <translation>цитату «{quote}» у «{document}» повернуто на її слова</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="190"/>
        <source>the {kind} in {table}.{column} of {id} is not valid JSON</source>
        <translation>{kind} у {table}.{column} запису {id} — некоректний JSON</translation>
    </message>
    <message>
        <location filename="../../curator/checkup.py" line="199"/>
        <source>a time or id of {table} {id} is not valid</source>
        <translation>некоректний час або ідентифікатор у {table} {id}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../curator/cli.py" line="41"/>
        <source>Curator: a verified database of facts and figures from news articles and reports. Without a command, starts the application.</source>
        <translation>Curator: перевірена база фактів і цифр із новинних статей і звітів. Без команди запускає застосунок.</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="46"/>
        <source>check this installation: project, import, claim, export, window (headless)</source>
        <translation>перевірити це встановлення: проєкт, імпорт, твердження, експорт, вікно (без екрана)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="47"/>
        <source>your name, recorded with every change (default: from settings)</source>
        <translation>ваше ім’я, що записується з кожною зміною (типово: з налаштувань)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="50"/>
        <source>import files and folders into a project (created when missing)</source>
        <translation>імпортувати файли й теки в проєкт (створюється, якщо його немає)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="54"/>
        <source>web pages: keep the rest of the page after the article</source>
        <translation>вебсторінки: зберегти решту сторінки після статті</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="56"/>
        <source>of a web page imported as its article only, keep the rest of the page too</source>
        <translation>для вебсторінки, з якої імпортовано лише статтю, зберегти й решту сторінки</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="60"/>
        <source>list a project&apos;s documents</source>
        <translation>перелічити документи проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="64"/>
        <source>counts of documents, spans and claims, and the schema version</source>
        <translation>кількість документів, цитат і тверджень та версія схеми</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="69"/>
        <source>export the curated database ({formats})</source>
        <translation>експортувати впорядковану базу ({formats})</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="72"/>
        <source>file (or folder for csv and datapackage)</source>
        <translation>файл (або тека для csv і datapackage)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="73"/>
        <source>only claims whose status is checked</source>
        <translation>лише твердження зі статусом «перевірено»</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="74"/>
        <source>sqlite: leave out the original files&apos; bytes</source>
        <translation>sqlite: без байтів оригінальних файлів</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="76"/>
        <source>csv: for a spreadsheet (Excel, LibreOffice): a BOM, and the locale&apos;s decimal mark and separator</source>
        <translation>csv: для електронної таблиці (Excel, LibreOffice): BOM, десятковий знак і роздільник мови</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="78"/>
        <source>csv --excel: the spreadsheet&apos;s locale, e.g. uk_UA, de_DE, en_US (default: the system&apos;s)</source>
        <translation>csv --excel: мова таблиці, напр. uk_UA, de_DE, en_US (типово — системна)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="79"/>
        <source>json: include each document&apos;s stored text</source>
        <translation>json: додати збережений текст кожного документа</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="81"/>
        <source>merge volunteers&apos; projects into a project</source>
        <translation>об’єднати проєкти волонтерів в один проєкт</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="85"/>
        <source>say what the merge would do, record by record, and change nothing</source>
        <translation>показати, що зробить об’єднання, запис за записом, нічого не змінюючи</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="87"/>
        <source>the conflicts merges kept, open ones, in words</source>
        <translation>конфлікти, збережені об’єднаннями: відкриті, словами</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="91"/>
        <source>resolve a conflict a merge kept</source>
        <translation>розв’язати конфлікт, збережений об’єднанням</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="95"/>
        <source>ours: this project&apos;s version; theirs: the merged project&apos;s</source>
        <translation>ours — версія цього проєкту; theirs — версія приєднаного проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="97"/>
        <source>take that side for this field only (repeat for more); default: every field that differs</source>
        <translation>узяти цей бік лише для цього поля (можна повторити); типово — для всіх полів, що відрізняються</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="100"/>
        <source>every change of a record (a claim with its evidence): when, who, what from what to what</source>
        <translation>усі зміни запису (твердження з доказами): коли, хто, що і на що</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="105"/>
        <source>the figures Curator finds in documents, as suggested claims (not yet accepted or rejected)</source>
        <translation>цифри, які Curator знаходить у документах, як запропоновані твердження (ще не прийняті й не відхилені)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="109"/>
        <source>these documents only (default: every document)</source>
        <translation>лише ці документи (типово: усі документи)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="115"/>
        <source>rebuild what can be rebuilt, after a backup</source>
        <translation>перебудувати те, що можна, після резервного копіювання</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="117"/>
        <source>search the text of every document; the hits with their offsets</source>
        <translation>шукати в тексті всіх документів; знахідки з їхніми позиціями</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="119"/>
        <source>every word must occur, in any of its forms; &quot;quoted words&quot; as a phrase</source>
        <translation>кожне слово має трапитися в будь-якій формі; «слова в лапках» — як фраза</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="122"/>
        <source>print a document&apos;s stored text, exactly as spans are anchored to it</source>
        <translation>вивести збережений текст документа саме так, як до нього прив’язано цитати</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="148"/>
        <source>warning   {message}</source>
        <translation>увага     {message}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="168"/>
        <source>imported  {path}: {title}</source>
        <translation>імпортовано {path}: {title}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="170"/>
        <source>note      {message}: curator keep-whole-page {project} {document_id}</source>
        <translation>увага     {message}: curator keep-whole-page {project} {document_id}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="173"/>
        <source>skipped   {message}</source>
        <translation>пропущено {message}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="175"/>
        <source>failed    {message}</source>
        <translation>помилка   {message}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="196"/>
        <source>date unknown</source>
        <translation>дата невідома</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="197"/>
        <source>{characters:&gt;8,} chars</source>
        <translation>{characters:&gt;8,} симв.</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="206"/>
        <source>project:    {project}</source>
        <translation>проєкт:     {project}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="207"/>
        <source>documents:  {documents}</source>
        <translation>документи:  {documents}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="208"/>
        <source>spans:      {spans}</source>
        <translation>цитати:     {spans}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="209"/>
        <source>claims:     {claims} ({evidence} pieces of evidence)</source>
        <translation>твердження: {claims} (доказів: {evidence})</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="211"/>
        <source>vocabulary: {terms} entries</source>
        <translation>словник:    записів: {terms}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="212"/>
        <source>schema:     {schema}</source>
        <translation>схема:      {schema}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="217"/>
        <location filename="../../curator/cli.py" line="375"/>
        <source>{document_id}: not a document id (see &apos;curator documents&apos;)</source>
        <translation>{document_id}: це не ідентифікатор документа (див. «curator documents»)</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="235"/>
        <location filename="../../curator/cli.py" line="247"/>
        <location filename="../../curator/cli.py" line="380"/>
        <source>{project}: no document {document_id}</source>
        <translation>{project}: немає документа {document_id}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="238"/>
        <source>kept the whole page: {document_id}</source>
        <translation>сторінку збережено повністю: {document_id}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="274"/>
        <source>(+{more} more)</source>
        <translation>(і ще {more})</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="275"/>
        <source>at {offsets}</source>
        <translation>на {offsets}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="278"/>
        <source>no document holds: {words}</source>
        <translation>жоден документ не містить: {words}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="306"/>
        <source>conflict: {conflict}</source>
        <translation>конфлікт: {conflict}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="308"/>
        <source>report: {file}</source>
        <translation>звіт: {file}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="329"/>
        <source>{side}: by {who} at {when}</source>
        <translation>{side}: {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="334"/>
        <source>No open conflicts.</source>
        <translation>Відкритих конфліктів немає.</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="341"/>
        <source>{id}: not a conflict id</source>
        <translation>{id}: це не ідентифікатор конфлікту</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="345"/>
        <source>Resolved; {left} open conflict(s) left.</source>
        <translation>Розв’язано; відкритих конфліктів лишилося: {left}.</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="350"/>
        <source>{id}: not a record id</source>
        <translation>{id}: це не ідентифікатор запису</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="354"/>
        <source>{id}: no such record in the history of {project}</source>
        <translation>{id}: такого запису немає в історії {project}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="360"/>
        <source>set aside by the merge ({who}&apos;s version): {fields}</source>
        <translation>відкладено об’єднанням (версія: {who}): {fields}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="394"/>
        <source>No suggestions.</source>
        <translation>Пропозицій немає.</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="405"/>
        <source>repaired  {what}</source>
        <translation>виправлено {what}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="407"/>
        <source>problem   {what}</source>
        <translation>проблема  {what}</translation>
    </message>
    <message>
        <location filename="../../curator/cli.py" line="409"/>
        <source>backup    {file}</source>
        <translation>копія     {file}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../curator/exports/__init__.py" line="36"/>
        <source>Curated database (SQLite)</source>
        <extracomment>What the output path names: &quot;file&quot;, &quot;file or folder&quot;, &quot;folder&quot;. The suffix of a suggested file name (&quot;&quot; for a folder). Every export format, by the name the command line and the export dialog use.</extracomment>
        <translation>Упорядкована база (SQLite)</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="37"/>
        <source>CSV (claims and evidence)</source>
        <translation>CSV (твердження й докази)</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="38"/>
        <source>JSON (Curator export schema)</source>
        <translation>JSON (схема експорту Curator)</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="39"/>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="40"/>
        <source>Frictionless Data Package</source>
        <translation>Frictionless Data Package</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="41"/>
        <source>REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA)</source>
        <translation>Проєкт REFI-QDA (QualCoder, NVivo, ATLAS.ti, MAXQDA)</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="68"/>
        <source>Exported {claims} claims from {documents} documents to {files}</source>
        <extracomment>CSV for a spreadsheet (BOM, the locale&apos;s decimal mark and cell separator) instead of plain CSV. The spreadsheet&apos;s locale (&apos;uk_UA&apos;, &apos;de_DE&apos;, …); None: the system&apos;s. Fixed export time (tests, reproducible archives); default: now.</extracomment>
        <translation>Експортовано тверджень: {claims}, з документів: {documents}, до {files}</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="75"/>
        <source>Unknown export format &apos;{fmt}&apos; (one of: {formats})</source>
        <translation>Невідомий формат експорту «{fmt}» (можливі: {formats})</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="80"/>
        <source>{parent}: no such folder</source>
        <translation>{parent}: такої теки немає</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="84"/>
        <source>Reading the project</source>
        <translation>Читання проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/exports/__init__.py" line="88"/>
        <source>Writing {format}</source>
        <translation>Запис {format}</translation>
    </message>
    <message>
        <location filename="../../curator/exports/tabular.py" line="120"/>
        <source>&apos;{locale}&apos; is not a locale (for example uk_UA, de_DE, en_US)</source>
        <extracomment>Values a column may take, wherever the column appears. What a spreadsheet would take for a formula at the start of a text cell (OWASP, CSV injection). Text cells that a spreadsheet would run as a formula get a leading apostrophe. Locales the export dialog offers for spreadsheets (besides the system&apos;s), by their decimal mark: any other works from the command line (--locale). Plain CSV for people and programs; the data package&apos;s files, exactly as stored.</extracomment>
        <translation>«{locale}» — не мова й регіон (приклади: uk_UA, de_DE, en_US)</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../curator/ui/fields.py" line="95"/>
        <source>Not a date: write 2024-05-20, 2024-05 or 2024</source>
        <translation>Це не дата: напишіть 2024-05-20, 2024-05 або 2024</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="25"/>
        <source>Subject</source>
        <extracomment>Each field of a record as the claim form and the document&apos;s details name it (for a merge&apos;s preview and the Conflicts window).</extracomment>
        <translation>Суб’єкт</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="25"/>
        <source>Measure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="26"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="26"/>
        <source>Upper value</source>
        <translation>Верхнє значення</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="27"/>
        <source>Qualifier</source>
        <translation>Уточнення</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="27"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="28"/>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="28"/>
        <location filename="../../curator/labels.py" line="34"/>
        <source>Date known to the</source>
        <translation>Дату відомо з точністю до</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="29"/>
        <source>Attributed to</source>
        <translation>Хто сказав</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="30"/>
        <source>Reported by</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="30"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="31"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="31"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="32"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="32"/>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="33"/>
        <source>Authors</source>
        <translation>Автори</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="33"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="35"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="35"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="36"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="36"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="37"/>
        <source>Aliases</source>
        <translation>Інші написання</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../curator/files.py" line="110"/>
        <source>nothing was written</source>
        <translation>нічого не записано</translation>
    </message>
    <message>
        <location filename="../../curator/files.py" line="112"/>
        <source>The disk holding {path} is full; {doing}.</source>
        <translation>Диск, на якому {path}, заповнений; {doing}.</translation>
    </message>
    <message>
        <location filename="../../curator/files.py" line="114"/>
        <source>{path}: Curator may not write here ({reason}); {doing}.</source>
        <translation>{path}: Curator не має права тут записувати ({reason}); {doing}.</translation>
    </message>
    <message>
        <location filename="../../curator/files.py" line="117"/>
        <source>{path}: the file name is too long for this disk; {doing}.</source>
        <translation>{path}: назва файлу задовга для цього диска; {doing}.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../curator/importers/__init__.py" line="53"/>
        <source>{path}: the article found is a small part of the page (a caption or a teaser?); the whole page can be kept instead</source>
        <extracomment>Imported, but the article found is a small part of its page (see :attr:`notice`).</extracomment>
        <translation>{path}: знайдена стаття — лише мала частина сторінки (підпис до фото чи анонс?); можна зберегти всю сторінку</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="91"/>
        <source>{imported} imported, {duplicates} skipped as duplicate, {failed} failed</source>
        <extracomment>Why the import stopped before the end: the project itself refused (a full disk, another program holding it); nothing of the file it was on was stored.</extracomment>
        <translation>імпортовано: {imported}, пропущено як дублікати: {duplicates}, з помилкою: {failed}</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="94"/>
        <source>{summary}; stopped: {reason}</source>
        <translation>{summary}; зупинено: {reason}</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="95"/>
        <source>{summary} (cancelled)</source>
        <translation>{summary} (скасовано)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="113"/>
        <source>{name}: the text is too long to import ({characters:,} characters)</source>
        <extracomment>The extractor of each kind of :data:`~curator.importers.files.FORMATS` but plain text and HTML.</extracomment>
        <translation>{name}: текст задовгий для імпорту ({characters:,} символів)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="162"/>
        <source>{path}: already in the project as “{title}”</source>
        <translation>{path}: уже є в проєкті як «{title}»</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="169"/>
        <source>{path}: too large to import (out of memory)</source>
        <translation>{path}: завеликий для імпорту (бракує пам’яті)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="173"/>
        <source>{path}: cannot be imported ({kind}: {error})</source>
        <translation>{path}: не вдалося імпортувати ({kind}: {error})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="240"/>
        <source>“{name}” is not a web page</source>
        <translation>«{name}» — не вебсторінка</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="242"/>
        <source>“{name}” already has evidence marked in its text, which the whole page would move: remove it first</source>
        <translation>У тексті «{name}» уже позначено докази, які вся сторінка зсунула б: спершу приберіть їх</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="247"/>
        <source>“{name}”: its original file is not in the project</source>
        <translation>«{name}»: оригінального файлу немає в проєкті</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="26"/>
        <source>{name}: not a valid .docx file (damaged or not a Word document)</source>
        <extracomment>Uncompressed size of all parts together, and the largest compression ratio allowed.</extracomment>
        <translation>{name}: некоректний файл .docx (пошкоджений або не документ Word)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="31"/>
        <source>{name}: not a Word document (no word/document.xml inside)</source>
        <translation>{name}: не документ Word (усередині немає word/document.xml)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="36"/>
        <source>{name}: refused: it unpacks to {megabytes} MB (a zip bomb?)</source>
        <translation>{name}: відхилено: після розпакування займає {megabytes} МБ (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="43"/>
        <location filename="../../curator/importers/qdpx.py" line="57"/>
        <source>{name}: refused: {part} declares XML entities (an entity attack?)</source>
        <translation>{name}: відхилено: {part} оголошує XML-сутності (атака через сутності?)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="54"/>
        <source>{name}: damaged Word document ({kind})</source>
        <translation>{name}: пошкоджений документ Word ({kind})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="61"/>
        <source>{name}: the document&apos;s text is too long to import</source>
        <translation>{name}: текст документа задовгий для імпорту</translation>
    </message>
    <message>
        <location filename="../../curator/importers/docx.py" line="63"/>
        <source>{name}: the Word document holds no text</source>
        <translation>{name}: у документі Word немає тексту</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="105"/>
        <source>{path}: unsupported file type &apos;{suffix}&apos; (Curator imports {kinds})</source>
        <translation>{path}: непідтримуваний тип файлу «{suffix}» (Curator імпортує {kinds})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="111"/>
        <source>{path}: too large to import ({size}; the limit is {limit})</source>
        <translation>{path}: завеликий для імпорту ({size}; межа — {limit})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="114"/>
        <source>{path}: empty file</source>
        <translation>{path}: порожній файл</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="117"/>
        <source>{path}: cannot be read (permission denied)</source>
        <translation>{path}: не вдалося прочитати (немає доступу)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="120"/>
        <source>{path}: is a folder, not a file</source>
        <translation>{path}: це тека, а не файл</translation>
    </message>
    <message>
        <location filename="../../curator/importers/curatorjson.py" line="57"/>
        <source>{path}: too large to import</source>
        <extracomment>The export&apos;s lists, the table each goes into, in an order that keeps references whole. Largest export read (its JSON is read whole).</extracomment>
        <translation>{path}: завеликий для імпорту</translation>
    </message>
    <message>
        <location filename="../../curator/importers/curatorjson.py" line="60"/>
        <location filename="../../curator/importers/files.py" line="62"/>
        <location filename="../../curator/importers/files.py" line="122"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: не вдалося прочитати ({reason})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/curatorjson.py" line="63"/>
        <source>{path}: not a Curator export (not valid JSON: {error})</source>
        <translation>{path}: не експорт Curator (недійсний JSON: {error})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/curatorjson.py" line="66"/>
        <source>{path}: not a Curator export (Curator reads its own JSON exports, schema {schema})</source>
        <translation>{path}: не експорт Curator (Curator читає лише власні експорти JSON, схема {schema})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/curatorjson.py" line="69"/>
        <source>{path}: made by a newer version of Curator; update Curator to import it</source>
        <translation>{path}: зроблено новішою версією Curator; оновіть Curator, щоб імпортувати</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="17"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="18"/>
        <source>a zip archive (a .docx?)</source>
        <translation>zip-архів (.docx?)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="19"/>
        <source>a PNG image</source>
        <translation>зображення PNG</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="20"/>
        <source>a JPEG image</source>
        <translation>зображення JPEG</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="21"/>
        <source>a GIF image</source>
        <translation>зображення GIF</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="22"/>
        <source>a program</source>
        <translation>програма</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="23"/>
        <source>a Windows program</source>
        <translation>програма для Windows</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="24"/>
        <source>an SQLite database</source>
        <translation>база даних SQLite</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="25"/>
        <source>an old Office document (.doc/.xls): save it as .docx</source>
        <translation>старий документ Office (.doc/.xls): збережіть його як .docx</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="57"/>
        <source>{path}: a symbolic link that loops; skipped</source>
        <extracomment>What a .pdf and a .docx file must start as.</extracomment>
        <translation>{path}: символьне посилання, що веде по колу; пропущено</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="60"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: такого файлу або теки немає</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="67"/>
        <source>{path}: a link back into a folder already imported (a link loop); skipped</source>
        <translation>{path}: посилання назад у вже імпортовану теку (коло посилань); пропущено</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="74"/>
        <source>{path}: cannot list the folder ({reason})</source>
        <translation>{path}: не вдалося переглянути теку ({reason})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="85"/>
        <source>{path}: the folder holds no files Curator can import</source>
        <translation>{path}: у теці немає файлів, які Curator може імпортувати</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="106"/>
        <source>(none)</source>
        <translation>(без розширення)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="127"/>
        <source>{path}: not a real {suffix} file (its content is {content})</source>
        <translation>{path}: насправді не файл {suffix} (вміст: {content})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="128"/>
        <source>something else</source>
        <translation>щось інше</translation>
    </message>
    <message>
        <location filename="../../curator/importers/files.py" line="130"/>
        <source>{path}: binary file, not text: it is {magic}</source>
        <translation>{path}: двійковий файл, а не текст: це {magic}</translation>
    </message>
    <message>
        <location filename="../../curator/importers/html.py" line="68"/>
        <source>The rest of the page (menus, captions, links: not recognised as the article)</source>
        <extracomment>trafilatura&apos;s elements that are blocks of their own: a blank line between them. Blocks that can sit inside another (a paragraph in a table cell): set off by a space. An article under this share of its page&apos;s text, on a page of at least this many characters, may be a caption or a teaser rather than the article: the import says so. Between the article and the rest of a page kept whole.</extracomment>
        <translation>Решта сторінки (меню, підписи, посилання — не розпізнано як статтю)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/html.py" line="123"/>
        <source>{name}: no article text found in the HTML page</source>
        <extracomment>Elements that start a line of a page&apos;s text; elements nobody reads.</extracomment>
        <translation>{name}: на сторінці HTML не знайдено тексту статті</translation>
    </message>
    <message>
        <location filename="../../curator/importers/pdf.py" line="20"/>
        <source>{name}: the PDF is encrypted (password protected)</source>
        <translation>{name}: PDF зашифровано (захищено паролем)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/pdf.py" line="22"/>
        <source>{name}: corrupt or unreadable PDF</source>
        <translation>{name}: пошкоджений або нечитабельний PDF</translation>
    </message>
    <message>
        <location filename="../../curator/importers/pdf.py" line="34"/>
        <source>{name}: the PDF&apos;s text is too long to import</source>
        <translation>{name}: текст PDF задовгий для імпорту</translation>
    </message>
    <message>
        <location filename="../../curator/importers/pdf.py" line="41"/>
        <source>{name}: the PDF has no text layer (a scan? run OCR on it first)</source>
        <translation>{name}: у PDF немає текстового шару (скан? спершу розпізнайте його OCR)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/plaintext.py" line="66"/>
        <location filename="../../curator/importers/plaintext.py" line="79"/>
        <source>{name}: binary file, not text</source>
        <extracomment>The capture tool&apos;s header at the very start of a file (&quot; date 2025-05-29 &quot;): metadata, not the article&apos;s text. Among equally plausible guesses, the code pages Curator&apos;s users actually have.</extracomment>
        <translation>{name}: двійковий файл, а не текст</translation>
    </message>
    <message>
        <location filename="../../curator/importers/plaintext.py" line="82"/>
        <source>{name}: cannot decode the text (unknown character encoding)</source>
        <translation>{name}: не вдалося прочитати текст (невідоме кодування)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/plaintext.py" line="128"/>
        <source>{name}: the file holds no text</source>
        <translation>{name}: у файлі немає тексту</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="44"/>
        <source>{path}: not a REFI-QDA project (not a zip file)</source>
        <extracomment>Limits against zip bombs: all parts unpacked, and the largest ratio.</extracomment>
        <translation>{path}: не проєкт REFI-QDA (не zip-файл)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="50"/>
        <source>{path}: refused: it unpacks to {megabytes} MB (a zip bomb?)</source>
        <translation>{path}: відхилено: розпаковується в {megabytes} МБ (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="53"/>
        <source>{path}: not a REFI-QDA project (no project.qde inside)</source>
        <translation>{path}: не проєкт REFI-QDA (усередині немає project.qde)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="61"/>
        <source>{path}: the REFI-QDA project holds no text sources</source>
        <translation>{path}: у проєкті REFI-QDA немає текстових джерел</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="73"/>
        <source>{path}: project.qde is not readable XML ({error})</source>
        <translation>{path}: project.qde — нечитабельний XML ({error})</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="76"/>
        <source>{path}: not a REFI-QDA project (its root is not a Project)</source>
        <translation>{path}: не проєкт REFI-QDA (кореневий елемент — не Project)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="110"/>
        <source>{path}: a selection of “{name}” lies outside its text ({start}–{end} of {length} characters)</source>
        <translation>{path}: виділення в «{name}» виходить за межі тексту ({start}–{end} з {length} символів)</translation>
    </message>
    <message>
        <location filename="../../curator/importers/qdpx.py" line="139"/>
        <source>{path}: the text of “{name}” is not in the project file</source>
        <translation>{path}: тексту «{name}» немає у файлі проєкту</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../curator/labels.py" line="13"/>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="14"/>
        <source>about</source>
        <translation>близько</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="15"/>
        <source>more than</source>
        <translation>понад</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="16"/>
        <source>at least</source>
        <translation>щонайменше</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="17"/>
        <source>less than</source>
        <translation>менше ніж</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="18"/>
        <source>at most</source>
        <translation>не більше ніж</translation>
    </message>
    <message>
        <location filename="../../curator/labels.py" line="19"/>
        <source>range</source>
        <translation>діапазон</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="24"/>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="25"/>
        <source>checked</source>
        <translation>перевірено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="26"/>
        <source>disputed</source>
        <translation>спірне</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="27"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="32"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="32"/>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="33"/>
        <source>year</source>
        <translation>рік</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="184"/>
        <source>&amp;Claim</source>
        <translation>&amp;Твердження</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="194"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../curator/merge.py" line="49"/>
        <source>changed in both projects</source>
        <extracomment>Tables in the order their rows may be inserted (parents first). The kinds of conflict a merge keeps for a curator to resolve. (Stored as they are; said in the interface&apos;s language, context &quot;merge&quot;.)</extracomment>
        <translation>змінено в обох проєктах</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="50"/>
        <source>edited here, deleted in the merged project</source>
        <translation>змінено тут, видалено в приєднаному проєкті</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="51"/>
        <source>deleted here, edited in the merged project</source>
        <translation>видалено тут, змінено в приєднаному проєкті</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="52"/>
        <source>deleted in the merged project but still cited here</source>
        <translation>видалено в приєднаному проєкті, але тут на нього посилаються</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="57"/>
        <source>document</source>
        <extracomment>Records whose conflicts are kept for a curator to resolve. The order a preview lists what a merge does: what curators look for first.</extracomment>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="57"/>
        <source>vocabulary entry</source>
        <translation>запис словника</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="58"/>
        <source>quoted text</source>
        <translation>цитата</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="58"/>
        <source>claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="59"/>
        <source>evidence link</source>
        <translation>зв’язок із доказом</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="60"/>
        <source>rejected suggestion</source>
        <translation>відхилена пропозиція</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="65"/>
        <source>Merging documents</source>
        <translation>Об’єднання документів</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="65"/>
        <source>Merging the vocabulary</source>
        <translation>Об’єднання словника</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="66"/>
        <source>Merging quoted text</source>
        <translation>Об’єднання цитат</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="66"/>
        <source>Merging claims</source>
        <translation>Об’єднання тверджень</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="67"/>
        <source>Merging evidence</source>
        <translation>Об’єднання доказів</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="68"/>
        <source>Merging rejected suggestions</source>
        <translation>Об’єднання відхилених пропозицій</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="84"/>
        <source>{what} {description} ({id}): {kind}; kept {kept}.</source>
        <extracomment>The record as it is shown: described when the line is read, in the language of then.</extracomment>
        <translation>{what} {description} ({id}): {kind}; залишено {kept}.</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="136"/>
        <source>added: {what} ({n})</source>
        <translation>додано: {what} ({n})</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="137"/>
        <source>updated: {what} ({n})</source>
        <translation>змінено: {what} ({n})</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="139"/>
        <source>deleted: {what} ({n})</source>
        <translation>видалено: {what} ({n})</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="144"/>
        <source>conflicts ({n})</source>
        <translation>суперечності ({n})</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="221"/>
        <source>{source}: no such project</source>
        <extracomment>Versions kept by an earlier merge&apos;s conflict: the decision stands. The ids of its history rows, as stored (text).</extracomment>
        <translation>{source}: такого проєкту немає</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="223"/>
        <source>{source}: cannot merge a project into itself</source>
        <translation>{source}: проєкт не можна об’єднати із самим собою</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="235"/>
        <source>{source}: cannot be read as a project ({error})</source>
        <translation>{source}: не вдалося прочитати як проєкт ({error})</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="256"/>
        <source>{claim}, edited by {author} at {time}</source>
        <translation>{claim}, змінив(ла) {author} {time}</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="257"/>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="364"/>
        <source>the later edit, from the merged project</source>
        <extracomment>History rows as stored, column by column: what a merge copies, an undo takes out and a redo puts back. Conflicts kept for a curator (rows of the conflict table, their base still to read).</extracomment>
        <translation>пізнішу зміну, з приєднаного проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="368"/>
        <source>the later edit, from this project</source>
        <translation>пізнішу зміну, з цього проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="379"/>
        <location filename="../../curator/merge.py" line="388"/>
        <source>the edit</source>
        <translation>зміну</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="450"/>
        <source>its quote is not in this project&apos;s copy of the document</source>
        <translation>її цитати немає в копії документа в цьому проєкті</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="452"/>
        <location filename="../../curator/merge.py" line="478"/>
        <source>nothing</source>
        <translation>нічого</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="477"/>
        <source>cites a claim or span deleted here</source>
        <translation>посилається на твердження або цитату, видалені тут</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="503"/>
        <source>it</source>
        <translation>його</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="537"/>
        <source>Applying deletions</source>
        <translation>Застосування видалень</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="563"/>
        <source>Backing up {name}</source>
        <translation>Резервне копіювання {name}</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="565"/>
        <source>Reading {name}</source>
        <translation>Читання {name}</translation>
    </message>
    <message>
        <location filename="../../curator/merge.py" line="596"/>
        <source>The merge is done, but its report could not be written in {where}: {error}</source>
        <translation>Об’єднання виконано, але звіт не вдалося записати в {where}: {error}</translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="217"/>
        <source>Show in Folder</source>
        <translation>Показати в теці</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../curator/checkup.py" line="130"/>
        <source>Repair project</source>
        <translation>Виправлення проєкту</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="152"/>
        <source>Import document</source>
        <translation>Імпорт документа</translation>
    </message>
    <message>
        <location filename="../../curator/importers/__init__.py" line="236"/>
        <source>Keep the whole page</source>
        <translation>Зберегти сторінку повністю</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="70"/>
        <source>Unknown {what} field(s): {fields}</source>
        <translation>Невідомі поля ({what}): {fields}</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="80"/>
        <source>&apos;{value}&apos; is not a possible {field} (one of: {choices})</source>
        <translation>«{value}» не може бути значенням поля {field} (можливі: {choices})</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="93"/>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«{value}» — не дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="123"/>
        <source>New claim</source>
        <translation>Нове твердження</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="139"/>
        <location filename="../../curator/operations.py" line="165"/>
        <location filename="../../curator/operations.py" line="191"/>
        <source>The document is no longer in the project.</source>
        <translation>Цього документа вже немає в проєкті.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="156"/>
        <location filename="../../curator/operations.py" line="187"/>
        <source>No suggestion is chosen.</source>
        <translation>Жодну пропозицію не вибрано.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="158"/>
        <source>Accept suggestions</source>
        <translation>Прийняття пропозицій</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="162"/>
        <source>A suggestion names no document.</source>
        <translation>Пропозиція не вказує документа.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="171"/>
        <source>“{quote}” is already the evidence of a claim.</source>
        <translation>«{quote}» уже є доказом твердження.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="188"/>
        <source>Reject suggestions</source>
        <translation>Відхилення пропозицій</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="209"/>
        <source>Add evidence</source>
        <translation>Додавання доказу</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="213"/>
        <source>This text is already evidence of the claim.</source>
        <translation>Цей текст уже є доказом твердження.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="220"/>
        <source>Edit claim</source>
        <translation>Редагування твердження</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="234"/>
        <source>Remove evidence</source>
        <translation>Вилучення доказу</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="242"/>
        <source>Delete claim</source>
        <translation>Видалення твердження</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="266"/>
        <source>Keep “ours” or “theirs”, not “{keep}”.</source>
        <translation>Залиште «ours» або «theirs», а не «{keep}».</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="268"/>
        <source>Resolve conflict</source>
        <translation>Розв’язати конфлікт</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="271"/>
        <source>There is no conflict {id} in this project.</source>
        <translation>У цьому проєкті немає конфлікту {id}.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="274"/>
        <source>This conflict was resolved already, by {who} on {when}.</source>
        <translation>Цей конфлікт уже розв’язано: {who}, {when}.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="284"/>
        <source>The two versions do not differ in: {fields} (they differ in: {differing}).</source>
        <translation>Версії не відрізняються в полях: {fields} (відрізняються в: {differing}).</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="288"/>
        <source>The record of this conflict was deleted since; nothing to resolve.</source>
        <translation>Запис цього конфлікту відтоді видалено; розв’язувати нічого.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="298"/>
        <source>A record deleted on one side is kept or deleted as a whole: name no fields.</source>
        <translation>Запис, видалений з одного боку, залишають або видаляють цілком: не називайте полів.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="322"/>
        <source>Restore version</source>
        <translation>Відновлення версії</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="325"/>
        <source>There is no such version in this project&apos;s history.</source>
        <translation>В історії цього проєкту немає такої версії.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="328"/>
        <source>Only a version of a claim, a document or a vocabulary entry can be restored.</source>
        <translation>Відновити можна лише версію твердження, документа або запису словника.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="332"/>
        <source>It was deleted since: undo the deletion to bring it back.</source>
        <translation>Його відтоді видалено: скасуйте видалення, щоб повернути.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="352"/>
        <source>Edit document</source>
        <translation>Редагування документа</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="360"/>
        <source>Delete document</source>
        <translation>Видалення документа</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="389"/>
        <location filename="../../curator/operations.py" line="409"/>
        <source>A vocabulary entry needs a name.</source>
        <translation>Запис словника потребує назви.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="392"/>
        <source>Add to vocabulary</source>
        <translation>Додавання до словника</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="413"/>
        <source>Edit vocabulary</source>
        <translation>Редагування словника</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="419"/>
        <source>“{name}” is already in the vocabulary.</source>
        <translation>«{name}» уже є в словнику.</translation>
    </message>
    <message>
        <location filename="../../curator/operations.py" line="429"/>
        <source>Remove from vocabulary</source>
        <translation>Вилучення зі словника</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <location filename="../../curator/errors.py" line="26"/>
        <source>this project file is damaged ({what}). Nothing was changed; open a copy you saved earlier, or a copy in the backups folder beside it</source>
        <translation>файл проєкту пошкоджено ({what}). Нічого не змінено; відкрийте копію, збережену раніше, або копію з теки резервних копій поруч</translation>
    </message>
    <message>
        <location filename="../../curator/storage/backups.py" line="162"/>
        <source>{target}: a file of that name exists already; choose another name</source>
        <extracomment>Why a copy was made (part of its file name). 1 for the first copy of a second, 2, 3 … for later ones made in the same second.</extracomment>
        <translation>{target}: файл із такою назвою вже є; виберіть іншу назву</translation>
    </message>
    <message>
        <location filename="../../curator/storage/engine.py" line="66"/>
        <source>another program is using this project and did not let go within 10 seconds; nothing was changed. Close the other program, or try again</source>
        <extracomment>What SQLite says → what the user reads (after the project&apos;s path). Each ends the same way: what happened to their work.</extracomment>
        <translation>інша програма використовує цей проєкт і не звільнила його за 10 секунд; нічого не змінено. Закрийте іншу програму або спробуйте ще раз</translation>
    </message>
    <message>
        <location filename="../../curator/storage/engine.py" line="68"/>
        <source>the disk holding the project is full; nothing was changed</source>
        <translation>диск із проєктом заповнений; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../curator/storage/engine.py" line="70"/>
        <source>the project file is read-only here; nothing was changed</source>
        <translation>файл проєкту тут доступний лише для читання; нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../curator/storage/engine.py" line="71"/>
        <source>the disk could not read or write the project (disk I/O error); nothing was changed</source>
        <translation>диск не зміг прочитати або записати проєкт (помилка введення-виведення); нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../curator/storage/engine.py" line="73"/>
        <source>the project cannot be opened (its folder is missing or not readable, or the file name is too long)</source>
        <translation>проєкт не вдалося відкрити (його теки немає чи вона недоступна, або назва файлу задовга)</translation>
    </message>
    <message>
        <location filename="../../curator/storage/lock.py" line="100"/>
        <source>the project cannot be opened for writing</source>
        <translation>проєкт не вдалося відкрити для запису</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="64"/>
        <source>{path}: another program is using this project; close it and try again</source>
        <translation>{path}: цей проєкт використовує інша програма; закрийте її й спробуйте ще раз</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="101"/>
        <source>{path}: is a folder, not a Curator project</source>
        <translation>{path}: це тека, а не проєкт Curator</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="105"/>
        <source>{path}: not a Curator project (the file is empty)</source>
        <translation>{path}: це не проєкт Curator (файл порожній)</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="107"/>
        <source>{path}: not a Curator project (the file is not an SQLite database)</source>
        <translation>{path}: це не проєкт Curator (файл не є базою SQLite)</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="121"/>
        <source>{path}: not a Curator project ({said})</source>
        <translation>{path}: це не проєкт Curator ({said})</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="124"/>
        <source>The disk holding {folder} is full; free some space and open the project again. Nothing was changed.</source>
        <translation>Диск, на якому {folder}, заповнений; звільніть місце й відкрийте проєкт знову. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="126"/>
        <source>{path}: the project cannot be read ({said}); nothing was changed</source>
        <translation>{path}: проєкт не вдалося прочитати ({said}); нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="172"/>
        <source>nothing was opened</source>
        <extracomment>Opened to read only (another Curator is writing to it): every write refuses. One idle connection held while the project is open: SQLite keeps the -wal and -shm files while any connection is open, so the many short connections never have to create them again (which fails on a full disk, and costs time). Filled when opening upgraded the schema: where the backup copy went. Filled when opening found the file half-upgraded by an older Curator and rebuilt it from the backup that upgrade had written: that backup.</extracomment>
        <translation>нічого не відкрито</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="175"/>
        <source>{path}: no such project</source>
        <translation>{path}: такого проєкту немає</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="180"/>
        <source>{path}: not a Curator project (an SQLite database of another program)</source>
        <translation>{path}: це не проєкт Curator (база SQLite іншої програми)</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="202"/>
        <source>{path}: the project cannot be read ({reason})</source>
        <translation>{path}: проєкт не вдалося прочитати ({reason})</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="210"/>
        <source>{path}: this project must be upgraded to this version of Curator, which cannot happen while another Curator has it open</source>
        <translation>{path}: цей проєкт треба оновити до цієї версії Curator, а це неможливо, доки його відкрито в іншому Curator</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="223"/>
        <source>{path}: cannot create the project ({reason})</source>
        <translation>{path}: не вдалося створити проєкт ({reason})</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="251"/>
        <source>{path}: this project is damaged (its schema version is missing); open its automatic backup, or File → Check and Repair Project</source>
        <translation>{path}: проєкт пошкоджено (немає версії схеми); відкрийте його автоматичну резервну копію або скористайтеся «Файл → Перевірити й виправити проєкт»</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="260"/>
        <source>{path}: this project was left half-upgraded and no backup of it was found ({reason})</source>
        <translation>{path}: оновлення проєкту перервалося, а його резервної копії не знайдено ({reason})</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="296"/>
        <source>no backup was made</source>
        <translation>резервну копію не зроблено</translation>
    </message>
    <message>
        <location filename="../../curator/storage/project.py" line="337"/>
        <source>{name} is open read-only (another Curator is editing it); nothing was changed</source>
        <translation>{name} відкрито лише для читання (його редагує інший Curator); нічого не змінено</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../curator/storage/writer.py" line="56"/>
        <source>the document</source>
        <extracomment>Columns kept out of history rows: the original file is identified by its SHA-256. Large columns recorded in history only when they change or are deleted. Document columns whose change changes the words kept for search (curator.wordforms). What refers to a row of each table: (table, column) pairs, from the models&apos; foreign keys. Ids per statement when rows are read or written in bulk (SQLite allows 32,766 variables).</extracomment>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="56"/>
        <source>the quoted text</source>
        <translation>цитату</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="57"/>
        <source>the claim</source>
        <translation>твердження</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="57"/>
        <source>the piece of evidence</source>
        <translation>доказ</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="58"/>
        <source>the vocabulary entry</source>
        <translation>запис словника</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="59"/>
        <source>the rejected suggestion</source>
        <translation>відхилену пропозицію</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="73"/>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <location filename="../../curator/records.py" line="110"/>
        <source>no date</source>
        <extracomment>The claim&apos;s columns, in the model&apos;s (and the database&apos;s) order. ``SELECT`` list for :func:`claim_from_sql` (``end``-style keywords quoted). (position, converter) for each column whose stored form is not its Python form. Columns added after the first version, with the value a row from before has (history keeps row images of every age).</extracomment>
        <translation>без дати</translation>
    </message>
    <message>
        <location filename="../../curator/records.py" line="111"/>
        <source>no source</source>
        <translation>без джерела</translation>
    </message>
    <message>
        <location filename="../../curator/records.py" line="112"/>
        <source>(no subject)</source>
        <translation>(без суб’єкта)</translation>
    </message>
    <message>
        <location filename="../../curator/records.py" line="113"/>
        <source>(no measure)</source>
        <translation>(без показника)</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <location filename="../../curator/sample.py" line="69"/>
        <source>Importing the sample articles</source>
        <extracomment>(document title starts with, quote, fields): figures a curator would record.</extracomment>
        <translation>Імпорт зразкових статей</translation>
    </message>
    <message>
        <location filename="../../curator/sample.py" line="72"/>
        <source>Adding example claims</source>
        <translation>Додавання прикладів тверджень</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../curator/storage/writer.py" line="83"/>
        <source>Cannot undo “{operation}”</source>
        <translation>Не вдалося скасувати «{operation}»</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="84"/>
        <source>Cannot redo “{operation}”</source>
        <translation>Не вдалося повторити «{operation}»</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="158"/>
        <source>{label} is no longer there ({id}).</source>
        <extracomment>(text, language) of documents added or changed: their words go to wordforms.</extracomment>
        <translation>Не знайдено {label} ({id}).</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="306"/>
        <source>{cannot}: {label} was deleted since.</source>
        <translation>{cannot}: {label} відтоді видалено.</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="309"/>
        <source>{cannot}: {label} is already there.</source>
        <translation>{cannot}: {label} вже додано.</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="311"/>
        <source>{cannot}: {label} was changed since by {author}.</source>
        <translation>{cannot}: {label} відтоді змінено (змінив(-ла) {author}).</translation>
    </message>
    <message>
        <location filename="../../curator/storage/writer.py" line="312"/>
        <source>someone</source>
        <translation>хтось</translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="195"/>
        <source>Open or create a project first.</source>
        <extracomment>The jobs whose thread has not finished: the window waits for them as it closes.</extracomment>
        <translation>Спершу відкрийте або створіть проєкт.</translation>
    </message>
</context>
</TS>
