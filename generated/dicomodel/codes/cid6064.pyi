"""CID 6064 Ultrasound Finding for Breast.

Extensible, version 20160314, UID 1.2.840.10008.6.1.393.

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
UltrasoundScanNormal: _Final[_Code]
CystOfBreast: _Final[_Code]
ComplexCyst: _Final[_Code]
IntracysticLesion: _Final[_Code]
MammaryDuctEctasia: _Final[_Code]
SolidMass: _Final[_Code]
LymphNode: _Final[_Code]
SebaceousCystOfSkinOfBreast: _Final[_Code]
ClusteredMicrocysts: _Final[_Code]
ComplicatedCyst: _Final[_Code]
ForeignBody: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
