"""Enumerated Values and Defined Terms of RT Accessory Holder Slot Existence Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag
from dicomodel.enums import (
    RTAccessoryHolderSlotExistenceFlagValue as RTAccessoryHolderSlotExistenceFlagValue,
)

__all__ = ["RTAccessoryHolderSlotExistenceFlag", "RTAccessoryHolderSlotExistenceFlagValue"]
