"""CID 6064 Ultrasound Finding for Breast.

Extensible, version 20160314, UID 1.2.840.10008.6.1.393.

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
UltrasoundScanNormal: _Final[_groups.Cid6064Code]
CystOfBreast: _Final[_groups.Cid6064Code]
ComplexCyst: _Final[_groups.Cid6064Code]
IntracysticLesion: _Final[_groups.Cid6064Code]
MammaryDuctEctasia: _Final[_groups.Cid6064Code]
SolidMass: _Final[_groups.Cid6064Code]
LymphNode: _Final[_groups.Cid6064Code]
SebaceousCystOfSkinOfBreast: _Final[_groups.Cid6064Code]
ClusteredMicrocysts: _Final[_groups.Cid6064Code]
ComplicatedCyst: _Final[_groups.Cid6064Code]
ForeignBody: _Final[_groups.Cid6064Code]
MEMBERS: _Final[tuple[_groups.Cid6064Code, ...]]
