"""CID 4262 Retinal Thickness Definition.

Extensible, version 20110825, UID 1.2.840.10008.6.1.938.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RetinalNerveFiberLayerThickness: _Final[_groups.Cid4262Code]
GanglionCellComplexThickness: _Final[_groups.Cid4262Code]
TotalRetinalThicknessILMToISOS: _Final[_groups.Cid4262Code]
TotalRetinalThicknessILMToRPE: _Final[_groups.Cid4262Code]
TotalRetinalThicknessILMToBM: _Final[_groups.Cid4262Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4262Code]]
