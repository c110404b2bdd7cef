"""CID 12114 Abdominopelvic Vein (Unpaired).

Extensible, version 20170914, UID 1.2.840.10008.6.1.581.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HepaticVein: _Final[_groups.Cid12114Code]
InferiorRightHepaticVein: _Final[_groups.Cid12114Code]
LeftHepaticVein: _Final[_groups.Cid12114Code]
MiddleHepaticVein: _Final[_groups.Cid12114Code]
RightHepaticVein: _Final[_groups.Cid12114Code]
PortalVein: _Final[_groups.Cid12114Code]
LeftMainBranchOfPortalVein: _Final[_groups.Cid12114Code]
RightMainBranchOfPortalVein: _Final[_groups.Cid12114Code]
InferiorMesentericVein: _Final[_groups.Cid12114Code]
InferiorVenaCava: _Final[_groups.Cid12114Code]
SplenicVein: _Final[_groups.Cid12114Code]
SuperiorMesentericVein: _Final[_groups.Cid12114Code]
TransjugularIntrahepaticPortosystemicShunt: _Final[_groups.Cid12114Code]
UmbilicalVein: _Final[_groups.Cid12114Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12114Code]]
