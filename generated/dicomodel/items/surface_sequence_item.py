"""Item class SurfaceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.finite_volume import FiniteVolumeValue as _FiniteVolumeValue
    from dicomodel.enums.manifold import ManifoldValue as _ManifoldValue
    from dicomodel.enums.surface_processing import SurfaceProcessingValue as _SurfaceProcessingValue
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.points_item import PointsItem as _PointsItem
    from dicomodel.items.surface_mesh_primitives_item import (
        SurfaceMeshPrimitivesItem as _SurfaceMeshPrimitivesItem,
    )
    from dicomodel.items.vectors_item import VectorsItem as _VectorsItem
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _FiniteVolumeValue = Lazy("dicomodel.enums.finite_volume", "FiniteVolumeValue")
    _ManifoldValue = Lazy("dicomodel.enums.manifold", "ManifoldValue")
    _PointsItem = Lazy("dicomodel.items.points_item", "PointsItem")
    _SurfaceMeshPrimitivesItem = Lazy(
        "dicomodel.items.surface_mesh_primitives_item", "SurfaceMeshPrimitivesItem"
    )
    _SurfaceProcessingValue = Lazy("dicomodel.enums.surface_processing", "SurfaceProcessingValue")
    _VectorsItem = Lazy("dicomodel.items.vectors_item", "VectorsItem")

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
    "SurfaceMeshPrimitivesSequenceItem",
    "SurfacePointsNormalsSequenceItem",
    "SurfacePointsSequenceItem",
    "SurfaceProcessing",
    "SurfaceProcessingAlgorithmIdentificationSequenceItem",
    "SurfaceSequenceItem",
    "TriangleFanSequenceItem",
    "TriangleStripSequenceItem",
]


class SurfaceSequenceItem(DicomModel):
    """An item of Surface Sequence (0066,0002), as first defined in Surface Mesh Module Attributes (C.27-1)."""

    dicom_name: ClassVar[str] = "Surface Sequence"
    dicom_table: ClassVar[str] = "table_C.27-1"

    SurfaceNumber: Annotated[vr.UL, Attribute(0x00660003, "UL", "1", "1", name="Surface Number")]
    """Surface Number (0066,0003): Type 1, VR UL, VM 1. Identification number of the surface. Uniquely identifies a surface within this SOP Instance. Shall start at a value of 1, and increase monotonically by 1."""

    SurfaceComments: Annotated[
        vr.LT | None, Attribute(0x00660004, "LT", "1", "3", name="Surface Comments")
    ] = None
    """Surface Comments (0066,0004): Type 3, VR LT, VM 1. User-defined comments describing the surface."""

    SegmentedPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00620003, "SQ", "1", "3", name="Segmented Property Category Code Sequence"),
    ] = None
    """Segmented Property Category Code Sequence (0062,0003): Type 3, VR SQ, VM 1. Sequence defining the general category of the property the surface represents. Only a single Item is permitted in this Sequence."""

    SegmentedPropertyTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0062000F, "SQ", "1", "3", name="Segmented Property Type Code Sequence"),
    ] = None
    """Segmented Property Type Code Sequence (0062,000F): Type 3, VR SQ, VM 1. Sequence defining the specific property the surface represents. \"Property\" is used in the sense of meaning \"what the surface represents\", whether it be a physical or biological object, be real or conceptual, having spatial, temporal or func..."""

    SurfaceProcessing: Annotated[
        _SurfaceProcessingValue | None,
        Attribute(
            0x00660009, "CS", "1", "2", name="Surface Processing", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Surface Processing (0066,0009): Type 2, VR CS, VM 1. Specifies whether the surface has been modified subsequent to the original generation of the surface. Enumerated Values: YES NO See Section C.27.1.1.2."""

    SurfaceProcessingRatio: Annotated[
        vr.FL | None,
        Attribute(
            0x0066000A,
            "FL",
            "1",
            "2C",
            name="Surface Processing Ratio",
            when=("value", 0x00660009, 0, "in", ("YES",)),
        ),
    ] = None
    """Surface Processing Ratio (0066,000A): Type 2C, VR FL, VM 1. Required if Surface Processing (0066,0009) is YES. The Ratio of Remaining points to Original points after processing. Required if Surface Processing (0066,0009) is YES."""

    SurfaceProcessingDescription: Annotated[
        vr.LO | None, Attribute(0x0066000B, "LO", "1", "3", name="Surface Processing Description")
    ] = None
    """Surface Processing Description (0066,000B): Type 3, VR LO, VM 1. A textual description of the surface processing performed."""

    SurfaceProcessingAlgorithmIdentificationSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x00660035,
            "SQ",
            "1",
            "2C",
            name="Surface Processing Algorithm Identification Sequence",
            when=("value", 0x00660009, 0, "in", ("YES",)),
        ),
    ] = None
    """Surface Processing Algorithm Identification Sequence (0066,0035): Type 2C, VR SQ, VM 1. Required if Surface Processing (0066,0009) is YES. Describes the processing method. Zero or one Item shall be included in this Sequence. Required if Surface Processing (0066,0009) is YES."""

    RecommendedDisplayGrayscaleValue: Annotated[
        vr.US, Attribute(0x0062000C, "US", "1", "1", name="Recommended Display Grayscale Value")
    ]
    """Recommended Display Grayscale Value (0062,000C): Type 1, VR US, VM 1. A default single gray unsigned value in which it is recommended that the maximum pixel value in this surface be rendered on a monochrome display."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US], Attribute(0x0062000D, "US", "3", "1", name="Recommended Display CIELab Value")
    ]
    """Recommended Display CIELab Value (0062,000D): Type 1, VR US, VM 3. A default triplet value in which it is recommended that the surface be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1"""

    RecommendedPresentationOpacity: Annotated[
        vr.FL, Attribute(0x0066000C, "FL", "1", "1", name="Recommended Presentation Opacity")
    ]
    """Recommended Presentation Opacity (0066,000C): Type 1, VR FL, VM 1. Specifies the opacity in which it is recommended that the surface be rendered. See Section C.27.1.1.3."""

    RecommendedPresentationType: Annotated[
        vr.CS, Attribute(0x0066000D, "CS", "1", "1", name="Recommended Presentation Type")
    ]
    """Recommended Presentation Type (0066,000D): Type 1, VR CS, VM 1. Specifies the presentation type in which it is recommended that the surface be rendered. See Section C.27.1.1.3."""

    RecommendedPointRadius: Annotated[
        vr.FL | None, Attribute(0x00660037, "FL", "1", "3", name="Recommended Point Radius")
    ] = None
    """Recommended Point Radius (0066,0037): Type 3, VR FL, VM 1. Specifies the radius of the vertex points defined in the Long Vertex Point Index List (0066,0043) with which it is recommended that the point be rendered."""

    RecommendedLineThickness: Annotated[
        vr.FL | None, Attribute(0x00660038, "FL", "1", "3", name="Recommended Line Thickness")
    ] = None
    """Recommended Line Thickness (0066,0038): Type 3, VR FL, VM 1. Specifies the thickness of each edge or line defined in the Long Edge Point Index List (0066,0042) or Line Sequence (0066,0028) with which it is recommended that the line be rendered."""

    FiniteVolume: Annotated[
        _FiniteVolumeValue,
        Attribute(
            0x0066000E,
            "CS",
            "1",
            "1",
            name="Finite Volume",
            enumerated=((0, ("YES", "NO", "UNKNOWN")),),
        ),
    ]
    """Finite Volume (0066,000E): Type 1, VR CS, VM 1. Indicates, whether the surface represents a solid (\"waterproof\") object with an outside and an inside. Enumerated Values: YES Contains a finite volume NO Does not contain a finite volume UNKNOWN Might or might not contain a finite volume Se..."""

    Manifold: Annotated[
        _ManifoldValue,
        Attribute(
            0x00660010, "CS", "1", "1", name="Manifold", enumerated=((0, ("YES", "NO", "UNKNOWN")),)
        ),
    ]
    """Manifold (0066,0010): Type 1, VR CS, VM 1. Indicates whether the surface is describing an n-1 dimensional manifold in the underlying n-dimensional vector space. Enumerated Values: YES Manifold in every point NO Does contain non-manifold points UNKNOWN Might or might not contain non-..."""

    SurfacePointsSequence: Annotated[
        list[_PointsItem], Attribute(0x00660011, "SQ", "1", "1", name="Surface Points Sequence")
    ]
    """Surface Points Sequence (0066,0011): Type 1, VR SQ, VM 1. The point positions representing vertices of the surface. Only a single Item shall be included in this Sequence."""

    SurfacePointsNormalsSequence: Annotated[
        list[_VectorsItem] | None,
        Attribute(0x00660012, "SQ", "1", "2", name="Surface Points Normals Sequence"),
    ]
    """Surface Points Normals Sequence (0066,0012): Type 2, VR SQ, VM 1. The normals on the surface for each point. Zero or one Item shall be included in this Sequence. See Section C.27.1.1.6."""

    SurfaceMeshPrimitivesSequence: Annotated[
        list[_SurfaceMeshPrimitivesItem],
        Attribute(0x00660013, "SQ", "1", "1", name="Surface Mesh Primitives Sequence"),
    ]
    """Surface Mesh Primitives Sequence (0066,0013): Type 1, VR SQ, VM 1. Only a single Item shall be included in this Sequence."""


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
