"""CID 10068 Estimate Method Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1162.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MonteCarloMethod: _Final[_groups.Cid10068Code]
TabularDataAlgorithm: _Final[_groups.Cid10068Code]
AnalyticalAlgorithm: _Final[_groups.Cid10068Code]
EmpiricalAlgorithm: _Final[_groups.Cid10068Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10068Code]]
