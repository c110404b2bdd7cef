"""CID 3807 Volume Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.268.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AreaBasedMethod: _Final[_groups.Cid3807Code]
DiameterBasedMethod: _Final[_groups.Cid3807Code]
VolumeBasedMethod: _Final[_groups.Cid3807Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3807Code]]
