"""CID 3736 NYHA Classification.

Extensible, version 20070827, UID 1.2.840.10008.6.1.233.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NYHAClassI: _Final[_groups.Cid3736Code]
NYHAClassII: _Final[_groups.Cid3736Code]
NYHAClassIII: _Final[_groups.Cid3736Code]
NYHAClassIV: _Final[_groups.Cid3736Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3736Code]]
