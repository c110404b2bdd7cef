"""CID 8201 Surface Scan Acquisition Type.

Extensible, version 20121129, UID 1.2.840.10008.6.1.953.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8201
NAME: Final[str] = "Surface Scan Acquisition Type"
KEYWORD: Final[str | None] = "SurfaceScanAcquisitionType"
UID: Final[str | None] = "1.2.840.10008.6.1.953"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20121129"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TimeOfFlight: Final[Code] = Code("DCM", "114201", "Time of flight", (8201,))
"""Time of flight (DCM 114201)."""

Interferometry: Final[Code] = Code("DCM", "114202", "Interferometry", (8201,))
"""Interferometry (DCM 114202)."""

LaserScanning: Final[Code] = Code("DCM", "114203", "Laser scanning", (8201,))
"""Laser scanning (DCM 114203)."""

PatternProjection: Final[Code] = Code("DCM", "114204", "Pattern projection", (8201,))
"""Pattern projection (DCM 114204)."""

ShapeFromShading: Final[Code] = Code("DCM", "114205", "Shape from shading", (8201,))
"""Shape from shading (DCM 114205)."""

ShapeFromMotion: Final[Code] = Code("DCM", "114206", "Shape from motion", (8201,))
"""Shape from motion (DCM 114206)."""

ConfocalImaging: Final[Code] = Code("DCM", "114207", "Confocal imaging", (8201,))
"""Confocal imaging (DCM 114207)."""

PointCloudAlgorithmic: Final[Code] = Code("DCM", "114208", "Point Cloud Algorithmic", (8201,))
"""Point Cloud Algorithmic (DCM 114208)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
