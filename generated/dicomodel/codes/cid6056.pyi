"""CID 6056 Associated Finding for Breast.

Extensible, version 20240611, UID 1.2.840.10008.6.1.385.
Includes CID 6015.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BreastHematoma: _Final[_groups.Cid6056Code]
SurgicalScar: _Final[_groups.Cid6056Code]
NippleRetraction: _Final[_groups.Cid6056Code]
MammographyBreastDensity: _Final[_groups.Cid6056Code]
IndividualCalcification: _Final[_groups.Cid6056Code]
CalcificationCluster: _Final[_groups.Cid6056Code]
ArchitecturalDistortionOfBreast: _Final[_groups.Cid6056Code]
TubularDensity: _Final[_groups.Cid6056Code]
IntramammaryLymphNode: _Final[_groups.Cid6056Code]
TrabecularThickeningOfBreast: _Final[_groups.Cid6056Code]
BreastComposition: _Final[_groups.Cid6056Code]
SkinRetractionOfBreast: _Final[_groups.Cid6056Code]
SkinThickeningOfBreast: _Final[_groups.Cid6056Code]
AxillaryAdenopathy: _Final[_groups.Cid6056Code]
SkinLesion: _Final[_groups.Cid6056Code]
CooperLigamentChanges: _Final[_groups.Cid6056Code]
Edema: _Final[_groups.Cid6056Code]
MassInTheSkin: _Final[_groups.Cid6056Code]
MassOnTheSkin: _Final[_groups.Cid6056Code]
AxillaryLymphNode: _Final[_groups.Cid6056Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6056Code]]
