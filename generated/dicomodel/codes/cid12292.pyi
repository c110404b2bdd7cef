"""CID 12292 Cardiac Ultrasound Coronary Artery Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.872.

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
LeftMainCoronaryArtery: _Final[_Code]
CircumflexCoronaryArtery: _Final[_Code]
ProximalCircumflexCoronaryArtery: _Final[_Code]
MidCircumflexCoronaryArtery: _Final[_Code]
DistalCircumflexCoronaryArtery: _Final[_Code]
AnteriorDescendingBranchOfLeftCoronaryArtery: _Final[_Code]
SeptalArtery: _Final[_Code]
RightCoronaryArtery: _Final[_Code]
PosteriorDescendingCoronaryArtery: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
