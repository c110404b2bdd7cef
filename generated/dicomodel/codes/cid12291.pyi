"""CID 12291 Cardiac Ultrasound Aorta Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.871.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RootOfAorta: _Final[_groups.Cid12291Code]
StructureSinusOfValsalva: _Final[_groups.Cid12291Code]
LeftSinusOfValsalva: _Final[_groups.Cid12291Code]
RightSinusOfValsalva: _Final[_groups.Cid12291Code]
NonCoronarySinus: _Final[_groups.Cid12291Code]
AorticSinotubularJunction: _Final[_groups.Cid12291Code]
AscendingAorta: _Final[_groups.Cid12291Code]
AorticArch: _Final[_groups.Cid12291Code]
AorticIsthmus: _Final[_groups.Cid12291Code]
CoarctationOfAorta: _Final[_groups.Cid12291Code]
ThoracicAorta: _Final[_groups.Cid12291Code]
AbdominalAorta: _Final[_groups.Cid12291Code]
SupraRenalAorta: _Final[_groups.Cid12291Code]
InfraRenalAorta: _Final[_groups.Cid12291Code]
InnominateArtery: _Final[_groups.Cid12291Code]
RightCommonCarotidArtery: _Final[_groups.Cid12291Code]
RightSubclavianArtery: _Final[_groups.Cid12291Code]
LeftCommonCarotidArtery: _Final[_groups.Cid12291Code]
LeftSubclavianArtery: _Final[_groups.Cid12291Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12291Code]]
