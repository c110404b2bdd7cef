"""CID 3758 Cardiovascular Family History.

Extensible, version 20111028, UID 1.2.840.10008.6.1.253.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FamilyHistoryOfCardiovascularDisease: _Final[_groups.Cid3758Code]
FamilyHistoryOfDiabetesMellitus: _Final[_groups.Cid3758Code]
FamilyHistoryOfMyocardialInfarction: _Final[_groups.Cid3758Code]
FamilyHistoryOfCoronaryArteriosclerosis: _Final[_groups.Cid3758Code]
NoFamilyHistoryOfDiabetes: _Final[_groups.Cid3758Code]
NoFamilyHistoryOfCardiovascularDisease: _Final[_groups.Cid3758Code]
FamilyHistoryUnknown: _Final[_groups.Cid3758Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3758Code]]
