"""CID 7703 Association Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1015.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SuperiorLongitudinalFasciculus: _Final[_groups.Cid7703Code]
SuperiorLongitudinalFasciculusI: _Final[_groups.Cid7703Code]
SuperiorLongitudinalFasciculusII: _Final[_groups.Cid7703Code]
SuperiorLongitudinalFasciculusIII: _Final[_groups.Cid7703Code]
ArcuateFasciculus: _Final[_groups.Cid7703Code]
InferiorLongitudinalFasciculus: _Final[_groups.Cid7703Code]
SuperiorFrontoOccipitalFasciculus: _Final[_groups.Cid7703Code]
InferiorFrontoOccipitalFasciculus: _Final[_groups.Cid7703Code]
UncinateFasciculus: _Final[_groups.Cid7703Code]
VerticalOccipitalFasciculus: _Final[_groups.Cid7703Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7703Code]]
