"""CID 402 Audit Active Participant Role ID Code.

Extensible, version 20100826, UID 1.2.840.10008.6.1.905.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 402
NAME: _Final[str] = "Audit Active Participant Role ID Code"
KEYWORD: _Final[str | None] = "AuditActiveParticipantRoleIDCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.905"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100826"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Application: _Final[_Code] = _Code("DCM", "110150", "Application", (402,))
"""Application (DCM 110150)."""

ApplicationLauncher: _Final[_Code] = _Code("DCM", "110151", "Application Launcher", (402,))
"""Application Launcher (DCM 110151)."""

DestinationRoleID: _Final[_Code] = _Code("DCM", "110152", "Destination Role ID", (402,))
"""Destination Role ID (DCM 110152)."""

SourceRoleID: _Final[_Code] = _Code("DCM", "110153", "Source Role ID", (402,))
"""Source Role ID (DCM 110153)."""

DestinationMedia: _Final[_Code] = _Code("DCM", "110154", "Destination Media", (402,))
"""Destination Media (DCM 110154)."""

SourceMedia: _Final[_Code] = _Code("DCM", "110155", "Source Media", (402,))
"""Source Media (DCM 110155)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Application,
    ApplicationLauncher,
    DestinationRoleID,
    SourceRoleID,
    DestinationMedia,
    SourceMedia,
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
