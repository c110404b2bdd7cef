"""Item class MRAveragesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import MRAveragesSequenceItem as MRAveragesSequenceItem

__all__ = ["MRAveragesSequenceItem"]
