"""CID 404 Audit Participant Object ID Type Code.

Extensible, version 20100621, UID 1.2.840.10008.6.1.907.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 404
NAME: _Final[str] = "Audit Participant Object ID Type Code"
KEYWORD: _Final[str | None] = "AuditParticipantObjectIDTypeCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.907"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100621"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StudyInstanceUID: _Final[_Code] = _Code("DCM", "110180", "Study Instance UID", (404, 10001))
"""Study Instance UID (DCM 110180)."""

SOPClassUID: _Final[_Code] = _Code("DCM", "110181", "SOP Class UID", (404,))
"""SOP Class UID (DCM 110181)."""

NodeID: _Final[_Code] = _Code("DCM", "110182", "Node ID", (404,))
"""Node ID (DCM 110182)."""

MEMBERS: _Final[tuple[_Code, ...]] = (StudyInstanceUID, SOPClassUID, NodeID)
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
