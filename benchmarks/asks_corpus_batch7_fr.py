# ruff: noqa: E501  (quoted data: long lines keep each quotation whole)
"""Batch 7: a fifth untouched batch of real French asks (issue #16), after batches 3 to 6: asks
written by other people in public repository files (a product-discovery outreach note, a mentoring
association's SMS templates, an alumni questionnaire, a style guide's sample messages, a consultant's
sample outreach), to give untouched figures for the ask checker.

This batch is **short**: the collection window was about ten minutes (the session resumed late after
interruptions), so it holds 5 asks, far below the 100 the brief asked for. It is useful only pooled
with batches 3-6.

Format: tuples (source id, label, upward, circle, text, note), as in ``asks_corpus_batch6_fr``.
Placeholders carry fictional values, real names give way to fictional ones, and no personal e-mail,
phone or URL is kept; each cut (``[...]``) is noted. Labels follow guide v2 alone (the corpus README,
sections "The labelling guide" and "Guide v2" A-E) and were set while collecting, **before any checker
saw these texts**: the labeller neither ran the checker nor read its code, rules or figures.
Sources were checked by a script (file id and a distinctive phrase grepped in
``tests/data/asks_corpus/`` and every ``benchmarks/asks_corpus_*`` file); 18 of the 26 candidates
found were already used and dropped, and so were several unused ones that quote no ask. No 10-word run
of these texts occurs in those files (checked with a script at the end; nothing had to be cut).

Conventions: those of batches 3-6 (their docstrings).

5 asks from 5 sources: 3 precise, 2 vague, 0 too big.
"""

_ID = "code index file id {} (repository not reported by the index)"

SOURCES = {
    "duoshot_discovery_note": _ID.format("68461826040"),
    "mentoring_sms_tpl": _ID.format("19817528958"),
    "alternance_alumni_form": _ID.format("51798544829"),
    "tone_guide_samples": _ID.format("59073632066"),
    "hr_consultant_outreach": _ID.format("52202718988"),
}

FR = [
    (
        "duoshot_discovery_note",
        "precise",
        False,
        None,
        "[...] Je cherche cinq développeurs qui préparent réellement leurs assets pour observer une session de 30 minutes. Ce n'est pas une promesse d'approbation Apple ; je veux comprendre où le parcours aide ou bloque. Serais-tu disponible pour essayer avec un exemple non confidentiel ?",
        "founder's product-discovery outreach (tu) to indie developers; opening naming the tool cut; ambiguous: a maker recruiting testers, not selling (no price, no purchase asked): a 30-minute session with a stated purpose and niche",
    ),
    (
        "mentoring_sms_tpl",
        "precise",
        False,
        None,
        "Bonjour Inès, Afin de faire le point sur ton projet professionnel, quand serais-tu disponible pour un échange téléphonique ? C'est une étape importante avant de te mettre en relation avec un mentor.",
        "mentoring association's SMS template (adviser to a young applicant, tu); the same text is also stored as file id 19039577187, counted once; a call with a stated purpose and step",
    ),
    (
        "alternance_alumni_form",
        "precise",
        False,
        None,
        "Partage ton expérience alternance. Dans quel secteur as-tu effectué ton alternance ? Quelle entreprise ? Quel a été le plus grand défi ? Ton conseil aux étudiants ? Serais-tu disponible pour un échange visio ?",
        "school site's questionnaire to former work-study students (heading + questions joined); specific questions on a narrowed subject (alternance); ambiguous: the closing video call has no duration",
    ),
    (
        "tone_guide_samples",
        "vague",
        False,
        2,
        "Salut Camille ! Tu vas bien ? Es-tu en vacances ? Si non serais-tu disponible pour un déjeuner la semaine prochaine ? A très bientôt !",
        "style guide's sample WhatsApp message (tu, a familiar contact); a lunch from a close tie is not too big, but nothing is said of what it is for: no niche",
    ),
    (
        "hr_consultant_outreach",
        "vague",
        True,
        None,
        "[...] Chez CGI, nous accompagnons de plus en plus nos clients sur les sujets de transformation RH et d'employee experience. Ton retour d'expérience sur l'implémentation de 'Care First' dans une organisation en hypercroissance serait extrêmement précieux. Serais-tu disponible pour un échange de 20 minutes ?",
        "app's sample outreach (consultant to an HR leader whose Harvard Business Review piece is cited: upward by D); reference to her work and a niche, but no offer (P8): vague under P7; opening and figures cut; ambiguous: could serve a later sale, but nothing is pitched to her",
    ),
]
