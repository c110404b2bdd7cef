"""Item class GraphicLayerSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import GraphicLayerSequenceItem as GraphicLayerSequenceItem

__all__ = ["GraphicLayerSequenceItem"]
