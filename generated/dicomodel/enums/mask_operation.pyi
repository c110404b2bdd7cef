"""Enumerated Values and Defined Terms of Mask Operation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MaskOperation as MaskOperation
from dicomodel.enums import MaskOperationTerm as MaskOperationTerm
from dicomodel.enums import MaskOperationValue as MaskOperationValue

__all__ = ["MaskOperation", "MaskOperationTerm", "MaskOperationValue"]
