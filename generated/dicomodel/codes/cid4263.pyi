"""CID 4263 Ophthalmic Thickness Map Value Type.

Extensible, version 20110825, UID 1.2.840.10008.6.1.939.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbsoluteOphthalmicThickness: _Final[_groups.Cid4263Code]
ThicknessDeviationCategoryFromNormativeData: _Final[_groups.Cid4263Code]
ThicknessDeviationFromNormativeData: _Final[_groups.Cid4263Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4263Code]]
