"""CID 1005 Anatomical Reference Basis - Abdomen/Pelvis.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1126.

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
Acetabulum: _Final[_Code]
AdrenalGland: _Final[_Code]
CommonIliacArteryBifurcation: _Final[_Code]
FemoralHead: _Final[_Code]
HipJoint: _Final[_Code]
IliacCrest: _Final[_Code]
Ischium: _Final[_Code]
Kidney: _Final[_Code]
LesserTrochanter: _Final[_Code]
Liver: _Final[_Code]
Pancreas: _Final[_Code]
Sacrum: _Final[_Code]
SymphysisPubis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
