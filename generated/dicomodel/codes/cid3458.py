"""CID 3458 Contour Realignment.

Extensible, version 20040614, UID 1.2.840.10008.6.1.103.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3458
NAME: Final[str] = "Contour Realignment"
KEYWORD: Final[str | None] = "ContourRealignment"
UID: Final[str | None] = "1.2.840.10008.6.1.103"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CenterOfGravity: Final[Code] = Code("DCM", "122475", "Center of Gravity", (3458,))
"""Center of Gravity (DCM 122475)."""

LongAxisBased: Final[Code] = Code("DCM", "122476", "Long Axis Based", (3458,))
"""Long Axis Based (DCM 122476)."""

NoRealignment: Final[Code] = Code("DCM", "122477", "No Realignment", (3458,))
"""No Realignment (DCM 122477)."""

MEMBERS: Final[tuple[Code, ...]] = (CenterOfGravity, LongAxisBased, NoRealignment)
"""The resolved membership: own members, then those of the included groups, in order."""
