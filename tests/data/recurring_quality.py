"""A labelled test set for recurring-proposal detection, written for this project.

Twelve ideas recur at two to four meetings, each time in a facilitator's own words
(different inflections, compounds, synonyms and sentence shapes), among 72 unrelated
notes that share much of the same everyday vocabulary (unge, skole, kommunen,
forældre, ældre, job …). Each row is ``(idea, venue, theme, kind, text)``; ``idea``
is "" for a note that belongs to no recurring idea.
"""

from __future__ import annotations

U = "Unge og uddannelse"
B = "Beskæftigelse"
AE = "Ældre og sundhed"
M = "Medborgerskab: At være en del af fællesskabet"
BD = "Børn i dagtilbud og folkeskole"
F = "Fritidsliv og foreningsdeltagelse"
BY = "Byudvikling og tryghed"
C, S = "challenge", "solution"

#: Venue -> meeting date.
MEETINGS = {
    "Nørrebro": "2026-04-08",
    "Amager": "2026-04-15",
    "Tingbjerg": "2026-04-22",
    "Vesterbro": "2026-04-29",
}

IDEA_NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    # mentors for young people
    (
        "mentor",
        "Nørrebro",
        U,
        S,
        "Flere mentorordninger for unge, der er ved at falde fra uddannelsen.",
    ),
    (
        "mentor",
        "Amager",
        B,
        S,
        "Unge ledige har brug for en mentor, der kender vejen ind på arbejdsmarkedet.",
    ),
    ("mentor", "Tingbjerg", M, S, "Ansæt lokale rollemodeller som mentorer for de unge i området."),
    (
        "mentor",
        "Vesterbro",
        U,
        C,
        "De unge mangler en fast mentor, når vejlederen skifter hvert halve år.",
    ),
    # language courses at times that fit work and family
    (
        "sprog",
        "Nørrebro",
        B,
        S,
        "Sprogkurser om aftenen, så man kan lære dansk ved siden af sit arbejde.",
    ),
    (
        "sprog",
        "Amager",
        M,
        C,
        "Sprogundervisningen ligger midt i arbejdstiden, så folk med job kan ikke deltage.",
    ),
    (
        "sprog",
        "Tingbjerg",
        B,
        S,
        "Danskkurser og sprogcafé i weekenden for dem, der arbejder om dagen.",
    ),
    # lasting funding instead of short projects
    ("projekter", "Nørrebro", BD, C, "Gode projekter lukker, når pengene slipper op efter to år."),
    (
        "projekter",
        "Amager",
        F,
        S,
        "Giv foreningerne varig støtte i stedet for korte projektmidler.",
    ),
    (
        "projekter",
        "Tingbjerg",
        M,
        C,
        "Kortvarige projekter kommer og går, og beboerne mister tilliden til kommunen.",
    ),
    (
        "projekter",
        "Vesterbro",
        BD,
        S,
        "Gør de projekter, der virker, til faste tilbud frem for at starte nye projekter hvert år.",
    ),
    # interpreters at the doctor's
    ("tolk", "Nørrebro", AE, S, "Ældre skal kunne få en tolk med, når de går til lægen."),
    ("tolk", "Amager", AE, S, "Gratis tolkebistand ved lægebesøg og på hospitalet."),
    (
        "tolk",
        "Tingbjerg",
        AE,
        C,
        "Mange forstår ikke, hvad lægen siger, fordi der ikke er en tolk til stede.",
    ),
    # anonymous job applications
    (
        "anonym",
        "Nørrebro",
        B,
        S,
        "Kommunen bør indføre anonyme jobansøgninger uden navn og billede.",
    ),
    (
        "anonym",
        "Amager",
        B,
        C,
        "Ansøgere med et udenlandsk navn bliver sorteret fra; prøv anonyme ansøgninger.",
    ),
    (
        "anonym",
        "Vesterbro",
        B,
        S,
        "Fjern navn og foto fra ansøgningen i første runde, så alle bliver vurderet ens.",
    ),
    # lighting and safety on paths
    (
        "lys",
        "Nørrebro",
        BY,
        C,
        "Stierne mellem blokkene er mørke, og folk føler sig utrygge om aftenen.",
    ),
    (
        "lys",
        "Amager",
        BY,
        S,
        "Bedre belysning på stier og i parker, så det føles trygt at gå hjem sent.",
    ),
    (
        "lys",
        "Tingbjerg",
        BY,
        S,
        "Sæt mere lys op ved stierne, så man tør gå alene, når det er mørkt.",
    ),
    # membership fees in sports clubs
    (
        "kontingent",
        "Nørrebro",
        F,
        C,
        "Kontingentet i sportsklubberne er for dyrt for familier med lav indkomst.",
    ),
    (
        "kontingent",
        "Amager",
        F,
        S,
        "Et fritidspas, der betaler kontingentet for børn fra familier med få penge.",
    ),
    (
        "kontingent",
        "Tingbjerg",
        F,
        C,
        "Mange børn går ikke til fodbold, fordi forældrene ikke har råd til kontingent.",
    ),
    (
        "kontingent",
        "Vesterbro",
        BD,
        S,
        "Lad kommunen dække klubkontingent for børn i familier på kontanthjælp.",
    ),
    # letters from the municipality are hard to understand
    ("breve", "Nørrebro", B, C, "Breve fra jobcentret er skrevet i et sprog, som ingen forstår."),
    (
        "breve",
        "Amager",
        M,
        S,
        "Kommunen skal skrive sine breve i et enkelt og letforståeligt dansk.",
    ),
    (
        "breve",
        "Tingbjerg",
        AE,
        C,
        "Brevene fra kommunen er svære at forstå, også for dem, der taler dansk.",
    ),
    # places where neighbours meet
    (
        "mødested",
        "Nørrebro",
        M,
        S,
        "Flere uformelle mødesteder, hvor naboer på tværs af baggrund lærer hinanden at kende.",
    ),
    (
        "mødested",
        "Amager",
        M,
        C,
        "Naboerne kender ikke hinanden, fordi der mangler steder at mødes i kvarteret.",
    ),
    (
        "mødested",
        "Vesterbro",
        BY,
        S,
        "Et mødested i gården, hvor naboer kan mødes over en kop kaffe.",
    ),
    # internships that lead to real jobs
    ("praktik", "Nørrebro", B, C, "Praktikforløb fører sjældent til fast ansættelse bagefter."),
    (
        "praktik",
        "Amager",
        B,
        S,
        "Virksomheder, der får en praktikant, bør forpligte sig til en fast ansættelse.",
    ),
    (
        "praktik",
        "Tingbjerg",
        U,
        C,
        "Praktikpladser bliver brugt som gratis arbejdskraft, og praktikken ender ikke i fast job.",
    ),
    # parents do not know what the school expects
    ("forventninger", "Nørrebro", BD, C, "Nye forældre ved ikke, hvad skolen forventer af dem."),
    (
        "forventninger",
        "Amager",
        BD,
        S,
        "Skolen bør forklare sine forventninger til forældrene ved et møde, når barnet starter.",
    ),
    (
        "forventninger",
        "Tingbjerg",
        BD,
        C,
        "Mange forældre kender ikke skolens forventninger til lektier og forældremøder.",
    ),
    # housing for young people
    (
        "ungdomsboliger",
        "Amager",
        U,
        C,
        "Der mangler billige ungdomsboliger, så unge bliver boende hjemme alt for længe.",
    ),
    ("ungdomsboliger", "Vesterbro", BY, S, "Byg flere ungdomsboliger til studerende i bydelen."),
    (
        "ungdomsboliger",
        "Tingbjerg",
        U,
        C,
        "Unge under uddannelse kan ikke finde en ungdomsbolig, de har råd til.",
    ),
    # lonely elderly people
    (
        "ensomhed",
        "Nørrebro",
        AE,
        C,
        "Mange ældre sidder ensomme derhjemme og ser ingen i flere dage.",
    ),
    (
        "ensomhed",
        "Tingbjerg",
        AE,
        S,
        "Besøgsvenner til ensomme ældre, gerne nogen der taler deres eget sprog.",
    ),
    (
        "ensomhed",
        "Vesterbro",
        AE,
        C,
        "Ensomhed blandt ældre er et stort problem, som ingen taler om.",
    ),
)

