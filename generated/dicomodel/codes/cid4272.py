"""CID 4272 Opt Scan Pattern Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1152.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4272
NAME: Final[str] = "Opt Scan Pattern Type"
KEYWORD: Final[str | None] = "OptScanPatternType"
UID: Final[str | None] = "1.2.840.10008.6.1.1152"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CubeBScanPattern: Final[Code] = Code("DCM", "128279", "Cube B-scan pattern", (4272,))
"""Cube B-scan pattern (DCM 128279)."""

RasterBScanPattern: Final[Code] = Code("DCM", "128280", "Raster B-scan pattern", (4272,))
"""Raster B-scan pattern (DCM 128280)."""

LineBScanPattern: Final[Code] = Code("DCM", "128281", "Line B-scan pattern", (4272,))
"""Line B-scan pattern (DCM 128281)."""

RadialBScanPattern: Final[Code] = Code("DCM", "128282", "Radial B-scan pattern", (4272,))
"""Radial B-scan pattern (DCM 128282)."""

CrossBScanPattern: Final[Code] = Code("DCM", "128283", "Cross B-scan pattern", (4272,))
"""Cross B-scan pattern (DCM 128283)."""

CircleBScanPattern: Final[Code] = Code("DCM", "128284", "Circle B-scan pattern", (4272,))
"""Circle B-scan pattern (DCM 128284)."""

ConcentricCircleBScanPattern: Final[Code] = Code(
    "DCM", "128285", "Concentric circle B-scan pattern", (4272,)
)
"""Concentric circle B-scan pattern (DCM 128285)."""

CircleRasterBScanPattern: Final[Code] = Code(
    "DCM", "128286", "Circle-raster B-scan pattern", (4272,)
)
"""Circle-raster B-scan pattern (DCM 128286)."""

CircleRadialBScanPattern: Final[Code] = Code(
    "DCM", "128287", "Circle-radial B-scan pattern", (4272,)
)
"""Circle-radial B-scan pattern (DCM 128287)."""

GridBScanPattern: Final[Code] = Code("DCM", "128288", "Grid B-scan pattern", (4272,))
"""Grid B-scan pattern (DCM 128288)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CubeBScanPattern,
    RasterBScanPattern,
    LineBScanPattern,
    RadialBScanPattern,
    CrossBScanPattern,
    CircleBScanPattern,
    ConcentricCircleBScanPattern,
    CircleRasterBScanPattern,
    CircleRadialBScanPattern,
    GridBScanPattern,
)
"""The resolved membership: own members, then those of the included groups, in order."""
