"""CID 4272 Opt Scan Pattern Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1152.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4272
NAME: _Final[str] = "Opt Scan Pattern Type"
KEYWORD: _Final[str | None] = "OptScanPatternType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1152"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CubeBScanPattern: _Final[_Code] = _Code("DCM", "128279", "Cube B-scan pattern", (4272,))
"""Cube B-scan pattern (DCM 128279)."""

RasterBScanPattern: _Final[_Code] = _Code("DCM", "128280", "Raster B-scan pattern", (4272,))
"""Raster B-scan pattern (DCM 128280)."""

LineBScanPattern: _Final[_Code] = _Code("DCM", "128281", "Line B-scan pattern", (4272,))
"""Line B-scan pattern (DCM 128281)."""

RadialBScanPattern: _Final[_Code] = _Code("DCM", "128282", "Radial B-scan pattern", (4272,))
"""Radial B-scan pattern (DCM 128282)."""

CrossBScanPattern: _Final[_Code] = _Code("DCM", "128283", "Cross B-scan pattern", (4272,))
"""Cross B-scan pattern (DCM 128283)."""

CircleBScanPattern: _Final[_Code] = _Code("DCM", "128284", "Circle B-scan pattern", (4272,))
"""Circle B-scan pattern (DCM 128284)."""

ConcentricCircleBScanPattern: _Final[_Code] = _Code(
    "DCM", "128285", "Concentric circle B-scan pattern", (4272,)
)
"""Concentric circle B-scan pattern (DCM 128285)."""

CircleRasterBScanPattern: _Final[_Code] = _Code(
    "DCM", "128286", "Circle-raster B-scan pattern", (4272,)
)
"""Circle-raster B-scan pattern (DCM 128286)."""

CircleRadialBScanPattern: _Final[_Code] = _Code(
    "DCM", "128287", "Circle-radial B-scan pattern", (4272,)
)
"""Circle-radial B-scan pattern (DCM 128287)."""

GridBScanPattern: _Final[_Code] = _Code("DCM", "128288", "Grid B-scan pattern", (4272,))
"""Grid B-scan pattern (DCM 128288)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
