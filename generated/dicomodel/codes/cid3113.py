"""CID 3113 Perfusion Defect Type.

Extensible, version 20080927, UID 1.2.840.10008.6.1.745.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3113
NAME: _Final[str] = "Perfusion Defect Type"
KEYWORD: _Final[str | None] = "PerfusionDefectType"
UID: _Final[str | None] = "1.2.840.10008.6.1.745"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ReversibleMyocardialPerfusionDefect: _Final[_Code] = _Code(
    "SCT", "251055003", "Reversible myocardial perfusion defect", (3113,)
)
"""Reversible myocardial perfusion defect (SCT 251055003)."""

FixedMyocardialPerfusionDefect: _Final[_Code] = _Code(
    "SCT", "251057006", "Fixed myocardial perfusion defect", (3113,)
)
"""Fixed myocardial perfusion defect (SCT 251057006)."""

PartiallyReversibleMyocardialPerfusionDefect: _Final[_Code] = _Code(
    "SCT", "251056002", "Partially Reversible myocardial perfusion defect", (3113,)
)
"""Partially Reversible myocardial perfusion defect (SCT 251056002)."""

FalsePositiveDefectFinding: _Final[_Code] = _Code(
    "DCM", "122748", "False Positive defect finding", (3113,)
)
"""False Positive defect finding (DCM 122748)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ReversibleMyocardialPerfusionDefect,
    FixedMyocardialPerfusionDefect,
    PartiallyReversibleMyocardialPerfusionDefect,
    FalsePositiveDefectFinding,
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
