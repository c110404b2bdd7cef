"""Item class FlowIdentifierSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FlowIdentifierSequenceItem as FlowIdentifierSequenceItem

__all__ = ["FlowIdentifierSequenceItem"]
