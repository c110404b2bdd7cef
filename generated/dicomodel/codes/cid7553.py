"""CID 7553 Generic Purpose of Reference to Coordinates in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1345.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7553
NAME: Final[str] = "Generic Purpose of Reference to Coordinates in Measurement"
KEYWORD: Final[str | None] = "GenericPurposeOfReferenceToCoordinatesInMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1345"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ArmOfAngle: Final[Code] = Code("DCM", "121223", "Arm of angle", (7553,))
"""Arm of angle (DCM 121223)."""

Vector: Final[Code] = Code("DCM", "121225", "Vector", (7553,))
"""Vector (DCM 121225)."""

ApproximateSpatialLocation: Final[Code] = Code(
    "DCM", "121226", "Approximate spatial location", (7553,)
)
"""Approximate spatial location (DCM 121226)."""

MEMBERS: Final[tuple[Code, ...]] = (ArmOfAngle, Vector, ApproximateSpatialLocation)
"""The resolved membership: own members, then those of the included groups, in order."""
