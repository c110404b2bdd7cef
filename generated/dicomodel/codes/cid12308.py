"""CID 12308 Ultrasound Shear Wave Measurement.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1411.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12308
NAME: Final[str] = "Ultrasound Shear Wave Measurement"
KEYWORD: Final[str | None] = "UltrasoundShearWaveMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1411"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190817"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ShearWaveSpeed: Final[Code] = Code("DCM", "130611", "Shear Wave Speed", (12308,))
"""Shear Wave Speed (DCM 130611)."""

Elasticity: Final[Code] = Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

ShearWaveDispersionSlope: Final[Code] = Code(
    "DCM", "130612", "Shear Wave Dispersion Slope", (12308,)
)
"""Shear Wave Dispersion Slope (DCM 130612)."""

ROIDepth: Final[Code] = Code("DCM", "130613", "ROI Depth", (12308,))
"""ROI Depth (DCM 130613)."""

AreaOfDefinedRegion: Final[Code] = Code("SCT", "131184002", "Area of defined region", (7471, 12308))
"""Area of defined region (SCT 131184002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ShearWaveSpeed,
    Elasticity,
    ShearWaveDispersionSlope,
    ROIDepth,
    AreaOfDefinedRegion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
