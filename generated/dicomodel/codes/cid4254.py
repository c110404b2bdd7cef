"""CID 4254 Visual Field Static Perimetry Test Analysis Result.

Extensible, version 20100827, UID 1.2.840.10008.6.1.913.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4254
NAME: Final[str] = "Visual Field Static Perimetry Test Analysis Result"
KEYWORD: Final[str | None] = "VisualFieldStaticPerimetryTestAnalysisResult"
UID: Final[str | None] = "1.2.840.10008.6.1.913"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OutsideNormalLimits: Final[Code] = Code("DCM", "111847", "Outside normal limits", (4254,))
"""Outside normal limits (DCM 111847)."""

Borderline: Final[Code] = Code("DCM", "111848", "Borderline", (4254,))
"""Borderline (DCM 111848)."""

AbnormallyHighSensitivity: Final[Code] = Code(
    "DCM", "111849", "Abnormally high sensitivity", (4254,)
)
"""Abnormally high sensitivity (DCM 111849)."""

GeneralReductionInSensitivity: Final[Code] = Code(
    "DCM", "111850", "General reduction in sensitivity", (4254,)
)
"""General reduction in sensitivity (DCM 111850)."""

BorderlineAndGeneralReductionInSensitivity: Final[Code] = Code(
    "DCM", "111851", "Borderline and general reduction in sensitivity", (4254,)
)
"""Borderline and general reduction in sensitivity (DCM 111851)."""

WithinNormalLimits: Final[Code] = Code("SCT", "125112009", "Within normal limits", (4254,))
"""Within normal limits (SCT 125112009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OutsideNormalLimits,
    Borderline,
    AbnormallyHighSensitivity,
    GeneralReductionInSensitivity,
    BorderlineAndGeneralReductionInSensitivity,
    WithinNormalLimits,
)
"""The resolved membership: own members, then those of the included groups, in order."""
