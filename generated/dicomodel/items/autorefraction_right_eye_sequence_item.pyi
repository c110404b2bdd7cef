"""Item class AutorefractionRightEyeSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import AutorefractionRightEyeSequenceItem as AutorefractionRightEyeSequenceItem
from dicomodel.items import CylinderSequenceItem as CylinderSequenceItem

__all__ = ["AutorefractionRightEyeSequenceItem", "CylinderSequenceItem"]
