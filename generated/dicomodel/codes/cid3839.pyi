"""CID 3839 Coronary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.289.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AzygosVein: _Final[_groups.Cid3839Code]
CoronarySinus: _Final[_groups.Cid3839Code]
GreatCardiacVein: _Final[_groups.Cid3839Code]
SmallCardiacVein: _Final[_groups.Cid3839Code]
AnteriorCardiacVein: _Final[_groups.Cid3839Code]
AtrialVein: _Final[_groups.Cid3839Code]
AtrioventricularVein: _Final[_groups.Cid3839Code]
MiddleCardiacVein: _Final[_groups.Cid3839Code]
VentricularVein: _Final[_groups.Cid3839Code]
SmallestCardiacVein: _Final[_groups.Cid3839Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3839Code]]
