"""CID 12116 Vessel Segment Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.583.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12116
NAME: Final[str] = "Vessel Segment Modifier"
KEYWORD: Final[str | None] = "VesselSegmentModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.583"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Distal: Final[Code] = Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

Middle: Final[Code] = Code("NCIt", "C25569", "Middle", (212, 6025, 12116, 12117, 12281))
"""Middle (NCIt C25569)."""

OriginOfVessel: Final[Code] = Code("SCT", "397421006", "Origin of vessel", (3496, 12116))
"""Origin of vessel (SCT 397421006)."""

Proximal: Final[Code] = Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

DilatedPortionOfSegment: Final[Code] = Code(
    "SCT", "413996005", "Dilated portion of segment", (12116,)
)
"""Dilated portion of segment (SCT 413996005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Distal,
    Middle,
    OriginOfVessel,
    Proximal,
    DilatedPortionOfSegment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
