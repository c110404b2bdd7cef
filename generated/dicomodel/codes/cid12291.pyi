"""CID 12291 Cardiac Ultrasound Aorta Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.871.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
RootOfAorta: _Final[_Code]
StructureSinusOfValsalva: _Final[_Code]
LeftSinusOfValsalva: _Final[_Code]
RightSinusOfValsalva: _Final[_Code]
NonCoronarySinus: _Final[_Code]
AorticSinotubularJunction: _Final[_Code]
AscendingAorta: _Final[_Code]
AorticArch: _Final[_Code]
AorticIsthmus: _Final[_Code]
CoarctationOfAorta: _Final[_Code]
ThoracicAorta: _Final[_Code]
AbdominalAorta: _Final[_Code]
SupraRenalAorta: _Final[_Code]
InfraRenalAorta: _Final[_Code]
InnominateArtery: _Final[_Code]
RightCommonCarotidArtery: _Final[_Code]
RightSubclavianArtery: _Final[_Code]
LeftCommonCarotidArtery: _Final[_Code]
LeftSubclavianArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
