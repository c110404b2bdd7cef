"""CID 3774 Social History.

Extensible, version 20220922, UID 1.2.840.10008.6.1.262.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3774
NAME: Final[str] = "Social History"
KEYWORD: Final[str | None] = "SocialHistory"
UID: Final[str | None] = "1.2.840.10008.6.1.262"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TobaccoSmokingBehavior: Final[Code] = Code("SCT", "365981007", "Tobacco Smoking Behavior", (3774,))
"""Tobacco Smoking Behavior (SCT 365981007)."""

DrugMisuseBehavior: Final[Code] = Code("SCT", "228366006", "Drug misuse behavior", (3774,))
"""Drug misuse behavior (SCT 228366006)."""

Exercise: Final[Code] = Code("SCT", "256235009", "Exercise", (3774,))
"""Exercise (SCT 256235009)."""

Nutrition: Final[Code] = Code("SCT", "364393001", "Nutrition", (3774,))
"""Nutrition (SCT 364393001)."""

AlcoholConsumption: Final[Code] = Code("SCT", "897148007", "Alcohol consumption", (3774,))
"""Alcohol consumption (SCT 897148007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TobaccoSmokingBehavior,
    DrugMisuseBehavior,
    Exercise,
    Nutrition,
    AlcoholConsumption,
)
"""The resolved membership: own members, then those of the included groups, in order."""
