"""CID 6015 Single Image Finding from BI-RADS®.

Extensible, version 20170914, UID 1.2.840.10008.6.1.345.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MammographyBreastDensity: _Final[_groups.Cid6015Code]
IndividualCalcification: _Final[_groups.Cid6015Code]
CalcificationCluster: _Final[_groups.Cid6015Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6015Code]
TubularDensity: _Final[_groups.Cid6015Code]
IntramammaryLymphNode: _Final[_groups.Cid6015Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6015Code]
BreastComposition: _Final[_groups.Cid6015Code]
SkinRetractionOfBreast: _Final[_groups.Cid6015Code]
SkinThickeningOfBreast: _Final[_groups.Cid6015Code]
AxillaryAdenopathy: _Final[_groups.Cid6015Code]
SkinLesion: _Final[_groups.Cid6015Code]
CooperLigamentChanges: _Final[_groups.Cid6015Code]
Edema: _Final[_groups.Cid6015Code]
MassInTheSkin: _Final[_groups.Cid6015Code]
MassOnTheSkin: _Final[_groups.Cid6015Code]
AxillaryLymphNode: _Final[_groups.Cid6015Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6015Code]]
