"""Item class WedgePositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import WedgePosition as WedgePosition
from dicomodel.items import WedgePositionSequenceItem as WedgePositionSequenceItem

__all__ = ["WedgePosition", "WedgePositionSequenceItem"]
