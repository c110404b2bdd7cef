"""CID 12322 Elastography Measurement Site.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1449.
Includes CID 7170.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Background: _Final[_groups.Cid12322Code]
ThyroidNodule: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentI: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentII: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentIII: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentIV: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentV: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentVI: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentVII: _Final[_groups.Cid12322Code]
CouinaudHepaticSegmentVIII: _Final[_groups.Cid12322Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12322Code]]
