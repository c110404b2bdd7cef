"""Item class RotationInformationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RotationDirection as RotationDirection
from dicomodel.items import RotationInformationSequenceItem as RotationInformationSequenceItem

__all__ = ["RotationDirection", "RotationInformationSequenceItem"]
