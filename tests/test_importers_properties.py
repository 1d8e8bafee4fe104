"""Whatever a participant feeds the importer, it imports or says clearly why not: never a crash."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.map.importers import ImportFileError, read_contacts

HEADERS = [
    b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
    b'Notes:\n"x"\n\nFirst Name;Last Name;Email Address;Company;Position;Connected On\r\n',
    b"BEGIN:VCARD\r\nVERSION:3.0\r\n",
    b"First Name,Middle Name,Last Name,Organization Name,E-mail 1 - Value,Phone 1 - Value\n",
    "\ufeffPrénom;Nom;Société;Titre;Titre;Adresse de messagerie\r\n".encode("cp1252", "replace"),
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def imports_or_explains(data: bytes) -> None:
    try:
        result = read_contacts(data, file_name="upload.csv")
    except ImportFileError as error:
        assert error.message("fr") and error.message("en")
        return
    report = result.report
    assert report.imported + report.merged + len(report.skipped) == report.read
    assert len(result.contacts) == report.imported
    assert (result.contacts["display_name"].str.len() > 0).all()
    for line in report.lines("fr") + report.lines("en"):
        assert isinstance(line, str)


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data):
    imports_or_explains(data)


@SETTINGS
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_arbitrary_text_in_any_encoding(text, encoding):
    imports_or_explains(text.encode(encoding, "replace"))


@SETTINGS
@given(
    st.sampled_from(HEADERS),
    st.lists(
        st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=30), max_size=9),
        max_size=20,
    ),
    st.sampled_from([",", ";", "\t", "\n"]),
)
def test_known_headers_with_arbitrary_rows(header, rows, separator):
    body = "\n".join(separator.join(row) for row in rows)
    imports_or_explains(header + body.encode("utf-8", "replace"))


@pytest.mark.parametrize("size", [0, 1, 10_000])
def test_long_and_short_values(size):
    data = f"First Name,Last Name,Company\n{'é' * size},X,{'=' * size}\n".encode()
    imports_or_explains(data)


@SETTINGS
@given(
    st.lists(
        st.lists(st.text(alphabet=' ,;"ab\\né\t\n', max_size=6), min_size=1, max_size=5),
        max_size=8,
    ),
    st.sampled_from([",", ";", "\t"]),
)
def test_the_fast_csv_reader_agrees_with_the_csv_module(rows, separator):
    """Pandas' C parser reads simple files; whenever it accepts one, it reads what csv does."""
    from toolkit.map.importers.tables import _read_any, _read_simple

    body = "\n".join(separator.join(row) for row in rows)
    width = 5
    preamble = "Notés : 🚀 é\n"  # the records start after it, past characters of several bytes
    text = preamble + body
    fast = _read_simple(text, None, len(preamble), separator, width, width, 2)
    # Given the file's own bytes (a clean UTF-8 file), it reads the same records.
    from_bytes = _read_simple(text, text.encode(), len(preamble), separator, width, width, 2)
    assert (fast is None) == (from_bytes is None)
    if fast is not None:
        cells, lines, _ = _read_any(body, separator, width, 2)
        assert fast[1] == lines == from_bytes[1]
        assert fast[0].fillna("").values.tolist() == cells.fillna("").values.tolist()
        assert from_bytes[0].values.tolist() == fast[0].values.tolist()


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4),
            st.sampled_from(["", "Ana", "Ana Lopes", "Rui"]),
            st.sampled_from(["", "note", "note\nmore", "other"]),
            st.sampled_from([None, 1, 3]),
            st.sampled_from([None, "2024-01-02", "2023-05-06"]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_merging_few_records_in_python_agrees_with_pandas(rows):
    """Merges of a few hundred records run in plain Python; they give what pandas gives."""
    import pandas as pd

    from toolkit.map.importers import dedupe

    frame = pd.DataFrame(
        {
            "group": [r[0] for r in rows],
            **{c: [r[1] for r in rows] for c in dedupe.TEXT_COLUMNS},
            "notes": [r[2] for r in rows],
            "circle": pd.array([r[3] for r in rows], dtype="Int64"),
            **{c: pd.array([None] * len(rows), dtype="string") for c in dedupe.FIRST_KNOWN[1:]},
            "added_on": pd.to_datetime([r[4] for r in rows]).astype("datetime64[s]"),
            "line": list(range(len(rows))),
        }
    )
    fast = dedupe._richest_in_python(frame)
    original, dedupe.SMALL_MERGE = dedupe.SMALL_MERGE, -1
    try:
        slow = dedupe._richest(frame)
    finally:
        dedupe.SMALL_MERGE = original
    pd.testing.assert_frame_equal(fast[slow.columns], slow, check_dtype=False)
