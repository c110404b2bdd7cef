"""CID 6054 Breast Imaging Finding.

Extensible, version 20050110, UID 1.2.840.10008.6.1.383.
Includes CID 6016, CID 6057, CID 6064.

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
BreastNormal: _Final[_Code]
CalcificationOfBreast: _Final[_Code]
Implant: _Final[_Code]
MassWithCalcifications: _Final[_Code]
SelectedRegion: _Final[_Code]
BreastGeometry: _Final[_Code]
ImageQuality: _Final[_Code]
NonLesion: _Final[_Code]
Nipple: _Final[_Code]
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
MammographicBreastMass: _Final[_Code]
FocalAsymmetricBreastTissue: _Final[_Code]
AsymmetricBreastTissue: _Final[_Code]
NormalBreastTissue: _Final[_Code]
IntraluminalFillingDefect: _Final[_Code]
MammaryDuctEctasia: _Final[_Code]
MultipleFillingDefect: _Final[_Code]
AbruptDuctTermination: _Final[_Code]
Extravasation: _Final[_Code]
DuctNarrowing: _Final[_Code]
CystFill: _Final[_Code]
UltrasoundScanNormal: _Final[_Code]
CystOfBreast: _Final[_Code]
ComplexCyst: _Final[_Code]
IntracysticLesion: _Final[_Code]
SolidMass: _Final[_Code]
LymphNode: _Final[_Code]
SebaceousCystOfSkinOfBreast: _Final[_Code]
ClusteredMicrocysts: _Final[_Code]
ComplicatedCyst: _Final[_Code]
ForeignBody: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
