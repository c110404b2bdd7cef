"""CID 10013 CT Acquisition Type.

Extensible, version 20160314, UID 1.2.840.10008.6.1.545.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10013
NAME: Final[str] = "CT Acquisition Type"
KEYWORD: Final[str | None] = "CTAcquisitionType"
UID: Final[str | None] = "1.2.840.10008.6.1.545"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SequencedAcquisition: Final[Code] = Code("DCM", "113804", "Sequenced Acquisition", (10013,))
"""Sequenced Acquisition (DCM 113804)."""

SpiralAcquisition: Final[Code] = Code("SCT", "116152004", "Spiral Acquisition", (10013,))
"""Spiral Acquisition (SCT 116152004)."""

ConstantAngleAcquisition: Final[Code] = Code(
    "DCM", "113805", "Constant Angle Acquisition", (10013,)
)
"""Constant Angle Acquisition (DCM 113805)."""

StationaryAcquisition: Final[Code] = Code("DCM", "113806", "Stationary Acquisition", (10013,))
"""Stationary Acquisition (DCM 113806)."""

FreeAcquisition: Final[Code] = Code("DCM", "113807", "Free Acquisition", (10013,))
"""Free Acquisition (DCM 113807)."""

ConeBeamAcquisition: Final[Code] = Code("SCT", "702569007", "Cone Beam Acquisition", (10013,))
"""Cone Beam Acquisition (SCT 702569007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SequencedAcquisition,
    SpiralAcquisition,
    ConstantAngleAcquisition,
    StationaryAcquisition,
    FreeAcquisition,
    ConeBeamAcquisition,
)
"""The resolved membership: own members, then those of the included groups, in order."""
