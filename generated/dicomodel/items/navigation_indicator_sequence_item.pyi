"""Item class NavigationIndicatorSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import NavigationIndicatorSequenceItem as NavigationIndicatorSequenceItem

__all__ = ["NavigationIndicatorSequenceItem"]
