"""CID 9574 Patient Position Displacement Reference Point.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1421.
Includes CID 9553.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9574
NAME: _Final[str] = "Patient Position Displacement Reference Point"
KEYWORD: _Final[str | None] = "PatientPositionDisplacementReferencePoint"
UID: _Final[str | None] = "1.2.840.10008.6.1.1421"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = (9553,)
EXTERNAL_SCHEME: _Final[str | None] = None

PatientSetupPoint: _Final[_Code] = _Code("DCM", "130069", "Patient Setup Point", (9504, 9574))
"""Patient Setup Point (DCM 130069)."""

RoomLaserPatientSetupPoint: _Final[_Code] = _Code(
    "DCM", "130070", "Room Laser Patient Setup Point", (9504, 9574)
)
"""Room Laser Patient Setup Point (DCM 130070)."""

MoveableLaserPatientSetupPoint: _Final[_Code] = _Code(
    "DCM", "130071", "Moveable Laser Patient Setup Point", (9504, 9574)
)
"""Moveable Laser Patient Setup Point (DCM 130071)."""

IsocentricTreatmentLocationPoint: _Final[_Code] = _Code(
    "DCM", "130073", "Isocentric Treatment Location Point", (9504, 9553)
)
"""Isocentric Treatment Location Point (DCM 130073). Included from CID 9553."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatientSetupPoint,
    RoomLaserPatientSetupPoint,
    MoveableLaserPatientSetupPoint,
    IsocentricTreatmentLocationPoint,
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
