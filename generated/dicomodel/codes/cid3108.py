"""CID 3108 NM/PET Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.741.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3108
NAME: _Final[str] = "NM/PET Procedure"
KEYWORD: _Final[str | None] = "NMPETProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.741"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NuclearMedicineCardiovascularStudy: _Final[_Code] = _Code(
    "SCT", "108294005", "Nuclear medicine cardiovascular study", (3108, 3206, 3757)
)
"""Nuclear medicine cardiovascular study (SCT 108294005)."""

PETHeartStudy: _Final[_Code] = _Code("SCT", "241439007", "PET heart study", (3108, 3206, 3757))
"""PET heart study (SCT 241439007)."""

RadioisotopeStudyOfEndocrineSystem: _Final[_Code] = _Code(
    "SCT", "7562007", "Radioisotope study of endocrine system", (3108,)
)
"""Radioisotope study of endocrine system (SCT 7562007)."""

RadioisotopeStudyOfHematopoieticSystem: _Final[_Code] = _Code(
    "SCT", "41842006", "Radioisotope study of hematopoietic system", (3108,)
)
"""Radioisotope study of hematopoietic system (SCT 41842006)."""

RadioisotopeStudyOfGastrointestinalSystem: _Final[_Code] = _Code(
    "SCT", "53585008", "Radioisotope study of gastrointestinal system", (3108,)
)
"""Radioisotope study of gastrointestinal system (SCT 53585008)."""

RadionuclideStudyForLocalizationOfInflammatoryDisease: _Final[_Code] = _Code(
    "SCT", "252680004", "Radionuclide study for localization of inflammatory disease", (3108,)
)
"""Radionuclide study for localization of inflammatory disease (SCT 252680004)."""

RadioisotopeStudyOfMusculoskeletalSystem: _Final[_Code] = _Code(
    "SCT", "68796002", "Radioisotope study of musculoskeletal system", (3108,)
)
"""Radioisotope study of musculoskeletal system (SCT 68796002)."""

RadionuclideLocalizationOfTumor: _Final[_Code] = _Code(
    "SCT", "45316007", "Radionuclide localization of tumor", (3108,)
)
"""Radionuclide localization of tumor (SCT 45316007)."""

RadioisotopeStudyOfRespiratorySystem: _Final[_Code] = _Code(
    "SCT", "19086005", "Radioisotope study of respiratory system", (3108,)
)
"""Radioisotope study of respiratory system (SCT 19086005)."""

RadioisotopeStudyOfGenitourinarySystem: _Final[_Code] = _Code(
    "SCT", "76927004", "Radioisotope study of genitourinary system", (3108,)
)
"""Radioisotope study of genitourinary system (SCT 76927004)."""

PETBrainStudy: _Final[_Code] = _Code("SCT", "764666002", "PET brain study", (3108,))
"""PET brain study (SCT 764666002)."""

PETBreastStudy: _Final[_Code] = _Code("SCT", "416323006", "PET breast study", (3108,))
"""PET breast study (SCT 416323006)."""

PETStudyForLocalizationOfTumor: _Final[_Code] = _Code(
    "SCT", "241443006", "PET study for localization of tumor", (3108,)
)
"""PET study for localization of tumor (SCT 241443006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NuclearMedicineCardiovascularStudy,
    PETHeartStudy,
    RadioisotopeStudyOfEndocrineSystem,
    RadioisotopeStudyOfHematopoieticSystem,
    RadioisotopeStudyOfGastrointestinalSystem,
    RadionuclideStudyForLocalizationOfInflammatoryDisease,
    RadioisotopeStudyOfMusculoskeletalSystem,
    RadionuclideLocalizationOfTumor,
    RadioisotopeStudyOfRespiratorySystem,
    RadioisotopeStudyOfGenitourinarySystem,
    PETBrainStudy,
    PETBreastStudy,
    PETStudyForLocalizationOfTumor,
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
