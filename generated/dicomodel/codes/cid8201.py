"""CID 8201 Surface Scan Acquisition Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.953.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8201
NAME: _Final[str] = "Surface Scan Acquisition Type"
KEYWORD: _Final[str | None] = "SurfaceScanAcquisitionType"
UID: _Final[str | None] = "1.2.840.10008.6.1.953"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20121129"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TimeOfFlight: _Final[_Code] = _Code("DCM", "114201", "Time of flight", (8201,))
"""Time of flight (DCM 114201)."""

Interferometry: _Final[_Code] = _Code("DCM", "114202", "Interferometry", (8201,))
"""Interferometry (DCM 114202)."""

LaserScanning: _Final[_Code] = _Code("DCM", "114203", "Laser scanning", (8201,))
"""Laser scanning (DCM 114203)."""

PatternProjection: _Final[_Code] = _Code("DCM", "114204", "Pattern projection", (8201,))
"""Pattern projection (DCM 114204)."""

ShapeFromShading: _Final[_Code] = _Code("DCM", "114205", "Shape from shading", (8201,))
"""Shape from shading (DCM 114205)."""

ShapeFromMotion: _Final[_Code] = _Code("DCM", "114206", "Shape from motion", (8201,))
"""Shape from motion (DCM 114206)."""

ConfocalImaging: _Final[_Code] = _Code("DCM", "114207", "Confocal imaging", (8201,))
"""Confocal imaging (DCM 114207)."""

PointCloudAlgorithmic: _Final[_Code] = _Code("DCM", "114208", "Point Cloud Algorithmic", (8201,))
"""Point Cloud Algorithmic (DCM 114208)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TimeOfFlight,
    Interferometry,
    LaserScanning,
    PatternProjection,
    ShapeFromShading,
    ShapeFromMotion,
    ConfocalImaging,
    PointCloudAlgorithmic,
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
