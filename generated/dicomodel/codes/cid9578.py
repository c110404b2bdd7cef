"""CID 9578 Motion Management Setup Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1425.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9578
NAME: _Final[str] = "Motion Management Setup Device"
KEYWORD: _Final[str | None] = "MotionManagementSetupDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1425"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoachingDevice: _Final[_Code] = _Code("DCM", "130650", "Coaching Device", (9578,))
"""Coaching Device (DCM 130650)."""

PatientDistractionDevice: _Final[_Code] = _Code(
    "DCM", "130651", "Patient Distraction Device", (9578,)
)
"""Patient Distraction Device (DCM 130651)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CoachingDevice, PatientDistractionDevice)
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
