"""Item class DVHReferencedROISequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DVHROIContributionType as DVHROIContributionType
from dicomodel.items import DVHReferencedROISequenceItem as DVHReferencedROISequenceItem

__all__ = ["DVHROIContributionType", "DVHReferencedROISequenceItem"]
