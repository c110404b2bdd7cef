"""Enumerated Values and Defined Terms of Inventory Completion Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


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
