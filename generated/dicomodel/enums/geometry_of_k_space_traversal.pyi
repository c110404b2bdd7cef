"""Enumerated Values and Defined Terms of Geometry of k-Space Traversal.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeometryOfKSpaceTraversalTerm as GeometryOfKSpaceTraversalTerm

__all__ = ["GeometryOfKSpaceTraversalTerm"]
