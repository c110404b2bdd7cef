"""Item class BlendingLUT2SequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingLUT2TransferFunction as BlendingLUT2TransferFunction
from dicomodel.items import BlendingLUT2SequenceItem as BlendingLUT2SequenceItem

__all__ = ["BlendingLUT2SequenceItem", "BlendingLUT2TransferFunction"]
