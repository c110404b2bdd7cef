"""Item class AnnotationGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.annotation_applies_to_all_optical_paths import (
        AnnotationAppliesToAllOpticalPathsValue as _AnnotationAppliesToAllOpticalPathsValue,
    )
    from dicomodel.enums.annotation_applies_to_all_z_planes import (
        AnnotationAppliesToAllZPlanesValue as _AnnotationAppliesToAllZPlanesValue,
    )
    from dicomodel.enums.annotation_group_generation_type import (
        AnnotationGroupGenerationTypeValue as _AnnotationGroupGenerationTypeValue,
    )
    from dicomodel.enums.graphic_type import (
        GraphicTypeMicroscopyBulkSimpleAnnotationsValue as _GraphicTypeMicroscopyBulkSimpleAnnotationsValue,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.annotation_property_type_code_sequence_item import (
        AnnotationPropertyTypeCodeSequenceItem as _AnnotationPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations as _MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _AnnotationAppliesToAllOpticalPathsValue = Lazy(
        "dicomodel.enums.annotation_applies_to_all_optical_paths",
        "AnnotationAppliesToAllOpticalPathsValue",
    )
    _AnnotationAppliesToAllZPlanesValue = Lazy(
        "dicomodel.enums.annotation_applies_to_all_z_planes", "AnnotationAppliesToAllZPlanesValue"
    )
    _AnnotationGroupGenerationTypeValue = Lazy(
        "dicomodel.enums.annotation_group_generation_type", "AnnotationGroupGenerationTypeValue"
    )
    _AnnotationPropertyTypeCodeSequenceItem = Lazy(
        "dicomodel.items.annotation_property_type_code_sequence_item",
        "AnnotationPropertyTypeCodeSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _GraphicTypeMicroscopyBulkSimpleAnnotationsValue = Lazy(
        "dicomodel.enums.graphic_type", "GraphicTypeMicroscopyBulkSimpleAnnotationsValue"
    )
    _MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations = Lazy(
        "dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations",
        "MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations",
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.annotation_applies_to_all_optical_paths import (
        AnnotationAppliesToAllOpticalPaths as AnnotationAppliesToAllOpticalPaths,
    )
    from dicomodel.enums.annotation_applies_to_all_z_planes import (
        AnnotationAppliesToAllZPlanes as AnnotationAppliesToAllZPlanes,
    )
    from dicomodel.enums.annotation_group_generation_type import (
        AnnotationGroupGenerationType as AnnotationGroupGenerationType,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.graphic_type import (
        GraphicTypeMicroscopyBulkSimpleAnnotations as GraphicType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AnnotationGroupAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.annotation_property_type_code_sequence_item import (
        AnnotationPropertyTypeCodeSequenceItem as AnnotationPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnnotationPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnnotationPropertyTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measurement_values_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementValuesSequenceItem,
    )
    from dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementsSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "AnnotationAppliesToAllOpticalPaths",
    "AnnotationAppliesToAllZPlanes",
    "AnnotationGroupAlgorithmIdentificationSequenceItem",
    "AnnotationGroupGenerationType",
    "AnnotationGroupSequenceItem",
    "AnnotationPropertyCategoryCodeSequenceItem",
    "AnnotationPropertyTypeCodeSequenceItem",
    "AnnotationPropertyTypeModifierCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GraphicType",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementsSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
]


class AnnotationGroupSequenceItem(DicomModel):
    """An item of Annotation Group Sequence (006A,0002), as first defined in Microscopy Bulk Simple Annotations Module Attributes (C.37.1-2)."""

    dicom_name: ClassVar[str] = "Annotation Group Sequence"
    dicom_table: ClassVar[str] = "table_C.37.1-2"

    AnnotationGroupNumber: Annotated[
        vr.US, Attribute(0x0040A180, "US", "1", "1", name="Annotation Group Number")
    ]
    """Annotation Group Number (0040,A180): Type 1, VR US, VM 1. Identification number of the Annotation Group. Uniquely identifies a Annotation Group within this SOP Instance. Shall start at a value of 1, and increase monotonically by 1."""

    AnnotationGroupUID: Annotated[
        vr.UI, Attribute(0x006A0003, "UI", "1", "1", name="Annotation Group UID")
    ]
    """Annotation Group UID (006A,0003): Type 1, VR UI, VM 1. Unique identifier of the Annotation Group."""

    AnnotationGroupLabel: Annotated[
        vr.LO, Attribute(0x006A0005, "LO", "1", "1", name="Annotation Group Label")
    ]
    """Annotation Group Label (006A,0005): Type 1, VR LO, VM 1. User-defined label identifying this Annotation Group. This may be the same as Code Meaning (0008,0104) of Annotation Property Type Code Sequence (006A,000A)."""

    AnnotationGroupDescription: Annotated[
        vr.UT | None, Attribute(0x006A0006, "UT", "1", "3", name="Annotation Group Description")
    ] = None
    """Annotation Group Description (006A,0006): Type 3, VR UT, VM 1. User-defined description for this Annotation Group."""

    AnnotationGroupGenerationType: Annotated[
        _AnnotationGroupGenerationTypeValue,
        Attribute(
            0x006A0007,
            "CS",
            "1",
            "1",
            name="Annotation Group Generation Type",
            enumerated=((0, ("AUTOMATIC", "SEMIAUTOMATIC", "MANUAL")),),
        ),
    ]
    """Annotation Group Generation Type (006A,0007): Type 1, VR CS, VM 1. Type of algorithm used to generate the Annotations. Enumerated Values: AUTOMATIC generated by algorithm without human user assistance SEMIAUTOMATIC generated by algorithm with human user assistance MANUAL generated by human user"""

    AnnotationGroupAlgorithmIdentificationSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x006A0008,
            "SQ",
            "1",
            "1C",
            name="Annotation Group Algorithm Identification Sequence",
            when=("value", 0x006A0007, 0, "in", ("AUTOMATIC", "SEMIAUTOMATIC")),
        ),
    ] = None
    """Annotation Group Algorithm Identification Sequence (006A,0008): Type 1C, VR SQ, VM 1. Required if Annotation Generation Type (006A,0007) is AUTOMATIC or SEMIAUTOMATIC. The algorithms used to create the Annotations in this group. One or more Items shall be included in this Sequence. Required if Annotation Generation Type (006A,0007) is AUTOMATIC or SEMIAUTOMATIC."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). One or more Items are permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    AnnotationPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x006A0009, "SQ", "1", "1", name="Annotation Property Category Code Sequence"),
    ]
    """Annotation Property Category Code Sequence (006A,0009): Type 1, VR SQ, VM 1. Sequence defining the general category of the property the Annotation Group represents. Only a single Item shall be included in this Sequence."""

    AnnotationPropertyTypeCodeSequence: Annotated[
        list[_AnnotationPropertyTypeCodeSequenceItem],
        Attribute(0x006A000A, "SQ", "1", "1", name="Annotation Property Type Code Sequence"),
    ]
    """Annotation Property Type Code Sequence (006A,000A): Type 1, VR SQ, VM 1. Sequence defining the specific property the Annotation Group represents. Only a single Item shall be included in this Sequence."""

    NumberOfAnnotations: Annotated[
        vr.UL, Attribute(0x006A000C, "UL", "1", "1", name="Number of Annotations")
    ]
    """Number of Annotations (006A,000C): Type 1, VR UL, VM 1. The number of Annotations in this Annotation Group. Each point, polyline or polygon, ellipse or rectangle is counted as one Annotation."""

    GraphicType: Annotated[
        _GraphicTypeMicroscopyBulkSimpleAnnotationsValue,
        Attribute(
            0x00700023,
            "CS",
            "1",
            "1",
            name="Graphic Type",
            enumerated=((0, ("POINT", "POLYLINE", "POLYGON", "ELLIPSE", "RECTANGLE")),),
        ),
    ]
    """Graphic Type (0070,0023): Type 1, VR CS, VM 1. The shape of the Annotations in this Annotation Group. See Section C.37.1.2.1.1. Enumerated Values: POINT a single location denoted by a single coordinate POLYLINE a series of connected line segments with ordered vertices denoted by coordin..."""

    AnnotationAppliesToAllOpticalPaths: Annotated[
        _AnnotationAppliesToAllOpticalPathsValue,
        Attribute(
            0x006A000D,
            "CS",
            "1",
            "1",
            name="Annotation Applies to All Optical Paths",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Annotation Applies to All Optical Paths (006A,000D): Type 1, VR CS, VM 1. Whether the Annotations in this Annotation Group apply to all the optical paths within the corresponding images. Enumerated Values: YES the Annotations apply to all optical paths NO the Annotations apply only to the specified optical path(s..."""

    ReferencedOpticalPathIdentifier: Annotated[
        list[vr.SH] | None,
        Attribute(
            0x006A000E,
            "SH",
            "1-n",
            "1C",
            name="Referenced Optical Path Identifier",
            when=("value", 0x006A000D, 0, "in", ("NO",)),
        ),
    ] = None
    """Referenced Optical Path Identifier (006A,000E): Type 1C, VR SH, VM 1-n. Required if Annotation Applies to All Optical Paths (006A,000D) is NO. Identifies one or more optical paths to which this Annotation applies. Refers to the same value in Optical Path Identifier (0048,0106) within the Optical Path Sequence (0048,0105) in the images to which this Annotation applies."""

    AnnotationAppliesToAllZPlanes: Annotated[
        _AnnotationAppliesToAllZPlanesValue | None,
        Attribute(
            0x006A000F,
            "CS",
            "1",
            "1C",
            name="Annotation Applies to All Z Planes",
            enumerated=((0, ("YES", "NO")),),
            when=("value", 0x006A0001, 0, "in", ("3D",)),
        ),
    ] = None
    """Annotation Applies to All Z Planes (006A,000F): Type 1C, VR CS, VM 1. Required if Annotation Coordinate Type (006A,0001) is 3D. Whether the Annotations in this Annotation Group apply to the full thickness of the tissue on the slide. I.e., they are applicable regardless of the focal plane, in the case that images were acquired with multiple focal planes (Z-stacks)."""

    CommonZCoordinateValue: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x006A0010,
            "FD",
            "1-n",
            "1C",
            name="Common Z Coordinate Value",
            when=(
                "unknown",
                "condition not read: not understood: 'all points in Point Coordinates Data (0066,0016)' (in 'Required if Annotation Coordinate Type (006A,0001) is 3D , and all points in Point Coordinates Data (0066,0016) or Double Point Coordinates Data (0066,0022) are in the same Z plane ( s )')",
            ),
        ),
    ] = None
    """Common Z Coordinate Value (006A,0010): Type 1C, VR FD, VM 1-n. Required if Annotation Coordinate Type (006A,0001) is 3D, and all points in Point Coordinates Data (0066,0016) or Double Point Coordinates Data (0066,0022) are in the same Z plane(s). The Z coordinate(s) common to all points in Point Coordinates Data (0066,0016) or Double Point Coordinates Data (0066,0022), in mm in the Slide Coordinate System (Section C.8.12.2.1.1) associated with the Frame of Reference."""

    PointCoordinatesData: Annotated[
        vr.OF | None,
        Attribute(
            0x00660016,
            "OF",
            "1",
            "1C",
            name="Point Coordinates Data",
            when=("not", ("present", 0x00660022)),
        ),
    ] = None
    """Point Coordinates Data (0066,0016): Type 1C, VR OF, VM 1. Required if Double Point Coordinates Data (0066,0022) is not present. The coordinates of one or more points that define the Annotations (whether single points or polygons), encoded in (X, Y) or (X, Y, Z) order. Required if Double Point Coordinates Data (0066,0022) is not present."""

    DoublePointCoordinatesData: Annotated[
        vr.OD | None,
        Attribute(
            0x00660022,
            "OD",
            "1",
            "1C",
            name="Double Point Coordinates Data",
            when=("not", ("present", 0x00660016)),
        ),
    ] = None
    """Double Point Coordinates Data (0066,0022): Type 1C, VR OD, VM 1. Required if Point Coordinates Data (0066,0016) is not present. The coordinates of one or more points that define the Annotations (whether single points or polygons), encoded in (X, Y) or (X, Y, Z) order. Required if Point Coordinates Data (0066,0016) is not present."""

    LongPrimitivePointIndexList: Annotated[
        vr.OL | None,
        Attribute(
            0x00660040,
            "OL",
            "1",
            "1C",
            name="Long Primitive Point Index List",
            when=("value", 0x00700023, 0, "in", ("POLYLINE", "POLYGON")),
        ),
    ] = None
    """Long Primitive Point Index List (0066,0040): Type 1C, VR OL, VM 1. Required if Graphic Type (0070,0023) is POLYLINE or POLYGON. A list of point indices. See Section C.37.1.2.1.1. Required if Graphic Type (0070,0023) is POLYLINE or POLYGON."""

    RecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x0062000D, "US", "3", "3", name="Recommended Display CIELab Value"),
    ] = None
    """Recommended Display CIELab Value (0062,000D): Type 3, VR US, VM 3. Default triplet value in which it is recommended that the Annotation Group be rendered. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    MeasurementsSequence: Annotated[
        list[_MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations] | None,
        Attribute(0x00660121, "SQ", "1", "3", name="Measurements Sequence"),
    ] = None
    """Measurements Sequence (0066,0121): Type 3, VR SQ, VM 1. Measurements for some or all Annotations in the Annotation Group. Each Item describes one type of measurement. See Section C.37.1.2.1.2. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "AnnotationAppliesToAllOpticalPaths": (
        "dicomodel.enums.annotation_applies_to_all_optical_paths",
        "AnnotationAppliesToAllOpticalPaths",
    ),
    "AnnotationAppliesToAllZPlanes": (
        "dicomodel.enums.annotation_applies_to_all_z_planes",
        "AnnotationAppliesToAllZPlanes",
    ),
    "AnnotationGroupAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "AnnotationGroupGenerationType": (
        "dicomodel.enums.annotation_group_generation_type",
        "AnnotationGroupGenerationType",
    ),
    "AnnotationPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnnotationPropertyTypeCodeSequenceItem": (
        "dicomodel.items.annotation_property_type_code_sequence_item",
        "AnnotationPropertyTypeCodeSequenceItem",
    ),
    "AnnotationPropertyTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicTypeMicroscopyBulkSimpleAnnotations"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MeasurementValuesSequenceItem": (
        "dicomodel.items.measurement_values_sequence_item_microscopy_bulk_simple_annotations",
        "MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations",
    ),
    "MeasurementsSequenceItem": (
        "dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations",
        "MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
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
