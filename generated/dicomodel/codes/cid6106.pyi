"""CID 6106 Abnormal Texture Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.426.

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
NodularPattern: _Final[_groups.Cid6106Code]
ReticulonodularPattern: _Final[_groups.Cid6106Code]
AbnormalInterstitialPattern: _Final[_groups.Cid6106Code]
GranularPattern: _Final[_groups.Cid6106Code]
HoneycombPattern: _Final[_groups.Cid6106Code]
MiliaryPattern: _Final[_groups.Cid6106Code]
MosaicPattern: _Final[_groups.Cid6106Code]
ReticularPattern: _Final[_groups.Cid6106Code]
SmallIrregularOpacities: _Final[_groups.Cid6106Code]
MEMBERS: _Final[tuple[_groups.Cid6106Code, ...]]
