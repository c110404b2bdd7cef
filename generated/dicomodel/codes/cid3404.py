"""CID 3404 Staff Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.69.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3404
NAME: _Final[str] = "Staff Action"
KEYWORD: _Final[str | None] = "StaffAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.69"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PersonnelArrived: _Final[_Code] = _Code("DCM", "122041", "Personnel Arrived", (3404,))
"""Personnel Arrived (DCM 122041)."""

PersonnelDeparted: _Final[_Code] = _Code("DCM", "122042", "Personnel Departed", (3404,))
"""Personnel Departed (DCM 122042)."""

PageSentTo: _Final[_Code] = _Code("DCM", "122043", "Page Sent To", (3404,))
"""Page Sent To (DCM 122043)."""

ConsultationWith: _Final[_Code] = _Code("DCM", "122044", "Consultation With", (3404,))
"""Consultation With (DCM 122044)."""

OfficeCalled: _Final[_Code] = _Code("DCM", "122045", "Office called", (3404,))
"""Office called (DCM 122045)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PersonnelArrived,
    PersonnelDeparted,
    PageSentTo,
    ConsultationWith,
    OfficeCalled,
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
