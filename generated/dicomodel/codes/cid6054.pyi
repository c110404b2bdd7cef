"""CID 6054 Breast Imaging Finding.

Extensible, version 20050110, UID 1.2.840.10008.6.1.383.
Includes CID 6016, CID 6057, CID 6064.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BreastNormal: _Final[_groups.Cid6054Code]
CalcificationOfBreast: _Final[_groups.Cid6054Code]
Implant: _Final[_groups.Cid6054Code]
MassWithCalcifications: _Final[_groups.Cid6054Code]
SelectedRegion: _Final[_groups.Cid6054Code]
BreastGeometry: _Final[_groups.Cid6054Code]
ImageQuality: _Final[_groups.Cid6054Code]
NonLesion: _Final[_groups.Cid6054Code]
Nipple: _Final[_groups.Cid6054Code]
MammographyBreastDensity: _Final[_groups.Cid6054Code]
IndividualCalcification: _Final[_groups.Cid6054Code]
CalcificationCluster: _Final[_groups.Cid6054Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6054Code]
TubularDensity: _Final[_groups.Cid6054Code]
IntramammaryLymphNode: _Final[_groups.Cid6054Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6054Code]
BreastComposition: _Final[_groups.Cid6054Code]
SkinRetractionOfBreast: _Final[_groups.Cid6054Code]
SkinThickeningOfBreast: _Final[_groups.Cid6054Code]
AxillaryAdenopathy: _Final[_groups.Cid6054Code]
SkinLesion: _Final[_groups.Cid6054Code]
CooperLigamentChanges: _Final[_groups.Cid6054Code]
Edema: _Final[_groups.Cid6054Code]
MassInTheSkin: _Final[_groups.Cid6054Code]
MassOnTheSkin: _Final[_groups.Cid6054Code]
AxillaryLymphNode: _Final[_groups.Cid6054Code]
MammographicBreastMass: _Final[_groups.Cid6054Code]
FocalAsymmetricBreastTissue: _Final[_groups.Cid6054Code]
AsymmetricBreastTissue: _Final[_groups.Cid6054Code]
NormalBreastTissue: _Final[_groups.Cid6054Code]
IntraluminalFillingDefect: _Final[_groups.Cid6054Code]
MammaryDuctEctasia: _Final[_groups.Cid6054Code]
MultipleFillingDefect: _Final[_groups.Cid6054Code]
AbruptDuctTermination: _Final[_groups.Cid6054Code]
Extravasation: _Final[_groups.Cid6054Code]
DuctNarrowing: _Final[_groups.Cid6054Code]
CystFill: _Final[_groups.Cid6054Code]
UltrasoundScanNormal: _Final[_groups.Cid6054Code]
CystOfBreast: _Final[_groups.Cid6054Code]
ComplexCyst: _Final[_groups.Cid6054Code]
IntracysticLesion: _Final[_groups.Cid6054Code]
SolidMass: _Final[_groups.Cid6054Code]
LymphNode: _Final[_groups.Cid6054Code]
SebaceousCystOfSkinOfBreast: _Final[_groups.Cid6054Code]
ClusteredMicrocysts: _Final[_groups.Cid6054Code]
ComplicatedCyst: _Final[_groups.Cid6054Code]
ForeignBody: _Final[_groups.Cid6054Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6054Code]]
