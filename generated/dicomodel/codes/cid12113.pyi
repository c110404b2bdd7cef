"""CID 12113 Abdominopelvic Vein (Paired).

Extensible, version 20200310, UID 1.2.840.10008.6.1.580.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CommonIliacVein: _Final[_groups.Cid12113Code]
GastricVein: _Final[_groups.Cid12113Code]
IlealVein: _Final[_groups.Cid12113Code]
OvarianVein: _Final[_groups.Cid12113Code]
TesticularVein: _Final[_groups.Cid12113Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12113Code]]
