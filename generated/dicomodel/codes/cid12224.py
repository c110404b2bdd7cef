"""CID 12224 Ultrasound Image Mode.

Extensible, version 20211112, UID 1.2.840.10008.6.1.616.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 12224
NAME: _Final[str] = "Ultrasound Image Mode"
KEYWORD: _Final[str | None] = "UltrasoundImageMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.616"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_2DMode: _Final[_Code] = _Code("SCT", "399064001", "2D mode", (12224,))
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

_3DMode: _Final[_Code] = _Code("SCT", "426865009", "3D mode", (12224,))
"""3D mode (SCT 426865009)."""

TissueDopplerImaging: _Final[_Code] = _Code("SCT", "439858009", "Tissue Doppler Imaging", (12224,))
"""Tissue Doppler Imaging (SCT 439858009)."""

BMode: _Final[_Code] = _Code("SCT", "399009009", "B mode", (12224,))
"""B mode (SCT 399009009)."""

PointShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130616", "Point Shear Wave Elastography", (12224,)
)
"""Point Shear Wave Elastography (DCM 130616)."""

_2DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130609", "2D Shear Wave Elastography", (12224,)
)
"""2D Shear Wave Elastography (DCM 130609)."""

_3DShearWaveElastography: _Final[_Code] = _Code(
    "DCM", "130610", "3D Shear Wave Elastography", (12224,)
)
"""3D Shear Wave Elastography (DCM 130610)."""

_2DSpeckleTracking: _Final[_Code] = _Code("DCM", "130679", "2D Speckle Tracking", (12224,))
"""2D Speckle Tracking (DCM 130679)."""

_3DSpeckleTracking: _Final[_Code] = _Code("DCM", "130680", "3D Speckle Tracking", (12224,))
"""3D Speckle Tracking (DCM 130680)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    _2DMode,
    DopplerColorFlow,
    MMode,
    DopplerPulsed,
    DopplerContinuousWave,
    PowerDoppler,
    _3DMode,
    TissueDopplerImaging,
    BMode,
    PointShearWaveElastography,
    _2DShearWaveElastography,
    _3DShearWaveElastography,
    _2DSpeckleTracking,
    _3DSpeckleTracking,
)
"""The resolved membership: own members, then those of the included groups, in order."""
