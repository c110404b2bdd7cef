"""CID 6016 Mammography Composite Feature.

Extensible, version 20050110, UID 1.2.840.10008.6.1.346.
Includes CID 6014, CID 6017.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MassWithCalcifications: _Final[_groups.Cid6016Code]
SelectedRegion: _Final[_groups.Cid6016Code]
BreastGeometry: _Final[_groups.Cid6016Code]
ImageQuality: _Final[_groups.Cid6016Code]
NonLesion: _Final[_groups.Cid6016Code]
Nipple: _Final[_groups.Cid6016Code]
MammographyBreastDensity: _Final[_groups.Cid6016Code]
IndividualCalcification: _Final[_groups.Cid6016Code]
CalcificationCluster: _Final[_groups.Cid6016Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6016Code]
TubularDensity: _Final[_groups.Cid6016Code]
IntramammaryLymphNode: _Final[_groups.Cid6016Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6016Code]
BreastComposition: _Final[_groups.Cid6016Code]
SkinRetractionOfBreast: _Final[_groups.Cid6016Code]
SkinThickeningOfBreast: _Final[_groups.Cid6016Code]
AxillaryAdenopathy: _Final[_groups.Cid6016Code]
SkinLesion: _Final[_groups.Cid6016Code]
CooperLigamentChanges: _Final[_groups.Cid6016Code]
Edema: _Final[_groups.Cid6016Code]
MassInTheSkin: _Final[_groups.Cid6016Code]
MassOnTheSkin: _Final[_groups.Cid6016Code]
AxillaryLymphNode: _Final[_groups.Cid6016Code]
MammographicBreastMass: _Final[_groups.Cid6016Code]
FocalAsymmetricBreastTissue: _Final[_groups.Cid6016Code]
AsymmetricBreastTissue: _Final[_groups.Cid6016Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6016Code]]
