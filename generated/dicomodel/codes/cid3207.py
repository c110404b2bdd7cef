"""CID 3207 Stress Test Procedure Phase.

Extensible, version 20081031, UID 1.2.840.10008.6.1.637.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3207
NAME: Final[str] = "Stress Test Procedure Phase"
KEYWORD: Final[str | None] = "StressTestProcedurePhase"
UID: Final[str | None] = "1.2.840.10008.6.1.637"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20081031"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RestingState: Final[Code] = Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

CardiacStressState: Final[Code] = Code("SCT", "432655005", "Cardiac stress state", (3101, 3207))
"""Cardiac stress state (SCT 432655005)."""

PeakCardiacStressState: Final[Code] = Code("SCT", "434161005", "Peak cardiac stress state", (3207,))
"""Peak cardiac stress state (SCT 434161005)."""

CardiacStressRecoveryState: Final[Code] = Code(
    "SCT", "432554001", "Cardiac stress recovery state", (3207,)
)
"""Cardiac stress recovery state (SCT 432554001)."""

Hyperventilation: Final[Code] = Code("SCT", "68978004", "Hyperventilation", (3038, 3207))
"""Hyperventilation (SCT 68978004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RestingState,
    CardiacStressState,
    PeakCardiacStressState,
    CardiacStressRecoveryState,
    Hyperventilation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
