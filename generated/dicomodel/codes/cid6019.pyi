"""CID 6019 Clockface Location or Region from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.349.

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
_1OClockPosition: _Final[_groups.Cid6019Code]
_2OClockPosition: _Final[_groups.Cid6019Code]
_3OClockPosition: _Final[_groups.Cid6019Code]
_4OClockPosition: _Final[_groups.Cid6019Code]
_5OClockPosition: _Final[_groups.Cid6019Code]
_6OClockPosition: _Final[_groups.Cid6019Code]
_7OClockPosition: _Final[_groups.Cid6019Code]
_8OClockPosition: _Final[_groups.Cid6019Code]
_9OClockPosition: _Final[_groups.Cid6019Code]
_10OClockPosition: _Final[_groups.Cid6019Code]
_11OClockPosition: _Final[_groups.Cid6019Code]
_12OClockPosition: _Final[_groups.Cid6019Code]
SubareolarRegion: _Final[_groups.Cid6019Code]
AxillaryTailRegion: _Final[_groups.Cid6019Code]
CentralRegionOfBreast: _Final[_groups.Cid6019Code]
AxillaRegion: _Final[_groups.Cid6019Code]
MEMBERS: _Final[tuple[_groups.Cid6019Code, ...]]
