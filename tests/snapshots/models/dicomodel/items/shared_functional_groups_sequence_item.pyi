"""Item class SharedFunctionalGroupsSequenceItem.

Generated from DICOM 2099a; do not edit."""

from dicomodel.items import SharedFunctionalGroupsSequenceItem as SharedFunctionalGroupsSequenceItem

__all__ = ["SharedFunctionalGroupsSequenceItem"]
