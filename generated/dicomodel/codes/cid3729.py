"""CID 3729 Admission Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.229.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3729
NAME: Final[str] = "Admission Status"
KEYWORD: Final[str | None] = "AdmissionStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.229"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Elective: Final[Code] = Code("SCT", "8715000", "Elective", (3729,))
"""Elective (SCT 8715000)."""

EmergencyDepartment: Final[Code] = Code("SCT", "50849002", "Emergency Department", (3729,))
"""Emergency Department (SCT 50849002)."""

Transfer: Final[Code] = Code("SCT", "4563007", "Transfer", (3729,))
"""Transfer (SCT 4563007)."""

MEMBERS: Final[tuple[Code, ...]] = (Elective, EmergencyDepartment, Transfer)
"""The resolved membership: own members, then those of the included groups, in order."""
