"""CID 12100 Vascular Ultrasound Report Document Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1315.

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
USCarotidArteriesReport: _Final[_groups.Cid12100Code]
USArteryReport: _Final[_groups.Cid12100Code]
USVeinReport: _Final[_groups.Cid12100Code]
USDopplerVesselsReport: _Final[_groups.Cid12100Code]
USDopplerAbdominalVesselsReport: _Final[_groups.Cid12100Code]
USDopplerExtremityVesselsReport: _Final[_groups.Cid12100Code]
USDopplerHeadVesselsReport: _Final[_groups.Cid12100Code]
USDopplerLowerExtremityVesselsReport: _Final[_groups.Cid12100Code]
USDopplerUpperExtremityVesselsReport: _Final[_groups.Cid12100Code]
PeripheralVascularUltrasoundReport: _Final[_groups.Cid12100Code]
MEMBERS: _Final[tuple[_groups.Cid12100Code, ...]]
