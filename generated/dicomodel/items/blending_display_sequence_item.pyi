"""Item class BlendingDisplaySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingMode as BlendingMode
from dicomodel.items import BlendingDisplayInputSequenceItem as BlendingDisplayInputSequenceItem
from dicomodel.items import BlendingDisplaySequenceItem as BlendingDisplaySequenceItem

__all__ = ["BlendingDisplayInputSequenceItem", "BlendingDisplaySequenceItem", "BlendingMode"]
