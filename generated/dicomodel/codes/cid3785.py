"""CID 3785 Left Ventricle Apical Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1417.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3785
NAME: Final[str] = "Left Ventricle Apical Wall 6 Segments"
KEYWORD: Final[str | None] = "LeftVentricleApicalWall6Segments"
UID: Final[str | None] = "1.2.840.10008.6.1.1417"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricleApicalAnteriorSegment: Final[Code] = Code(
    "SCT", "264844003", "left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""left ventricle apical anterior segment (SCT 264844003)."""

LeftVentricleApicalAnterolateralSegment: Final[Code] = Code(
    "DCM", "130623", "left ventricle apical anterolateral segment", (3785, 12305)
)
"""left ventricle apical anterolateral segment (DCM 130623)."""

LeftVentricleApicalAnteroseptalSegment: Final[Code] = Code(
    "DCM", "130620", "left ventricle apical anteroseptal segment", (3785, 12305)
)
"""left ventricle apical anteroseptal segment (DCM 130620)."""

LeftVentricleApicalInferiorSegment: Final[Code] = Code(
    "SCT", "264849008", "left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""left ventricle apical inferior segment (SCT 264849008)."""

LeftVentricleApicalInferolateralSegment: Final[Code] = Code(
    "DCM", "130622", "left ventricle apical inferolateral segment", (3785, 12305)
)
"""left ventricle apical inferolateral segment (DCM 130622)."""

LeftVentricleApicalInferoseptalSegment: Final[Code] = Code(
    "DCM", "130621", "left ventricle apical inferoseptal segment", (3785, 12305)
)
"""left ventricle apical inferoseptal segment (DCM 130621)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricleApicalAnteriorSegment,
    LeftVentricleApicalAnterolateralSegment,
    LeftVentricleApicalAnteroseptalSegment,
    LeftVentricleApicalInferiorSegment,
    LeftVentricleApicalInferolateralSegment,
    LeftVentricleApicalInferoseptalSegment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
