"""CID 6137 CAD Analysis Type.

Extensible, version 20030108, UID 1.2.840.10008.6.1.457.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SpatialCollocationAnalysis: _Final[_groups.Cid6137Code]
SpatialProximityAnalysis: _Final[_groups.Cid6137Code]
TemporalCorrelation: _Final[_groups.Cid6137Code]
ImageQualityAnalysis: _Final[_groups.Cid6137Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6137Code]]
