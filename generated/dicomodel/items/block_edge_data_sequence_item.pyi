"""Item class BlockEdgeDataSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import BlockEdgeDataSequenceItem as BlockEdgeDataSequenceItem

__all__ = ["BlockEdgeDataSequenceItem"]
