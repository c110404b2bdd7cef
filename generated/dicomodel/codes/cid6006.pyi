"""CID 6006 Mammography Margin Characteristic.

Extensible, version 20020904, UID 1.2.840.10008.6.1.336.
Includes CID 6007.

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
CircumscribedLesion: _Final[_groups.Cid6006Code]
MicrolobulatedLesion: _Final[_groups.Cid6006Code]
ObscuredLesion: _Final[_groups.Cid6006Code]
IndistinctLesion: _Final[_groups.Cid6006Code]
SpiculatedLesion: _Final[_groups.Cid6006Code]
AngularMargins: _Final[_groups.Cid6006Code]
MEMBERS: _Final[tuple[_groups.Cid6006Code, ...]]
