"""CID 6101 Chest Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.421.

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
AbnormalLines1D: _Final[_groups.Cid6101Code]
AbnormalOpacity: _Final[_groups.Cid6101Code]
AbnormalLucency: _Final[_groups.Cid6101Code]
AbnormalCalcifications: _Final[_groups.Cid6101Code]
AbnormalTexture: _Final[_groups.Cid6101Code]
RadiographicAnatomy: _Final[_groups.Cid6101Code]
NonLesion: _Final[_groups.Cid6101Code]
ImageQuality: _Final[_groups.Cid6101Code]
SelectedRegion: _Final[_groups.Cid6101Code]
MEMBERS: _Final[tuple[_groups.Cid6101Code, ...]]
