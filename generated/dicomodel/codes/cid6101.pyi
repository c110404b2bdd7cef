"""CID 6101 Chest Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.421.

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
AbnormalLines1D: _Final[_Code]
AbnormalOpacity: _Final[_Code]
AbnormalLucency: _Final[_Code]
AbnormalCalcifications: _Final[_Code]
AbnormalTexture: _Final[_Code]
RadiographicAnatomy: _Final[_Code]
NonLesion: _Final[_Code]
ImageQuality: _Final[_Code]
SelectedRegion: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
