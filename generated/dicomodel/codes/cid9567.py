"""CID 9567 Machine Tolerance Violation Type.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1324.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9567
NAME: _Final[str] = "Machine Tolerance Violation Type"
KEYWORD: _Final[str | None] = "MachineToleranceViolationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1324"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

JawPositionToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130471", "Jaw Position Tolerance Violation", (9567,)
)
"""Jaw Position Tolerance Violation (DCM 130471)."""

MLCPositionToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130472", "MLC Position Tolerance Violation", (9567,)
)
"""MLC Position Tolerance Violation (DCM 130472)."""

SourcePositionToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130473", "Source Position Tolerance Violation", (9567,)
)
"""Source Position Tolerance Violation (DCM 130473)."""

DoseRateToleranceViolation: _Final[_Code] = _Code(
    "DCM", "130474", "Dose Rate Tolerance Violation", (9567,)
)
"""Dose Rate Tolerance Violation (DCM 130474)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    JawPositionToleranceViolation,
    MLCPositionToleranceViolation,
    SourcePositionToleranceViolation,
    DoseRateToleranceViolation,
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
