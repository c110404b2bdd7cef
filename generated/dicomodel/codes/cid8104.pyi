"""CID 8104 Breast Tissue Specimen Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1046.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BreastDuctSample: _Final[_groups.Cid8104Code]
FrozenSectionBreastSample: _Final[_groups.Cid8104Code]
LumpectomyBreastSample: _Final[_groups.Cid8104Code]
SpecimenFromBreastObtainedByExcision: _Final[_groups.Cid8104Code]
SpecimenFromBreastObtainedByTotalMastectomy: _Final[_groups.Cid8104Code]
SegmentectomyBreastSample: _Final[_groups.Cid8104Code]
BreastTruCutBiopsySample: _Final[_groups.Cid8104Code]
SpecimenFromBreastObtainedByCoreNeedleBiopsy: _Final[_groups.Cid8104Code]
SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: _Final[_groups.Cid8104Code]
SpecimenFromBreastByIncisionalBiopsyOfBreastMass: _Final[_groups.Cid8104Code]
SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: _Final[_groups.Cid8104Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8104Code]]
