"""CID 12141 Fetal Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.592.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Aorta: _Final[_groups.Cid12141Code]
DescendingAorta: _Final[_groups.Cid12141Code]
MiddleCerebralArtery: _Final[_groups.Cid12141Code]
PulmonaryVein: _Final[_groups.Cid12141Code]
PulmonaryArtery: _Final[_groups.Cid12141Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12141Code]]
