"""CID 3238 Stress Scoring Scale.

Extensible, version 20080927, UID 1.2.840.10008.6.1.784.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3238
NAME: Final[str] = "Stress Scoring Scale"
KEYWORD: Final[str | None] = "StressScoringScale"
UID: Final[str | None] = "1.2.840.10008.6.1.784"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DukeTreadmillScore: Final[Code] = Code("SCT", "304915008", "Duke treadmill score", (3238,))
"""Duke treadmill score (SCT 304915008)."""

RatioOfAchievedToPredictedMaximalOxygenConsumption: Final[Code] = Code(
    "DCM", "122770", "Ratio of achieved to predicted maximal oxygen consumption", (3238,)
)
"""Ratio of achieved to predicted maximal oxygen consumption (DCM 122770)."""

RatioOfAchievedToPredictedFunctionalCapacity: Final[Code] = Code(
    "DCM", "122771", "Ratio of achieved to predicted functional capacity", (3238,)
)
"""Ratio of achieved to predicted functional capacity (DCM 122771)."""

AerobicIndex: Final[Code] = Code("DCM", "122772", "Aerobic index", (3238,))
"""Aerobic index (DCM 122772)."""

STHRIndex: Final[Code] = Code("DCM", "122773", "ST/HR Index", (3238,))
"""ST/HR Index (DCM 122773)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DukeTreadmillScore,
    RatioOfAchievedToPredictedMaximalOxygenConsumption,
    RatioOfAchievedToPredictedFunctionalCapacity,
    AerobicIndex,
    STHRIndex,
)
"""The resolved membership: own members, then those of the included groups, in order."""
