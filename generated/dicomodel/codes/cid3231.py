"""CID 3231 ST Segment Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.777.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3231
NAME: _Final[str] = "ST Segment Finding"
KEYWORD: _Final[str | None] = "STSegmentFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.777"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

STIntervalNormal: _Final[_Code] = _Code("SCT", "164929001", "ST Interval Normal", (3231,))
"""ST Interval Normal (SCT 164929001)."""

NonDiagnosticLowHeartRate: _Final[_Code] = _Code(
    "DCM", "122750", "Non-diagnostic - low heart rate", (3231,)
)
"""Non-diagnostic - low heart rate (DCM 122750)."""

NonDiagnosticRestingSTAbnormalities: _Final[_Code] = _Code(
    "DCM", "122751", "Non-diagnostic - resting ST abnormalities", (3231,)
)
"""Non-diagnostic - resting ST abnormalities (DCM 122751)."""

NonDiagnosticVentricularPacingOrLBBB: _Final[_Code] = _Code(
    "DCM", "122752", "Non-diagnostic - ventricular pacing or LBBB", (3231,)
)
"""Non-diagnostic - ventricular pacing or LBBB (DCM 122752)."""

WeaklyPositive: _Final[_Code] = _Code("SCT", "260408008", "Weakly positive", (3231,))
"""Weakly positive (SCT 260408008)."""

Positive: _Final[_Code] = _Code("SCT", "10828004", "Positive", (250, 3231))
"""Positive (SCT 10828004)."""

StronglyPositive: _Final[_Code] = _Code("DCM", "122755", "Strongly positive", (3231,))
"""Strongly positive (DCM 122755)."""

StronglyPositiveSTElevation: _Final[_Code] = _Code(
    "DCM", "122756", "Strongly positive - ST elevation", (3231,)
)
"""Strongly positive - ST elevation (DCM 122756)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    STIntervalNormal,
    NonDiagnosticLowHeartRate,
    NonDiagnosticRestingSTAbnormalities,
    NonDiagnosticVentricularPacingOrLBBB,
    WeaklyPositive,
    Positive,
    StronglyPositive,
    StronglyPositiveSTElevation,
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
