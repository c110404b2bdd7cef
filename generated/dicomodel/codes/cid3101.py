"""CID 3101 Cardiac Procedural State Value.

Extensible, version 20091021, UID 1.2.840.10008.6.1.52.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3101
NAME: Final[str] = "Cardiac Procedural State Value"
KEYWORD: Final[str | None] = "CardiacProceduralStateValue"
UID: Final[str | None] = "1.2.840.10008.6.1.52"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20091021"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RestingState: Final[Code] = Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

CardiacStressState: Final[Code] = Code("SCT", "432655005", "Cardiac Stress State", (3101, 3207))
"""Cardiac Stress State (SCT 432655005)."""

ReinjectionState: Final[Code] = Code("DCM", "109092", "Reinjection State", (3101,))
"""Reinjection State (DCM 109092)."""

RedistributionState: Final[Code] = Code("DCM", "109093", "Redistribution State", (3101,))
"""Redistribution State (DCM 109093)."""

DelayedRedistributionState: Final[Code] = Code(
    "DCM", "109094", "Delayed Redistribution State", (3101,)
)
"""Delayed Redistribution State (DCM 109094)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RestingState,
    CardiacStressState,
    ReinjectionState,
    RedistributionState,
    DelayedRedistributionState,
)
"""The resolved membership: own members, then those of the included groups, in order."""
