"""CID 3115 Stress Imaging Quality Issue.

Extensible, version 20080927, UID 1.2.840.10008.6.1.747.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3115
NAME: Final[str] = "Stress Imaging Quality Issue"
KEYWORD: Final[str | None] = "StressImagingQualityIssue"
UID: Final[str | None] = "1.2.840.10008.6.1.747"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MotionBlur: Final[Code] = Code("DCM", "111210", "Motion blur", (3115, 6041, 6135, 7011))
"""Motion blur (DCM 111210)."""

BodyHabitusAttenuation: Final[Code] = Code("DCM", "122743", "Body habitus attenuation", (3115,))
"""Body habitus attenuation (DCM 122743)."""

BreastAttenuation: Final[Code] = Code("DCM", "122744", "Breast attenuation", (3115,))
"""Breast attenuation (DCM 122744)."""

DiaphragmaticAttenuation: Final[Code] = Code("DCM", "122745", "Diaphragmatic attenuation", (3115,))
"""Diaphragmatic attenuation (DCM 122745)."""

SubdiaphragmaticUptake: Final[Code] = Code("SCT", "429382003", "Subdiaphragmatic uptake", (3115,))
"""Subdiaphragmatic uptake (SCT 429382003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MotionBlur,
    BodyHabitusAttenuation,
    BreastAttenuation,
    DiaphragmaticAttenuation,
    SubdiaphragmaticUptake,
)
"""The resolved membership: own members, then those of the included groups, in order."""
