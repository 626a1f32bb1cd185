"""Labelled set modelled on the facts of the real 2018 "opsamling" (seed 000).

Three dialogue meetings (Nørrebro, Amager, Tingbjerg, April) on the integration
policy, the seven workshop themes, and the cross-cutting proposals the municipality
itself drew out: short-lived projects that should be anchored, joined-up work
between school, clubs and parents, mentor schemes, and a stronger effort on the
Danish language, plus three ideas that recur between themes (places for young
people with an adult present, internships that lead to a job, support for local
entrepreneurs). Every sentence is written for this project in its own words; none
is taken from the seed. The unrelated notes paraphrase the seed's single-theme
points and share its boilerplate ("udsatte boligområder", "minoritetsbaggrund",
"borgere", "ældre"). Each labelled idea is one idea: a group that mixes two of them
counts as wrong pairs. Rows are ``(idea, venue, theme, kind, text)``.
"""

from __future__ import annotations

from recurring_themes import AE, BD, BY, B, C, F, M, S, U

MEETINGS = {
    "Nørrebro": "2018-04-09",
    "Amager": "2018-04-16",
    "Tingbjerg": "2018-04-23",
}

NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    # projects that stop too soon
    ("projekter", "Nørrebro", BD, C, "Projektperioderne er for korte, så indsatserne stopper, lige når de virker."),
    ("projekter", "Amager", F, S, "Drop puljerne og projektmageriet; giv langvarige bevillinger til det, der fungerer."),
    ("projekter", "Tingbjerg", M, C, "Hver gang et projekt ophører, starter vi forfra, og relationerne går tabt."),
    # school, clubs, parents and the municipality working together
    ("samarbejde", "Nørrebro", U, S, "Skole, klub, forening og forældre skal arbejde sammen om de unge."),
    ("samarbejde", "Amager", BD, S, "Tættere samarbejde mellem daginstitution, skole og hjem om hvert barn."),
    ("samarbejde", "Tingbjerg", U, S, "Helhedsorienteret indsats, hvor skolen, klubben og familien taler sammen."),
    # mentors
    ("mentor", "Nørrebro", U, S, "Flere mentorordninger for unge under uddannelse."),
    ("mentor", "Amager", M, S, "Nytilkomne flygtninge skal have en mentor eller en netværksfamilie."),
    ("mentor", "Tingbjerg", AE, S, "Mentorer, der kan støtte ældre med minoritetsbaggrund i kontakten med sundhedsvæsenet."),
    # the Danish language
    ("sprog", "Nørrebro", B, S, "Danskkurser rettet mod den enkelte branche, så flere kan komme i og blive i arbejde."),
    ("sprog", "Amager", AE, C, "Ældre, der ikke taler dansk, bliver ensomme; plejecentrene skal kunne arbejde med sproget."),
    ("sprog", "Tingbjerg", BD, C, "Børnenes danskniveau i daginstitutionerne er for lavt; sprogindsatsen skal starte tidligere."),
    # places for young people with an adult present
    ("ungested", "Nørrebro", F, C, "De unge tilbringer fritiden på gaden, fordi der mangler ungdomsklubber."),
    ("ungested", "Tingbjerg", BY, S, "Lokaler, hvor unge kan mødes om aftenen, med en voksen til stede."),
    # internships that lead to a job
    ("praktik", "Nørrebro", B, C, "Virksomhedspraktik og løntilskud fører sjældent til et rigtigt job."),
    ("praktik", "Amager", B, S, "Erhvervspraktikken skal ende i ansættelse i en lokal virksomhed."),
    # local entrepreneurs
    ("iværksætter", "Nørrebro", B, S, "Kommunen skal hjælpe borgere, der vil starte egen virksomhed."),
    ("iværksætter", "Amager", B, S, "Risikovillig kapital og rådgivning til lokale iværksættere."),
    ("iværksætter", "Tingbjerg", F, S, "Iværksætteri i boligområdet skal have opbakning."),
    # one-off points, in the seed's themes and words
    ("", "Nørrebro", U, C, "Der er for få ungdomsboliger til en pris, unge kan betale."),
    ("", "Nørrebro", U, C, "Lærere og sagsbehandlere har lave forventninger til unge med minoritetsbaggrund."),
    ("", "Nørrebro", B, S, "Anonyme ansøgninger til kommunens stillinger, med et nummer i stedet for navn."),
    ("", "Nørrebro", B, S, "Kontanthjælpen bør være tidsbegrænset."),
    ("", "Nørrebro", AE, S, "En app om sundhed på flere sprog til ældre."),
    ("", "Nørrebro", M, C, "Kommunen omtaler borgerne som tosprogede og minoriteter i stedet for som personer."),
    ("", "Nørrebro", BY, S, "Mere belysning i de udsatte boligområder."),
    ("", "Nørrebro", F, C, "Foreningslivet fokuserer næsten kun på drenge; pigerne bliver glemt."),
    ("", "Amager", U, C, "Unge med minoritetsbaggrund bliver mødt med mistillid af myndighederne."),
    ("", "Amager", B, S, "Undervisning i de uskrevne regler på en dansk arbejdsplads."),
    ("", "Amager", B, S, "Indfør borgerløn og luk jobcentrene."),
    ("", "Amager", AE, C, "Næsten ingen ældre med minoritetsbaggrund stiller op til ældrerådet."),
    ("", "Amager", AE, S, "Lettere adgang til tolk, så der er lighed i sundhedsvæsenet."),
    ("", "Amager", M, S, "Invitationer til dialogmøder og valgmøder skal også skrives på andre sprog end dansk."),
    ("", "Amager", BD, C, "Det er svært for daginstitutionerne i de udsatte boligområder at rekruttere personale."),
    ("", "Amager", F, C, "Kontingentet er for dyrt for mange familier; søg kontingentstøtte uden bureaukrati."),
    ("", "Amager", BY, S, "Boliganvisningen skal blande beboere med forskellig baggrund i bydelene."),
    ("", "Tingbjerg", U, S, "Drop målingerne af minoriteter og lav løsninger, der gælder alle."),
    ("", "Tingbjerg", B, C, "Mange ufaglærte job er forsvundet fra byen."),
    ("", "Tingbjerg", AE, S, "Forebyggende sundhedskurser for ældre og opfølgning bagefter."),
    ("", "Tingbjerg", M, C, "Aktiviteter for kvinder ligger for langt fra hjemmet og på tidspunkter, der ikke passer."),
    ("", "Tingbjerg", BD, S, "Sammensæt skoledistrikterne, så elever med forskellig baggrund går i skole sammen."),
    ("", "Tingbjerg", F, C, "Klubberne i områder med mange minoritetsbørn mangler ressourcer og kvalitet."),
    ("", "Tingbjerg", BY, C, "Når alt findes i nærområdet, kommer beboerne aldrig ud i resten af byen."),
    ("", "Tingbjerg", M, S, "Fortæl om foreningslivet gennem lokale netværk, lokaludvalg og lokale medier."),
)
