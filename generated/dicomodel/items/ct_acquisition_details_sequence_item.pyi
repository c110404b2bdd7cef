"""Item class CTAcquisitionDetailsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RotationDirection as RotationDirection
from dicomodel.items import CTAcquisitionDetailsSequenceItem as CTAcquisitionDetailsSequenceItem

__all__ = ["CTAcquisitionDetailsSequenceItem", "RotationDirection"]
