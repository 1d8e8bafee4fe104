"""What an import did, as figures and as sentences in the participant's language."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from toolkit.i18n import plural, t
from toolkit.map.importers.normalise import Issue

SHOWN_PER_LIST = 15  # longer lists end with "... and N more" on screen; JSON has them all
# Encodings as people meet them in their software's "save as" dialog.
ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32", "utf-32-be": "UTF-32", "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman", "cp850": "DOS (850)", "iso8859_15": "ISO-8859-15",
}  # fmt: skip


@dataclass
class ImportReport:
    """What an import read, detected, kept, merged, skipped and warns about.

    ``imported + merged + len(skipped) == read`` always holds.
    """

    file_name: str
    format: str
    encoding: str
    separator: str | None = None
    date_order: str | None = None
    read: int = 0
    imported: int = 0
    merged: int = 0
    updated: int = 0
    skipped: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    likely_duplicates: list[tuple[str, str]] = field(default_factory=list)
    saved: bool = False

    def issue_text(self, issue: Issue, lang: str | None = None) -> str:
        """One skipped row or warning as a sentence: "Line 12: ..."."""
        message = t(issue.key, lang, **issue.params)
        if issue.line:
            return t("importers.report.line", lang, line=issue.line, message=message)
        return t("importers.report.whole_file", lang, message=message)

    def to_dict(self, lang: str | None = None) -> dict:
        """The report as JSON-ready data (what ``atelier import --json`` prints)."""
        return {
            "file": self.file_name,
            "format": self.format,
            "encoding": self.encoding,
            "separator": self.separator,
            "date_order": self.date_order,
            "read": self.read,
            "imported": self.imported,
            "merged": self.merged,
            "updated": self.updated,
            "skipped": len(self.skipped),
            "skipped_rows": [
                {"line": i.line, "reason": self.issue_text(i, lang)} for i in self.skipped
            ],
            "warnings": [
                {"line": i.line, "message": self.issue_text(i, lang)} for i in self.warnings
            ],
            "likely_duplicates": [list(pair) for pair in self.likely_duplicates],
            "saved": self.saved,
        }

    def lines(self, lang: str | None = None, limit: int = SHOWN_PER_LIST) -> list[str]:
        """The report as sentences: what was detected, the counts, then each list."""
        format_name = t(f"importers.formats.{self.format}", lang)
        encoding = ENCODING_NAMES.get(self.encoding, self.encoding)
        if self.separator:
            separator = t(f"importers.separators.{self.separator}", lang)
            head = t("importers.report.detected_csv", lang, file=self.file_name,
                     format=format_name, encoding=encoding, separator=separator)  # fmt: skip
        else:
            head = t("importers.report.detected", lang, file=self.file_name,
                     format=format_name, encoding=encoding)  # fmt: skip
        lines = [head]
        if self.date_order:
            lines.append(t(f"importers.report.date_order_{self.date_order}", lang))
        counts = {
            name: plural(f"importers.report.n_{name}", count, lang)
            for name, count in (("read", self.read), ("new", self.imported),
                                ("merged", self.merged), ("skipped", len(self.skipped)))
        }  # fmt: skip
        lines.append(t("importers.report.counts", lang, read=counts["read"],
                       imported=counts["new"], merged=counts["merged"],
                       skipped=counts["skipped"]))  # fmt: skip
        if self.updated:
            lines.append(t("importers.report.updated", lang, count=self.updated))
        sections = (
            ("skipped_heading", [self.issue_text(i, lang) for i in self.skipped]),
            ("warnings_heading", [self.issue_text(i, lang) for i in self.warnings]),
            ("duplicates_heading", [
                t("importers.report.duplicate", lang, first=a, second=b)
                for a, b in self.likely_duplicates
            ]),
        )  # fmt: skip
        for heading, items in sections:
            if items:
                lines.append(t(f"importers.report.{heading}", lang))
                lines += [f"  • {item}" for item in items[:limit]]
                if len(items) > limit:
                    lines.append("  " + t("importers.report.more", lang, count=len(items) - limit))
        lines.append(
            t("importers.report.saved" if self.saved else "importers.report.dry_run", lang)
        )
        return lines


@dataclass
class ImportResult:
    """New contacts (model schema, no id yet), existing contacts to update (with their id),
    and the report."""

    contacts: pd.DataFrame
    updates: pd.DataFrame
    report: ImportReport


def upload_done(imported: int, merged: int, skipped: int, lang: str | None = None) -> str:
    """The importer's closing line: how many new, merged and skipped contacts, as real plurals."""
    return t(
        "importers.upload.done",
        lang,
        imported=plural("importers.upload.n_new_contacts", imported, lang),
        merged=plural("importers.report.n_merged", merged, lang),
        skipped=plural("importers.report.n_skipped", skipped, lang),
    )
