"""Surface Segmentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as _AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.segment_sequence_item_surface_segmentation import (
        SegmentSequenceItemSurfaceSegmentation as _SegmentSequenceItemSurfaceSegmentation,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _SegmentSequenceItemSurfaceSegmentation = Lazy(
        "dicomodel.items.segment_sequence_item_surface_segmentation",
        "SegmentSequenceItemSurfaceSegmentation",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.segment_algorithm_type import SegmentAlgorithmType as SegmentAlgorithmType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as SegmentSurfaceSourceInstanceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_surface_sequence_item import (
        ReferencedSurfaceSequenceItem as ReferencedSurfaceSequenceItem,
    )
    from dicomodel.items.segment_sequence_item_surface_segmentation import (
        SegmentSequenceItemSurfaceSegmentation as SegmentSequenceItem,
    )
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AlternateContentDescriptionSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedSurfaceSequenceItem",
    "SegmentAlgorithmType",
    "SegmentSequenceItem",
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem",
    "SegmentSurfaceSourceInstanceSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
    "SurfaceSegmentationModule",
]


class SurfaceSegmentationModule(DicomModel):
    """Surface Segmentation Module Attributes (PS3.3 Table C.8.23-1)."""

    dicom_name: ClassVar[str] = "Surface Segmentation"
    dicom_table: ClassVar[str] = "table_C.8.23-1"

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

    SegmentSequence: Annotated[
        list[_SegmentSequenceItemSurfaceSegmentation],
        Attribute(0x00620002, "SQ", "1", "1", name="Segment Sequence"),
    ]
    """Segment Sequence (0062,0002): Type 1, VR SQ, VM 1. Describes the segments that are contained within the data. One or more Items shall be included in this Sequence."""


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
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item",
        "DefinitionSourceSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ReferencedSurfaceSequenceItem": (
        "dicomodel.items.referenced_surface_sequence_item",
        "ReferencedSurfaceSequenceItem",
    ),
    "SegmentAlgorithmType": ("dicomodel.enums.segment_algorithm_type", "SegmentAlgorithmType"),
    "SegmentSequenceItem": (
        "dicomodel.items.segment_sequence_item_surface_segmentation",
        "SegmentSequenceItemSurfaceSegmentation",
    ),
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "SegmentSurfaceSourceInstanceSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.segmented_property_type_code_sequence_item",
        "SegmentedPropertyTypeCodeSequenceItem",
    ),
    "SegmentedPropertyTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
