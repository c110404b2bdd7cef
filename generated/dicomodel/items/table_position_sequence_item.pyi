"""Item class TablePositionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TablePositionSequenceItem as TablePositionSequenceItem

__all__ = ["TablePositionSequenceItem"]
