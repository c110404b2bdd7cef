"""CID 3467 Ejection Fraction.

Extensible, version 20040614, UID 1.2.840.10008.6.1.109.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricularEjectionFractionByAngiography: _Final[_groups.Cid3467Code]
RightVentricularEjectionFractionByAngiography: _Final[_groups.Cid3467Code]
LeftAtrialEjectionFractionByAngiography: _Final[_groups.Cid3467Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3467Code]]
