"""Item class GraphicGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import GraphicGroupSequenceItem as GraphicGroupSequenceItem

__all__ = ["GraphicGroupSequenceItem"]
