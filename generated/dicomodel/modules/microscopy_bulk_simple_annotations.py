"""Microscopy Bulk Simple Annotations Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.annotation_coordinate_type import (
        AnnotationCoordinateTypeValue as _AnnotationCoordinateTypeValue,
    )
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretationValue as _PixelOriginInterpretationValue,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as _AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.annotation_group_sequence_item import (
        AnnotationGroupSequenceItem as _AnnotationGroupSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _AnnotationCoordinateTypeValue = Lazy(
        "dicomodel.enums.annotation_coordinate_type", "AnnotationCoordinateTypeValue"
    )
    _AnnotationGroupSequenceItem = Lazy(
        "dicomodel.items.annotation_group_sequence_item", "AnnotationGroupSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PixelOriginInterpretationValue = Lazy(
        "dicomodel.enums.pixel_origin_interpretation", "PixelOriginInterpretationValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.annotation_applies_to_all_optical_paths import (
        AnnotationAppliesToAllOpticalPaths as AnnotationAppliesToAllOpticalPaths,
    )
    from dicomodel.enums.annotation_applies_to_all_z_planes import (
        AnnotationAppliesToAllZPlanes as AnnotationAppliesToAllZPlanes,
    )
    from dicomodel.enums.annotation_coordinate_type import (
        AnnotationCoordinateType as AnnotationCoordinateType,
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
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AnnotationGroupAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.annotation_group_sequence_item import (
        AnnotationGroupSequenceItem as AnnotationGroupSequenceItem,
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.measurement_values_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementValuesSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementValuesSequenceItem,
    )
    from dicomodel.items.measurements_sequence_item_microscopy_bulk_simple_annotations import (
        MeasurementsSequenceItemMicroscopyBulkSimpleAnnotations as MeasurementsSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AlternateContentDescriptionSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "AnnotationAppliesToAllOpticalPaths",
    "AnnotationAppliesToAllZPlanes",
    "AnnotationCoordinateType",
    "AnnotationGroupAlgorithmIdentificationSequenceItem",
    "AnnotationGroupGenerationType",
    "AnnotationGroupSequenceItem",
    "AnnotationPropertyCategoryCodeSequenceItem",
    "AnnotationPropertyTypeCodeSequenceItem",
    "AnnotationPropertyTypeModifierCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GraphicType",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementsSequenceItem",
    "MicroscopyBulkSimpleAnnotationsModule",
    "PersonIdentificationCodeSequenceItem",
    "PixelOriginInterpretation",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedImageSequenceItem",
]


class MicroscopyBulkSimpleAnnotationsModule(DicomModel):
    """Microscopy Bulk Simple Annotations Module Attributes (PS3.3 Table C.37.1-2)."""

    dicom_name: ClassVar[str] = "Microscopy Bulk Simple Annotations"
    dicom_table: ClassVar[str] = "table_C.37.1-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    ContentLabel: Annotated[vr.CS, Attribute(0x00700080, "CS", "1", "1", name="Content Label")]
    """Content Label (0070,0080): Type 1, VR CS, VM 1. A label that is used to identify this SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. A description of the content of the SOP Instance."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""

    AlternateContentDescriptionSequence: Annotated[
        list[_AlternateContentDescriptionSequenceItem] | None,
        Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
    ] = None
    """Alternate Content Description Sequence (0070,0087): Type 3, VR SQ, VM 1. A Sequence containing alternate descriptions suitable for presentation to the user, e.g., in different languages. One or more Items are permitted in this Sequence."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the content creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the content creation started."""

    AnnotationCoordinateType: Annotated[
        _AnnotationCoordinateTypeValue,
        Attribute(
            0x006A0001,
            "CS",
            "1",
            "1",
            name="Annotation Coordinate Type",
            enumerated=((0, ("2D", "3D")),),
        ),
    ]
    """Annotation Coordinate Type (006A,0001): Type 1, VR CS, VM 1. Whether coordinates are image-relative (2D) or volume-relative (3D). Enumerated Values: 2D relative to individual frame or total image matrix 3D relative to a Cartesian coordinate system defined by a Frame of Reference"""

    PixelOriginInterpretation: Annotated[
        _PixelOriginInterpretationValue | None,
        Attribute(
            0x00480301,
            "CS",
            "1",
            "1C",
            name="Pixel Origin Interpretation",
            enumerated=((0, ("FRAME", "VOLUME")),),
            when=("value", 0x006A0001, 0, "in", ("2D",)),
        ),
    ] = None
    """Pixel Origin Interpretation (0048,0301): Type 1C, VR CS, VM 1. Required if Annotation Coordinate Type (006A,0001) is 2D. For image-relative coordinates, specifies whether coordinates are to be interpreted relative to the individual frame pixel origins, or relative to the Total Pixel Matrix origin (see Section C.8.12.4.1.4)."""

    ReferencedImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("value", 0x006A0001, 0, "in", ("2D",)),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Annotation Coordinate Type (006A,0001) is 2D. May be present otherwise. The image to which this Annotation object applies. Only a single Item shall be included in this Sequence. Required if Annotation Coordinate Type (006A,0001) is 2D. May be present otherwise."""

    AnnotationGroupSequence: Annotated[
        list[_AnnotationGroupSequenceItem],
        Attribute(0x006A0002, "SQ", "1", "1", name="Annotation Group Sequence"),
    ]
    """Annotation Group Sequence (006A,0002): Type 1, VR SQ, VM 1. Groups of Annotations sharing common characteristics, such as graphic type, properties or measurements. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlternateContentDescriptionSequenceItem": (
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    ),
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
    "AnnotationCoordinateType": (
        "dicomodel.enums.annotation_coordinate_type",
        "AnnotationCoordinateType",
    ),
    "AnnotationGroupAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "AnnotationGroupGenerationType": (
        "dicomodel.enums.annotation_group_generation_type",
        "AnnotationGroupGenerationType",
    ),
    "AnnotationGroupSequenceItem": (
        "dicomodel.items.annotation_group_sequence_item",
        "AnnotationGroupSequenceItem",
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
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicTypeMicroscopyBulkSimpleAnnotations"),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
