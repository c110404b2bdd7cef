"""CID 6055 Breast Clinical Finding or Indicated Problem.

Extensible, version 20240611, UID 1.2.840.10008.6.1.384.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OEBreastLumpPalpated: _Final[_groups.Cid6055Code]
BloodyNippleDischarge: _Final[_groups.Cid6055Code]
NonBloodyDischarge: _Final[_groups.Cid6055Code]
DifficultPhysicalClinicalExamination: _Final[_groups.Cid6055Code]
DisorderOfBreastImplant: _Final[_groups.Cid6055Code]
SkinThickeningOfBreast: _Final[_groups.Cid6055Code]
SkinRetractionOfBreast: _Final[_groups.Cid6055Code]
PeauDOrangeSurfaceOfBreast: _Final[_groups.Cid6055Code]
NippleProblem: _Final[_groups.Cid6055Code]
OEAxillaryLymphadenopathy: _Final[_groups.Cid6055Code]
BreastPain: _Final[_groups.Cid6055Code]
CancerElsewhere: _Final[_groups.Cid6055Code]
BreastLump: _Final[_groups.Cid6055Code]
DiscolorationOfSkinOfBreast: _Final[_groups.Cid6055Code]
RadiographicCalcificationFinding: _Final[_groups.Cid6055Code]
ImageDetectedMass: _Final[_groups.Cid6055Code]
NippleDischargeSymptom: _Final[_groups.Cid6055Code]
Erythema: _Final[_groups.Cid6055Code]
OELymphadenopathy: _Final[_groups.Cid6055Code]
DisseminatedMalignancyOfUnknownPrimary: _Final[_groups.Cid6055Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6055Code]]
