"""CID 3782 Left Ventricle Basal Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1414.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3782
NAME: Final[str] = "Left Ventricle Basal Wall 6 Segments"
KEYWORD: Final[str | None] = "LeftVentricleBasalWall6Segments"
UID: Final[str | None] = "1.2.840.10008.6.1.1414"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricleBasalAnteriorSegment: Final[Code] = Code(
    "SCT", "264850008", "left ventricle basal anterior segment", (3718, 3782, 12305)
)
"""left ventricle basal anterior segment (SCT 264850008)."""

LeftVentricleBasalAnteroseptalSegment: Final[Code] = Code(
    "SCT", "396482007", "left ventricle basal anteroseptal segment", (3782, 12305)
)
"""left ventricle basal anteroseptal segment (SCT 396482007)."""

LeftVentricleBasalInferoseptalSegment: Final[Code] = Code(
    "SCT", "396646008", "left ventricle basal inferoseptal segment", (3782, 12305)
)
"""left ventricle basal inferoseptal segment (SCT 396646008)."""

LeftVentricleBasalInferiorSegment: Final[Code] = Code(
    "SCT", "264846001", "left ventricle basal inferior segment", (3718, 3782, 12305)
)
"""left ventricle basal inferior segment (SCT 264846001)."""

LeftVentricleBasalInferolateralSegment: Final[Code] = Code(
    "SCT", "396652009", "left ventricle basal inferolateral segment", (3782, 12305)
)
"""left ventricle basal inferolateral segment (SCT 396652009)."""

LeftVentricleBasalAnterolateralSegment: Final[Code] = Code(
    "SCT", "396654005", "left ventricle basal anterolateral segment", (3782, 12305)
)
"""left ventricle basal anterolateral segment (SCT 396654005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricleBasalAnteriorSegment,
    LeftVentricleBasalAnteroseptalSegment,
    LeftVentricleBasalInferoseptalSegment,
    LeftVentricleBasalInferiorSegment,
    LeftVentricleBasalInferolateralSegment,
    LeftVentricleBasalAnterolateralSegment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
