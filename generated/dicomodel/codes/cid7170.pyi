"""CID 7170 Couinaud Liver Segment.

Extensible, version 20210120, UID 1.2.840.10008.6.1.1358.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CouinaudHepaticSegmentI: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentII: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentIII: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentIV: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentV: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentVI: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentVII: _Final[_groups.Cid7170Code]
CouinaudHepaticSegmentVIII: _Final[_groups.Cid7170Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7170Code]]
