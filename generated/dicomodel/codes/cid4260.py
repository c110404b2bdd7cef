"""CID 4260 Ophthalmic Mapping Unit for Real World Value Mapping.

Extensible, version 20110825, UID 1.2.840.10008.6.1.936.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4260
NAME: Final[str] = "Ophthalmic Mapping Unit for Real World Value Mapping"
KEYWORD: Final[str | None] = "OphthalmicMappingUnitForRealWorldValueMapping"
UID: Final[str | None] = "1.2.840.10008.6.1.936"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Micrometer: Final[Code] = Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

MEMBERS: Final[tuple[Code, ...]] = (Micrometer,)
"""The resolved membership: own members, then those of the included groups, in order."""
