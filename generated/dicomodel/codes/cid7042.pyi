"""CID 7042 CMDCTECC Calcium Scoring Patient Size Category.

Non-extensible, version 20100127, UID 1.2.840.10008.6.1.825.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SmallLesserThan32Point0cmLateralThickness: _Final[_groups.Cid7042Code]
Medium32Point0To38Point0cmLateralThickness: _Final[_groups.Cid7042Code]
LargeGreaterThan38Point0cmLateralThickness: _Final[_groups.Cid7042Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7042Code]]
