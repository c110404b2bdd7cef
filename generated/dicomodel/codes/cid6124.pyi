"""CID 6124 Location in Chest.

Extensible, version 20030108, UID 1.2.840.10008.6.1.444.
Includes CID 6125, CID 6126, CID 6127.

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
Central: _Final[_Code]
Peripheral: _Final[_Code]
Apical: _Final[_Code]
Basal: _Final[_Code]
Subpleural: _Final[_Code]
UpperZoneOfLung: _Final[_Code]
MiddleZoneOfLung: _Final[_Code]
LowerZoneOfLung: _Final[_Code]
UpperLobeOfLung: _Final[_Code]
MiddleLobeOfRightLung: _Final[_Code]
LowerLobeOfLung: _Final[_Code]
AnteriorSegmentOfRightUpperLobe: _Final[_Code]
AnteriorSegmentOfLeftUpperLobe: _Final[_Code]
PosteriorSegmentOfRightUpperLobe: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
