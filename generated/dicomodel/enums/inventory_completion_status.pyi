"""Enumerated Values and Defined Terms of Inventory Completion Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InventoryCompletionStatus as InventoryCompletionStatus
from dicomodel.enums import InventoryCompletionStatusValue as InventoryCompletionStatusValue

__all__ = ["InventoryCompletionStatus", "InventoryCompletionStatusValue"]
