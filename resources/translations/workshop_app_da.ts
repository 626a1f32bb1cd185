<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="181" />
        <source>It was saved by a newer version of the app. Update the app on this laptop to open it.</source>
        <translation>Den er gemt af en nyere version af programmet. Opdater programmet på denne computer for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="184" />
        <source>The file is damaged, or it is not a consultation file.</source>
        <translation>Filen er beskadiget, eller den er ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="186" />
        <source>The file cannot be read or written here.</source>
        <translation>Filen kan ikke læses eller skrives her.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="172" />
        <location filename="../../workshop_app/ui/app.py" line="193" />
        <source>Cannot open the consultation</source>
        <translation>Dialogforløbet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="173" />
        <location filename="../../workshop_app/ui/app.py" line="194" />
        <source>“{0}” cannot be opened.</source>
        <translation>»{0}« kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="196" />
        <source>Open another…</source>
        <translation>Åbn et andet…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="197" />
        <source>New consultation…</source>
        <translation>Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="198" />
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="204" />
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="210" />
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="285" />
        <source>{0} already exists. Use Open to open it.</source>
        <translation>{0} findes allerede. Brug Åbn for at åbne den.</translation>
    </message>
</context>
<context>
    <name>BackupRecovery</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="32" />
        <source>The consultation is damaged</source>
        <translation>Dialogforløbet er beskadiget</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="34" />
        <source>“{0}” is damaged and cannot be opened.</source>
        <translation>“{0}” er beskadiget og kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="39" />
        <source>The newest good backup is from {0} and holds {1} notes:
{2}

Restore it? The damaged file is kept in the backup folder.</source>
        <translation>Den nyeste gode sikkerhedskopi er fra {0} og rummer {1} noter:
{2}

Vil du gendanne den? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="47" />
        <source>Restore the backup</source>
        <translation>Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="66" />
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="68" />
        <source>The backup could not be restored: {0}</source>
        <translation>Sikkerhedskopien kunne ikke gendannes: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="51" />
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="52" />
        <source>Backups</source>
        <extracomment>A backup was written into the consultation (the window reopens it).</extracomment>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="60" />
        <source>Backups, newest first</source>
        <translation>Sikkerhedskopier, nyeste først</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62" />
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62" />
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62" />
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="83" />
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="85" />
        <source>Put the consultation back as it was when this backup was taken</source>
        <translation>Sæt dialogforløbet tilbage, som det var, da denne sikkerhedskopi blev taget</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="87" />
        <source>Show &amp;folder</source>
        <translation>Vis &amp;mappe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="104" />
        <source>Before the app updated the file</source>
        <translation>Før programmet opdaterede filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="106" />
        <source>When the consultation was opened</source>
        <translation>Da dialogforløbet blev åbnet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="107" />
        <source>While notes were being written</source>
        <translation>Mens der blev skrevet noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="108" />
        <source>Before a merge</source>
        <translation>Før en fletning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="109" />
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="110" />
        <source>Made by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="139" />
        <source>Backups of “{0}” are taken automatically: when it is opened, every few minutes while notes are written, and before a merge or a restore. The newest 20 are kept, and one for every day.</source>
        <translation>Der tages automatisk sikkerhedskopier af “{0}”: når den åbnes, med få minutters mellemrum mens der skrives noter, og før en fletning eller gendannelse. De 20 nyeste gemmes, og én for hver dag.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="146" />
        <source>There are no backups of “{0}” yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af “{0}”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="148" />
        <source>Kept in {0}</source>
        <translation>Gemt i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="173" />
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="175" />
        <source>Put the consultation back as it was on {0}?</source>
        <translation>Sætte dialogforløbet tilbage, som det var {0}?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="179" />
        <source>The backup holds {0} notes. Changes made since then are replaced; the current state is backed up first, so you can come back to it from this list.</source>
        <translation>Sikkerhedskopien rummer {0} noter. Ændringer siden da erstattes; den nuværende tilstand sikkerhedskopieres først, så du kan vende tilbage til den fra denne liste.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="188" />
        <source>This backup is of another consultation: “{0}”, not “{1}”. Replace “{1}” with it?</source>
        <translation>Denne backup er af en anden høring: “{0}”, ikke “{1}”. Skal “{1}” erstattes med den?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="193" />
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="193" />
        <source>Restore anyway</source>
        <translation>Gendan alligevel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="218" />
        <source>Restoring the backup…</source>
        <translation>Gendanner sikkerhedskopien…</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="318" />
        <source>No meetings yet.
Add the first meeting (venue and date) in Setup, then come back here to take notes.</source>
        <translation>Der er ingen møder endnu.
