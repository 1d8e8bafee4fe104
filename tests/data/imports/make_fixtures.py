"""Writes the import fixtures: one file per export variant and per bad input, byte for byte.

Every person is fictional and every address uses an example.* domain. Run it again after
changing a fixture here: ``python tests/data/imports/make_fixtures.py``.
"""

import codecs
import io
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
PREAMBLE_SENTENCE = (
    "Email addresses appear only for members who chose to share them; the others are left "
    "blank. Your privacy settings control what you share, see https://www.example.com/privacy."
)
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def linkedin_current() -> None:
    rows = [
        "Amandine,Girard,https://www.linkedin.com/in/amandine-girard-0a1b2c,,Maison Lumière,Responsable commerciale parfums,07 Mar 2020",
        ",,,,,,15 Jun 2021",  # a hidden member: only the date
        'Claire,"Moreau, PhD",https://www.linkedin.com/in/claire-moreau,claire.moreau@example.fr,Institut Pasteur-Example,Chercheuse,12 Jan 2019',
        "Zoé 🌿,Petit,https://fr.linkedin.com/in/zoe-petit,,Atelier Vert,Fondatrice 🚀,03 Sep 2023",
        "  Hugo  ,  Lambert ,https://www.linkedin.com/in/hugo-lambert,,  Example Consulting ,Consultant   senior,28 Nov 2022",
        'Inès,Benali,https://www.linkedin.com/in/ines-benali,,=HYPERLINK("https://example.com"),+33 Directrice,30 Feb 2021',
        "Marc-Olivier,Dubois,https://www.linkedin.com/in/marc-olivier-dubois,,@Example Group,-Chef de projet-,01 Apr 2024",
        "Théo,Nguyen,https://www.linkedin.com/in/theo-nguyen,,Example Foods,Acheteur,N/A",
    ]
    text = f'Notes:\n"{PREAMBLE_SENTENCE}"\n\n{LINKEDIN_HEADER}\n' + "\n".join(rows)
    write("linkedin_current.csv", text.encode("utf-8"))  # LF, no final newline


def linkedin_older() -> None:
    header = "First Name,Last Name,Email Address,Company,Position,Connected On"
    rows = [
        "Léa,Fontaine,lea.fontaine@example.org,Example Bank,Analyste crédit,14 May 2017",
        "Yanis,Haddad,,Example Retail,Chef de rayon,02 Feb 2018",
    ]
    body = header + "\n" + "\n".join(rows) + "\n"
    write("linkedin_no_url.csv", f'Notes:\n"{PREAMBLE_SENTENCE}"\n\n{body}'.encode())
    write("linkedin_no_preamble.csv", body.encode())


def linkedin_2018() -> None:
    header = "First Name,Last Name,Email Address,Company,Position,Connected On"
    rows = [
        'Sarah,Cohen,sarah.cohen@example.com,Example Labs,CTO,"1/8/18, 6:14 PM"',
        'Paul,Martin,,Example Motors,Ingénieur qualité,"12/24/17, 9:02 AM"',
    ]
    write("linkedin_2018.csv", ("\n".join([header, *rows]) + "\n").encode())


def linkedin_outlook_2016() -> None:
    header = '"Title","First Name","Middle Name","Last Name","Suffix","E-mail Address","Company","Job Title","Birthday","Notes"'
    rows = [
        '"","Françoise","","Lefèvre","","francoise.lefevre@example.fr","Société Générale d\'Exemple","Directrice financière","0/0/00",""',
        '"","Jérôme","","Bézier","","","Example Aéro","Ingénieur","0/0/00",""',
    ]
    text = "\r\n".join([header, *rows]) + "\r\n"
    write("linkedin_connections_export_microsoft_outlook.csv", text.encode("cp1252"))


def linkedin_excel_fr() -> None:
    lines = [
        "Notes:;;;;;;",
        f'"{PREAMBLE_SENTENCE}";;;;;;',
        ";;;;;;",
        "First Name;Last Name;URL;Email Address;Company;Position;Connected On",
        "Émilie;Rousseau;https://www.linkedin.com/in/emilie-rousseau;;Parfums d'Exemple;Chargée de marketing;02/12/2024",
        "Agnieszka;W?odarczyk;https://www.linkedin.com/in/agnieszka-w;;Example Polska;Analyste;15/03/2021",
        "Bruno;#NOM?;https://www.linkedin.com/in/bruno-x;;Example Logistique;Responsable d'entrepôt;31/01/2020",
        "Noémie;Garnier;https://www.linkedin.com/in/noemie-garnier;;Example Santé;0612345678;43891",
        ";;;;;;",
    ]
    write("linkedin_excel_fr.csv", ("\r\n".join(lines) + "\r\n").encode("cp1252"))


