"""Item class BlendingLUT1SequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingLUT1TransferFunction as BlendingLUT1TransferFunction
from dicomodel.items import BlendingLUT1SequenceItem as BlendingLUT1SequenceItem

__all__ = ["BlendingLUT1SequenceItem", "BlendingLUT1TransferFunction"]
