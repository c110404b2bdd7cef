"""Item class UsedRTStructureSetROISequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import UsedRTStructureSetROISequenceItem as UsedRTStructureSetROISequenceItem

__all__ = ["UsedRTStructureSetROISequenceItem"]
