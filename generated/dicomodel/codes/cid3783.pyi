"""CID 3783 Left Ventricle Midlevel Wall 6 Segments.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1415.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleMidAnteriorSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidAnteroseptalSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidInferoseptalSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidInferiorSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidInferolateralSegment: _Final[_groups.Cid3783Code]
LeftVentricleMidAnterolateralSegment: _Final[_groups.Cid3783Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3783Code]]
