"""Enumerated Values and Defined Terms of Inventory Completion Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InventoryCompletionStatus",
    "InventoryCompletionStatusValue",
]


class InventoryCompletionStatus(StrEnum):
    """Enumerated Values of Inventory Completion Status (0008,0426) in Inventory Module Attributes (C.38.1-1)."""

    COMPLETE = "COMPLETE"
    """All Studies matching the Scope of Inventory are included in the Inventory SOP Instance and its subsidiary Incorporated Inventory SOP Instances"""
    FAILURE = "FAILURE"
    """Production of the Inventory failed; some Studies matching the Scope of Inventory might not be included in the Inventory"""
    CANCELED = "CANCELED"
    """Production of the Inventory was canceled; some Studies matching the Scope of Inventory might not be included in the Inventory"""
    PARTIAL = "PARTIAL"
    """Production of the inventory is incomplete; some Studies matching the Scope of Inventory might not be included in the Inventory"""


if TYPE_CHECKING:
    InventoryCompletionStatusValue: TypeAlias = (
        InventoryCompletionStatus | Literal["COMPLETE", "FAILURE", "CANCELED", "PARTIAL"]
    )
else:
    InventoryCompletionStatusValue = InventoryCompletionStatus
"""A value of InventoryCompletionStatus: the enum or the string of one of its members."""
