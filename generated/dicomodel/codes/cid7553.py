"""CID 7553 Generic Purpose of Reference to Coordinates in Measurement.

Extensible, version 20200920, UID 1.2.840.10008.6.1.1345.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7553
NAME: _Final[str] = "Generic Purpose of Reference to Coordinates in Measurement"
KEYWORD: _Final[str | None] = "GenericPurposeOfReferenceToCoordinatesInMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1345"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ArmOfAngle: _Final[_Code] = _Code("DCM", "121223", "Arm of angle", (7553,))
"""Arm of angle (DCM 121223)."""

Vector: _Final[_Code] = _Code("DCM", "121225", "Vector", (7553,))
"""Vector (DCM 121225)."""

ApproximateSpatialLocation: _Final[_Code] = _Code(
    "DCM", "121226", "Approximate spatial location", (7553,)
)
"""Approximate spatial location (DCM 121226)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ArmOfAngle, Vector, ApproximateSpatialLocation)
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
