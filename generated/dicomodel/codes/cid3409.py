"""CID 3409 Drug/Contrast Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.74.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3409
NAME: Final[str] = "Drug/Contrast Administration"
KEYWORD: Final[str | None] = "DrugContrastAdministration"
UID: Final[str | None] = "1.2.840.10008.6.1.74"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DrugStart: Final[Code] = Code("DCM", "122081", "Drug start", (3409,))
"""Drug start (DCM 122081)."""

DrugEnd: Final[Code] = Code("DCM", "122082", "Drug end", (3409,))
"""Drug end (DCM 122082)."""

DrugAdministered: Final[Code] = Code("DCM", "122083", "Drug administered", (3409,))
"""Drug administered (DCM 122083)."""

ContrastStart: Final[Code] = Code("DCM", "122084", "Contrast start", (3409,))
"""Contrast start (DCM 122084)."""

ContrastEnd: Final[Code] = Code("DCM", "122085", "Contrast end", (3409,))
"""Contrast end (DCM 122085)."""

ContrastAdministered: Final[Code] = Code("DCM", "122086", "Contrast administered", (3409,))
"""Contrast administered (DCM 122086)."""

InfusateStart: Final[Code] = Code("DCM", "122087", "Infusate start", (3409,))
"""Infusate start (DCM 122087)."""

InfusateEnd: Final[Code] = Code("DCM", "122088", "Infusate end", (3409,))
"""Infusate end (DCM 122088)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DrugStart,
    DrugEnd,
    DrugAdministered,
    ContrastStart,
    ContrastEnd,
    ContrastAdministered,
    InfusateStart,
    InfusateEnd,
)
"""The resolved membership: own members, then those of the included groups, in order."""
