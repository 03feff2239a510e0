<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name></name>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="38"/>
        <location filename="../../curator/ui/tablemodels.py" line="158"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="38"/>
        <source>whose figure, e.g. Azovstal garrison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="39"/>
        <location filename="../../curator/ui/tablemodels.py" line="159"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="39"/>
        <source>what is counted, e.g. in captivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="40"/>
        <location filename="../../curator/ui/tablemodels.py" line="155"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="41"/>
        <source>Upper value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="41"/>
        <source>for a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="42"/>
        <location filename="../../curator/ui/tablemodels.py" line="157"/>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="43"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="43"/>
        <source>people, %, UAH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="44"/>
        <location filename="../../curator/ui/tablemodels.py" line="160"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="45"/>
        <source>Date precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="46"/>
        <location filename="../../curator/ui/tablemodels.py" line="162"/>
        <source>Attributed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="46"/>
        <source>who said it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="47"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="47"/>
        <source>which outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="48"/>
        <location filename="../../curator/ui/tablemodels.py" line="163"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="51"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="53"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="53"/>
        <source>comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="72"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="73"/>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="74"/>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="75"/>
        <source>U&amp;nit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="76"/>
        <source>&amp;As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="77"/>
        <source>Attributed &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="78"/>
        <source>&amp;Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="79"/>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="80"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="81"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="85"/>
        <source>Evidence of the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="90"/>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="94"/>
        <source>Select the words that state a figure in the document, then press “New claim from selection”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="99"/>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="101"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="25"/>
        <location filename="../../curator/ui/tablemodels.py" line="129"/>
        <source>Title</source>
        <extracomment>Tables whose changes make this model reload.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="27"/>
        <location filename="../../curator/ui/document_meta.py" line="36"/>
        <location filename="../../curator/ui/tablemodels.py" line="130"/>
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
        <location filename="../../curator/ui/document_meta.py" line="40"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="38"/>
        <location filename="../../curator/ui/tablemodels.py" line="131"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/tablemodels.py" line="133"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="33"/>
        <source>Claim</source>
        <extracomment>The curator wants to see a piece of evidence (its id). The curator wants to remove a piece of evidence (its id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="178"/>
        <source>Not a number: write it as 1279, 1,279 or 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/claim_form.py" line="187"/>
        <source>Not a date: write 2024-05-20, 2024-05 or 2024</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="128"/>
        <location filename="../../curator/ui/panes.py" line="133"/>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="142"/>
        <source>Claims (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationController</name>
    <message>
        <location filename="../../curator/ui/curation.py" line="125"/>
        <source>Select some text in the document first: the words that state the figure.</source>
        <extracomment>A message for the curator (text, is it a problem). The current claim changed (its id or None): the chart pane follows it. The current document changed (its id or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="135"/>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="146"/>
        <source>Choose the claim to add evidence to first (in the claims table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="152"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="153"/>
        <source>Evidence added to the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="159"/>
        <source>Choose a claim to delete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="162"/>
        <source>Delete claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="167"/>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="174"/>
        <source>Edit claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/curation.py" line="181"/>
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
        <location filename="../../curator/ui/document_meta.py" line="62"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="62"/>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="62"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/document_meta.py" line="63"/>
        <source>%n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_meta.py" line="77"/>
        <source>Not a date: write 2024-05-20, 2024-05 or 2024</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../curator/ui/document_view.py" line="33"/>
        <source>Document text</source>
        <extracomment>The claims citing the span the curator clicked (empty: clicked outside spans).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/document_view.py" line="40"/>
        <source>Choose a document on the left, or import documents with File → Import…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="95"/>
        <location filename="../../curator/ui/panes.py" line="110"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="98"/>
        <source>Filter documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="123"/>
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="204"/>
        <source>Find in document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="209"/>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="209"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="236"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../curator/ui/worker.py" line="57"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="83"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="85"/>
        <source>Chart of figures over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="100"/>
        <source>Search all documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="101"/>
        <source>Search all documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="128"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="136"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="179"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="181"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="204"/>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="206"/>
        <source>%1 · %2 documents · %3 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="212"/>
        <source>About Curator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/mainwindow.py" line="213"/>
        <source>&lt;b&gt;Curator %1&lt;/b&gt;&lt;p&gt;Turn news articles and reports into a verified database of facts and figures, each with its evidence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFlow</name>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="44"/>
        <source>Cannot open the project</source>
        <extracomment>An import finished, with its report.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="51"/>
        <source>This project was upgraded to the new version of Curator; a copy of the old file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="69"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="79"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="91"/>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="106"/>
        <source>Import Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="114"/>
        <source>Open or create a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="117"/>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="123"/>
        <source>Importing documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="126"/>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="135"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="148"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/projectflow.py" line="149"/>
        <source>Your name, recorded with every edit you make:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <location filename="../../curator/ui/session.py" line="86"/>
        <source>Open or create a project first.</source>
        <extracomment>Emitted with a :class:`~curator.storage.Changes` after every write, undo and redo. A message for the user when an edit could not be made. The project was opened, closed or replaced.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../curator/ui/panes.py" line="161"/>
        <source>Close the search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/panes.py" line="165"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="182"/>
        <source>“%1”: %n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="46"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="46"/>
        <source>Create an empty project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="47"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="47"/>
        <source>Open a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="48"/>
        <source>Open &amp;Sample Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="49"/>
        <source>A project with five sample articles to try Curator on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="50"/>
        <source>&amp;Import Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="51"/>
        <source>Import .txt, .md, .html, .pdf and .docx files (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="53"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="54"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="55"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="56"/>
        <source>&amp;Find in Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="56"/>
        <source>Find words in the document you are reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="57"/>
        <source>&amp;Search All Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="57"/>
        <source>Search the text of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="59"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="59"/>
        <source>Your name, recorded with your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="60"/>
        <source>&amp;New Claim from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="61"/>
        <source>Record the selected figure as a new claim, with the selection as its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="63"/>
        <source>&amp;Add Selection as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="64"/>
        <source>Cite the selected text as more evidence for the current claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="66"/>
        <source>&amp;Delete Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="66"/>
        <source>Delete the current claim (can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="68"/>
        <source>Claims of This Document &amp;Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="69"/>
        <source>List only the claims citing the open document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="71"/>
        <source>&amp;About Curator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../curator/ui/labels.py" line="10"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="10"/>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="10"/>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="11"/>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="11"/>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="11"/>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="12"/>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="17"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="17"/>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="17"/>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="18"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="22"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="22"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/labels.py" line="22"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../curator/ui/actions.py" line="80"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="82"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="83"/>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="84"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../curator/ui/actions.py" line="85"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
