"""CID 3729 Admission Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.229.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3729
NAME: _Final[str] = "Admission Status"
KEYWORD: _Final[str | None] = "AdmissionStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.229"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Elective: _Final[_Code] = _Code("SCT", "8715000", "Elective", (3729,))
"""Elective (SCT 8715000)."""

EmergencyDepartment: _Final[_Code] = _Code("SCT", "50849002", "Emergency Department", (3729,))
"""Emergency Department (SCT 50849002)."""

Transfer: _Final[_Code] = _Code("SCT", "4563007", "Transfer", (3729,))
"""Transfer (SCT 4563007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Elective, EmergencyDepartment, Transfer)
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
