<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>AttachmentsModel</name>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="74" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="75" />
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="76" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="77" />
            <source>Grootte</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="78" />
            <source>Toegevoegd</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseDetailPane</name>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="82" />
            <source>&amp;Status wijzigen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="83" />
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="398" />
            <source>Status wijzigen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="91" />
            <source>&amp;Identiteit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="92" />
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="138" />
            <source>Identiteit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="96" />
            <source>Vastgesteld: bekende klant, vanaf het adres in ons bestand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="100" />
            <source>Vastgesteld: digitaal ondertekend verzoek (eID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="104" />
            <source>Vastgesteld: kopie identiteitsdocument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="107" />
            <source>Vastgesteld: persoonlijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="110" />
            <source>Controle overslaan met reden…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="114" />
            <source>Termijn &amp;verlengen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="117" />
            <source>Ontvanger &amp;gemeld…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="120" />
            <source>&amp;Uitkomst registreren…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="137" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="139" />
            <source>Ontvangen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="140" />
            <source>Gedateerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="141" />
            <source>Kanaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="142" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="143" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="144" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="145" />
            <source>Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="146" />
            <source>Relatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="147" />
            <source>Vertegenwoordiger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="148" />
            <source>Verlenging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="149" />
            <source>Ontvangers (art. 19)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="157" />
            <source>Gegevens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="163" />
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="175" />
            <source>Rechten en uitkomsten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="180" />
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="188" />
            <source>Notities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="184" />
            <source>Notities opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="197" />
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="201" />
            <source>Tijdlijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="205" />
            <source>Kies een dossier in de lijst, of registreer een nieuw verzoek (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="224" />
            <source>&amp;Overzicht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="283" />
            <source>niet gedateerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="293" />
            <source>Verlengd: {reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="295" />
            <source>niet verlengd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="335" />
            <source>&lt;b&gt;Uiterste antwoorddatum: {due}&lt;/b&gt; — {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="341" />
            <source>Nog {days} kalenderdagen, {working} werkdagen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="346" />
            <source>Beantwoord op {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="348" />
            <source>Eerste termijn: {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="356" />
            <source>nog niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="357" />
            <source>vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="358" />
            <source>controle overgeslagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="359" />
            <source>niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="399" />
            <source>Dossier {ref} op '{status}' zetten?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="417" />
            <source>Identiteitscontrole overslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="419" />
            <source>Waarom is geen verdere controle nodig? Bijvoorbeeld: bekende klant die schrijft vanaf het e-mailadres in ons bestand. Een kopie van de identiteitskaart vragen mag alleen bij redelijke twijfel (art. 12(6) AVG).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="423" />
            <source>Overslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="435" />
            <source>Termijn verlengen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="437" />
            <source>De termijn wordt met twee maanden verlengd (art. 12(3) AVG). Vermeld de redenen: ze komen in de brief, die binnen de eerste maand moet vertrekken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="440" />
            <source>Verlengen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="450" />
            <source>Eerste termijn verstreken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="452" />
            <source>De eerste termijn van dit dossier is al verstreken: een verlenging moest binnen de eerste maand gemeld worden. Wilt u toch verlengen, vermeld dan waarom; dit wordt in het auditspoor vastgelegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="456" />
            <source>Toch verlengen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="52" />
            <source>Kenmerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="53" />
            <source>Aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="54" />
            <source>Rechten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="55" />
            <source>Ontvangen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="56" />
            <source>Uiterste datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="57" />
            <source>Dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="58" />
            <source>Termijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="59" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="148" />
            <source>Handtekeningen vergelijken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="158" />
            <source>Links het verzoek, rechts het identiteitsdocument. Vergelijk de handtekeningen en registreer het resultaat bij 'Verzoek ondertekend'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="163" />
            <source>Sluiten</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="55" />
            <source>Inzoomen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="58" />
            <source>Uitzoomen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="61" />
            <source>Passend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="74" />
            <source>Geen document gekozen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="91" />
            <source>Deze PDF kan niet getoond worden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="99" />
            <source>Dit document ({type}) kan hier niet getoond worden.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="137" />
            <source>Documenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="149" />
            <source>&amp;Toevoegen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="152" />
            <source>Rol van het document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="157" />
            <source>Handtekeningen &amp;vergelijken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="161" />
            <source>Digitale &amp;handtekening controleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="165" />
            <source>Verwijderen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="168" />
            <source>ID-kopieën &amp;vernietigen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="170" />
            <source>Sleep scans of e-mails hierheen, of kies Toevoegen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="178" />
            <source>Rol:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="253" />
            <source>Documenten toevoegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="256" />
            <source>Scans en e-mails (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg);;Alle bestanden (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="277" />
            <source>{name}: kan niet gelezen worden ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="289" />
            <source>Bezig met toevoegen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="296" />
            <source>{count} document(en) toegevoegd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="298" />
            <source>Niet toegevoegd: {problems}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="307" />
            <source>Niet toegevoegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="356" />
            <source>Document verwijderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="357" />
            <source>'{name}' definitief uit het register verwijderen?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="366" />
            <location filename="../../privacydesk/gui/documents_tab.py" line="390" />
            <source>Geen document gekozen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="377" />
            <source>ID-kopieën vernietigen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="379" />
            <source>De kopieën van het identiteitsdocument worden definitief uit het register gewist. De verificatie zelf blijft vastgelegd. Doorgaan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="391" />
            <source>{count} ID-kopie(ën) vernietigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="421" />
            <source>Handtekening wordt gecontroleerd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="439" />
            <source>Deze PDF is niet digitaal ondertekend.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="447" />
            <source>De naam komt overeen met de aanvrager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="449" />
            <source>Let op: de naam verschilt van die van de aanvrager.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IdentityTab</name>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="64" />
            <source>Naam op het document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="67" />
            <source>Soort document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="70" />
            <source>paspoort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="70" />
            <source>verblijfskaart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="70" />
            <source>rijbewijs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="72" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="96" />
            <source>Kaartnummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="74" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="97" />
            <source>Rijksregisternummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="75" />
            <source>mag onleesbaar gemaakt zijn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="76" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="98" />
            <source>Geboortedatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="77" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="99" />
            <source>Geldig tot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="78" />
            <source>Voorzijde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="80" />
            <source>Achterzijde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="88" />
            <source>Verzoek ondertekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="92" />
            <source>Wat het identiteitsdocument toont</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="94" />
            <source>Naam</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="95" />
            <source>Soort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="100" />
            <source>Kopie aanwezig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="101" />
            <source>Handtekening vergeleken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="103" />
            <source>Controles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="120" />
            <source>Hoe werd de identiteit vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="124" />
            <source>Controles &amp;opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="127" />
            <source>Identiteit &amp;vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="130" />
            <source>&amp;Niet vastgesteld…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="133" />
            <source>Controle &amp;overslaan…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="136" />
            <source>Besluit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="139" />
            <source>Methode:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="150" />
            <source>Vraag een kopie van het identiteitsdocument alleen bij redelijke twijfel (art. 12(6) AVG). De persoon mag de foto en het rijksregisternummer onleesbaar maken; de kopie wordt na verificatie vernietigd.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="190" />
            <source>niet ingevuld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="225" />
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="228" />
            <source>Door {who} op {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="236" />
            <source>Verificatierecord: {doc}, geldig tot {expiry}, kaartnummer eindigend op {digits}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="245" />
            <source>ID-kopieën vernietigd op {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="256" />
            <source>nog niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="257" />
            <source>vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="258" />
            <source>controle overgeslagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="259" />
            <source>niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="335" />
            <source>Identiteit niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="336" />
            <source>Waarom kon de identiteit niet vastgesteld worden? Dit komt in het dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="337" />
            <source>Vastleggen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="353" />
            <source>Identiteitscontrole overslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="355" />
            <source>Waarom is geen verdere controle nodig? Bijvoorbeeld: bekende klant die schrijft vanaf het e-mailadres in ons bestand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="357" />
            <source>Overslaan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="66" />
            <source>Nieuw verzoek registreren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="71" />
            <source>Naam van de aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="74" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="75" />
            <source>Straat en nummer
Postcode en gemeente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="78" />
            <source>E-mailadres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="79" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="81" />
            <source>Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="86" />
            <source>Relatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="89" />
            <source>Vertegenwoordiger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="91" />
            <source>Advocaat, ouder, … (leeg als de persoon zelf schrijft)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="94" />
            <source>Aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="96" />
            <source>&amp;Naam *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="97" />
            <source>&amp;Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="98" />
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="99" />
            <source>&amp;Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="100" />
            <source>&amp;Taal van de brieven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="101" />
            <source>Re&amp;latie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="102" />
            <source>&amp;Vertegenwoordiger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="106" />
            <source>Kanaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="108" />
            <source>Ontvangen op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="110" />
            <source>Verzoek is gedateerd op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="112" />
            <source>Datum van het verzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="124" />
            <source>Verzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="126" />
            <source>&amp;Kanaal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="128" />
            <source>&amp;Ontvangen op *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="130" />
            <source>Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="133" />
            <source>Ingeroepen rechten *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="142" />
            <source>Woorden van de aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="143" />
            <source>In de woorden van de aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="157" />
            <location filename="../../privacydesk/gui/intake_dialog.py" line="180" />
            <source>Notities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="158" />
            <source>Vrije notities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="167" />
            <source>&amp;Registreren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="169" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="40" />
            <source>Nieuwe brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="50" />
            <source>Soort brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="55" />
            <source>Taal van de brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="75" />
            <source>Redenen om geen gevolg te geven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="77" />
            <source>Waarom geeft u geen gevolg aan het verzoek? Dit komt in de brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="85" />
            <source>Tekst van de brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="93" />
            <source>&amp;Voorbeeld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="96" />
            <source>Tekst &amp;herstellen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="99" />
            <source>&amp;Uitgeven…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="102" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="106" />
            <source>&amp;Soort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="107" />
            <source>&amp;Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="108" />
            <source>Ontbreekt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="109" />
            <source>Redenen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="117" />
            <source>Tekst (u kunt ze aanpassen; briefhoofd, adressen, datum, handtekening en klachtmogelijkheid komen er automatisch bij):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="151" />
            <source>Tip: vul uw naam in bij Bestand › Instellingen; hij komt onder elke brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="157" />
            <source>Voor dit dossier past op dit moment geen enkele brief.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="215" />
            <source>Voorbeeld (nog niet uitgegeven)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="224" />
            <source>Brief uitgeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="226" />
            <source>De brief wordt gedateerd op vandaag en definitief bij het dossier bewaard; hij kan daarna niet meer gewijzigd worden. Uitgeven?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LettersModel</name>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="49" />
            <source>Uitgegeven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="50" />
            <source>Brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="51" />
            <source>Taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="52" />
            <source>Door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="53" />
            <source>SHA-256</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LettersTab</name>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="109" />
            <source>Brieven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="120" />
            <source>&amp;Nieuwe brief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="123" />
            <source>&amp;Afdrukken…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="126" />
            <source>Opslaan als &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="129" />
            <source>Openen in PDF-&amp;lezer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="133" />
            <source>Een uitgegeven brief is bevroren: hij wordt nooit opnieuw aangemaakt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="226" />
            <source>Brief afdrukken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="247" />
            <source>Brief opslaan als PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="249" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="262" />
            <source>{path} kan niet geschreven worden: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="286" />
            <source>De brief kan niet klaargezet worden: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="60" />
            <source>{name} kan niet gelezen worden: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="114" />
            <source>PrivacyDesk — register van verzoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="118" />
            <source>Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="119" />
            <source>Zoek op naam, kenmerk of recht (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="123" />
            <source>Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="142" />
            <source>Dossiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="168" />
            <source>&amp;Identiteit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="170" />
            <source>&amp;Documenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="172" />
            <source>&amp;Brieven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="195" />
            <source>Register: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="209" />
            <source>&amp;Bestand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="211" />
            <source>&amp;Nieuw verzoek…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="216" />
            <source>Nieuwe &amp;brief…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="221" />
            <source>&amp;Vernieuwen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="227" />
            <source>&amp;Instellingen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="235" />
            <source>&amp;Afsluiten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="240" />
            <source>Bee&amp;ld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="241" />
            <source>&amp;Zoeken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="245" />
            <source>Toon wat &amp;aandacht vraagt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="250" />
            <source>&amp;Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="251" />
            <source>Auditspoor &amp;controleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="256" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="257" />
            <source>&amp;Over PrivacyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="260" />
            <source>Werkbalk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="292" />
            <source>Het register kan niet gelezen worden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="296" />
            <source>{shown} van {total} dossiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="303" />
            <source>Alle dossiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="304" />
            <source>Lopende dossiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="305" />
            <source>Vraagt aandacht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="373" />
            <source>Verzoek geregistreerd als {ref}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="389" />
            <source>Instellingen opgeslagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="429" />
            <source>Kies eerst een dossier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="439" />
            <location filename="../../privacydesk/gui/main_window.py" line="447" />
            <source>Auditspoor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="440" />
            <source>Het auditspoor is intact ({count} gebeurtenissen gecontroleerd).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="448" />
            <source>Het auditspoor werd aangetast: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="454" />
            <source>Over PrivacyDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="456" />
            <source>PrivacyDesk {version}
Register van verzoeken van betrokkenen (AVG).

Register: {path}
Schemaversie: {schema}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="24" />
            <source>Uitkomst registreren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="29" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="35" />
            <source>Rechtsgrond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="40" />
            <source>Toelichting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="50" />
            <source>(geen eigen woorden genoteerd)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="52" />
            <source>Recht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="53" />
            <source>Verzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="54" />
            <source>&amp;Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="55" />
            <source>&amp;Rechtsgrond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="56" />
            <source>&amp;Toelichting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="60" />
            <source>Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="61" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrivacyDesk</name>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="103" />
            <source>Register kan niet geopend worden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="113" />
            <source> — demoregister</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="23" />
            <source>Ontvanger op de hoogte gebracht (art. 19)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="26" />
            <source>Ontvanger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="27" />
            <source>Bv. verwerker, boekhoudkantoor, partner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="30" />
            <source>Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="36" />
            <source>Hoe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="38" />
            <source>e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="38" />
            <source>brief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="38" />
            <source>telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="40" />
            <source>&amp;Ontvanger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="41" />
            <source>&amp;Datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="42" />
            <source>&amp;Hoe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="46" />
            <source>Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="47" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersDialog</name>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="31" />
            <source>Herinneringen — wat vraagt vandaag aandacht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="35" />
            <source>Kenmerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="36" />
            <source>Aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="37" />
            <source>Uiterste datum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="38" />
            <source>Dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="39" />
            <source>Toelichting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="67" />
            <source>Herinneringen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="82" />
            <source>Dubbelklik op een dossier om het te openen. Deze lijst verschijnt bij elke start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="87" />
            <source>Sluiten</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RightsModel</name>
        <message>
            <location filename="../../privacydesk/gui/rights_model.py" line="20" />
            <source>Recht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/rights_model.py" line="21" />
            <source>Uitkomst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/rights_model.py" line="22" />
            <source>Rechtsgrond</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/rights_model.py" line="23" />
            <source>Verzoek in eigen woorden</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="36" />
            <source>Instellingen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="50" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="148" />
            <source>Kiezen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="73" />
            <source>Naam verwerkingsverantwoordelijke</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="76" />
            <source>Adres</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="77" />
            <source>E-mailadressen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="78" />
            <source>Telefoon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="79" />
            <source>Logo (afbeelding)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="81" />
            <source>Plaats in de datumregel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="83" />
            <source>Naam van de ondertekenaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="84" />
            <source>Functie van de ondertekenaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="85" />
            <source>Standaardtaal van de brieven</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="89" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="94" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="100" />
            <source> dagen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="96" />
            <source>Termijn pauzeren zolang de identificatie uitblijft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="106" />
            <source>Standaard loopt de termijn door (strikte lezing van art. 12(3) AVG). De EDPB aanvaardt een pauze als de identificatie zonder onnodige vertraging werd gevraagd (richtsnoeren 01/2022 §159).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="115" />
            <source>Herinneren vanaf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="118" />
            <source>Wachten op identificatie melden na</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="123" />
            <source>…als de identificatie gevraagd werd binnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="130" />
            <source>Kopie identiteitsdocument automatisch verwijderen na verificatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="141" />
            <source>Maximale grootte van een bijlage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="147" />
            <source>Map 'backups' naast het register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="160" />
            <source>Nederlands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="161" />
            <source>Engels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="165" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="246" />
            <source>Map voor back-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="167" />
            <source>Aantal back-ups bewaren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="169" />
            <source>Taal van het programma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="170" />
            <source>Een andere taal wordt actief na het herstarten van PrivacyDesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="176" />
            <source>&amp;Briefhoofd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="177" />
            <source>&amp;Termijnen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="178" />
            <source>&amp;Documenten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="179" />
            <source>Back-ups en &amp;taal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="186" />
            <source>Opslaan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="187" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="240" />
            <source>Logo kiezen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="240" />
            <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextPromptDialog</name>
        <message>
            <location filename="../../privacydesk/gui/text_prompt_dialog.py" line="39" />
            <source>Annuleren</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Ontvangen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wacht op identificatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In behandeling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verlengd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beantwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afgesloten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geweigerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingetrokken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nog te beslissen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingewilligd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gedeeltelijk ingewilligd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Niet van toepassing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ticket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contactformulier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Telefoon (schriftelijk te bevestigen)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persoonlijk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nederlands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Engels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Klant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zakelijke relatie van een klant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abonnee nieuwsbrief</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sollicitant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Websitebezoeker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Andere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Op tijd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verstrijkt binnenkort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Te laat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tijdig beantwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laattijdig beantwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termijn verstreken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termijn verstrijkt binnenkort</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eerste termijn nadert: antwoorden of verlengen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wacht al lang op identificatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kopie identiteitsdocument nog bewaard na verificatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recht op inzage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recht op verbetering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recht op gegevenswissing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recht op beperking van de verwerking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recht op overdraagbaarheid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recht van bezwaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bezwaar tegen direct marketing (prospectie)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geautomatiseerde besluitvorming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toestemming intrekken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kennelijk ongegrond verzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buitensporig verzoek (o.a. repetitief)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteit niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Betrokkene niet identificeerbaar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Afbreuk aan de rechten en vrijheden van anderen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gegevens zijn juist en volledig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vrijheid van meningsuiting en informatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wettelijke verplichting of taak van algemeen belang</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Algemeen belang op het gebied van volksgezondheid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instelling, uitoefening of onderbouwing van een rechtsvordering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geen van de voorwaarden voor beperking is vervuld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verwerking niet gebaseerd op toestemming of overeenkomst, of niet geautomatiseerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dwingende gerechtvaardigde gronden die zwaarder wegen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geen persoonsgegevens van de betrokkene verwerkt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In orde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Niet in orde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nog niet gecontroleerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verzoek gedateerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verzoek ondertekend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voor- en achterzijde aanwezig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Niet vervallen op de ontvangstdatum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Naam komt overeen met de aanvrager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kaartnummer geldig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rijksregisternummer geldig</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Geboortedatum past bij het rijksregisternummer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bekende klant, schrijft vanaf het adres in ons bestand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Digitaal ondertekend verzoek (eID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kopie van het identiteitsdocument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Persoonlijk vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteitsdocument (voorzijde)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteitsdocument (achterzijde)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ondertekend verzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volmacht</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Briefwisseling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antwoord</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ontvangstbevestiging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vraag om ontbrekende stukken of identificatie</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kennisgeving van verlenging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antwoord op het verzoek</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kennisgeving van geen gevolg (art. 12(4))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lijst van ontvangers (art. 19)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Verzoek geregistreerd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {old} â {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Termijn verlengd met twee maanden: {reasons}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ontvanger op de hoogte gebracht (art. 19): {who}, {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notities aangepast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Antwoorddatum geregistreerd: {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteitscontrole overgeslagen: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteit vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteit niet vastgesteld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Identiteitscontroles vastgelegd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KopieÃ«n identiteitsdocument vernietigd ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document toegevoegd: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document verwijderd: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rol van document gewijzigd: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Brief uitgegeven: {kind} ({language})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Dat lukt niet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Er ging iets mis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorry, er ging iets onverwachts mis. Er werd niets half opgeslagen.
De details staan in het logbestand:
{path}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>