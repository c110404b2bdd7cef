"""CID 7041 Calcium Scoring Patient Size Category.

Extensible, version 20170417, UID 1.2.840.10008.6.1.1174.
Includes CID 7042.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SmallLesserThan32Point0cmLateralThickness: _Final[_groups.Cid7041Code]
Medium32Point0To38Point0cmLateralThickness: _Final[_groups.Cid7041Code]
LargeGreaterThan38Point0cmLateralThickness: _Final[_groups.Cid7041Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7041Code]]
