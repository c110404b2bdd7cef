"""What an edition says it retired: sections reduced to a pointer, codes of PS3.16 Annex J.

A release diff needs them to tell "retired" from "removed": PS3.3 2024c keeps
Section 10.23 only as "Retired. See PS3.3-2024b." (the RT Equipment Correlation
Macro, Table 10-27, is gone from it), and PS3.16 2024c Table J-1 lists the SNOMED
codes retired from DICOM use that no context group lists any more.
"""

from __future__ import annotations

import re

from generator.ir.standard import RetiredCode, RetiredSection
from generator.parse.columns import cell_text, clean, column_map
from generator.readers.model import Document, Paragraph

#: PS3.3 2024c Section 10.23: "Retired. See PS3.3-2024b." (also "PS3.3 2024b").
RETIRED_POINTER = re.compile(r"^Retired\.\s+See\s+PS\s?3\.\d+", re.IGNORECASE)
#: PS3.16 Annex J "SNOMED Retired Codes", Table J-1 "SNOMED Codes Retired from DICOM Use".
RETIRED_CODES_TABLE = "table_J-1"
RETIRED_CODE_COLUMNS = {
    "value": ("Retired Code Value",),
    "meaning": ("Code Meaning",),
    "replacement": ("Replacement Code",),
}
#: A SNOMED CT identifier is all digits; the other rows are SNOMED RT ids (``G-5190``).
_SCT_ID = re.compile(r"^\d{6,18}$")


def retired_sections(document: Document) -> tuple[RetiredSection, ...]:
    """The sections whose whole text is a "Retired. See PS3.x-yyyy" pointer."""
    found = []
    for section in document.sections.values():
        texts = [clean(block.text) for block in section.blocks if isinstance(block, Paragraph)]
        texts = [text for text in texts if text]
        if len(texts) == 1 and RETIRED_POINTER.match(texts[0]):
            found.append(
                RetiredSection(
                    part=document.part,
                    section=section.id,
                    label=section.label,
                    title=section.title,
                )
            )
    return tuple(found)


def retired_codes(document: Document) -> tuple[RetiredCode, ...]:
    """PS3.16 Table J-1: ``SCT`` for SNOMED CT identifiers, ``SRT`` for SNOMED RT ones."""
    table = document.tables.get(RETIRED_CODES_TABLE)
    if table is None:
        return ()
    columns = column_map(table, RETIRED_CODE_COLUMNS, where=f"PS3.16 {document.edition}")
    codes: dict[tuple[str, str], RetiredCode] = {}
    for row in table.rows:
        value = cell_text(row, columns["value"])
        if not value:
            continue
        scheme = "SCT" if _SCT_ID.match(value) else "SRT"
        codes.setdefault(
            (scheme, value),
            RetiredCode(
                scheme=scheme,
                value=value,
                meaning=cell_text(row, columns["meaning"]),
                replacement=cell_text(row, columns["replacement"]),
            ),
        )
    return tuple(codes[key] for key in sorted(codes))
