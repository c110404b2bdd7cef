"""CID 3108 NM/PET Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.741.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
NuclearMedicineCardiovascularStudy: _Final[_groups.Cid3108Code]
PETHeartStudy: _Final[_groups.Cid3108Code]
RadioisotopeStudyOfEndocrineSystem: _Final[_groups.Cid3108Code]
RadioisotopeStudyOfHematopoieticSystem: _Final[_groups.Cid3108Code]
RadioisotopeStudyOfGastrointestinalSystem: _Final[_groups.Cid3108Code]
RadionuclideStudyForLocalizationOfInflammatoryDisease: _Final[_groups.Cid3108Code]
RadioisotopeStudyOfMusculoskeletalSystem: _Final[_groups.Cid3108Code]
RadionuclideLocalizationOfTumor: _Final[_groups.Cid3108Code]
RadioisotopeStudyOfRespiratorySystem: _Final[_groups.Cid3108Code]
RadioisotopeStudyOfGenitourinarySystem: _Final[_groups.Cid3108Code]
PETBrainStudy: _Final[_groups.Cid3108Code]
PETBreastStudy: _Final[_groups.Cid3108Code]
PETStudyForLocalizationOfTumor: _Final[_groups.Cid3108Code]
MEMBERS: _Final[tuple[_groups.Cid3108Code, ...]]
