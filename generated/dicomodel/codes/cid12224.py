"""CID 12224 Ultrasound Image Mode.

Extensible, version 20211112, UID 1.2.840.10008.6.1.616.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12224
NAME: _Final[str] = "Ultrasound Image Mode"
KEYWORD: _Final[str | None] = "UltrasoundImageMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.616"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V2DMode: _Final[_Code] = _Code("SCT", "399064001", "2D mode", (12224,))
"""2D mode (SCT 399064001)."""

DopplerColorFlow: _Final[_Code] = _Code("SCT", "261197005", "Doppler Color Flow", (12224,))
"""Doppler Color Flow (SCT 261197005)."""

MMode: _Final[_Code] = _Code("SCT", "399155008", "M mode", (12224,))
"""M mode (SCT 399155008)."""

DopplerPulsed: _Final[_Code] = _Code("SCT", "261199008", "Doppler Pulsed", (12224,))
"""Doppler Pulsed (SCT 261199008)."""

DopplerContinuousWave: _Final[_Code] = _Code(
    "SCT", "261198000", "Doppler Continuous Wave", (12224,)
)
"""Doppler Continuous Wave (SCT 261198000)."""

PowerDoppler: _Final[_Code] = _Code("SCT", "425704008", "Power Doppler", (7180, 12224))
"""Power Doppler (SCT 425704008)."""

V3DMode: _Final[_Code] = _Code("SCT", "426865009", "3D mode", (12224,))
"""3D mode (SCT 426865009)."""

TissueDopplerImaging: _Final[_Code] = _Code("SCT", "439858009", "Tissue Doppler Imaging", (12224,))
"""Tissue Doppler Imaging (SCT 439858009)."""

BMode: _Final[_Code] = _Code("SCT", "399009009", "B mode", (12224,))
"""B mode (SCT 399009009)."""

PointShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130616", "Point Shear Wave Elastography", (12224,)
)
"""Point Shear Wave Elastography (DCM 130616)."""

V2DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130609", "2D Shear Wave Elastography", (12224,)
)
"""2D Shear Wave Elastography (DCM 130609)."""

V3DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130610", "3D Shear Wave Elastography", (12224,)
)
"""3D Shear Wave Elastography (DCM 130610)."""

V2DSpeckleTracking: _Final[_Code] = _Code("DCM", "130679", "2D Speckle Tracking", (12224,))
"""2D Speckle Tracking (DCM 130679)."""

V3DSpeckleTracking: _Final[_Code] = _Code("DCM", "130680", "3D Speckle Tracking", (12224,))
"""3D Speckle Tracking (DCM 130680)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_2DMode: _Final[_Code] = V2DMode
_3DMode: _Final[_Code] = V3DMode
_2DShearWaveElastography: _Final[_Code] = V2DShearWaveElastography
_3DShearWaveElastography: _Final[_Code] = V3DShearWaveElastography
_2DSpeckleTracking: _Final[_Code] = V2DSpeckleTracking
_3DSpeckleTracking: _Final[_Code] = V3DSpeckleTracking

MEMBERS: _Final[tuple[_Code, ...]] = (
    V2DMode,
    DopplerColorFlow,
    MMode,
    DopplerPulsed,
    DopplerContinuousWave,
    PowerDoppler,
    V3DMode,
    TissueDopplerImaging,
    BMode,
    PointShearWaveElastography,
    V2DShearWaveElastography,
    V3DShearWaveElastography,
    V2DSpeckleTracking,
    V3DSpeckleTracking,
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
