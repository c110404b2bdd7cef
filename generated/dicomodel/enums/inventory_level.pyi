"""Enumerated Values and Defined Terms of Inventory Level.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InventoryLevel as InventoryLevel
from dicomodel.enums import InventoryLevelValue as InventoryLevelValue

__all__ = ["InventoryLevel", "InventoryLevelValue"]
