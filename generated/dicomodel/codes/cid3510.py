"""CID 3510 Catheter Size Unit.

Extensible, version 20030327, UID 1.2.840.10008.6.1.135.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3510
NAME: Final[str] = "Catheter Size Unit"
KEYWORD: Final[str | None] = "CatheterSizeUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.135"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

French: Final[Code] = Code("UCUM", "[Ch]", "french", (3510,))
"""french (UCUM [Ch])."""

mm: Final[Code] = Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

MEMBERS: Final[tuple[Code, ...]] = (French, mm)
"""The resolved membership: own members, then those of the included groups, in order."""
