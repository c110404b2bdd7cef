"""CID 402 Audit Active Participant Role ID Code.

Extensible, version 20100826, UID 1.2.840.10008.6.1.905.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 402
NAME: Final[str] = "Audit Active Participant Role ID Code"
KEYWORD: Final[str | None] = "AuditActiveParticipantRoleIDCode"
UID: Final[str | None] = "1.2.840.10008.6.1.905"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100826"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Application: Final[Code] = Code("DCM", "110150", "Application", (402,))
"""Application (DCM 110150)."""

ApplicationLauncher: Final[Code] = Code("DCM", "110151", "Application Launcher", (402,))
"""Application Launcher (DCM 110151)."""

DestinationRoleID: Final[Code] = Code("DCM", "110152", "Destination Role ID", (402,))
"""Destination Role ID (DCM 110152)."""

SourceRoleID: Final[Code] = Code("DCM", "110153", "Source Role ID", (402,))
"""Source Role ID (DCM 110153)."""

DestinationMedia: Final[Code] = Code("DCM", "110154", "Destination Media", (402,))
"""Destination Media (DCM 110154)."""

SourceMedia: Final[Code] = Code("DCM", "110155", "Source Media", (402,))
"""Source Media (DCM 110155)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Application,
    ApplicationLauncher,
    DestinationRoleID,
    SourceRoleID,
    DestinationMedia,
    SourceMedia,
)
"""The resolved membership: own members, then those of the included groups, in order."""
