"""CID 12232 Myocardium Mass Method.

Extensible, version 20100317, UID 1.2.840.10008.6.1.623.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftVentricleMassByMMode: _Final[_groups.Cid12232Code]
LeftVentricleMassByTruncatedEllipse: _Final[_groups.Cid12232Code]
LeftVentricleMassByAreaLength: _Final[_groups.Cid12232Code]
LeftVentricleMassByMModeAdjustedByHeight: _Final[_groups.Cid12232Code]
LeftVentricleMassByTruncatedEllipseAdjustedByHeight: _Final[_groups.Cid12232Code]
LeftVentricleMassByAreaLengthAdjustedByHeight: _Final[_groups.Cid12232Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12232Code]]
