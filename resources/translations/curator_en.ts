<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="367"/>
        <source>Reading the figures of %Ln claim(s)…</source>
        <translation>
            <numerusform>Reading the figures of %Ln claim…</numerusform>
            <numerusform>Reading the figures of %Ln claims…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="500"/>
        <source>%Ln claim(s) without a date or value are not plotted.</source>
        <translation>
            <numerusform>%Ln claim without a date or value are not plotted.</numerusform>
            <numerusform>%Ln claims without a date or value are not plotted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="549"/>
        <source>Conflicts (%Ln)</source>
        <translation>
            <numerusform>Conflicts (%Ln)</numerusform>
            <numerusform>Conflicts (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="702"/>
        <source>%Ln day(s) apart</source>
        <translation>
            <numerusform>%Ln day apart</numerusform>
            <numerusform>%Ln days apart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message numerus="yes">
        <location filename="../../curator/checkup.py" line="73"/>
        <source>{name}: repaired (%n change(s))</source>
        <translation>
            <numerusform>{name}: repaired (%n change)</numerusform>
            <numerusform>{name}: repaired (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/checkup.py" line="80"/>
        <source>{name}: %n problem(s) found; {advice}</source>
        <translation>
            <numerusform>{name}: %n problem found; {advice}</numerusform>
            <numerusform>{name}: %n problems found; {advice}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="253"/>
        <source>Claims (%Ln)</source>
        <translation>
            <numerusform>Claims (%Ln)</numerusform>
            <numerusform>Claims (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentMeta</name>
    <message numerus="yes">
        <location filename="../../curator/ui/document_meta.py" line="65"/>
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message numerus="yes">
        <location filename="../../curator/ui/tablemodels.py" line="383"/>
        <source>%Ln claim(s) cite this document</source>
        <extracomment>Open suggestions per document, for those looked at so far (curator.ui.suggestions).</extracomment>
        <translation>
            <numerusform>%Ln claim cite this document</numerusform>
            <numerusform>%Ln claims cite this document</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/tablemodels.py" line="386"/>
        <source>%Ln figure(s) found still to accept or reject</source>
        <translation>
            <numerusform>%Ln figure found still to accept or reject</numerusform>
            <numerusform>%Ln figures found still to accept or reject</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="212"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="477"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="478"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="480"/>
        <source>⚠ %Ln open conflict(s)</source>
        <translation>
            <numerusform>⚠ %Ln open conflict</numerusform>
            <numerusform>⚠ %Ln open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message numerus="yes">
        <location filename="../../curator/merge.py" line="114"/>
        <source>Merging {source} will bring {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflict(s)</source>
        <translation>
            <numerusform>Merging {source} will bring {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflict</numerusform>
            <numerusform>Merging {source} will bring {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/merge.py" line="117"/>
        <source>Merged {source}: {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflict(s)</source>
        <translation>
            <numerusform>Merged {source}: {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflict</numerusform>
            <numerusform>Merged {source}: {new_claims} new claims, {updated_claims} updated, {deleted_claims} deleted; {new_documents} new documents, {matched} matched by text; {added} records added, {updated} updated, {deleted} deleted; %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <location filename="../../curator/importers/curatorjson.py" line="127"/>
        <source>{path}: the export holds no document texts (it was made without them), and this project does not have %n document(s) of it: export again with the texts (Include each document&apos;s text; --with-text), or import those documents first</source>
        <translation>
            <numerusform>{path}: the export holds no document texts (it was made without them), and this project does not have %n document of it: export again with the texts (Include each document&apos;s text; --with-text), or import those documents first</numerusform>
            <numerusform>{path}: the export holds no document texts (it was made without them), and this project does not have %n documents of it: export again with the texts (Include each document&apos;s text; --with-text), or import those documents first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="67"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="67"/>
        <source>%n quoted text(s)</source>
        <translation>
            <numerusform>%n quoted text</numerusform>
            <numerusform>%n quoted texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="68"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="68"/>
        <source>%n piece(s) of evidence</source>
        <translation>
            <numerusform>%n piece of evidence</numerusform>
            <numerusform>%n pieces of evidence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="69"/>
        <source>%n vocabulary entries</source>
        <translation>
            <numerusform>%n vocabulary entry</numerusform>
            <numerusform>%n vocabulary entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="70"/>
        <source>%n rejected suggestion(s)</source>
        <translation>
            <numerusform>%n rejected suggestion</numerusform>
            <numerusform>%n rejected suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/storage/writer.py" line="76"/>
        <source>{cannot}: {listing} added since still refer(s) to {label}. Undo or remove them first.</source>
        <translation>
            <numerusform>{cannot}: {listing} added since still refers to {label}. Undo or remove it first.</numerusform>
            <numerusform>{cannot}: {listing} added since still refer to {label}. Undo or remove them first.</numerusform>
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
            <numerusform>“{title}” cannot be deleted: it is the evidence of %n claim. Delete or move that evidence first.</numerusform>
            <numerusform>“{title}” cannot be deleted: it is the evidence of %n claims. Delete or move that evidence first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/operations.py" line="54"/>
        <source>“{name}” is used by %n claim(s): it stays in the vocabulary while they use it.</source>
        <translation>
            <numerusform>“{name}” is used by %n claim: it stays in the vocabulary while they use it.</numerusform>
            <numerusform>“{name}” is used by %n claims: it stays in the vocabulary while they use it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="319"/>
        <source>“%1”: %Ln document(s)</source>
        <translation>
            <numerusform>“%1”: %Ln document</numerusform>
            <numerusform>“%1”: %Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsFlow</name>
    <message numerus="yes">
        <location filename="../../curator/ui/suggestions.py" line="397"/>
        <source>%Ln claim(s) made; complete them in the form.</source>
        <translation>
            <numerusform>%Ln claim made; complete them in the form.</numerusform>
            <numerusform>%Ln claims made; complete them in the form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/suggestions.py" line="119"/>
        <source>%Ln figure(s) found: Enter accepts, Delete rejects; F7 for the next.</source>
        <translation>
            <numerusform>%Ln figure found: Enter accepts, Delete rejects; F7 for the next.</numerusform>
            <numerusform>%Ln figures found: Enter accepts, Delete rejects; F7 for the next.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message numerus="yes">
        <location filename="../../curator/ui/vocabulary.py" line="135"/>
        <location filename="../../curator/ui/vocabulary.py" line="146"/>
        <source>%Ln claim(s)</source>
        <translation>
            <numerusform>%Ln claim</numerusform>
            <numerusform>%Ln claims</numerusform>
        </translation>
    </message>
</context>
</TS>
