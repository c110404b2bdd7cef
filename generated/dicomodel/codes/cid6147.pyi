"""CID 6147 Response Criteria.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1004.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

WHO: _Final[_groups.Cid6147Code]
RECIST1Point0: _Final[_groups.Cid6147Code]
RECIST1Point1: _Final[_groups.Cid6147Code]
RANO: _Final[_groups.Cid6147Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6147Code]]
