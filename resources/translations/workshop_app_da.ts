<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="0"/>
        <source>It was saved by a newer version of the app. Update the app on this laptop to open it.</source>
        <translation>Den er gemt af en nyere version af programmet. Opdater programmet på denne computer for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="0"/>
        <source>The file is damaged, or it is not a consultation file.</source>
        <translation>Filen er beskadiget, eller den er ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="0"/>
        <source>The file cannot be read or written here.</source>
        <translation>Filen kan ikke læses eller skrives her.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="102" />
        <location filename="../../workshop_app/ui/app.py" line="112" />
        <source>Cannot open the consultation</source>
        <translation>Dialogforløbet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="103" />
        <location filename="../../workshop_app/ui/app.py" line="113" />
        <source>“{0}” cannot be opened.</source>
        <translation>»{0}« kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="115" />
        <source>Open another…</source>
        <translation>Åbn et andet…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="116" />
        <source>New consultation…</source>
        <translation>Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="117" />
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="123" />
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="129" />
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="173" />
        <source>{0} already exists. Use Open to open it.</source>
        <translation>{0} findes allerede. Brug Åbn for at åbne den.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="310" />
        <source>No meetings yet.
Add the first meeting (venue and date) in Setup, then come back here to take notes.</source>
        <translation>Der er ingen møder endnu.
