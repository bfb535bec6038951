<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>DeadlineText</name>
    <message numerus="yes">
        <location filename="../../privacydesk/gui/deadline_text.py" line="21"/>
        <source>%n dagen te laat (uiterste datum {due}).</source>
        <translation>
            <numerusform>%n dag te laat (uiterste datum {due}).</numerusform>
            <numerusform>%n dagen te laat (uiterste datum {due}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacydesk/gui/deadline_text.py" line="27"/>
        <source>Nog %n kalenderdagen</source>
        <translation>
            <numerusform>Nog %n kalenderdag</numerusform>
            <numerusform>Nog %n kalenderdagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../privacydesk/gui/deadline_text.py" line="28"/>
        <source>%n werkdagen.</source>
        <translation>
            <numerusform>%n werkdag.</numerusform>
            <numerusform>%n werkdagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <location filename="../../privacydesk/gui/settings_dialog.py" line="197"/>
        <source>Nu: %n automatische back-ups, samen {size}.</source>
        <translation>
            <numerusform>Nu: %n automatische back-up, samen {size}.</numerusform>
            <numerusform>Nu: %n automatische back-ups, samen {size}.</numerusform>
        </translation>
    </message>
</context>
</TS>
