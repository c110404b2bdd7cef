"""CID 7301 Intervention Type.

Extensible, version 20181110, UID 1.2.840.10008.6.1.1032.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7301
NAME: Final[str] = "Intervention Type"
KEYWORD: Final[str | None] = "InterventionType"
UID: Final[str | None] = "1.2.840.10008.6.1.1032"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HipJointReconstruction: Final[Code] = Code("SCT", "119614000", "Hip joint reconstruction", (7301,))
"""Hip joint reconstruction (SCT 119614000)."""

InsertionOfHipProsthesis: Final[Code] = Code(
    "SCT", "398010007", "Insertion of hip prosthesis", (7301,)
)
"""Insertion of hip prosthesis (SCT 398010007)."""

ResurfacingOfTheFemoralHead: Final[Code] = Code(
    "SCT", "445185007", "Resurfacing of the femoral head", (7301,)
)
"""Resurfacing of the femoral head (SCT 445185007)."""

ResurfacingOfThePatella: Final[Code] = Code(
    "SCT", "239503002", "Resurfacing of the patella", (7301,)
)
"""Resurfacing of the patella (SCT 239503002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HipJointReconstruction,
    InsertionOfHipProsthesis,
    ResurfacingOfTheFemoralHead,
    ResurfacingOfThePatella,
)
"""The resolved membership: own members, then those of the included groups, in order."""
