"""Item class VOILUTItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import VOILUTItem as VOILUTItem
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = ["VOILUTFunctionTerm", "VOILUTItem", "VOILUTSequenceItem"]
