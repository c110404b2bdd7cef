"""CID 6342 Prostate MRI Margin Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1399.

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
CircumscribedLesion: _Final[_groups.Cid6342Code]
NonCircumscribedMargin: _Final[_groups.Cid6342Code]
IndistinctLesion: _Final[_groups.Cid6342Code]
ObscuredLesion: _Final[_groups.Cid6342Code]
Irregular: _Final[_groups.Cid6342Code]
SpiculatedLesion: _Final[_groups.Cid6342Code]
Encapsulated: _Final[_groups.Cid6342Code]
ErasedCharcoalSign: _Final[_groups.Cid6342Code]
PartiallyEncapsulated: _Final[_groups.Cid6342Code]
CompletelyEncapsulated: _Final[_groups.Cid6342Code]
MEMBERS: _Final[tuple[_groups.Cid6342Code, ...]]
