"""CID 3108 NM/PET Procedure.

Extensible, version 20240611, UID 1.2.840.10008.6.1.741.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3108Code]]
