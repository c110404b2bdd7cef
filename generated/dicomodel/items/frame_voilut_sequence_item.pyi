"""Item class FrameVOILUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import FrameVOILUTSequenceItem as FrameVOILUTSequenceItem

__all__ = ["FrameVOILUTSequenceItem", "VOILUTFunctionTerm"]
