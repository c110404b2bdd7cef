"""Item class ScreenSpecificationsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ScreenSpecificationsItem as ScreenSpecificationsItem

__all__ = ["ScreenSpecificationsItem"]
