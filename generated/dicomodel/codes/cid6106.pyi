"""CID 6106 Abnormal Texture Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.426.

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
NodularPattern: _Final[_Code]
ReticulonodularPattern: _Final[_Code]
AbnormalInterstitialPattern: _Final[_Code]
GranularPattern: _Final[_Code]
HoneycombPattern: _Final[_Code]
MiliaryPattern: _Final[_Code]
MosaicPattern: _Final[_Code]
ReticularPattern: _Final[_Code]
SmallIrregularOpacities: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
