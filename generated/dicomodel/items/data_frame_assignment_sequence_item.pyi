"""Item class DataFrameAssignmentSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DataPathAssignment as DataPathAssignment
from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import DataFrameAssignmentSequenceItem as DataFrameAssignmentSequenceItem
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "DataFrameAssignmentSequenceItem",
    "DataPathAssignment",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]
