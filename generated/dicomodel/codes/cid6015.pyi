"""CID 6015 Single Image Finding from BI-RADS®.

Extensible, version 20170914, UID 1.2.840.10008.6.1.345.

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
MammographyBreastDensity: _Final[_Code]
IndividualCalcification: _Final[_Code]
CalcificationCluster: _Final[_Code]
ArchitecturalDistortionOfBreast: _Final[_Code]
TubularDensity: _Final[_Code]
IntramammaryLymphNode: _Final[_Code]
TrabecularThickeningOfBreast: _Final[_Code]
BreastComposition: _Final[_Code]
SkinRetractionOfBreast: _Final[_Code]
SkinThickeningOfBreast: _Final[_Code]
AxillaryAdenopathy: _Final[_Code]
SkinLesion: _Final[_Code]
CooperLigamentChanges: _Final[_Code]
Edema: _Final[_Code]
MassInTheSkin: _Final[_Code]
MassOnTheSkin: _Final[_Code]
AxillaryLymphNode: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
