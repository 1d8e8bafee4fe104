# ruff: noqa: E501  (fixture rows are kept whole, one record a line, as in the files they write)
"""Write the fixtures of the import failures real files showed (issue #17), byte for byte.

Every person, company and address here is fictional (example.* domains). Run from anywhere:
``python tests/data/imports/hard/make_hard_fixtures.py``; the files are committed.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def excel_dates() -> None:
    """LinkedIn exports opened and re-saved by Excel: dates become ``06-May-22`` (English Excel)
    or ``06-mai-22`` / ``23-avr.-23`` (French Excel, with its ``;`` and cp1252)."""
    rows = [
        "Amélie,Durand,https://www.linkedin.com/in/amelie-durand-1a2b,,Example SA,Cheffe de projet,06-May-22",
        "Bastien,Roy,https://www.linkedin.com/in/bastien-roy-3c4d,,Exemple Conseil,Consultant,23-Apr-23",
        "Chloé,Marchand,https://www.linkedin.com/in/chloe-marchand-5e6f,,Atelier Exemple,Designer,5-Jan-26",
        ",,,,,,12-Sep-21",
        "Denis,Faure,https://www.linkedin.com/in/denis-faure-7a8b,,Example Bank,Analyste,31-Dec-19",
    ]
    text = PREAMBLE + LINKEDIN_HEADER + "\n" + "\n".join(rows) + "\n"
    write("linkedin_excel_dd_mmm_yy.csv", text.replace("\n", "\r\n").encode("cp1252"))
    french = [
        "Élise;Bonnet;https://www.linkedin.com/in/elise-bonnet-1a;;Exemple SARL;Juriste;06-mai-22",
        "François;Caron;https://www.linkedin.com/in/francois-caron-2b;;Example Énergie;Ingénieur;23-avr.-23",
        "Gaëlle;Perrin;https://www.linkedin.com/in/gaelle-perrin-3c;;Atelier Exemple;Graphiste;5-janv.-26",
        "Hugo;Leclerc;https://www.linkedin.com/in/hugo-leclerc-4d;;Exemple Transports;Logisticien;14-déc.-19",
        ";;;;;;02-févr.-24",
    ]
    header = LINKEDIN_HEADER.replace(",", ";")
    text = "Notes:;;;;;;\n" + header + "\n" + "\n".join(french) + "\n"
    write("linkedin_excel_fr_jj_mmm_aa.csv", text.replace("\n", "\r\n").encode("cp1252"))


SPANISH_AND_FRENCH = [
    ("Raúl", "Núñez"), ("José", "Muñoz"), ("Inés", "Peña"), ("Begoña", "Ibáñez"),
    ("Ramón", "Gómez"), ("María", "Jiménez"), ("Joël", "Hébert"), ("Zoë", "Lefèvre"),
    ("Agnès", "Bérubé"), ("Mónica", "Sáenz"), ("Iñaki", "Etxeberría"), ("Andrés", "Álvarez"),
]  # fmt: skip


def encodings() -> None:
    """Files whose encoding the old guess got wrong."""
    # A Mac Excel export in Mac Roman: read as cp850, "Raúl" became "Ra£l".
    rows = [
        f"{first},{last},https://www.linkedin.com/in/{i:04x},,Compañía Ejemplo {i % 7},Ingeniero,0{1 + i % 9} Mar 2021"
        for i, (first, last) in enumerate(SPANISH_AND_FRENCH * 5)
    ]
    text = LINKEDIN_HEADER + "\r" + "\r".join(rows) + "\r"
    write("mac_roman.csv", text.encode("mac_roman"))
    # A Danish Excel re-save in cp1252 (";"): read as Mac Roman, "Jørgensen" became "J¯rgensen".
    danish = [
        ("Søren", "Jørgensen", "Æble Eksempel A/S"), ("Åse", "Mølgaard", "Eksempel Bøger"),
        ("Jörgen", "Bæk", "Ørsted Eksempel"), ("Mette", "Kjær", "Blåbær Eksempel"),
        ("Nanna", "Sørensen", "Eksempel Fødevarer"),
    ]  # fmt: skip
    lines = ["First Name;Last Name;URL;Email Address;Company;Position;Connected On"]
    lines += [f"{a};{b};;;{c};Konsulent;1{i} Jun 2023" for i, (a, b, c) in enumerate(danish)]
    write("danish_excel.csv", "\r\n".join(lines).encode("cp1252") + b"\r\n")
    # Short files give a guess little to go on: a Danish re-save (cp1252) was read as cp850
    # ("J÷rgensen") and a short Mac Roman file as cp1252 ("Jšrgen").
    short = "First Name;Last Name;Company\r\nJörgen;Jörgensen;Eksempel\r\n"
    write("danish_short.csv", short.encode("cp1252"))
    write("mac_roman_short.csv", "First Name;Last Name\r\nJörgen;Hansen\r\n".encode("mac_roman"))
    # The first rows of a Mac Roman export were read as cp1252, the whole file as Mac Roman.
    first = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
    people = [
        ("Léa", "O’Brien", "Café Olé", "Head of “Growth”"), ("Hugo", "Ibáñez", "Acme", "CEO • Founder"),
        ("Sofía", "Larsen", "Example Inc.", "Director – Sales"), ("Raúl", "Pérez", "Data • Lab", "Consultant"),
        ("Jörg", "Dubois", "Société Exemple", "Chargé d’affaires"), ("Núria", "Gómez", "Acme", "VP, Marketing"),
    ]  # fmt: skip
    rows = [first] + [
        f'{a},{b},https://www.linkedin.com/in/{a.lower()}-{i:x},,"{c}",{d},0{i + 1} Mar 2021'
        for i, (a, b, c, d) in enumerate(people * 4)
    ]
    write("mac_roman_24_rows.csv", "\r".join(rows).encode("mac_roman"))
    # A vCard written in Latin-1 with no CHARSET: read as cp850, "Töcken" became "T÷cken".
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Töcken;Gisela;;;\r\nFN:Gisela Töcken\r\n"
        "ORG:Bäckerei Schön\r\nTITLE:Geschäftsführerin\r\nEMAIL:gisela.toecken@example.de\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:Weiß;Jürgen;;;\r\nFN:Jürgen Weiß\r\n"
        "ORG:Müller & Söhne\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N:Jörgensen;Jörgen\r\nFN:Jörgen Jörgensen\r\nEND:VCARD\r\n"
    )
    write("latin1.vcf", card.encode("latin-1"))
    # A UTF-8 byte-order mark in front of a cp1252 body: "Angélique" became "Ang\ufffdlique".
    body = (
        "First Name,Last Name,E-mail Address,Company\r\n"
        "Angélique,Moreau,angelique.moreau@example.fr,Société Exemple\r\n"
        "Cédric,Lévêque,cedric.leveque@example.fr,Exemple Frères\r\n"
    )
    write("bom_over_cp1252.csv", b"\xef\xbb\xbf" + body.encode("cp1252"))
    # Too little to be sure: one byte that is "é" in Mac Roman and "Ž" in cp1252.
    write("one_accent.csv", b"First Name,Last Name,Company\nRen\x8e,Dupont,Exemple\n")


def vcards() -> None:
    """vCards that vobject cut at a comma, turned into list text, or dropped whole."""
    commas = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Mustermann;Heiko;;;\r\nFN:Mustermann, Heiko\r\n"
        "ORG:Company, The;Sales\r\nTITLE:Head of Sales, EMEA\r\n"
        "NOTE:Met at the fair, Lyon, booth 12\\, with Ana\r\n"
        "EMAIL:heiko.mustermann@example.de\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Doe;Jane;;;Jr.\r\nFN:Jane Doe Jr.\r\n"
        "EMAIL:jane.doe@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Martin;Paul;;;III\r\n"
        "EMAIL;INTERNET:paul.martin@example.com\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Fontaine;Léa;;;\r\nFN:Léa Fontaine\r\n"
        "item1.URL:http\\://www.linkedin.com/in/lea-fontaine\r\nitem1.X-ABLabel:PROFILE\r\n"
        "END:VCARD\r\n"
    )
    write("vcard_commas.vcf", commas.encode("utf-8"))
    odd = (
        # Lotus Notes writes PROFILE:VCard, which vobject refuses.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPROFILE:VCard\r\nN:Arnaud;Basile;;;\r\nFN:Basile Arnaud\r\n"
        "EMAIL:basile.arnaud@example.fr\r\nEND:VCARD\r\n"
        # KAddressBook's instant-messaging properties have a "/" in their names.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carla Dumont\r\nN:Dumont;Carla;;;\r\n"
        "X-messaging/gadu-All:1234567\r\nEMAIL:carla.dumont@example.fr\r\nEND:VCARD\r\n"
        # Outlook 2003: a quoted-printable Latin-1 byte (=E9) in a LABEL, no CHARSET.
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Éluard;Denise\r\nFN:Denise Éluard\r\n"
        "LABEL;WORK;ENCODING=QUOTED-PRINTABLE:3 rue de l'=E9glise=0D=0A69000 Lyon\r\n"
        "EMAIL;PREF;INTERNET:denise.eluard@example.fr\r\nEND:VCARD\r\n"
        # An FN with no colon at all: the name is in N.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN\r\nN:Girard;Étienne;;;\r\n"
        "EMAIL:etienne.girard@example.fr\r\nEND:VCARD\r\n"
        # END:VCARD with a trailing space, then a line of spaces only.
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fanny Hubert\r\nN:Hubert;Fanny;;;\r\n"
        "EMAIL:fanny.hubert@example.fr\r\nEND:VCARD \r\n   \r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Gilles Imbert\r\nN:Imbert;Gilles;;;\r\n"
        "EMAIL:gilles.imbert@example.fr\r\nEND:VCARD\r\n"
    )
    write("vcard_odd_properties.vcf", odd.encode("utf-8"))
    groups = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iCloud Web Address Book//EN\r\n"
        "N:Comité des fêtes\r\nFN:Comité des fêtes\r\nX-ADDRESSBOOKSERVER-KIND:group\r\n"
        "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:0b7d3d1e-0000-4000-8000-000000000001\r\n"
        "UID:0b7d3d1e-0000-4000-8000-0000000000ff\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Jacob;Hélène;;;\r\nFN:Hélène Jacob\r\n"
        "EMAIL:helene.jacob@example.fr\r\n"
        "UID:0b7d3d1e-0000-4000-8000-000000000001\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Club de lecture\r\n"
        "MEMBER:urn:uuid:0b7d3d1e-0000-4000-8000-000000000002\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Ivan Klein\r\n"
        "EMAIL:ivan.klein@example.fr\r\nEND:VCARD\r\n"
    )
    write("vcard_groups.vcf", groups.encode("utf-8"))
    no_name = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Garage Exemple\r\nTEL;TYPE=WORK:04 78 00 00 01\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=CELL:+33 6 00 00 00 02\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:rien d'autre\r\nEND:VCARD\r\n"
    )
    write("vcard_company_and_phone_only.vcf", no_name.encode("utf-8"))


def fold(line: bytes, width: int) -> bytes:
    """A content line folded every ``width`` bytes, as ownCloud does, each fold falling inside
    a UTF-8 sequence here (checked, so that the fixture keeps its shape)."""
    parts = [line[:width]] + [line[i : i + width - 1] for i in range(width, len(line), width - 1)]
    for part in parts:
        try:
            part.decode("utf-8")
        except UnicodeDecodeError:
            break
    else:
        raise ValueError(f"no fold of {line[:20]!r} cuts a UTF-8 sequence")
    return b"\r\n ".join(parts)


def card(version: str, body: bytes) -> bytes:
    return f"BEGIN:VCARD\r\nVERSION:{version}\r\n".encode() + body + b"END:VCARD\r\n"


def vcard_reading() -> None:
    """vCards whose bytes must be read with their own rules: a CHARSET per property, folds on
    bytes, quoted-printable soft breaks, cards inside a card, a company's own card."""
    # vCard 2.1 written by Japanese phones: names in Shift_JIS, said by CHARSET, the rest ASCII;
    # 能 is 0x94 0x5C in Shift_JIS (its second byte is "\", not an escape). Then Latin-1 said by
    # CHARSET in a UTF-8 file, a charset no one knows (its UTF-8 value read as the file), and
    # Latin-1 named over UTF-8 text.
    japanese = "N;CHARSET=SHIFT_JIS:山田;花子;;;\r\nFN;CHARSET=SHIFT_JIS:山田 花子\r\n"
    noto = "N;CHARSET=SHIFT_JIS:能登;健一;;;\r\nFN;CHARSET=SHIFT_JIS:能登 健一\r\n"
    noto += "ORG;CHARSET=SHIFT_JIS:能登製作所\r\n"
    latin = "N;CHARSET=ISO-8859-1:Lefèvre;Zoë;;;\r\nFN;CHARSET=ISO-8859-1:Zoë Lefèvre\r\n"
    sjis = (
        card("2.1", japanese.encode("shift_jis") + b"TEL;CELL:090-0000-0001\r\n")
        + card("2.1", noto.encode("shift_jis") + b"EMAIL;INTERNET:kenichi.noto@example.jp\r\n")
        + card("2.1", latin.encode("latin-1"))
        + card("2.1", "FN;CHARSET=X-PERSONNEL:Agnès Bérubé\r\nNOTE:Café\r\n".encode())
        # A card that names Latin-1 over UTF-8 bytes (its writer's default, not its text).
        + card("2.1", "FN;CHARSET=ISO-8859-1:Hélène Martin\r\n".encode())
    )
    write("vcard_charset.vcf", sjis)
    # ownCloud folds at a byte count, inside UTF-8 sequences; in the second file the only accented
    # line is folded so (no whole UTF-8 line left for the encoding to be judged on).
    greek = "Αλεξάνδρα Παπαδοπούλου-Καραγιαννοπούλου".encode()
    note = "Συναντηθήκαμε στο συνέδριο της Θεσσαλονίκης, μιλήσαμε για τα δίκτυα\\, και θα τα ξαναπούμε."
    name = "N:Παπαδοπούλου-Καραγιαννοπούλου;Αλεξάνδρα;;;\r\n".encode()
    body = fold(b"FN:" + greek, 74) + b"\r\n" + name + fold(b"NOTE:" + note.encode(), 74)
    write("vcard_fold_utf8.vcf", card("3.0", body + b"\r\nEMAIL:alexandra.p@example.gr\r\n"))
    one = fold("FN:Ιωάννης Οικονομόπουλος".encode(), 18) + b"\r\nEMAIL:ioannis.o@example.gr\r\n"
    write("vcard_fold_utf8_one_line.vcf", card("3.0", one))
    # Quoted-printable soft breaks whose next line starts with a space: that space is text.
    soft = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Vasseur;Odile\r\nFN:Odile Vasseur\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Rencontr=C3=A9e au salon=\r\n de Lyon, stand 12,=\r\n"
        " avec =\r\nson associ=C3=A9.\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Vasseur=\r\n & Fils\r\n"
        "END:VCARD\r\n"
    )
    write("vcard_qp_soft_break.vcf", soft.encode())
    # Cards inside a card: a phone's nested cards (the outer card goes on after them), a 2.1
    # AGENT's card, and an outer card that never ends (its inner card is whole).
    nested = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roussel;Pierre\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roussel;Anne\r\nTEL:0601000001\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Roussel;Luc\r\nEND:VCARD\r\n"
        "TEL;WORK:0472000001\r\nEMAIL:pierre.roussel@example.fr\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Sabatier;Claire\r\nFN:Claire Sabatier\r\nAGENT:\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Tessier;Marc\r\nFN:Marc Tessier\r\n"
        "TEL:0472000002\r\nEND:VCARD\r\nTITLE:Directrice\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Urbain;Noël\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Vidal;Inès\r\nEND:VCARD\r\nTEL:0472000003\r\n"
    )
    write("vcard_nested.vcf", nested.encode())
    # A company's own card (Evolution's welcome card shape): empty N, FN without a colon,
    # then one with an empty FN and N; a nameless card with only an e-mail stays named by it.
    company = (
        "BEGIN:VCARD\r\nX-EVOLUTION-FILE-AS:Exemple Conseil, SARL\r\nFN\r\nN:\r\n"
        "TEL;WORK;VOICE:04 72 00 00 30\r\nEMAIL;INTERNET:bonjour@example-conseil.fr\r\n"
        "ORG:Exemple Conseil, SARL\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nN:;;;;\r\nORG:Librairie Exemple;Jeunesse\r\n"
        "EMAIL:jeunesse@example-librairie.fr\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEMAIL:contact@example.org\r\nEND:VCARD\r\n"
    )
    write("vcard_company_card.vcf", company.encode())


