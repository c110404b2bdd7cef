"""CID 4267 Corneal Topography Mapping Unit for Real World Value Mapping.

Extensible, version 20131014, UID 1.2.840.10008.6.1.965.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4267
NAME: Final[str] = "Corneal Topography Mapping Unit for Real World Value Mapping"
KEYWORD: Final[str | None] = "CornealTopographyMappingUnitForRealWorldValueMapping"
UID: Final[str | None] = "1.2.840.10008.6.1.965"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20131014"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Micrometer: Final[Code] = Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

Diopters: Final[Code] = Code("UCUM", "diop", "diopters", (4267,))
"""diopters (UCUM diop)."""

mm: Final[Code] = Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

MEMBERS: Final[tuple[Code, ...]] = (Micrometer, Diopters, mm)
"""The resolved membership: own members, then those of the included groups, in order."""
