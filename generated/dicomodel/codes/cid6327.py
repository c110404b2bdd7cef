"""CID 6327 Prostate Imaging Indication.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1384.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6327
NAME: Final[str] = "Prostate Imaging Indication"
KEYWORD: Final[str | None] = "ProstateImagingIndication"
UID: Final[str | None] = "1.2.840.10008.6.1.1384"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ActiveSurveillanceOfProstateCancer: Final[Code] = Code(
    "DCM", "130589", "Active surveillance of prostate cancer", (6327,)
)
"""Active surveillance of prostate cancer (DCM 130589)."""

FamilyHistoryOfProstateCancer: Final[Code] = Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

Staging: Final[Code] = Code("SCT", "373825000", "Staging", (3629, 6327))
"""Staging (SCT 373825000)."""

AssessChange: Final[Code] = Code("DCM", "130590", "Assess change", (6327,))
"""Assess change (DCM 130590)."""

ElevatedProstateSpecificAntigen: Final[Code] = Code(
    "I10", "R97.20", "Elevated Prostate Specific Antigen", (6327,)
)
"""Elevated Prostate Specific Antigen (I10 R97.20)."""

ReviewOfAnOutsideStudy: Final[Code] = Code(
    "DCM", "111418", "Review of an outside study", (6051, 6327)
)
"""Review of an outside study (DCM 111418)."""

Brachytherapy: Final[Code] = Code("SCT", "384692006", "Brachytherapy", (6051, 6327))
"""Brachytherapy (SCT 384692006)."""

PreBiopsyLocalizationOfProstateLesion: Final[Code] = Code(
    "DCM", "130588", "Pre-biopsy localization of prostate lesion", (6327,)
)
"""Pre-biopsy localization of prostate lesion (DCM 130588)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ActiveSurveillanceOfProstateCancer,
    FamilyHistoryOfProstateCancer,
    Staging,
    AssessChange,
    ElevatedProstateSpecificAntigen,
    ReviewOfAnOutsideStudy,
    Brachytherapy,
    PreBiopsyLocalizationOfProstateLesion,
)
"""The resolved membership: own members, then those of the included groups, in order."""
