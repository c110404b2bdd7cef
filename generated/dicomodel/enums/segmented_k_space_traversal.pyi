"""Enumerated Values and Defined Terms of Segmented k-Space Traversal.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SegmentedKSpaceTraversal as SegmentedKSpaceTraversal
from dicomodel.enums import SegmentedKSpaceTraversalValue as SegmentedKSpaceTraversalValue

__all__ = ["SegmentedKSpaceTraversal", "SegmentedKSpaceTraversalValue"]
