"""CID 8133 Tissue Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.950.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NominalEmptyTileSuppression: _Final[_groups.Cid8133Code]
HighThresholdEmptyTileSuppression: _Final[_groups.Cid8133Code]
NoEmptyTileSuppression: _Final[_groups.Cid8133Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8133Code]]
