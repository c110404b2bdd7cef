"""CID 3418 Lesion Risk.

Extensible, version 20030327, UID 1.2.840.10008.6.1.82.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3418
NAME: Final[str] = "Lesion Risk"
KEYWORD: Final[str | None] = "LesionRisk"
UID: Final[str | None] = "1.2.840.10008.6.1.82"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LowRiskLesion: Final[Code] = Code("NCDR", "111-1", "Low Risk Lesion", (3418,))
"""Low Risk Lesion (NCDR 111-1)."""

ModerateRiskLesion: Final[Code] = Code("NCDR", "111-2", "Moderate Risk Lesion", (3418,))
"""Moderate Risk Lesion (NCDR 111-2)."""

HighRiskLesion: Final[Code] = Code("NCDR", "111-3", "High Risk Lesion", (3418,))
"""High Risk Lesion (NCDR 111-3)."""

MEMBERS: Final[tuple[Code, ...]] = (LowRiskLesion, ModerateRiskLesion, HighRiskLesion)
"""The resolved membership: own members, then those of the included groups, in order."""
