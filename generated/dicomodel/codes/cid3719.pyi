"""CID 3719 Canadian Clinical Classification.

Extensible, version 20070827, UID 1.2.840.10008.6.1.220.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ChestPainNotPresent: _Final[_groups.Cid3719Code]
AnginaClassI: _Final[_groups.Cid3719Code]
AnginaClassII: _Final[_groups.Cid3719Code]
AnginaClassIII: _Final[_groups.Cid3719Code]
AnginaClassIV: _Final[_groups.Cid3719Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3719Code]]
