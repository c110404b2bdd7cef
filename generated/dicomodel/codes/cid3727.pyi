"""CID 3727 Catheterization Indication.

Extensible, version 20111028, UID 1.2.840.10008.6.1.227.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CardiogenicShock: _Final[_groups.Cid3727Code]
ValvularHeartDisease: _Final[_groups.Cid3727Code]
Arrhythmia: _Final[_groups.Cid3727Code]
IschemicHeartDisease: _Final[_groups.Cid3727Code]
CardiacFunctionTestAbnormal: _Final[_groups.Cid3727Code]
HeartTransplant: _Final[_groups.Cid3727Code]
HeartDiseaseCongenital: _Final[_groups.Cid3727Code]
Cardiomyopathy: _Final[_groups.Cid3727Code]
HeartDisease: _Final[_groups.Cid3727Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3727Code]]
