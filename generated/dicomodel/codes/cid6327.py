"""CID 6327 Prostate Imaging Indication.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1384.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6327
NAME: _Final[str] = "Prostate Imaging Indication"
KEYWORD: _Final[str | None] = "ProstateImagingIndication"
UID: _Final[str | None] = "1.2.840.10008.6.1.1384"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ActiveSurveillanceOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "130589", "Active surveillance of prostate cancer", (6327,)
)
"""Active surveillance of prostate cancer (DCM 130589)."""

FamilyHistoryOfProstateCancer: _Final[_Code] = _Code(
    "DCM", "111562", "Family history of prostate cancer", (6081, 6322, 6327)
)
"""Family history of prostate cancer (DCM 111562)."""

Staging: _Final[_Code] = _Code("SCT", "373825000", "Staging", (3629, 6327))
"""Staging (SCT 373825000)."""

AssessChange: _Final[_Code] = _Code("DCM", "130590", "Assess change", (6327,))
"""Assess change (DCM 130590)."""

ElevatedProstateSpecificAntigen: _Final[_Code] = _Code(
    "I10", "R97.20", "Elevated Prostate Specific Antigen", (6327,)
)
"""Elevated Prostate Specific Antigen (I10 R97.20)."""

ReviewOfAnOutsideStudy: _Final[_Code] = _Code(
    "DCM", "111418", "Review of an outside study", (6051, 6327)
)
"""Review of an outside study (DCM 111418)."""

Brachytherapy: _Final[_Code] = _Code("SCT", "384692006", "Brachytherapy", (6051, 6327))
"""Brachytherapy (SCT 384692006)."""

PreBiopsyLocalizationOfProstateLesion: _Final[_Code] = _Code(
    "DCM", "130588", "Pre-biopsy localization of prostate lesion", (6327,)
)
"""Pre-biopsy localization of prostate lesion (DCM 130588)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
