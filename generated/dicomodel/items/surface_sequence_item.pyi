"""Item class SurfaceSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContextGroupExtensionFlag as ContextGroupExtensionFlag
from dicomodel.enums import FiniteVolume as FiniteVolume
from dicomodel.enums import Manifold as Manifold
from dicomodel.enums import MappingResourceTerm as MappingResourceTerm
from dicomodel.enums import SurfaceProcessing as SurfaceProcessing
from dicomodel.items import (
    AlgorithmIdentificationItem as SurfaceProcessingAlgorithmIdentificationSequenceItem,
)
from dicomodel.items import CodeSequenceItem as AlgorithmFamilyCodeSequenceItem
from dicomodel.items import CodeSequenceItem as AlgorithmNameCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem
from dicomodel.items import CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem
from dicomodel.items import EquivalentCodeSequenceItem as EquivalentCodeSequenceItem
from dicomodel.items import PointsItem as SurfacePointsSequenceItem
from dicomodel.items import SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesSequenceItem
from dicomodel.items import SurfaceSequenceItem as SurfaceSequenceItem
from dicomodel.items import TriangleStripSequenceItem as FacetSequenceItem
from dicomodel.items import TriangleStripSequenceItem as LineSequenceItem
from dicomodel.items import TriangleStripSequenceItem as TriangleFanSequenceItem
from dicomodel.items import TriangleStripSequenceItem as TriangleStripSequenceItem
from dicomodel.items import VectorsItem as SurfacePointsNormalsSequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FacetSequenceItem",
    "FiniteVolume",
    "LineSequenceItem",
    "Manifold",
    "MappingResourceTerm",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SurfaceMeshPrimitivesSequenceItem",
    "SurfacePointsNormalsSequenceItem",
    "SurfacePointsSequenceItem",
    "SurfaceProcessing",
    "SurfaceProcessingAlgorithmIdentificationSequenceItem",
    "SurfaceSequenceItem",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
]
