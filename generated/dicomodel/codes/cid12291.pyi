"""CID 12291 Cardiac Ultrasound Aorta Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.871.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid12291Code, ...]]
