"""CID 3817 Vascular Sclerosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.275.

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
AdventitialDegeneration: _Final[_Code]
ArteriosclerosisWithFibrinoidNecrosis: _Final[_Code]
Arteriolosclerosis: _Final[_Code]
Arteriosclerosis: _Final[_Code]
Atheroma: _Final[_Code]
AtheroscleroticFibrousPlaque: _Final[_Code]
CalcifiedAtheromatousPlaque: _Final[_Code]
ComplicatedAtheromatousPlaque: _Final[_Code]
CysticMedicalNecrosis: _Final[_Code]
ElasticVascularSclerosis: _Final[_Code]
FattyStreaks: _Final[_Code]
Fibroelastosis: _Final[_Code]
DiffuseFibroelastosis: _Final[_Code]
FocalFibroelastosis: _Final[_Code]
Phlebosclerosis: _Final[_Code]
UlceratedAtheromatousPlaque: _Final[_Code]
VascularWallDegeneration: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
