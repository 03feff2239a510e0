<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name></name>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="73"/>
        <location filename="../../curator/ui/tablemodels.py" line="155"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="73"/>
        <source>whose figure, e.g. Azovstal garrison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="74"/>
        <location filename="../../curator/ui/tablemodels.py" line="156"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="74"/>
        <source>what is counted, e.g. in captivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="105"/>
        <source>Series to plot</source>
        <extracomment>Above this many points, conflicts are looked for after the points are painted. The curator clicked a point: its claim. The curator chose a conflict: both claims.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="109"/>
        <source>Colour by outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="110"/>
        <source>Colour by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="112"/>
        <source>Show drafts and disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="120"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="121"/>
        <source>Claims this close in time must agree, or they are flagged as conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="124"/>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="124"/>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="125"/>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="127"/>
        <source>Save the chart (PNG, SVG) or its plotted points (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="135"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="142"/>
        <source>Conflict window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="153"/>
        <source>Chart of figures over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="156"/>
        <location filename="../../curator/ui/claim_form.py" line="75"/>
        <location filename="../../curator/ui/tablemodels.py" line="152"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="176"/>
        <source>Conflicts between claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="76"/>
        <source>Upper value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="76"/>
        <source>for a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="77"/>
        <location filename="../../curator/ui/tablemodels.py" line="154"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="78"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="78"/>
        <source>people, %, UAH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="79"/>
        <location filename="../../curator/ui/tablemodels.py" line="157"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="80"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="81"/>
        <location filename="../../curator/ui/tablemodels.py" line="159"/>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="81"/>
        <source>who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="82"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="82"/>
        <source>which outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="83"/>
        <location filename="../../curator/ui/tablemodels.py" line="160"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="86"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="88"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="88"/>
        <source>comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="115"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="115"/>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="116"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="116"/>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="117"/>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="117"/>
        <source>Attributed &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="118"/>
        <source>&amp;Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="118"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="129"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="127"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="141"/>
        <source>Evidence of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="149"/>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="154"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="156"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="25"/>
        <location filename="../../curator/ui/tablemodels.py" line="125"/>
        <source>Title</source>
        <extracomment>Tables whose changes make this model reload.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="27"/>
        <location filename="../../curator/ui/document_meta.py" line="37"/>
        <location filename="../../curator/ui/tablemodels.py" line="126"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="27"/>
        <source>publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="28"/>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="28"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="29"/>
        <location filename="../../curator/ui/document_meta.py" line="41"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="39"/>
        <location filename="../../curator/ui/tablemodels.py" line="127"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="129"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="53"/>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="53"/>
        <source>Whose figures: the Subject field of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="54"/>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="54"/>
        <source>What is counted: the Measure field of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="55"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="55"/>
        <source>Who said it: the Attributed to field of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="56"/>
        <source>Outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="56"/>
        <source>Which outlet reported it: the Reported by field of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="62"/>
        <source>Vocabulary entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="65"/>
        <source>the name to use, e.g. Azovstal garrison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="69"/>
        <source>other spellings, comma separated, e.g. Azovstal defenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="71"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="74"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="75"/>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="77"/>
        <source>Only an entry no claim uses can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="78"/>
        <source>Claims whose subject or measure is written as an alias count in the series of the entry&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="83"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="84"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="36"/>
        <location filename="../../curator/ui/welcome.py" line="119"/>
        <source>Welcome to Curator</source>
        <extracomment>A recent project chosen (its path).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="42"/>
        <source>Turn news articles and reports into a database of facts and figures, each one with the words that state it. Start with the sample to see how, or with your own documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="52"/>
        <source>Open the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="53"/>
        <source>Five articles about the defenders of Azovstal, with example claims and a conflict between sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="55"/>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="55"/>
        <source>An empty project, in a file you name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="56"/>
        <source>Open a project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="57"/>
        <source>A project of yours, or one a volunteer sent you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="58"/>
        <source>Import documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="59"/>
        <source>Texts, web pages, PDF and Word files, into a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="60"/>
        <source>Quick start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="60"/>
        <source>Curator in six steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="61"/>
        <source>Reset the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="63"/>
        <source>Start the sample again as it was first made; your changes to it go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="68"/>
        <location filename="../../curator/ui/welcome.py" line="71"/>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="73"/>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="119"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="120"/>
        <source>Two questions before you start; both can be changed later in Edit → Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="126"/>
        <source>e.g. Olena Kovalenko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="127"/>
        <source>Recorded with every edit you make, so that whoever merges volunteers&apos; work knows who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="133"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="138"/>
        <source>New projects and the sample are kept here, where you can find them to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="143"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/welcome.py" line="145"/>
        <source>&amp;Projects folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="173"/>
        <source>Restore From Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="176"/>
        <source>Curator keeps copies of this project in “%1”. A copy is restored as a new project file; this one is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="185"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="185"/>
        <source>before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="186"/>
        <source>before a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="189"/>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="196"/>
        <source>No backups yet: Curator makes one each day you open the project, and before every merge and upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="199"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDock</name>
    <message>
        <location filename="../../curator/ui/chartdock.py" line="20"/>
        <source>Chart</source>
        <extracomment>The chart&apos;s height when opened, unless the curator has set another.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chartdock.py" line="21"/>
        <source>Chart of figures over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chartdock.py" line="53"/>
        <source>folded: Ctrl+Shift+C opens it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="290"/>
        <source>%n claim(s) without a date or value are not plotted.</source>
        <translation>
            <numerusform>%n твердження без дати чи значення не показано на графіку.</numerusform>
            <numerusform>%n твердження без дати чи значення не показано на графіку.</numerusform>
            <numerusform>%n тверджень без дати чи значення не показано на графіку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="295"/>
        <source>Looking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="312"/>
        <source>Conflicts: the first %1 of %2 (narrow the window or tick fewer series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="315"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Суперечності (%n)</numerusform>
            <numerusform>Суперечності (%n)</numerusform>
            <numerusform>Суперечності (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="317"/>
        <source>No conflicts between the plotted claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="388"/>
        <source>said by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="390"/>
        <source>reported by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="391"/>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="432"/>
        <source>Curator chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="455"/>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="459"/>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/chart.py" line="463"/>
        <source>Save plotted points as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="68"/>
        <source>Claim</source>
        <extracomment>The curator wants to see a piece of evidence (its id). The curator wants to remove a piece of evidence (its id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="227"/>
        <source>Select the words that state a figure in the document, then press Ctrl+E (New Claim from Selection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="275"/>
        <source>Not a number: write it as 1279, 1,279 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="213"/>
        <location filename="../../curator/ui/panes.py" line="222"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="220"/>
        <source>No claims yet. Select the words that state a figure in the document and press Ctrl+E.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="156"/>
        <source>Select some text in the document first: the words that state the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="166"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="177"/>
        <source>Choose the claim to add evidence to first (in the claims table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="183"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="184"/>
        <source>Evidence added to the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="190"/>
        <source>Choose a claim to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="193"/>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="198"/>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="205"/>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="213"/>
        <source>Edit document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentMeta</name>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="21"/>
        <source>Document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="65"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="65"/>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="65"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/document_meta.py" line="66"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_view.py" line="39"/>
        <source>Choose a document on the left, or import documents with File → Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="178"/>
        <location filename="../../curator/ui/panes.py" line="195"/>
        <source>Documents</source>
        <extracomment>Milliseconds the current row must stay before a keyboard move reports it (0: at once). Holding an arrow key then passes rows without opening each one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="181"/>
        <source>Filter documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="190"/>
        <source>No documents yet. Import texts, web pages, PDF or Word files with Ctrl+I, or drop them here.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="152"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="155"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="159"/>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="166"/>
        <source>Merge Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="178"/>
        <source>Merging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="181"/>
        <source>Merge failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="191"/>
        <source>The conflicts are listed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="192"/>
        <source>Merge finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../curator/ui/exchange.py" line="36"/>
        <location filename="../../curator/ui/exchange.py" line="67"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="45"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="47"/>
        <source>Only claims whose status is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="49"/>
        <source>Leave out the original files (smaller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="50"/>
        <source>For Excel (byte-order mark, &apos;;&apos; separators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="51"/>
        <source>Include each document&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="59"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="60"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="95"/>
        <source>A clean copy of the project that opens in Curator and in any SQLite tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="96"/>
        <source>One row per claim, and a second file with one row per piece of evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="97"/>
        <source>The whole curated set, described by Curator&apos;s export schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="98"/>
        <source>Each piece of evidence as a W3C Web Annotation (JSON-LD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="99"/>
        <source>A folder with the CSV files and a datapackage.json describing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="105"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/exchange.py" line="107"/>
        <source>Export into folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="318"/>
        <source>Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="323"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="323"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="347"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="116"/>
        <source>The chart of figures over time appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="143"/>
        <source>Search all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="144"/>
        <source>Search all documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="181"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="187"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="248"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="249"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="250"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="251"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="370"/>
        <source>%1 (read-only) — Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="378"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="384"/>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="387"/>
        <source>%1 — click to show it in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="389"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="390"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="393"/>
        <source>About Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="394"/>
        <source>&lt;b&gt;Curator %1&lt;/b&gt;&lt;p&gt;Turn news articles and reports into a verified database of facts and figures, each with its evidence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../curator/ui/welcome.py" line="159"/>
        <source>Projects folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFlow</name>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="55"/>
        <source>Cannot open the project</source>
        <extracomment>An import finished, with its report. A project is about to be opened (its path): the window says so while it loads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="62"/>
        <source>Read-only: %1 has this project open; your changes cannot be saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="63"/>
        <source>another Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="65"/>
        <source>This project was upgraded to the new version of Curator; a copy of the old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="71"/>
        <source>Project in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="72"/>
        <source>This project is open in another Curator (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="73"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="76"/>
        <source>Two Curators writing to one project at once could lose work. You can open it to read, or close it in the other Curator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="78"/>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="116"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="117"/>
        <source>My project.curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="124"/>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="125"/>
        <source>%1: a file of that name exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="132"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="145"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="162"/>
        <source>Wait for the work in progress to finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="170"/>
        <source>Making the sample project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="173"/>
        <source>Cannot make the sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="181"/>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="181"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="187"/>
        <source>Import Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="195"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="203"/>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="206"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="214"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../curator/ui/session.py" line="97"/>
        <source>Open or create a project first.</source>
        <extracomment>Emitted with a :class:`~curator.storage.Changes` after every write, undo and redo. A message for the user when an edit could not be made. The project was opened, closed or replaced.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickStartDialog</name>
    <message>
        <location filename="../../curator/ui/quickstart.py" line="15"/>
        <source>Quick Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="50"/>
        <source>Save a Copy</source>
        <extracomment>A line for the message bar, and whether it is a problem. A copy or a backup was written (its path). A check or repair ended (its report).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="59"/>
        <source>A copy is already being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="62"/>
        <source>A copy cannot replace the project itself; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="71"/>
        <source>Saving a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="77"/>
        <source>Saved a copy as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="88"/>
        <source>The daily backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="106"/>
        <source>Restore as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="121"/>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="129"/>
        <source>Please wait for the running task to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="135"/>
        <source>Repairing the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="135"/>
        <source>Checking the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="148"/>
        <source>Check Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/safekeeping.py" line="151"/>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="275"/>
        <source>Close the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="278"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/shortcuts.py" line="28"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/shortcuts.py" line="28"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="43"/>
        <source>Vocabulary</source>
        <extracomment>A name claims use that is not in the vocabulary (the item&apos;s name). Claims using an entry (by name or alias) or a name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/vocabulary.py" line="136"/>
        <location filename="../../curator/ui/vocabulary.py" line="147"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n твердження</numerusform>
            <numerusform>%n тверджень</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="144"/>
        <source>Used in claims, not in the vocabulary yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="190"/>
        <source>Remove from vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="207"/>
        <source>Edit vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/vocabulary.py" line="210"/>
        <source>Add to vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="76"/>
        <source>&amp;New Project…</source>
        <extracomment>Actions that write to the project: disabled while it is open read-only, or none is open (but Import, which then makes a project first). Actions that read a project: disabled while none is open.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="76"/>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="77"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="77"/>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="78"/>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="79"/>
        <source>A project with five sample articles to try Curator on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="80"/>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="81"/>
        <source>Import documents (%1) or drop them on the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="84"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="85"/>
        <source>Export the curated database: SQLite, CSV, JSON, Web Annotations, Data Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="87"/>
        <source>&amp;Merge Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="88"/>
        <source>Bring a volunteer&apos;s project into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="89"/>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="90"/>
        <source>A complete copy of this project, safe to make while you work: the file to send to a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="92"/>
        <source>&amp;Restore From Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="93"/>
        <source>Open one of the copies Curator keeps automatically, as a new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="94"/>
        <source>Show Project in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="95"/>
        <source>Open the folder holding this project in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="96"/>
        <source>Check and Re&amp;pair Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="97"/>
        <source>Look for damage in this project and repair what can be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="98"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="99"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="100"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="101"/>
        <source>&amp;Find in Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="101"/>
        <source>Find words in the document you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="102"/>
        <source>&amp;Search All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="102"/>
        <source>Search the text of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="104"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="104"/>
        <source>Your name, recorded with your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="105"/>
        <source>&amp;Vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="106"/>
        <source>Names and aliases of subjects, measures, people and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="108"/>
        <source>&amp;New Claim from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="109"/>
        <source>Record the selected figure as a new claim, with the selection as its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="111"/>
        <source>&amp;Add Selection as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="112"/>
        <source>Cite the selected text as more evidence for the current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="114"/>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="114"/>
        <source>Delete the current claim (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="116"/>
        <source>Claims of This Document &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="117"/>
        <source>List only the claims citing the open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="119"/>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="120"/>
        <source>Open the chart of figures over time, or fold it to a strip to give the document more room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="123"/>
        <source>Ne&amp;xt Claim in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="124"/>
        <source>The next claim citing this document, in the order of its words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="126"/>
        <source>Pre&amp;vious Claim in Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="127"/>
        <source>The previous claim citing this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="129"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="130"/>
        <source>Document &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="131"/>
        <source>C&amp;laims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="132"/>
        <source>Claim &amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="133"/>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="134"/>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="135"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="136"/>
        <source>Every shortcut, in one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="137"/>
        <source>&amp;Quick Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="138"/>
        <source>Curator in six steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="139"/>
        <source>&amp;About Curator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../curator/ui/fields.py" line="91"/>
        <source>Not a date: write 2024-05-20, 2024-05 or 2024</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="151"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="153"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="156"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="159"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="189"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worker</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="167"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