DISTRACTOR_NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "",
        "Nørrebro",
        U,
        C,
        "Mange unge vælger gymnasiet, selv om en erhvervsuddannelse ville passe bedre til dem.",
    ),
    ("", "Nørrebro", U, S, "Uddannelsesvejledningen bør starte allerede i syvende klasse."),
    ("", "Nørrebro", U, C, "Piger får ofte ansvar for små søskende og har ikke tid til lektier."),
    ("", "Nørrebro", B, S, "Lav en jobbørs, hvor lokale butikker kan møde ledige."),
    (
        "",
        "Nørrebro",
        B,
        C,
        "Udenlandske eksamener bliver ikke anerkendt, så ingeniører kører taxa.",
    ),
    ("", "Nørrebro", AE, S, "Motionshold for ældre kvinder med en kvindelig instruktør."),
    (
        "",
        "Nørrebro",
        AE,
        C,
        "Hjemmeplejen skifter personale hele tiden, så ingen når at lære borgeren at kende.",
    ),
    (
        "",
        "Nørrebro",
        M,
        C,
        "Det er svært at blive frivillig, fordi man skal have en børneattest og udfylde mange skemaer.",
    ),
    ("", "Nørrebro", M, S, "Lokale ildsjæle skal have et diplom eller en tak fra borgmesteren."),
    ("", "Nørrebro", BD, S, "Lektiecaféer på biblioteket med frivillige studerende."),
    ("", "Nørrebro", BD, C, "Klasserne er for store, og lærerne når ikke at hjælpe alle."),
    ("", "Nørrebro", F, S, "Åbn skolernes idrætshaller for foreninger om aftenen og i ferierne."),
    ("", "Nørrebro", F, C, "Der er for få svømmetimer til skolebørn i hele bydelen."),
    ("", "Nørrebro", BY, S, "Plant flere træer og lav grønne gårde mellem boligblokkene."),
    ("", "Nørrebro", BY, C, "Cyklister og fodgængere kommer i konflikt på de smalle fortove."),
    ("", "Nørrebro", BY, C, "Der er for lidt parkering, når der bygges nye boliger."),
    (
        "",
        "Nørrebro",
        M,
        S,
        "Fejr nationaldagene fra beboernes hjemlande med en fælles fest i parken.",
    ),
    (
        "",
        "Nørrebro",
        B,
        S,
        "Iværksættere har brug for billige lokaler til at starte en lille virksomhed.",
    ),
    ("", "Amager", U, S, "Gymnasierne bør have et stille læserum, der er åbent til sent."),
    ("", "Amager", U, C, "Eksamensangst er udbredt blandt elever i udskolingen."),
    ("", "Amager", U, S, "Sommerskole i matematik for elever, der er bagud."),
    ("", "Amager", B, C, "Jobcentret sender folk på de samme kurser igen og igen uden resultat."),
    (
        "",
        "Amager",
        B,
        S,
        "Socialøkonomiske virksomheder kan ansætte folk, der har været længe væk fra arbejdsmarkedet.",
    ),
    ("", "Amager", AE, C, "Pårørende bliver ikke inddraget, når en ældre flytter på plejehjem."),
    ("", "Amager", AE, S, "Plejehjemmene kan servere mad fra flere madkulturer."),
    ("", "Amager", AE, C, "Ventetiden til psykolog er over et år."),
    ("", "Amager", M, S, "Borgerservice skal have åbent om aftenen en dag om ugen."),
    ("", "Amager", M, C, "Diskrimination i nattelivet ved dørene til diskotekerne."),
    ("", "Amager", BD, C, "Børnehaverne mangler pædagoger, og vikarerne kender ikke børnene."),
    ("", "Amager", BD, S, "Tosprogede børn skal have mulighed for modersmålsundervisning."),
    ("", "Amager", F, C, "Foreningerne har svært ved at finde frivillige trænere."),
    ("", "Amager", F, S, "Gratis adgang til museer for skoleklasser fra alle bydele."),
    (
        "",
        "Amager",
        BY,
        C,
        "Bussen kører for sjældent om aftenen, så det er svært at komme hjem fra arbejde.",
    ),
    ("", "Amager", BY, S, "Bedre cykelstier langs havnen og over broerne."),
    ("", "Amager", BY, C, "Boligområderne bliver omtalt negativt i medierne."),
    ("", "Amager", B, C, "Det er svært at få et fleksjob med kroniske smerter."),
    (
        "",
        "Tingbjerg",
        U,
        C,
        "Mange drenge bliver droppet af fodboldklubben i teenageårene og keder sig.",
    ),
    ("", "Tingbjerg", U, S, "Et kodeværksted for teenagere om eftermiddagen."),
    ("", "Tingbjerg", B, C, "Arbejdsgivere kræver kørekort, selv til job uden kørsel."),
    ("", "Tingbjerg", B, S, "Kommunen kan betale for kørekort til langtidsledige."),
    ("", "Tingbjerg", AE, S, "Sundhedstjek i lokalområdet uden tidsbestilling."),
    ("", "Tingbjerg", AE, C, "Kvinder går ikke til screening for brystkræft."),
    ("", "Tingbjerg", M, S, "Beboerbladet kan oversættes til arabisk og somalisk."),
    ("", "Tingbjerg", M, C, "Mange ved ikke, at de kan stemme ved kommunalvalget."),
    ("", "Tingbjerg", M, S, "Valgcaféer før kommunalvalget, hvor man kan møde kandidaterne."),
    ("", "Tingbjerg", BD, S, "Skolebestyrelsen skal afspejle alle forældre i distriktet."),
    ("", "Tingbjerg", BD, C, "Skolens it-system er svært at bruge på en telefon."),
    ("", "Tingbjerg", F, S, "En bypedel, der låner værktøj og cykler ud til beboerne."),
    (
        "",
        "Tingbjerg",
        F,
        C,
        "Klubben lukker klokken ni, og så har de store børn ingen steder at være.",
    ),
    ("", "Tingbjerg", BY, C, "Affald og storskrald hober sig op ved containerne."),
    ("", "Tingbjerg", BY, S, "Genopret legepladsen, som har været lukket i to år."),
    (
        "",
        "Tingbjerg",
        BY,
        C,
        "Renoveringen af bebyggelsen trækker ud, og beboerne får ikke besked.",
    ),
    (
        "",
        "Tingbjerg",
        AE,
        C,
        "Apoteket i centret er lukket, så ældre skal tage bussen efter medicin.",
    ),
    ("", "Vesterbro", U, C, "Unge bruger mange penge på mobilspil og kommer i gæld."),
    ("", "Vesterbro", U, S, "Undervisning i privatøkonomi på ungdomsuddannelserne."),
    (
        "",
        "Vesterbro",
        B,
        C,
        "Seniorer over 60 får sjældent en jobsamtale, selv om de har lang erfaring.",
    ),
    (
        "",
        "Vesterbro",
        B,
        S,
        "Et rejsehold af virksomhedskonsulenter, der besøger små butikker i området.",
    ),
    ("", "Vesterbro", AE, S, "Demensvenlige caféer, hvor pårørende også kan komme."),
    ("", "Vesterbro", M, C, "Hjemløse bliver jaget væk fra bænkene på pladsen."),
    ("", "Vesterbro", M, S, "Et værested med varm mad og bad for udsatte borgere."),
    ("", "Vesterbro", BD, C, "Vuggestuerne har lange ventelister, og forældre må blive hjemme."),
    ("", "Vesterbro", BD, S, "Mere tid til leg udenfor i dagtilbuddene, også om vinteren."),
    (
        "",
        "Vesterbro",
        F,
        C,
        "Kunstnerværkstederne bliver revet ned til fordel for dyre lejligheder.",
    ),
    ("", "Vesterbro", F, S, "Skaterbane under jernbanebroen."),
    ("", "Vesterbro", BY, C, "Turister og festende gæster larmer om natten i gaderne."),
    ("", "Vesterbro", BY, S, "Flere offentlige toiletter og skraldespande i gaderne."),
    ("", "Vesterbro", BY, C, "Huslejen stiger så meget, at familier må flytte fra bydelen."),
    ("", "Vesterbro", M, C, "Nye tilflyttere bliver ikke budt velkommen i opgangen."),
    ("", "Amager", F, C, "Halvdelen af banerne i kunstgræsanlægget er reserveret til voksne."),
    ("", "Nørrebro", AE, S, "Tilbud om gymnastik i svømmehallen for ældre med gigt."),
    (
        "",
        "Tingbjerg",
        B,
        S,
        "Mødre, der har været hjemme med børn i mange år, kan få et kursus i at søge job.",
    ),
    ("", "Vesterbro", U, S, "Åbne værksteder, hvor unge kan lære et håndværk."),
)

NOTES = IDEA_NOTES + DISTRACTOR_NOTES
