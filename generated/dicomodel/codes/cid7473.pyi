"""CID 7473 General Area Calculation Method.

Extensible, version 20070827, UID 1.2.840.10008.6.1.527.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AreaOfClosedIrregularPolygon: _Final[_groups.Cid7473Code]
AreaOfAClosedNURBS: _Final[_groups.Cid7473Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7473Code]]
