"""CID 6055 Breast Clinical Finding or Indicated Problem.

Extensible, version 20240611, UID 1.2.840.10008.6.1.384.

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
OEBreastLumpPalpated: _Final[_Code]
BloodyNippleDischarge: _Final[_Code]
NonBloodyDischarge: _Final[_Code]
DifficultPhysicalClinicalExamination: _Final[_Code]
DisorderOfBreastImplant: _Final[_Code]
SkinThickeningOfBreast: _Final[_Code]
SkinRetractionOfBreast: _Final[_Code]
PeauDOrangeSurfaceOfBreast: _Final[_Code]
NippleProblem: _Final[_Code]
OEAxillaryLymphadenopathy: _Final[_Code]
BreastPain: _Final[_Code]
CancerElsewhere: _Final[_Code]
BreastLump: _Final[_Code]
DiscolorationOfSkinOfBreast: _Final[_Code]
RadiographicCalcificationFinding: _Final[_Code]
ImageDetectedMass: _Final[_Code]
NippleDischargeSymptom: _Final[_Code]
Erythema: _Final[_Code]
OELymphadenopathy: _Final[_Code]
DisseminatedMalignancyOfUnknownPrimary: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
