"""CID 10074 RDSR Frame of Reference Origin.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1364.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10074
NAME: _Final[str] = "RDSR Frame of Reference Origin"
KEYWORD: _Final[str | None] = "RDSRFrameOfReferenceOrigin"
UID: _Final[str | None] = "1.2.840.10008.6.1.1364"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RoomOrigin: _Final[_Code] = _Code("DCM", "130536", "Room Origin", (10074,))
"""Room Origin (DCM 130536)."""

EquipmentOrigin: _Final[_Code] = _Code("DCM", "130537", "Equipment Origin", (10074,))
"""Equipment Origin (DCM 130537)."""

PatientSupportOrigin: _Final[_Code] = _Code("DCM", "130538", "Patient Support Origin", (10074,))
"""Patient Support Origin (DCM 130538)."""

IsocenterOrigin: _Final[_Code] = _Code("DCM", "130539", "Isocenter Origin", (10074,))
"""Isocenter Origin (DCM 130539)."""

PatientCoordinateSystemOrigin: _Final[_Code] = _Code(
    "DCM", "130540", "Patient Coordinate System Origin", (10074,)
)
"""Patient Coordinate System Origin (DCM 130540)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RoomOrigin,
    EquipmentOrigin,
    PatientSupportOrigin,
    IsocenterOrigin,
    PatientCoordinateSystemOrigin,
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
