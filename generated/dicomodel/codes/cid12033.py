"""CID 12033 Ultrasound Transducer Geometry.

Extensible, version 20230626, UID 1.2.840.10008.6.1.808.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12033
NAME: Final[str] = "Ultrasound Transducer Geometry"
KEYWORD: Final[str | None] = "UltrasoundTransducerGeometry"
UID: Final[str | None] = "1.2.840.10008.6.1.808"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NonImagingDopplerUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125251", "Non-imaging Doppler ultrasound transducer geometry", (12033,)
)
"""Non-imaging Doppler ultrasound transducer geometry (DCM 125251)."""

LinearUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125252", "Linear ultrasound transducer geometry", (12033,)
)
"""Linear ultrasound transducer geometry (DCM 125252)."""

CurvedLinearUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125253", "Curved linear ultrasound transducer geometry", (12033,)
)
"""Curved linear ultrasound transducer geometry (DCM 125253)."""

SectorUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125254", "Sector ultrasound transducer geometry", (12033,)
)
"""Sector ultrasound transducer geometry (DCM 125254)."""

RadialUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125255", "Radial ultrasound transducer geometry", (12033,)
)
"""Radial ultrasound transducer geometry (DCM 125255)."""

RingUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "125256", "Ring ultrasound transducer geometry", (12033,)
)
"""Ring ultrasound transducer geometry (DCM 125256)."""

PlanarMatrixUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "130808", "Planar matrix ultrasound transducer geometry", (12033,)
)
"""Planar matrix ultrasound transducer geometry (DCM 130808)."""

HemisphericalUltrasoundTransducerGeometry: Final[Code] = Code(
    "DCM", "130809", "Hemispherical ultrasound transducer geometry", (12033,)
)
"""Hemispherical ultrasound transducer geometry (DCM 130809)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
