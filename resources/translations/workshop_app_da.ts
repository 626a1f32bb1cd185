<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="54"/>
        <source>&amp;File</source>
        <extracomment>The menu bar, left to right.</extracomment>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="55"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="56"/>
        <source>&amp;Capture</source>
        <translation>&amp;Indtastning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="57"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="58"/>
        <source>Settin&amp;gs</source>
        <translation>Indstillin&amp;ger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="59"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="65"/>
        <source>Theme {0}</source>
        <translation>Tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="67"/>
        <source>Choose theme 1 to 9</source>
        <translation>Vælg tema 1 til 9</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="75"/>
        <source>&amp;New consultation…</source>
        <translation>&amp;Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="76"/>
        <source>Start a new consultation file</source>
        <translation>Start en ny fil med et dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="77"/>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="78"/>
        <source>Open a consultation file</source>
        <translation>Åbn en fil med et dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="79"/>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="81"/>
        <source>Export &amp;summary…</source>
        <translation>Eksportér &amp;opsamling…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="83"/>
        <source>Export the summary</source>
        <translation>Eksportér opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="84"/>
        <source>&amp;Handouts…</source>
        <translation>QR-&amp;foldere…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="85"/>
        <source>Print QR handouts</source>
        <translation>Udskriv QR-sedler</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="86"/>
        <source>Export s&amp;ession…</source>
        <translation>Eksportér s&amp;ession…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="88"/>
        <source>&amp;Merge sessions…</source>
        <translation>F&amp;let sessioner…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="90"/>
        <source>Merge sessions from other laptops</source>
        <translation>Flet sessioner fra andre computere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="91"/>
        <source>&amp;Backups…</source>
        <translation>Sikker&amp;hedskopier…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="93"/>
        <source>Quit (notes are saved already)</source>
        <translation>Afslut (noterne er allerede gemt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="96"/>
        <source>Undo / redo</source>
        <translation>Fortryd / annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="100"/>
        <source>&amp;Edit note</source>
        <translation>&amp;Ret note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="101"/>
        <source>Edit the note</source>
        <translation>Ret noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="102"/>
        <source>Enter or F2 (in the list)</source>
        <translation>Enter eller F2 (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="103"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Slet note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="104"/>
        <source>Delete the selected notes</source>
        <translation>Slet de valgte noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="105"/>
        <source>Delete (in the list)</source>
        <translation>Delete (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="106"/>
        <source>&amp;Move notes to…</source>
        <translation>Fl&amp;yt noter til…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="108"/>
        <source>Move the selected notes to another group, theme or meeting</source>
        <translation>Flyt de valgte noter til en anden gruppe, et andet tema eller møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="110"/>
        <source>Where is this note &amp;from?</source>
        <translation>Hvor &amp;kommer noten fra?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="112"/>
        <source>Where is this note from?</source>
        <translation>Hvor kommer denne note fra?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="114"/>
        <source>&amp;Switch challenges/solutions</source>
        <translation>&amp;Skift udfordringer/løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="116"/>
        <source>Switch between challenges and solutions</source>
        <translation>Skift mellem udfordringer og løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="118"/>
        <location filename="../../workshop_app/ui/actions.py" line="119"/>
        <source>Save the note</source>
        <translation>Gem noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="120"/>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="121"/>
        <source>New line in the note</source>
        <translation>Ny linje i noten</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="122"/>
        <source>Choose &amp;meeting…</source>
        <translation>Vælg &amp;møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="123"/>
        <source>Choose the meeting</source>
        <translation>Vælg mødet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="124"/>
        <source>&amp;Previous group</source>
        <translation>&amp;Forrige gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="126"/>
        <source>Previous / next group</source>
        <translation>Forrige / næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="128"/>
        <source>&amp;Next group</source>
        <translation>&amp;Næste gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="130"/>
        <source>&amp;Add group…</source>
        <translation>&amp;Tilføj gruppe…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="131"/>
        <source>Add a group</source>
        <translation>Tilføj en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="134"/>
        <source>Last note</source>
        <translation>Sidste note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="135"/>
        <source>Go to the last note in the list</source>
        <translation>Gå til den sidste note i listen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="136"/>
        <source>Up (in an empty note field)</source>
        <translation>Pil op (i et tomt notefelt)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="137"/>
        <location filename="../../workshop_app/ui/actions.py" line="138"/>
        <source>Back to the note field</source>
        <translation>Tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="139"/>
        <source>Esc (in the list)</source>
        <translation>Esc (i listen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="141"/>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="142"/>
        <source>Back to taking notes</source>
        <translation>Tilbage til at tage noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="143"/>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="144"/>
        <source>Search notes</source>
        <translation>Søg i noterne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="145"/>
        <source>Set&amp;up</source>
        <translation>&amp;Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="146"/>
        <source>Set up meetings, themes and groups</source>
        <translation>Opsæt møder, temaer og grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="147"/>
        <source>Su&amp;mmary</source>
        <translation>Opsa&amp;mling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="148"/>
        <source>Summary workspace</source>
        <translation>Opsamlingens arbejdsrum</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="149"/>
        <source>&amp;Projector view</source>
        <translation>&amp;Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="151"/>
        <source>Projector view on or off</source>
        <translation>Projektorvisning til eller fra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="152"/>
        <source>Projector text lar&amp;ger</source>
        <translation>Større &amp;tekst på projektoren</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="156"/>
        <source>Projector text smalle&amp;r</source>
        <translation>Mindre te&amp;kst på projektoren</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="154"/>
        <source>Projector text larger / smaller</source>
        <translation>Større / mindre tekst på projektoren</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="158"/>
        <source>Start/pause round &amp;timer</source>
        <translation>Start/pause ne&amp;dtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="160"/>
        <source>Start or pause / reset the round timer</source>
        <translation>Start eller pause / nulstil nedtællingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="162"/>
        <source>R&amp;eset round timer</source>
        <translation>N&amp;ulstil nedtælling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="165"/>
        <source>Link to point</source>
        <translation>Knyt til punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="166"/>
        <source>Summary: link the selected notes / draft a point from them</source>
        <translation>Opsamling: knyt de valgte noter / skriv et udkast til et punkt ud fra dem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="169"/>
        <source>New point from selection</source>
        <translation>Nyt punkt ud fra de valgte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="171"/>
        <source>Promote to topic</source>
        <translation>Gør til tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="173"/>
        <source>Summary: promote a recurring group to a topic</source>
        <translation>Opsamling: gør en tilbagevendende gruppe til et tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="175"/>
        <source>&amp;Round length…</source>
        <translation>Rundens &amp;længde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="176"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="179"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="180"/>
        <source>This list of keys</source>
        <translation>Denne liste over taster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/actions.py" line="181"/>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="187"/>
        <source>It was saved by a newer version of the app. Update the app on this laptop to open it.</source>
        <translation>Den er gemt af en nyere version af programmet. Opdater programmet på denne computer for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="190"/>
        <source>The file is damaged, or it is not a consultation file.</source>
        <translation>Filen er beskadiget, eller den er ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="192"/>
        <source>The file cannot be read or written here.</source>
        <translation>Filen kan ikke læses eller skrives her.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="178"/>
        <location filename="../../workshop_app/ui/app.py" line="199"/>
        <source>Cannot open the consultation</source>
        <translation>Dialogforløbet kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="179"/>
        <location filename="../../workshop_app/ui/app.py" line="200"/>
        <source>“{0}” cannot be opened.</source>
        <translation>»{0}« kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="202"/>
        <source>Open another…</source>
        <translation>Åbn et andet…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="203"/>
        <source>New consultation…</source>
        <translation>Nyt dialogforløb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="204"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="210"/>
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="216"/>
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/app.py" line="290"/>
        <source>{0} already exists. Use Open to open it.</source>
        <translation>{0} findes allerede. Brug Åbn for at åbne den.</translation>
    </message>
</context>
<context>
    <name>BackupRecovery</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="33"/>
        <source>The consultation is damaged</source>
        <translation>Dialogforløbet er beskadiget</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="35"/>
        <source>“{0}” is damaged and cannot be opened.</source>
        <translation>“{0}” er beskadiget og kan ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="40"/>
        <source>The newest good backup is from {0} and holds {1} notes:
{2}

Restore it? The damaged file is kept in the backup folder.</source>
        <translation>Den nyeste gode sikkerhedskopi er fra {0} og rummer {1} noter:
{2}

Vil du gendanne den? Den beskadigede fil gemmes i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="48"/>
        <source>Restore the backup</source>
        <translation>Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="67"/>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/recovery.py" line="69"/>
        <source>The backup could not be restored: {0}</source>
        <translation>Sikkerhedskopien kunne ikke gendannes: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="51"/>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="52"/>
        <source>Backups</source>
        <extracomment>A backup was written into the consultation (the window reopens it).</extracomment>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="60"/>
        <source>Backups, newest first</source>
        <translation>Sikkerhedskopier, nyeste først</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62"/>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="62"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="83"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="85"/>
        <source>Put the consultation back as it was when this backup was taken</source>
        <translation>Sæt dialogforløbet tilbage, som det var, da denne sikkerhedskopi blev taget</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="87"/>
        <source>Show &amp;folder</source>
        <translation>Vis &amp;mappe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="104"/>
        <source>Before the app updated the file</source>
        <translation>Før programmet opdaterede filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="106"/>
        <source>When the consultation was opened</source>
        <translation>Da dialogforløbet blev åbnet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="107"/>
        <source>While notes were being written</source>
        <translation>Mens der blev skrevet noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="108"/>
        <source>Before a merge</source>
        <translation>Før en fletning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="109"/>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="110"/>
        <source>Made by hand</source>
        <translation>Taget manuelt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="139"/>
        <source>Backups of “{0}” are taken automatically: when it is opened, every few minutes while notes are written, and before a merge or a restore. The newest 20 are kept, and one for every day.</source>
        <translation>Der tages automatisk sikkerhedskopier af “{0}”: når den åbnes, med få minutters mellemrum mens der skrives noter, og før en fletning eller gendannelse. De 20 nyeste gemmes, og én for hver dag.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="146"/>
        <source>There are no backups of “{0}” yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier af “{0}”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="148"/>
        <source>Kept in {0}</source>
        <translation>Gemt i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="173"/>
        <source>Restore backup</source>
        <translation>Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="175"/>
        <source>Put the consultation back as it was on {0}?</source>
        <translation>Sætte dialogforløbet tilbage, som det var {0}?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="179"/>
        <source>The backup holds {0} notes. Changes made since then are replaced; the current state is backed up first, so you can come back to it from this list.</source>
        <translation>Sikkerhedskopien rummer {0} noter. Ændringer siden da erstattes; den nuværende tilstand sikkerhedskopieres først, så du kan vende tilbage til den fra denne liste.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="188"/>
        <source>This backup is of another consultation: “{0}”, not “{1}”. Replace “{1}” with it?</source>
        <translation>Denne backup er af en anden høring: “{0}”, ikke “{1}”. Skal “{1}” erstattes med den?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="193"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="193"/>
        <source>Restore anyway</source>
        <translation>Gendan alligevel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/backups_dialog.py" line="218"/>
        <source>Restoring the backup…</source>
        <translation>Gendanner sikkerhedskopien…</translation>
    </message>
</context>
<context>
    <name>CapturePage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="330"/>
        <source>No meetings yet.
Add the first meeting (venue and date) in Setup, then come back here to take notes.</source>
        <translation>Der er ingen møder endnu.
Tilføj det første møde (sted og dato) under Opsætning, og kom så tilbage hertil for at tage noter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="334"/>
        <source>Go to Setup</source>
        <translation>Gå til Opsætning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="335"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="336"/>
        <source>&amp;Themes</source>
        <translation>&amp;Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="337"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="338"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="339"/>
        <source>Ctrl+1 to Ctrl+9 choose a theme</source>
        <translation>Ctrl+1 til Ctrl+9 vælger et tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="340"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="342"/>
        <source>Ctrl+Page Up and Ctrl+Page Down choose a group</source>
        <translation>Ctrl+Page Up og Ctrl+Page Down vælger en gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="344"/>
        <source>+ Group</source>
        <translation>+ Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="345"/>
        <source>Add a group to this theme (Ctrl+G)</source>
        <translation>Tilføj en gruppe til dette tema (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="346"/>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="763"/>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="347"/>
        <source>Notes of this group</source>
        <translation>Gruppens noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="349"/>
        <source>Enter or F2 edits, Delete deletes, Escape returns to the note field</source>
        <translation>Enter eller F2 retter, Delete sletter, Escape går tilbage til notefeltet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="351"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="352"/>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="353"/>
        <source>Cross-cutting topic of the next note</source>
        <translation>Tværgående emne for den næste note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="354"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="355"/>
        <source>Save the note (Enter)</source>
        <translation>Gem noten (Enter)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="356"/>
        <source>Save note</source>
        <translation>Gem note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="357"/>
        <source>Ctrl+T switches · Enter saves · Shift+Enter new line</source>
        <translation>Ctrl+T skifter · Enter gemmer · Shift+Enter ny linje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="609"/>
        <source>Theme {0}</source>
        <translation>Tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="382"/>
        <source>In the note list: Enter or F2</source>
        <translation>I notelisten: Enter eller F2</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="383"/>
        <source>In the note list: Delete</source>
        <translation>I notelisten: Delete</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="466"/>
        <source>No cross-cutting topic</source>
        <translation>Intet tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="546"/>
        <source>No group</source>
        <translation>Uden gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="583"/>
        <source>No themes</source>
        <translation>Ingen temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="588"/>
        <source>{0} in this group · {1} in this theme</source>
        <translation>{0} i gruppen · {1} i temaet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="598"/>
        <source>No notes here yet. Type in the field below and press Enter.</source>
        <translation>Ingen noter her endnu. Skriv i feltet nedenfor, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="719"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="720"/>
        <source>A challenge the group mentions…</source>
        <translation>En udfordring, gruppen nævner …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="722"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="723"/>
        <source>A solution the group proposes…</source>
        <translation>En løsning, gruppen foreslår …</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="725"/>
        <source>Phase: {0}. Press to switch</source>
        <translation>Fase: {0}. Tryk for at skifte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="727"/>
        <source>Switch between challenges and solutions (Ctrl+T)</source>
        <translation>Skift mellem udfordringer og løsninger (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="761"/>
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="763"/>
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="776"/>
        <source>Add group {0}</source>
        <translation>Tilføj gruppe {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="817"/>
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="820"/>
        <source>Make it a solution</source>
        <translation>Gør den til en løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="820"/>
        <source>Make it a challenge</source>
        <translation>Gør den til en udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="823"/>
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="824"/>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="832"/>
        <source>Move to…</source>
        <translation>Flyt til…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/capture_page.py" line="835"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="494"/>
        <source>Edit summary point</source>
        <translation>Ret opsamlingspunkt</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/date_edit.py" line="42"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/date_edit.py" line="43"/>
        <source>Type the date, e.g. 15.04.2026, 15-04-2026 or 2026-04-15</source>
        <translation>Skriv datoen, fx 15.04.2026, 15-04-2026 eller 2026-04-15</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="157"/>
        <source>Consultation</source>
        <extracomment>The section&apos;s list, in the sections that have one (``add_list_editor``).</extracomment>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="159"/>
        <source>Shown on the summary and the handouts. Each field is saved when you leave it.</source>
        <translation>Vises i opsamlingen og på uddelingsarkene. Hvert felt gemmes, når du forlader det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="165"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="166"/>
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="167"/>
        <source>Contact e-&amp;mail:</source>
        <translation>Kontakt-&amp;e-mail:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="168"/>
        <source>Hearing f&amp;rom:</source>
        <translation>Høri&amp;ng fra:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="169"/>
        <source>Hearing u&amp;ntil:</source>
        <translation>Høring ti&amp;l:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="172"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="173"/>
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="174"/>
        <source>Contact e-mail</source>
        <translation>Kontakt-e-mail</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="175"/>
        <source>Hearing period starts</source>
        <translation>Høringsperioden begynder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="176"/>
        <source>Hearing period ends</source>
        <translation>Høringsperioden slutter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="230"/>
        <source>Change {0}</source>
        <translation>Ændr {0}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="30"/>
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="32"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="40"/>
        <source>Cannot save</source>
        <translation>Kan ikke gemme</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="41"/>
        <source>The last change could not be saved.</source>
        <translation>Den sidste ændring kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="45"/>
        <source>Notes saved before are safe. Keep the text you typed, fix the problem (free disk space, close the other program) and try again.</source>
        <translation>Noter, der er gemt før, er i sikkerhed. Behold den tekst, du skrev, ret problemet (frigør diskplads, luk det andet program), og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="58"/>
        <source>Not saved: {0}</source>
        <translation>Ikke gemt: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="59"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="67"/>
        <source>Cannot use the database</source>
        <translation>Databasen kan ikke bruges</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="73"/>
        <source>Something went wrong inside the app: {0}</source>
        <translation>Der gik noget galt i programmet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="77"/>
        <source>Details were written to {0}.</source>
        <translation>Detaljerne er skrevet i {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/dialogs.py" line="80"/>
        <source>Internal error</source>
        <translation>Intern fejl</translation>
    </message>
</context>
<context>
    <name>DocumentTexts</name>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="27"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="28"/>
        <source>Subtitle</source>
        <translation>Undertitel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="29"/>
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="30"/>
        <source>Lead of the workshop themes</source>
        <translation>Indledning til workshoptemaerne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="33"/>
        <source>Heading of the next steps</source>
        <translation>Overskrift til videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="36"/>
        <source>Next steps</source>
        <translation>Videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="37"/>
        <source>Heading of the cross-cutting proposals</source>
        <translation>Overskrift til de tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="40"/>
        <source>Lead of the cross-cutting proposals</source>
        <translation>Indledning til de tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="43"/>
        <source>Heading of the theme summaries</source>
        <translation>Overskrift til resuméerne pr. tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="46"/>
        <source>Author</source>
        <translation>Afsender</translation>
    </message>
</context>
<context>
    <name>DocumentTextsPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="65"/>
        <source>The document&apos;s &amp;texts</source>
        <translation>Dokumentets &amp;tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/document_panel.py" line="67"/>
        <source>Empty fields print the text shown in grey.</source>
        <translation>Tomme felter udskriver den grå tekst.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../workshop_app/ui/drafts.py" line="40"/>
        <source>Drafts cannot be kept: {0}</source>
        <extracomment>How long typing may pause before the text is written (the promise is &quot;within 1 s&quot;).</extracomment>
        <translation>Kladder kan ikke gemmes: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/drafts.py" line="45"/>
        <source>The drafts file was damaged and is ignored (kept as {0}).</source>
        <translation>Kladdefilen var beskadiget og bliver ikke brugt (gemt som {0}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/drafts.py" line="49"/>
        <source>The drafts file cannot be read and is ignored: {0}</source>
        <translation>Kladdefilen kan ikke læses og bliver ikke brugt: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/drafts.py" line="107"/>
        <source>A draft was restored: the text typed here is back in the field.</source>
        <translation>En kladde er hentet tilbage: teksten, der blev skrevet her, står i feltet igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/drafts.py" line="175"/>
        <source>A draft was restored: the note you were editing is open again.</source>
        <translation>En kladde er hentet tilbage: noten, du var ved at rette, er åben igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/drafts.py" line="194"/>
        <source>The draft cannot be written to {0}: {1}</source>
        <translation>Kladden kan ikke skrives til {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="102"/>
        <source>The note is empty.</source>
        <translation>Noten er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="104"/>
        <source>The note is {n} characters long; the limit is {limit}.</source>
        <translation>Noten er {n} tegn lang; grænsen er {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="106"/>
        <source>The name is empty ({what}).</source>
        <translation>Navnet er tomt ({what}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="108"/>
        <source>The name is longer than {limit} characters ({what}).</source>
        <translation>Navnet er længere end {limit} tegn ({what}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="110"/>
        <source>The title is longer than {limit} characters.</source>
        <translation>Titlen er længere end {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="112"/>
        <source>Unknown kind {value}: use challenge or solution.</source>
        <translation>Ukendt slags {value}: brug udfordring eller løsning.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="114"/>
        <source>The date {value} is not valid: write it as YYYY-MM-DD.</source>
        <translation>Datoen {value} er ikke gyldig: skriv den som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="116"/>
        <source>The hearing URL is empty.</source>
        <translation>Høringsadressen er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="118"/>
        <source>The hearing URL is longer than {limit} characters.</source>
        <translation>Høringsadressen er længere end {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="120"/>
        <source>The hearing URL {value} contains spaces or control characters.</source>
        <translation>Høringsadressen {value} indeholder mellemrum eller kontroltegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="124"/>
        <source>The hearing URL {value} must start with http:// or https://.</source>
        <translation>Høringsadressen {value} skal begynde med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="128"/>
        <source>The hearing URL {value} has no host name.</source>
        <translation>Høringsadressen {value} har intet værtsnavn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="130"/>
        <source>The port in the hearing URL {value} is not a valid number.</source>
        <translation>Porten i dialogforløbets webadresse {value} er ikke et gyldigt tal.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="132"/>
        <source>The hearing URL {value} is not valid.</source>
        <translation>Høringsadressen {value} er ikke gyldig.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="134"/>
        <source>The e-mail address {value} is not valid.</source>
        <translation>E-mailadressen {value} er ikke gyldig.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="136"/>
        <source>The hearing period starts ({start}) after it ends ({end}).</source>
        <translation>Høringsperioden begynder ({start}) efter den slutter ({end}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="138"/>
        <source>A theme named {name} already exists.</source>
        <translation>Der findes allerede et tema med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="140"/>
        <source>A group named {name} already exists here.</source>
        <translation>Der findes allerede en gruppe med navnet {name} her.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="142"/>
        <source>A cross-cutting topic named {name} already exists.</source>
        <translation>Der findes allerede et tværgående emne med navnet {name}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="144"/>
        <source>The number of participants {value} is not valid.</source>
        <translation>Antallet af deltagere {value} er ikke gyldigt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="147"/>
        <source>The disk is full: cannot write {path}.</source>
        <translation>Disken er fuld: kan ikke skrive {path}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="149"/>
        <source>No permission to write {path} (is the folder or file read-only?).</source>
        <translation>Ingen tilladelse til at skrive {path} (er mappen eller filen skrivebeskyttet?).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="153"/>
        <source>No such file or folder: {path}</source>
        <translation>Filen eller mappen findes ikke: {path}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="155"/>
        <source>No such file: {path}</source>
        <translation>Filen findes ikke: {path}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="157"/>
        <source>No such folder: {path}</source>
        <translation>Mappen findes ikke: {path}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="159"/>
        <source>No such backup file: {path}</source>
        <translation>Backupfilen findes ikke: {path}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="161"/>
        <source>Cannot open {path} (the folder is missing or there is no permission).</source>
        <translation>Kan ikke åbne {path} (mappen mangler, eller der er ikke tilladelse).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="165"/>
        <source>{path} is a folder, not a consultation file.</source>
        <translation>{path} er en mappe, ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="167"/>
        <source>{path} is a folder, not a session file.</source>
        <translation>{path} er en mappe, ikke en sessionsfil.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="169"/>
        <location filename="../../workshop_app/ui/i18n.py" line="175"/>
        <location filename="../../workshop_app/ui/i18n.py" line="298"/>
        <source>{name} is not a consultation file.</source>
        <translation>{name} er ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="171"/>
        <location filename="../../workshop_app/ui/i18n.py" line="287"/>
        <source>{name} is damaged, or it is not a consultation file.</source>
        <translation>{name} er beskadiget, eller også er den ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="173"/>
        <source>{name} is a database, but not a consultation file.</source>
        <translation>{name} er en database, men ikke en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="177"/>
        <source>{name} failed the integrity check ({detail}).</source>
        <translation>{name} bestod ikke integritetstjekket ({detail}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="180"/>
        <source>{name} was saved by a newer version of the app: update the app to open it.</source>
        <translation>{name} er gemt af en nyere version af appen: opdatér appen for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="185"/>
        <location filename="../../workshop_app/ui/i18n.py" line="282"/>
        <source>{name} was saved by a newer version of the app: update the app to merge it.</source>
        <translation>{name} er gemt af en nyere version af appen: opdatér appen for at flette den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="189"/>
        <source>{name} is damaged ({detail}).</source>
        <translation>{name} er beskadiget ({detail}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="191"/>
        <source>{name} is not a session file.</source>
        <translation>{name} er ikke en sessionsfil.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="193"/>
        <source>{name} is a damaged session file.</source>
        <translation>{name} er en beskadiget sessionsfil.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="195"/>
        <source>{name} is too large to be a session file.</source>
        <translation>{name} er for stor til at være en sessionsfil.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="197"/>
        <source>{name} is empty.</source>
        <translation>{name} er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="199"/>
        <source>Cannot restore: another program is writing to {name}. Close it first.</source>
        <translation>Kan ikke gendanne: et andet program skriver til {name}. Luk det først.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="203"/>
        <source>The backup and the consultation are the same file.</source>
        <translation>Backuppen og dialogforløbet er den samme fil.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="205"/>
        <source>{path} is the consultation itself: give the session file another name.</source>
        <translation>{path} er selve dialogforløbet: giv sessionsfilen et andet navn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="210"/>
        <source>{path} is a consultation file, not a session file: give the session file another name (nothing was written).</source>
        <translation>{path} er en fil med et dialogforløb, ikke en sessionsfil: giv sessionsfilen et andet navn (intet blev skrevet).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="216"/>
        <source>Newest good backup: {path} ({when}); restore with: {command}</source>
        <translation>Nyeste gode backup: {path} ({when}); gendan med: {command}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="220"/>
        <source>No {what} with the id {value}.</source>
        <translation>Intet/ingen {what} med id&apos;et {value}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="222"/>
        <source>The id {value} fits more than one.</source>
        <translation>Id&apos;et {value} passer på flere.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="224"/>
        <source>No such {what}: {value}</source>
        <translation>Findes ikke ({what}): {value}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="226"/>
        <source>Cannot prepare {name} for safe writing (write-ahead logging).</source>
        <translation>Kan ikke gøre {name} klar til sikker skrivning (write-ahead logging).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="230"/>
        <source>{name} holds triggers or views: it was not made by this app.</source>
        <translation>{name} indeholder triggere eller views: den er ikke lavet af denne app.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="235"/>
        <source>{name} is a session file, not a backup: merge it instead (File → Merge sessions…).</source>
        <translation>{name} er en sessionsfil, ikke en backup: flet den i stedet (Filer → Flet sessioner…).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="240"/>
        <source>{name} does not have the tables of a consultation file.</source>
        <translation>{name} har ikke tabellerne fra en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="242"/>
        <source>{name} lacks indexes of a consultation file.</source>
        <translation>{name} mangler indeks fra en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="244"/>
        <source>The copy failed SQLite&apos;s check ({detail}).</source>
        <translation>Kopien bestod ikke SQLites tjek ({detail}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="246"/>
        <source>Cannot restore {name}: {detail}</source>
        <translation>Kan ikke gendanne {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="248"/>
        <source>The restored {name} failed the integrity check.</source>
        <translation>Den gendannede {name} bestod ikke integritetstjekket.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="250"/>
        <source>{name} was saved by a newer version of the app.</source>
        <translation>{name} er gemt af en nyere version af appen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="252"/>
        <source>{name} holds no consultation.</source>
        <translation>{name} indeholder intet dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="254"/>
        <source>{name} is damaged ({detail}); no backup was taken.</source>
        <translation>{name} er beskadiget ({detail}); der blev ikke taget nogen backup.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="257"/>
        <source>{name} is a session file: merge it into a consultation file, not the other way round.</source>
        <translation>{name} er en sessionsfil: flet den ind i en fil med et dialogforløb, ikke omvendt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="262"/>
        <source>Cannot merge into {path}: {detail}</source>
        <translation>Kan ikke flette ind i {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="264"/>
        <source>{name} is neither a session file nor a consultation file.</source>
        <translation>{name} er hverken en sessionsfil eller en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="266"/>
        <source>{name} is cut short (the file ends inside its header): copy it again.</source>
        <translation>{name} er afkortet (filen slutter midt i sit hoved): kopiér den igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="270"/>
        <source>{name} is cut short ({size} of {expected} bytes): copy it again.</source>
        <translation>{name} er afkortet ({size} af {expected} byte): kopiér den igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="274"/>
        <source>{name} is cut short: copy it again.</source>
        <translation>{name} er afkortet: kopiér den igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="276"/>
        <source>{name} is a database, but neither a session file nor a consultation file.</source>
        <translation>{name} er en database, men hverken en sessionsfil eller en fil med et dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="290"/>
        <source>{name} failed its checksum: the file was changed or damaged after it was exported. If it was opened and edited in the app, export a new session file from it.</source>
        <translation>{name} bestod ikke sin kontrolsum: filen er ændret eller beskadiget efter eksporten. Hvis den blev åbnet og redigeret i appen, så eksportér en ny sessionsfil fra den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="296"/>
        <source>{name} failed its checksum (the number of rows differs).</source>
        <translation>{name} bestod ikke sin kontrolsum (antallet af rækker passer ikke).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="300"/>
        <source>{name} has an unexpected layout ({detail}).</source>
        <translation>{name} har en uventet opbygning ({detail}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="302"/>
        <source>{name} has a bad value in {field} (row {row}).</source>
        <translation>{name} har en ugyldig værdi i {field} (række {row}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="304"/>
        <source>Cannot read {path}: {detail}</source>
        <translation>Kan ikke læse {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="306"/>
        <source>{name} has a broken reference: {field} of row {row}.</source>
        <translation>{name} har en brudt henvisning: {field} i række {row}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="308"/>
        <source>{path} is a folder: give a file name, e.g. {example}</source>
        <translation>{path} er en mappe: angiv et filnavn, f.eks. {example}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="311"/>
        <source>{name} is a session file of a newer format: update the app to merge it.</source>
        <translation>{name} er en sessionsfil i et nyere format: opdatér appen for at flette den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="316"/>
        <source>Cannot export {name}: {detail}</source>
        <translation>Kan ikke eksportere {name}: {detail}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="318"/>
        <source>The summary point is {n} characters long; the limit is {limit}.</source>
        <translation>Opsamlingspunktet er {n} tegn langt; grænsen er {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="322"/>
        <source>A summary point belongs to exactly one theme or one cross-cutting topic.</source>
        <translation>Et opsamlingspunkt hører til præcis ét tema eller ét tværgående emne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="327"/>
        <source>No such summary point: {value}</source>
        <translation>Opsamlingspunktet findes ikke: {value}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="329"/>
        <source>A summary point is named twice in the new order.</source>
        <translation>Et opsamlingspunkt er nævnt to gange i den nye rækkefølge.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="331"/>
        <source>Only points of the same theme or topic can be put in order together.</source>
        <translation>Kun punkter under samme tema eller emne kan sættes i rækkefølge sammen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="335"/>
        <source>None of the group&apos;s notes exist any more.</source>
        <translation>Ingen af gruppens noter findes længere.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="338"/>
        <source>Unknown kind {value}: use challenge, solution or none.</source>
        <translation>Ukendt slags {value}: brug udfordring, løsning eller ingen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="340"/>
        <source>No such note: {value}</source>
        <translation>Noten findes ikke: {value}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="342"/>
        <source>This point has no such link: {value}</source>
        <translation>Punktet har ingen sådan kobling: {value}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="344"/>
        <source>The bundled font {name} is missing: reinstall the app.</source>
        <translation>Den medfølgende skrifttype {name} mangler: geninstallér appen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="346"/>
        <source>Unknown summary format {value} (use {formats}).</source>
        <translation>Ukendt format for opsamlingen {value} (brug {formats}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="348"/>
        <source>Cannot use {path}: {detail}</source>
        <translation>Kan ikke bruge {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="350"/>
        <source>Cannot write {path}: {detail}</source>
        <translation>Kan ikke skrive {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="353"/>
        <source>The date {value} is not valid: write it as 15.04.2026, 15-04-2026 or 2026-04-15.</source>
        <translation>Datoen {value} er ikke gyldig: skriv den som 15.04.2026, 15-04-2026 eller 2026-04-15.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="357"/>
        <source>The date {value} does not exist.</source>
        <translation>Datoen {value} findes ikke.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="359"/>
        <source>The date {value} has an unknown month: {month}.</source>
        <translation>Datoen {value} har en ukendt måned: {month}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="361"/>
        <source>The note is empty (it holds only invisible characters).</source>
        <translation>Noten er tom (den indeholder kun usynlige tegn).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="363"/>
        <source>{path} is a folder, not a {what}.</source>
        <translation>{path} er en mappe, ikke en {what}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="365"/>
        <source>{path} is not an ordinary file (it is a pipe, device or socket), not a {what}.</source>
        <translation>{path} er ikke en almindelig fil (men en pipe, en enhed eller en socket), og derfor ikke en {what}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="369"/>
        <source>The {what} is larger than the limit of {limit} MB.</source>
        <translation>Filen er større end grænsen på {limit} MB ({what}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="371"/>
        <source>The {what} is {size} MB; the limit is {limit} MB.</source>
        <translation>Filen fylder {size} MB; grænsen er {limit} MB ({what}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="374"/>
        <source>{name} holds a trigger or view that this app did not make ({detail}): another program has changed the file, so it is not used.</source>
        <translation>{name} indeholder en trigger eller et view, som denne app ikke har lavet ({detail}): et andet program har ændret filen, så den bliver ikke brugt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="380"/>
        <source>{name} is a session file, not a consultation file: merge it instead (File → Merge sessions…).</source>
        <translation>{name} er en sessionsfil, ikke en fil med et dialogforløb: flet den ind i stedet (Filer → Flet sessioner…).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="386"/>
        <source>{name} has a table that this app did not make ({detail}): another program has changed the file, so it is not used.</source>
        <translation>{name} har en tabel, som denne app ikke har lavet ({detail}): et andet program har ændret filen, så den bliver ikke brugt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="391"/>
        <source>{name} holds no consultation (it is an empty database).</source>
        <translation>{name} indeholder intet dialogforløb (det er en tom database).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="394"/>
        <source>{name} has saved changes in {wal} that cannot be read from a read-only folder: copy both files to a folder you can write to, and open the copy.</source>
        <translation>{name} har gemte ændringer i {wal}, som ikke kan læses fra en skrivebeskyttet mappe: kopiér begge filer til en mappe, du kan skrive i, og åbn kopien.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="400"/>
        <source>Unknown preposition {value}: use på or i.</source>
        <translation>Ukendt forholdsord {value}: brug på eller i.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="403"/>
        <source>Cannot save to {path}: the file or folder is read-only (a write-protected medium?). It can still be read and exported.</source>
        <translation>Kan ikke gemme i {path}: filen eller mappen er skrivebeskyttet (et skrivebeskyttet medie?). Den kan stadig læses og eksporteres.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="408"/>
        <source>Cannot restore rows of {value}.</source>
        <translation>Kan ikke gendanne rækker i {value}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="410"/>
        <source>The group does not belong to that meeting and theme.</source>
        <translation>Gruppen hører ikke til det møde og det tema.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="414"/>
        <source>{name} is {what} of another consultation: {theirs}, not {ours}. Nothing was {done}; if it really belongs here, confirm that it should be used anyway.</source>
        <translation>{name} er {what} af et andet dialogforløb: {theirs}, ikke {ours}. Intet blev {done}; hvis den virkelig hører til her, så bekræft, at den skal bruges alligevel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="420"/>
        <source>{name} is another consultation: {theirs}, not {ours}. Nothing was merged; if it really belongs here, merge again and confirm that it should be merged anyway.</source>
        <translation>{name} er et andet dialogforløb: {theirs}, ikke {ours}. Intet blev flettet ind; hvis den virkelig hører til her, så flet igen og bekræft, at den skal flettes ind alligevel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="426"/>
        <source>{detail}: nothing was merged. If it really belongs here, merge again and confirm that it should be merged anyway.</source>
        <translation>{detail}: intet blev flettet ind. Hvis den virkelig hører til her, så flet igen og bekræft, at den skal flettes ind alligevel.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="431"/>
        <source>Give a reason for leaving the note out.</source>
        <translation>Skriv en begrundelse for at udelade noten.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="433"/>
        <source>The reason is longer than {limit} characters.</source>
        <translation>Begrundelsen er længere end {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="435"/>
        <source>Choose at least one note.</source>
        <translation>Vælg mindst én note.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="437"/>
        <source>No meeting was held at {value} (venues: {known}).</source>
        <translation>Der blev ikke holdt noget møde på {value} (steder: {known}).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="439"/>
        <source>No meeting was held at {value}.</source>
        <translation>Der blev ikke holdt noget møde på {value}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="442"/>
        <source>{name} held {n} meetings ({dates}): give the date too, e.g. {example}.</source>
        <translation>Der blev holdt {n} møder på {name} ({dates}): angiv også datoen, f.eks. {example}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="446"/>
        <source>{n} groups are named {value}: choose the meeting and the theme too.</source>
        <translation>{n} grupper hedder {value}: vælg også mødet og temaet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="450"/>
        <source>The position must be between 1 and {n}.</source>
        <translation>Placeringen skal være mellem 1 og {n}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="452"/>
        <source>A theme cannot be moved next to itself.</source>
        <translation>Et tema kan ikke flyttes hen ved siden af sig selv.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="454"/>
        <source>Themes held at one venue only and the workshop&apos;s themes each keep their own order.</source>
        <translation>Temaer, der kun blev holdt ét sted, og workshoppens temaer har hver deres egen rækkefølge.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="460"/>
        <source>The theme {name} has notes ({n}): move them first, or delete them together with the theme.</source>
        <translation>Temaet {name} har noter ({n}): flyt dem først, eller slet dem sammen med temaet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="466"/>
        <source>{name} has summary points ({n}): move or delete them first.</source>
        <translation>{name} har opsamlingspunkter ({n}): flyt eller slet dem først.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="471"/>
        <source>The theme {name} has notes from other venues ({where}): move them first to make it a theme of {venue} only.</source>
        <translation>Temaet {name} har noter fra andre mødesteder ({where}): flyt dem først, så det kan blive et tema kun for {venue}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="476"/>
        <source>The meeting at {name} has notes ({n}): delete them together with the meeting, or move them first.</source>
        <translation>Mødet på {name} har noter ({n}): slet dem sammen med mødet, eller flyt dem først.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="481"/>
        <source>The group {name} has notes ({n}): delete them together with the group, or move them first.</source>
        <translation>Gruppen {name} har noter ({n}): slet dem sammen med gruppen, eller flyt dem først.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="486"/>
        <source>A cross-cutting topic is named twice in the new order.</source>
        <translation>Et tværgående emne er nævnt to gange i den nye rækkefølge.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="488"/>
        <source>Unknown document text {value}: use one of {known}.</source>
        <translation>Ukendt dokumenttekst {value}: brug en af {known}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="490"/>
        <source>The text for {key} is empty: choose “Use the automatic text” to go back to the default.</source>
        <translation>Teksten til {key} er tom: vælg “Brug den automatiske tekst” for at gå tilbage til standardteksten.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="495"/>
        <source>The text for {key} is {n} characters long; the limit is {limit}.</source>
        <translation>Teksten til {key} er {n} tegn lang; grænsen er {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="499"/>
        <source>The text for {key} must be one line.</source>
        <translation>Teksten til {key} skal være på én linje.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="510"/>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="511"/>
        <source>group</source>
        <translation>gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="512"/>
        <source>cross-cutting topic</source>
        <translation>tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="513"/>
        <source>venue</source>
        <translation>sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="514"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="515"/>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="516"/>
        <source>consultation file</source>
        <translation>fil med et dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="517"/>
        <source>backup file</source>
        <translation>backupfil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="518"/>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="519"/>
        <source>a backup</source>
        <translation>en backup</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="520"/>
        <source>restored</source>
        <translation>gendannet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="521"/>
        <source>merged</source>
        <translation>flettet ind</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="529"/>
        <source>the document&apos;s title</source>
        <translation>dokumentets titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="530"/>
        <source>the line under the title</source>
        <translation>linjen under titlen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="531"/>
        <source>the introduction</source>
        <translation>indledningen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="532"/>
        <source>the lead of the list of workshop themes</source>
        <translation>indledningen til listen over workshoppens temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="534"/>
        <source>the heading of the next steps</source>
        <translation>overskriften til videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="536"/>
        <source>the next steps</source>
        <translation>videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="537"/>
        <source>the heading of the cross-cutting proposals</source>
        <translation>overskriften til de tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="539"/>
        <source>the lead of the cross-cutting proposals</source>
        <translation>indledningen til de tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="541"/>
        <source>the lead of the theme summaries</source>
        <translation>indledningen til temaernes opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/i18n.py" line="542"/>
        <source>the author</source>
        <translation>forfatteren</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="491"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="515"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="493"/>
        <source>Groups belong to one meeting and one theme, e.g. “Table 3”. You can also add them while taking notes (Ctrl+G).</source>
        <translation>En gruppe hører til ét møde og ét tema, fx »Bord 3«. Du kan også tilføje grupper, mens du tager noter (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="499"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="501"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="506"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="508"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="544"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="553"/>
        <source>Add group {0}</source>
        <translation>Tilføj gruppe {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="559"/>
        <source>Table {0}</source>
        <translation>Bord {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="561"/>
        <source>Add group</source>
        <translation>Tilføj gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="561"/>
        <source>Name of the new group:</source>
        <translation>Navn på den nye gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="567"/>
        <source>Rename group {0}</source>
        <translation>Omdøb gruppe {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="574"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="578"/>
        <source>Remove group</source>
        <translation>Fjern gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="575"/>
        <source>This group has {0} notes. Remove the group and its notes?</source>
        <translation>Gruppen har {0} noter. Vil du fjerne gruppen og dens noter?</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="108"/>
        <source>Handouts</source>
        <extracomment>This laptop&apos;s last choices (never merged).</extracomment>
        <translation>QR-foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="128"/>
        <source>Handout status</source>
        <extracomment>Unsaved edits per language (kept when switching language, until they print well).</extracomment>
        <translation>Status for QR-foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="129"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="129"/>
        <source>Print the handouts</source>
        <translation>Udskriv QR-folderne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="130"/>
        <source>Print the sheet (Ctrl+P)</source>
        <translation>Udskriv arket (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="132"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Gem PDF…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="132"/>
        <source>Save the handouts as PDF</source>
        <translation>Gem QR-folderne som PDF</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="133"/>
        <source>Save the sheet as a PDF file (Ctrl+S)</source>
        <translation>Gem arket som PDF-fil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="135"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="153"/>
        <source>Sheet</source>
        <translation>Ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="155"/>
        <source>Handout language</source>
        <translation>Foldernes sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="159"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="176"/>
        <source>{0} per sheet</source>
        <translation>{0} pr. ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="188"/>
        <source>Number of sheets</source>
        <translation>Antal ark</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="189"/>
        <source>How many sheets to print, or to put in the PDF file</source>
        <translation>Hvor mange ark der skal udskrives eller lægges i PDF-filen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="182"/>
        <source>Per sh&amp;eet:</source>
        <translation>&amp;Pr. ark:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="161"/>
        <source>Second language on the same handouts</source>
        <translation>Andet sprog på de samme foldere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="162"/>
        <source>Print a second language on every slip, under the first. Its texts are edited by choosing it as the language.</source>
        <translation>Udskriv et andet sprog på hver folder under det første. Dets tekster redigeres ved at vælge det som sprog.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="165"/>
        <source>None</source>
        <translation>Intet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="169"/>
        <source>Second lan&amp;guage:</source>
        <translation>Andet sp&amp;rog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="190"/>
        <source>Shee&amp;ts:</source>
        <translation>Antal ar&amp;k:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="193"/>
        <source>Hearing URL</source>
        <translation>Høringsadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="195"/>
        <source>The address the QR code points to. Saved in the consultation when you leave the field.</source>
        <translation>Adressen, QR-koden peger på. Gemmes i dialogforløbet, når du forlader feltet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="199"/>
        <source>Hearing &amp;URL:</source>
        <translation>Hørings&amp;adresse (URL):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="205"/>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="208"/>
        <source>&amp;Heading:</source>
        <translation>&amp;Overskrift:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="210"/>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="218"/>
        <source>&amp;Invitation:</source>
        <translation>&amp;Invitation:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="223"/>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="226"/>
        <source>Se&amp;nder:</source>
        <translation>A&amp;fsender:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="227"/>
        <source>&amp;Restore the built-in texts</source>
        <translation>Gen&amp;dan de indbyggede tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="231"/>
        <source>Saved in the consultation for each language.</source>
        <translation>Gemmes i dialogforløbet for hvert sprog.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="240"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="275"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="275"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="275"/>
        <source>Arabic</source>
        <translation>Arabisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="276"/>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="276"/>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="276"/>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="277"/>
        <source>Turkish</source>
        <translation>Tyrkisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="313"/>
        <source>Texts in Danish</source>
        <translation>Tekster på dansk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="313"/>
        <source>Texts in English</source>
        <translation>Tekster på engelsk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="314"/>
        <source>Texts in Arabic</source>
        <translation>Tekster på arabisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="314"/>
        <source>Texts in Farsi</source>
        <translation>Tekster på farsi</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="315"/>
        <source>Texts in Urdu</source>
        <translation>Tekster på urdu</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="315"/>
        <source>Texts in Somali</source>
        <translation>Tekster på somali</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="316"/>
        <source>Texts in Turkish</source>
        <translation>Tekster på tyrkisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="328"/>
        <source>{0} of {1} characters</source>
        <translation>{0} af {1} tegn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="423"/>
        <source>{0} per sheet, A4</source>
        <translation>{0} pr. ark, A4</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="432"/>
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="445"/>
        <source>The hearing URL must start with http:// or https://.</source>
        <translation>Høringsadressen skal begynde med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="447"/>
        <source>The hearing URL has no host name (like https://blivhoert.kk.dk/).</source>
        <translation>Høringsadressen mangler et værtsnavn (som https://blivhoert.kk.dk/).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="449"/>
        <source>The hearing URL must not contain spaces.</source>
        <translation>Høringsadressen må ikke indeholde mellemrum.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="452"/>
        <source>The hearing URL is too long for a handout: use a shorter URL.</source>
        <translation>Høringsadressen er for lang til en folder: brug en kortere adresse.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="453"/>
        <source>The hearing URL is too long for a handout at {0} per sheet: use a shorter URL or fewer per sheet.</source>
        <translation>Høringsadressen er for lang til en folder med {0} pr. ark: brug en kortere adresse eller færre pr. ark.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="457"/>
        <source>The texts do not fit on the sheet: shorten the heading or the invitation.</source>
        <translation>Teksterne kan ikke være på arket: forkort overskriften eller invitationen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="459"/>
        <source>The texts do not fit on a slip at {0} per sheet: shorten the heading or the invitation, or print fewer per sheet.</source>
        <translation>Teksterne kan ikke være på en folder med {0} pr. ark: forkort overskriften eller invitationen, eller udskriv færre pr. ark.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="462"/>
        <source>The heading is empty.</source>
        <translation>Overskriften er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="464"/>
        <source>The invitation is empty.</source>
        <translation>Invitationen er tom.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="473"/>
        <source>No hearing URL is set: the code points to {0}.</source>
        <translation>Der er ingen høringsadresse: koden peger på {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="476"/>
        <source>No contact e-mail is set, so the slips show none. Add it under Setup → Consultation.</source>
        <translation>Der er ingen kontakt-e-mail, så folderne viser ingen. Tilføj den under Opsætning → Dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="479"/>
        <source>No hearing end date is set, so the slips show no deadline. Add it under Setup → Consultation.</source>
        <translation>Høringen har ingen slutdato, så folderne viser ingen frist. Tilføj den under Opsætning → Dialogforløb.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="485"/>
        <source>{0}: the texts contain personal data (a CPR number, phone number or e-mail address), which is left out of the handouts.</source>
        <translation>{0}: teksterne indeholder personoplysninger (et CPR-nummer, telefonnummer eller en e-mailadresse), som udelades af folderne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="490"/>
        <source>{1}: no bundled font can draw {0} in the texts; it prints as an empty box.</source>
        <translation>{1}: ingen medfølgende skrifttype kan tegne {0} i teksterne; det udskrives som en tom boks.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="494"/>
        <source>At {0} per sheet there is no room for two invitations: each slip carries both headings, the dates, the contact and the code. Choose fewer per sheet to have them.</source>
        <translation>Ved {0} pr. ark er der ikke plads til to invitationer: hver folder har begge overskrifter, datoerne, kontakten og koden. Vælg færre pr. ark for at få dem med.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="583"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="599"/>
        <source>Save the handouts</source>
        <translation>Gem QR-folderne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="600"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="609"/>
        <source>Saving the handouts…</source>
        <translation>Gemmer QR-folderne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="619"/>
        <source>Saved {0} ({1} kB).</source>
        <translation>Gemt: {0} ({1} kB).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/handout_dialog.py" line="629"/>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="29"/>
        <location filename="../../workshop_app/ui/help_dialog.py" line="32"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="36"/>
        <source>What it does</source>
        <translation>Hvad de gør</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="60"/>
        <source>About the workshop app</source>
        <translation>Om dialogmøde-appen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/help_dialog.py" line="61"/>
        <source>&lt;p&gt;&lt;b&gt;Workshop app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Notes from citizen dialogue meetings, captured live and saved as you type. Works offline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dialogmøde-app&lt;/b&gt; {0}&lt;/p&gt;&lt;p&gt;Noter fra borgernes dialogmøder, skrevet direkte og gemt, mens du skriver. Virker uden internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="105"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="202"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="205"/>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="253"/>
        <source>No other recent consultations</source>
        <translation>Ingen andre seneste dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="259"/>
        <source>The file no longer exists:
{0}</source>
        <translation>Filen findes ikke længere:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="266"/>
        <source>Open consultation</source>
        <translation>Åbn dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="274"/>
        <source>New consultation</source>
        <translation>Nyt dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="355"/>
        <source>Save status</source>
        <translation>Gemt-status</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="358"/>
        <source>All changes are saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="362"/>
        <source>✓ Saved {0}</source>
        <translation>✓ Gemt {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="366"/>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="383"/>
        <source>{0} – Workshop app</source>
        <translation>{0} – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/main_window.py" line="383"/>
        <source>Workshop app</source>
        <translation>Dialogmøde-app</translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="257"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="292"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="258"/>
        <source>One row per dialogue meeting. Double-click a cell to correct it.</source>
        <translation>Én række pr. dialogmøde. Dobbeltklik på en celle for at rette den.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="264"/>
        <source>Venue of the new meeting</source>
        <translation>Sted for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="267"/>
        <source>Date of the new meeting</source>
        <translation>Dato for det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="270"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="271"/>
        <source>Participants at the new meeting</source>
        <translation>Deltagere i det nye møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="272"/>
        <source>Add meeting</source>
        <translation>Tilføj møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="273"/>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="275"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="277"/>
        <source>&amp;Participants:</source>
        <translation>De&amp;ltagere:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="294"/>
        <source>Venue</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="294"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="294"/>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="294"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="295"/>
        <source>Preposition</source>
        <translation>Forholdsord</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="298"/>
        <source>Danish: “på Amager”, “i Tingbjerg” (på or i)</source>
        <translation>“på Amager”, “i Tingbjerg” (på eller i)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="313"/>
        <source>Remove meeting…</source>
        <translation>Fjern møde…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="352"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="360"/>
        <source>Add meeting {0}</source>
        <translation>Tilføj møde {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="385"/>
        <source>Change meeting {0}</source>
        <translation>Ændr møde {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="397"/>
        <source>Remove the meeting {0}?</source>
        <translation>Vil du fjerne mødet {0}?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="400"/>
        <source>The meeting {0} has {1} notes. Remove the meeting and its notes?</source>
        <translation>Mødet {0} har {1} noter. Vil du fjerne mødet og dets noter?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="402"/>
        <source>Remove meeting</source>
        <translation>Fjern møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="403"/>
        <source>Remove meeting {0}</source>
        <translation>Fjern møde {0}</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="115"/>
        <source>Merge sessions</source>
        <translation>Flet sessioner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="116"/>
        <source>Merge preview</source>
        <translation>Forhåndsvisning af fletning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="121"/>
        <source>What merging these files into “{0}” would change</source>
        <translation>Det ville en fletning af disse filer ind i “{0}” ændre</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137"/>
        <source>Laptop</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="137"/>
        <source>Made</source>
        <translation>Lavet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="139"/>
        <source>Files to merge</source>
        <translation>Filer, der skal flettes</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="141"/>
        <source>Session file</source>
        <translation>Sessionsfil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="141"/>
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="157"/>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="167"/>
        <source>Notes per meeting place</source>
        <translation>Noter pr. mødested</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="160"/>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="200"/>
        <source>Meeting place</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="161"/>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="162"/>
        <source>Updated</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="163"/>
        <source>Deleted</source>
        <translation>Slettede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="164"/>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="205"/>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="170"/>
        <source>(no meeting)</source>
        <translation>(intet møde)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="171"/>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="181"/>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="186"/>
        <source>Consultation details that would change</source>
        <translation>Oplysninger om høringen, der ville blive ændret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="195"/>
        <source>Conflicts ({0})</source>
        <translation>Konflikter ({0})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="199"/>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="201"/>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="202"/>
        <source>Moved to history</source>
        <translation>Flyttet til historikken</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="216"/>
        <source>Two laptops changed the same thing differently. The later change is kept; the other version is saved in the consultation&apos;s history, not thrown away.</source>
        <translation>To computere har ændret det samme forskelligt. Den seneste ændring beholdes; den anden version gemmes i dialogforløbets historik og går ikke tabt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="221"/>
        <source>No conflicts: no two laptops changed the same thing differently.</source>
        <translation>Ingen konflikter: ingen to computere har ændret det samme forskelligt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="229"/>
        <source>Nothing has been written yet. A backup of this consultation is taken before the merge.</source>
        <translation>Intet er skrevet endnu. Der tages en sikkerhedskopi af dialogforløbet før fletningen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="234"/>
        <source>Nothing new: this consultation already holds everything in these files.</source>
        <translation>Intet nyt: dialogforløbet rummer allerede alt i disse filer.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="243"/>
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="254"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="266"/>
        <source>{0} is another consultation: “{1}”, not “{2}”.</source>
        <translation>{0} er en anden høring: “{1}”, ikke “{2}”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="280"/>
        <source>Merging it would put its notes into “{0}” and may change this consultation&apos;s title and details (listed below). Do these notes belong to “{0}”?</source>
        <translation>Fletter du den, kommer dens noter ind i “{0}”, og høringens titel og oplysninger kan blive ændret (se nedenfor). Hører disse noter til “{0}”?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="288"/>
        <source>&amp;Yes, merge them into “{0}” anyway</source>
        <translation>&amp;Ja, flet dem ind i “{0}” alligevel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="296"/>
        <source>{0}: {1} → {2} (from {3})</source>
        <translation>{0}: {1} → {2} (fra {3})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="302"/>
        <source>laptop {0}</source>
        <translation>computer {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="309"/>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="313"/>
        <source>consultation id</source>
        <translation>høringens id</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="314"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="315"/>
        <source>hearing URL</source>
        <translation>høringens webadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="316"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="317"/>
        <source>hearing from</source>
        <translation>høring fra</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="318"/>
        <source>hearing to</source>
        <translation>høring til</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="319"/>
        <source>summary title</source>
        <translation>opsamlingens titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="320"/>
        <source>summary introduction</source>
        <translation>opsamlingens indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="321"/>
        <source>summary next steps</source>
        <translation>opsamlingens videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="322"/>
        <source>summary author</source>
        <translation>opsamlingens afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="328"/>
        <source>handout text ({0}, {1})</source>
        <translation>tekst på uddelingsark ({0}, {1})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="378"/>
        <source>this laptop</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="384"/>
        <source>themes</source>
        <translation>temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="385"/>
        <source>meetings</source>
        <translation>møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="386"/>
        <source>groups</source>
        <translation>grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="387"/>
        <source>cross-cutting topics</source>
        <translation>tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="388"/>
        <source>summary points</source>
        <translation>opsamlingspunkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="389"/>
        <source>links to notes</source>
        <translation>henvisninger til noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="390"/>
        <source>texts and settings</source>
        <translation>tekster og indstillinger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="401"/>
        <source>{0} new</source>
        <translation>{0} nye</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="403"/>
        <source>{0} updated</source>
        <translation>{0} ændrede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="405"/>
        <source>{0} deleted</source>
        <translation>{0} slettede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="407"/>
        <source>{0} in conflict</source>
        <translation>{0} i konflikt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="412"/>
        <source>Also changed: {0}.</source>
        <translation>Desuden ændret: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="418"/>
        <source>Made into one (same name on several laptops): {0}.</source>
        <translation>Slået sammen til én (samme navn på flere computere): {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="426"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="427"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="428"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="429"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="430"/>
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="431"/>
        <source>Summary point</source>
        <translation>Opsamlingspunkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="432"/>
        <source>Link to a note</source>
        <translation>Henvisning til en note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="433"/>
        <source>Text or setting</source>
        <translation>Tekst eller indstilling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="438"/>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="51"/>
        <source>CPR number</source>
        <translation>cpr-nummer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="52"/>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="53"/>
        <source>e-mail address</source>
        <translation>e-mailadresse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="55"/>
        <source>Contains personal data: {0}</source>
        <translation>Indeholder personoplysninger: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="69"/>
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="70"/>
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="248"/>
        <source>{0}. {1}, {2} notes</source>
        <extracomment>The drag format of notes: their ids, one a line.</extracomment>
        <translation>{0}. {1}, {2} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="256"/>
        <source>Only at {0}</source>
        <translation>Kun i {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="326"/>
        <source>Kind</source>
        <extracomment>Rows read at a time: a search can match 50,000 notes, and reading them all costs ~0.7 s; the view asks for more (``fetchMore``) as it scrolls towards the end.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="327"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="328"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="329"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="330"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/models.py" line="331"/>
        <source>Cross-cutting topic</source>
        <translation>Tværgående emne</translation>
    </message>
</context>
<context>
    <name>MoveNotesDialog</name>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="60"/>
        <source>Move notes</source>
        <extracomment>A move may make a group at the new place: the pages read everything again (one reload; the capture page keeps its place). The group choice &quot;the group of the same name there&quot; (``capture.move``&apos;s default). The group choice &quot;no group&quot;.</extracomment>
        <translation>Flyt noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="64"/>
        <source>Move “{0}” to:</source>
        <translation>Flyt “{0}” til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="66"/>
        <source>Move the {0} selected notes to:</source>
        <translation>Flyt de {0} valgte noter til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="73"/>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="74"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="75"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="77"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="79"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="83"/>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="113"/>
        <source>The group of the same name (made if missing)</source>
        <translation>Gruppen med samme navn (oprettes hvis den mangler)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="114"/>
        <source>No group</source>
        <translation>Ingen gruppe</translation>
    </message>
</context>
<context>
    <name>NoteDelegate</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/note_delegate.py" line="313"/>
        <source>Edit note</source>
        <translation>Ret note</translation>
    </message>
</context>
<context>
    <name>NoteMover</name>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="202"/>
        <source>Select the notes to move in the list first.</source>
        <extracomment>Notes were moved (the list of ``capture.move.Move``).</extracomment>
        <translation>Vælg først de noter, der skal flyttes, i listen.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="78"/>
        <source>&amp;Notes</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="83"/>
        <source>Show notes of kind</source>
        <translation>Vis noter af typen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="84"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="85"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="86"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="88"/>
        <source>Show notes from venue</source>
        <translation>Vis noter fra mødested</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="89"/>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="181"/>
        <source>All venues</source>
        <translation>Alle mødesteder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="91"/>
        <source>Filter by text</source>
        <translation>Filtrér på tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="92"/>
        <source>Filter notes by text</source>
        <translation>Filtrér noterne på tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="94"/>
        <source>Hide linked</source>
        <translation>Skjul koblede</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="96"/>
        <source>Show only the notes no point of this section uses yet</source>
        <translation>Vis kun de noter, som intet punkt i dette afsnit bruger endnu</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="98"/>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="99"/>
        <source>Show the notes of every theme, to link them here</source>
        <translation>Vis noterne fra alle temaer, så de kan kobles hertil</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="102"/>
        <source>Notes of the section</source>
        <translation>Afsnittets noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="111"/>
        <source>&amp;Link to point</source>
        <translation>&amp;Kobl til punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="113"/>
        <source>Link the selected notes to the selected summary point (Ctrl+L)</source>
        <translation>Kobl de valgte noter til det valgte opsamlingspunkt (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="115"/>
        <source>New point from selec&amp;tion</source>
        <translation>N&amp;yt punkt ud fra valgte</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="117"/>
        <source>Draft a summary point from the selected notes (Ctrl+Shift+N)</source>
        <translation>Lav et udkast til et opsamlingspunkt ud fra de valgte noter (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="119"/>
        <source>Leave &amp;out of the summary</source>
        <translation>&amp;Udelad af opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="121"/>
        <source>The selected notes are left out of the exported summary on purpose (with a reason); uncheck to include them again</source>
        <translation>De valgte noter udelades bevidst af opsamlingen (med en begrundelse); fjern fluebenet for at tage dem med igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="217"/>
        <source>left out: {0}</source>
        <translation>udeladt: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/notes_panel.py" line="225"/>
        <source>{0} linked</source>
        <translation>{0} koblet</translation>
    </message>
</context>
<context>
    <name>OrderedListEditor</name>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="47"/>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="48"/>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="49"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="50"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="51"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="52"/>
        <source>Add to {0}</source>
        <translation>Tilføj til {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="53"/>
        <source>Rename (F2)</source>
        <translation>Omdøb (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="54"/>
        <source>Move up (Alt+Up)</source>
        <translation>Flyt op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/widgets/ordered_list.py" line="55"/>
        <source>Move down (Alt+Down)</source>
        <translation>Flyt ned (Alt+Pil ned)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="68"/>
        <source>Page preview</source>
        <extracomment>Pages are rasterised for the printer at no more than this resolution: sharp text and QR codes, without a 1200 dpi printer asking for half a gigabyte per page. The number of pages changed (0 when nothing is shown).</extracomment>
        <translation>Sidevisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="81"/>
        <source>Preview message</source>
        <translation>Besked om visningen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="91"/>
        <source>Preview progress</source>
        <translation>Visningen laves</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="96"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="99"/>
        <source>Next page</source>
        <translation>Næste side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="102"/>
        <source>Page number</source>
        <translation>Sidetal</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="111"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="112"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="113"/>
        <source>Fit width</source>
        <translation>Tilpas til bredden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="114"/>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="115"/>
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="116"/>
        <source>Page</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="150"/>
        <source>Preparing the preview…</source>
        <translation>Laver forhåndsvisningen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="182"/>
        <source>of {0}</source>
        <translation>af {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="381"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="388"/>
        <source>Printing…</source>
        <translation>Udskriver…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/pdf_preview.py" line="389"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
</context>
<context>
    <name>PeriodicBackups</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/periodic_backup.py" line="108"/>
        <source>No backup could be taken: {0}</source>
        <extracomment>How often the window asks whether a backup is due. A tick finished: the new backup&apos;s path or None, and an error message or &quot;&quot;.</extracomment>
        <translation>Der kunne ikke tages en sikkerhedskopi: {0}</translation>
    </message>
</context>
<context>
    <name>PointsPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="226"/>
        <source>Summary &amp;points</source>
        <extracomment>The order the export prints the kinds in.</extracomment>
        <translation>Opsamlings&amp;punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="235"/>
        <source>Summary points</source>
        <translation>Opsamlingspunkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="251"/>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="534"/>
        <source>Edit</source>
        <translation>Ret</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="251"/>
        <source>Edit the point&apos;s text (F2)</source>
        <translation>Ret punktets tekst (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="255"/>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="535"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="256"/>
        <source>Make the point a challenge, a solution or neither</source>
        <translation>Gør punktet til en udfordring, en løsning eller ingen af delene</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="257"/>
        <source>Kind of the point</source>
        <translation>Punktets type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="268"/>
        <source>Unlink</source>
        <translation>Fjern kobling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="269"/>
        <source>Unlink the selected note from its point (Delete)</source>
        <translation>Fjern koblingen mellem den valgte note og punktet (Delete)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="273"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="273"/>
        <source>Move the point up (Alt+Up)</source>
        <translation>Flyt punktet op (Alt+Pil op)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="276"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="276"/>
        <source>Move the point down (Alt+Down)</source>
        <translation>Flyt punktet ned (Alt+Pil ned)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="279"/>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="542"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="280"/>
        <source>Delete the point (Delete); Ctrl+Z brings it back</source>
        <translation>Slet punktet (Delete); Ctrl+Z henter det tilbage</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="295"/>
        <source>&amp;Write a new point</source>
        <translation>&amp;Skriv et nyt punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="298"/>
        <source>Kind of the new point</source>
        <translation>Det nye punkts type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="303"/>
        <source>Text of the new summary point</source>
        <translation>Teksten til det nye opsamlingspunkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="304"/>
        <source>What the notes add up to, in one or two sentences</source>
        <translation>Hvad noterne samlet siger, i en eller to sætninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="308"/>
        <source>Add point</source>
        <translation>Tilføj punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="309"/>
        <source>Add the point (Enter in the text field)</source>
        <translation>Tilføj punktet (Enter i tekstfeltet)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="314"/>
        <source>Don&apos;t link</source>
        <translation>Kobl ikke</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="315"/>
        <source>Don&apos;t link the notes to the new point</source>
        <translation>Kobl ikke noterne til det nye punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="364"/>
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="365"/>
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="366"/>
        <source>No kind</source>
        <translation>Ingen type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="371"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="372"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="373"/>
        <source>Other points</source>
        <translation>Andre punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="532"/>
        <source>Unlink from the point</source>
        <translation>Fjern koblingen til punktet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/point_editor.py" line="574"/>
        <source>Will be linked to: {0}</source>
        <translation>Kobles til: {0}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="167"/>
        <source>Projector – Workshop app</source>
        <translation>Projektor – Dialogmøde-app</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="168"/>
        <source>Projector view</source>
        <translation>Projektorvisning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="169"/>
        <source>Challenges</source>
        <translation>Udfordringer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/projector.py" line="169"/>
        <source>Solutions</source>
        <translation>Løsninger</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/projector.py" line="234"/>
        <source>+%n earlier</source>
        <translation>
            <numerusform>+%n tidligere</numerusform>
            <numerusform>+%n tidligere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvenanceDisplay</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="55"/>
        <source>this laptop</source>
        <translation>denne computer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="57"/>
        <source>laptop “{0}”</source>
        <translation>computeren “{0}”</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="59"/>
        <source>laptop {0}</source>
        <translation>computer {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="64"/>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="80"/>
        <source>no meeting</source>
        <translation>intet møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="65"/>
        <source>Written on {0} at {1}, {2}</source>
        <translation>Skrevet på {0} ved {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="70"/>
        <source> · last changed {0} on {1}</source>
        <translation> · sidst ændret {0} på {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="77"/>
        <source>Laptop: {0}</source>
        <translation>Computer: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="78"/>
        <source>Laptop id: {0}</source>
        <translation>Computer-id: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="79"/>
        <source>Meeting: {0}</source>
        <translation>Møde: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="82"/>
        <source>Written: {0}</source>
        <translation>Skrevet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="83"/>
        <source>Last changed: {0} on {1}</source>
        <translation>Sidst ændret: {0} på {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="88"/>
        <source>This note has been deleted.</source>
        <translation>Noten er slettet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="131"/>
        <source>Select a note first to see where it came from.</source>
        <translation>Vælg først en note for at se, hvor den kommer fra.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/provenance.py" line="136"/>
        <source>Where this note is from</source>
        <translation>Hvor noten kommer fra</translation>
    </message>
</context>
<context>
    <name>RecurringPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="57"/>
        <source>&amp;Recurring suggestions</source>
        <translation>&amp;Tilbagevendende forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="60"/>
        <source>Find again</source>
        <translation>Søg igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="62"/>
        <source>Look again for proposals raised at several meetings</source>
        <translation>Søg igen efter forslag, der kom frem på flere møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="64"/>
        <source>Find recurring proposals again</source>
        <translation>Søg igen efter tilbagevendende forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="71"/>
        <source>Recurring suggestions</source>
        <translation>Tilbagevendende forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="79"/>
        <source>Promote to cross-cutting topic</source>
        <translation>Gør til tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="82"/>
        <source>Make the selected suggestion a cross-cutting topic with a drafted point linked to its notes (Ctrl+Shift+P)</source>
        <translation>Gør det valgte forslag til et tværgående emne med et udkast til et punkt, koblet til forslagets noter (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="87"/>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="226"/>
        <source>Why together?</source>
        <translation>Hvorfor sammen?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="90"/>
        <source>Show why two selected notes (Ctrl+click) were or were not grouped, or why the selected note is in its group: the score, its parts and what the notes share</source>
        <translation>Vis hvorfor to valgte noter (Ctrl+klik) blev eller ikke blev samlet, eller hvorfor den valgte note er i sin gruppe: scoren, dens dele og hvad noterne har til fælles</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="94"/>
        <source>Explain the grouping of the selected notes</source>
        <translation>Forklar grupperingen af de valgte noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="145"/>
        <source>in summary</source>
        <translation>i opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="146"/>
        <source>Already a point under “{0}”</source>
        <translation>Allerede et punkt under »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="230"/>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="245"/>
        <source>Grouped: these notes are in one recurring suggestion.</source>
        <translation>Samlet: noterne er i samme tilbagevendende forslag.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="248"/>
        <source>In one group, but it was raised at fewer than {0} meetings.</source>
        <translation>I samme gruppe, men den blev rejst på færre end {0} møder.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="253"/>
        <source>Not grouped.</source>
        <translation>Ikke samlet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="262"/>
        <source>Score {0:.2f} (grouped from {1:.2f}):</source>
        <translation>Score {0:.2f} (samles fra {1:.2f}):</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="265"/>
        <source>shared words</source>
        <translation>fælles ord</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="266"/>
        <source>parts of compound words</source>
        <translation>dele af sammensatte ord</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="267"/>
        <source>shared concepts (same idea, other words)</source>
        <translation>fælles begreber (samme idé, andre ord)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="273"/>
        <source>What the notes share, and what it adds:</source>
        <translation>Hvad noterne har til fælles, og hvad det lægger til:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="275"/>
        <source>word</source>
        <translation>ord</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="276"/>
        <source>part</source>
        <translation>orddel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="277"/>
        <source>concept</source>
        <translation>begreb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="285"/>
        <source>The notes share no word, compound part or concept.</source>
        <translation>Noterne har ingen ord, orddele eller begreber til fælles.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="289"/>
        <source>Ignored as words found in many of the notes: {0}</source>
        <translation>Set bort fra, fordi de står i mange af noterne: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/recurring_panel.py" line="297"/>
        <source>The pair is alike, but the notes of the two groups they joined are on average less alike than the threshold.</source>
        <translation>Parret ligner hinanden, men noterne i de to grupper, de kom i, ligner i gennemsnit hinanden mindre end grænsen.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="37"/>
        <source>{0}: {1} condensed into {2}, {3} as bullets, {4} left out</source>
        <translation>{0}: {1} samlet i {2}, {3} som selvstændige punkter, {4} udeladt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="44"/>
        <source>1 point is a draft: approve or edit it before the final export.</source>
        <translation>1 punkt er et udkast: godkend eller ret det før den endelige eksport.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="47"/>
        <source>{0} points are drafts: approve or edit them before the final export.</source>
        <translation>{0} punkter er udkast: godkend eller ret dem før den endelige eksport.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="58"/>
        <source>Draft in {0}: {1}</source>
        <translation>Udkast i {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="62"/>
        <source>No point condenses this note in {0}: {1}</source>
        <translation>Intet punkt samler denne note i {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="66"/>
        <source>Left out on purpose: {0}</source>
        <translation>Bevidst udeladt: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="69"/>
        <source>Personal data in a {0}: {1}</source>
        <translation>Personoplysninger ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="73"/>
        <source>Nothing under {0}</source>
        <translation>Intet under {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="75"/>
        <source>Every note of {0} comes from {1}: a theme only held there?</source>
        <translation>Alle noter under {0} kommer fra {1}: et tema kun dér?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="83"/>
        <source>note</source>
        <translation>notat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="84"/>
        <source>summary point</source>
        <translation>opsamlingspunkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="85"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="86"/>
        <source>theme name</source>
        <translation>temanavn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="87"/>
        <source>topic name</source>
        <translation>emnenavn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="88"/>
        <source>group name</source>
        <translation>gruppenavn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="89"/>
        <source>venue name</source>
        <translation>stednavn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="90"/>
        <source>document text</source>
        <translation>dokumenttekst</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="103"/>
        <source>&amp;Review before publishing</source>
        <translation>&amp;Gennemsyn før offentliggørelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="110"/>
        <source>Problems to look at before publishing</source>
        <translation>Problemer at se på før offentliggørelse</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="113"/>
        <source>Check &amp;again</source>
        <translation>Tjek &amp;igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="115"/>
        <source>&amp;Mark as held only there</source>
        <translation>&amp;Markér som kun holdt dér</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="118"/>
        <source>The selected theme was only held at that venue: left out of the other meetings&apos; files and given its own section</source>
        <translation>Det valgte tema blev kun holdt på dette sted: det udelades af de andre møders filer og får sit eget afsnit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="158"/>
        <source>No problems: ready to publish.</source>
        <translation>Ingen problemer: klar til offentliggørelse.</translation>
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
        <location filename="../../workshop_app/ui/pages/search_page.py" line="110"/>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/search_page.py" line="113"/>
        <source>All meetings</source>
        <translation>Alle møder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/search_page.py" line="173"/>
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
        <location filename="../../workshop_app/ui/summary/sections.py" line="66"/>
        <source>&amp;Sections</source>
        <translation>&amp;Afsnit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="70"/>
        <source>Sections: cross-cutting topics and themes</source>
        <translation>Afsnit: tværgående emner og temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="82"/>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="86"/>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="83"/>
        <source>Move the topic or theme up (Alt+Up, or drag it)</source>
        <translation>Flyt emnet eller temaet op (Alt+Op, eller træk det)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="84"/>
        <source>Move the topic or theme up</source>
        <translation>Flyt emnet eller temaet op</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="87"/>
        <source>Move the topic or theme down (Alt+Down, or drag it)</source>
        <translation>Flyt emnet eller temaet ned (Alt+Ned, eller træk det)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="88"/>
        <source>Move the topic or theme down</source>
        <translation>Flyt emnet eller temaet ned</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="90"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="91"/>
        <source>Rename the topic (F2)</source>
        <translation>Omdøb emnet (F2)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="92"/>
        <source>Rename the topic</source>
        <translation>Omdøb emnet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="133"/>
        <source>Cross-cutting proposals</source>
        <translation>Tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/sections.py" line="134"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
</context>
<context>
    <name>SessionExporter</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="74"/>
        <source>Export session</source>
        <translation>Eksportér session</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="76"/>
        <source>Session files (*{0})</source>
        <translation>Sessionsfiler (*{0})</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="88"/>
        <source>Writing the session file…</source>
        <translation>Skriver sessionsfilen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="94"/>
        <source>Exporting the session…</source>
        <translation>Eksporterer sessionen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/export_session.py" line="101"/>
        <source>Session saved: {0} ({1} notes). Give this file to the coordinator.</source>
        <translation>Sessionen er gemt: {0} ({1} noter). Giv filen til koordinatoren.</translation>
    </message>
</context>
<context>
    <name>SessionMerger</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="495"/>
        <source>Merge sessions</source>
        <extracomment>A merge was written; carries its report (after the pages were told to reload). The preview dialog is showing (tests and screenshots use it).</extracomment>
        <translation>Flet sessioner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="497"/>
        <source>Session files and consultations (*{0} *.sqlite *.db);;All files (*)</source>
        <translation>Sessionsfiler og dialogforløb (*{0} *.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="520"/>
        <source>Checking the files…</source>
        <translation>Kontrollerer filerne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="549"/>
        <source>Merging…</source>
        <translation>Fletter…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="555"/>
        <source>Merging the sessions…</source>
        <translation>Fletter sessionerne…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="571"/>
        <source>Merged {0} file(s): {1} new, {2} updated, {3} deleted notes, {4} conflicts.</source>
        <translation>{0} fil(er) flettet: {1} nye, {2} ændrede, {3} slettede noter, {4} konflikter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="585"/>
        <source>Nothing was merged: {0}</source>
        <translation>Intet blev flettet: {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/merge_dialog.py" line="586"/>
        <source>Cannot merge</source>
        <translation>Kan ikke flette</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="90"/>
        <source>Consultation</source>
        <translation>Dialogforløb</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="91"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="92"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="93"/>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="94"/>
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="52"/>
        <source>Setup sections</source>
        <translation>Opsætningens afsnit</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_page.py" line="57"/>
        <source>Setup</source>
        <translation>Opsætning</translation>
    </message>
</context>
<context>
    <name>SingleWindow</name>
    <message>
        <location filename="../../workshop_app/ui/single_window.py" line="151"/>
        <source>“{0}” is already open in another window of the app; that window was brought forward.</source>
        <extracomment>What a second window sends to the first: come forward.</extracomment>
        <translation>“{0}” er allerede åben i et andet vindue i appen; det vindue er hentet frem.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/single_window.py" line="158"/>
        <source>“{0}” is already open in another window of the app (process {1}); close it there first.</source>
        <translation>“{0}” er allerede åben i et andet vindue i appen (proces {1}); luk den der først.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="59"/>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="28"/>
        <source>1 note</source>
        <extracomment>Notes dragged from the notes list: their ids, one per line (UTF-8). A summary point dragged within the points list: its id.</extracomment>
        <translation>1 note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="61"/>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="30"/>
        <source>{0} notes</source>
        <translation>{0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="67"/>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="33"/>
        <source>1 point</source>
        <translation>1 punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="69"/>
        <location filename="../../workshop_app/ui/summary/review_panel.py" line="35"/>
        <source>{0} points</source>
        <translation>{0} punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="75"/>
        <source>1 meeting</source>
        <translation>1 møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="77"/>
        <source>{0} meetings</source>
        <translation>{0} møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="83"/>
        <source>1 theme</source>
        <translation>1 tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="85"/>
        <source>{0} themes</source>
        <translation>{0} temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="91"/>
        <source>Challenge</source>
        <translation>Udfordring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="93"/>
        <source>Solution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="94"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/models.py" line="193"/>
        <source>Linked to:</source>
        <translation>Koblet til:</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="103"/>
        <source>Export summary</source>
        <translation>Eksportér opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="122"/>
        <source>Export status</source>
        <extracomment>Documents built for the preview, by the choices they were built with.</extracomment>
        <translation>Status for eksport</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="123"/>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="123"/>
        <source>Print the summary</source>
        <translation>Udskriv opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="124"/>
        <source>Print the summary as previewed (Ctrl+P)</source>
        <translation>Udskriv opsamlingen, som den ses (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="126"/>
        <source>&amp;Save…</source>
        <translation>&amp;Gem…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="126"/>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="579"/>
        <source>Save the summary</source>
        <translation>Gem opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="127"/>
        <source>Save the summary in the chosen format (Ctrl+S)</source>
        <translation>Gem opsamlingen i det valgte format (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="129"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="148"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="150"/>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="151"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="151"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="152"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="155"/>
        <source>The preview shows the PDF layout; the file has the same content and headings.</source>
        <translation>Visningen viser PDF-opsætningen; filen har samme indhold og overskrifter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="162"/>
        <source>Document language</source>
        <translation>Dokumentets sprog</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="169"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="174"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="179"/>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="180"/>
        <source>All meetings in one summary</source>
        <translation>Alle møder i én opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="182"/>
        <source>One summary per meeting</source>
        <translation>Én opsamling pr. møde</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="184"/>
        <source>Only {0}</source>
        <translation>Kun {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="187"/>
        <source>&amp;Meetings:</source>
        <translation>&amp;Møder:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="190"/>
        <source>Meeting shown in the preview</source>
        <translation>Mødet, der vises</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="194"/>
        <source>Pre&amp;view:</source>
        <translation>Forhånds&amp;visning:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="198"/>
        <source>Show where each point was raised</source>
        <translation>Vis, hvor hvert punkt blev rejst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="199"/>
        <source>Show venues after each point</source>
        <translation>Vis mødesteder efter hvert punkt</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="200"/>
        <source>Adds the venues after each point, e.g. “(Nørrebro, Tingbjerg)”.</source>
        <translation>Tilføjer mødestederne efter hvert punkt, fx “(Nørrebro, Tingbjerg)”.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="205"/>
        <source>Keep personal data</source>
        <translation>Behold personoplysninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="206"/>
        <source>Keep personal data in the summary</source>
        <translation>Behold personoplysninger i opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="207"/>
        <source>By default CPR numbers, phone numbers and e-mail addresses in the notes are left out.</source>
        <translation>Som standard udelades cpr-numre, telefonnumre og e-mailadresser i noterne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="212"/>
        <source>CPR numbers, phone numbers and e-mail addresses in the notes are exported as typed. Do not publish or share this file.</source>
        <translation>Cpr-numre, telefonnumre og e-mailadresser i noterne kommer med, som de er skrevet. Filen må ikke offentliggøres eller deles.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="216"/>
        <source>Personal data warning</source>
        <translation>Advarsel om personoplysninger</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="227"/>
        <source>Missing characters warning</source>
        <translation>Advarsel om manglende tegn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="232"/>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="233"/>
        <source>Saved in the consultation. A field left empty uses the automatic text.</source>
        <translation>Gemmes i dialogforløbet. Et tomt felt bruger den automatiske tekst.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="238"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="239"/>
        <source>&amp;Author</source>
        <translation>&amp;Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="240"/>
        <source>&amp;Introduction</source>
        <translation>&amp;Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="241"/>
        <source>&amp;Next steps</source>
        <translation>Vide&amp;re proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="244"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="245"/>
        <source>Author</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="246"/>
        <source>Introduction</source>
        <translation>Indledning</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="247"/>
        <source>Next steps</source>
        <translation>Videre proces</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="255"/>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="257"/>
        <source>Made from the consultation&apos;s data; type to change it</source>
        <translation>Lavet ud fra dialogforløbets data; skriv for at ændre den</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="259"/>
        <source>Use the automatic text</source>
        <translation>Brug den automatiske tekst</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="260"/>
        <source>Use the automatic text for {0}</source>
        <translation>Brug den automatiske tekst til {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="261"/>
        <source>Forget your text and go back to the one made from the data</source>
        <translation>Glem din tekst, og gå tilbage til den, der er lavet ud fra data</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="502"/>
        <source>Personal data in the notes is left out ({0} found): CPR numbers, phone numbers and e-mail addresses become a placeholder.</source>
        <translation>Personoplysninger i noterne udelades ({0} fundet): cpr-numre, telefonnumre og e-mailadresser erstattes af en markering.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="505"/>
        <source>No CPR numbers, phone numbers or e-mail addresses found in the notes.</source>
        <translation>Ingen cpr-numre, telefonnumre eller e-mailadresser fundet i noterne.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="512"/>
        <source>{0}: no bundled font draws {1}; the PDF prints the code instead</source>
        <translation>{0}: ingen af de medfølgende skrifttyper kan tegne {1}; PDF&apos;en viser koden i stedet</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="521"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="522"/>
        <source>{0} pages</source>
        <translation>{0} sider</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="533"/>
        <source>The preview could not be made.</source>
        <translation>Forhåndsvisningen kunne ikke laves.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="556"/>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="568"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="569"/>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="570"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="601"/>
        <source>Saving…</source>
        <translation>Gemmer…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="603"/>
        <source>Exporting the summary…</source>
        <translation>Eksporterer opsamlingen…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="608"/>
        <source>Keep personal data?</source>
        <translation>Behold personoplysninger?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="609"/>
        <source>The file will contain the CPR numbers, phone numbers and e-mail addresses typed in the notes. Do not publish or share it.

Save it anyway?</source>
        <translation>Filen kommer til at indeholde de cpr-numre, telefonnumre og e-mailadresser, der er skrevet i noterne. Den må ikke offentliggøres eller deles.

Gem den alligevel?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="617"/>
        <source>Replace files?</source>
        <translation>Erstat filer?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="618"/>
        <source>These files exist already and will be replaced:
{0}</source>
        <translation>Disse filer findes allerede og bliver erstattet:
{0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="632"/>
        <source>Saved {0} ({1} kB).</source>
        <translation>Gemt: {0} ({1} kB).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="635"/>
        <source>Saved {0} files: {1}</source>
        <translation>Gemt {0} filer: {1}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/export_dialogs/summary_dialog.py" line="653"/>
        <source>Nothing was saved.</source>
        <translation>Intet blev gemt.</translation>
    </message>
</context>
<context>
    <name>SummaryUndo</name>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="101"/>
        <source>Edit point “{0}”</source>
        <translation>Ret punkt »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="120"/>
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="238"/>
        <source>Link a note</source>
        <translation>Kobl en note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="240"/>
        <source>Link {0} notes</source>
        <translation>Kobl {0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="246"/>
        <source>Unlink a note</source>
        <translation>Fjern kobling af en note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="248"/>
        <source>Unlink {0} notes</source>
        <translation>Fjern kobling af {0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="278"/>
        <source>Add point “{0}”</source>
        <translation>Tilføj punkt »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="314"/>
        <source>Delete point “{0}”</source>
        <translation>Slet punkt »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="355"/>
        <source>Reorder points</source>
        <translation>Flyt punkter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="378"/>
        <source>Reorder cross-cutting topics</source>
        <translation>Flyt tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="399"/>
        <source>Rename topic “{0}”</source>
        <translation>Omdøb emne »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/actions.py" line="418"/>
        <source>Promote “{0}”</source>
        <translation>Gør »{0}« til tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/curation_actions.py" line="122"/>
        <source>Approve a drafted point</source>
        <translation>Godkend et udkast</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/curation_actions.py" line="146"/>
        <source>Leave notes out</source>
        <translation>Udelad noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/curation_actions.py" line="148"/>
        <source>Include notes again</source>
        <translation>Tag noter med igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/curation_actions.py" line="172"/>
        <source>Reorder themes</source>
        <translation>Ændr temaernes rækkefølge</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/curation_actions.py" line="192"/>
        <source>Mark a theme venue-only</source>
        <translation>Markér et tema som kun ét sted</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/curation_actions.py" line="206"/>
        <source>Change a text of the document</source>
        <translation>Ret en tekst i dokumentet</translation>
    </message>
</context>
<context>
    <name>SummaryWorkspace</name>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="129"/>
        <source>Last change</source>
        <translation>Seneste ændring</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="136"/>
        <source>Drafts</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="138"/>
        <source>&amp;Approve draft</source>
        <translation>God&amp;kend udkast</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="140"/>
        <source>Approve the selected drafted point as it is (editing its text approves it too)</source>
        <translation>Godkend det valgte udkast, som det er (at rette teksten godkender det også)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="146"/>
        <source>Where the notes go in the summary</source>
        <translation>Hvor noterne havner i opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="158"/>
        <source>Recurring</source>
        <translation>Går igen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="159"/>
        <source>Review</source>
        <translation>Gennemsyn</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="160"/>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="268"/>
        <source>The notes have changed since the last search: Find again.</source>
        <translation>Noterne er ændret siden sidste søgning: Søg igen.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="359"/>
        <source>Summary</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="361"/>
        <source>Add themes on the Setup page first.</source>
        <translation>Tilføj først temaer på siden Opsætning.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="375"/>
        <source>Cross-cutting proposal</source>
        <translation>Tværgående forslag</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="381"/>
        <source>Theme, only at {0}</source>
        <translation>Tema, kun på {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="383"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="412"/>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="419"/>
        <source>The exported summary prints these points, then the notes of this section that no point condenses. Drag notes onto a point to link them.</source>
        <translation>Den eksporterede opsamling viser disse punkter og derefter de noter i afsnittet, som intet punkt samler. Træk noter hen på et punkt for at knytte dem til det.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="426"/>
        <source>No summary points yet: the export prints this section&apos;s raw notes. Select notes and press “New point from selection”, or write a point.</source>
        <translation>Ingen opsamlingspunkter endnu: eksporten viser afsnittets rå noter. Vælg noter og tryk »Nyt punkt ud fra valgte«, eller skriv et punkt.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="437"/>
        <source>No notes linked yet: drag notes here</source>
        <translation>Ingen noter koblet endnu: træk noter herhen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="444"/>
        <source>all {0} meetings</source>
        <translation>alle {0} møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="446"/>
        <source>{0} of {1} meetings</source>
        <translation>{0} af {1} møder</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="474"/>
        <source>Draft approved. Ctrl+Z undoes it.</source>
        <translation>Udkastet er godkendt. Ctrl+Z fortryder.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="482"/>
        <source>Included in the summary again: {0}.</source>
        <translation>Med i opsamlingen igen: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="487"/>
        <source>Leave out of the summary</source>
        <translation>Udelad af opsamlingen</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="488"/>
        <source>Why are these notes left out? (shown in the review and the JSON export)</source>
        <translation>Hvorfor udelades noterne? (vises i gennemsynet og i JSON-eksporten)</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="491"/>
        <source>Left out of the summary: {0}. Ctrl+Z undoes it.</source>
        <translation>Udeladt af opsamlingen: {0}. Ctrl+Z fortryder.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="495"/>
        <source>Nothing was left out: give a reason.</source>
        <translation>Intet blev udeladt: skriv en begrundelse.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="541"/>
        <source>Select a summary point first (or start a new one from the notes).</source>
        <translation>Vælg først et opsamlingspunkt (eller start et nyt ud fra noterne).</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="548"/>
        <source>Select the notes to link first.</source>
        <translation>Vælg først de noter, der skal kobles.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="558"/>
        <source>Linked to the point: {0}.</source>
        <translation>Koblet til punktet: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="561"/>
        <source>These notes are linked to the point already.</source>
        <translation>Noterne er allerede koblet til punktet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="566"/>
        <source>Unlinked: {0}.</source>
        <translation>Kobling fjernet: {0}.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="572"/>
        <source>Select the notes the new point should condense first.</source>
        <translation>Vælg først de noter, det nye punkt skal samle.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="577"/>
        <source>Drafted from the selected notes: rewrite it, then press Enter.</source>
        <translation>Udkast ud fra de valgte noter: omskriv det, og tryk Enter.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="593"/>
        <source>Point added.</source>
        <translation>Punktet er tilføjet.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="597"/>
        <source>Point deleted. Ctrl+Z brings it back.</source>
        <translation>Punktet er slettet. Ctrl+Z henter det tilbage.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="639"/>
        <source>Rename topic</source>
        <translation>Omdøb emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="640"/>
        <source>Name of the cross-cutting topic:</source>
        <translation>Det tværgående emnes navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="656"/>
        <source>Looking for proposals raised at several meetings…</source>
        <translation>Leder efter forslag, der kom frem på flere møder…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="664"/>
        <source>Looking for recurring proposals…</source>
        <translation>Leder efter tilbagevendende forslag…</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="674"/>
        <source>1 proposal came up at more than one meeting.</source>
        <translation>1 forslag kom frem på mere end ét møde.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="676"/>
        <source>{0} proposals came up at more than one meeting.</source>
        <translation>{0} forslag kom frem på mere end ét møde.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="679"/>
        <source>Nothing has come up at more than one meeting yet.</source>
        <translation>Endnu er intet kommet frem på mere end ét møde.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="684"/>
        <source>The search failed.</source>
        <translation>Søgningen mislykkedes.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/summary/workspace.py" line="709"/>
        <source>Promoted: a drafted point linked to {0}. F2 edits its text.</source>
        <translation>Gjort til tværgående emne: et udkast til et punkt, koblet til {0}. F2 retter teksten.</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../workshop_app/ui/sync_dialogs/__init__.py" line="46"/>
        <source>The backup was restored.</source>
        <extracomment>File endings a dropped file must have to be offered for merging.</extracomment>
        <translation>Sikkerhedskopien er gendannet.</translation>
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
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="416"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="422"/>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="418"/>
        <source>The workshop themes in the order of the summary. Drag or use Move up/down to reorder; F2 renames. A venue-only theme appears only at that venue.</source>
        <translation>Workshoppens temaer i opsamlingens rækkefølge. Træk, eller brug Flyt op/ned for at ændre rækkefølgen; F2 omdøber. Et tema for ét sted vises kun ved det sted.</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="433"/>
        <source>only {0}</source>
        <translation>kun {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="434"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="441"/>
        <source>Add theme {0}</source>
        <translation>Tilføj tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="458"/>
        <source>Rename theme {0}</source>
        <translation>Omdøb tema {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="463"/>
        <source>Reorder themes</source>
        <translation>Ny rækkefølge af temaer</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="472"/>
        <source>Remove theme</source>
        <translation>Fjern tema</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="473"/>
        <source>“{0}” has {1} notes. Remove the theme and its notes?</source>
        <translation>»{0}« har {1} noter. Vil du fjerne temaet og dets noter?</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="478"/>
        <source>Remove theme {0}</source>
        <translation>Fjern tema {0}</translation>
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
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="591"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="597"/>
        <source>Cross-cutting topics</source>
        <translation>Tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="593"/>
        <source>Proposals that recur across themes, e.g. “Long-term funding instead of short projects”. Give a note a topic from its right-click menu.</source>
        <translation>Forslag, der går igen på tværs af temaer, fx »Varig finansiering frem for korte projekter«. Giv en note et emne fra dens højrekliksmenu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="606"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n noter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="615"/>
        <source>Add topic {0}</source>
        <translation>Tilføj tværgående emne {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="622"/>
        <source>Add cross-cutting topic</source>
        <translation>Tilføj tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="622"/>
        <source>Name of the topic:</source>
        <translation>Emnets navn:</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="628"/>
        <source>Rename topic {0}</source>
        <translation>Omdøb tværgående emne {0}</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="633"/>
        <source>Reorder cross-cutting topics</source>
        <translation>Ny rækkefølge af tværgående emner</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="639"/>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="645"/>
        <source>Remove cross-cutting topic</source>
        <translation>Fjern tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/pages/setup_sections.py" line="641"/>
        <source>{0} notes have this topic. They keep their text and theme. Remove the topic?</source>
        <translation>{0} noter har dette emne. De beholder deres tekst og tema. Vil du fjerne emnet?</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="71"/>
        <source>Edit note “{0}”</source>
        <translation>Ret note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="76"/>
        <source>Change kind</source>
        <translation>Skift type</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="83"/>
        <source>Set cross-cutting topic</source>
        <translation>Sæt tværgående emne</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="107"/>
        <source>Add note “{0}”</source>
        <translation>Tilføj note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="127"/>
        <source>Delete note “{0}”</source>
        <translation>Slet note »{0}«</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/undo.py" line="129"/>
        <source>Delete {0} notes</source>
        <translation>Slet {0} noter</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="137"/>
        <source>Move note</source>
        <translation>Flyt note</translation>
    </message>
    <message>
        <location filename="../../workshop_app/ui/move_notes.py" line="139"/>
        <source>Move {0} notes</source>
        <translation>Flyt {0} noter</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../workshop_app/ui/workers.py" line="174"/>
        <location filename="../../workshop_app/ui/workers.py" line="175"/>
        <source>Working…</source>
        <translation>Arbejder …</translation>
    </message>
</context>
</TS>
