"""CID 7009 Purpose of Reference to Predecessor Report.

Extensible, version 20090826, UID 1.2.840.10008.6.1.818.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7009
NAME: _Final[str] = "Purpose of Reference to Predecessor Report"
KEYWORD: _Final[str | None] = "PurposeOfReferenceToPredecessorReport"
UID: _Final[str | None] = "1.2.840.10008.6.1.818"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090826"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ReplacedReport: _Final[_Code] = _Code("DCM", "121360", "Replaced report", (7009,))
"""Replaced report (DCM 121360)."""

AddendedReport: _Final[_Code] = _Code("DCM", "121361", "Addended report", (7009,))
"""Addended report (DCM 121361)."""

PreliminaryReport: _Final[_Code] = _Code("DCM", "121362", "Preliminary report", (7009, 9233))
"""Preliminary report (DCM 121362)."""

PartialReport: _Final[_Code] = _Code("DCM", "121363", "Partial report", (7009,))
"""Partial report (DCM 121363)."""

CurrentProcedureEvidence: _Final[_Code] = _Code(
    "DCM", "122073", "Current procedure evidence", (3407, 7009)
)
"""Current procedure evidence (DCM 122073)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ReplacedReport,
    AddendedReport,
    PreliminaryReport,
    PartialReport,
    CurrentProcedureEvidence,
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
