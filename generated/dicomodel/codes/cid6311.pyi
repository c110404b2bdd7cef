"""CID 6311 MR Signal Intensity.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1368.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

T2WeightedMRSignalIntensity: _Final[_groups.Cid6311Code]
DiffusionWeighted: _Final[_groups.Cid6311Code]
DiffusionWeightedAcquisitionHighestBValueImage: _Final[_groups.Cid6311Code]
DynamicContrastEnhancedAcquisition: _Final[_groups.Cid6311Code]
DynamicContrastEnhancedAcquisitionSubtractionImage: _Final[_groups.Cid6311Code]
T1WeightedMRSignalIntensity: _Final[_groups.Cid6311Code]
ApparentDiffusionCoefficient: _Final[_groups.Cid6311Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6311Code]]
