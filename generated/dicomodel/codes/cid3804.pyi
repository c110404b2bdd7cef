"""CID 3804 Stenosis Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.265.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NASCET: _Final[_groups.Cid3804Code]
ECST: _Final[_groups.Cid3804Code]
AreaBasedMethod: _Final[_groups.Cid3804Code]
DiameterBasedMethod: _Final[_groups.Cid3804Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3804Code]]