OUTLOOK_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Company,Department,Job Title,Business Phone,"
    "Mobile Phone,E-mail Address,Web Page,Notes"
)


def csv_exports() -> None:
    """Shared company websites, LinkedIn's other exports, records without a person's name."""
    rows = [
        "Lucie,,Bernard,,,Exemple Conseil,,Consultante,01 23 45 67 01,,,http://www.example-conseil.fr,",
        "Marc,,Petit,,,Exemple Conseil,,Associé,01 23 45 67 02,,,http://www.example-conseil.fr,",
        "Nora,,Quentin,,,Exemple Conseil,,Assistante,,,nora.quentin@example-conseil.fr,www.example-conseil.fr/,",
    ]
    write("outlook_shared_website.csv", (OUTLOOK_HEADER + "\r\n" + "\r\n".join(rows) + "\r\n")
          .encode("utf-8-sig"))  # fmt: skip
    google = (
        "Name,Given Name,Family Name,Organization 1 - Name,E-mail 1 - Value,Website 1 - Type,"
        "Website 1 - Value\n"
        "Olivier Roche,Olivier,Roche,Example Labs,,Work,https://www.example-labs.com\n"
        "Pauline Sauvage,Pauline,Sauvage,Example Labs,,Work,https://www.example-labs.com\n"
    )
    write("google_shared_website.csv", google.encode("utf-8"))
    contacts = (
        "Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,"
        "InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n"
        'GOOGLE_CONTACTS,Amina,Kaci,Exemple Santé,Pharmacienne,"amina.kaci@example.fr,'
        'a.kaci@example.org",+33 6 00 00 00 10,"10/3/19, 9:12 AM",,,,Amina Kaci,,,,\n'
        'PHONE_CONTACTS,Bruno,Lemaire,,,bruno.lemaire@example.com,,"2/14/20, 6:01 PM",,,,'
        "Bruno Lemaire,,,,\n"
        'CARDDAV,,,Exemple Immobilier,,contact@example-immo.fr,"+33 4 00 00 00 11",'
        '"5/1/21, 8:00 AM",,,,,,,,\n'
    )
    write("linkedin_Contacts.csv", contacts.encode("utf-8"))
    profile = (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
        "Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        'Camille,Exemple,,,"Jan 1, 1990",Cheffe de projet en transition,"Dix ans de gestion de '
        'projet, et maintenant ?",Conseil,69000,"Lyon, Auvergne-Rhône-Alpes, France",,'
        "[PERSONAL:https://www.example.com/camille],\n"
    )
    write("linkedin_Profile.csv", profile.encode("utf-8"))
    only = [
        ",,,,,Plomberie Exemple,,,04 72 00 00 20,,,,Dépannage du 12 mai",
        ",,,,,,,,,06 11 22 33 44,,,",
        ",,,,,,,,,,,,une note sans personne",
    ]
    write("outlook_company_and_phone_only.csv",
          (OUTLOOK_HEADER + "\r\n" + "\r\n".join(only) + "\r\n").encode("utf-8"))  # fmt: skip


