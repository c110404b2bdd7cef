"""Item class DVHSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoseTypeTerm as DoseTypeTerm
from dicomodel.enums import DoseUnits as DoseUnits
from dicomodel.enums import DVHROIContributionType as DVHROIContributionType
from dicomodel.enums import DVHType as DVHType
from dicomodel.enums import DVHVolumeUnitsTerm as DVHVolumeUnitsTerm
from dicomodel.items import DVHReferencedROISequenceItem as DVHReferencedROISequenceItem
from dicomodel.items import DVHSequenceItem as DVHSequenceItem

__all__ = [
    "DVHROIContributionType",
    "DVHReferencedROISequenceItem",
    "DVHSequenceItem",
    "DVHType",
    "DVHVolumeUnitsTerm",
    "DoseTypeTerm",
    "DoseUnits",
]
