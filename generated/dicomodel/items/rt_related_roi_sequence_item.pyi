"""Item class RTRelatedROISequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTROIRelationshipTerm as RTROIRelationshipTerm
from dicomodel.items import RTRelatedROISequenceItem as RTRelatedROISequenceItem

__all__ = ["RTROIRelationshipTerm", "RTRelatedROISequenceItem"]
