"""Item class SurfaceMeshPrimitivesItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesItem
from dicomodel.items import TriangleStripSequenceItem as FacetSequenceItem
from dicomodel.items import TriangleStripSequenceItem as LineSequenceItem
from dicomodel.items import TriangleStripSequenceItem as TriangleFanSequenceItem
from dicomodel.items import TriangleStripSequenceItem as TriangleStripSequenceItem

__all__ = [
    "FacetSequenceItem",
    "LineSequenceItem",
    "SurfaceMeshPrimitivesItem",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
]
