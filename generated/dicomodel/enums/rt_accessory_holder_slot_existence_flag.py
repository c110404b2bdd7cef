"""Enumerated Values and Defined Terms of RT Accessory Holder Slot Existence Flag.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "RTAccessoryHolderSlotExistenceFlag",
    "RTAccessoryHolderSlotExistenceFlagValue",
]


class RTAccessoryHolderSlotExistenceFlag(StrEnum):
    """Enumerated Values of RT Accessory Holder Slot Existence Flag (300A,060F) in RT Accessory Holders Definition Macro Attributes (C.36.2.2.14-1)."""

    YES = "YES"
    """The RT Accessory Holder has one or more slots."""
    NO = "NO"
    """The RT Accessory Holder has no slots."""


if TYPE_CHECKING:
    RTAccessoryHolderSlotExistenceFlagValue: TypeAlias = (
        RTAccessoryHolderSlotExistenceFlag | Literal["YES", "NO"]
    )
else:
    RTAccessoryHolderSlotExistenceFlagValue = RTAccessoryHolderSlotExistenceFlag
"""A value of RTAccessoryHolderSlotExistenceFlag: the enum or the string of one of its members."""
