"""CID 12238 Wall Motion Scoring Scheme.

Extensible, version 20050321, UID 1.2.840.10008.6.1.629.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V4PointSegmentFindingScale: _Final[_groups.Cid12238Code]
V5PointSegmentFindingScale: _Final[_groups.Cid12238Code]
V5PointSegmentFindingScaleWithGradedHypokinesis: _Final[_groups.Cid12238Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12238Code]]
