"""CID 8103 Anatomic Pathology Specimen Type.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1045.
Includes CID 8104.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EntireBody: _Final[_groups.Cid8103Code]
BodySubstanceSample: _Final[_groups.Cid8103Code]
BodyFluidSample: _Final[_groups.Cid8103Code]
TissueSpecimen: _Final[_groups.Cid8103Code]
GrossSpecimen: _Final[_groups.Cid8103Code]
TissueSection: _Final[_groups.Cid8103Code]
CoreSampleOfTissueBlock: _Final[_groups.Cid8103Code]
TissueSpot: _Final[_groups.Cid8103Code]
Slide: _Final[_groups.Cid8103Code]
SmearSample: _Final[_groups.Cid8103Code]
TouchPreparationCytologicMaterial: _Final[_groups.Cid8103Code]
LiquidBasedCytologicMaterial: _Final[_groups.Cid8103Code]
Aspirate: _Final[_groups.Cid8103Code]
GeneticSample: _Final[_groups.Cid8103Code]
BreastDuctSample: _Final[_groups.Cid8103Code]
FrozenSectionBreastSample: _Final[_groups.Cid8103Code]
LumpectomyBreastSample: _Final[_groups.Cid8103Code]
SpecimenFromBreastObtainedByExcision: _Final[_groups.Cid8103Code]
SpecimenFromBreastObtainedByTotalMastectomy: _Final[_groups.Cid8103Code]
SegmentectomyBreastSample: _Final[_groups.Cid8103Code]
BreastTruCutBiopsySample: _Final[_groups.Cid8103Code]
SpecimenFromBreastObtainedByCoreNeedleBiopsy: _Final[_groups.Cid8103Code]
SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: _Final[_groups.Cid8103Code]
SpecimenFromBreastByIncisionalBiopsyOfBreastMass: _Final[_groups.Cid8103Code]
SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: _Final[_groups.Cid8103Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8103Code]]
