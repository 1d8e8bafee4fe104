"""How the vCard reader reads a card's bytes (issue #17, the failure classes of the third
measure of real exports): a CHARSET per property, folds inside UTF-8 sequences,
quoted-printable soft breaks before a space, cards inside a card, a company's own card.
The fixtures are in ``data/imports/hard`` (``make_hard_fixtures.py``), every person fictional."""

from __future__ import annotations

from tests.test_importers import DATA, invariant_holds, person
from toolkit.map.importers import read_contacts

HARD = DATA / "hard"


def read(name: str):
    return read_contacts(HARD / name)


def test_each_property_is_read_in_the_charset_it_names():
    result = read("vcard_charset.vcf")
    assert person(result, "山田 花子")["phone"] == "090-0000-0001"
    # 能 is 0x94 0x5C in Shift_JIS: its second byte is not a backslash escape.
    assert person(result, "能登 健一")["company"] == "能登製作所"
    assert person(result, "Zoë Lefèvre")["email"] == ""
    # The accents outside CHARSET values are UTF-8: the report says so, with no guess.
    assert result.report.encoding == "utf-8"
    assert not [w for w in result.report.warnings if w.key.startswith("importers.warnings.enc")]


def test_a_charset_that_cannot_be_honoured_costs_a_warning_on_its_card_not_the_name():
    result = read("vcard_charset.vcf")
    assert person(result, "Agnès Bérubé")["notes"] == "Café"
    charset = [w for w in result.report.warnings if w.key == "importers.warnings.vcard_charset"]
    assert [(w.line, w.params["charset"]) for w in charset] == [
        (19, "X-PERSONNEL"), (24, "ISO-8859-1")
    ]  # fmt: skip
    assert "X-PERSONNEL" in result.report.issue_text(charset[0], "fr")
    assert invariant_holds(result.report)


def test_a_one_byte_charset_named_over_utf8_text_gives_way_to_utf8():
    # Latin-1 would read these bytes as "HÃ©lÃ¨ne Martin".
    assert person(read("vcard_charset.vcf"), "Hélène Martin")["email"] == ""


def test_the_card_s_only_charset_is_the_encoding_reported():
    data = (HARD / "vcard_charset.vcf").read_bytes()
    japanese = data[: data.index(b"END:VCARD") + len(b"END:VCARD\r\n")]
    result = read_contacts(japanese)
    assert result.report.encoding == "shift_jis"
    assert result.contacts["display_name"].tolist() == ["山田 花子"]


def test_a_fold_inside_a_utf8_sequence_leaves_the_letter_whole():
    alexandra = person(read("vcard_fold_utf8.vcf"), "Αλεξάνδρα Παπαδοπούλου-Καραγιαννοπούλου")
    assert alexandra["notes"] == (
        "Συναντηθήκαμε στο συνέδριο της Θεσσαλονίκης, μιλήσαμε για τα δίκτυα, και θα τα ξαναπούμε."
    )
    # The only accented line, cut by its folds: the file is still read as UTF-8, not guessed.
    result = read("vcard_fold_utf8_one_line.vcf")
    assert person(result, "Ιωάννης Οικονομόπουλος")["email"] == "ioannis.o@example.gr"
    assert result.report.encoding == "utf-8" and result.report.warnings == []


def test_a_soft_line_break_before_a_space_keeps_the_space_and_drops_the_equals_sign():
    odile = person(read("vcard_qp_soft_break.vcf"), "Odile Vasseur")
    assert odile["notes"] == "Rencontrée au salon de Lyon, stand 12, avec son associé."
    assert odile["company"] == "Vasseur & Fils"


def test_cards_inside_a_card_are_cards_of_their_own_and_the_outer_one_goes_on():
    result = read("vcard_nested.vcf")
    pierre = person(result, "Pierre Roussel")
    assert (pierre["phone"], pierre["email"]) == ("0472000001", "pierre.roussel@example.fr")
    assert person(result, "Anne Roussel")["phone"] == "0601000001"
    assert person(result, "Luc Roussel")["phone"] == ""
    # A vCard 2.1 AGENT: the assistant is a contact too, the card around it keeps its title.
    assert person(result, "Claire Sabatier")["position"] == "Directrice"
    assert person(result, "Marc Tessier")["phone"] == "0472000002"
    # An outer card that never ends is cut; the whole card inside it is not lost with it.
    assert person(result, "Inès Vidal")["phone"] == ""
    report = result.report
    assert [(s.line, s.key) for s in report.skipped] == [(29, "importers.skipped.vcard_cut")]
    assert (report.read, report.imported) == (7, 6) and invariant_holds(report)


def test_a_company_s_own_card_is_named_by_its_company():
    result = read("vcard_company_card.vcf")
    company = person(result, "Exemple Conseil, SARL")
    assert (company["company"], company["email"]) == (
        "Exemple Conseil, SARL", "bonjour@example-conseil.fr"
    )  # fmt: skip
    assert person(result, "Librairie Exemple, Jeunesse")["phone"] == ""
    # Without a company, a nameless card is still named by its e-mail.
    assert person(result, "contact@example.org")["company"] == ""
