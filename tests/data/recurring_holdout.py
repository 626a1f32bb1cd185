"""A second labelled set for recurring-proposal detection, never used for tuning.

Written after the thresholds were fixed on ``recurring_quality.py``, to see how they
carry over: eight ideas at two to three meetings, in the facilitators' own words,
among 40 unrelated notes. Rows are ``(idea, venue, theme, kind, text)``.
"""

from __future__ import annotations

from recurring_themes import AE, BD, BY, B, C, F, M, S, U

MEETINGS = {
    "Valby": "2026-05-05",
    "Bispebjerg": "2026-05-12",
    "Sydhavnen": "2026-05-19",
}

NOTES: tuple[tuple[str, str, str, str, str], ...] = (
    ("lektiehjælp", "Valby", BD, S, "Gratis lektiehjælp på biblioteket to gange om ugen."),
    ("lektiehjælp", "Bispebjerg", U, C, "Forældre kan ikke hjælpe med lektierne, fordi de ikke kan dansk."),
    ("lektiehjælp", "Sydhavnen", BD, S, "Lektiecafé med frivillige, så børnene får hjælp til lektier."),
    ("åbningstider", "Valby", M, C, "Borgerservice har kun åbent, mens folk er på arbejde."),
    ("åbningstider", "Sydhavnen", B, S, "Længere åbningstider i borgerservice og på jobcentret om aftenen."),
    ("kørekort", "Bispebjerg", B, S, "Støtte til kørekort, fordi mange job kræver det."),
    ("kørekort", "Sydhavnen", B, C, "Uden kørekort får man ikke job som håndværker eller i hjemmeplejen."),
    ("bænke", "Valby", BY, S, "Flere bænke langs stierne, så ældre kan hvile sig."),
    ("bænke", "Bispebjerg", AE, C, "Ældre går ikke ture, fordi der ingen bænke er at sidde på."),
    ("bænke", "Sydhavnen", BY, S, "Sæt bænke op i parken og ved busstoppestederne."),
    ("tolkning", "Valby", AE, C, "Børn bliver brugt som tolke for deres forældre hos lægen."),
    ("tolkning", "Bispebjerg", AE, S, "Professionelle tolke på sygehuset, så børn ikke skal tolke."),
    ("legeplads", "Valby", BY, C, "Legepladsen i gården er gammel og farlig."),
    ("legeplads", "Bispebjerg", BD, S, "Renovér legepladserne, så de små børn har et sted at lege."),
    ("legeplads", "Sydhavnen", BY, C, "Der er ingen legeplads i den nye bydel."),
    ("praktikplads", "Bispebjerg", U, C, "Elever med udenlandsk navn får sværere ved at få en praktikplads."),
    ("praktikplads", "Sydhavnen", U, S, "Kommunen skal hjælpe eleverne med at finde praktikpladser."),
    ("skolemad", "Valby", BD, S, "Sund skolemad til alle elever hver dag."),
    ("skolemad", "Sydhavnen", BD, C, "Mange børn kommer i skole uden madpakke og kan ikke koncentrere sig."),
    ("skolemad", "Bispebjerg", BD, S, "Gratis morgenmad og frokost i skolen."),
    ("", "Valby", U, C, "Unge hænger ud på stationen om natten."),
    ("", "Valby", U, S, "Et musikstudie, hvor unge kan indspille deres egne numre."),
    ("", "Valby", B, C, "Ledige skal gå til for mange møder på jobcentret."),
    ("", "Valby", B, S, "Virksomhedsbesøg for ledige, så de kan se arbejdspladserne indefra."),
    ("", "Valby", AE, S, "Seniordans i medborgerhuset om formiddagen."),
    ("", "Valby", M, S, "En velkomstpakke til nye beboere med kort over området."),
    ("", "Valby", F, C, "Haltiderne bliver fordelt efter gamle aftaler."),
    ("", "Valby", F, S, "Klatrevæg i idrætshallen."),
    ("", "Valby", BY, C, "Biler kører for stærkt på villavejene."),
    ("", "Valby", BD, C, "Skolens toiletter er så beskidte, at børnene holder sig hele dagen."),
    ("", "Valby", M, C, "Foreningerne får ikke svar fra kommunen, når de søger penge."),
    ("", "Valby", AE, C, "Ventetiden på en plejebolig er for lang."),
    ("", "Valby", U, S, "Gratis buskort til unge under uddannelse."),
    ("", "Bispebjerg", U, S, "Et ungeråd, der får indflydelse på bydelens budget."),
    ("", "Bispebjerg", B, C, "Det er svært at få godkendt en uddannelse fra hjemlandet."),
    ("", "Bispebjerg", M, S, "Fællesspisning i opgangen en gang om måneden."),
    ("", "Bispebjerg", M, C, "Mange kender ikke deres rettigheder som lejere."),
    ("", "Bispebjerg", F, S, "Billige instrumenter til leje i musikskolen."),
    ("", "Bispebjerg", F, C, "Pigerne stopper med sport, når de kommer i puberteten."),
    ("", "Bispebjerg", BY, C, "Der er rotter ved affaldsøerne."),
    ("", "Bispebjerg", BY, S, "Flere elladestandere i kvarteret."),
    ("", "Bispebjerg", AE, S, "Hjemmehjælpere, der taler borgerens sprog."),
    ("", "Bispebjerg", BD, C, "Klassekammerater bliver mobbet på sociale medier."),
    ("", "Sydhavnen", U, C, "Mange unge ved ikke, hvad de vil efter niende klasse."),
    ("", "Sydhavnen", B, S, "Iværksætterkurser på arabisk og tyrkisk."),
    ("", "Sydhavnen", M, C, "Kirken og moskeen taler ikke sammen."),
    ("", "Sydhavnen", M, S, "En årlig gadefest for hele kvarteret."),
    ("", "Sydhavnen", F, S, "Kajakker til udlån ved havnen."),
    ("", "Sydhavnen", F, C, "Spejderne har ingen hytte i bydelen."),
    ("", "Sydhavnen", BY, C, "Byggestøj fra morgen til aften i flere år."),
    ("", "Sydhavnen", BY, S, "Hundeskove, så hundene ikke løber på legepladserne."),
    ("", "Sydhavnen", AE, C, "Demente ældre farer vild i det nye boligområde."),
    ("", "Sydhavnen", BD, S, "Naturfag udendørs ved vandet."),
    ("", "Sydhavnen", U, S, "Sommerjob i kommunen til unge på femten år."),
    ("", "Sydhavnen", B, C, "Arbejdsgivere ringer ikke tilbage efter samtalen."),
    ("", "Bispebjerg", U, C, "Gymnasiet ligger langt væk, og transporten er dyr."),
    ("", "Valby", BY, S, "Grønne tage på de nye boligblokke."),
    ("", "Sydhavnen", M, C, "Nye danskere bliver ikke inviteret til beboermøderne."),
    ("", "Valby", AE, S, "Gratis fodpleje til ældre med diabetes."),
)
