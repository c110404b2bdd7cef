"""Enumerated Values and Defined Terms of Image Set Selector Usage Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag
from dicomodel.enums import ImageSetSelectorUsageFlagValue as ImageSetSelectorUsageFlagValue

__all__ = ["ImageSetSelectorUsageFlag", "ImageSetSelectorUsageFlagValue"]
