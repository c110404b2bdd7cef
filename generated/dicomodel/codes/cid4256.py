"""CID 4256 Visual Field Procedure Modifier.

Extensible, version 20100827, UID 1.2.840.10008.6.1.915.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4256
NAME: Final[str] = "Visual Field Procedure Modifier"
KEYWORD: Final[str | None] = "VisualFieldProcedureModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.915"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Screening: Final[Code] = Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006)."""

Diagnostic: Final[Code] = Code("SCT", "261004008", "Diagnostic", (3629, 4256, 6061, 6319, 7064))
"""Diagnostic (SCT 261004008)."""

MEMBERS: Final[tuple[Code, ...]] = (Screening, Diagnostic)
"""The resolved membership: own members, then those of the included groups, in order."""
