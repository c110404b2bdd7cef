"""Item class CylinderSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import CylinderSequenceItem as CylinderSequenceItem

__all__ = ["CylinderSequenceItem"]
