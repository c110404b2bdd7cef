"""CID 3404 Staff Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.69.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3404
NAME: Final[str] = "Staff Action"
KEYWORD: Final[str | None] = "StaffAction"
UID: Final[str | None] = "1.2.840.10008.6.1.69"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PersonnelArrived: Final[Code] = Code("DCM", "122041", "Personnel Arrived", (3404,))
"""Personnel Arrived (DCM 122041)."""

PersonnelDeparted: Final[Code] = Code("DCM", "122042", "Personnel Departed", (3404,))
"""Personnel Departed (DCM 122042)."""

PageSentTo: Final[Code] = Code("DCM", "122043", "Page Sent To", (3404,))
"""Page Sent To (DCM 122043)."""

ConsultationWith: Final[Code] = Code("DCM", "122044", "Consultation With", (3404,))
"""Consultation With (DCM 122044)."""

OfficeCalled: Final[Code] = Code("DCM", "122045", "Office called", (3404,))
"""Office called (DCM 122045)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PersonnelArrived,
    PersonnelDeparted,
    PageSentTo,
    ConsultationWith,
    OfficeCalled,
)
"""The resolved membership: own members, then those of the included groups, in order."""
