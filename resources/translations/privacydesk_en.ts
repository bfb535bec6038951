<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>CaseActionsBar</name>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="54" />
            <source>&amp;Status wijzigen</source>
            <translation>Change &amp;status</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="55" />
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="145" />
            <source>Status wijzigen</source>
            <translation>Change status</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="63" />
            <source>&amp;Identiteit</source>
            <translation>&amp;Identity</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="64" />
            <source>Identiteit</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="68" />
            <source>Vastgesteld: bekende klant, vanaf het adres in ons bestand</source>
            <translation>Established: known customer, from the address on file</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="72" />
            <source>Vastgesteld: digitaal ondertekend verzoek (eID)</source>
            <translation>Established: digitally signed request (eID)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="76" />
            <source>Vastgesteld: kopie identiteitsdocument</source>
            <translation>Established: copy of identity document</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="80" />
            <source>Vastgesteld: persoonlijk</source>
            <translation>Established: in person</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="83" />
            <source>Controle overslaan met reden…</source>
            <translation>Waive check with a reason…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="87" />
            <source>Termijn &amp;verlengen…</source>
            <translation>&amp;Extend deadline…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="90" />
            <source>Ontvanger &amp;gemeld…</source>
            <translation>Recipient &amp;notified…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="93" />
            <source>&amp;Uitkomst registreren…</source>
            <translation>Record &amp;outcome…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="146" />
            <source>Dossier {ref} op '{status}' zetten?</source>
            <translation>Set case {ref} to '{status}'?</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="185" />
            <source>Termijn verlengen</source>
            <translation>Extend deadline</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="187" />
            <source>De termijn wordt met twee maanden verlengd (art. 12(3) AVG). Vermeld de redenen: ze komen in de brief, die binnen de eerste maand moet vertrekken.</source>
            <translation>The time limit is extended by two months (Art. 12(3) GDPR). State the reasons: they go into the letter, which must be sent within the first month.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="190" />
            <source>Verlengen</source>
            <translation>Extend</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="200" />
            <source>Eerste termijn verstreken</source>
            <translation>First deadline passed</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="202" />
            <source>De eerste termijn van dit dossier is al verstreken: een verlenging moest binnen de eerste maand gemeld worden. Wilt u toch verlengen, vermeld dan waarom; dit wordt in het auditspoor vastgelegd.</source>
            <translation>The first deadline of this case has already passed: an extension had to be announced within the first month. To extend anyway, say why; this is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_actions_bar.py" line="206" />
            <source>Toch verlengen</source>
            <translation>Extend anyway</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailPane</name>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="70" />
            <source>Kies een dossier in de lijst, of registreer een nieuw verzoek (Ctrl+N).</source>
            <translation>Choose a case in the list, or register a new request (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="83" />
            <source>&amp;Overzicht</source>
            <translation>&amp;Overview</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="173" />
            <source>&lt;b&gt;Uiterste antwoorddatum: {due}&lt;/b&gt; — {state}</source>
            <translation>&lt;b&gt;Answer due by: {due}&lt;/b&gt; — {state}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="181" />
            <source>Beantwoord op {day}.</source>
            <translation>Answered on {day}.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_detail_pane.py" line="183" />
            <source>Eerste termijn: {day}.</source>
            <translation>First deadline: {day}.</translation>
        </message>
    </context>
    <context>
        <name>CaseOverview</name>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="55" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="56" />
            <source>Identiteit</source>
            <translation>Identity</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="57" />
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="58" />
            <source>Gedateerd</source>
            <translation>Dated</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="59" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="60" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="61" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="62" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="63" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="64" />
            <source>Relatie</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="65" />
            <source>Vertegenwoordiger</source>
            <translation>Representative</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="66" />
            <source>Verlenging</source>
            <translation>Extension</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="67" />
            <source>Ontvangers (art. 19)</source>
            <translation>Recipients (Art. 19)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="75" />
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="81" />
            <location filename="../../privacydesk/gui/case_overview.py" line="95" />
            <source>Rechten en uitkomsten</source>
            <translation>Rights and outcomes</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="100" />
            <location filename="../../privacydesk/gui/case_overview.py" line="108" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="104" />
            <source>Notities opslaan</source>
            <translation>Save notes</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="117" />
            <location filename="../../privacydesk/gui/case_overview.py" line="121" />
            <source>Tijdlijn</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="143" />
            <source>niet gedateerd</source>
            <translation>not dated</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="153" />
            <source>Verlengd: {reasons}</source>
            <translation>Extended: {reasons}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_overview.py" line="155" />
            <source>niet verlengd</source>
            <translation>not extended</translation>
        </message>
    </context>
    <context>
        <name>CaseRegistration</name>
        <message>
            <location filename="../../privacydesk/gui/case_registration.py" line="26" />
            <source>{name} kan niet gelezen worden: {error}</source>
            <translation>{name} cannot be read: {error}</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="357" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="358" />
            <source>Aanvrager</source>
            <translation>Requester</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="359" />
            <source>Rechten</source>
            <translation>Rights</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="360" />
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="361" />
            <source>Uiterste datum</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="362" />
            <source>Dagen</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="363" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/case_table_model.py" line="364" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>CaseTableView</name>
        <message>
            <location filename="../../privacydesk/gui/case_table_view.py" line="27" />
            <source>Dossiers</source>
            <translation>Cases</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="246" />
            <source>Handtekeningen vergelijken</source>
            <translation>Compare signatures</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="256" />
            <source>Links het verzoek, rechts het identiteitsdocument. Vergelijk de handtekeningen en registreer het resultaat bij 'Verzoek ondertekend'.</source>
            <translation>The request on the left, the identity document on the right. Compare the signatures and record the result under 'Request signed'.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="261" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="69" />
            <source>dd/mm/jjjj</source>
            <translation>dd/mm/yyyy</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="76" />
            <source>Kies in de kalender</source>
            <translation>Pick from the calendar</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="77" />
            <source>Kalender</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="163" />
            <source>leeg</source>
            <translation>empty</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="163" />
            <source>vul een datum in</source>
            <translation>enter a date</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="166" />
            <source>geen datum — typ bv. 12/04/1985</source>
            <translation>not a date — type e.g. 12/04/1985</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="168" />
            <source>niet vóór {day}</source>
            <translation>not before {day}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/date_edit.py" line="171" />
            <source>niet na {day}</source>
            <translation>not after {day}</translation>
        </message>
    </context>
    <context>
        <name>DeadlineText</name>
        <message numerus="yes">
            <location filename="../../privacydesk/gui/deadline_text.py" line="21" />
            <source>%n dagen te laat (uiterste datum {due}).</source>
            <translation>
                <numerusform>%n day late (due date {due}).</numerusform>
                <numerusform>%n days late (due date {due}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/deadline_text.py" line="25" />
            <source>Vandaag is de laatste dag.</source>
            <translation>Today is the last day.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../privacydesk/gui/deadline_text.py" line="27" />
            <source>Nog %n kalenderdagen</source>
            <translation>
                <numerusform>%n calendar day left</numerusform>
                <numerusform>%n calendar days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../privacydesk/gui/deadline_text.py" line="28" />
            <source>%n werkdagen.</source>
            <translation>
                <numerusform>%n working day.</numerusform>
                <numerusform>%n working days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DiscardGuard</name>
        <message>
            <location filename="../../privacydesk/gui/discard_guard.py" line="14" />
            <source>Getypte tekst weggooien?</source>
            <translation>Discard typed text?</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/discard_guard.py" line="15" />
            <source>Wat u in dit venster typte, gaat verloren. Toch sluiten?</source>
            <translation>What you typed in this window will be lost. Close anyway?</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="88" />
            <source>Inzoomen</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="91" />
            <source>Uitzoomen</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="94" />
            <source>Passend</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="107" />
            <source>Geen document gekozen.</source>
            <translation>No document selected.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="131" />
            <source>Document wordt geopend…</source>
            <translation>Opening the document…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="148" />
            <source>Pagina {number}</source>
            <translation>Page {number}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="152" />
            <source>Alleen de eerste {count} pagina's worden getoond.</source>
            <translation>Only the first {count} pages are shown.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="174" />
            <source>Deze PDF kan niet getoond worden.</source>
            <translation>This PDF cannot be shown.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/document_viewer.py" line="125" />
            <location filename="../../privacydesk/gui/document_viewer.py" line="182" />
            <source>Dit document ({type}) kan hier niet getoond worden.</source>
            <translation>This document ({type}) cannot be shown here.</translation>
        </message>
    </context>
    <context>
        <name>DocumentsTab</name>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="88" />
            <source>Documenten</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="100" />
            <source>&amp;Toevoegen…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="103" />
            <source>Rol van het document</source>
            <translation>Role of the document</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="108" />
            <source>Handtekeningen &amp;vergelijken</source>
            <translation>&amp;Compare signatures</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="112" />
            <source>Digitale &amp;handtekening controleren</source>
            <translation>Check digital &amp;signature</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="116" />
            <source>Verwijderen…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="119" />
            <source>ID-kopieën &amp;vernietigen…</source>
            <translation>&amp;Destroy ID copies…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="121" />
            <source>Sleep scans of e-mails hierheen, of kies Toevoegen.</source>
            <translation>Drag scans or e-mails here, or choose Add.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="128" />
            <source>Rol:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="183" />
            <source>Documenten toevoegen</source>
            <translation>Add documents</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="186" />
            <source>Scans en e-mails (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg);;Alle bestanden (*)</source>
            <translation>Scans and e-mails (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.eml *.msg);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="214" />
            <source>{name}: kan niet gelezen worden ({error}).</source>
            <translation>{name}: cannot be read ({error}).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="226" />
            <source>Bezig met toevoegen…</source>
            <translation>Adding…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="234" />
            <source>{count} document(en) toegevoegd.</source>
            <translation>{count} document(s) added.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="237" />
            <source>'{name}' stond al bij het dossier als {old}; de rol is nu {new}.</source>
            <translation>'{name}' was already on the case as {old}; its role is now {new}.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="246" />
            <source>{names}: lijkt een kopie van een identiteitsdocument; kies zelf de rol (voorzijde of achterzijde), dan wordt het na de verificatie vernietigd.</source>
            <translation>{names}: looks like a copy of an identity document; choose its role yourself (front or back), and it will be destroyed after verification.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="250" />
            <source>Niet toegevoegd: {problems}</source>
            <translation>Not added: {problems}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="259" />
            <source>Niet toegevoegd</source>
            <translation>Not added</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="310" />
            <source>Document verwijderen</source>
            <translation>Remove document</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="311" />
            <source>'{name}' definitief uit het register verwijderen?</source>
            <translation>Remove '{name}' from the register for good?</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="320" />
            <location filename="../../privacydesk/gui/documents_tab.py" line="336" />
            <source>Geen document gekozen.</source>
            <translation>No document selected.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="337" />
            <source>{count} ID-kopie(ën) vernietigd.</source>
            <translation>{count} ID cop(y/ies) destroyed.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="340" />
            <source>Een ander programma leest het register nog; de laatste sporen in het logbestand verdwijnen bij de volgende opruiming of wanneer iedereen het register sluit.</source>
            <translation>Another program is still reading the register; the last traces in the log file disappear at the next clean-up or when everyone closes the register.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="369" />
            <source>Handtekening wordt gecontroleerd…</source>
            <translation>Checking the signature…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="388" />
            <source>Deze PDF is niet digitaal ondertekend.</source>
            <translation>This PDF is not digitally signed.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="396" />
            <source>De naam komt overeen met de aanvrager.</source>
            <translation>The name matches the requester.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/documents_tab.py" line="398" />
            <source>Let op: de naam verschilt van die van de aanvrager.</source>
            <translation>Note: the name differs from the requester's.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="28" />
            <source>Register exporteren</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="30" />
            <source>De {count} getoonde dossiers (zoekopdracht en filter)</source>
            <translation>The {count} cases shown (search and filter)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="34" />
            <source>Het hele register ({count} dossiers)</source>
            <translation>The whole register ({count} cases)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="43" />
            <source>Excel (.xlsx)</source>
            <translation>Excel (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="45" />
            <source>CSV (puntkomma's, UTF-8)</source>
            <translation>CSV (semicolons, UTF-8)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="54" />
            <location filename="../../privacydesk/gui/export_dialog.py" line="71" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="55" />
            <source>Kiezen…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="69" />
            <source>Welke dossiers</source>
            <translation>Which cases</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="70" />
            <source>Formaat</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="74" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="75" />
            <source>Exporteren</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="106" />
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="108" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/export_dialog.py" line="111" />
            <source>Exporteren naar</source>
            <translation>Export to</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="102" />
            <source>Eerste start — gegevens voor uw brieven</source>
            <translation>First start — details for your letters</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="108" />
            <source>Elke brief van PrivacyDesk vermeldt wie hem stuurt. Een Belgische vennootschap vermeldt ook haar rechtsvorm, ondernemingsnummer en rechtspersonenregister (art. 2:20 WVV); zonder die gegevens wordt geen brief uitgegeven. U kunt dit later aanvullen of wijzigen bij Bestand › Instellingen.</source>
            <translation>Every letter from PrivacyDesk says who sends it. A Belgian company also states its legal form, enterprise number and register of legal entities (Art. 2:20 Code of Companies and Associations); without them no letter is issued. You can complete or change this later under File › Settings.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="62" />
            <source>bv. BV, NV, CV, vzw</source>
            <translation>e.g. BV, NV, CV, vzw</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="144" />
            <source>Naam van de organisatie</source>
            <translation>Organisation's name</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="147" />
            <source>Rechtsvorm</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="148" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="150" />
            <source>Ondernemingsnummer (KBO)</source>
            <translation>Enterprise number (KBO/BCE)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="160" />
            <source>Plaats in de datumregel</source>
            <translation>Place in the date line</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="162" />
            <source>Naam van de ondertekenaar</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="67" />
            <source>bv. RPR Gent, afdeling Kortrijk</source>
            <translation>e.g. RPR Gent, afdeling Kortrijk</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="154" />
            <source>Rechtspersonenregister (NL)</source>
            <translation>Register of legal entities (Dutch)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="157" />
            <source>Rechtspersonenregister (FR)</source>
            <translation>Register of legal entities (French)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="158" />
            <source>Rechtspersonenregister (EN)</source>
            <translation>Register of legal entities (English)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="163" />
            <source>Functie van de ondertekenaar (NL)</source>
            <translation>Signer's role (Dutch)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="164" />
            <source>Functie van de ondertekenaar (FR)</source>
            <translation>Signer's role (French)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="165" />
            <source>Functie van de ondertekenaar (EN)</source>
            <translation>Signer's role (English)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="166" />
            <source>Standaardtaal van de brieven</source>
            <translation>Default language of letters</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="173" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="176" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="241" />
            <source>De rechtsvorm staat op elke brief (bv. BV).</source>
            <translation>The legal form is on every letter (e.g. BV).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="243" />
            <source>Het ondernemingsnummer staat op elke brief.</source>
            <translation>The enterprise number is on every letter.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/first_start.py" line="246" />
            <source>Het rechtspersonenregister staat op elke brief (bv. RPR Gent).</source>
            <translation>The register of legal entities is on every letter (e.g. RPR Gent).</translation>
        </message>
    </context>
    <context>
        <name>IdentityTab</name>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="57" />
            <source>Naam op het document</source>
            <translation>Name on the document</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="60" />
            <source>Soort document</source>
            <translation>Kind of document</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="63" />
            <source>paspoort</source>
            <translation>passport</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="63" />
            <source>verblijfskaart</source>
            <translation>residence card</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="63" />
            <source>rijbewijs</source>
            <translation>driving licence</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="65" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="103" />
            <source>Kaartnummer</source>
            <translation>Card number</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="67" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="104" />
            <source>Rijksregisternummer</source>
            <translation>National register number</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="68" />
            <source>mag onleesbaar gemaakt zijn</source>
            <translation>may be blacked out</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="69" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="105" />
            <source>Geboortedatum</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="70" />
            <location filename="../../privacydesk/gui/identity_tab.py" line="106" />
            <source>Geldig tot</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="71" />
            <source>Voorzijde</source>
            <translation>Front</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="73" />
            <source>Achterzijde</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="81" />
            <source>Verzoek ondertekend</source>
            <translation>Request signed</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="101" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="102" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="107" />
            <source>Kopie aanwezig</source>
            <translation>Copy present</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="108" />
            <source>Handtekening vergeleken</source>
            <translation>Signature compared</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="96" />
            <source>Wat het verzoek en het identiteitsdocument tonen</source>
            <translation>What the request and the identity document show</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="88" />
            <source>Volmacht van de vertegenwoordiger gezien</source>
            <translation>Representative's authorisation seen</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="100" />
            <source>Datum van het verzoek</source>
            <translation>Date of the request</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="109" />
            <source>Volmacht gezien</source>
            <translation>Authorisation seen</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="131" />
            <source>Hoe werd de identiteit vastgesteld</source>
            <translation>How the identity was established</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="135" />
            <source>Controles &amp;opslaan</source>
            <translation>&amp;Save checks</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="138" />
            <source>Identiteit &amp;vastgesteld</source>
            <translation>Identity &amp;established</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="141" />
            <source>&amp;Niet vastgesteld…</source>
            <translation>&amp;Not established…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="144" />
            <source>Controle &amp;overslaan…</source>
            <translation>&amp;Waive check…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="147" />
            <source>Besluit</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="150" />
            <source>Methode:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="161" />
            <source>Vraag een kopie van het identiteitsdocument alleen bij redelijke twijfel (art. 12(6) AVG). De persoon mag de foto en het rijksregisternummer onleesbaar maken; de kopie wordt na verificatie vernietigd.</source>
            <translation>Ask for a copy of the identity document only when in reasonable doubt (Art. 12(6) GDPR). The person may black out the photo and the national register number; the copy is destroyed after verification.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="236" />
            <source>niet gedateerd</source>
            <translation>not dated</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="263" />
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="266" />
            <source>Door {who} op {when}</source>
            <translation>By {who} on {when}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="274" />
            <source>Verificatierecord: {doc}, geldig tot {expiry}, kaartnummer eindigend op {digits}</source>
            <translation>Verification record: {doc}, valid until {expiry}, card number ending in {digits}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="283" />
            <source>ID-kopieën vernietigd op {when}</source>
            <translation>ID copies destroyed on {when}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="327" />
            <source>{verdict} (opgeslagen {day})</source>
            <translation>{verdict} (stored {day})</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="340" />
            <source>het verzoek is niet of te laat gedateerd</source>
            <translation>the request is undated or dated too late</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="341" />
            <source>de handtekening komt niet overeen</source>
            <translation>the signature does not match</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="342" />
            <source>voor- of achterzijde ontbreekt</source>
            <translation>front or back is missing</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="343" />
            <source>vervallen vóór de ontvangst van het verzoek</source>
            <translation>expired before the request arrived</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="344" />
            <source>de naam verschilt van die van de aanvrager</source>
            <translation>the name differs from the requester's</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="346" />
            <source>de controlecijfers van het kaartnummer kloppen niet</source>
            <translation>the card number's check digits are wrong</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="348" />
            <source>geen geldig rijksregisternummer</source>
            <translation>not a valid national register number</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="349" />
            <source>past niet bij het rijksregisternummer</source>
            <translation>does not match the national register number</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/identity_tab.py" line="350" />
            <source>de volmacht ontbreekt of volstaat niet</source>
            <translation>the authorisation is missing or insufficient</translation>
        </message>
    </context>
    <context>
        <name>InquiriesTab</name>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="50" />
            <source>Vragen van de GBA of een rechtbank</source>
            <translation>Questions from the DPA or a court</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="56" />
            <source>&amp;Vraag registreren…</source>
            <translation>&amp;Record a question…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="59" />
            <source>&amp;Beantwoord…</source>
            <translation>&amp;Answered…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="62" />
            <source>&amp;Dossier voor de GBA…</source>
            <translation>Case &amp;file for the DPA…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="66" />
            <source>Het dossier voor de GBA bevat de gegevens, de tijdlijn uit het auditspoor, de identiteitsbeslissing en de uitgegeven brieven met hun hash; nooit een kopie van een identiteitsdocument.</source>
            <translation>The case file for the DPA holds the case data, the timeline from the audit trail, the identity decision and the issued letters with their hashes; never a copy of an identity document.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="149" />
            <source>Dossier voor de GBA bewaren</source>
            <translation>Save the case file for the DPA</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiries_tab.py" line="149" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>InquiryAnswerDialog</name>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="97" />
            <source>Antwoord aan de GBA of de rechtbank</source>
            <translation>Answer to the DPA or the court</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="104" />
            <source>Bijvoorbeeld: dossieroverzicht met de brieven als bijlagen, per e-mail</source>
            <translation>For example: case overview with the letters as annexes, by e-mail</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="107" />
            <source>Beantwoord op</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="108" />
            <source>Wat werd bezorgd</source>
            <translation>What was sent</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="109" />
            <source>Vastleggen</source>
            <translation>Record</translation>
        </message>
    </context>
    <context>
        <name>InquiryDialog</name>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="56" />
            <source>Vraag van de GBA of een rechtbank</source>
            <translation>Question from the DPA or a court</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="65" />
            <source>Met een uiterste antwoorddatum</source>
            <translation>With a deadline for the answer</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="71" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="72" />
            <source>Ontvangen op</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="73" />
            <source>Hun kenmerk</source>
            <translation>Their reference</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="75" />
            <source>Registreren</source>
            <translation>Record</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="64" />
            <source>Nieuw verzoek registreren</source>
            <translation>Register a new request</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="69" />
            <source>Naam van de aanvrager</source>
            <translation>Requester's name</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="72" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="73" />
            <source>Straat en nummer
Postcode en gemeente</source>
            <translation>Street and number
Postcode and town</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="76" />
            <source>E-mailadres</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="77" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="79" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="84" />
            <source>Relatie</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="87" />
            <source>Vertegenwoordiger</source>
            <translation>Representative</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="89" />
            <source>Advocaat, ouder, … (leeg als de persoon zelf schrijft)</source>
            <translation>Lawyer, parent, … (empty if the person writes themselves)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="95" />
            <source>Adres van de vertegenwoordiger</source>
            <translation>Representative's address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="100" />
            <source>Aanvrager</source>
            <translation>Requester</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="102" />
            <source>&amp;Naam *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="103" />
            <source>&amp;Adres</source>
            <translation>&amp;Address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="104" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="105" />
            <source>&amp;Telefoon</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="106" />
            <source>&amp;Taal van de brieven</source>
            <translation>&amp;Language of letters</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="107" />
            <source>Re&amp;latie</source>
            <translation>Re&amp;lationship</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="108" />
            <source>&amp;Vertegenwoordiger</source>
            <translation>Re&amp;presentative</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="109" />
            <source>Adres vertegen&amp;woordiger</source>
            <translation>Representative's add&amp;ress</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="113" />
            <source>Kanaal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="115" />
            <source>Ontvangen op</source>
            <translation>Received on</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="117" />
            <source>Verzoek is gedateerd op</source>
            <translation>Request is dated</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="119" />
            <source>Datum van het verzoek</source>
            <translation>Date of the request</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="131" />
            <source>Verzoek</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="133" />
            <source>&amp;Kanaal</source>
            <translation>&amp;Channel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="135" />
            <source>&amp;Ontvangen op *</source>
            <translation>&amp;Received on *</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="137" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="140" />
            <source>Ingeroepen rechten *</source>
            <translation>Rights invoked *</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="149" />
            <source>Woorden van de aanvrager</source>
            <translation>Requester's words</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="150" />
            <source>In de woorden van de aanvrager</source>
            <translation>In the requester's own words</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="164" />
            <location filename="../../privacydesk/gui/intake_dialog.py" line="187" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="165" />
            <source>Vrije notities</source>
            <translation>Free notes</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="174" />
            <source>&amp;Registreren</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/intake_dialog.py" line="176" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="38" />
            <source>Nieuwe brief</source>
            <translation>New letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="48" />
            <source>Soort brief</source>
            <translation>Kind of letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="53" />
            <source>Taal van de brief</source>
            <translation>Language of the letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="83" />
            <source>Redenen om geen gevolg te geven</source>
            <translation>Reasons for taking no action</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="85" />
            <source>Waarom geeft u geen gevolg aan het verzoek? Dit komt in de brief.</source>
            <translation>Why are you taking no action on the request? This goes into the letter.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="98" />
            <source>Rechtsgrond om geen gevolg te geven</source>
            <translation>Legal ground for taking no action</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="99" />
            <source>— kies de rechtsgrond —</source>
            <translation>— choose the legal ground —</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="107" />
            <source>Informatie over de &amp;verwerking voor dit dossier…</source>
            <translation>&amp;Processing information for this case…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="118" />
            <source>Tekst van de brief</source>
            <translation>Text of the letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="126" />
            <source>&amp;Voorbeeld</source>
            <translation>Pre&amp;view</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="129" />
            <source>Tekst &amp;herstellen</source>
            <translation>&amp;Reset text</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="132" />
            <source>&amp;Uitgeven…</source>
            <translation>&amp;Issue…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="135" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="139" />
            <source>&amp;Soort</source>
            <translation>&amp;Kind</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="140" />
            <source>&amp;Taal</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="141" />
            <source>Ontbreekt</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="143" />
            <source>Rechts&amp;grond</source>
            <translation>Legal &amp;ground</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="151" />
            <source>Tekst (u kunt ze aanpassen; briefhoofd, adressen, datum, handtekening en klachtmogelijkheid komen er automatisch bij):</source>
            <translation>Text (you may adjust it; letterhead, addresses, date, signature and complaint information are added automatically):</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="194" />
            <source>Tip: vul uw naam in bij Bestand › Instellingen; hij komt onder elke brief.</source>
            <translation>Tip: enter your name under File › Settings; it goes under every letter.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="204" />
            <source>Voor dit dossier past op dit moment geen enkele brief.</source>
            <translation>No letter fits this case at the moment.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="245" />
            <source>Redenen (in het Nederlands)</source>
            <translation>Reasons (in Dutch)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="246" />
            <source>Redenen (in het Frans)</source>
            <translation>Reasons (in French)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="247" />
            <source>Redenen (in het Engels)</source>
            <translation>Reasons (in English)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="319" />
            <source>Uw aangepaste tekst blijft staan en wordt zo uitgegeven. 'Tekst herstellen' stelt een nieuwe tekst op voor de huidige keuzes.</source>
            <translation>Your edited text stays and will be issued as it is. 'Restore text' writes a new text for the current choices.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="330" />
            <source>Aangepaste tekst</source>
            <translation>Edited text</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="332" />
            <source>U hebt de tekst van de brief aangepast. Vervangen door de tekst voor de nieuwe keuze? Uw aanpassingen gaan dan verloren; met 'Nee' blijft uw tekst staan.</source>
            <translation>You have edited the letter's text. Replace it with the text for the new choice? Your edits are then lost; with 'No' your text stays.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="349" />
            <source>Voorbeeld (nog niet uitgegeven)</source>
            <translation>Preview (not issued yet)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="358" />
            <source>Brief uitgeven</source>
            <translation>Issue letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letter_dialog.py" line="360" />
            <source>De brief wordt gedateerd op vandaag en definitief bij het dossier bewaard; hij kan daarna niet meer gewijzigd worden. Uitgeven?</source>
            <translation>The letter is dated today and kept with the case for good; it can no longer be changed afterwards. Issue it?</translation>
        </message>
    </context>
    <context>
        <name>LettersTab</name>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="73" />
            <source>Brieven</source>
            <translation>Letters</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="82" />
            <source>&amp;Nieuwe brief…</source>
            <translation>&amp;New letter…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="85" />
            <source>&amp;Afdrukken…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="88" />
            <source>Opslaan als &amp;PDF…</source>
            <translation>Save as &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="91" />
            <source>Openen in PDF-&amp;lezer</source>
            <translation>Open in PDF &amp;reader</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="95" />
            <source>Een uitgegeven brief is bevroren: hij wordt nooit opnieuw aangemaakt.</source>
            <translation>An issued letter is frozen: it is never generated again.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="181" />
            <source>Brief afdrukken</source>
            <translation>Print letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="206" />
            <source>Brief opslaan als PDF</source>
            <translation>Save letter as PDF</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="208" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="221" />
            <source>{path} kan niet geschreven worden: {error}</source>
            <translation>{path} cannot be written: {error}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/letters_tab.py" line="245" />
            <source>De brief kan niet klaargezet worden: {error}</source>
            <translation>The letter cannot be prepared: {error}</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="33" />
            <source>&amp;Bestand</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="37" />
            <source>&amp;Nieuw verzoek…</source>
            <translation>&amp;New request…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="42" />
            <source>Nieuwe &amp;brief…</source>
            <translation>New &amp;letter…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="47" />
            <source>&amp;Vernieuwen</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="58" />
            <source>Brief &amp;afdrukken…</source>
            <translation>&amp;Print letter…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="66" />
            <source>&amp;Instellingen…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="76" />
            <source>&amp;Afsluiten</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="81" />
            <source>Bee&amp;ld</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="85" />
            <source>&amp;Zoeken</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="92" />
            <source>Toon wat &amp;aandacht vraagt</source>
            <translation>Show what needs &amp;attention</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="97" />
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="102" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="103" />
            <source>&amp;Over PrivacyDesk</source>
            <translation>&amp;About PrivacyDesk</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="105" />
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="132" />
            <source>Over PrivacyDesk</source>
            <translation>About PrivacyDesk</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_menus.py" line="134" />
            <source>PrivacyDesk {version}
Register van verzoeken van betrokkenen (AVG).

Register: {path}
Schemaversie: {schema}</source>
            <translation>PrivacyDesk {version}
Register of data-subject requests (GDPR).

Register: {path}
Schema version: {schema}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="48" />
            <source>PrivacyDesk — register van verzoeken</source>
            <translation>PrivacyDesk — register of requests</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="69" />
            <source>&amp;Identiteit</source>
            <translation>&amp;Identity</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="72" />
            <source>&amp;Documenten</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="74" />
            <source>&amp;Brieven</source>
            <translation>&amp;Letters</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="75" />
            <source>&amp;GBA</source>
            <translation>&amp;DPA</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="88" />
            <source>Register: {path}</source>
            <translation>Register: {path}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="171" />
            <source>Verzoek geregistreerd als {ref}</source>
            <translation>Request registered as {ref}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="189" />
            <source>Instellingen opgeslagen</source>
            <translation>Settings saved</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="195" />
            <location filename="../../privacydesk/gui/main_window.py" line="216" />
            <source>Kies eerst een dossier.</source>
            <translation>Choose a case first.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/main_window.py" line="222" />
            <source>Kies eerst een brief in Brieven.</source>
            <translation>First choose a letter under Letters.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="30" />
            <source>Uitkomst registreren</source>
            <translation>Record outcome</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="35" />
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="41" />
            <source>Rechtsgrond</source>
            <translation>Legal ground</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="46" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="56" />
            <source>(geen eigen woorden genoteerd)</source>
            <translation>(no own words recorded)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="58" />
            <source>Recht</source>
            <translation>Right</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="59" />
            <source>Verzoek</source>
            <translation>Request</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="60" />
            <source>&amp;Uitkomst</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="61" />
            <source>&amp;Rechtsgrond</source>
            <translation>&amp;Legal ground</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="64" />
            <source>&amp;Toelichting (in het Nederlands)</source>
            <translation>&amp;Note (in Dutch)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="65" />
            <source>&amp;Toelichting (in het Frans)</source>
            <translation>&amp;Note (in French)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="66" />
            <source>&amp;Toelichting (in het Engels)</source>
            <translation>&amp;Note (in English)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="72" />
            <source>Komt zo in de brief; typ ze in de taal van de brieven van dit dossier.</source>
            <translation>Goes into the letter as typed; write it in the language of this case's letters.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="78" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/outcome_dialog.py" line="79" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PageRenderer</name>
        <message>
            <location filename="../../privacydesk/gui/page_renderer.py" line="108" />
            <source>Dit document kan niet getoond worden: de weergave kon niet starten.</source>
            <translation>This document cannot be shown: the viewer could not start.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/page_renderer.py" line="127" />
            <source>Dit document kan niet getoond worden: het openen duurde te lang en werd gestopt. Het document zelf blijft bewaard.</source>
            <translation>This document cannot be shown: opening it took too long and was stopped. The document itself is kept.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/page_renderer.py" line="136" />
            <source>Dit document kan niet getoond worden: het is zo gebouwd dat het openen het programma zou blokkeren of overladen (een lus in de pagina's of een compressiebom).</source>
            <translation>This document cannot be shown: it is built so that opening it would freeze or overload the program (a loop in its pages or a compression bomb).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/page_renderer.py" line="143" />
            <source>Dit document kan niet getoond worden: het is beschadigd of onleesbaar.</source>
            <translation>This document cannot be shown: it is damaged or unreadable.</translation>
        </message>
    </context>
    <context>
        <name>PrintProgressDialog</name>
        <message>
            <location filename="../../privacydesk/gui/printing.py" line="118" />
            <source>Afdrukken</source>
            <translation>Printing</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/printing.py" line="119" />
            <source>Het afdrukken begint…</source>
            <translation>Printing is starting…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/printing.py" line="120" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/printing.py" line="134" />
            <source>Het afdrukken wordt gestopt na deze pagina…</source>
            <translation>Printing stops after this page…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/printing.py" line="140" />
            <source>Pagina {done} van {total} afgedrukt…</source>
            <translation>Page {done} of {total} printed…</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDesk</name>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="110" />
            <source>Automatische back-up gemaakt.</source>
            <translation>Automatic backup made.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="115" />
            <source>Automatische back-up mislukt</source>
            <translation>Automatic backup failed</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="124" />
            <source>Register op een netwerkschijf</source>
            <translation>Register on a network drive</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="125" />
            <source>Dit register staat op een netwerkschijf. PrivacyDesk opent het zonder write-ahead log, wat trager is, en twee mensen tegelijk kunnen elkaar hinderen. Een register dat u met collega's deelt, hoort op een databankserver (PostgreSQL, via PRIVACYDESK_DATABASE_URL).</source>
            <translation>This register is on a network drive. PrivacyDesk opens it without a write-ahead log, which is slower, and two people at once may get in each other's way. A register shared with colleagues belongs on a database server (PostgreSQL, via PRIVACYDESK_DATABASE_URL).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="167" />
            <source>Register kan niet geopend worden</source>
            <translation>Register cannot be opened</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/app.py" line="181" />
            <source> — demoregister</source>
            <translation> — demo register</translation>
        </message>
    </context>
    <context>
        <name>ProcessingInfoDialog</name>
        <message>
            <location filename="../../privacydesk/gui/processing_info_dialog.py" line="28" />
            <source>Informatie over de verwerking voor dit dossier</source>
            <translation>Processing information for this case</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_dialog.py" line="33" />
            <source>Wat u hier wijzigt, geldt alleen voor deze brief ({language}); de instellingen blijven ongewijzigd.</source>
            <translation>What you change here applies to this letter only ({language}); the settings stay as they are.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_dialog.py" line="44" />
            <source>Overnemen</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_dialog.py" line="45" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ProcessingInfoPage</name>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="43" />
            <source>(a) Doeleinden</source>
            <translation>(a) Purposes</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="44" />
            <source>(b) Categorieën van gegevens</source>
            <translation>(b) Categories of data</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="45" />
            <source>(c) Ontvangers (bij naam waar bekend)</source>
            <translation>(c) Recipients (by name where known)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="46" />
            <source>(d) Bewaartermijn of criteria</source>
            <translation>(d) Retention period or criteria</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="47" />
            <source>(e) Rechten op verbetering, wissing, beperking, bezwaar</source>
            <translation>(e) Rights to rectification, erasure, restriction, objection</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="48" />
            <source>(f) Klacht bij de GBA</source>
            <translation>(f) Complaint to the DPA</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="49" />
            <source>(g) Bron van de gegevens</source>
            <translation>(g) Source of the data</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="50" />
            <source>(h) Geautomatiseerde besluitvorming</source>
            <translation>(h) Automated decision-making</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="51" />
            <source>Doorgifte buiten de EER (art. 15, lid 2)</source>
            <translation>Transfers outside the EEA (Art. 15(2))</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/processing_info_page.py" line="59" />
            <source>Een antwoord dat inzage geeft (art. 15 AVG) vermeldt deze informatie, in de taal van de brief. Per dossier kunt u ze nog aanpassen in het briefvenster.</source>
            <translation>An answer granting access (Art. 15 GDPR) gives this information, in the letter's language. You can still adjust it for one case in the letter window.</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="51" />
            <source>ID-kopieën vernietigen</source>
            <translation>Destroy ID copies</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="54" />
            <source>Met de vaststelling van de identiteit worden deze kopieën van het identiteitsdocument definitief uit het register gewist:</source>
            <translation>With the identity established, these copies of the identity document are erased from the register for good:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="59" />
            <source>Deze kopieën van het identiteitsdocument worden definitief uit het register gewist:</source>
            <translation>These copies of the identity document are erased from the register for good:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="69" />
            <source>(wordt geladen…)</source>
            <translation>(loading…)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="85" />
            <source>(geen voorbeeld)</source>
            <translation>(no preview)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="91" />
            <source>De verificatie zelf blijft vastgelegd (wie, wanneer, soort document, laatste cijfers). Dit kan niet ongedaan gemaakt worden.</source>
            <translation>The verification itself stays on record (who, when, kind of document, last digits). This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="97" />
            <source>&amp;Vernietigen</source>
            <translation>&amp;Destroy</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/purge_dialog.py" line="99" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RecipientDialog</name>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="23" />
            <source>Ontvanger op de hoogte gebracht (art. 19)</source>
            <translation>Recipient notified (Art. 19)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="26" />
            <source>Ontvanger</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="27" />
            <source>Bv. verwerker, boekhoudkantoor, partner</source>
            <translation>E.g. processor, accounting firm, partner</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="31" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="35" />
            <source>Hoe</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="37" />
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="37" />
            <source>brief</source>
            <translation>letter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="37" />
            <source>telefoon</source>
            <translation>phone</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="39" />
            <source>&amp;Ontvanger</source>
            <translation>&amp;Recipient</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="40" />
            <source>&amp;Datum</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="41" />
            <source>&amp;Hoe</source>
            <translation>&amp;How</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="45" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/recipient_dialog.py" line="46" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>RegisterActions</name>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="47" />
            <source>Auditspoor &amp;controleren</source>
            <translation>&amp;Verify audit trail</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="51" />
            <source>Nu een &amp;back-up maken…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="54" />
            <source>Back-up &amp;terugzetten…</source>
            <translation>&amp;Restore backup…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="58" />
            <source>Naar een &amp;server verhuizen…</source>
            <translation>Move to a &amp;server…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="62" />
            <source>&amp;Exporteren…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="65" />
            <source>&amp;Jaarverslag…</source>
            <translation>Annual &amp;report…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="68" />
            <source>&amp;Bewaartermijn verstreken…</source>
            <translation>&amp;Retention period over…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="99" />
            <source>Register exporteren</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="100" />
            <source>{name} bestaat al. Vervangen?</source>
            <translation>{name} already exists. Replace it?</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="105" />
            <source>Exporteren naar {path}…</source>
            <translation>Exporting to {path}…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="110" />
            <source>Exporteren lukt niet</source>
            <translation>The export failed</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="115" />
            <source>{count} dossiers geëxporteerd naar {path}</source>
            <translation>{count} cases exported to {path}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="136" />
            <source>Jaarverslag {year} wordt opgemaakt…</source>
            <translation>Drawing up the {year} annual report…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="141" />
            <source>Jaarverslag lukt niet</source>
            <translation>The annual report failed</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="145" />
            <source>Jaarverslag bewaard als {path}</source>
            <translation>Annual report saved as {path}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="156" />
            <source>Bewaartermijn verstreken</source>
            <translation>Retention period over</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="162" />
            <source>Geen afgesloten dossiers ouder dan de bewaartermijn ({years} jaar).</source>
            <translation>No closed cases older than the retention period ({years} years).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="167" />
            <source>{reference} — {name}, afgesloten op {closed}</source>
            <translation>{reference} — {name}, closed on {closed}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="178" />
            <source>Deze {count} dossiers zijn langer dan {years} jaar afgesloten. Hun persoonsgegevens en documenten worden definitief verwijderd; een anoniem overzicht blijft voor de jaarverslagen.

{lines}</source>
            <translation>These {count} cases were closed more than {years} years ago. Their personal data and documents will be deleted for good; an anonymous record stays for the annual reports.

{lines}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="186" />
            <source>Definitief verwijderen</source>
            <translation>Delete for good</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="187" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="199" />
            <source>{count} dossiers geanonimiseerd.</source>
            <translation>{count} cases anonymised.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="209" />
            <location filename="../../privacydesk/gui/register_actions.py" line="226" />
            <source>Auditspoor</source>
            <translation>Audit trail</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="213" />
            <source>Het auditspoor is intact ({count} gebeurtenissen gecontroleerd).

Ermee vergeleken: van elk dossier kenmerk, naam van de aanvrager, ontvangstdatum, status, identiteitsbeslissing, verlenging, antwoorddatum en uitkomst per recht; van elke brief en elk document de inhoud (SHA-256). Andere gegevens van een dossier, zoals adres, e-mail en notities, staan niet in het spoor en werden niet vergeleken.</source>
            <translation>The audit trail is intact ({count} events checked).

Compared with it: of every case the reference, requester's name, date received, status, identity decision, extension, answer date and outcome per right; of every letter and document the content (SHA-256). A case's other data, such as address, e-mail and notes, are not in the trail and were not compared.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="227" />
            <source>Het auditspoor werd aangetast: {problem}.</source>
            <translation>The audit trail was tampered with: {problem}.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="240" />
            <source>Back-up maken</source>
            <translation>Make a backup</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="242" />
            <location filename="../../privacydesk/gui/register_actions.py" line="261" />
            <source>Registers (*.sqlite)</source>
            <translation>Registers (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="252" />
            <source>Back-up gemaakt: {path}</source>
            <translation>Backup made: {path}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="259" />
            <location filename="../../privacydesk/gui/register_actions.py" line="268" />
            <source>Back-up terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="270" />
            <source>Het register wordt vervangen door de back-up '{name}'. Wat sindsdien gebeurde, verdwijnt uit het register; de huidige toestand wordt eerst zelf als back-up bewaard. Doorgaan?</source>
            <translation>The register is replaced by the backup '{name}'. Whatever happened since disappears from the register; the current state is first kept as a backup itself. Continue?</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="286" />
            <source>Back-up teruggezet</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_actions.py" line="287" />
            <source>De back-up werd teruggezet. De vorige toestand staat in:
{path}</source>
            <translation>The backup was restored. The previous state is kept in:
{path}</translation>
        </message>
    </context>
    <context>
        <name>RegisterView</name>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="51" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="52" />
            <source>Zoek op naam, kenmerk of recht (Ctrl+F)</source>
            <translation>Search by name, reference or right (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="56" />
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="193" />
            <source>Het register kan niet gelezen worden</source>
            <translation>The register cannot be read</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="197" />
            <source>{shown} van {total} dossiers</source>
            <translation>{shown} of {total} cases</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="206" />
            <source>Alle dossiers</source>
            <translation>All cases</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="207" />
            <source>Lopende dossiers</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/register_view.py" line="208" />
            <source>Vraagt aandacht</source>
            <translation>Needs attention</translation>
        </message>
    </context>
    <context>
        <name>RemindersDialog</name>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="33" />
            <source>Herinneringen — wat vraagt vandaag aandacht</source>
            <translation>Reminders — what needs attention today</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="37" />
            <source>Kenmerk</source>
            <translation>Reference</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="38" />
            <source>Aanvrager</source>
            <translation>Requester</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="39" />
            <source>Uiterste datum</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="40" />
            <source>Dagen</source>
            <translation>Days</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="41" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="70" />
            <source>Herinneringen</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="85" />
            <source>Dubbelklik op een dossier om het te openen. Deze lijst verschijnt bij elke start.</source>
            <translation>Double-click a case to open it. This list appears at every start.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/reminders_dialog.py" line="90" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="29" />
            <source>Jaarverslag</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="33" />
            <source>Het verslag voor de leiding (art. 38(3) en 39 AVG): aantallen per maand, recht, kanaal en uitkomst, termijnen, verlengingen, identificatie, vernietigde ID-kopieën, art. 19-kennisgevingen en vragen van de GBA. Het bevat geen persoonsgegevens.</source>
            <translation>The report for management (Art. 38(3) and 39 GDPR): counts per month, right, channel and outcome, time limits, extensions, identification, destroyed ID copies, Art. 19 notifications and questions from the GBA. It holds no personal data.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="48" />
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="49" />
            <source>Frans</source>
            <translation>French</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="50" />
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="56" />
            <location filename="../../privacydesk/gui/report_dialog.py" line="65" />
            <source>Bestand</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="57" />
            <source>Kiezen…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="63" />
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="64" />
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="67" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="68" />
            <source>Opmaken</source>
            <translation>Draw up</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="105" />
            <source>Jaarverslag bewaren als</source>
            <translation>Save annual report as</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/report_dialog.py" line="105" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ServerRegisterDialog</name>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="40" />
            <source>Register naar een server verhuizen</source>
            <translation>Move the register to a server</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="43" />
            <source>Een register dat u met collega's deelt, staat op een PostgreSQL-server die de beheerder inrichtte met 'privacydesk server-setup'. Het register wordt naar een lege databank gekopieerd en gecontroleerd; dit register blijft ongewijzigd.</source>
            <translation>A register you share with colleagues lives on a PostgreSQL server that the administrator set up with 'privacydesk server-setup'. The register is copied to an empty database and checked; this register stays unchanged.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="49" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="54" />
            <source>Databank</source>
            <translation>Database</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="56" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="57" />
            <source>Wachtwoord</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="60" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="61" />
            <source>Poort:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="62" />
            <source>Databank:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="63" />
            <source>Login:</source>
            <translation>Login:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="64" />
            <source>Wachtwoord:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="65" />
            <source>Verbinding &amp;testen</source>
            <translation>&amp;Test connection</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="68" />
            <source>Register &amp;verhuizen</source>
            <translation>&amp;Move register</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="79" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="90" />
            <source>Dit register staat al op een server.</source>
            <translation>This register is already on a server.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="117" />
            <source>Dat lukte niet: {error}</source>
            <translation>That did not work: {error}</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="126" />
            <source>Verbinding maken…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="132" />
            <source>Verbinding in orde: aangemeld als {login}.</source>
            <translation>Connection works: signed in as {login}.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="142" />
            <source>Register kopiëren en controleren…</source>
            <translation>Copying and checking the register…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="152" />
            <source>Register verhuisd naar {target} en gecontroleerd: {cases} dossiers, {events} auditgebeurtenissen. PrivacyDesk opent voortaan dit gedeelde register; start het programma opnieuw.</source>
            <translation>Register moved to {target} and checked: {cases} cases, {events} audit events. PrivacyDesk opens this shared register from now on; restart the program.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/server_dialog.py" line="158" />
            <source>Het wachtwoord kon niet in de kluis van het besturingssysteem bewaard worden.</source>
            <translation>The password could not be kept in the operating system's credential store.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="51" />
            <source>Instellingen</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="111" />
            <source>Functie van de ondertekenaar (NL)</source>
            <translation>Signer's role (Dutch)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="112" />
            <source>Functie van de ondertekenaar (FR)</source>
            <translation>Signer's role (French)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="113" />
            <source>Functie van de ondertekenaar (EN)</source>
            <translation>Signer's role (English)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="288" />
            <source>Kiezen…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="91" />
            <source>Naam verwerkingsverantwoordelijke</source>
            <translation>Controller's name</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="79" />
            <source>leeg: het adres hierboven</source>
            <translation>empty: the address above</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="94" />
            <source>Rechtsvorm</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="95" />
            <source>Adres</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="96" />
            <source>Maatschappelijke zetel</source>
            <translation>Registered office</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="98" />
            <source>Ondernemingsnummer (KBO)</source>
            <translation>Enterprise number (KBO/BCE)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="101" />
            <source>Rechtspersonenregister (NL)</source>
            <translation>Register of legal entities (Dutch)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="102" />
            <source>Rechtspersonenregister (FR)</source>
            <translation>Register of legal entities (French)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="103" />
            <source>Rechtspersonenregister (EN)</source>
            <translation>Register of legal entities (English)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="104" />
            <source>E-mailadressen</source>
            <translation>E-mail addresses</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="105" />
            <source>Telefoon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="106" />
            <source>Logo (afbeelding)</source>
            <translation>Logo (image)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="108" />
            <source>Plaats in de datumregel</source>
            <translation>Place in the date line</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="110" />
            <source>Naam van de ondertekenaar</source>
            <translation>Signatory's name</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="114" />
            <source>Standaardtaal van de brieven</source>
            <translation>Default language of letters</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="118" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="123" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="129" />
            <source> dagen</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="125" />
            <source>Termijn pauzeren zolang de identificatie uitblijft</source>
            <translation>Pause the deadline while identification is awaited</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="135" />
            <source>Standaard loopt de termijn door (strikte lezing van art. 12(3) AVG). De EDPB aanvaardt een pauze als de identificatie zonder onnodige vertraging werd gevraagd (richtsnoeren 01/2022 §159).</source>
            <translation>By default the time limit keeps running (strict reading of Art. 12(3) GDPR). The EDPB accepts a pause if identification was requested without undue delay (Guidelines 01/2022 §159).</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="144" />
            <source>Herinneren vanaf</source>
            <translation>Remind from</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="147" />
            <source>Wachten op identificatie melden na</source>
            <translation>Report waiting for identification after</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="152" />
            <source>…als de identificatie gevraagd werd binnen</source>
            <translation>…if identification was requested within</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="159" />
            <source>Kopie identiteitsdocument automatisch verwijderen na verificatie</source>
            <translation>Delete the ID copy automatically after verification</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="168" />
            <source>geen: digitale handtekeningen tonen als 'niet vertrouwd'</source>
            <translation>none: digital signatures show as 'untrusted'</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="176" />
            <source>Vertrouwde basiscertificaten (map)</source>
            <translation>Trusted root certificates (folder)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="178" />
            <source>Maximale grootte van een bijlage</source>
            <translation>Maximum attachment size</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="184" />
            <source>Map 'backups' naast het register</source>
            <translation>Folder 'backups' next to the register</translation>
        </message>
        <message numerus="yes">
            <location filename="../../privacydesk/gui/settings_dialog.py" line="197" />
            <source>Nu: %n automatische back-ups, samen {size}.</source>
            <translation>
                <numerusform>Now: %n automatic backup, {size} in all.</numerusform>
                <numerusform>Now: %n automatic backups, {size} in all.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="206" />
            <source> jaar</source>
            <translation> years</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="210" />
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="211" />
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="215" />
            <location filename="../../privacydesk/gui/settings_dialog.py" line="342" />
            <source>Map voor back-ups</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="217" />
            <source>Aantal back-ups bewaren</source>
            <translation>Number of backups to keep</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="220" />
            <source>Ruimte voor back-ups, ten hoogste</source>
            <translation>Room for backups, at most</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="226" />
            <source>Elke back-up is een volledige kopie van het register. De oudste gaan weg zodra het aantal of de ruimte overschreden wordt; de nieuwste blijft altijd.</source>
            <translation>Each backup is a full copy of the register. The oldest are removed as soon as the number or the room is exceeded; the newest always stays.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="233" />
            <source>Afgesloten dossiers bewaren</source>
            <translation>Keep closed cases</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="236" />
            <source>Taal van het programma</source>
            <translation>Program language</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="237" />
            <source>Een andere taal wordt actief na het herstarten van PrivacyDesk.</source>
            <translation>Another language takes effect after restarting PrivacyDesk.</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="243" />
            <source>&amp;Briefhoofd</source>
            <translation>&amp;Letterhead</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="244" />
            <source>&amp;Termijnen</source>
            <translation>&amp;Deadlines</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="245" />
            <source>&amp;Documenten</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="246" />
            <source>Back-ups en &amp;taal</source>
            <translation>Backups and &amp;language</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="248" />
            <source>&amp;Informatie over de verwerking</source>
            <translation>&amp;Processing information</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="255" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="256" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="260" />
            <source>Set-up eerste start…</source>
            <translation>First-start set-up…</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="331" />
            <source>Logo kiezen</source>
            <translation>Choose logo</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="331" />
            <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location filename="../../privacydesk/gui/settings_dialog.py" line="337" />
            <source>Map met vertrouwde certificaten</source>
            <translation>Folder of trusted certificates</translation>
        </message>
    </context>
    <context>
        <name>TextPromptDialog</name>
        <message>
            <location filename="../../privacydesk/gui/text_prompt_dialog.py" line="44" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>dialog</name>
        <message>
            <location filename="../../privacydesk/gui/inquiry_dialog.py" line="42" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Wacht op identificatie</source>
            <translation>Awaiting identification</translation>
        </message>
        <message>
            <source>In behandeling</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Verlengd</source>
            <translation>Extended</translation>
        </message>
        <message>
            <source>Beantwoord</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Geweigerd</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Ingetrokken</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Nog te beslissen</source>
            <translation>To be decided</translation>
        </message>
        <message>
            <source>Ingewilligd</source>
            <translation>Granted</translation>
        </message>
        <message>
            <source>Gedeeltelijk ingewilligd</source>
            <translation>Partly granted</translation>
        </message>
        <message>
            <source>Niet van toepassing</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <source>Geen persoonsgegevens verwerkt</source>
            <translation>No personal data processed</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Contactformulier</source>
            <translation>Contact form</translation>
        </message>
        <message>
            <source>Telefoon (schriftelijk te bevestigen)</source>
            <translation>Phone (to be confirmed in writing)</translation>
        </message>
        <message>
            <source>Persoonlijk</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Nederlands</source>
            <translation>Dutch</translation>
        </message>
        <message>
            <source>Frans</source>
            <translation>French</translation>
        </message>
        <message>
            <source>Engels</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Klant</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Zakelijke relatie van een klant</source>
            <translation>Business relation of a customer</translation>
        </message>
        <message>
            <source>Abonnee nieuwsbrief</source>
            <translation>Newsletter subscriber</translation>
        </message>
        <message>
            <source>Sollicitant</source>
            <translation>Job applicant</translation>
        </message>
        <message>
            <source>Websitebezoeker</source>
            <translation>Website visitor</translation>
        </message>
        <message>
            <source>Andere</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Op tijd</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Verstrijkt binnenkort</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Tijdig beantwoord</source>
            <translation>Answered on time</translation>
        </message>
        <message>
            <source>Laattijdig beantwoord</source>
            <translation>Answered late</translation>
        </message>
        <message>
            <source>Geen antwoord nodig</source>
            <translation>No answer needed</translation>
        </message>
        <message>
            <source>Termijn verstreken</source>
            <translation>Deadline passed</translation>
        </message>
        <message>
            <source>Termijn verstrijkt binnenkort</source>
            <translation>Deadline coming soon</translation>
        </message>
        <message>
            <source>Eerste termijn nadert: antwoorden of verlengen</source>
            <translation>First deadline near: answer or extend</translation>
        </message>
        <message>
            <source>Wacht al lang op identificatie</source>
            <translation>Waiting long for identification</translation>
        </message>
        <message>
            <source>Kopie identiteitsdocument nog bewaard, niet meer nodig</source>
            <translation>ID copy still held, no longer needed</translation>
        </message>
        <message>
            <source>Vraag van de GBA of een rechtbank te beantwoorden</source>
            <translation>Question from the DPA or a court to answer</translation>
        </message>
        <message>
            <source>Bewaartermijn verstreken: persoonsgegevens verwijderen</source>
            <translation>Retention period over: delete the personal data</translation>
        </message>
        <message>
            <source>Recht op inzage</source>
            <translation>Right of access</translation>
        </message>
        <message>
            <source>Recht op verbetering</source>
            <translation>Right to rectification</translation>
        </message>
        <message>
            <source>Recht op gegevenswissing</source>
            <translation>Right to erasure</translation>
        </message>
        <message>
            <source>Recht op beperking van de verwerking</source>
            <translation>Right to restriction of processing</translation>
        </message>
        <message>
            <source>Recht op overdraagbaarheid</source>
            <translation>Right to data portability</translation>
        </message>
        <message>
            <source>Recht van bezwaar</source>
            <translation>Right to object</translation>
        </message>
        <message>
            <source>Bezwaar tegen direct marketing (prospectie)</source>
            <translation>Objection to direct marketing (prospecting)</translation>
        </message>
        <message>
            <source>Geautomatiseerde besluitvorming</source>
            <translation>Automated decision-making</translation>
        </message>
        <message>
            <source>Toestemming intrekken</source>
            <translation>Withdrawal of consent</translation>
        </message>
        <message>
            <source>Kennelijk ongegrond verzoek</source>
            <translation>Manifestly unfounded request</translation>
        </message>
        <message>
            <source>Buitensporig verzoek (o.a. repetitief)</source>
            <translation>Excessive request (e.g. repetitive)</translation>
        </message>
        <message>
            <source>Identiteit niet vastgesteld</source>
            <translation>Identity not established</translation>
        </message>
        <message>
            <source>Betrokkene niet identificeerbaar</source>
            <translation>Data subject not identifiable</translation>
        </message>
        <message>
            <source>Afbreuk aan de rechten en vrijheden van anderen</source>
            <translation>Adversely affects the rights and freedoms of others</translation>
        </message>
        <message>
            <source>Gegevens zijn juist en volledig</source>
            <translation>Data is accurate and complete</translation>
        </message>
        <message>
            <source>Vrijheid van meningsuiting en informatie</source>
            <translation>Freedom of expression and information</translation>
        </message>
        <message>
            <source>Wettelijke verplichting of taak van algemeen belang</source>
            <translation>Legal obligation or task in the public interest</translation>
        </message>
        <message>
            <source>Algemeen belang op het gebied van volksgezondheid</source>
            <translation>Public interest in the area of public health</translation>
        </message>
        <message>
            <source>Archivering in het algemeen belang, wetenschappelijk of historisch onderzoek</source>
            <translation>Archiving in the public interest, scientific or historical research</translation>
        </message>
        <message>
            <source>Instelling, uitoefening of onderbouwing van een rechtsvordering</source>
            <translation>Establishment, exercise or defence of legal claims</translation>
        </message>
        <message>
            <source>Geen van de voorwaarden voor beperking is vervuld</source>
            <translation>None of the conditions for restriction is met</translation>
        </message>
        <message>
            <source>Verdere verwerking voor een rechtsvordering, de rechten van een ander of een gewichtig algemeen belang</source>
            <translation>Further processing for legal claims, another person's rights or an important public interest</translation>
        </message>
        <message>
            <source>Verwerking niet gebaseerd op toestemming of overeenkomst, of niet geautomatiseerd</source>
            <translation>Processing not based on consent or contract, or not automated</translation>
        </message>
        <message>
            <source>Dwingende gerechtvaardigde gronden die zwaarder wegen</source>
            <translation>Compelling legitimate grounds that override</translation>
        </message>
        <message>
            <source>Noodzakelijk voor het sluiten of uitvoeren van een overeenkomst</source>
            <translation>Necessary for entering into or performing a contract</translation>
        </message>
        <message>
            <source>Toegestaan bij wet, met passende waarborgen</source>
            <translation>Authorised by law, with suitable safeguards</translation>
        </message>
        <message>
            <source>Uitdrukkelijke toestemming van de betrokkene</source>
            <translation>Explicit consent of the data subject</translation>
        </message>
        <message>
            <source>Wettelijke beperking (wet van 30 juli 2018)</source>
            <translation>Statutory restriction (Act of 30 July 2018)</translation>
        </message>
        <message>
            <source>Geen persoonsgegevens van de betrokkene verwerkt</source>
            <translation>No personal data of the data subject processed</translation>
        </message>
        <message>
            <source>In orde</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Niet in orde</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Nog niet gecontroleerd</source>
            <translation>Not checked yet</translation>
        </message>
        <message>
            <source>Verzoek gedateerd</source>
            <translation>Request dated</translation>
        </message>
        <message>
            <source>Verzoek ondertekend</source>
            <translation>Request signed</translation>
        </message>
        <message>
            <source>Voor- en achterzijde aanwezig</source>
            <translation>Front and back present</translation>
        </message>
        <message>
            <source>Niet vervallen op de ontvangstdatum</source>
            <translation>Not expired on the date of receipt</translation>
        </message>
        <message>
            <source>Naam komt overeen met de aanvrager</source>
            <translation>Name matches the requester</translation>
        </message>
        <message>
            <source>Kaartnummer geldig</source>
            <translation>Card number valid</translation>
        </message>
        <message>
            <source>Rijksregisternummer geldig</source>
            <translation>National register number valid</translation>
        </message>
        <message>
            <source>Geboortedatum past bij het rijksregisternummer</source>
            <translation>Date of birth matches the national register number</translation>
        </message>
        <message>
            <source>Volmacht van de vertegenwoordiger gezien</source>
            <translation>Representative's authorisation seen</translation>
        </message>
        <message>
            <source>Bekende klant, schrijft vanaf het adres in ons bestand</source>
            <translation>Known customer, writing from the address on file</translation>
        </message>
        <message>
            <source>Digitaal ondertekend verzoek (eID)</source>
            <translation>Digitally signed request (eID)</translation>
        </message>
        <message>
            <source>Kopie van het identiteitsdocument</source>
            <translation>Copy of the identity document</translation>
        </message>
        <message>
            <source>Persoonlijk vastgesteld</source>
            <translation>Established in person</translation>
        </message>
        <message>
            <source>Nog niet vastgesteld</source>
            <translation>Not yet established</translation>
        </message>
        <message>
            <source>Vastgesteld</source>
            <translation>Established</translation>
        </message>
        <message>
            <source>Controle overgeslagen</source>
            <translation>Check waived</translation>
        </message>
        <message>
            <source>Niet vastgesteld</source>
            <translation>Not established</translation>
        </message>
        <message>
            <source>Identiteitsdocument (voorzijde)</source>
            <translation>Identity document (front)</translation>
        </message>
        <message>
            <source>Identiteitsdocument (achterzijde)</source>
            <translation>Identity document (back)</translation>
        </message>
        <message>
            <source>Ondertekend verzoek</source>
            <translation>Signed request</translation>
        </message>
        <message>
            <source>Volmacht</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <source>Briefwisseling</source>
            <translation>Correspondence</translation>
        </message>
        <message>
            <source>Antwoord</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Ontvangstbevestiging</source>
            <translation>Acknowledgement of receipt</translation>
        </message>
        <message>
            <source>Vraag om ontbrekende stukken of identificatie</source>
            <translation>Request for missing items or identification</translation>
        </message>
        <message>
            <source>Kennisgeving van verlenging</source>
            <translation>Extension notice</translation>
        </message>
        <message>
            <source>Antwoord op het verzoek</source>
            <translation>Answer to the request</translation>
        </message>
        <message>
            <source>Kennisgeving van geen gevolg (art. 12(4))</source>
            <translation>Notice of no action (Art. 12(4))</translation>
        </message>
        <message>
            <source>Lijst van ontvangers (art. 19)</source>
            <translation>List of recipients (Art. 19)</translation>
        </message>
        <message>
            <source>Datum op het verzoek</source>
            <translation>Date on the request</translation>
        </message>
        <message>
            <source>Handtekening</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Kopie identiteitskaart (voor- en achterzijde)</source>
            <translation>Copy of identity card (front and back)</translation>
        </message>
        <message>
            <source>Volmacht van de vertegenwoordiger</source>
            <translation>Representative's mandate</translation>
        </message>
        <message>
            <source>Klacht via de GBA</source>
            <translation>Complaint through the DPA</translation>
        </message>
        <message>
            <source>Informatievraag van de GBA</source>
            <translation>Information request from the DPA</translation>
        </message>
        <message>
            <source>Vraag van een rechtbank</source>
            <translation>Question from a court</translation>
        </message>
        <message>
            <source>Vul de naam van de aanvrager in.</source>
            <translation>Enter the requester's name.</translation>
        </message>
        <message>
            <source>De naam is te lang (ten hoogste 200 tekens); kort ze in.</source>
            <translation>The name is too long (200 characters at most); shorten it.</translation>
        </message>
        <message>
            <source>Dit e-mailadres is niet geldig.</source>
            <translation>This e-mail address is not valid.</translation>
        </message>
        <message>
            <source>De ontvangstdatum kan niet in de toekomst liggen.</source>
            <translation>The date of receipt cannot be in the future.</translation>
        </message>
        <message>
            <source>De AVG geldt sinds 25 mei 2018; controleer de ontvangstdatum.</source>
            <translation>The GDPR applies since 25 May 2018; check the date of receipt.</translation>
        </message>
        <message>
            <source>De datum van de brief kan niet in de toekomst liggen.</source>
            <translation>The letter's date cannot be in the future.</translation>
        </message>
        <message>
            <source>De brief kan niet gedateerd zijn na de ontvangst.</source>
            <translation>The letter cannot be dated after it was received.</translation>
        </message>
        <message>
            <source>Kies minstens één recht.</source>
            <translation>Choose at least one right.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>{start}; {clock}.</source>
            <translation>{start}; {clock}.</translation>
        </message>
        <message>
            <source>Eén maand vanaf ontvangst (art. 12(3) AVG); de verlenging werd pas na de eerste termijn gemeld en is dus niet rechtsgeldig: de termijn blijft één maand</source>
            <translation>One month from receipt (Art. 12(3) GDPR); the extension was notified only after the first deadline and is therefore not valid: the deadline stays one month</translation>
        </message>
        <message>
            <source>klok niet gepauzeerd</source>
            <translation>clock not paused</translation>
        </message>
        <message>
            <source>Termijn {days} dagen gepauzeerd van {start} tot {arrived} in afwachting van identificatie (EDPB-richtsnoeren 01/2022 §159).</source>
            <translation>Time limit paused for {days} days from {start} to {arrived} while waiting for identification (EDPB Guidelines 01/2022 §159).</translation>
        </message>
        <message>
            <source>Eén maand vanaf ontvangst (art. 12(3) AVG), verlengd met twee maanden</source>
            <translation>One month from receipt (Art. 12(3) GDPR), extended by two months</translation>
        </message>
        <message>
            <source>Eén maand vanaf ontvangst (art. 12(3) AVG)</source>
            <translation>One month from receipt (Art. 12(3) GDPR)</translation>
        </message>
        <message>
            <source>klok 1 dag gepauzeerd voor identificatie</source>
            <translation>clock paused 1 day for identification</translation>
        </message>
        <message>
            <source>klok {days} dagen gepauzeerd voor identificatie</source>
            <translation>clock paused {days} days for identification</translation>
        </message>
        <message>
            <source>Geen pauze: de termijn loopt door tijdens het wachten op identificatie (strikte lezing van art. 12(3) AVG).</source>
            <translation>No pause: the time limit keeps running while waiting for identification (strict reading of Art. 12(3) GDPR).</translation>
        </message>
        <message>
            <source>Geen pauze: de identificatie werd pas {delay} dagen na ontvangst gevraagd, later dan de toegestane {max_delay} dagen.</source>
            <translation>No pause: identification was only asked {delay} days after receipt, later than the {max_delay} days allowed.</translation>
        </message>
        <message>
            <source>Termijn gepauzeerd sinds {start} in afwachting van identificatie, tot nu {days} dagen (EDPB-richtsnoeren 01/2022 §159).</source>
            <translation>Time limit paused since {start} while waiting for identification, {days} days so far (EDPB Guidelines 01/2022 §159).</translation>
        </message>
        <message>
            <source>De ontvangstdatum van de vraag kan niet in de toekomst liggen.</source>
            <translation>The day the question was received cannot be in the future.</translation>
        </message>
        <message>
            <source>De uiterste datum kan niet vóór de ontvangst van de vraag liggen.</source>
            <translation>The due date cannot be before the question was received.</translation>
        </message>
        <message>
            <source>De antwoorddatum kan niet in de toekomst liggen.</source>
            <translation>The answer date cannot be in the future.</translation>
        </message>
        <message>
            <source>De antwoorddatum kan niet vóór de ontvangst van de vraag liggen.</source>
            <translation>The answer date cannot be before the question was received.</translation>
        </message>
        <message>
            <source>geen toegang</source>
            <translation>access denied</translation>
        </message>
        <message>
            <source>de schijf is vol</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>dat is een map</source>
            <translation>that is a folder</translation>
        </message>
        <message>
            <source>de map of het bestand bestaat niet</source>
            <translation>the folder or file does not exist</translation>
        </message>
        <message>
            <source>een deel van het pad is geen map</source>
            <translation>part of the path is not a folder</translation>
        </message>
        <message>
            <source>de schijf is alleen-lezen</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>de naam is te lang</source>
            <translation>the name is too long</translation>
        </message>
        <message>
            <source>Het dossier is afgesloten; vernietig de kopie van het identiteitsdocument (dataminimalisatie).</source>
            <translation>The case is closed; destroy the copy of the identity document (data minimisation).</translation>
        </message>
        <message>
            <source>De identiteit is geverifieerd; vernietig de kopie van het identiteitsdocument (dataminimalisatie).</source>
            <translation>The identity is verified; destroy the copy of the identity document (data minimisation).</translation>
        </message>
        <message>
            <source>De identiteitscontrole werd overgeslagen, dus de kopie is niet nodig; vernietig ze (dataminimalisatie).</source>
            <translation>The identity check was waived, so the copy is not needed; destroy it (data minimisation).</translation>
        </message>
        <message>
            <source>Identificatie gevraagd {days} dagen geleden, nog niets ontvangen.</source>
            <translation>Identification asked for {days} days ago, nothing received yet.</translation>
        </message>
        <message>
            <source>{days} dagen te laat (uiterste datum {due}).</source>
            <translation>{days} days late (due date {due}).</translation>
        </message>
        <message>
            <source>Eerste termijn op {first_due}: antwoord of meld de verlenging met redenen vóór die dag.</source>
            <translation>First deadline on {first_due}: answer, or notify the extension with reasons before that day.</translation>
        </message>
        <message>
            <source>Nog {days} dagen (uiterste datum {due}).</source>
            <translation>{days} days left (due date {due}).</translation>
        </message>
        <message>
            <source>1 dag te laat (uiterste datum {due}).</source>
            <translation>1 day late (due date {due}).</translation>
        </message>
        <message>
            <source>Vandaag is de laatste dag (uiterste datum {due}).</source>
            <translation>Today is the last day (due date {due}).</translation>
        </message>
        <message>
            <source>Nog 1 dag (uiterste datum {due}).</source>
            <translation>1 day left (due date {due}).</translation>
        </message>
        <message>
            <source>Het antwoord spreekt zichzelf tegen: bij {none} staat dat wij geen persoonsgegevens over de betrokkene verwerken, maar {held} werd (gedeeltelijk) ingewilligd. Pas een van beide uitkomsten aan.</source>
            <translation>The answer contradicts itself: {none} says that we process no personal data about the data subject, but {held} was (partly) granted. Change one of the two outcomes.</translation>
        </message>
        <message>
            <source>Een weigering moet een rechtsgrond vermelden.</source>
            <translation>A refusal must state a legal ground.</translation>
        </message>
        <message>
            <source>De rechtsgrond {article} past niet bij {right}.</source>
            <translation>The legal ground {article} does not apply to the {right}.</translation>
        </message>
        <message>
            <source>Alleen een (gedeeltelijke) weigering heeft een rechtsgrond.</source>
            <translation>Only a (partial) refusal has a legal ground.</translation>
        </message>
        <message>
            <source>De naam van de verwerkingsverantwoordelijke is verplicht.</source>
            <translation>The controller's name is required.</translation>
        </message>
        <message>
            <source>Het adres staat op elke brief en is verplicht.</source>
            <translation>The address is on every letter and is required.</translation>
        </message>
        <message>
            <source>De plaats staat in de datumregel van elke brief.</source>
            <translation>The place is in the date line of every letter.</translation>
        </message>
        <message>
            <source>Dit ondernemingsnummer klopt niet: tien cijfers, beginnend met 0 of 1, waarvan de laatste twee het controlegetal zijn (bv. 0123.456.749).</source>
            <translation>This enterprise number is not right: ten digits, starting with 0 or 1, the last two being the check digits (e.g. 0123.456.749).</translation>
        </message>
        <message>
            <source>Kies Nederlands of Engels.</source>
            <translation>Choose Dutch or English.</translation>
        </message>
        <message>
            <source>Kies een waarde van {low} tot {high}.</source>
            <translation>Choose a value from {low} to {high}.</translation>
        </message>
        <message>
            <source>Een tekst bevat een ongeldig teken ({code_point}, de helft van een tekenpaar dat niet bewaard kan worden); er werd niets opgeslagen. Typ of plak de tekst opnieuw.</source>
            <translation>A text holds an invalid character ({code_point}, half of a character pair that cannot be stored); nothing was saved. Type or paste the text again.</translation>
        </message>
        <message>
            <source>Een dossier met status '{current}' kan niet naar '{new}'.</source>
            <translation>A case with status '{current}' cannot move to '{new}'.</translation>
        </message>
        <message>
            <source>De antwoorddatum kan niet vóór de ontvangst liggen.</source>
            <translation>The answer date cannot be before receipt.</translation>
        </message>
        <message>
            <source>Verlengen gebeurt met 'Termijn verlengen', dat de redenen vraagt.</source>
            <translation>Extending is done with 'Extend deadline', which asks for the reasons.</translation>
        </message>
        <message>
            <source>Het dossier kan pas '{status}' worden als de identiteit is vastgesteld of de controle met een reden is overgeslagen.</source>
            <translation>The case can become '{status}' only once the identity is established or the check is waived with a reason.</translation>
        </message>
        <message>
            <source>Een dossier zonder antwoorddatum kan niet worden afgesloten.</source>
            <translation>A case without an answer date cannot be closed.</translation>
        </message>
        <message>
            <source>Dit dossier werd al verlengd.</source>
            <translation>This case has already been extended.</translation>
        </message>
        <message>
            <source>De gevraagde informatie kan niet vóór de vraag ({asked}) binnengekomen zijn.</source>
            <translation>The information asked for cannot have arrived before it was asked for ({asked}).</translation>
        </message>
        <message>
            <source>'{name}' zit al bij het dossier als '{other}', met de rol {role}.</source>
            <translation>'{name}' is already on the case as '{other}', with the role {role}.</translation>
        </message>
        <message>
            <source>'{name}' zit al bij het dossier, met de rol {role}.</source>
            <translation>'{name}' is already on the case, with the role {role}.</translation>
        </message>
        <message>
            <source>De map met vertrouwde certificaten ({folder}) bestaat niet; pas de instellingen aan.</source>
            <translation>The folder of trusted certificates ({folder}) does not exist; change the settings.</translation>
        </message>
        <message>
            <source>Dit document bestaat niet (meer).</source>
            <translation>This document does not exist (any more).</translation>
        </message>
        <message>
            <source>{name}: {problem}</source>
            <translation>{name}: {problem}</translation>
        </message>
        <message>
            <source>Het register is nog in gebruik door een ander programma; sluit het en probeer opnieuw. Er werd niets teruggezet.</source>
            <translation>The register is still in use by another program; close it and try again. Nothing was restored.</translation>
        </message>
        <message>
            <source>Een back-up kan niet over het register zelf geschreven worden.</source>
            <translation>A backup cannot be written over the register itself.</translation>
        </message>
        <message>
            <source>{target} bestaat al; kies een andere naam.</source>
            <translation>{target} already exists; choose another name.</translation>
        </message>
        <message>
            <source>Dit is het register zelf, geen back-up.</source>
            <translation>This is the register itself, not a backup.</translation>
        </message>
        <message>
            <source>De map {folder} kan niet aangemaakt worden: {reason}.</source>
            <translation>The folder {folder} cannot be created: {reason}.</translation>
        </message>
        <message>
            <source>De back-up naar {target} is mislukt: {reason}.</source>
            <translation>The backup to {target} failed: {reason}.</translation>
        </message>
        <message>
            <source>Terugzetten is mislukt ({detail}); het register is ongewijzigd. De toestand van vóór de poging staat ook in {safety}.</source>
            <translation>Restoring failed ({detail}); the register is unchanged. The state from before the attempt is also in {safety}.</translation>
        </message>
        <message>
            <source>Dossier {case_id} bestaat niet (meer).</source>
            <translation>Case {case_id} does not exist (any more).</translation>
        </message>
        <message>
            <source>Vermeld waarom de termijn verlengd wordt; de redenen komen in de brief.</source>
            <translation>State why the time limit is extended; the reasons go into the letter.</translation>
        </message>
        <message>
            <source>Vul de ontvanger en de manier van kennisgeving in.</source>
            <translation>Enter the recipient and how they were notified.</translation>
        </message>
        <message>
            <source>De datum van kennisgeving kan niet in de toekomst liggen.</source>
            <translation>The notification date cannot be in the future.</translation>
        </message>
        <message>
            <source>Er is geen dossier met kenmerk {reference}.</source>
            <translation>There is no case with reference {reference}.</translation>
        </message>
        <message>
            <source>De eerste termijn liep af op {first_due}; een verlenging moet binnen de eerste maand gemeld worden. Geef een reden om toch te verlengen.</source>
            <translation>The first deadline ended on {first_due}; an extension must be notified within the first month. Give a reason to extend anyway.</translation>
        </message>
        <message>
            <source>Dit recht hoort niet bij het dossier.</source>
            <translation>This right does not belong to the case.</translation>
        </message>
        <message>
            <source>Het register is even in gebruik door een collega; er werd niets gewijzigd. Probeer het opnieuw.</source>
            <translation>The register is briefly in use by a colleague; nothing was changed. Please try again.</translation>
        </message>
        <message>
            <source>Het register is alleen-lezen geworden; er werd niets gewijzigd.</source>
            <translation>The register has become read-only; nothing was changed.</translation>
        </message>
        <message>
            <source>De schijf is vol; er werd niets gewijzigd.</source>
            <translation>The disk is full; nothing was changed.</translation>
        </message>
        <message>
            <source>De registerdatabank is niet bereikbaar of weigerde de wijziging ({reason}); er werd niets gewijzigd.</source>
            <translation>The register database cannot be reached or refused the change ({reason}); nothing was changed.</translation>
        </message>
        <message>
            <source>(is het bestand nog open in Excel?)</source>
            <translation>(is the file still open in Excel?)</translation>
        </message>
        <message>
            <source>(is het bestand nog open in een PDF-lezer?)</source>
            <translation>(is the file still open in a PDF reader?)</translation>
        </message>
        <message>
            <source>Er werd geen bestandsnaam opgegeven; geef de naam van het bestand.</source>
            <translation>No file name was given; give the name of the file.</translation>
        </message>
        <message>
            <source>{path} kan niet geschreven worden: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <source>{path} kan niet geschreven worden: {reason} {hint}.</source>
            <translation>{path} cannot be written: {reason} {hint}.</translation>
        </message>
        <message>
            <source>Vermeld waarom de identiteit niet verder gecontroleerd wordt.</source>
            <translation>State why identity is not checked further.</translation>
        </message>
        <message>
            <source>Vermeld waarom de identiteit niet vastgesteld kon worden.</source>
            <translation>State why identity could not be established.</translation>
        </message>
        <message>
            <source>De gevraagde informatie kan niet in de toekomst binnenkomen.</source>
            <translation>The requested information cannot arrive in the future.</translation>
        </message>
        <message>
            <source>Vermeld hoe de identiteit werd vastgesteld.</source>
            <translation>State how identity was established.</translation>
        </message>
        <message>
            <source>De kopie van het identiteitsdocument volstaat nog niet om de identiteit vast te stellen; niet in orde of nog niet gecontroleerd: {names}.</source>
            <translation>The copy of the identity document does not yet establish the identity; not in order or not yet checked: {names}.</translation>
        </message>
        <message>
            <source>Vermeld wat aan de GBA of de rechtbank bezorgd werd.</source>
            <translation>State what was sent to the DPA or the court.</translation>
        </message>
        <message>
            <source>Deze vraag bestaat niet (meer).</source>
            <translation>This inquiry does not exist (any more).</translation>
        </message>
        <message>
            <source>Opgelet: de brief {kind} van {day} in dossier {reference} (brief nr. {number}) werd gewijzigd nadat hij werd uitgegeven: de bytes in het register kloppen niet met de SHA-256 van de uitgifte. Hij wordt niet getoond, afgedrukt of bewaard. Zet een back-up terug en voer 'privacydesk verify-audit' uit.</source>
            <translation>Warning: the letter {kind} of {day} in case {reference} (letter no. {number}) was changed after it was issued: the bytes in the register do not match the SHA-256 recorded at issue. It is not shown, printed or saved. Restore a backup and run 'privacydesk verify-audit'.</translation>
        </message>
        <message>
            <source>Opgelet: het document '{name}' in dossier {reference} (document nr. {number}) werd gewijzigd nadat het werd toegevoegd: de bytes in het register kloppen niet met de opgeslagen SHA-256. Het wordt niet getoond, afgedrukt of bewaard. Zet een back-up terug en voer 'privacydesk verify-audit' uit.</source>
            <translation>Warning: the document '{name}' in case {reference} (document no. {number}) was changed after it was added: the bytes in the register do not match the stored SHA-256. It is not shown, printed or saved. Restore a backup and run 'privacydesk verify-audit'.</translation>
        </message>
        <message>
            <source>De eerste termijn van dossier {ref} liep af op {day}; een verlenging moet binnen de eerste maand gemeld worden (art. 12(3) AVG) en een latere kennisgeving is niet rechtsgeldig. Beantwoord het verzoek zo snel mogelijk.</source>
            <translation>The first deadline of case {ref} ended on {day}; an extension must be notified within the first month (Art. 12(3) GDPR) and a later notice has no legal effect. Answer the request as soon as possible.</translation>
        </message>
        <message>
            <source>Een {kind} past niet bij dossier {ref} in zijn huidige toestand.</source>
            <translation>A letter of the kind '{kind}' does not fit case {ref} in its current state.</translation>
        </message>
        <message>
            <source>Een volmacht vraagt u alleen wanneer iemand namens de betrokkene optreedt; vul eerst de vertegenwoordiger in bij het dossier.</source>
            <translation>Ask for an authorisation only when someone acts on the data subject's behalf; first enter the representative in the case.</translation>
        </message>
        <message>
            <source>De rechtsgrond {article} past niet bij een kennisgeving van geen gevolg (art. 12(4) AVG).</source>
            <translation>The legal ground {article} does not fit a notice that no action will be taken (Art. 12(4) GDPR).</translation>
        </message>
        <message>
            <source>Een brief zonder tekst kan niet verstuurd worden.</source>
            <translation>A letter without text cannot be sent.</translation>
        </message>
        <message>
            <source>De volmacht van de vertegenwoordiger van dossier {ref} is niet (meer) als gezien aangevinkt; de brief wordt niet uitgegeven.</source>
            <translation>The representative's authorisation for case {ref} is not (or no longer) ticked as seen; the letter is not issued.</translation>
        </message>
        <message>
            <source>Een brief van een Belgische vennootschap vermeldt haar rechtsvorm, maatschappelijke zetel, ondernemingsnummer en rechtspersonenregister (art. 2:20 WVV). Vul eerst in bij Bestand › Instellingen › Briefhoofd: {missing}.</source>
            <translation>A Belgian company's letter states its legal form, registered office, enterprise number and register of legal entities (Art. 2:20 Code of Companies and Associations). First fill in under File › Settings › Letterhead: {missing}.</translation>
        </message>
        <message>
            <source>Deze brief bestaat niet (meer).</source>
            <translation>This letter does not exist (any more).</translation>
        </message>
        <message>
            <source>Dossier {ref} werd ingediend door een vertegenwoordiger ({who}), maar diens volmacht is nog niet als gezien aangevinkt bij Identiteit. Zonder volmacht gaat er geen antwoord naar de vertegenwoordiger; vraag ze op met de brief om ontbrekende stukken.</source>
            <translation>Case {ref} was filed by a representative ({who}), but their authorisation is not yet ticked as seen under Identity. Without it no answer goes to the representative; ask for it with the letter requesting missing items.</translation>
        </message>
        <message>
            <source>Het register is beschadigd: de instelling '{key}' is onleesbaar (geen geldige JSON). Er werd niets gewijzigd; zet een back-up terug of vraag hulp.</source>
            <translation>The register is damaged: the setting '{key}' cannot be read (not valid JSON). Nothing was changed; restore a backup or ask for help.</translation>
        </message>
        <message>
            <source>Vraag{their} ontvangen op {received}: antwoord uiterlijk {deadline}, {when}.</source>
            <translation>Question{their} received on {received}: answer by {deadline}, {when}.</translation>
        </message>
        <message>
            <source>1 dag te laat</source>
            <translation>1 day late</translation>
        </message>
        <message>
            <source>{days} dagen te laat</source>
            <translation>{days} days late</translation>
        </message>
        <message>
            <source>nog 1 dag</source>
            <translation>1 day left</translation>
        </message>
        <message>
            <source>nog {days} dagen</source>
            <translation>{days} days left</translation>
        </message>
        <message>
            <source>Afgesloten op {closed}; de bewaartermijn van {years} jaar liep af op {end}.</source>
            <translation>Closed on {closed}; the retention period of {years} years ended on {end}.</translation>
        </message>
        <message>
            <source>Een jaarverslag kan gaan over een jaar van 2000 tot {last}.</source>
            <translation>A yearly report can cover a year from 2000 to {last}.</translation>
        </message>
        <message>
            <source>Het jaarverslag bestaat in het Nederlands, Frans of Engels.</source>
            <translation>The yearly report exists in Dutch, French or English.</translation>
        </message>
        <message>
            <source>Een van de gekozen dossiers is niet (meer) aan verwijdering toe; er werd niets verwijderd.</source>
            <translation>One of the chosen cases is not (or no longer) due for deletion; nothing was deleted.</translation>
        </message>
        <message>
            <source>server-setup verwacht de URL van een PostgreSQL-server, bv. postgresql://postgres@server/postgres.</source>
            <translation>server-setup expects the URL of a PostgreSQL server, e.g. postgresql://postgres@server/postgres.</translation>
        </message>
        <message>
            <source>Vul server, databank en login in.</source>
            <translation>Fill in the server, database and login.</translation>
        </message>
        <message>
            <source>Geef de URL van de server, bv. postgresql://gebruiker@server/privacydesk.</source>
            <translation>Give the server's URL, e.g. postgresql://user@server/privacydesk.</translation>
        </message>
        <message>
            <source>Dit register staat al op een databankserver.</source>
            <translation>This register is already on a database server.</translation>
        </message>
        <message>
            <source>--to verwacht de URL van een PostgreSQL-databank, bv. postgresql://jan@server/privacydesk.</source>
            <translation>--to expects the URL of a PostgreSQL database, e.g. postgresql://jan@server/privacydesk.</translation>
        </message>
        <message>
            <source>pg_dump is mislukt: {reason}</source>
            <translation>pg_dump failed: {reason}</translation>
        </message>
        <message>
            <source>De kopie in {shown} wijkt af in {tables}; gebruik ze niet. Het register zelf is ongewijzigd.</source>
            <translation>The copy in {shown} differs in {tables}; do not use it. The register itself is unchanged.</translation>
        </message>
        <message>
            <source>Het auditspoor in {shown} klopt niet ({problem}); gebruik de kopie niet. Het register zelf is ongewijzigd.</source>
            <translation>The audit trail in {shown} does not verify ({problem}); do not use the copy. The register itself is unchanged.</translation>
        </message>
        <message>
            <source>De databank {shown} heeft al een andere auditsleutel; verhuis het register naar een nieuwe, lege databank. Het register zelf is ongewijzigd.</source>
            <translation>The database {shown} already has another audit key; move the register to a new, empty database. The register itself is unchanged.</translation>
        </message>
        <message>
            <source>pg_dump kon niet starten: {reason}.</source>
            <translation>pg_dump could not start: {reason}.</translation>
        </message>
        <message>
            <source>De databank {shown} is niet leeg ({tables}); een register wordt alleen naar een lege databank verhuisd. Er werd niets gewijzigd.</source>
            <translation>The database {shown} is not empty ({tables}); a register is moved only to an empty database. Nothing was changed.</translation>
        </message>
        <message>
            <source>Het kopiëren naar {shown} is mislukt ({reason}); de databank bleef leeg en het register zelf is ongewijzigd.</source>
            <translation>Copying to {shown} failed ({reason}); the database stayed empty and the register itself is unchanged.</translation>
        </message>
        <message>
            <source>Dit is geen getuige van het auditspoor: verwacht het getuigenbestand naast een back-up (eindigend op .witness.txt) of '#nummer hash' zoals onderaan een brief.</source>
            <translation>This is not a witness of the audit trail: expected the witness file beside a backup (ending in .witness.txt) or '#number hash' as at the bottom of a letter.</translation>
        </message>
        <message>
            <source>Geef bij --witness een getuigenbestand (naast een back-up, eindigend op .witness.txt) of '#nummer hash' zoals onderaan een brief.</source>
            <translation>Give --witness a witness file (beside a backup, ending in .witness.txt) or '#number hash' as at the bottom of a letter.</translation>
        </message>
        <message>
            <source>De getuige {path} is leeg: verwacht het getuigenbestand naast een back-up.</source>
            <translation>The witness {path} is empty: expected the witness file beside a backup.</translation>
        </message>
        <message>
            <source>{path} is geen getuige van het auditspoor: verwacht het getuigenbestand naast een back-up (eindigend op .witness.txt) of '#nummer hash' zoals onderaan een brief.</source>
            <translation>{path} is not a witness of the audit trail: expected the witness file beside a backup (ending in .witness.txt) or '#number hash' as at the bottom of a letter.</translation>
        </message>
        <message>
            <source>De getuige {path} bestaat niet of kan niet gelezen worden.</source>
            <translation>The witness {path} does not exist or cannot be read.</translation>
        </message>
        <message>
            <source>'{line}' is geen getuige: verwacht '#nummer hash' zoals onderaan een brief (het nummer en minstens {chars} tekens van de hash).</source>
            <translation>'{line}' is not a witness: expected '#number hash' as at the bottom of a letter (the number and at least {chars} characters of the hash).</translation>
        </message>
        <message>
            <source>Dit bestand is geen e-mail (.eml of .msg) maar {kind}.</source>
            <translation>This file is not an e-mail (.eml or .msg) but {kind}.</translation>
        </message>
        <message>
            <source>Dit bestand is geen leesbare e-mail: afzender, onderwerp en datum ontbreken.</source>
            <translation>This file is not a readable e-mail: sender, subject and date are missing.</translation>
        </message>
        <message>
            <source>Dit bestand is leeg en bevat geen e-mail.</source>
            <translation>This file is empty and holds no e-mail.</translation>
        </message>
        <message>
            <source>Deze e-mail is beschadigd en kan niet gelezen worden.</source>
            <translation>This e-mail is damaged and cannot be read.</translation>
        </message>
        <message>
            <source>Deze e-mail is beschadigd en kan niet volledig gelezen worden.</source>
            <translation>This e-mail is damaged and cannot be read completely.</translation>
        </message>
        <message>
            <source>Dit Outlook-bestand (.msg) is geen e-mailbericht maar bijvoorbeeld een afspraak, contactpersoon of taak.</source>
            <translation>This Outlook file (.msg) is not an e-mail message but, for example, an appointment, contact or task.</translation>
        </message>
        <message>
            <source>Dit Outlook-bericht (.msg) kan niet volledig gelezen worden, misschien is een bijlage beschadigd; bewaar de bijlagen dan afzonderlijk vanuit Outlook.</source>
            <translation>This Outlook message (.msg) cannot be read completely, perhaps an attachment is damaged; then save the attachments separately from Outlook.</translation>
        </message>
        <message>
            <source>een PDF van meer dan {limit} pagina's, meer dan een verzoek ooit telt</source>
            <translation>a PDF of more than {limit} pages, more than any request ever has</translation>
        </message>
        <message>
            <source>een PDF die bij het openen onredelijk groot zou worden (meer dan {size} MB aan pagina-inhoud, een 'compressiebom')</source>
            <translation>a PDF that would grow unreasonably large when opened (more than {size} MB of page content, a 'compression bomb')</translation>
        </message>
        <message>
            <source>een beschadigde PDF: de lijst van pagina's verwijst naar zichzelf</source>
            <translation>a damaged PDF: its list of pages refers to itself</translation>
        </message>
        <message>
            <source>Dit document is geen PDF, dus het kan geen digitale handtekening dragen.</source>
            <translation>This document is not a PDF, so it cannot carry a digital signature.</translation>
        </message>
        <message>
            <source>Een van de ingestelde vertrouwde basiscertificaten is onleesbaar; controleer de map met vertrouwde certificaten in de instellingen.</source>
            <translation>One of the configured trusted root certificates cannot be read; check the trusted certificates folder in the settings.</translation>
        </message>
        <message>
            <source>Deze PDF is met een wachtwoord beveiligd; de handtekeningen kunnen niet gecontroleerd worden.</source>
            <translation>This PDF is password-protected; its signatures cannot be checked.</translation>
        </message>
        <message>
            <source>De handtekeningen in deze PDF kunnen niet gelezen worden: het bestand is beschadigd.</source>
            <translation>The signatures in this PDF cannot be read: the file is damaged.</translation>
        </message>
        <message>
            <source>een PDF-document</source>
            <translation>a PDF document</translation>
        </message>
        <message>
            <source>een JPEG-afbeelding</source>
            <translation>a JPEG image</translation>
        </message>
        <message>
            <source>een PNG-afbeelding</source>
            <translation>a PNG image</translation>
        </message>
        <message>
            <source>een TIFF-afbeelding</source>
            <translation>a TIFF image</translation>
        </message>
        <message>
            <source>een e-mail</source>
            <translation>an e-mail</translation>
        </message>
        <message>
            <source>een Outlook-bericht</source>
            <translation>an Outlook message</translation>
        </message>
        <message>
            <source>een Windows-programma</source>
            <translation>a Windows program</translation>
        </message>
        <message>
            <source>een programma</source>
            <translation>a program</translation>
        </message>
        <message>
            <source>een script</source>
            <translation>a script</translation>
        </message>
        <message>
            <source>een zip-archief</source>
            <translation>a zip archive</translation>
        </message>
        <message>
            <source>een Word-document</source>
            <translation>a Word document</translation>
        </message>
        <message>
            <source>een Excel-bestand</source>
            <translation>an Excel file</translation>
        </message>
        <message>
            <source>een PowerPoint-bestand</source>
            <translation>a PowerPoint file</translation>
        </message>
        <message>
            <source>een OpenDocument-bestand</source>
            <translation>an OpenDocument file</translation>
        </message>
        <message>
            <source>een Word-document in het oude formaat</source>
            <translation>a Word document in the old format</translation>
        </message>
        <message>
            <source>een Excel-bestand in het oude formaat</source>
            <translation>an Excel file in the old format</translation>
        </message>
        <message>
            <source>een onbekend of beschadigd Office- of Outlook-bestand</source>
            <translation>an unknown or damaged Office or Outlook file</translation>
        </message>
        <message>
            <source>een Outlook-bijlagenpakket (winmail.dat)</source>
            <translation>an Outlook attachment package (winmail.dat)</translation>
        </message>
        <message>
            <source>een rar-archief</source>
            <translation>a rar archive</translation>
        </message>
        <message>
            <source>een 7-Zip-archief</source>
            <translation>a 7-Zip archive</translation>
        </message>
        <message>
            <source>een gzip-archief</source>
            <translation>a gzip archive</translation>
        </message>
        <message>
            <source>een GIF-afbeelding</source>
            <translation>a GIF image</translation>
        </message>
        <message>
            <source>een BMP-afbeelding</source>
            <translation>a BMP image</translation>
        </message>
        <message>
            <source>een WebP-afbeelding</source>
            <translation>a WebP image</translation>
        </message>
        <message>
            <source>een HEIC-foto (het formaat van een iPhone)</source>
            <translation>a HEIC photo (an iPhone's format)</translation>
        </message>
        <message>
            <source>een AVIF-afbeelding</source>
            <translation>an AVIF image</translation>
        </message>
        <message>
            <source>een SVG-tekening</source>
            <translation>an SVG drawing</translation>
        </message>
        <message>
            <source>een video</source>
            <translation>a video</translation>
        </message>
        <message>
            <source>een RTF-document</source>
            <translation>an RTF document</translation>
        </message>
        <message>
            <source>een PostScript-bestand</source>
            <translation>a PostScript file</translation>
        </message>
        <message>
            <source>een webpagina (HTML)</source>
            <translation>a web page (HTML)</translation>
        </message>
        <message>
            <source>een tekstbestand</source>
            <translation>a text file</translation>
        </message>
        <message>
            <source>een bestandstype dat PrivacyDesk niet kent</source>
            <translation>a file type PrivacyDesk does not know</translation>
        </message>
        <message>
            <source>'{name}' is een afbeelding van {width} × {height} beeldpunten, veel te groot voor een scan (de grens is {limit} megapixel), en werd niet geopend.</source>
            <translation>'{name}' is an image of {width} × {height} pixels, far too large for a scan (the limit is {limit} megapixels), and was not opened.</translation>
        </message>
        <message>
            <source>'{name}' is een onvolledige PDF: het einde van het bestand ontbreekt, misschien werd het niet helemaal gedownload of gescand.</source>
            <translation>'{name}' is an incomplete PDF: the end of the file is missing; perhaps it was not fully downloaded or scanned.</translation>
        </message>
        <message>
            <source>'{name}' is een PDF zonder pagina's.</source>
            <translation>'{name}' is a PDF without pages.</translation>
        </message>
        <message>
            <source>'{name}' is leeg (0 bytes) en werd niet toegevoegd.</source>
            <translation>'{name}' is empty (0 bytes) and was not added.</translation>
        </message>
        <message>
            <source>'{name}' is {size} MB groot; de limiet is {limit} MB (aan te passen in de instellingen).</source>
            <translation>'{name}' is {size} MB; the limit is {limit} MB (adjustable in the settings).</translation>
        </message>
        <message>
            <source>'{name}' is {kind}, geen PDF, JPEG, PNG, TIFF of e-mail, en werd daarom niet toegevoegd.</source>
            <translation>'{name}' is {kind}, not a PDF, JPEG, PNG, TIFF or e-mail, and so was not added.</translation>
        </message>
        <message>
            <source>'{name}' is {reason}, en werd niet toegevoegd.</source>
            <translation>'{name}' is {reason}, and was not added.</translation>
        </message>
        <message>
            <source>'{name}' is een beschadigde PDF die niet gelezen kan worden.</source>
            <translation>'{name}' is a damaged PDF that cannot be read.</translation>
        </message>
        <message>
            <source>'{name}' is een afbeelding die bij het openen onredelijk groot zou worden (meer dan {limit} megapixel) en werd niet geopend.</source>
            <translation>'{name}' is an image that would grow unreasonably large when opened (more than {limit} megapixels) and was not opened.</translation>
        </message>
        <message>
            <source>'{name}' is een beschadigde of onvolledige afbeelding.</source>
            <translation>'{name}' is a damaged or incomplete image.</translation>
        </message>
        <message>
            <source>'{name}' is met een wachtwoord beveiligd; vraag de aanvrager om een versie zonder wachtwoord.</source>
            <translation>'{name}' is protected with a password; ask the requester for a version without a password.</translation>
        </message>
        <message>
            <source>'{name}' bevat {frames} afbeeldingen, meer dan een scan ooit telt.</source>
            <translation>'{name}' holds {frames} images, more than any scan ever has.</translation>
        </message>
        <message>
            <source>Een register in het geheugen wordt niet ondersteund.</source>
            <translation>An in-memory register is not supported.</translation>
        </message>
        <message>
            <source>de rechtsvorm</source>
            <translation>the legal form</translation>
        </message>
        <message>
            <source>een geldig ondernemingsnummer</source>
            <translation>a valid enterprise number</translation>
        </message>
        <message>
            <source>het rechtspersonenregister (RPR)</source>
            <translation>the register of legal entities (RPR)</translation>
        </message>
        <message>
            <source>De brief kan nog niet gemaakt worden; nog nodig: {needed}.</source>
            <translation>The letter cannot be made yet; still needed: {needed}.</translation>
        </message>
        <message>
            <source>de aanspreking</source>
            <translation>the salutation</translation>
        </message>
        <message>
            <source>de slotformule</source>
            <translation>the closing formula</translation>
        </message>
        <message>
            <source>het kenmerk van het dossier</source>
            <translation>the case reference</translation>
        </message>
        <message>
            <source>de naam van de betrokkene</source>
            <translation>the data subject's name</translation>
        </message>
        <message>
            <source>de ontvangstdatum</source>
            <translation>the date of receipt</translation>
        </message>
        <message>
            <source>de datum van de brief</source>
            <translation>the date of the letter</translation>
        </message>
        <message>
            <source>de uiterste antwoorddatum (leg een verlenging eerst vast in het dossier)</source>
            <translation>the last day to answer (record an extension in the case first)</translation>
        </message>
        <message>
            <source>de oorspronkelijke termijn van één maand</source>
            <translation>the original one-month time limit</translation>
        </message>
        <message>
            <source>de eerste dag van de termijn</source>
            <translation>the first day of the time limit</translation>
        </message>
        <message>
            <source>de laatste dag van de termijn van één maand</source>
            <translation>the last day of the one-month time limit</translation>
        </message>
        <message>
            <source>de zin over de wettelijke termijn van één maand</source>
            <translation>the sentence on the statutory one-month time limit</translation>
        </message>
        <message>
            <source>de toegepaste termijnregel</source>
            <translation>the deadline rule applied</translation>
        </message>
        <message>
            <source>de termijnregel zoals het register hem vermeldt</source>
            <translation>the deadline rule as the register states it</translation>
        </message>
        <message>
            <source>de uitgeoefende rechten</source>
            <translation>the rights exercised</translation>
        </message>
        <message>
            <source>de ontbrekende stukken (vink er minstens één aan)</source>
            <translation>the missing items (tick at least one)</translation>
        </message>
        <message>
            <source>de uitleg bij de identificatie</source>
            <translation>the explanation of the identification</translation>
        </message>
        <message>
            <source>de redenen voor de verlenging in de taal van de brief (bij een Franse of Engelse brief typt u ze in het vak Redenen)</source>
            <translation>the reasons for the extension in the letter's language (for a French or English letter, type them in the Reasons box)</translation>
        </message>
        <message>
            <source>een beslissing, en bij weigering een rechtsgrond, voor elk recht</source>
            <translation>a decision for every right, and a legal ground for a refusal</translation>
        </message>
        <message>
            <source>de redenen waarom geen gevolg gegeven wordt</source>
            <translation>the reasons why no action is taken</translation>
        </message>
        <message>
            <source>de rechtsgrond om geen gevolg te geven (kies er een)</source>
            <translation>the legal ground for taking no action (choose one)</translation>
        </message>
        <message>
            <source>de ontvangers die op de hoogte gebracht werden</source>
            <translation>the recipients who were notified</translation>
        </message>
        <message>
            <source>de naam van de verwerkingsverantwoordelijke</source>
            <translation>the controller's name</translation>
        </message>
        <message>
            <source>het e-mail- of postadres van de verwerkingsverantwoordelijke</source>
            <translation>the controller's e-mail or postal address</translation>
        </message>
        <message>
            <source>het postadres van de vertegenwoordiger</source>
            <translation>the representative's postal address</translation>
        </message>
        <message>
            <source>het postadres of e-mailadres van de geadresseerde</source>
            <translation>the addressee's postal or e-mail address</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>not a JSON object</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Verzoek geregistreerd</source>
            <translation>Request registered</translation>
        </message>
        <message>
            <source>Status: {old} → {new}</source>
            <translation>Status: {old} → {new}</translation>
        </message>
        <message>
            <source>Brief uitgegeven: {kind} ({language})</source>
            <translation>Letter issued: {kind} ({language})</translation>
        </message>
        <message>
            <source>Termijn verlengd met twee maanden: {reasons}</source>
            <translation>Deadline extended by two months: {reasons}</translation>
        </message>
        <message>
            <source>Ontvanger op de hoogte gebracht (art. 19): {who}, {how}</source>
            <translation>Recipient notified (Art. 19): {who}, {how}</translation>
        </message>
        <message>
            <source>Notities aangepast</source>
            <translation>Notes changed</translation>
        </message>
        <message>
            <source>Antwoorddatum geregistreerd: {day}</source>
            <translation>Answer date recorded: {day}</translation>
        </message>
        <message>
            <source>Identiteitscontrole overgeslagen: {reason}</source>
            <translation>Identity check waived: {reason}</translation>
        </message>
        <message>
            <source>Identiteit vastgesteld</source>
            <translation>Identity established</translation>
        </message>
        <message>
            <source>Identiteit niet vastgesteld</source>
            <translation>Identity not established</translation>
        </message>
        <message>
            <source>Identiteitscontroles vastgelegd</source>
            <translation>Identity checks recorded</translation>
        </message>
        <message>
            <source>Kopieën identiteitsdocument vernietigd ({count})</source>
            <translation>Identity document copies destroyed ({count})</translation>
        </message>
        <message>
            <source>Document toegevoegd: {name}</source>
            <translation>Document added: {name}</translation>
        </message>
        <message>
            <source>Document verwijderd: {name}</source>
            <translation>Document removed: {name}</translation>
        </message>
        <message>
            <source>Gewiste gegevens staan nog in het logbestand van het register (een ander programma las mee)</source>
            <translation>Erased data is still in the register's log file (another program was reading)</translation>
        </message>
        <message>
            <source>Rol van document gewijzigd: {name}</source>
            <translation>Document role changed: {name}</translation>
        </message>
        <message>
            <source>Instellingen gewijzigd</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Back-up gemaakt: {file}</source>
            <translation>Backup made: {file}</translation>
        </message>
        <message>
            <source>Register teruggezet</source>
            <translation>Register restored</translation>
        </message>
        <message>
            <source>Kopieën identiteitsdocument ook uit de back-ups gewist</source>
            <translation>Identity document copies also erased from the backups</translation>
        </message>
        <message>
            <source>Auditspoor verzegeld met een sleutel</source>
            <translation>Audit trail sealed with a key</translation>
        </message>
        <message>
            <source>Beveiliging van het auditspoor hersteld</source>
            <translation>Audit trail protection restored</translation>
        </message>
        <message>
            <source>Vraag van de GBA/rechtbank geregistreerd</source>
            <translation>Question from the DPA/court recorded</translation>
        </message>
        <message>
            <source>Vraag van de GBA/rechtbank beantwoord</source>
            <translation>Question from the DPA/court answered</translation>
        </message>
        <message>
            <source>Bewaartermijn verstreken: persoonsgegevens verwijderd</source>
            <translation>Retention period over: personal data deleted</translation>
        </message>
        <message>
            <source>Persoonsgegevens ook uit de back-ups verwijderd</source>
            <translation>Personal data also deleted from the backups</translation>
        </message>
        <message>
            <source>Onbekende gebeurtenis: {action}</source>
            <translation>Unknown event: {action}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Dat lukt niet</source>
            <translation>That did not work</translation>
        </message>
        <message>
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>Sorry, er ging iets onverwachts mis. Er werd niets half opgeslagen.
De details staan in het logbestand:
{path}</source>
            <translation>Sorry, something unexpected went wrong. Nothing was half saved.
The details are in the log file:
{path}</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Antwoord verstuurd</source>
            <translation>Answer sent</translation>
        </message>
        <message>
            <source>Deze datum bepaalt of het antwoord op tijd was.</source>
            <translation>This date decides whether the answer was on time.</translation>
        </message>
        <message>
            <source>Antwoord verstuurd op</source>
            <translation>Answer sent on</translation>
        </message>
        <message>
            <source>Beantwoord</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Gevraagde informatie ontvangen</source>
            <translation>Requested information received</translation>
        </message>
        <message>
            <source>Op {day} werd gevraagd wat nodig is om de persoon te identificeren. Wanneer kwam het binnen? Tot die dag stond het dossier in afwachting; met de pauzeregeling aan bepaalt deze datum hoe lang de termijn stilstond.</source>
            <translation>On {day} the information needed to identify the person was requested. When did it arrive? Until that day the case was on hold; with the pause policy on, this date decides how long the time limit stood still.</translation>
        </message>
        <message>
            <source>Ontvangen op</source>
            <translation>Received on</translation>
        </message>
        <message>
            <source>Vastleggen</source>
            <translation>Record</translation>
        </message>
    </context>
    <context>
        <name>RightsModel</name>
        <message>
            <source>Recht</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Uitkomst</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Rechtsgrond</source>
            <translation>Legal ground</translation>
        </message>
        <message>
            <source>Verzoek in eigen woorden</source>
            <translation>Request in own words</translation>
        </message>
    </context>
    <context>
        <name>LettersModel</name>
        <message>
            <source>Uitgegeven</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Taal</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsModel</name>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Grootte</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Toegevoegd</source>
            <translation>Added</translation>
        </message>
    </context>
    <context>
        <name>IdentityDecisions</name>
        <message>
            <source>Identiteitscontrole overslaan</source>
            <translation>Waive identity check</translation>
        </message>
        <message>
            <source>Waarom is geen verdere controle nodig? Bijvoorbeeld: bekende klant die schrijft vanaf het e-mailadres in ons bestand. Een kopie van de identiteitskaart vragen mag alleen bij redelijke twijfel (art. 12(6) AVG).</source>
            <translation>Why is no further check needed? For example: a known customer writing from the e-mail address on file. Asking for a copy of the identity card is only allowed in case of reasonable doubt (Art. 12(6) GDPR).</translation>
        </message>
        <message>
            <source>Overslaan</source>
            <translation>Waive</translation>
        </message>
        <message>
            <source>Identiteit niet vastgesteld</source>
            <translation>Identity not established</translation>
        </message>
        <message>
            <source>Waarom kon de identiteit niet vastgesteld worden? Dit komt in het dossier.</source>
            <translation>Why could the identity not be established? This goes into the case.</translation>
        </message>
        <message>
            <source>Vastleggen</source>
            <translation>Record</translation>
        </message>
    </context>
    <context>
        <name>InquiriesModel</name>
        <message>
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Hun kenmerk</source>
            <translation>Their reference</translation>
        </message>
        <message>
            <source>Uiterste datum</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Beantwoord</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Wat werd bezorgd</source>
            <translation>What was sent</translation>
        </message>
    </context>
</TS>