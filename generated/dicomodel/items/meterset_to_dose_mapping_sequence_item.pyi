"""Item class MetersetToDoseMappingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MetersetToDoseMappingSequenceItem as MetersetToDoseMappingSequenceItem

__all__ = ["MetersetToDoseMappingSequenceItem"]