def google_current() -> None:
    header = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
        "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
        "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
        "Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value"
    )
    rows = [
        "Julien,,Roux,,,,,,,,Example Studio,Directeur artistique,,,Rencontré au salon Example 2024,,* myContacts ::: Clients,"
        "* Work,julien.roux@example.com ::: j.roux@example.net,Home,julien@example.org,Mobile,06 12 34 56 78 ::: +33 1 23 45 67 89,Profile,www.example.com/julien",
        "Maëlle,,Perrin,,,,,,,,,,,,,,* myContacts,* Home,maelle.perrin@example.fr,,,Mobile,0698765432,,",
        ",,,,,,,,,,,,,,,,* myContacts,,,,,Mobile,0600000000,,",
    ]
    write("google_current.csv", ("\n".join([header, *rows]) + "\n").encode())


def google_legacy() -> None:
    header = (
        "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
        "Additional Name Yomi,Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,"
        "Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,Directory Server,"
        "Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,"
        "Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
        "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,"
        "Organization 1 - Title,Organization 1 - Department"
    )
    rows = [
        "Sébastien Morel,Sébastien,,Morel,,,,,,,,,,,,,,,,,,,,,,,,,* My Contacts,* Work,sebastien.morel@example.com,Mobile,0611223344,,Example Énergie,,Chef de projet,",
        "Aïcha Diallo,Aïcha,,Diallo,,,,,,,,,,,,,,,,,,,,,,Ancienne collègue,,,* My Contacts,,,,,,Example Conseil,,Consultante,",
    ]
    text = "\r\n".join([header, *rows]) + "\r\n"
    write("google_legacy.csv", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))


OUTLOOK_EN_HEADER = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
    "Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,"
    "Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,"
    "Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,"
    "Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
    "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Location,"
    "Web Page,Birthday,Anniversary,Notes"
)


def outlook_en() -> None:
    columns = OUTLOOK_EN_HEADER.split(",")

    def row(**values: str) -> str:
        return ",".join(values.get(c, "") for c in columns)

    rows = [
        row(**{"First Name": "Olivia", "Last Name": "Bennett", "Title": "Ms.",
               "E-mail Address": "olivia.bennett@example.com", "E-mail 2 Address": "obennett@example.net",
               "Mobile Phone": "+44 7700 900123", "Job Title": "Head of Partnerships",
               "Company": "Example Ltd", "Web Page": "https://www.example.com/olivia",
               "Birthday": "0/0/00", "Notes": "Met at the Example summit"}),
        row(**{"First Name": "Ravi", "Last Name": "Shah", "Company": "Example Health",
               "Business Phone": "020 7946 0018", "Birthday": "0/0/00"}),
    ]  # fmt: skip
    text = "\r\n".join([OUTLOOK_EN_HEADER, *rows]) + "\r\n"
    write("outlook_en.csv", codecs.BOM_UTF8 + text.encode())


OUTLOOK_FR_HEADER = (
    '"Titre","Prénom","Deuxième prénom","Nom","Suffixe","Société","Service","Titre",'
    '"Rue (bureau)","Rue (bureau) 2","Ville (bureau)","Code postal (bureau)","Pays/Région (bureau)",'
    '"Télécopie (bureau)","Téléphone (bureau)","Téléphone mobile","Anniversaire",'
    '"Adresse de messagerie","Type de messagerie","Nom complet de l\'adresse de messagerie",'
    '"Adresse de messagerie 2","Page Web","Notes"'
)


def outlook_fr() -> None:
    rows = [
        '"M.","François","","Lemaire","","Exemple & Fils","Achats","Acheteur senior","","","Lyon","69002","France","","04 72 00 00 00","06 07 08 09 10","0/0/00","francois.lemaire@example.fr","SMTP","François Lemaire (francois.lemaire@example.fr)","","","Ami de Julie"',
        '"Mme","Céline","","Marchand","","Exemple Conseil","","Directrice générale","","","Paris","75008","France","","","0601020304","12/05/1980","celine.marchand@example.fr","SMTP","","c.marchand@example.org","www.example.fr/celine",""',
    ]
    text = "\r\n".join([OUTLOOK_FR_HEADER, *rows]) + "\r\n"
    write("outlook_fr.csv", text.encode("cp1252"))
    excel = [line.replace('","', ";").strip('"') for line in [OUTLOOK_FR_HEADER, *rows]]
    write("outlook_fr_excel.csv", ("\r\n".join(excel) + "\r\n").encode("cp1252"))


