"""CID 6201 Colon Finding or Feature.

Extensible, version 20220922, UID 1.2.840.10008.6.1.788.

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
ImageQuality: _Final[_Code]
SelectedRegion: _Final[_Code]
PolypOfColon: _Final[_Code]
TumorOfColon: _Final[_Code]
RectalMass: _Final[_Code]
Diverticulum: _Final[_Code]
ColonicHaustra: _Final[_Code]
Feces: _Final[_Code]
Lipoma: _Final[_Code]
IntraluminalFluid: _Final[_Code]
ContrastMedia: _Final[_Code]
IleocecalValve: _Final[_Code]
InvertedDiverticulum: _Final[_Code]
OperativeSite: _Final[_Code]
NonLesion: _Final[_Code]
AnatomicNonColon: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
