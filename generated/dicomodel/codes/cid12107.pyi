"""CID 12107 Upper Extremity Artery.

Extensible, version 20050110, UID 1.2.840.10008.6.1.574.

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
AxillaryArtery: _Final[_groups.Cid12107Code]
BrachialArtery: _Final[_groups.Cid12107Code]
DeepPalmarArchOfRadialArtery: _Final[_groups.Cid12107Code]
InnominateArtery: _Final[_groups.Cid12107Code]
RadialArtery: _Final[_groups.Cid12107Code]
SubclavianArtery: _Final[_groups.Cid12107Code]
SuperficialPalmarArch: _Final[_groups.Cid12107Code]
UlnarArtery: _Final[_groups.Cid12107Code]
DigitalArteryOfHand: _Final[_groups.Cid12107Code]
MEMBERS: _Final[tuple[_groups.Cid12107Code, ...]]