Tilføj det første møde (sted og dato) under Opsætning, og kom så tilbage hertil for at tage noter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="314" />
        <source>Go to Setup</source>
        <translation>Gå til Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="315" />
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="316" />
        <source>T&amp;hemes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="317" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="318" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="319" />
        <source>Ctrl+1 to Ctrl+9 choose a theme</source>
        <translation>Ctrl+1 til Ctrl+9 vælger et tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="320" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="322" />
        <source>Ctrl+Page Up and Ctrl+Page Down choose a group</source>
        <translation>Ctrl+Page Up og Ctrl+Page Down vælger en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="324" />
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="325" />
        <source>Add a group to this theme (Ctrl+G)</source>
        <translation>Tilføj en gruppe til dette tema (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="326" />
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="717" />
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="327" />
        <source>Notes of this group</source>
        <translation>Gruppens noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="329" />
        <source>Enter or F2 edits, Delete deletes, Escape returns to the note field</source>
        <translation>Enter eller F2 retter, Delete sletter, Escape går tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="331" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="332" />
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="333" />
        <source>Cross-cutting topic of the next note</source>
        <translation>Tværgående emne for den næste note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="334" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="335" />
        <source>Save the note (Enter)</source>
        <translation>Gem noten (Enter)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="336" />
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="337" />
        <source>Ctrl+T switches · Enter saves · Shift+Enter new line</source>
        <translation>Ctrl+T skifter · Enter gemmer · Shift+Enter ny linje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="350" />
        <source>Switch challenges/solutions</source>
        <translation>Skift mellem udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="353" />
        <source>Next group</source>
        <translation>Næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="356" />
        <source>Previous group</source>
        <translation>Forrige gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="358" />
        <source>Add group…</source>
        <translation>Tilføj gruppe…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="360" />
        <source>Choose meeting…</source>
        <translation>Vælg møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="365" />
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="576" />
        <source>Theme {0}</source>
        <translation>Tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="370" />
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="371" />
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="372" />
        <source>In the note list: Enter or F2</source>
        <translation>I notelisten: Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="373" />
        <source>In the note list: Delete</source>
        <translation>I notelisten: Delete</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="449" />
        <source>No cross-cutting topic</source>
        <translation>Intet tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="517" />
        <source>No group</source>
        <translation>Uden gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="551" />
        <source>No themes</source>
        <translation>Ingen temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="556" />
        <source>{0} in this group · {1} in this theme</source>
        <translation>{0} i gruppen · {1} i temaet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="565" />
        <source>No notes here yet. Type in the field below and press Enter.</source>
        <translation>Ingen noter her endnu. Skriv i feltet nedenfor, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="674" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="675" />
        <source>A challenge the group mentions…</source>
        <translation>En udfordring, gruppen nævner …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="677" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="678" />
        <source>A solution the group proposes…</source>
        <translation>En løsning, gruppen foreslår …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="680" />
        <source>Phase: {0}. Press to switch</source>
        <translation>Fase: {0}. Tryk for at skifte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="682" />
        <source>Switch between challenges and solutions (Ctrl+T)</source>
        <translation>Skift mellem udfordringer og løsninger (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="715" />
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="717" />
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="762" />
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="765" />
        <source>Make it a solution</source>
        <translation>Gør den til en løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="765" />
        <source>Make it a challenge</source>
        <translation>Gør den til en udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="768" />
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="769" />
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="777" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="99" />
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="101" />
        <source>Shown on the summary and the handouts. Each field is saved when you leave it.</source>
        <translation>Vises i opsamlingen og på uddelingsarkene. Hvert felt gemmes, når du forlader det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="107" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="108" />
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="109" />
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="110" />
        <source>Hearing &amp;from:</source>
        <translation>Høring &amp;fra:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="111" />
        <source>Hearing &amp;until:</source>
        <translation>Høring &amp;til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="114" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="115" />
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="116" />
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="117" />
        <source>Hearing period starts</source>
        <translation>Høringsperioden begynder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="118" />
        <source>Hearing period ends</source>
        <translation>Høringsperioden slutter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="126" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="18" />
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="20" />
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="28" />
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="29" />
        <source>The last change could not be saved.</source>
        <translation>Den sidste ændring kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="33" />
        <source>Notes saved before are safe. Keep the text you typed, fix the problem (free disk space, close the other program) and try again.</source>
        <translation>Noter, der er gemt før, er i sikkerhed. Behold den tekst, du skrev, ret problemet (frigør diskplads, luk det andet program), og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="46" />
        <source>Cannot use the database</source>
        <translation>Databasen kan ikke bruges</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="52" />
        <source>Something went wrong inside the app: {0}</source>
        <translation>Der gik noget galt i programmet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="56" />
        <source>Details were written to {0}.</source>
        <translation>Detaljerne er skrevet i {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="59" />
        <source>Internal error</source>
        <translation>Intern fejl</translation>
    </message>
</context>
<context>
    <name>ExportDialogs</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/__init__.py" line="43" />
        <source>Export &amp;summary…</source>
        <translation>Eksportér &amp;opsamling…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/__init__.py" line="46" />
        <source>&amp;Handouts…</source>
        <translation>QR-&amp;foldere…</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="396" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="420" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="398" />
        <source>Groups belong to one meeting and one theme, e.g. “Table 3”. You can also add them while taking notes (Ctrl+G).</source>
        <translation>En gruppe hører til ét møde og ét tema, fx »Bord 3«. Du kan også tilføje grupper, mens du tager noter (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="404" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="406" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="411" />
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="413" />
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="453" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="465" />
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="467" />
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="467" />
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="479" />
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="480" />
        <source>This group has {0} notes. Remove the group and its notes?</source>
        <translation>Gruppen har {0} noter. Vil du fjerne gruppen og dens noter?</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="98" />
        <source>Handouts</source>
        <extracomment>This laptop's last choices (never merged).</extracomment>
        <translation>QR-foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="137" />
        <source>Handout status</source>
        <extracomment>Unsaved edits per language (kept when switching language, until they print well).</extracomment>
        <translation>Status for QR-foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="138" />
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="139" />
        <source>Print the handouts</source>
        <translation>Udskriv QR-folderne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="140" />
        <source>Print the sheet (Ctrl+P)</source>
        <translation>Udskriv arket (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="142" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="143" />
        <source>Save the handouts as PDF</source>
        <translation>Gem QR-folderne som PDF</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="144" />
        <source>Save the sheet as a PDF file (Ctrl+S)</source>
        <translation>Gem arket som PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="146" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="183" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="187" />
        <source>Handout language</source>
        <translation>Foldernes sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="191" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="198" />
        <source>{0} per sheet</source>
        <translation>{0} pr. ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="204" />
        <source>Per &amp;sheet:</source>
        <translation>&amp;Pr. ark:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="210" />
        <source>Number of sheets</source>
        <translation>Antal ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="211" />
        <source>How many sheets to print, or to put in the PDF file</source>
        <translation>Hvor mange ark der skal udskrives eller lægges i PDF-filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="212" />
        <source>S&amp;heets:</source>
        <translation>Antal ar&amp;k:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="215" />
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="217" />
        <source>The address the QR code points to. Saved in the consultation when you leave the field.</source>
        <translation>Adressen, QR-koden peger på. Gemmes i dialogforløbet, når du forlader feltet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="221" />
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="229" />
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="232" />
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="234" />
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="242" />
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="247" />
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="250" />
        <source>Se&amp;nder:</source>
        <translation>A&amp;fsender:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="251" />
        <source>&amp;Restore the built-in texts</source>
        <translation>Gen&amp;dan de indbyggede tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="255" />
        <source>Saved in the consultation for each language.</source>
        <translation>Gemmes i dialogforløbet for hvert sprog.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="264" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="316" />
        <source>Texts in Danish</source>
        <translation>Tekster på dansk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="317" />
        <source>Texts in English</source>
        <translation>Tekster på engelsk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="323" />
        <source>{0} of {1} characters</source>
        <translation>{0} af {1} tegn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="405" />
        <source>{0} per sheet, A4</source>
        <translation>{0} pr. ark, A4</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="414" />
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="427" />
        <source>The hearing URL must start with http:// or https://.</source>
        <translation>Høringsadressen skal begynde med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="429" />
        <source>The hearing URL has no host name (like https://blivhoert.kk.dk/).</source>
        <translation>Høringsadressen mangler et værtsnavn (som https://blivhoert.kk.dk/).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="431" />
        <source>The hearing URL must not contain spaces.</source>
        <translation>Høringsadressen må ikke indeholde mellemrum.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="434" />
        <source>The hearing URL is too long for a handout: use a shorter URL.</source>
        <translation>Høringsadressen er for lang til en folder: brug en kortere adresse.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="435" />
        <source>The hearing URL is too long for a handout at {0} per sheet: use a shorter URL or fewer per sheet.</source>
        <translation>Høringsadressen er for lang til en folder med {0} pr. ark: brug en kortere adresse eller færre pr. ark.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="439" />
        <source>The texts do not fit on the sheet: shorten the heading or the invitation.</source>
        <translation>Teksterne kan ikke være på arket: forkort overskriften eller invitationen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="441" />
        <source>The texts do not fit on a slip at {0} per sheet: shorten the heading or the invitation, or print fewer per sheet.</source>
        <translation>Teksterne kan ikke være på en folder med {0} pr. ark: forkort overskriften eller invitationen, eller udskriv færre pr. ark.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="444" />
        <source>The heading is empty.</source>
        <translation>Overskriften er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="446" />
        <source>The invitation is empty.</source>
        <translation>Invitationen er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="453" />
        <source>No hearing URL is set: the code points to {0}.</source>
        <translation>Der er ingen høringsadresse: koden peger på {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="456" />
        <source>No contact e-mail is set, so the slips show none. Add it under Setup → Consultation.</source>
        <translation>Der er ingen kontakt-e-mail, så folderne viser ingen. Tilføj den under Opsætning → Dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="459" />
        <source>No hearing end date is set, so the slips show no deadline. Add it under Setup → Consultation.</source>
        <translation>Høringen har ingen slutdato, så folderne viser ingen frist. Tilføj den under Opsætning → Dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="542" />
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="557" />
        <source>Save the handouts</source>
        <translation>Gem QR-folderne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="558" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="567" />
        <source>Saving the handouts…</source>
        <translation>Gemmer QR-folderne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="577" />
        <source>Saved {0} ({1} kB).</source>
        <translation>Gemt: {0} ({1} kB).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="587" />
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="23" />
        <source>Save the note</source>
        <translation>Gem noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="24" />
        <source>New line in the note</source>
        <translation>Ny linje i noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="25" />
        <source>Switch between challenges and solutions</source>
        <translation>Skift mellem udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="26" />
        <source>Choose theme 1 to 9</source>
        <translation>Vælg tema 1 til 9</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="27" />
        <source>Previous / next group</source>
        <translation>Forrige / næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="28" />
        <source>Add a group</source>
        <translation>Tilføj en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="29" />
        <source>Choose the meeting</source>
        <translation>Vælg mødet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="31" />
        <source>Up (in an empty note field)</source>
        <translation>Pil op (i et tomt notefelt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="32" />
        <source>Go to the last note in the list</source>
        <translation>Gå til den sidste note i listen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="35" />
        <source>Enter or F2 (in the list)</source>
        <translation>Enter eller F2 (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="36" />
        <source>Edit the note</source>
        <translation>Ret noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="39" />
        <source>Delete (in the list)</source>
        <translation>Delete (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="40" />
        <source>Delete the selected notes</source>
        <translation>Slet de valgte noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="43" />
        <source>Esc (in the list)</source>
        <translation>Esc (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="44" />
        <source>Back to the note field</source>
        <translation>Tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="46" />
        <source>Undo / redo</source>
        <translation>Fortryd / annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="47" />
        <source>Search notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="48" />
        <source>Back to taking notes</source>
        <translation>Tilbage til at tage noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="49" />
        <source>Projector view on or off</source>
        <translation>Projektorvisning til eller fra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="52" />
        <source>Start or pause / reset the round timer</source>
        <translation>Start eller pause / nulstil nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="54" />
        <source>Quit (notes are saved already)</source>
        <translation>Afslut (noterne er allerede gemt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="60" />
        <location filename="../../workshop_app/ui/help_dialog.py" line="63" />
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="66" />
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="67" />
        <source>What it does</source>
        <translation>Hvad de gør</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="91" />
        <source>About the workshop app</source>
        <translation>Om dialogmøde-appen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="92" />
        <source>&lt;p&gt;&lt;b&gt;Workshop app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Notes from citizen dialogue meetings, captured live and saved as you type. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dialogmøde-app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Noter fra borgernes dialogmøder, skrevet direkte og gemt, mens du skriver. Virker uden internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="75" />
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="85" />
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="86" />
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="87" />
        <source>Set&amp;up</source>
        <translation>&amp;Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="168" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="169" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="170" />
        <source>&amp;Capture</source>
        <translation>&amp;Indtastning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="171" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="172" />
        <source>S&amp;ettings</source>
        <translation>I&amp;ndstillinger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="173" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="177" />
        <source>&amp;New consultation…</source>
        <translation>&amp;Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="179" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="180" />
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="184" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="188" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="190" />
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="199" />
        <source>&amp;Projector view</source>
        <translation>&amp;Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="203" />
        <source>Start/pause round &amp;timer</source>
        <translation>Start/pause &amp;nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="204" />
        <source>R&amp;eset round timer</source>
        <translation>N&amp;ulstil nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="208" />
        <source>Round &amp;length…</source>
        <translation>Rundens &amp;længde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="210" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="225" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="229" />
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="253" />
        <source>No other recent consultations</source>
        <translation>Ingen andre seneste dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="259" />
        <source>The file no longer exists:
{0}</source>
        <translation>Filen findes ikke længere:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="266" />
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="274" />
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="327" />
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="330" />
        <source>All changes are saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="336" />
        <source>✓ Saved {0}</source>
        <translation>✓ Gemt {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="342" />
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="349" />
        <source>{0} – Workshop app</source>
        <translation>{0} – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="349" />
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="184" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="222" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="185" />
        <source>One row per dialogue meeting. Double-click a cell to correct it.</source>
        <translation>Én række pr. dialogmøde. Dobbeltklik på en celle for at rette den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="191" />
        <source>Venue of the new meeting</source>
        <translation>Sted for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="197" />
        <source>Date of the new meeting</source>
        <translation>Dato for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="200" />
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="201" />
        <source>Participants at the new meeting</source>
        <translation>Deltagere i det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="202" />
        <source>Add meeting</source>
        <translation>Tilføj møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="203" />
        <source>&amp;Venue:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="205" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="207" />
        <source>&amp;Participants:</source>
        <translation>De&amp;ltagere:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224" />
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="239" />
        <source>Remove meeting…</source>
        <translation>Fjern møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="302" />
        <source>Remove the meeting {0}?</source>
        <translation>Vil du fjerne mødet {0}?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="305" />
        <source>The meeting {0} has {1} notes. Remove the meeting and its notes?</source>
        <translation>Mødet {0} har {1} noter. Vil du fjerne mødet og dets noter?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="307" />
        <source>Remove meeting</source>
        <translation>Fjern møde</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="32" />
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="33" />
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="184" />
        <source>{0}. {1}, {2} notes</source>
        <translation>{0}. {1}, {2} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="192" />
        <source>Only at {0}</source>
        <translation>Kun i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="229" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="230" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="231" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="232" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="233" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="234" />
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="166" />
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="47" />
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="48" />
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="49" />
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="50" />
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="51" />
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="52" />
        <source>Add to {0}</source>
        <translation>Tilføj til {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="53" />
        <source>Rename (F2)</source>
        <translation>Omdøb (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="54" />
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="55" />
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="67" />
        <source>Page preview</source>
        <extracomment>Pages are rasterised for the printer at no more than this resolution: sharp text and QR codes, without a 1200 dpi printer asking for half a gigabyte per page. The number of pages changed (0 when nothing is shown).</extracomment>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="80" />
        <source>Preview message</source>
        <translation>Besked om visningen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="90" />
        <source>Preview progress</source>
        <translation>Visningen laves</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="95" />
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="98" />
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="101" />
        <source>Page number</source>
        <translation>Sidetal</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="110" />
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="111" />
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="112" />
        <source>Fit width</source>
        <translation>Tilpas til bredden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="113" />
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="114" />
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="115" />
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="149" />
        <source>Preparing the preview…</source>
        <translation>Laver forhåndsvisningen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="181" />
        <source>of {0}</source>
        <translation>af {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="361" />
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="368" />
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="369" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="50" />
        <source>Projector – Workshop app</source>
        <translation>Projektor – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="51" />
        <source>Projector view</source>
        <translation>Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="67" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="67" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="46" />
        <source>Search notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="51" />
        <source>Words in the note…</source>
        <translation>Ord i noten …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="53" />
        <source>Search text</source>
        <translation>Søgetekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="55" />
        <source>Theme filter</source>
        <translation>Filtrér på tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="61" />
        <source>Venue filter</source>
        <translation>Filtrér på sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="63" />
        <source>Kind filter</source>
        <translation>Filtrér på type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="64" />
        <source>Challenges and solutions</source>
        <translation>Udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="65" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="66" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="75" />
        <source>Matching notes</source>
        <translation>Fundne noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="110" />
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="113" />
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/search_page.py" line="166" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="88" />
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="89" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="90" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="91" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="92" />
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="49" />
        <source>Setup sections</source>
        <translation>Opsætningens afsnit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="54" />
        <source>Setup</source>
        <translation>Opsætning</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="126" />
        <source>Export summary</source>
        <extracomment>How long typing must pause before the preview is rebuilt.</extracomment>
        <translation>Eksportér opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="164" />
        <source>Export status</source>
        <translation>Status for eksport</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="165" />
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="166" />
        <source>Print the summary</source>
        <translation>Udskriv opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="167" />
        <source>Print the summary as previewed (Ctrl+P)</source>
        <translation>Udskriv opsamlingen, som den ses (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="169" />
        <source>&amp;Save…</source>
        <translation>&amp;Gem…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="170" />
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="611" />
        <source>Save the summary</source>
        <translation>Gem opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="171" />
        <source>Save the summary in the chosen format (Ctrl+S)</source>
        <translation>Gem opsamlingen i det valgte format (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="173" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="209" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="213" />
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="214" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="214" />
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="215" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="218" />
        <source>The preview shows the PDF layout; the file has the same content and headings.</source>
        <translation>Visningen viser PDF-opsætningen; filen har samme indhold og overskrifter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="225" />
        <source>Document language</source>
        <translation>Dokumentets sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="232" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="237" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="242" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="243" />
        <source>All meetings in one summary</source>
        <translation>Alle møder i én opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="245" />
        <source>One summary per meeting</source>
        <translation>Én opsamling pr. møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="247" />
        <source>Only {0}</source>
        <translation>Kun {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="250" />
        <source>&amp;Meetings:</source>
        <translation>&amp;Møder:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="253" />
        <source>Meeting shown in the preview</source>
        <translation>Mødet, der vises</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="257" />
        <source>Pre&amp;view:</source>
        <translation>Forhånds&amp;visning:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="261" />
        <source>Show where each point was raised</source>
        <translation>Vis, hvor hvert punkt blev rejst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="262" />
        <source>Show venues after each point</source>
        <translation>Vis mødesteder efter hvert punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="263" />
        <source>Adds the venues after each point, e.g. “(Nørrebro, Tingbjerg)”.</source>
        <translation>Tilføjer mødestederne efter hvert punkt, fx “(Nørrebro, Tingbjerg)”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="268" />
        <source>Keep personal data</source>
        <translation>Behold personoplysninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="269" />
        <source>Keep personal data in the summary</source>
        <translation>Behold personoplysninger i opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="270" />
        <source>By default CPR numbers, phone numbers and e-mail addresses in the notes are left out.</source>
        <translation>Som standard udelades cpr-numre, telefonnumre og e-mailadresser i noterne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="275" />
        <source>CPR numbers, phone numbers and e-mail addresses in the notes are exported as typed. Do not publish or share this file.</source>
        <translation>Cpr-numre, telefonnumre og e-mailadresser i noterne kommer med, som de er skrevet. Filen må ikke offentliggøres eller deles.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="279" />
        <source>Personal data warning</source>
        <translation>Advarsel om personoplysninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="287" />
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="288" />
        <source>Saved in the consultation. A field left empty uses the automatic text.</source>
        <translation>Gemmes i dialogforløbet. Et tomt felt bruger den automatiske tekst.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="293" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="294" />
        <source>&amp;Author</source>
        <translation>&amp;Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="295" />
        <source>&amp;Introduction</source>
        <translation>&amp;Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="296" />
        <source>&amp;Next steps</source>
        <translation>Vide&amp;re proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="299" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="300" />
        <source>Author</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="301" />
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="302" />
        <source>Next steps</source>
        <translation>Videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="310" />
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="312" />
        <source>Made from the consultation's data; type to change it</source>
        <translation>Lavet ud fra dialogforløbets data; skriv for at ændre den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="314" />
        <source>Use the automatic text</source>
        <translation>Brug den automatiske tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="315" />
        <source>Use the automatic text for {0}</source>
        <translation>Brug den automatiske tekst til {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="316" />
        <source>Forget your text and go back to the one made from the data</source>
        <translation>Glem din tekst, og gå tilbage til den, der er lavet ud fra data</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="543" />
        <source>Personal data in the notes is left out ({0} found): CPR numbers, phone numbers and e-mail addresses become a placeholder.</source>
        <translation>Personoplysninger i noterne udelades ({0} fundet): cpr-numre, telefonnumre og e-mailadresser erstattes af en markering.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="546" />
        <source>No CPR numbers, phone numbers or e-mail addresses found in the notes.</source>
        <translation>Ingen cpr-numre, telefonnumre eller e-mailadresser fundet i noterne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="553" />
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="554" />
        <source>{0} pages</source>
        <translation>{0} sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="565" />
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="588" />
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="600" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="601" />
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="602" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="633" />
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="635" />
        <source>Exporting the summary…</source>
        <translation>Eksporterer opsamlingen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="640" />
        <source>Keep personal data?</source>
        <translation>Behold personoplysninger?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="641" />
        <source>The file will contain the CPR numbers, phone numbers and e-mail addresses typed in the notes. Do not publish or share it.

Save it anyway?</source>
        <translation>Filen kommer til at indeholde de cpr-numre, telefonnumre og e-mailadresser, der er skrevet i noterne. Den må ikke offentliggøres eller deles.

Gem den alligevel?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="649" />
        <source>Replace files?</source>
        <translation>Erstat filer?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="650" />
        <source>These files exist already and will be replaced:
{0}</source>
        <translation>Disse filer findes allerede og bliver erstattet:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="664" />
        <source>Saved {0} ({1} kB).</source>
        <translation>Gemt: {0} ({1} kB).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="667" />
        <source>Saved {0} files: {1}</source>
        <translation>Gemt {0} filer: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="677" />
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="22" />
        <source>Add theme</source>
        <translation>Tilføj tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="24" />
        <source>Theme name</source>
        <translation>Temaets navn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="27" />
        <source>Used at</source>
        <translation>Bruges ved</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="28" />
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="30" />
        <source>Only at {0}</source>
        <translation>Kun i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="32" />
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="33" />
        <source>&amp;Used at:</source>
        <translation>&amp;Bruges ved:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="36" />
        <source>A venue-only theme is shown only at that venue's meetings and gets its own section in the summary.</source>
        <translation>Et tema for ét sted vises kun ved det steds møder og får sit eget afsnit i opsamlingen.</translation>
    </message>
</context>
<context>
    <name>ThemesSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="319" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="325" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="321" />
        <source>The workshop themes in the order of the summary. Drag or use Move up/down to reorder; F2 renames. A venue-only theme appears only at that venue.</source>
        <translation>Workshoppens temaer i opsamlingens rækkefølge. Træk, eller brug Flyt op/ned for at ændre rækkefølgen; F2 omdøber. Et tema for ét sted vises kun ved det sted.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="341" />
        <source>only {0}</source>
        <translation>kun {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="342" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="379" />
        <source>Remove theme</source>
        <translation>Fjern tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="380" />
        <source>“{0}” has {1} notes. Remove the theme and its notes?</source>
        <translation>»{0}« har {1} noter. Vil du fjerne temaet og dets noter?</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="155" />
        <source>Round timer: {0} left</source>
        <translation>Nedtælling: {0} tilbage</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="206" />
        <source>Pause the round timer</source>
        <translation>Sæt nedtællingen på pause</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="206" />
        <source>Start the round timer</source>
        <translation>Start nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="209" />
        <location filename="../../workshop_app/ui/widgets/timer.py" line="210" />
        <source>Reset the round timer</source>
        <translation>Nulstil nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="211" />
        <source>{0} min</source>
        <translation>{0} min.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="212" />
        <location filename="../../workshop_app/ui/widgets/timer.py" line="218" />
        <source>Round length</source>
        <translation>Rundens længde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="213" />
        <source>Round length in minutes</source>
        <translation>Rundens længde i minutter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="219" />
        <source>Minutes per round:</source>
        <translation>Minutter pr. runde:</translation>
    </message>
</context>
<context>
    <name>TopicsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="494" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="500" />
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="496" />
        <source>Proposals that recur across themes, e.g. “Long-term funding instead of short projects”. Give a note a topic from its right-click menu.</source>
        <translation>Forslag, der går igen på tværs af temaer, fx »Varig finansiering frem for korte projekter«. Giv en note et emne fra dens højrekliksmenu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="514" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="527" />
        <source>Add cross-cutting topic</source>
        <translation>Tilføj tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="527" />
        <source>Name of the topic:</source>
        <translation>Emnets navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="546" />
        <source>Remove cross-cutting topic</source>
        <translation>Fjern tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="548" />
        <source>{0} notes have this topic. They keep their text and theme. Remove the topic?</source>
        <translation>{0} noter har dette emne. De beholder deres tekst og tema. Vil du fjerne emnet?</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="78" />
        <source>Edit note “{0}”</source>
        <translation>Ret note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="83" />
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="90" />
        <source>Set cross-cutting topic</source>
        <translation>Sæt tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="154" />
        <source>Add note “{0}”</source>
        <translation>Tilføj note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="176" />
        <source>Delete note “{0}”</source>
        <translation>Slet note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="178" />
        <source>Delete {0} notes</source>
        <translation>Slet {0} noter</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../workshop_app/ui/workers.py" line="82" />
        <location filename="../../workshop_app/ui/workers.py" line="83" />
        <source>Working…</source>
        <translation>Arbejder …</translation>
    </message>
</context>
</TS>