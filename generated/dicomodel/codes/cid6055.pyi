"""CID 6055 Breast Clinical Finding or Indicated Problem.

Extensible, version 20240611, UID 1.2.840.10008.6.1.384.

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
MEMBERS: _Final[tuple[_groups.Cid6055Code, ...]]
