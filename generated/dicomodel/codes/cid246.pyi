"""CID 246 Relative Laterality.

Non-extensible, version 20190326, UID 1.2.840.10008.6.1.1279.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Ipsilateral: _Final[_groups.Cid246Code]
Contralateral: _Final[_groups.Cid246Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid246Code]]
