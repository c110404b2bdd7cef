"""CID 12131 Organ Part (Lateralized).

Extensible, version 20200310, UID 1.2.840.10008.6.1.1317.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftLobeOfThyroid: _Final[_groups.Cid12131Code]
RightLobeOfThyroid: _Final[_groups.Cid12131Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12131Code]]