def held_out_classes() -> None:
    """The classes the held-out real files showed after the last change (SOURCES.md): the kind
    after the word in a header, a file of one column, quoted-printable without a charset in a
    Central European card, and two people sharing one e-mail."""
    kinds = (
        "Display Name,First Name,Last Name,Company,Email Home,Email Work,Phone Mobile,Phone Work\r\n"
        "Lucie Vasseur,Lucie,Vasseur,Exemple Conseil,,lucie.vasseur@example.com,06 00 00 00 31,\r\n"
        "Marc Oudin,Marc,Oudin,Atelier Exemple,marc.oudin@example.net,m.oudin@example.org,,04 00 00 00 32\r\n"
    )
    write("email_kind_after.csv", kinds.encode("utf-8"))
    write(
        "one_column_emails.csv",
        b"E-mail Address\nnadia.ferrand@example.com\n"
        b"olivier.gautier@example.org\n\npauline.henry@example.net\n",
    )
    # Windows-1250 bytes in quoted-printable, no CHARSET (as The Bat! and old phones write them).
    polish = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;ENCODING=QUOTED-PRINTABLE:Wo=9Fniak;Ma=B3gorzata\r\n"
        "FN;ENCODING=QUOTED-PRINTABLE:Ma=B3gorzata Wo=9Fniak\r\n"
        "EMAIL;INTERNET:m.wozniak@example.pl\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;ENCODING=QUOTED-PRINTABLE:Kowalczy=F1ska;Ewa\r\n"
        "FN;ENCODING=QUOTED-PRINTABLE:Ewa Kowalczy=F1ska\r\n"
        "EMAIL;INTERNET:ewa.k@example.pl\r\nEND:VCARD\r\n"
    )
    write("vcard_qp_no_charset_cp1250.vcf", polish.encode("ascii"))
    # A couple's shared address on both cards; the second card of Rémi says it again.
    shared = (
        "BEGIN:VCARD\nVERSION:3.0\nFN:Rémi Tessier\nTEL:06 00 00 00 41\n"
        "EMAIL:famille.tessier@example.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Anne Tessier-Morel\nTITLE:Architecte\n"
        "EMAIL:famille.tessier@example.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Sophie Bardin\nTITLE:Pharmacienne\n"
        "EMAIL:contact@example-pharma.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Remi Tessier\nORG:Exemple Bois\n"
        "EMAIL:famille.tessier@example.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:contact@example-pharma.fr\n"
        "EMAIL:contact@example-pharma.fr\nTEL:04 00 00 00 42\nEND:VCARD\n"
    )
    write("vcard_shared_email.vcf", shared.encode("utf-8"))


if __name__ == "__main__":
    excel_dates()
    encodings()
    vcards()
    vcard_reading()
    csv_exports()
    held_out_classes()
