"""CID 4268 Corneal Topography Map Value Type.

Extensible, version 20131014, UID 1.2.840.10008.6.1.966.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4268
NAME: Final[str] = "Corneal Topography Map Value Type"
KEYWORD: Final[str | None] = "CornealTopographyMapValueType"
UID: Final[str | None] = "1.2.840.10008.6.1.966"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20131014"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CornealAxialPowerMap: Final[Code] = Code("DCM", "111940", "Corneal axial power map", (4268,))
"""Corneal axial power map (DCM 111940)."""

CornealInstantaneousPowerMap: Final[Code] = Code(
    "DCM", "111941", "Corneal instantaneous power map", (4268,)
)
"""Corneal instantaneous power map (DCM 111941)."""

CornealRefractivePowerMap: Final[Code] = Code(
    "DCM", "111942", "Corneal refractive power map", (4268,)
)
"""Corneal refractive power map (DCM 111942)."""

CornealElevationMap: Final[Code] = Code("DCM", "111943", "Corneal elevation map", (4268,))
"""Corneal elevation map (DCM 111943)."""

CornealWavefrontMap: Final[Code] = Code("DCM", "111944", "Corneal wavefront map", (4268,))
"""Corneal wavefront map (DCM 111944)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CornealAxialPowerMap,
    CornealInstantaneousPowerMap,
    CornealRefractivePowerMap,
    CornealElevationMap,
    CornealWavefrontMap,
)
"""The resolved membership: own members, then those of the included groups, in order."""
