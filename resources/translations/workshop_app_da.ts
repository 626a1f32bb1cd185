<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="102"/>
        <location filename="../../workshop_app/ui/app.py" line="112"/>
        <source>Cannot open the consultation</source>
        <translation>Dialogforløbet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="103"/>
        <location filename="../../workshop_app/ui/app.py" line="113"/>
        <source>“{0}” cannot be opened.</source>
        <translation>»{0}« kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="115"/>
        <source>Open another…</source>
        <translation>Åbn et andet…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="116"/>
        <source>New consultation…</source>
        <translation>Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="117"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="123"/>
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="129"/>
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="169"/>
        <source>{0} already exists. Use Open to open it.</source>
        <translation>{0} findes allerede. Brug Åbn for at åbne den.</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="310"/>
        <source>No meetings yet.
Add the first meeting (venue and date) in Setup, then come back here to take notes.</source>
        <translation>Der er ingen møder endnu.
Tilføj det første møde (sted og dato) under Opsætning, og kom så tilbage hertil for at tage noter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="314"/>
        <source>Go to Setup</source>
        <translation>Gå til Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="315"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="316"/>
        <source>T&amp;hemes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="317"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="318"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="319"/>
        <source>Ctrl+1 to Ctrl+9 choose a theme</source>
        <translation>Ctrl+1 til Ctrl+9 vælger et tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="320"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="322"/>
        <source>Ctrl+Page Up and Ctrl+Page Down choose a group</source>
        <translation>Ctrl+Page Up og Ctrl+Page Down vælger en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="324"/>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="325"/>
        <source>Add a group to this theme (Ctrl+G)</source>
        <translation>Tilføj en gruppe til dette tema (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="326"/>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="717"/>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="327"/>
        <source>Notes of this group</source>
        <translation>Gruppens noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="329"/>
        <source>Enter or F2 edits, Delete deletes, Escape returns to the note field</source>
        <translation>Enter eller F2 retter, Delete sletter, Escape går tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="331"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="332"/>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="333"/>
        <source>Cross-cutting topic of the next note</source>
        <translation>Tværgående emne for den næste note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="334"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="335"/>
        <source>Save the note (Enter)</source>
        <translation>Gem noten (Enter)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="336"/>
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="337"/>
        <source>Ctrl+T switches · Enter saves · Shift+Enter new line</source>
        <translation>Ctrl+T skifter · Enter gemmer · Shift+Enter ny linje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="350"/>
        <source>Switch challenges/solutions</source>
        <translation>Skift mellem udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="353"/>
        <source>Next group</source>
        <translation>Næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="356"/>
        <source>Previous group</source>
        <translation>Forrige gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="358"/>
        <source>Add group…</source>
        <translation>Tilføj gruppe…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="360"/>
        <source>Choose meeting…</source>
        <translation>Vælg møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="365"/>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="576"/>
        <source>Theme {0}</source>
        <translation>Tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="370"/>
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="371"/>
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="372"/>
        <source>In the note list: Enter or F2</source>
        <translation>I notelisten: Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="373"/>
        <source>In the note list: Delete</source>
        <translation>I notelisten: Delete</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="449"/>
        <source>No cross-cutting topic</source>
        <translation>Intet tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="517"/>
        <source>No group</source>
        <translation>Uden gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="551"/>
        <source>No themes</source>
        <translation>Ingen temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="556"/>
        <source>{0} in this group · {1} in this theme</source>
        <translation>{0} i gruppen · {1} i temaet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="565"/>
        <source>No notes here yet. Type in the field below and press Enter.</source>
        <translation>Ingen noter her endnu. Skriv i feltet nedenfor, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="674"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="675"/>
        <source>A challenge the group mentions…</source>
        <translation>En udfordring, gruppen nævner …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="677"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="678"/>
        <source>A solution the group proposes…</source>
        <translation>En løsning, gruppen foreslår …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="680"/>
        <source>Phase: {0}. Press to switch</source>
        <translation>Fase: {0}. Tryk for at skifte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="682"/>
        <source>Switch between challenges and solutions (Ctrl+T)</source>
        <translation>Skift mellem udfordringer og løsninger (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="715"/>
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="717"/>
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="762"/>
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="765"/>
        <source>Make it a solution</source>
        <translation>Gør den til en løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="765"/>
        <source>Make it a challenge</source>
        <translation>Gør den til en udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="768"/>
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="769"/>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="777"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="99"/>
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="101"/>
        <source>Shown on the summary and the handouts. Each field is saved when you leave it.</source>
        <translation>Vises i opsamlingen og på uddelingsarkene. Hvert felt gemmes, når du forlader det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="107"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="108"/>
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="109"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="110"/>
        <source>Hearing &amp;from:</source>
        <translation>Høring &amp;fra:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="111"/>
        <source>Hearing &amp;until:</source>
        <translation>Høring &amp;til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="114"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="115"/>
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="116"/>
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="117"/>
        <source>Hearing period starts</source>
        <translation>Høringsperioden begynder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="118"/>
        <source>Hearing period ends</source>
        <translation>Høringsperioden slutter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="126"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="18"/>
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="20"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="28"/>
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="29"/>
        <source>The last change could not be saved.</source>
        <translation>Den sidste ændring kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="33"/>
        <source>Notes saved before are safe. Keep the text you typed, fix the problem (free disk space, close the other program) and try again.</source>
        <translation>Noter, der er gemt før, er i sikkerhed. Behold den tekst, du skrev, ret problemet (frigør diskplads, luk det andet program), og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="46"/>
        <source>Cannot use the database</source>
        <translation>Databasen kan ikke bruges</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="52"/>
        <source>Something went wrong inside the app: {0}</source>
        <translation>Der gik noget galt i programmet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="56"/>
        <source>Details were written to {0}.</source>
        <translation>Detaljerne er skrevet i {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="59"/>
        <source>Internal error</source>
        <translation>Intern fejl</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="395"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="419"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="397"/>
        <source>Groups belong to one meeting and one theme, e.g. “Table 3”. You can also add them while taking notes (Ctrl+G).</source>
        <translation>En gruppe hører til ét møde og ét tema, fx »Bord 3«. Du kan også tilføje grupper, mens du tager noter (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="403"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="405"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="410"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="412"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="452"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="464"/>
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="466"/>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="466"/>
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="478"/>
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="479"/>
        <source>This group has {0} notes. Remove the group and its notes?</source>
        <translation>Gruppen har {0} noter. Vil du fjerne gruppen og dens noter?</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="23"/>
        <source>Save the note</source>
        <translation>Gem noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="24"/>
        <source>New line in the note</source>
        <translation>Ny linje i noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="25"/>
        <source>Switch between challenges and solutions</source>
        <translation>Skift mellem udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="26"/>
        <source>Choose theme 1 to 9</source>
        <translation>Vælg tema 1 til 9</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="27"/>
        <source>Previous / next group</source>
        <translation>Forrige / næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="28"/>
        <source>Add a group</source>
        <translation>Tilføj en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="29"/>
        <source>Choose the meeting</source>
        <translation>Vælg mødet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="31"/>
        <source>Up (in an empty note field)</source>
        <translation>Pil op (i et tomt notefelt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="32"/>
        <source>Go to the last note in the list</source>
        <translation>Gå til den sidste note i listen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="35"/>
        <source>Enter or F2 (in the list)</source>
        <translation>Enter eller F2 (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="36"/>
        <source>Edit the note</source>
        <translation>Ret noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="39"/>
        <source>Delete (in the list)</source>
        <translation>Delete (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="40"/>
        <source>Delete the selected notes</source>
        <translation>Slet de valgte noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="43"/>
        <source>Esc (in the list)</source>
        <translation>Esc (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="44"/>
        <source>Back to the note field</source>
        <translation>Tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="46"/>
        <source>Undo / redo</source>
        <translation>Fortryd / annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="47"/>
        <source>Search notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="48"/>
        <source>Back to taking notes</source>
        <translation>Tilbage til at tage noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="49"/>
        <source>Projector view on or off</source>
        <translation>Projektorvisning til eller fra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="52"/>
        <source>Start or pause / reset the round timer</source>
        <translation>Start eller pause / nulstil nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="54"/>
        <source>Quit (notes are saved already)</source>
        <translation>Afslut (noterne er allerede gemt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="60"/>
        <location filename="../../workshop_app/ui/help_dialog.py" line="63"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="66"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="67"/>
        <source>What it does</source>
        <translation>Hvad de gør</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="91"/>
        <source>About the workshop app</source>
        <translation>Om dialogmøde-appen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="92"/>
        <source>&lt;p&gt;&lt;b&gt;Workshop app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Notes from citizen dialogue meetings, captured live and saved as you type. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dialogmøde-app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Noter fra borgernes dialogmøder, skrevet direkte og gemt, mens du skriver. Virker uden internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="73"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="81"/>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="82"/>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="83"/>
        <source>Set&amp;up</source>
        <translation>&amp;Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="159"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="160"/>
        <source>&amp;Capture</source>
        <translation>&amp;Indtastning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="162"/>
        <source>S&amp;ettings</source>
        <translation>I&amp;ndstillinger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="163"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="167"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="169"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="170"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="174"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="178"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="180"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="189"/>
        <source>&amp;Projector view</source>
        <translation>&amp;Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="193"/>
        <source>Start/pause round &amp;timer</source>
        <translation>Start/pause &amp;nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="194"/>
        <source>R&amp;eset round timer</source>
        <translation>N&amp;ulstil nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="198"/>
        <source>Round &amp;length…</source>
        <translation>Rundens &amp;længde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="200"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="215"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="219"/>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="243"/>
        <source>No other recent consultations</source>
        <translation>Ingen andre seneste dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="249"/>
        <source>The file no longer exists:
{0}</source>
        <translation>Filen findes ikke længere:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="256"/>
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="264"/>
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="304"/>
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="307"/>
        <source>All changes are saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="313"/>
        <source>✓ Saved {0}</source>
        <translation>✓ Gemt {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="319"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="326"/>
        <source>{0} – Workshop app</source>
        <translation>{0} – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="326"/>
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="184"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="222"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="185"/>
        <source>One row per dialogue meeting. Double-click a cell to correct it.</source>
        <translation>Én række pr. dialogmøde. Dobbeltklik på en celle for at rette den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="191"/>
        <source>Venue of the new meeting</source>
        <translation>Sted for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="197"/>
        <source>Date of the new meeting</source>
        <translation>Dato for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="200"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="201"/>
        <source>Participants at the new meeting</source>
        <translation>Deltagere i det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="202"/>
        <source>Add meeting</source>
        <translation>Tilføj møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="203"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="205"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="207"/>
        <source>&amp;Participants:</source>
        <translation>De&amp;ltagere:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224"/>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="224"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="238"/>
        <source>Remove meeting…</source>
        <translation>Fjern møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="301"/>
        <source>Remove the meeting {0}?</source>
        <translation>Vil du fjerne mødet {0}?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="304"/>
        <source>The meeting {0} has {1} notes. Remove the meeting and its notes?</source>
        <translation>Mødet {0} har {1} noter. Vil du fjerne mødet og dets noter?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="306"/>
        <source>Remove meeting</source>
        <translation>Fjern møde</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="32"/>
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="33"/>
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="184"/>
        <source>{0}. {1}, {2} notes</source>
        <translation>{0}. {1}, {2} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="192"/>
        <source>Only at {0}</source>
        <translation>Kun i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="229"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="230"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="231"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="232"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="233"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="234"/>
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="157"/>
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="46"/>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="47"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="48"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="49"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="50"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="51"/>
        <source>Add to {0}</source>
        <translation>Tilføj til {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="52"/>
        <source>Rename (F2)</source>
        <translation>Omdøb (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="53"/>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="54"/>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="40"/>
        <source>Projector – Workshop app</source>
        <translation>Projektor – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="41"/>
        <source>Projector view</source>
        <translation>Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="57"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="57"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="46"/>
        <source>Search notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="51"/>
        <source>Words in the note…</source>
        <translation>Ord i noten …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="53"/>
        <source>Search text</source>
        <translation>Søgetekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="55"/>
        <source>Theme filter</source>
        <translation>Filtrér på tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="61"/>
        <source>Venue filter</source>
        <translation>Filtrér på sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="63"/>
        <source>Kind filter</source>
        <translation>Filtrér på type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="64"/>
        <source>Challenges and solutions</source>
        <translation>Udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="65"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="66"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="75"/>
        <source>Matching notes</source>
        <translation>Fundne noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="109"/>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="112"/>
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/search_page.py" line="165"/>
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
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="45"/>
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="46"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="47"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="48"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="49"/>
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="53"/>
        <source>Setup sections</source>
        <translation>Opsætningens afsnit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="69"/>
        <source>Setup</source>
        <translation>Opsætning</translation>
    </message>
</context>
<context>
    <name>ThemeDialog</name>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="22"/>
        <source>Add theme</source>
        <translation>Tilføj tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="24"/>
        <source>Theme name</source>
        <translation>Temaets navn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="27"/>
        <source>Used at</source>
        <translation>Bruges ved</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="28"/>
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="30"/>
        <source>Only at {0}</source>
        <translation>Kun i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="32"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="33"/>
        <source>&amp;Used at:</source>
        <translation>&amp;Bruges ved:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/theme_dialog.py" line="36"/>
        <source>A venue-only theme is shown only at that venue&apos;s meetings and gets its own section in the summary.</source>
        <translation>Et tema for ét sted vises kun ved det steds møder og får sit eget afsnit i opsamlingen.</translation>
    </message>
</context>
<context>
    <name>ThemesSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="318"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="324"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="320"/>
        <source>The workshop themes in the order of the summary. Drag or use Move up/down to reorder; F2 renames. A venue-only theme appears only at that venue.</source>
        <translation>Workshoppens temaer i opsamlingens rækkefølge. Træk, eller brug Flyt op/ned for at ændre rækkefølgen; F2 omdøber. Et tema for ét sted vises kun ved det sted.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="340"/>
        <source>only {0}</source>
        <translation>kun {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="341"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="378"/>
        <source>Remove theme</source>
        <translation>Fjern tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="379"/>
        <source>“{0}” has {1} notes. Remove the theme and its notes?</source>
        <translation>»{0}« har {1} noter. Vil du fjerne temaet og dets noter?</translation>
    </message>
</context>
<context>
    <name>TimerLabel</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="155"/>
        <source>Round timer: {0} left</source>
        <translation>Nedtælling: {0} tilbage</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="206"/>
        <source>Pause the round timer</source>
        <translation>Sæt nedtællingen på pause</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="206"/>
        <source>Start the round timer</source>
        <translation>Start nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="209"/>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="210"/>
        <source>Reset the round timer</source>
        <translation>Nulstil nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="211"/>
        <source>{0} min</source>
        <translation>{0} min.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="212"/>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="218"/>
        <source>Round length</source>
        <translation>Rundens længde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="213"/>
        <source>Round length in minutes</source>
        <translation>Rundens længde i minutter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/timer.py" line="219"/>
        <source>Minutes per round:</source>
        <translation>Minutter pr. runde:</translation>
    </message>
</context>
<context>
    <name>TopicsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="493"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="499"/>
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="495"/>
        <source>Proposals that recur across themes, e.g. “Long-term funding instead of short projects”. Give a note a topic from its right-click menu.</source>
        <translation>Forslag, der går igen på tværs af temaer, fx »Varig finansiering frem for korte projekter«. Giv en note et emne fra dens højrekliksmenu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="513"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="526"/>
        <source>Add cross-cutting topic</source>
        <translation>Tilføj tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="526"/>
        <source>Name of the topic:</source>
        <translation>Emnets navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="545"/>
        <source>Remove cross-cutting topic</source>
        <translation>Fjern tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="547"/>
        <source>{0} notes have this topic. They keep their text and theme. Remove the topic?</source>
        <translation>{0} noter har dette emne. De beholder deres tekst og tema. Vil du fjerne emnet?</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="78"/>
        <source>Edit note “{0}”</source>
        <translation>Ret note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="83"/>
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="90"/>
        <source>Set cross-cutting topic</source>
        <translation>Sæt tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="154"/>
        <source>Add note “{0}”</source>
        <translation>Tilføj note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="176"/>
        <source>Delete note “{0}”</source>
        <translation>Slet note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="178"/>
        <source>Delete {0} notes</source>
        <translation>Slet {0} noter</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../workshop_app/ui/workers.py" line="82"/>
        <location filename="../../workshop_app/ui/workers.py" line="83"/>
        <source>Working…</source>
        <translation>Arbejder …</translation>
    </message>
</context>
</TS>
