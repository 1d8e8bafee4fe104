"""Anonymised copies of real exports found in personal repositories (see SOURCES.md).

Run once on the original files (kept out of git): every person's name, e-mail, phone number and
profile address is replaced by letters or digits drawn at random (a vowel for a vowel, a consonant
for a consonant, case, length, accents and punctuation kept, so "Jørgensen, PhD" stays one
accented word and its suffix); the seed is drawn from the system and not kept, so the change
cannot be undone. A word of the person's name found in their company or job title (a firm called
after its founder) is redrawn the same way. Otherwise companies, positions, dates, the preamble,
quoting, separators, line endings and the byte encoding are left exactly as published: each row
is written back with the ``csv`` module's minimal quoting, which the check below proves gives
the original bytes unchanged.

    python anonymise.py ORIGINAL ENCODING COLUMNS... > COPY

COLUMNS name the fields to replace, as ``kind=header``
(kind: name, text, labels, email, phone, url; named: a company or job title, kept but for
the words of someone's name).
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import unicodedata

VOWELS = "aeiou"
CONSONANTS = "bcdfghjklmnprstvz"
RANDOM = random.SystemRandom()


def letters(text: str) -> str:
    """Each word's ASCII letters redrawn (vowel for vowel, consonant for consonant, case kept),
    digits redrawn, everything else (accents, spaces, punctuation) kept in place. A word is
    redrawn the same way wherever it appears in the file, so that a "Name" column still joins
    its "Given Name" and "Family Name"."""
    return re.sub(r"\w+", lambda match: _word(match.group()), text)


_WORDS: dict[str, str] = {}


def _word(text: str) -> str:
    if text in _WORDS:
        return _WORDS[text]
    out = []
    for char in text:
        lower = char.lower()
        if lower in VOWELS:
            new = RANDOM.choice(VOWELS)
        elif "a" <= lower <= "z":
            new = RANDOM.choice(CONSONANTS)
        elif char.isdigit():
            new = RANDOM.choice("0123456789")
        else:
            out.append(char)
            continue
        out.append(new.upper() if char.isupper() else new)
    _WORDS[text] = "".join(out)
    return _WORDS[text]


def name(value: str) -> str:
    """A name with its degrees kept: "Abbas, PhD" -> "Ivrel, PhD"."""
    head, comma, tail = value.partition(",")
    return letters(head) + comma + tail


def email(value: str) -> str:
    if "@" not in value:
        return letters(value)
    local, _, domain = value.partition("@")
    tld = domain.rsplit(".", 1)[-1]
    return f"{letters(local)}@example.{tld if tld in ('dk', 'de', 'fr', 'org') else 'com'}"


def phone(value: str) -> str:
    """Digits after the country or area prefix (the first three characters) redrawn."""
    return re.sub(r"(?<=...)\d", lambda _: RANDOM.choice("0123456789"), value)


def url(value: str) -> str:
    head, slash, slug = value.rpartition("/")
    return head + slash + letters(slug) if slash else letters(value)


def labels(value: str) -> str:
    """Google's group labels: the system ones ("* myContacts", "* starred") kept, the
    participant's own (a school, a class year) redrawn."""
    return " ::: ".join(label if label.startswith("* ") else letters(label)
                        for label in value.split(" ::: "))  # fmt: skip


KINDS = {
    "named": letters,  # stands in; see _change
    "labels": labels,
    "text": letters,
    "name": name,
    "email": email,
    "phone": phone,
    "url": url,
}


def rewrite(data: bytes, encoding: str, columns: dict[str, str], change: bool = True) -> bytes:
    text = data.decode(encoding, errors="surrogateescape")  # stray bytes kept as they are
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    separator = ";" if lines[0].count(";") > lines[0].count(",") else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=separator, lineterminator=newline)
    positions: dict[int, str] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    for row in reader:
        header = {h.strip(): i for i, h in enumerate(row)}
        if not positions and next(iter(columns)) in header:
            positions = {header[h]: kind for h, kind in columns.items() if h in header}
            writer.writerow(row)
            continue
        if positions and change:
            named = {_plain(w) for i, kind in positions.items() if kind == "name" and i < len(row)
                     for w in re.findall(r"\w+", row[i]) if len(w) > 2}  # fmt: skip
            row = [_change(positions[i], v, named) if i in positions and v else v
                   for i, v in enumerate(row)]  # fmt: skip
        writer.writerow(row)
    written = out.getvalue()
    if not text.endswith(newline):
        written = written[: -len(newline)]
    return written.encode(encoding, errors="surrogateescape")


def _change(kind: str, value: str, named: set[str]) -> str:
    return unnamed(value, named) if kind == "named" else KINDS[kind](value)


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().casefold()


def unnamed(value: str, named: set[str]) -> str:
    """A company or job title kept as published, except the words of the row's own name
    ("Helena Sováková Consulting" in the row of Helena Sovakova), accents ignored."""
    return re.sub(r"\w+", lambda m: _word(m.group()) if _plain(m.group()) in named else m.group(),
                  value)  # fmt: skip


def main() -> int:
    path, encoding, *specs = sys.argv[1:]
    columns = {spec.split("=", 1)[1]: spec.split("=", 1)[0] for spec in specs}
    with open(path, "rb") as file:
        data = file.read()
    if rewrite(data, encoding, columns, change=False) != data:
        sys.exit("the file's quoting is not minimal: rewriting it would change its shape")
    sys.stdout.buffer.write(rewrite(data, encoding, columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
