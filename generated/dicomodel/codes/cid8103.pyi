"""CID 8103 Anatomic Pathology Specimen Type.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1045.
Includes CID 8104.

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
EntireBody: _Final[_Code]
BodySubstanceSample: _Final[_Code]
BodyFluidSample: _Final[_Code]
TissueSpecimen: _Final[_Code]
GrossSpecimen: _Final[_Code]
TissueSection: _Final[_Code]
CoreSampleOfTissueBlock: _Final[_Code]
TissueSpot: _Final[_Code]
Slide: _Final[_Code]
SmearSample: _Final[_Code]
TouchPreparationCytologicMaterial: _Final[_Code]
LiquidBasedCytologicMaterial: _Final[_Code]
Aspirate: _Final[_Code]
GeneticSample: _Final[_Code]
BreastDuctSample: _Final[_Code]
FrozenSectionBreastSample: _Final[_Code]
LumpectomyBreastSample: _Final[_Code]
SpecimenFromBreastObtainedByExcision: _Final[_Code]
SpecimenFromBreastObtainedByTotalMastectomy: _Final[_Code]
SegmentectomyBreastSample: _Final[_Code]
BreastTruCutBiopsySample: _Final[_Code]
SpecimenFromBreastObtainedByCoreNeedleBiopsy: _Final[_Code]
SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: _Final[_Code]
SpecimenFromBreastByIncisionalBiopsyOfBreastMass: _Final[_Code]
SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
