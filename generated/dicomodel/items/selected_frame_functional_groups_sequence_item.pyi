"""Item class SelectedFrameFunctionalGroupsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    SelectedFrameFunctionalGroupsSequenceItem as SelectedFrameFunctionalGroupsSequenceItem,
)

__all__ = ["SelectedFrameFunctionalGroupsSequenceItem"]
