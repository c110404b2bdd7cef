"""CID 12292 Cardiac Ultrasound Coronary Artery Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.872.

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
LeftMainCoronaryArtery: _Final[_groups.Cid12292Code]
CircumflexCoronaryArtery: _Final[_groups.Cid12292Code]
ProximalCircumflexCoronaryArtery: _Final[_groups.Cid12292Code]
MidCircumflexCoronaryArtery: _Final[_groups.Cid12292Code]
DistalCircumflexCoronaryArtery: _Final[_groups.Cid12292Code]
AnteriorDescendingBranchOfLeftCoronaryArtery: _Final[_groups.Cid12292Code]
SeptalArtery: _Final[_groups.Cid12292Code]
RightCoronaryArtery: _Final[_groups.Cid12292Code]
PosteriorDescendingCoronaryArtery: _Final[_groups.Cid12292Code]
MEMBERS: _Final[tuple[_groups.Cid12292Code, ...]]
