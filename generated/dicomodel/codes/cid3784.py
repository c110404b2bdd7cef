"""CID 3784 Left Ventricle Apical Wall 4 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1416.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3784
NAME: Final[str] = "Left Ventricle Apical Wall 4 Segments"
KEYWORD: Final[str | None] = "LeftVentricleApicalWall4Segments"
UID: Final[str | None] = "1.2.840.10008.6.1.1416"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricleApicalAnteriorSegment: Final[Code] = Code(
    "SCT", "264844003", "left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""left ventricle apical anterior segment (SCT 264844003)."""

LeftVentricleApicalSeptalSegment: Final[Code] = Code(
    "SCT", "264845002", "left ventricle apical septal segment", (3718, 3784, 12305)
)
"""left ventricle apical septal segment (SCT 264845002)."""

LeftVentricleApicalInferiorSegment: Final[Code] = Code(
    "SCT", "264849008", "left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""left ventricle apical inferior segment (SCT 264849008)."""

LeftVentricleApicalLateralSegment: Final[Code] = Code(
    "SCT", "264853005", "left ventricle apical lateral segment", (3784, 12305)
)
"""left ventricle apical lateral segment (SCT 264853005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricleApicalAnteriorSegment,
    LeftVentricleApicalSeptalSegment,
    LeftVentricleApicalInferiorSegment,
    LeftVentricleApicalLateralSegment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
