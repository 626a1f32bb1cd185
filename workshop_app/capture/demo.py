"""A demo consultation: three meetings, the seven themes, groups, topics and sample notes.

The sample notes are written for this project (they paraphrase no published text);
they show facilitators and testers what a filled-in evening looks like.
"""

from __future__ import annotations

from workshop_app.capture.notes import add_note_by_names
from workshop_app.errors import UserError
from workshop_app.store import Store

MEETINGS = (("Nørrebro", "2026-04-08", 58), ("Amager", "2026-04-15", 43), ("Tingbjerg", "2026-04-22", 66))

LONG_PROJECTS = "Varige indsatser frem for korte projekter"
MENTORS = "Flere mentorer og brobyggere"
LANGUAGE = "Sprog som nøgle til fællesskabet"
FREE_MUNICIPALITY = "Frikommuneforsøg (Amager)"

U, B, AE, M, BD, F, BY = (
    "Unge og uddannelse",
    "Beskæftigelse",
    "Ældre og sundhed",
    "Medborgerskab: At være en del af fællesskabet",
    "Børn i dagtilbud og folkeskole",
    "Fritidsliv og foreningsdeltagelse",
    "Byudvikling og tryghed",
)
C, S = "challenge", "solution"

# (venue, theme, group, kind, text, topic)
NOTES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Nørrebro", U, "Bord 1", C, "Mange unge falder fra erhvervsuddannelsen, fordi de ikke kan finde en praktikplads.", ""),
    ("Nørrebro", U, "Bord 1", S, "Virksomheder i bydelen kunne tage imod flere elever, hvis kommunen hjælper med papirarbejdet.", ""),
    ("Nørrebro", U, "Bord 2", C, "Unge med anden baggrund mærker lavere forventninger fra lærere og vejledere.", ""),
    ("Nørrebro", U, "Bord 2", S, "Giv hver ung på gymnasiet en fast voksen at gå til, også med personlige problemer.", MENTORS),
    ("Nørrebro", B, "Bord 3", C, "Jobcentrets breve er svære at forstå, selv for dem der taler godt dansk.", ""),
    ("Nørrebro", B, "Bord 3", S, "Kommunen bør prøve anonyme ansøgninger uden navn og alder ved egne stillinger.", ""),
    ("Nørrebro", B, "Bord 3", S, "Sprogkurser målrettet den branche man vil arbejde i, fx rengøring eller byggeri.", LANGUAGE),
    ("Nørrebro", AE, "Bord 4", C, "Ældre med minoritetsbaggrund kommer sjældent i aktivitetscentrene og sidder alene derhjemme.", ""),
    ("Nørrebro", AE, "Bord 4", S, "Lettere adgang til tolk hos lægen og på hospitalet.", ""),
    ("Nørrebro", M, "Bord 5", C, "Information om lokale aktiviteter går mest fra mund til mund, så mange hører aldrig om dem.", ""),
    ("Nørrebro", M, "Bord 5", S, "Lad lokaludvalget sende nyheder ud på flere sprog end dansk.", ""),
    ("Nørrebro", BD, "Bord 6", C, "Gode projekter på skolen lukker, når pengene slipper op, og så starter man forfra.", LONG_PROJECTS),
    ("Nørrebro", BD, "Bord 6", S, "Styrk samarbejdet mellem skole, klub og forældre om det enkelte barn.", ""),
    ("Nørrebro", F, "Bord 7", C, "Kontingentet er for dyrt for mange familier, så børnene bliver hjemme.", ""),
    ("Nørrebro", BY, "Bord 7", C, "Stierne mellem boligblokkene er mørke om aftenen, og mange føler sig utrygge.", ""),
    ("Amager", U, "Bord 1", C, "Der mangler billige ungdomsboliger, så unge må blive boende hjemme i trange forhold.", ""),
    ("Amager", U, "Bord 1", S, "Ansæt mentorer, der selv har gået samme vej, til at støtte unge gennem uddannelsen.", MENTORS),
    ("Amager", B, "Bord 2", C, "Praktikforløb ender sjældent i et rigtigt job.", ""),
    ("Amager", B, "Bord 2", S, "Gør praktikpladser til en vej ind i fast ansættelse med en aftale fra starten.", ""),
    ("Amager", B, "Bord 2", S, "Netværksgrupper for ledige og for dem, der vil starte egen virksomhed.", ""),
    ("Amager", AE, "Bord 3", C, "Mange ældre har svært ved dansk og forstår ikke, hvad sundhedsvæsenet siger.", LANGUAGE),
    ("Amager", AE, "Bord 3", S, "En sundhedsapp på flere sprog med råd om kost og motion.", ""),
    ("Amager", M, "Bord 4", C, "Sprogkurser for kvinder ligger på tidspunkter og steder, der passer dårligt med børn og arbejde.", ""),
    ("Amager", M, "Bord 4", S, "Flere mødesteder i nærområdet, hvor naboer med forskellig baggrund kan mødes.", ""),
    ("Amager", BD, "Bord 5", C, "Forældre ved ikke, hvad skolen forventer af dem, fx om lektiehjælp og forældremøder.", ""),
    ("Amager", BD, "Bord 5", S, "Bydelsmødre og lokale foreninger kan forklare skolens forventninger til nye forældre.", MENTORS),
    ("Amager", F, "Bord 6", S, "Projekter skal have penge i mange år, ikke kun i to, så det gode arbejde ikke går tabt.", LONG_PROJECTS),
    ("Amager", BY, "Bord 6", S, "Bedre belysning og flere voksne til stede i området om aftenen.", ""),
    ("Amager", FREE_MUNICIPALITY, "Bord 7", S, "Opret lønnede stillinger til lokale brobyggere i stedet for frivillige ordninger.", ""),
    ("Amager", FREE_MUNICIPALITY, "Bord 7", S, "Brug færre kroner på dokumentation og flere på medarbejdere tæt på borgerne.", ""),
    ("Tingbjerg", U, "Bord 1", C, "Unge oplever at blive mødt med mistillid af både skole og politi.", ""),
    ("Tingbjerg", U, "Bord 1", S, "Hav de samme høje forventninger til alle elever uanset baggrund og køn.", ""),
    ("Tingbjerg", B, "Bord 2", C, "Sproget er den største barriere for at få og beholde et arbejde.", LANGUAGE),
    ("Tingbjerg", B, "Bord 2", S, "Kulturundervisning om de uskrevne regler på en dansk arbejdsplads.", ""),
    ("Tingbjerg", AE, "Bord 3", S, "Hjælp ældre med at starte deres egne klubber og selvhjælpsgrupper.", ""),
    ("Tingbjerg", M, "Bord 4", C, "Kommunen taler om \"de tosprogede\" i stedet for om mennesker, og det skaber afstand.", ""),
    ("Tingbjerg", M, "Bord 4", S, "Uddan brobyggere, der kan hjælpe isolerede borgere i kontakt med foreninger og arbejdspladser.", MENTORS),
    ("Tingbjerg", BD, "Bord 5", C, "Daginstitutionerne i området har svært ved at rekruttere uddannet personale.", ""),
    ("Tingbjerg", BD, "Bord 5", S, "Stop de mange korte projekter og giv skolerne arbejdsro til det, der virker.", LONG_PROJECTS),
    ("Tingbjerg", F, "Bord 6", C, "Foreningerne fokuserer mest på drenge; der er få tilbud for piger.", ""),
    ("Tingbjerg", F, "Bord 6", S, "Svømmehold og livredderkurser kun for piger og kvinder.", ""),
    ("Tingbjerg", BY, "Bord 7", C, "Alt findes i lokalområdet, så mange kommer sjældent ud i resten af byen.", ""),
    ("Tingbjerg", BY, "Bord 7", S, "Flere lokaler, hvor unge kan være om aftenen med en voksen til stede.", ""),
)


def build_demo(store: Store) -> int:
    """Fill an empty consultation with the demo data; returns the number of notes added."""
    if store.count_notes() or store.meetings():
        raise UserError("the database already holds data; demo needs a new, empty file")
    with store.transaction():
        store.update_consultation(
            title="Dialogmøder om integrationspolitikken",
            hearing_url="https://blivhoert.kk.dk/",
            hearing_email="integrationspolitik@bif.kk.dk",
            hearing_from="2026-08-14",
            hearing_to="2026-09-19",
        )
        for venue, date, participants in MEETINGS:
            store.add_meeting(venue, date, participants)
        for name in (LONG_PROJECTS, MENTORS, LANGUAGE):
            store.add_topic(name)
        store.add_theme(FREE_MUNICIPALITY, venue="Amager")
        dates = {venue: date for venue, date, _ in MEETINGS}
        for venue, theme, group, kind, text, topic in NOTES:
            add_note_by_names(
                store,
                venue=venue,
                theme=theme,
                kind=kind,
                text=text,
                group=group,
                topic=topic or None,
                date=dates[venue],
            )
    return len(NOTES)
