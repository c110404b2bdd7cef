"""CID 3208 Exercise ECG Summary Code.

Extensible, version 20080927, UID 1.2.840.10008.6.1.763.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3208
NAME: Final[str] = "Exercise ECG Summary Code"
KEYWORD: Final[str | None] = "ExerciseECGSummaryCode"
UID: Final[str | None] = "1.2.840.10008.6.1.763"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExerciseECGNormal: Final[Code] = Code("SCT", "165082004", "Exercise ECG normal", (3208,))
"""Exercise ECG normal (SCT 165082004)."""

ExerciseECGAbnormal: Final[Code] = Code("SCT", "165084003", "Exercise ECG abnormal", (3201, 3208))
"""Exercise ECG abnormal (SCT 165084003)."""

ExerciseECGEquivocal: Final[Code] = Code("SCT", "370367002", "Exercise ECG equivocal", (3208,))
"""Exercise ECG equivocal (SCT 370367002)."""

NotPerformed: Final[Code] = Code("SCT", "262008008", "Not performed", (3208, 3209))
"""Not performed (SCT 262008008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExerciseECGNormal,
    ExerciseECGAbnormal,
    ExerciseECGEquivocal,
    NotPerformed,
)
"""The resolved membership: own members, then those of the included groups, in order."""
