"""CID 7551 Generic Purpose of Reference to Images and Coordinates in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1343.
Includes CID 7552, CID 7553.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7551
NAME: _Final[str] = "Generic Purpose of Reference to Images and Coordinates in Measurement"
KEYWORD: _Final[str | None] = "GenericPurposeOfReferenceToImagesAndCoordinatesInMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1343"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = (7552, 7553)
EXTERNAL_SCHEME: _Final[str | None] = None

SourceOfMeasurement: _Final[_Code] = _Code("DCM", "121112", "Source of Measurement", (7003, 7552))
"""Source of Measurement (DCM 121112). Included from CID 7552."""

ArmOfAngle: _Final[_Code] = _Code("DCM", "121223", "Arm of angle", (7553,))
"""Arm of angle (DCM 121223). Included from CID 7553."""

Vector: _Final[_Code] = _Code("DCM", "121225", "Vector", (7553,))
"""Vector (DCM 121225). Included from CID 7553."""

ApproximateSpatialLocation: _Final[_Code] = _Code(
    "DCM", "121226", "Approximate spatial location", (7553,)
)
"""Approximate spatial location (DCM 121226). Included from CID 7553."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SourceOfMeasurement,
    ArmOfAngle,
    Vector,
    ApproximateSpatialLocation,
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
