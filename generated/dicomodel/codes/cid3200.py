"""CID 3200 Stress Test Procedure.

Extensible, version 20080927, UID 1.2.840.10008.6.1.755.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3200
NAME: Final[str] = "Stress Test Procedure"
KEYWORD: Final[str | None] = "StressTestProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.755"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExerciseStressTest: Final[Code] = Code("SCT", "165079009", "Exercise stress test", (3200, 3757))
"""Exercise stress test (SCT 165079009)."""

PharmacologicStressTest: Final[Code] = Code(
    "SCT", "424064009", "Pharmacologic stress test", (3200, 3261, 3757)
)
"""Pharmacologic stress test (SCT 424064009)."""

PharmacologicAndExerciseStressTest: Final[Code] = Code(
    "SCT", "428813002", "Pharmacologic and exercise stress test", (3200, 3261, 3757)
)
"""Pharmacologic and exercise stress test (SCT 428813002)."""

PacedStressTest: Final[Code] = Code("SCT", "428685003", "Paced stress test", (3200, 3261, 3757))
"""Paced stress test (SCT 428685003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExerciseStressTest,
    PharmacologicStressTest,
    PharmacologicAndExerciseStressTest,
    PacedStressTest,
)
"""The resolved membership: own members, then those of the included groups, in order."""
