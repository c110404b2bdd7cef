"""Surface Mesh Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.surface_sequence_item import SurfaceSequenceItem as _SurfaceSequenceItem
else:
    from dicomodel.lazy import Lazy

    _SurfaceSequenceItem = Lazy("dicomodel.items.surface_sequence_item", "SurfaceSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.finite_volume import FiniteVolume as FiniteVolume
    from dicomodel.enums.manifold import Manifold as Manifold
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.surface_processing import SurfaceProcessing as SurfaceProcessing
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SurfaceProcessingAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.points_item import PointsItem as SurfacePointsSequenceItem
    from dicomodel.items.surface_mesh_primitives_item import (
        SurfaceMeshPrimitivesItem as SurfaceMeshPrimitivesSequenceItem,
    )
    from dicomodel.items.surface_sequence_item import SurfaceSequenceItem as SurfaceSequenceItem
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as FacetSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as LineSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleFanSequenceItem,
    )
    from dicomodel.items.triangle_strip_sequence_item import (
        TriangleStripSequenceItem as TriangleStripSequenceItem,
    )
    from dicomodel.items.vectors_item import VectorsItem as SurfacePointsNormalsSequenceItem

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
    "SurfaceMeshModule",
    "SurfaceMeshPrimitivesSequenceItem",
    "SurfacePointsNormalsSequenceItem",
    "SurfacePointsSequenceItem",
    "SurfaceProcessing",
    "SurfaceProcessingAlgorithmIdentificationSequenceItem",
    "SurfaceSequenceItem",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
]


class SurfaceMeshModule(DicomModel):
    """Surface Mesh Module Attributes (PS3.3 Table C.27-1)."""

    dicom_name: ClassVar[str] = "Surface Mesh"
    dicom_table: ClassVar[str] = "table_C.27-1"

    NumberOfSurfaces: Annotated[
        vr.UL, Attribute(0x00660001, "UL", "1", "1", name="Number of Surfaces")
    ]
    """Number of Surfaces (0066,0001): Type 1, VR UL, VM 1. Number of surfaces contained in the Instance. Shall be 1 or more. Shall be the same as the number of Items in Surface Sequence (0066,0002)."""

    SurfaceSequence: Annotated[
        list[_SurfaceSequenceItem], Attribute(0x00660002, "SQ", "1", "1", name="Surface Sequence")
    ]
    """Surface Sequence (0066,0002): Type 1, VR SQ, VM 1. The surfaces that are described within the data. One or more Items shall be included in this Sequence. There shall be Number of Surfaces (0066,0001) Items in the Sequence. See Section C.27.1.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FacetSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "FiniteVolume": ("dicomodel.enums.finite_volume", "FiniteVolume"),
    "LineSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "Manifold": ("dicomodel.enums.manifold", "Manifold"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SurfaceMeshPrimitivesSequenceItem": (
        "dicomodel.items.surface_mesh_primitives_item",
        "SurfaceMeshPrimitivesItem",
    ),
    "SurfacePointsNormalsSequenceItem": ("dicomodel.items.vectors_item", "VectorsItem"),
    "SurfacePointsSequenceItem": ("dicomodel.items.points_item", "PointsItem"),
    "SurfaceProcessing": ("dicomodel.enums.surface_processing", "SurfaceProcessing"),
    "SurfaceProcessingAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "SurfaceSequenceItem": ("dicomodel.items.surface_sequence_item", "SurfaceSequenceItem"),
    "TriangleFanSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
    "TriangleStripSequenceItem": (
        "dicomodel.items.triangle_strip_sequence_item",
        "TriangleStripSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
