"""CID 6139 Non-lesion Modifier.

Extensible, version 20030108, UID 1.2.840.10008.6.1.459.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6139
NAME: Final[str] = "Non-lesion Modifier"
KEYWORD: Final[str | None] = "NonLesionModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.459"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Internal: Final[Code] = Code("SCT", "260521003", "Internal", (2, 5, 6139))
"""Internal (SCT 260521003)."""

External: Final[Code] = Code("SCT", "261074009", "External", (2, 5, 6139))
"""External (SCT 261074009)."""

MEMBERS: Final[tuple[Code, ...]] = (Internal, External)
"""The resolved membership: own members, then those of the included groups, in order."""
