"""CID 4017 Anatomic Region Modifier for Intra-oral Radiography.

Non-extensible, version 20150318, UID 1.2.840.10008.6.1.301.

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
CentralIncisorRegion: _Final[_groups.Cid4017Code]
LateralIncisorRegion: _Final[_groups.Cid4017Code]
CanineRegion: _Final[_groups.Cid4017Code]
FirstPremolarRegion: _Final[_groups.Cid4017Code]
SecondPremolarRegion: _Final[_groups.Cid4017Code]
FirstMolarRegion: _Final[_groups.Cid4017Code]
SecondMolarRegion: _Final[_groups.Cid4017Code]
ThirdMolarRegion: _Final[_groups.Cid4017Code]
MEMBERS: _Final[tuple[_groups.Cid4017Code, ...]]
