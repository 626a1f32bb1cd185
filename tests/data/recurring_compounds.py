"""Labelled set: the same idea written once as a compound and once in separate words.

Danish glues words together ("kontingentstøtte", "lektiecafé", "pigesvømning"), so
two facilitators noting the same proposal often share no whole word. Eight ideas
recur at two or three meetings; the 22 unrelated notes reuse the same compound parts
in other ideas ("klubhus", "sundhedsplejerske", "boligannonce"). Written for this
project. Rows are ``(idea, venue, theme, kind, text)``; ``idea`` is "" for a note
that belongs to no recurring idea.
"""

from __future__ import annotations

from recurring_themes import AE, BD, BY, B, C, F, M, S, U

MEETINGS = {
    "Nørrebro": "2026-03-03",
    "Amager": "2026-03-10",
    "Tingbjerg": "2026-03-17",
}

NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    ("kontingent", "Nørrebro", F, C, "Kontingentet i fodboldklubben er blevet for dyrt."),
    ("kontingent", "Amager", F, S, "Kontingentstøtte til børnefamilier med små indkomster."),
    ("kontingent", "Tingbjerg", BD, S, "Halvér klubkontingenterne for søskende."),
    ("lektier", "Nørrebro", BD, S, "Lektiehjælp på biblioteket hver eftermiddag."),
    ("lektier", "Amager", BD, C, "Børnene får ingen hjælp til lektierne derhjemme."),
    ("lektier", "Tingbjerg", U, S, "Flere lektiecaféer med frivillige studerende som hjælpere."),
    ("sundhedsapp", "Nørrebro", AE, S, "En sundhedsapp på arabisk, tyrkisk og urdu."),
    ("sundhedsapp", "Tingbjerg", AE, S, "Apps om sundhed og motion, som ældre kan læse på eget sprog."),
    ("ungdomsbolig", "Nørrebro", U, C, "Der er for få ungdomsboliger, som studerende kan betale."),
    ("ungdomsbolig", "Amager", BY, S, "Byg billige boliger til unge under uddannelse."),
    ("praktik", "Amager", B, C, "Praktikpladserne ender sjældent i et fast job."),
    ("praktik", "Tingbjerg", B, S, "Virksomhedspraktik skal føre til fast ansættelse bagefter."),
    ("praktik", "Nørrebro", U, C, "Elever får praktik, men aldrig en fast stilling efter praktikken."),
    ("pigesvømning", "Nørrebro", F, S, "Pigesvømning med kvindelige livreddere."),
    ("pigesvømning", "Amager", F, S, "Svømmehold kun for piger i svømmehallen."),
    ("forældresamarbejde", "Amager", BD, C, "Forældresamarbejdet i børnehaven fungerer dårligt."),
    ("forældresamarbejde", "Tingbjerg", BD, S, "Pædagogerne skal samarbejde tættere med forældrene."),
    ("forældresamarbejde", "Nørrebro", BD, S, "Styrk samarbejdet mellem skole og forældre."),
    ("skolehaver", "Tingbjerg", F, S, "Skolehaver, hvor børn dyrker grøntsager."),
    ("skolehaver", "Amager", BY, S, "Haver i skolegården, som eleverne selv passer."),
    ("", "Nørrebro", F, C, "Klubhuset trænger til at blive renoveret."),
    ("", "Nørrebro", AE, C, "Sundhedsplejersken kommer for sjældent hos nye mødre."),
    ("", "Nørrebro", BY, S, "Boligannoncer bør også stå på engelsk."),
    ("", "Nørrebro", B, S, "Jobmesse i medborgerhuset for ledige akademikere."),
    ("", "Nørrebro", M, C, "Foreningsguiderne er blevet sparet væk."),
    ("", "Nørrebro", U, S, "Studiestartsprøver på flere sprog."),
    ("", "Nørrebro", BD, C, "Skolebussen kører for tidligt om morgenen."),
    ("", "Amager", F, C, "Der er ventelister til alle svømmeklubber om vinteren."),
    ("", "Amager", B, C, "Løntilskudsjob bliver brugt som billig arbejdskraft."),
    ("", "Amager", AE, S, "Sundhedshuset skal have åbent om lørdagen."),
    ("", "Amager", U, C, "Ungdomsklubben har for få ansatte om aftenen."),
    ("", "Amager", M, S, "Børnefamilier får en velkomstpakke, når de flytter ind."),
    ("", "Amager", BY, C, "Boligforeningens gårde er fulde af affald."),
    ("", "Amager", BD, S, "Forældrekurser i at bruge skolens intranet."),
    ("", "Tingbjerg", F, C, "Pigeklubben mangler lokaler."),
    ("", "Tingbjerg", AE, C, "Plejehjemmet serverer ingen halal mad."),
    ("", "Tingbjerg", B, S, "Fast kontaktperson på jobcentret."),
    ("", "Tingbjerg", U, C, "Mange unge dropper ud af gymnasiet i første år."),
    ("", "Tingbjerg", BY, S, "Fartbump på vejen forbi skolen."),
    ("", "Tingbjerg", M, S, "Sommerfest i gården med mad fra mange lande."),
    ("", "Tingbjerg", BD, C, "Børnehaven har lange ventelister."),
    ("", "Amager", F, S, "Fritidsjob i sportsklubberne til unge over femten."),
)
