<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/safekeeping.py" line="191"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="289"/>
        <source>%n claim(s) without a date or value are not plotted.</source>
        <translation>
            <numerusform>%n claim without a date or value are not plotted.</numerusform>
            <numerusform>%n claims without a date or value are not plotted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/chart.py" line="314"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="234"/>
        <source>Claims (%n)</source>
        <translation>
            <numerusform>Claims (%n)</numerusform>
            <numerusform>Claims (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentMeta</name>
    <message numerus="yes">
        <location filename="../../curator/ui/document_meta.py" line="65"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="208"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="394"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../curator/ui/mainwindow.py" line="395"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message numerus="yes">
        <location filename="../../curator/ui/panes.py" line="295"/>
        <source>“%1”: %n document(s)</source>
        <translation>
            <numerusform>“%1”: %n document</numerusform>
            <numerusform>“%1”: %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message numerus="yes">
        <location filename="../../curator/ui/vocabulary.py" line="135"/>
        <location filename="../../curator/ui/vocabulary.py" line="146"/>
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
</context>
</TS>