Tilføj det første møde (sted og dato) under Opsætning, og kom så tilbage hertil for at tage noter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="322" />
        <source>Go to Setup</source>
        <translation>Gå til Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="323" />
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="324" />
        <source>T&amp;hemes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="325" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="326" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="327" />
        <source>Ctrl+1 to Ctrl+9 choose a theme</source>
        <translation>Ctrl+1 til Ctrl+9 vælger et tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="328" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="330" />
        <source>Ctrl+Page Up and Ctrl+Page Down choose a group</source>
        <translation>Ctrl+Page Up og Ctrl+Page Down vælger en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="332" />
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="333" />
        <source>Add a group to this theme (Ctrl+G)</source>
        <translation>Tilføj en gruppe til dette tema (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="334" />
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="749" />
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="335" />
        <source>Notes of this group</source>
        <translation>Gruppens noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="337" />
        <source>Enter or F2 edits, Delete deletes, Escape returns to the note field</source>
        <translation>Enter eller F2 retter, Delete sletter, Escape går tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="339" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="340" />
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="341" />
        <source>Cross-cutting topic of the next note</source>
        <translation>Tværgående emne for den næste note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="342" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="343" />
        <source>Save the note (Enter)</source>
        <translation>Gem noten (Enter)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="344" />
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="345" />
        <source>Ctrl+T switches · Enter saves · Shift+Enter new line</source>
        <translation>Ctrl+T skifter · Enter gemmer · Shift+Enter ny linje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="358" />
        <source>Switch challenges/solutions</source>
        <translation>Skift mellem udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="361" />
        <source>Next group</source>
        <translation>Næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="364" />
        <source>Previous group</source>
        <translation>Forrige gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="366" />
        <source>Add group…</source>
        <translation>Tilføj gruppe…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="368" />
        <source>Choose meeting…</source>
        <translation>Vælg møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="373" />
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="597" />
        <source>Theme {0}</source>
        <translation>Tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="378" />
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="379" />
        <source>Delete note</source>
        <translation>Slet note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="380" />
        <source>In the note list: Enter or F2</source>
        <translation>I notelisten: Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="381" />
        <source>In the note list: Delete</source>
        <translation>I notelisten: Delete</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="457" />
        <source>No cross-cutting topic</source>
        <translation>Intet tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="537" />
        <source>No group</source>
        <translation>Uden gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="571" />
        <source>No themes</source>
        <translation>Ingen temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="576" />
        <source>{0} in this group · {1} in this theme</source>
        <translation>{0} i gruppen · {1} i temaet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="586" />
        <source>No notes here yet. Type in the field below and press Enter.</source>
        <translation>Ingen noter her endnu. Skriv i feltet nedenfor, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="706" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="707" />
        <source>A challenge the group mentions…</source>
        <translation>En udfordring, gruppen nævner …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="709" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="710" />
        <source>A solution the group proposes…</source>
        <translation>En løsning, gruppen foreslår …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="712" />
        <source>Phase: {0}. Press to switch</source>
        <translation>Fase: {0}. Tryk for at skifte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="714" />
        <source>Switch between challenges and solutions (Ctrl+T)</source>
        <translation>Skift mellem udfordringer og løsninger (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="747" />
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="749" />
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="794" />
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="797" />
        <source>Make it a solution</source>
        <translation>Gør den til en løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="797" />
        <source>Make it a challenge</source>
        <translation>Gør den til en udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="800" />
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="801" />
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="809" />
        <source>Move to…</source>
        <translation>Flyt til…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="812" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="494" />
        <source>Edit summary point</source>
        <translation>Ret opsamlingspunkt</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="111" />
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="113" />
        <source>Shown on the summary and the handouts. Each field is saved when you leave it.</source>
        <translation>Vises i opsamlingen og på uddelingsarkene. Hvert felt gemmes, når du forlader det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="119" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="120" />
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="121" />
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-&amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="122" />
        <source>Hearing &amp;from:</source>
        <translation>Høring &amp;fra:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="123" />
        <source>Hearing &amp;until:</source>
        <translation>Høring &amp;til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="126" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="127" />
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="128" />
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="129" />
        <source>Hearing period starts</source>
        <translation>Høringsperioden begynder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="130" />
        <source>Hearing period ends</source>
        <translation>Høringsperioden slutter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="138" />
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
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="403" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="427" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="405" />
        <source>Groups belong to one meeting and one theme, e.g. “Table 3”. You can also add them while taking notes (Ctrl+G).</source>
        <translation>En gruppe hører til ét møde og ét tema, fx »Bord 3«. Du kan også tilføje grupper, mens du tager noter (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="411" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="413" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="418" />
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="420" />
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="456" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="468" />
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="470" />
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="470" />
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="482" />
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="483" />
        <source>This group has {0} notes. Remove the group and its notes?</source>
        <translation>Gruppen har {0} noter. Vil du fjerne gruppen og dens noter?</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="96" />
        <source>Handouts</source>
        <extracomment>This laptop's last choices (never merged).</extracomment>
        <translation>QR-foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="121" />
        <source>Handout status</source>
        <extracomment>Unsaved edits per language (kept when switching language, until they print well).</extracomment>
        <translation>Status for QR-foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="122" />
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="122" />
        <source>Print the handouts</source>
        <translation>Udskriv QR-folderne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="123" />
        <source>Print the sheet (Ctrl+P)</source>
        <translation>Udskriv arket (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="125" />
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="125" />
        <source>Save the handouts as PDF</source>
        <translation>Gem QR-folderne som PDF</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="126" />
        <source>Save the sheet as a PDF file (Ctrl+S)</source>
        <translation>Gem arket som PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="128" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="153" />
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="157" />
        <source>Handout language</source>
        <translation>Foldernes sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="161" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="168" />
        <source>{0} per sheet</source>
        <translation>{0} pr. ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="174" />
        <source>Per &amp;sheet:</source>
        <translation>&amp;Pr. ark:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="180" />
        <source>Number of sheets</source>
        <translation>Antal ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="181" />
        <source>How many sheets to print, or to put in the PDF file</source>
        <translation>Hvor mange ark der skal udskrives eller lægges i PDF-filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="182" />
        <source>S&amp;heets:</source>
        <translation>Antal ar&amp;k:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="185" />
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="187" />
        <source>The address the QR code points to. Saved in the consultation when you leave the field.</source>
        <translation>Adressen, QR-koden peger på. Gemmes i dialogforløbet, når du forlader feltet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="191" />
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="199" />
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="202" />
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="204" />
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="212" />
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="217" />
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="220" />
        <source>Se&amp;nder:</source>
        <translation>A&amp;fsender:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="221" />
        <source>&amp;Restore the built-in texts</source>
        <translation>Gen&amp;dan de indbyggede tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="225" />
        <source>Saved in the consultation for each language.</source>
        <translation>Gemmes i dialogforløbet for hvert sprog.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="234" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="286" />
        <source>Texts in Danish</source>
        <translation>Tekster på dansk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="287" />
        <source>Texts in English</source>
        <translation>Tekster på engelsk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="293" />
        <source>{0} of {1} characters</source>
        <translation>{0} af {1} tegn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="375" />
        <source>{0} per sheet, A4</source>
        <translation>{0} pr. ark, A4</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="384" />
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="397" />
        <source>The hearing URL must start with http:// or https://.</source>
        <translation>Høringsadressen skal begynde med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="399" />
        <source>The hearing URL has no host name (like https://blivhoert.kk.dk/).</source>
        <translation>Høringsadressen mangler et værtsnavn (som https://blivhoert.kk.dk/).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="401" />
        <source>The hearing URL must not contain spaces.</source>
        <translation>Høringsadressen må ikke indeholde mellemrum.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="404" />
        <source>The hearing URL is too long for a handout: use a shorter URL.</source>
        <translation>Høringsadressen er for lang til en folder: brug en kortere adresse.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="405" />
        <source>The hearing URL is too long for a handout at {0} per sheet: use a shorter URL or fewer per sheet.</source>
        <translation>Høringsadressen er for lang til en folder med {0} pr. ark: brug en kortere adresse eller færre pr. ark.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="409" />
        <source>The texts do not fit on the sheet: shorten the heading or the invitation.</source>
        <translation>Teksterne kan ikke være på arket: forkort overskriften eller invitationen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="411" />
        <source>The texts do not fit on a slip at {0} per sheet: shorten the heading or the invitation, or print fewer per sheet.</source>
        <translation>Teksterne kan ikke være på en folder med {0} pr. ark: forkort overskriften eller invitationen, eller udskriv færre pr. ark.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="414" />
        <source>The heading is empty.</source>
        <translation>Overskriften er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="416" />
        <source>The invitation is empty.</source>
        <translation>Invitationen er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="423" />
        <source>No hearing URL is set: the code points to {0}.</source>
        <translation>Der er ingen høringsadresse: koden peger på {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="426" />
        <source>No contact e-mail is set, so the slips show none. Add it under Setup → Consultation.</source>
        <translation>Der er ingen kontakt-e-mail, så folderne viser ingen. Tilføj den under Opsætning → Dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="429" />
        <source>No hearing end date is set, so the slips show no deadline. Add it under Setup → Consultation.</source>
        <translation>Høringen har ingen slutdato, så folderne viser ingen frist. Tilføj den under Opsætning → Dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="512" />
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="527" />
        <source>Save the handouts</source>
        <translation>Gem QR-folderne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="528" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="537" />
        <source>Saving the handouts…</source>
        <translation>Gemmer QR-folderne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="547" />
        <source>Saved {0} ({1} kB).</source>
        <translation>Gemt: {0} ({1} kB).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="557" />
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
        <location filename="../../workshop_app/ui/help_dialog.py" line="31" />
        <source>Move the selected notes to another group, theme or meeting</source>
        <translation>Flyt de valgte noter til en anden gruppe, et andet tema eller møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="35" />
        <source>Choose the meeting</source>
        <translation>Vælg mødet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="37" />
        <source>Up (in an empty note field)</source>
        <translation>Pil op (i et tomt notefelt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="38" />
        <source>Go to the last note in the list</source>
        <translation>Gå til den sidste note i listen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="41" />
        <source>Enter or F2 (in the list)</source>
        <translation>Enter eller F2 (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="42" />
        <source>Edit the note</source>
        <translation>Ret noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="45" />
        <source>Delete (in the list)</source>
        <translation>Delete (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="46" />
        <source>Delete the selected notes</source>
        <translation>Slet de valgte noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="49" />
        <source>Esc (in the list)</source>
        <translation>Esc (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="50" />
        <source>Back to the note field</source>
        <translation>Tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="52" />
        <source>Undo / redo</source>
        <translation>Fortryd / annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="53" />
        <source>Search notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="54" />
        <source>Back to taking notes</source>
        <translation>Tilbage til at tage noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="55" />
        <source>Projector view on or off</source>
        <translation>Projektorvisning til eller fra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="58" />
        <source>Start or pause / reset the round timer</source>
        <translation>Start eller pause / nulstil nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="60" />
        <source>Summary workspace</source>
        <translation>Opsamlingens arbejdsrum</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="63" />
        <source>Summary: link the selected notes / draft a point from them</source>
        <translation>Opsamling: knyt de valgte noter / skriv et udkast til et punkt ud fra dem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="69" />
        <source>Summary: promote a recurring group to a topic</source>
        <translation>Opsamling: gør en tilbagevendende gruppe til et tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="71" />
        <source>Where is this note from?</source>
        <translation>Hvor kommer denne note fra?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="72" />
        <source>Merge sessions from other laptops</source>
        <translation>Flet sessioner fra andre computere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="73" />
        <source>Export the summary</source>
        <translation>Eksportér opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="74" />
        <source>Print QR handouts</source>
        <translation>Udskriv QR-sedler</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="75" />
        <source>Quit (notes are saved already)</source>
        <translation>Afslut (noterne er allerede gemt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="81" />
        <location filename="../../workshop_app/ui/help_dialog.py" line="84" />
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="87" />
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="88" />
        <source>What it does</source>
        <translation>Hvad de gør</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="112" />
        <source>About the workshop app</source>
        <translation>Om dialogmøde-appen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="113" />
        <source>&lt;p&gt;&lt;b&gt;Workshop app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Notes from citizen dialogue meetings, captured live and saved as you type. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dialogmøde-app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Noter fra borgernes dialogmøder, skrevet direkte og gemt, mens du skriver. Virker uden internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="85" />
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="95" />
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="96" />
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="97" />
        <source>Set&amp;up</source>
        <translation>&amp;Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="199" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="200" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="201" />
        <source>&amp;Capture</source>
        <translation>&amp;Indtastning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="202" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="203" />
        <source>S&amp;ettings</source>
        <translation>I&amp;ndstillinger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="204" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="208" />
        <source>&amp;New consultation…</source>
        <translation>&amp;Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="210" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="211" />
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="215" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="219" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="221" />
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="230" />
        <source>&amp;Projector view</source>
        <translation>&amp;Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="234" />
        <source>Start/pause round &amp;timer</source>
        <translation>Start/pause &amp;nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="235" />
        <source>R&amp;eset round timer</source>
        <translation>N&amp;ulstil nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="239" />
        <source>Round &amp;length…</source>
        <translation>Rundens &amp;længde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="241" />
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="256" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="260" />
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="284" />
        <source>No other recent consultations</source>
        <translation>Ingen andre seneste dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="290" />
        <source>The file no longer exists:
{0}</source>
        <translation>Filen findes ikke længere:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="297" />
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="305" />
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="358" />
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="361" />
        <source>All changes are saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="365" />
        <source>✓ Saved {0}</source>
        <translation>✓ Gemt {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="369" />
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="382" />
        <source>{0} – Workshop app</source>
        <translation>{0} – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="382" />
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="196" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="234" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="197" />
        <source>One row per dialogue meeting. Double-click a cell to correct it.</source>
        <translation>Én række pr. dialogmøde. Dobbeltklik på en celle for at rette den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="203" />
        <source>Venue of the new meeting</source>
        <translation>Sted for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="209" />
        <source>Date of the new meeting</source>
        <translation>Dato for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="212" />
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="213" />
        <source>Participants at the new meeting</source>
        <translation>Deltagere i det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="214" />
        <source>Add meeting</source>
        <translation>Tilføj møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="215" />
        <source>&amp;Venue:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="217" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="219" />
        <source>&amp;Participants:</source>
        <translation>De&amp;ltagere:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="236" />
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="236" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="236" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="236" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="251" />
        <source>Remove meeting…</source>
        <translation>Fjern møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="314" />
        <source>Remove the meeting {0}?</source>
        <translation>Vil du fjerne mødet {0}?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="317" />
        <source>The meeting {0} has {1} notes. Remove the meeting and its notes?</source>
        <translation>Mødet {0} har {1} noter. Vil du fjerne mødet og dets noter?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="319" />
        <source>Remove meeting</source>
        <translation>Fjern møde</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="115" />
        <source>Merge sessions</source>
        <translation>Flet sessioner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="116" />
        <source>Merge preview</source>
        <translation>Forhåndsvisning af fletning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="121" />
        <source>What merging these files into “{0}” would change</source>
        <translation>Det ville en fletning af disse filer ind i “{0}” ændre</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137" />
        <source>Laptop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137" />
        <source>Made</source>
        <translation>Lavet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="139" />
        <source>Files to merge</source>
        <translation>Filer, der skal flettes</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="141" />
        <source>Session file</source>
        <translation>Sessionsfil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="141" />
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="157" />
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="167" />
        <source>Notes per meeting place</source>
        <translation>Noter pr. mødested</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="160" />
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="200" />
        <source>Meeting place</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="161" />
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="162" />
        <source>Updated</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="163" />
        <source>Deleted</source>
        <translation>Slettede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="164" />
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="205" />
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="170" />
        <source>(no meeting)</source>
        <translation>(intet møde)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="171" />
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="181" />
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="186" />
        <source>Consultation details that would change</source>
        <translation>Oplysninger om høringen, der ville blive ændret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="195" />
        <source>Conflicts ({0})</source>
        <translation>Konflikter ({0})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="199" />
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="201" />
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="202" />
        <source>Moved to history</source>
        <translation>Flyttet til historikken</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="216" />
        <source>Two laptops changed the same thing differently. The later change is kept; the other version is saved in the consultation's history, not thrown away.</source>
        <translation>To computere har ændret det samme forskelligt. Den seneste ændring beholdes; den anden version gemmes i dialogforløbets historik og går ikke tabt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="221" />
        <source>No conflicts: no two laptops changed the same thing differently.</source>
        <translation>Ingen konflikter: ingen to computere har ændret det samme forskelligt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="229" />
        <source>Nothing has been written yet. A backup of this consultation is taken before the merge.</source>
        <translation>Intet er skrevet endnu. Der tages en sikkerhedskopi af dialogforløbet før fletningen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="234" />
        <source>Nothing new: this consultation already holds everything in these files.</source>
        <translation>Intet nyt: dialogforløbet rummer allerede alt i disse filer.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="243" />
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="254" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="266" />
        <source>{0} is another consultation: “{1}”, not “{2}”.</source>
        <translation>{0} er en anden høring: “{1}”, ikke “{2}”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="280" />
        <source>Merging it would put its notes into “{0}” and may change this consultation's title and details (listed below). Do these notes belong to “{0}”?</source>
        <translation>Fletter du den, kommer dens noter ind i “{0}”, og høringens titel og oplysninger kan blive ændret (se nedenfor). Hører disse noter til “{0}”?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="288" />
        <source>&amp;Yes, merge them into “{0}” anyway</source>
        <translation>&amp;Ja, flet dem ind i “{0}” alligevel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="296" />
        <source>{0}: {1} → {2} (from {3})</source>
        <translation>{0}: {1} → {2} (fra {3})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="302" />
        <source>laptop {0}</source>
        <translation>computer {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="309" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="313" />
        <source>consultation id</source>
        <translation>høringens id</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="314" />
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="315" />
        <source>hearing URL</source>
        <translation>høringens webadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="316" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="317" />
        <source>hearing from</source>
        <translation>høring fra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="318" />
        <source>hearing to</source>
        <translation>høring til</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="319" />
        <source>summary title</source>
        <translation>opsamlingens titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="320" />
        <source>summary introduction</source>
        <translation>opsamlingens indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="321" />
        <source>summary next steps</source>
        <translation>opsamlingens videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="322" />
        <source>summary author</source>
        <translation>opsamlingens afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="328" />
        <source>handout text ({0}, {1})</source>
        <translation>tekst på uddelingsark ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="378" />
        <source>this laptop</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="384" />
        <source>themes</source>
        <translation>temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="385" />
        <source>meetings</source>
        <translation>møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="386" />
        <source>groups</source>
        <translation>grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="387" />
        <source>cross-cutting topics</source>
        <translation>tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="388" />
        <source>summary points</source>
        <translation>opsamlingspunkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="389" />
        <source>links to notes</source>
        <translation>henvisninger til noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="390" />
        <source>texts and settings</source>
        <translation>tekster og indstillinger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="401" />
        <source>{0} new</source>
        <translation>{0} nye</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="403" />
        <source>{0} updated</source>
        <translation>{0} ændrede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="405" />
        <source>{0} deleted</source>
        <translation>{0} slettede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="407" />
        <source>{0} in conflict</source>
        <translation>{0} i konflikt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="412" />
        <source>Also changed: {0}.</source>
        <translation>Desuden ændret: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="418" />
        <source>Made into one (same name on several laptops): {0}.</source>
        <translation>Slået sammen til én (samme navn på flere computere): {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="426" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="427" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="428" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="429" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="430" />
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="431" />
        <source>Summary point</source>
        <translation>Opsamlingspunkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="432" />
        <source>Link to a note</source>
        <translation>Henvisning til en note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="433" />
        <source>Text or setting</source>
        <translation>Tekst eller indstilling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="438" />
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="33" />
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="34" />
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="204" />
        <source>{0}. {1}, {2} notes</source>
        <extracomment>The drag format of notes: their ids, one a line.</extracomment>
        <translation>{0}. {1}, {2} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="212" />
        <source>Only at {0}</source>
        <translation>Kun i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="249" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="250" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="251" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="252" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="253" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="254" />
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
</context>
<context>
    <name>MoveNotes</name>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="303" />
        <source>&amp;Move notes to…</source>
        <translation>Fl&amp;yt noter til…</translation>
    </message>
</context>
<context>
    <name>MoveNotesDialog</name>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="57" />
        <source>Move notes</source>
        <extracomment>The group choice "the group of the same name there" (``capture.move``'s default). The group choice "no group".</extracomment>
        <translation>Flyt noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="61" />
        <source>Move “{0}” to:</source>
        <translation>Flyt “{0}” til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="63" />
        <source>Move the {0} selected notes to:</source>
        <translation>Flyt de {0} valgte noter til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="70" />
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="71" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="72" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="74" />
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="75" />
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="76" />
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="80" />
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="110" />
        <source>The group of the same name (made if missing)</source>
        <translation>Gruppen med samme navn (oprettes hvis den mangler)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="111" />
        <source>No group</source>
        <translation>Ingen gruppe</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="116" />
        <source>CPR number</source>
        <translation>cpr-nummer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="117" />
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="118" />
        <source>e-mail address</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="123" />
        <source>Contains personal data: {0}</source>
        <translation>Indeholder personoplysninger: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="289" />
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
</context>
<context>
    <name>NoteMover</name>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="215" />
        <source>Select the notes to move in the list first.</source>
        <extracomment>Notes were moved (the list of ``capture.move.Move``).</extracomment>
        <translation>Vælg først de noter, der skal flyttes, i listen.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="76" />
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="81" />
        <source>Show notes of kind</source>
        <translation>Vis noter af typen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="82" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="83" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="84" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="86" />
        <source>Show notes from venue</source>
        <translation>Vis noter fra mødested</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="87" />
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="167" />
        <source>All venues</source>
        <translation>Alle mødesteder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="89" />
        <source>Filter by text</source>
        <translation>Filtrér på tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="90" />
        <source>Filter notes by text</source>
        <translation>Filtrér noterne på tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="92" />
        <source>Hide linked</source>
        <translation>Skjul koblede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="94" />
        <source>Show only the notes no point of this section uses yet</source>
        <translation>Vis kun de noter, som intet punkt i dette afsnit bruger endnu</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="96" />
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="97" />
        <source>Show the notes of every theme, to link them here</source>
        <translation>Vis noterne fra alle temaer, så de kan kobles hertil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="100" />
        <source>Notes of the section</source>
        <translation>Afsnittets noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="109" />
        <source>&amp;Link to point</source>
        <translation>&amp;Kobl til punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="111" />
        <source>Link the selected notes to the selected summary point (Ctrl+L)</source>
        <translation>Kobl de valgte noter til det valgte opsamlingspunkt (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="113" />
        <source>New point from selec&amp;tion</source>
        <translation>N&amp;yt punkt ud fra valgte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="115" />
        <source>Draft a summary point from the selected notes (Ctrl+Shift+N)</source>
        <translation>Lav et udkast til et opsamlingspunkt ud fra de valgte noter (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="209" />
        <source>{0} linked</source>
        <translation>{0} koblet</translation>
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
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="68" />
        <source>Page preview</source>
        <extracomment>Pages are rasterised for the printer at no more than this resolution: sharp text and QR codes, without a 1200 dpi printer asking for half a gigabyte per page. The number of pages changed (0 when nothing is shown).</extracomment>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="81" />
        <source>Preview message</source>
        <translation>Besked om visningen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="91" />
        <source>Preview progress</source>
        <translation>Visningen laves</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="96" />
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="99" />
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="102" />
        <source>Page number</source>
        <translation>Sidetal</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="111" />
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="112" />
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="113" />
        <source>Fit width</source>
        <translation>Tilpas til bredden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="114" />
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="115" />
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="116" />
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="150" />
        <source>Preparing the preview…</source>
        <translation>Laver forhåndsvisningen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="182" />
        <source>of {0}</source>
        <translation>af {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="381" />
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="388" />
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="389" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>PeriodicBackups</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/periodic_backup.py" line="118" />
        <source>No backup could be taken: {0}</source>
        <extracomment>How often the window asks whether a backup is due. A tick finished: the new backup's path or None, and an error message or "".</extracomment>
        <translation>Der kunne ikke tages en sikkerhedskopi: {0}</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="226" />
        <source>Summary &amp;points</source>
        <extracomment>The order the export prints the kinds in.</extracomment>
        <translation>Opsamlings&amp;punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="235" />
        <source>Summary points</source>
        <translation>Opsamlingspunkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="251" />
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="534" />
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="251" />
        <source>Edit the point's text (F2)</source>
        <translation>Ret punktets tekst (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="255" />
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="535" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="256" />
        <source>Make the point a challenge, a solution or neither</source>
        <translation>Gør punktet til en udfordring, en løsning eller ingen af delene</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="257" />
        <source>Kind of the point</source>
        <translation>Punktets type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="268" />
        <source>Unlink</source>
        <translation>Fjern kobling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="269" />
        <source>Unlink the selected note from its point (Delete)</source>
        <translation>Fjern koblingen mellem den valgte note og punktet (Delete)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="273" />
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="273" />
        <source>Move the point up (Alt+Up)</source>
        <translation>Flyt punktet op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="276" />
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="276" />
        <source>Move the point down (Alt+Down)</source>
        <translation>Flyt punktet ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="279" />
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="542" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="280" />
        <source>Delete the point (Delete); Ctrl+Z brings it back</source>
        <translation>Slet punktet (Delete); Ctrl+Z henter det tilbage</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="295" />
        <source>&amp;Write a new point</source>
        <translation>&amp;Skriv et nyt punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="298" />
        <source>Kind of the new point</source>
        <translation>Det nye punkts type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="303" />
        <source>Text of the new summary point</source>
        <translation>Teksten til det nye opsamlingspunkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="304" />
        <source>What the notes add up to, in one or two sentences</source>
        <translation>Hvad noterne samlet siger, i en eller to sætninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="308" />
        <source>Add point</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="309" />
        <source>Add the point (Enter in the text field)</source>
        <translation>Tilføj punktet (Enter i tekstfeltet)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="314" />
        <source>Don't link</source>
        <translation>Kobl ikke</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="315" />
        <source>Don't link the notes to the new point</source>
        <translation>Kobl ikke noterne til det nye punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="364" />
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="365" />
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="366" />
        <source>No kind</source>
        <translation>Ingen type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="371" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="372" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="373" />
        <source>Other points</source>
        <translation>Andre punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="532" />
        <source>Unlink from the point</source>
        <translation>Fjern koblingen til punktet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="574" />
        <source>Will be linked to: {0}</source>
        <translation>Kobles til: {0}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="54" />
        <source>Projector – Workshop app</source>
        <translation>Projektor – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="55" />
        <source>Projector view</source>
        <translation>Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="73" />
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="73" />
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
</context>
<context>
    <name>ProvenanceDisplay</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="51" />
        <source>Where is this note &amp;from?</source>
        <translation>Hvor &amp;kommer noten fra?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="57" />
        <source>this laptop</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="59" />
        <source>laptop “{0}”</source>
        <translation>computeren “{0}”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="61" />
        <source>laptop {0}</source>
        <translation>computer {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="66" />
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="82" />
        <source>no meeting</source>
        <translation>intet møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="67" />
        <source>Written on {0} at {1}, {2}</source>
        <translation>Skrevet på {0} ved {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="72" />
        <source> · last changed {0} on {1}</source>
        <translation> · sidst ændret {0} på {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="79" />
        <source>Laptop: {0}</source>
        <translation>Computer: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="80" />
        <source>Laptop id: {0}</source>
        <translation>Computer-id: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="81" />
        <source>Meeting: {0}</source>
        <translation>Møde: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="84" />
        <source>Written: {0}</source>
        <translation>Skrevet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="85" />
        <source>Last changed: {0} on {1}</source>
        <translation>Sidst ændret: {0} på {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="90" />
        <source>This note has been deleted.</source>
        <translation>Noten er slettet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="133" />
        <source>Select a note first to see where it came from.</source>
        <translation>Vælg først en note for at se, hvor den kommer fra.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="138" />
        <source>Where this note is from</source>
        <translation>Hvor noten kommer fra</translation>
    </message>
</context>
<context>
    <name>RecurringPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="41" />
        <source>&amp;Recurring suggestions</source>
        <translation>&amp;Tilbagevendende forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="44" />
        <source>Find again</source>
        <translation>Søg igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="46" />
        <source>Look again for proposals raised at several meetings</source>
        <translation>Søg igen efter forslag, der kom frem på flere møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="48" />
        <source>Find recurring proposals again</source>
        <translation>Søg igen efter tilbagevendende forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="55" />
        <source>Recurring suggestions</source>
        <translation>Tilbagevendende forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="61" />
        <source>Promote to cross-cutting topic</source>
        <translation>Gør til tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="64" />
        <source>Make the selected suggestion a cross-cutting topic with a drafted point linked to its notes (Ctrl+Shift+P)</source>
        <translation>Gør det valgte forslag til et tværgående emne med et udkast til et punkt, koblet til forslagets noter (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="106" />
        <source>in summary</source>
        <translation>i opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="107" />
        <source>Already a point under “{0}”</source>
        <translation>Allerede et punkt under »{0}«</translation>
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
        <location filename="../../workshop_app/ui/pages/search_page.py" line="169" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="38" />
        <source>&amp;Sections</source>
        <translation>&amp;Afsnit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="42" />
        <source>Sections: cross-cutting topics and themes</source>
        <translation>Afsnit: tværgående emner og temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="54" />
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="55" />
        <source>Move the topic up (Alt+Up)</source>
        <translation>Flyt emnet op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="56" />
        <source>Move the topic up</source>
        <translation>Flyt emnet op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="58" />
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="59" />
        <source>Move the topic down (Alt+Down)</source>
        <translation>Flyt emnet ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="60" />
        <source>Move the topic down</source>
        <translation>Flyt emnet ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="62" />
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="63" />
        <source>Rename the topic (F2)</source>
        <translation>Omdøb emnet (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="64" />
        <source>Rename the topic</source>
        <translation>Omdøb emnet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="104" />
        <source>Cross-cutting proposals</source>
        <translation>Tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="105" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="74" />
        <source>Export session</source>
        <translation>Eksportér session</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="76" />
        <source>Session files (*{0})</source>
        <translation>Sessionsfiler (*{0})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="88" />
        <source>Writing the session file…</source>
        <translation>Skriver sessionsfilen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="94" />
        <source>Exporting the session…</source>
        <translation>Eksporterer sessionen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="101" />
        <source>Session saved: {0} ({1} notes). Give this file to the coordinator.</source>
        <translation>Sessionen er gemt: {0} ({1} noter). Giv filen til koordinatoren.</translation>
    </message>
</context>
<context>
    <name>SessionMerger</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="495" />
        <source>Merge sessions</source>
        <extracomment>A merge was written; carries its report (after the pages were told to reload). The preview dialog is showing (tests and screenshots use it).</extracomment>
        <translation>Flet sessioner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="497" />
        <source>Session files and consultations (*{0} *.sqlite *.db);;All files (*)</source>
        <translation>Sessionsfiler og dialogforløb (*{0} *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="520" />
        <source>Checking the files…</source>
        <translation>Kontrollerer filerne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="549" />
        <source>Merging…</source>
        <translation>Fletter…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="555" />
        <source>Merging the sessions…</source>
        <translation>Fletter sessionerne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="571" />
        <source>Merged {0} file(s): {1} new, {2} updated, {3} deleted notes, {4} conflicts.</source>
        <translation>{0} fil(er) flettet: {1} nye, {2} ændrede, {3} slettede noter, {4} konflikter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="585" />
        <source>Nothing was merged: {0}</source>
        <translation>Intet blev flettet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="586" />
        <source>Cannot merge</source>
        <translation>Kan ikke flette</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="87" />
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="88" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="89" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="90" />
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="91" />
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
    <name>SingleWindow</name>
    <message>
        <location filename="../../workshop_app/ui/single_window.py" line="144" />
        <source>“{0}” is already open in another window of the app; that window was brought forward.</source>
        <extracomment>What a second window sends to the first: come forward.</extracomment>
        <translation>“{0}” er allerede åben i et andet vindue i appen; det vindue er hentet frem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/single_window.py" line="151" />
        <source>“{0}” is already open in another window of the app (process {1}); close it there first.</source>
        <translation>“{0}” er allerede åben i et andet vindue i appen (proces {1}); luk den der først.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="59" />
        <source>1 note</source>
        <extracomment>Notes dragged from the notes list: their ids, one per line (UTF-8). A summary point dragged within the points list: its id.</extracomment>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="61" />
        <source>{0} notes</source>
        <translation>{0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="67" />
        <source>1 point</source>
        <translation>1 punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="69" />
        <source>{0} points</source>
        <translation>{0} punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="75" />
        <source>1 meeting</source>
        <translation>1 møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="77" />
        <source>{0} meetings</source>
        <translation>{0} møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="83" />
        <source>1 theme</source>
        <translation>1 tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="85" />
        <source>{0} themes</source>
        <translation>{0} temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="91" />
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="93" />
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="94" />
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="193" />
        <source>Linked to:</source>
        <translation>Koblet til:</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="100" />
        <source>Export summary</source>
        <extracomment>How long typing must pause before the preview is rebuilt.</extracomment>
        <translation>Eksportér opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="124" />
        <source>Export status</source>
        <extracomment>Documents built for the preview, by the choices they were built with.</extracomment>
        <translation>Status for eksport</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="125" />
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="125" />
        <source>Print the summary</source>
        <translation>Udskriv opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="126" />
        <source>Print the summary as previewed (Ctrl+P)</source>
        <translation>Udskriv opsamlingen, som den ses (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="128" />
        <source>&amp;Save…</source>
        <translation>&amp;Gem…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="128" />
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="575" />
        <source>Save the summary</source>
        <translation>Gem opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="129" />
        <source>Save the summary in the chosen format (Ctrl+S)</source>
        <translation>Gem opsamlingen i det valgte format (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="131" />
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="155" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="159" />
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="160" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="160" />
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="161" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="164" />
        <source>The preview shows the PDF layout; the file has the same content and headings.</source>
        <translation>Visningen viser PDF-opsætningen; filen har samme indhold og overskrifter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="171" />
        <source>Document language</source>
        <translation>Dokumentets sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="178" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="183" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="188" />
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="189" />
        <source>All meetings in one summary</source>
        <translation>Alle møder i én opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="191" />
        <source>One summary per meeting</source>
        <translation>Én opsamling pr. møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="193" />
        <source>Only {0}</source>
        <translation>Kun {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="196" />
        <source>&amp;Meetings:</source>
        <translation>&amp;Møder:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="199" />
        <source>Meeting shown in the preview</source>
        <translation>Mødet, der vises</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="203" />
        <source>Pre&amp;view:</source>
        <translation>Forhånds&amp;visning:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="207" />
        <source>Show where each point was raised</source>
        <translation>Vis, hvor hvert punkt blev rejst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="208" />
        <source>Show venues after each point</source>
        <translation>Vis mødesteder efter hvert punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="209" />
        <source>Adds the venues after each point, e.g. “(Nørrebro, Tingbjerg)”.</source>
        <translation>Tilføjer mødestederne efter hvert punkt, fx “(Nørrebro, Tingbjerg)”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="214" />
        <source>Keep personal data</source>
        <translation>Behold personoplysninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="215" />
        <source>Keep personal data in the summary</source>
        <translation>Behold personoplysninger i opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="216" />
        <source>By default CPR numbers, phone numbers and e-mail addresses in the notes are left out.</source>
        <translation>Som standard udelades cpr-numre, telefonnumre og e-mailadresser i noterne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="221" />
        <source>CPR numbers, phone numbers and e-mail addresses in the notes are exported as typed. Do not publish or share this file.</source>
        <translation>Cpr-numre, telefonnumre og e-mailadresser i noterne kommer med, som de er skrevet. Filen må ikke offentliggøres eller deles.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="225" />
        <source>Personal data warning</source>
        <translation>Advarsel om personoplysninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="233" />
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="234" />
        <source>Saved in the consultation. A field left empty uses the automatic text.</source>
        <translation>Gemmes i dialogforløbet. Et tomt felt bruger den automatiske tekst.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="239" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="240" />
        <source>&amp;Author</source>
        <translation>&amp;Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="241" />
        <source>&amp;Introduction</source>
        <translation>&amp;Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="242" />
        <source>&amp;Next steps</source>
        <translation>Vide&amp;re proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="245" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="246" />
        <source>Author</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="247" />
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="248" />
        <source>Next steps</source>
        <translation>Videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="256" />
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="258" />
        <source>Made from the consultation's data; type to change it</source>
        <translation>Lavet ud fra dialogforløbets data; skriv for at ændre den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="260" />
        <source>Use the automatic text</source>
        <translation>Brug den automatiske tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="261" />
        <source>Use the automatic text for {0}</source>
        <translation>Brug den automatiske tekst til {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="262" />
        <source>Forget your text and go back to the one made from the data</source>
        <translation>Glem din tekst, og gå tilbage til den, der er lavet ud fra data</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="507" />
        <source>Personal data in the notes is left out ({0} found): CPR numbers, phone numbers and e-mail addresses become a placeholder.</source>
        <translation>Personoplysninger i noterne udelades ({0} fundet): cpr-numre, telefonnumre og e-mailadresser erstattes af en markering.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="510" />
        <source>No CPR numbers, phone numbers or e-mail addresses found in the notes.</source>
        <translation>Ingen cpr-numre, telefonnumre eller e-mailadresser fundet i noterne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="517" />
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="518" />
        <source>{0} pages</source>
        <translation>{0} sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="529" />
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="552" />
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="564" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="565" />
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="566" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="596" />
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="598" />
        <source>Exporting the summary…</source>
        <translation>Eksporterer opsamlingen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="603" />
        <source>Keep personal data?</source>
        <translation>Behold personoplysninger?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="604" />
        <source>The file will contain the CPR numbers, phone numbers and e-mail addresses typed in the notes. Do not publish or share it.

Save it anyway?</source>
        <translation>Filen kommer til at indeholde de cpr-numre, telefonnumre og e-mailadresser, der er skrevet i noterne. Den må ikke offentliggøres eller deles.

Gem den alligevel?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="612" />
        <source>Replace files?</source>
        <translation>Erstat filer?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="613" />
        <source>These files exist already and will be replaced:
{0}</source>
        <translation>Disse filer findes allerede og bliver erstattet:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="627" />
        <source>Saved {0} ({1} kB).</source>
        <translation>Gemt: {0} ({1} kB).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="630" />
        <source>Saved {0} files: {1}</source>
        <translation>Gemt {0} filer: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="640" />
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../workshop_app/ui/summary/__init__.py" line="56" />
        <source>Su&amp;mmary</source>
        <extracomment>Shows the Summary page (Ctrl+1 … Ctrl+9 choose themes, Ctrl+E/F/, other pages).</extracomment>
        <translation>&amp;Opsamling</translation>
    </message>
</context>
<context>
    <name>SummaryUndo</name>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="117" />
        <source>Edit point “{0}”</source>
        <translation>Ret punkt »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="134" />
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="254" />
        <source>Link a note</source>
        <translation>Kobl en note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="256" />
        <source>Link {0} notes</source>
        <translation>Kobl {0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="262" />
        <source>Unlink a note</source>
        <translation>Fjern kobling af en note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="264" />
        <source>Unlink {0} notes</source>
        <translation>Fjern kobling af {0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="301" />
        <source>Add point “{0}”</source>
        <translation>Tilføj punkt »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="337" />
        <source>Delete point “{0}”</source>
        <translation>Slet punkt »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="378" />
        <source>Reorder points</source>
        <translation>Flyt punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="399" />
        <source>Reorder cross-cutting topics</source>
        <translation>Flyt tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="422" />
        <source>Rename topic “{0}”</source>
        <translation>Omdøb emne »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="443" />
        <source>Promote “{0}”</source>
        <translation>Gør »{0}« til tværgående emne</translation>
    </message>
</context>
<context>
    <name>SummaryWorkspace</name>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="117" />
        <source>Last change</source>
        <translation>Seneste ændring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="221" />
        <source>The notes have changed since the last search: Find again.</source>
        <translation>Noterne er ændret siden sidste søgning: Søg igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="279" />
        <source>Summary</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="281" />
        <source>Add themes on the Setup page first.</source>
        <translation>Tilføj først temaer på siden Opsætning.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="295" />
        <source>Cross-cutting proposal</source>
        <translation>Tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="301" />
        <source>Theme, only at {0}</source>
        <translation>Tema, kun på {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="303" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="334" />
        <source>These points replace the raw notes of this section in the exported summary. Drag notes onto a point to link them.</source>
        <translation>Disse punkter erstatter afsnittets rå noter i den eksporterede opsamling. Træk noter hen på et punkt for at koble dem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="341" />
        <source>No summary points yet: the export prints this section's raw notes. Select notes and press “New point from selection”, or write a point.</source>
        <translation>Ingen opsamlingspunkter endnu: eksporten viser afsnittets rå noter. Vælg noter og tryk »Nyt punkt ud fra valgte«, eller skriv et punkt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="352" />
        <source>No notes linked yet: drag notes here</source>
        <translation>Ingen noter koblet endnu: træk noter herhen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="359" />
        <source>all {0} meetings</source>
        <translation>alle {0} møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="361" />
        <source>{0} of {1} meetings</source>
        <translation>{0} af {1} møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="410" />
        <source>Select a summary point first (or start a new one from the notes).</source>
        <translation>Vælg først et opsamlingspunkt (eller start et nyt ud fra noterne).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="417" />
        <source>Select the notes to link first.</source>
        <translation>Vælg først de noter, der skal kobles.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="427" />
        <source>Linked to the point: {0}.</source>
        <translation>Koblet til punktet: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="430" />
        <source>These notes are linked to the point already.</source>
        <translation>Noterne er allerede koblet til punktet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="435" />
        <source>Unlinked: {0}.</source>
        <translation>Kobling fjernet: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="441" />
        <source>Select the notes the new point should condense first.</source>
        <translation>Vælg først de noter, det nye punkt skal samle.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="446" />
        <source>Drafted from the selected notes: rewrite it, then press Enter.</source>
        <translation>Udkast ud fra de valgte noter: omskriv det, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="462" />
        <source>Point added.</source>
        <translation>Punktet er tilføjet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="466" />
        <source>Point deleted. Ctrl+Z brings it back.</source>
        <translation>Punktet er slettet. Ctrl+Z henter det tilbage.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="508" />
        <source>Rename topic</source>
        <translation>Omdøb emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="509" />
        <source>Name of the cross-cutting topic:</source>
        <translation>Det tværgående emnes navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="525" />
        <source>Looking for proposals raised at several meetings…</source>
        <translation>Leder efter forslag, der kom frem på flere møder…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="531" />
        <source>Looking for recurring proposals…</source>
        <translation>Leder efter tilbagevendende forslag…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="541" />
        <source>1 proposal came up at more than one meeting.</source>
        <translation>1 forslag kom frem på mere end ét møde.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="543" />
        <source>{0} proposals came up at more than one meeting.</source>
        <translation>{0} forslag kom frem på mere end ét møde.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="546" />
        <source>Nothing has come up at more than one meeting yet.</source>
        <translation>Endnu er intet kommet frem på mere end ét møde.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="551" />
        <source>The search failed.</source>
        <translation>Søgningen mislykkedes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="576" />
        <source>Promoted: a drafted point linked to {0}. F2 edits its text.</source>
        <translation>Gjort til tværgående emne: et udkast til et punkt, koblet til {0}. F2 retter teksten.</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/__init__.py" line="46" />
        <source>The backup was restored.</source>
        <extracomment>File endings a dropped file must have to be offered for merging.</extracomment>
        <translation>Sikkerhedskopien er gendannet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/__init__.py" line="92" />
        <source>Export s&amp;ession…</source>
        <translation>Eksportér s&amp;ession…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/__init__.py" line="96" />
        <source>&amp;Merge sessions…</source>
        <translation>F&amp;let sessioner…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/__init__.py" line="101" />
        <source>&amp;Backups…</source>
        <translation>Sikker&amp;hedskopier…</translation>
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
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="331" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="337" />
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="333" />
        <source>The workshop themes in the order of the summary. Drag or use Move up/down to reorder; F2 renames. A venue-only theme appears only at that venue.</source>
        <translation>Workshoppens temaer i opsamlingens rækkefølge. Træk, eller brug Flyt op/ned for at ændre rækkefølgen; F2 omdøber. Et tema for ét sted vises kun ved det sted.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="348" />
        <source>only {0}</source>
        <translation>kun {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="349" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="386" />
        <source>Remove theme</source>
        <translation>Fjern tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="387" />
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
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="497" />
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="503" />
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="499" />
        <source>Proposals that recur across themes, e.g. “Long-term funding instead of short projects”. Give a note a topic from its right-click menu.</source>
        <translation>Forslag, der går igen på tværs af temaer, fx »Varig finansiering frem for korte projekter«. Giv en note et emne fra dens højrekliksmenu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="512" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="525" />
        <source>Add cross-cutting topic</source>
        <translation>Tilføj tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="525" />
        <source>Name of the topic:</source>
        <translation>Emnets navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="544" />
        <source>Remove cross-cutting topic</source>
        <translation>Fjern tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="546" />
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
        <location filename="../../workshop_app/ui/undo.py" line="172" />
        <source>Add note “{0}”</source>
        <translation>Tilføj note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="194" />
        <source>Delete note “{0}”</source>
        <translation>Slet note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="196" />
        <source>Delete {0} notes</source>
        <translation>Slet {0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="133" />
        <source>Move note</source>
        <translation>Flyt note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="135" />
        <source>Move {0} notes</source>
        <translation>Flyt {0} noter</translation>
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