"""CID 9233 Requested Report Type.

Extensible, version 20160601, UID 1.2.840.10008.6.1.1120.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9233
NAME: _Final[str] = "Requested Report Type"
KEYWORD: _Final[str | None] = "RequestedReportType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1120"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160601"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PreliminaryReport: _Final[_Code] = _Code("DCM", "121362", "Preliminary Report", (7009, 9233))
"""Preliminary Report (DCM 121362)."""

FinalReport: _Final[_Code] = _Code("DCM", "128005", "Final Report", (9233,))
"""Final Report (DCM 128005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PreliminaryReport, FinalReport)
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
