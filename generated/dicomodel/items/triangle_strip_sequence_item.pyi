"""Item class TriangleStripSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import TriangleStripSequenceItem as TriangleStripSequenceItem

__all__ = ["TriangleStripSequenceItem"]
