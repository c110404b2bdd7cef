"""CID 404 Audit Participant Object ID Type Code.

Extensible, version 20100621, UID 1.2.840.10008.6.1.907.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 404
NAME: Final[str] = "Audit Participant Object ID Type Code"
KEYWORD: Final[str | None] = "AuditParticipantObjectIDTypeCode"
UID: Final[str | None] = "1.2.840.10008.6.1.907"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100621"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StudyInstanceUID: Final[Code] = Code("DCM", "110180", "Study Instance UID", (404, 10001))
"""Study Instance UID (DCM 110180)."""

SOPClassUID: Final[Code] = Code("DCM", "110181", "SOP Class UID", (404,))
"""SOP Class UID (DCM 110181)."""

NodeID: Final[Code] = Code("DCM", "110182", "Node ID", (404,))
"""Node ID (DCM 110182)."""

MEMBERS: Final[tuple[Code, ...]] = (StudyInstanceUID, SOPClassUID, NodeID)
"""The resolved membership: own members, then those of the included groups, in order."""
