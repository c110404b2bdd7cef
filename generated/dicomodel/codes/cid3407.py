"""CID 3407 Object Reference Purpose.

Extensible, version 20030327, UID 1.2.840.10008.6.1.72.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3407
NAME: _Final[str] = "Object Reference Purpose"
KEYWORD: _Final[str | None] = "ObjectReferencePurpose"
UID: _Final[str | None] = "1.2.840.10008.6.1.72"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PreProcedureLog: _Final[_Code] = _Code("DCM", "122072", "Pre-procedure log", (3407,))
"""Pre-procedure log (DCM 122072)."""

AnalysisOrMeasurementsForCurrentProcedure: _Final[_Code] = _Code(
    "DCM", "122073", "Analysis or measurements for current procedure", (3407, 7009)
)
"""Analysis or measurements for current procedure (DCM 122073)."""

PriorReportForCurrentPatient: _Final[_Code] = _Code(
    "DCM", "122075", "Prior report for current patient", (3407,)
)
"""Prior report for current patient (DCM 122075)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PreProcedureLog,
    AnalysisOrMeasurementsForCurrentProcedure,
    PriorReportForCurrentPatient,
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
