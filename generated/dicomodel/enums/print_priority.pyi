"""Enumerated Values and Defined Terms of Print Priority.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PrintPriority as PrintPriority
from dicomodel.enums import PrintPriorityValue as PrintPriorityValue

__all__ = ["PrintPriority", "PrintPriorityValue"]
