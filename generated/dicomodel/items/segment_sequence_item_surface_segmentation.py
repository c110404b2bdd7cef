"""Item class SegmentSequenceItemSurfaceSegmentation.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.segment_algorithm_type import (
        SegmentAlgorithmTypeValue as _SegmentAlgorithmTypeValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as _DefinitionSourceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_surface_sequence_item import (
        ReferencedSurfaceSequenceItem as _ReferencedSurfaceSequenceItem,
    )
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as _SegmentedPropertyTypeCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DefinitionSourceSequenceItem = Lazy(
        "dicomodel.items.definition_source_sequence_item", "DefinitionSourceSequenceItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _ReferencedSurfaceSequenceItem = Lazy(
        "dicomodel.items.referenced_surface_sequence_item", "ReferencedSurfaceSequenceItem"
    )
    _SegmentAlgorithmTypeValue = Lazy(
        "dicomodel.enums.segment_algorithm_type", "SegmentAlgorithmTypeValue"
    )
    _SegmentedPropertyTypeCodeSequenceItem = Lazy(
        "dicomodel.items.segmented_property_type_code_sequence_item",
        "SegmentedPropertyTypeCodeSequenceItem",
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
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
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedSurfaceSequenceItem",
    "SegmentAlgorithmType",
    "SegmentSequenceItemSurfaceSegmentation",
    "SegmentSurfaceGenerationAlgorithmIdentificationSequenceItem",
    "SegmentSurfaceSourceInstanceSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
]


class SegmentSequenceItemSurfaceSegmentation(DicomModel):
    """An item of Segment Sequence (0062,0002), as first defined in Surface Segmentation Module Attributes (C.8.23-1)."""

    dicom_name: ClassVar[str] = "Segment Sequence"
    dicom_table: ClassVar[str] = "table_C.8.23-1"

    SegmentNumber: Annotated[vr.US, Attribute(0x00620004, "US", "1", "1", name="Segment Number")]
    """Segment Number (0062,0004): Type 1, VR US, VM 1. Identification number of the segment. The value of Segment Number (0062,0004) shall be unique within the Segmentation Instance in which it is created. See Section C.8.20.2.4."""

    SegmentLabel: Annotated[vr.LO, Attribute(0x00620005, "LO", "1", "1", name="Segment Label")]
    """Segment Label (0062,0005): Type 1, VR LO, VM 1. User-defined label identifying this segment. This may be the same as Code Meaning (0008,0104) of Segmented Property Type Code Sequence (0062,000F)."""

    SegmentDescription: Annotated[
        vr.ST | None, Attribute(0x00620006, "ST", "1", "3", name="Segment Description")
    ] = None
    """Segment Description (0062,0006): Type 3, VR ST, VM 1. User-defined description for this segment."""

    SegmentAlgorithmType: Annotated[
        _SegmentAlgorithmTypeValue,
        Attribute(
            0x00620008,
            "CS",
            "1",
            "1",
            name="Segment Algorithm Type",
            enumerated=((0, ("AUTOMATIC", "SEMIAUTOMATIC", "MANUAL")),),
        ),
    ]
    """Segment Algorithm Type (0062,0008): Type 1, VR CS, VM 1. Type of algorithm used to generate the segment. Enumerated Values: AUTOMATIC calculated segment SEMIAUTOMATIC calculated segment with user assistance MANUAL user-entered segment"""

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

    SegmentedPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00620003, "SQ", "1", "1", name="Segmented Property Category Code Sequence"),
    ]
    """Segmented Property Category Code Sequence (0062,0003): Type 1, VR SQ, VM 1. Sequence defining the general category of the property the segment represents. Only a single Item shall be included in this Sequence."""

    SegmentedPropertyTypeCodeSequence: Annotated[
        list[_SegmentedPropertyTypeCodeSequenceItem],
        Attribute(0x0062000F, "SQ", "1", "1", name="Segmented Property Type Code Sequence"),
    ]
    """Segmented Property Type Code Sequence (0062,000F): Type 1, VR SQ, VM 1. Sequence defining the specific property the segment represents. \"Property\" is used in the sense of meaning \"what the segmented voxels represent\", whether it be a physical or biological object, be real or conceptual, having spatial, temporal..."""

    TrackingID: Annotated[
        vr.UT | None,
        Attribute(0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)),
    ] = None
    """Tracking ID (0062,0020): Type 1C, VR UT, VM 1. Required if Tracking UID (0062,0021) is present. A text label used for tracking a finding or feature, potentially across multiple reporting objects, over time. This label shall be unique within the domain in which it is used. Required if Tracking UID (0062,0021) is present."""

    TrackingUID: Annotated[
        vr.UI | None,
        Attribute(0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)),
    ] = None
    """Tracking UID (0062,0021): Type 1C, VR UI, VM 1. Required if Tracking ID (0062,0020) is present. A unique identifier used for tracking a finding or feature, potentially across multiple reporting objects, over time. Required if Tracking ID (0062,0020) is present."""

    DefinitionSourceSequence: Annotated[
        list[_DefinitionSourceSequenceItem] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the Segment information. Only a single Item is permitted in this Sequence."""

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

    SurfaceCount: Annotated[vr.UL, Attribute(0x0066002A, "UL", "1", "1", name="Surface Count")]
    """Surface Count (0066,002A): Type 1, VR UL, VM 1. The number of surfaces that comprise this segment. Shall be greater than zero."""

    ReferencedSurfaceSequence: Annotated[
        list[_ReferencedSurfaceSequenceItem],
        Attribute(0x0066002B, "SQ", "1", "1", name="Referenced Surface Sequence"),
    ]
    """Referenced Surface Sequence (0066,002B): Type 1, VR SQ, VM 1. Sequence referencing the surfaces composed to construct this segment. One or more Items shall be included in this Sequence. The number of Items shall equal the value of Surface Count (0066,002A)."""


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
