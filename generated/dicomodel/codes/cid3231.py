"""CID 3231 ST Segment Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.777.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3231
NAME: Final[str] = "ST Segment Finding"
KEYWORD: Final[str | None] = "STSegmentFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.777"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

STIntervalNormal: Final[Code] = Code("SCT", "164929001", "ST Interval Normal", (3231,))
"""ST Interval Normal (SCT 164929001)."""

NonDiagnosticLowHeartRate: Final[Code] = Code(
    "DCM", "122750", "Non-diagnostic - low heart rate", (3231,)
)
"""Non-diagnostic - low heart rate (DCM 122750)."""

NonDiagnosticRestingSTAbnormalities: Final[Code] = Code(
    "DCM", "122751", "Non-diagnostic - resting ST abnormalities", (3231,)
)
"""Non-diagnostic - resting ST abnormalities (DCM 122751)."""

NonDiagnosticVentricularPacingOrLBBB: Final[Code] = Code(
    "DCM", "122752", "Non-diagnostic - ventricular pacing or LBBB", (3231,)
)
"""Non-diagnostic - ventricular pacing or LBBB (DCM 122752)."""

WeaklyPositive: Final[Code] = Code("SCT", "260408008", "Weakly positive", (3231,))
"""Weakly positive (SCT 260408008)."""

Positive: Final[Code] = Code("SCT", "10828004", "Positive", (250, 3231))
"""Positive (SCT 10828004)."""

StronglyPositive: Final[Code] = Code("DCM", "122755", "Strongly positive", (3231,))
"""Strongly positive (DCM 122755)."""

StronglyPositiveSTElevation: Final[Code] = Code(
    "DCM", "122756", "Strongly positive - ST elevation", (3231,)
)
"""Strongly positive - ST elevation (DCM 122756)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
