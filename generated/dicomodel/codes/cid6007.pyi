"""CID 6007 Margin Characteristic from BI-RADS®.

Extensible, version 20050822, UID 1.2.840.10008.6.1.337.

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
CircumscribedLesion: _Final[_groups.Cid6007Code]
MicrolobulatedLesion: _Final[_groups.Cid6007Code]
ObscuredLesion: _Final[_groups.Cid6007Code]
IndistinctLesion: _Final[_groups.Cid6007Code]
SpiculatedLesion: _Final[_groups.Cid6007Code]
AngularMargins: _Final[_groups.Cid6007Code]
MEMBERS: _Final[tuple[_groups.Cid6007Code, ...]]
