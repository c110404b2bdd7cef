"""CID 12033 Ultrasound Transducer Geometry.

Extensible, version 20230626, UID 1.2.840.10008.6.1.808.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12033
NAME: _Final[str] = "Ultrasound Transducer Geometry"
KEYWORD: _Final[str | None] = "UltrasoundTransducerGeometry"
UID: _Final[str | None] = "1.2.840.10008.6.1.808"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NonImagingDopplerUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125251", "Non-imaging Doppler ultrasound transducer geometry", (12033,)
)
"""Non-imaging Doppler ultrasound transducer geometry (DCM 125251)."""

LinearUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125252", "Linear ultrasound transducer geometry", (12033,)
)
"""Linear ultrasound transducer geometry (DCM 125252)."""

CurvedLinearUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125253", "Curved linear ultrasound transducer geometry", (12033,)
)
"""Curved linear ultrasound transducer geometry (DCM 125253)."""

SectorUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125254", "Sector ultrasound transducer geometry", (12033,)
)
"""Sector ultrasound transducer geometry (DCM 125254)."""

RadialUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125255", "Radial ultrasound transducer geometry", (12033,)
)
"""Radial ultrasound transducer geometry (DCM 125255)."""

RingUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "125256", "Ring ultrasound transducer geometry", (12033,)
)
"""Ring ultrasound transducer geometry (DCM 125256)."""

PlanarMatrixUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "130808", "Planar matrix ultrasound transducer geometry", (12033,)
)
"""Planar matrix ultrasound transducer geometry (DCM 130808)."""

HemisphericalUltrasoundTransducerGeometry: _Final[_Code] = _Code(
    "DCM", "130809", "Hemispherical ultrasound transducer geometry", (12033,)
)
"""Hemispherical ultrasound transducer geometry (DCM 130809)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NonImagingDopplerUltrasoundTransducerGeometry,
    LinearUltrasoundTransducerGeometry,
    CurvedLinearUltrasoundTransducerGeometry,
    SectorUltrasoundTransducerGeometry,
    RadialUltrasoundTransducerGeometry,
    RingUltrasoundTransducerGeometry,
    PlanarMatrixUltrasoundTransducerGeometry,
    HemisphericalUltrasoundTransducerGeometry,
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
