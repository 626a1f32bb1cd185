"""Labelled set: the same idea in other words (near-synonyms and paraphrases).

"danskkurser" and "sprogkurser", "mentorordninger" and "en fast voksen at støtte sig
til", "for dyrt" and "har ikke råd": nine ideas recur at two or three meetings with
few or no words in common, among 24 unrelated notes on the same themes. Written for
this project. Rows are ``(idea, venue, theme, kind, text)``; ``idea`` is "" for a
note that belongs to no recurring idea.
"""

from __future__ import annotations

from recurring_themes import AE, BD, BY, B, C, F, M, S, U

MEETINGS = {
    "Valby": "2026-02-02",
    "Bispebjerg": "2026-02-09",
    "Sydhavnen": "2026-02-16",
}

NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    ("sprog", "Valby", B, S, "Danskkurser om aftenen for folk, der arbejder."),
    ("sprog", "Bispebjerg", M, S, "Sprogkurser på tidspunkter, der passer med arbejdstiden."),
    ("sprog", "Sydhavnen", BD, C, "Forældrene kan ikke følge danskundervisningen, mens de har job."),
    ("mentor", "Valby", U, S, "Flere mentorordninger for unge under uddannelse."),
    ("mentor", "Bispebjerg", U, C, "De unge mangler en fast voksen at støtte sig til."),
    ("mentor", "Sydhavnen", B, S, "Lokale rollemodeller, der følger den unge hele vejen til job."),
    ("pris", "Valby", F, C, "Fritidsaktiviteterne koster for meget for store familier."),
    ("pris", "Bispebjerg", F, C, "Mange familier har ikke råd til at betale for børnenes sport."),
    ("pris", "Sydhavnen", F, S, "Lavere gebyr for at gå til fodbold og svømning."),
    ("ensomhed", "Valby", AE, C, "Mange ældre sidder alene i deres lejlighed hele ugen."),
    ("ensomhed", "Sydhavnen", AE, C, "Ensomhed blandt de ældre i opgangene."),
    ("ensomhed", "Bispebjerg", M, C, "Ældre borgere lever isoleret uden kontakt til naboerne."),
    ("tolk", "Valby", AE, S, "Nemmere adgang til tolkning hos lægen."),
    ("tolk", "Bispebjerg", AE, C, "Patienter forstår ikke lægen, fordi ingen oversætter for dem."),
    ("oversat", "Valby", M, S, "Kommunens breve skal også skrives på arabisk og somali."),
    ("oversat", "Sydhavnen", M, C, "Information fra kommunen findes kun på dansk."),
    ("mødesteder", "Bispebjerg", M, S, "Et medborgerhus, hvor naboer kan mødes."),
    ("mødesteder", "Sydhavnen", BY, C, "Kvarteret mangler samlingssteder for beboerne."),
    ("diskrimination", "Valby", B, C, "Forskelsbehandling af ansøgere med udenlandsk navn."),
    ("diskrimination", "Bispebjerg", B, C, "Diskrimination ved jobsamtaler er hverdag for mange."),
    ("diskrimination", "Sydhavnen", U, C, "Unge med et fremmed navn mødes af fordomme hos arbejdsgiverne."),
    ("beskæftigelse", "Valby", B, S, "Hjælp kvinder, der har været hjemme længe, ind på arbejdsmarkedet."),
    ("beskæftigelse", "Sydhavnen", B, C, "For få hjemmegående mødre kommer i beskæftigelse."),
    ("", "Valby", U, C, "Unge hænger ud ved stationen om natten."),
    ("", "Valby", U, S, "Musikstudie i ungdomsklubben."),
    ("", "Valby", AE, S, "Seniordans i foreningshuset om formiddagen."),
    ("", "Valby", BY, C, "Bilerne kører for stærkt på villavejene."),
    ("", "Valby", BD, C, "Skolens toiletter er beskidte."),
    ("", "Valby", F, S, "Klatrevæg i idrætshallen."),
    ("", "Valby", M, C, "Foreningerne får intet svar fra kommunen på deres ansøgninger."),
    ("", "Valby", B, C, "Ledige skal til for mange møder på jobcentret."),
    ("", "Bispebjerg", U, S, "Et ungeråd med sit eget budget."),
    ("", "Bispebjerg", B, C, "Uddannelser fra hjemlandet bliver ikke godkendt."),
    ("", "Bispebjerg", M, S, "Fællesspisning i opgangen en gang om måneden."),
    ("", "Bispebjerg", F, C, "Pigerne stopper med sport i puberteten."),
    ("", "Bispebjerg", BY, C, "Rotter ved affaldsøerne."),
    ("", "Bispebjerg", AE, S, "Gratis fodpleje til ældre med sukkersyge."),
    ("", "Bispebjerg", BD, C, "Børn bliver mobbet på de sociale medier."),
    ("", "Bispebjerg", BY, S, "Ladestandere til elbiler i kvarteret."),
    ("", "Sydhavnen", U, C, "Mange unge ved ikke, hvad de vil efter niende klasse."),
    ("", "Sydhavnen", B, S, "Kurser for iværksættere i at lave et budget."),
    ("", "Sydhavnen", F, S, "Kajakker til udlån ved havnen."),
    ("", "Sydhavnen", BY, C, "Byggestøj fra tidlig morgen i flere år."),
    ("", "Sydhavnen", AE, C, "Demente farer vild i det nye byggeri."),
    ("", "Sydhavnen", BD, S, "Naturfag udendørs ved vandet."),
    ("", "Sydhavnen", M, S, "En årlig gadefest for hele kvarteret."),
    ("", "Sydhavnen", U, S, "Sommerjob i kommunen til unge på femten år."),
)
