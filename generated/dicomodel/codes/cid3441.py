"""CID 3441 Patient Assessment.

Extensible, version 20030327, UID 1.2.840.10008.6.1.94.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3441
NAME: Final[str] = "Patient Assessment"
KEYWORD: Final[str | None] = "PatientAssessment"
UID: Final[str | None] = "1.2.840.10008.6.1.94"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacRhythm: Final[Code] = Code("LN", "8884-9", "Cardiac Rhythm", (3441,))
"""Cardiac Rhythm (LN 8884-9)."""

RespirationRhythm: Final[Code] = Code("LN", "9304-7", "Respiration Rhythm", (3441,))
"""Respiration Rhythm (LN 9304-7)."""

SkinConditionAssessment: Final[Code] = Code(
    "SCT", "364528001", "Skin condition assessment", (3441,)
)
"""Skin condition assessment (SCT 364528001)."""

RespirationAssessment: Final[Code] = Code("SCT", "364062005", "Respiration assessment", (3441,))
"""Respiration assessment (SCT 364062005)."""

PatientMentalStateAssessment: Final[Code] = Code(
    "SCT", "363871006", "Patient mental state assessment", (3441,)
)
"""Patient mental state assessment (SCT 363871006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiacRhythm,
    RespirationRhythm,
    SkinConditionAssessment,
    RespirationAssessment,
    PatientMentalStateAssessment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
