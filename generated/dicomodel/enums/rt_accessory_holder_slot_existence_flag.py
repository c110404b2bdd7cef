"""Enumerated Values and Defined Terms of RT Accessory Holder Slot Existence Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RTAccessoryHolderSlotExistenceFlag(StrEnum):
    """Enumerated Values of RT Accessory Holder Slot Existence Flag (300A,060F) in RT Accessory Holders Definition Macro Attributes (C.36.2.2.14-1)."""

    YES = "YES"
    """The RT Accessory Holder has one or more slots."""
    NO = "NO"
    """The RT Accessory Holder has no slots."""