def vcards() -> None:
    android = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9vesque;H=C3=A9l=C3=A8ne;;;\r\n"
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:H=C3=A9l=C3=A8ne L=C3=A9vesque =\r\n"
        "de la Tour\r\n"
        "TEL;CELL;PREF:+33612345678\r\n"
        "TEL;WORK:0145000000\r\n"
        "EMAIL;HOME:helene.levesque@example.fr\r\n"
        "ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Soci=C3=A9t=C3=A9 d'Exemple\r\n"
        "END:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Durand;Karim;;;\r\nFN:Karim Durand\r\n"
        "TEL;CELL:0698765432\r\nEND:VCARD\r\n"
    )
    write("android_2_1.vcf", android.encode())
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
    apple = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        "PRODID:-//Apple Inc.//macOS 14.0//EN\r\n"
        "N:Durand;Jean-Marc;;;PhD\r\nFN:Jean-Marc Durand\\, PhD\r\n"
        "ORG:Exemple\\; Associés;R&D\r\nTITLE:Directeur scientifique\r\n"
        "item1.EMAIL;type=INTERNET;type=pref:jm.durand@example.com\r\n"
        "item1.X-ABLabel:_$!<Other>!$_\r\n"
        "TEL;type=CELL;type=VOICE;type=pref:06 11 22 33 44\r\n"
        "NOTE:Rencontré au forum Example\\, Lyon.\\nA proposé de me présenter à son équi\r\n"
        " pe achats.\r\n"
        "item2.URL;type=pref:https://www.linkedin.com/in/jean-marc-durand\r\n"
        "PHOTO;ENCODING=b;TYPE=JPEG:" + photo[:60] + "\r\n " + photo[60:] + "\r\n"
        "END:VCARD\r\n"
    )
    write("apple_3_0.vcf", apple.encode())
    v4 = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Zoé Petit\nN:Petit;Zoé;;;\n"
        "EMAIL;TYPE=work:Zoe.Petit@Example.org\nTEL;VALUE=uri;TYPE=cell:tel:+33-6-12-34-56-78\n"
        "URL:https://www.linkedin.com/in/zoe-petit\nORG:Atelier Vert\nEND:VCARD\n"
    )
    write("contacts_4_0.vcf", v4.encode())
    cut = apple + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lina Cut\r\nEMAIL:lina@example.com\r\n"
    write("cut_in_the_middle.vcf", cut.encode())
    write("only_a_cut_card.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lina Cut\r\nN:Cut;Lina;;;\r\n")


def bad_inputs() -> None:
    write("empty.csv", b"")
    write("blank_lines.csv", b"\r\n  \r\n\r\n")
    write("linkedin_preamble_only.csv", f'Notes:\n"{PREAMBLE_SENTENCE}"\n\n'.encode())
    write(
        "linkedin_header_only.csv", f'Notes:\n"{PREAMBLE_SENTENCE}"\n\n{LINKEDIN_HEADER}\n'.encode()
    )
    workbook = io.BytesIO()
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    write("workbook_renamed.csv", workbook.getvalue())
    write(
        "Invitations.csv",
        b"From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        b'Camille Example,Nora Example,"11/3/24, 10:02 AM",,OUTGOING,'
        b"https://www.linkedin.com/in/camille,https://www.linkedin.com/in/nora\n",
    )
    text = "Prénom\tNom\tSociété\tFonction\r\nÉloïse\tMercier\tExemple Immobilier\tAgente\r\n"
    write("excel_unicode_text.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    write("binary.bin", bytes(range(256)) * 8)
    write("not_contacts.csv", b"date,amount,label\n2024-01-02,12.50,Coffee\n")


def duplicates() -> None:
    rows = [
        "Hélène,Lévesque,https://www.linkedin.com/in/helene-levesque,helene@example.fr,Example Bank,Analyste,07 Mar 2020",
        "Helene,Levesque,,,Example Bank,,08 Mar 2020",  # accents only: proposed, not merged
        "Jean-Pierre,Martin,,JP.Martin@Example.com,Example Motors,Directeur,09 Mar 2020",
        "Jean Pierre,Martin,,jp.martin@example.com,,,10 Mar 2020",  # same email, other case: merged
        'Claire,"Moreau, PhD",http://linkedin.com/in/claire-moreau/,,Institut Example,,11 Mar 2020',
        "Claire,Moreau,https://fr.linkedin.com/in/claire-moreau,,,Chercheuse principale,12 Mar 2020",  # same profile: merged
        "Nadia,Bensaïd,,,Example Foods,Acheteuse,13 Mar 2020",
        "Nadia,Bensaïd,,,Example Foods,Acheteuse senior,14 Mar 2020",  # same name + company: merged
        "Nadia,Bensaid,,,Autre Exemple,,15 Mar 2020",  # no accent, other company: proposed
    ]
    write("duplicates.csv", ("\n".join([LINKEDIN_HEADER, *rows]) + "\n").encode())


if __name__ == "__main__":
    linkedin_current()
    linkedin_older()
    linkedin_2018()
    linkedin_outlook_2016()
    linkedin_excel_fr()
    google_current()
    google_legacy()
    outlook_en()
    outlook_fr()
    vcards()
    bad_inputs()
    duplicates()
