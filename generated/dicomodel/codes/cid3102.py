"""CID 3102 Rest/Stress State.

Extensible, version 20080927, UID 1.2.840.10008.6.1.738.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3102
NAME: Final[str] = "Rest/Stress State"
KEYWORD: Final[str | None] = "RestStressState"
UID: Final[str | None] = "1.2.840.10008.6.1.738"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RestingState: Final[Code] = Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

CardiacStressState: Final[Code] = Code("DCM", "109091", "Cardiac Stress State", (3102,))
"""Cardiac Stress State (DCM 109091)."""

MEMBERS: Final[tuple[Code, ...]] = (RestingState, CardiacStressState)
"""The resolved membership: own members, then those of the included groups, in order."""
