"""CID 12308 Ultrasound Shear Wave Measurement.

Extensible, version 20190817, UID 1.2.840.10008.6.1.1411.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12308
NAME: _Final[str] = "Ultrasound Shear Wave Measurement"
KEYWORD: _Final[str | None] = "UltrasoundShearWaveMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1411"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ShearWaveSpeed: _Final[_Code] = _Code("DCM", "130611", "Shear Wave Speed", (12308,))
"""Shear Wave Speed (DCM 130611)."""

Elasticity: _Final[_Code] = _Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

ShearWaveDispersionSlope: _Final[_Code] = _Code(
    "DCM", "130612", "Shear Wave Dispersion Slope", (12308,)
)
"""Shear Wave Dispersion Slope (DCM 130612)."""

ROIDepth: _Final[_Code] = _Code("DCM", "130613", "ROI Depth", (12308,))
"""ROI Depth (DCM 130613)."""

AreaOfDefinedRegion: _Final[_Code] = _Code(
    "SCT", "131184002", "Area of defined region", (7471, 12308)
)
"""Area of defined region (SCT 131184002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ShearWaveSpeed,
    Elasticity,
    ShearWaveDispersionSlope,
    ROIDepth,
    AreaOfDefinedRegion,
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
