"""CID 3108 NM/PET Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.741.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
NuclearMedicineCardiovascularStudy: _Final[_Code]
PETHeartStudy: _Final[_Code]
RadioisotopeStudyOfEndocrineSystem: _Final[_Code]
RadioisotopeStudyOfHematopoieticSystem: _Final[_Code]
RadioisotopeStudyOfGastrointestinalSystem: _Final[_Code]
RadionuclideStudyForLocalizationOfInflammatoryDisease: _Final[_Code]
RadioisotopeStudyOfMusculoskeletalSystem: _Final[_Code]
RadionuclideLocalizationOfTumor: _Final[_Code]
RadioisotopeStudyOfRespiratorySystem: _Final[_Code]
RadioisotopeStudyOfGenitourinarySystem: _Final[_Code]
PETBrainStudy: _Final[_Code]
PETBreastStudy: _Final[_Code]
PETStudyForLocalizationOfTumor: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
