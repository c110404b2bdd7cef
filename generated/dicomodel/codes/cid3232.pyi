"""CID 3232 ST Segment Location.

Extensible, version 20091021, UID 1.2.840.10008.6.1.778.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleAnteriorSegment: _Final[_groups.Cid3232Code]
LeftVentricleInferiorSegment: _Final[_groups.Cid3232Code]
LeftVentricleLateralSegment: _Final[_groups.Cid3232Code]
LeftVentricleSeptalSegment: _Final[_groups.Cid3232Code]
LeftVentricleApicalSegment: _Final[_groups.Cid3232Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3232Code]]
