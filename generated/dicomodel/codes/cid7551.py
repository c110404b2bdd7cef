"""CID 7551 Generic Purpose of Reference to Images and Coordinates in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1343.
Includes CID 7552, CID 7553.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7551
NAME: Final[str] = "Generic Purpose of Reference to Images and Coordinates in Measurement"
KEYWORD: Final[str | None] = "GenericPurposeOfReferenceToImagesAndCoordinatesInMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.1343"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200920"
INCLUDES: Final[tuple[int, ...]] = (7552, 7553)
EXTERNAL_SCHEME: Final[str | None] = None

SourceOfMeasurement: Final[Code] = Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112). Included from CID 7552."""

ArmOfAngle: Final[Code] = Code("DCM", "121223", "Arm of angle", (7553,))
"""Arm of angle (DCM 121223). Included from CID 7553."""

Vector: Final[Code] = Code("DCM", "121225", "Vector", (7553,))
"""Vector (DCM 121225). Included from CID 7553."""

ApproximateSpatialLocation: Final[Code] = Code(
    "DCM", "121226", "Approximate spatial location", (7553,)
)
"""Approximate spatial location (DCM 121226). Included from CID 7553."""

MEMBERS: Final[tuple[Code, ...]] = (
    SourceOfMeasurement,
    ArmOfAngle,
    Vector,
    ApproximateSpatialLocation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
