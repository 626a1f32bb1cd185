"""Labelled set: different ideas that share words, and a few ideas that really recur.

Real notes share the consultation's own vocabulary ("udsatte boligområder",
"minoritetsbaggrund", "unge", "ældre", "borgere") whatever they propose. Here most
notes come in families that share such words but say different things (an
entrepreneur, isolation and street lighting, all "i udsatte boligområder"), and
only six ideas really recur. A detector that groups by shared words pulls the
families together; wrong pairs are what this set measures. Written for this
project. Rows are ``(idea, venue, theme, kind, text)``; ``idea`` is "" for a note
that belongs to no recurring idea.
"""

from __future__ import annotations

from recurring_themes import AE, BD, BY, B, C, F, M, S, U

MEETINGS = {
    "Nørrebro": "2026-01-12",
    "Amager": "2026-01-19",
    "Tingbjerg": "2026-01-26",
    "Vesterbro": "2026-02-02",
}

NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    # family "udsatte boligområder": lighting recurs, the rest are one-offs
    ("lys", "Nørrebro", BY, S, "Mere belysning i de udsatte boligområder."),
    ("lys", "Tingbjerg", BY, C, "Stierne i boligområdet er mørke, fordi lamperne er gået i stykker."),
    ("lys", "Vesterbro", BY, S, "Sæt flere gadelamper op, så beboerne tør gå ud om aftenen."),
    ("", "Amager", B, S, "Støt iværksættere i de udsatte boligområder med billige lokaler."),
    ("", "Tingbjerg", M, C, "Beboere i udsatte boligområder lever isoleret fra resten af byen."),
    ("", "Nørrebro", BD, C, "Daginstitutionerne i udsatte boligområder kan ikke rekruttere pædagoger."),
    ("", "Vesterbro", BY, C, "Medierne omtaler de udsatte boligområder negativt."),
    # family "ældre med minoritetsbaggrund": loneliness recurs
    ("ensomme", "Nørrebro", AE, C, "Ensomhed blandt ældre med minoritetsbaggrund."),
    ("ensomme", "Amager", AE, S, "Besøgsvenner til ensomme ældre indvandrere, der sidder alene."),
    ("", "Tingbjerg", AE, C, "Ældre med minoritetsbaggrund stiller ikke op til ældrerådet."),
    ("", "Vesterbro", AE, C, "Ældre med minoritetsbaggrund har lavere indkomst end andre pensionister."),
    ("", "Amager", AE, C, "Ældre med minoritetsbaggrund bruger sjældent plejecentrene."),
    # family "unge mangler": youth clubs recur
    ("klubber", "Amager", F, C, "Unge mangler steder at være om aftenen og hænger ud på gaden."),
    ("klubber", "Vesterbro", U, S, "Flere ungdomsklubber med åbent til sent, så de unge ikke er på gaden."),
    ("", "Nørrebro", U, C, "Unge mangler praktikpladser i deres fag."),
    ("", "Tingbjerg", U, C, "Unge mangler kendskab til foreningslivet."),
    ("", "Nørrebro", U, C, "Unge mangler penge og tager lån til mobiltelefoner."),
    # family "forældre": expectations from school recur
    ("forventninger", "Nørrebro", BD, C, "Skolen fortæller ikke forældrene tydeligt, hvad den forventer af dem."),
    ("forventninger", "Tingbjerg", BD, S, "Forventningsafstemning mellem skole og forældre ved skolestart."),
    ("", "Amager", BD, C, "Forældre kan ikke tale med pædagogerne, fordi de ikke taler dansk."),
    ("", "Vesterbro", F, C, "Forældre har ikke råd til at betale for børnenes fritidsaktiviteter."),
    ("", "Tingbjerg", BD, C, "Forældre kender ikke reglerne for sygemelding i skolen."),
    # family "borgere og kommunen": anonymous applications recur
    ("anonym", "Amager", B, S, "Anonyme ansøgninger i kommunen uden navn, alder og køn."),
    ("anonym", "Tingbjerg", B, S, "Fjern ansøgerens navn i første runde, så kun kvalifikationerne tæller."),
    ("", "Nørrebro", M, C, "Borgere forstår ikke kommunens breve."),
    ("", "Vesterbro", B, C, "Borgere venter måneder på svar fra kommunen om kontanthjælp."),
    ("", "Amager", M, S, "Kommunen skal holde borgermøder i boligområdet."),
    # family "sprog": language lessons for parents recur, the rest are other ideas
    ("sprogforældre", "Nørrebro", BD, S, "Danskundervisning for mødre, mens børnene er i vuggestue."),
    ("sprogforældre", "Vesterbro", BD, S, "Sprogkurser for forældre i dagtimerne på skolen."),
    ("", "Amager", AE, S, "Plejehjemmets personale skal kunne tale flere sprog."),
    ("", "Tingbjerg", M, S, "Dialogmødernes invitationer bør udsendes på flere sprog."),
    ("", "Nørrebro", BD, C, "Daginstitutionerne har ingen bøger på børnenes modersmål."),
    # family "projekter": different points about projects
    ("", "Amager", M, S, "Projekter skal evalueres af beboerne selv."),
    ("", "Nørrebro", F, C, "Foreningerne mangler lokaler til deres projekter."),
)
