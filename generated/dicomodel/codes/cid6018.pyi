"""CID 6018 Clockface Location or Region.

Extensible, version 20020904, UID 1.2.840.10008.6.1.348.
Includes CID 6019.

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
ChestWall: _Final[_groups.Cid6018Code]
_1OClockPosition: _Final[_groups.Cid6018Code]
_2OClockPosition: _Final[_groups.Cid6018Code]
_3OClockPosition: _Final[_groups.Cid6018Code]
_4OClockPosition: _Final[_groups.Cid6018Code]
_5OClockPosition: _Final[_groups.Cid6018Code]
_6OClockPosition: _Final[_groups.Cid6018Code]
_7OClockPosition: _Final[_groups.Cid6018Code]
_8OClockPosition: _Final[_groups.Cid6018Code]
_9OClockPosition: _Final[_groups.Cid6018Code]
_10OClockPosition: _Final[_groups.Cid6018Code]
_11OClockPosition: _Final[_groups.Cid6018Code]
_12OClockPosition: _Final[_groups.Cid6018Code]
SubareolarRegion: _Final[_groups.Cid6018Code]
AxillaryTailRegion: _Final[_groups.Cid6018Code]
CentralRegionOfBreast: _Final[_groups.Cid6018Code]
AxillaRegion: _Final[_groups.Cid6018Code]
MEMBERS: _Final[tuple[_groups.Cid6018Code, ...]]
