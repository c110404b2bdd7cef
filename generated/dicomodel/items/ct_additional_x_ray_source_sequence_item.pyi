"""Item class CTAdditionalXRaySourceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CTAdditionalXRaySourceSequenceItem as CTAdditionalXRaySourceSequenceItem

__all__ = ["CTAdditionalXRaySourceSequenceItem"]
