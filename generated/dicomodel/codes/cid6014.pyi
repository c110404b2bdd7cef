"""CID 6014 Mammography Single Image Finding.

Extensible, version 20020904, UID 1.2.840.10008.6.1.344.
Includes CID 6015.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SelectedRegion: _Final[_groups.Cid6014Code]
BreastGeometry: _Final[_groups.Cid6014Code]
ImageQuality: _Final[_groups.Cid6014Code]
NonLesion: _Final[_groups.Cid6014Code]
Nipple: _Final[_groups.Cid6014Code]
MammographyBreastDensity: _Final[_groups.Cid6014Code]
IndividualCalcification: _Final[_groups.Cid6014Code]
CalcificationCluster: _Final[_groups.Cid6014Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6014Code]
TubularDensity: _Final[_groups.Cid6014Code]
IntramammaryLymphNode: _Final[_groups.Cid6014Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6014Code]
BreastComposition: _Final[_groups.Cid6014Code]
SkinRetractionOfBreast: _Final[_groups.Cid6014Code]
SkinThickeningOfBreast: _Final[_groups.Cid6014Code]
AxillaryAdenopathy: _Final[_groups.Cid6014Code]
SkinLesion: _Final[_groups.Cid6014Code]
CooperLigamentChanges: _Final[_groups.Cid6014Code]
Edema: _Final[_groups.Cid6014Code]
MassInTheSkin: _Final[_groups.Cid6014Code]
MassOnTheSkin: _Final[_groups.Cid6014Code]
AxillaryLymphNode: _Final[_groups.Cid6014Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6014Code]]
