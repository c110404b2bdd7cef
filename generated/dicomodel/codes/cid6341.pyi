"""CID 6341 MRI Margin Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1398.
Includes CID 6342.

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
CircumscribedLesion: _Final[_Code]
NonCircumscribedMargin: _Final[_Code]
IndistinctLesion: _Final[_Code]
ObscuredLesion: _Final[_Code]
Irregular: _Final[_Code]
SpiculatedLesion: _Final[_Code]
Encapsulated: _Final[_Code]
ErasedCharcoalSign: _Final[_Code]
PartiallyEncapsulated: _Final[_Code]
CompletelyEncapsulated: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
