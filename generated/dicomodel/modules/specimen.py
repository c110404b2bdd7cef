"""Specimen Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.alternate_container_identifier_sequence_item import (
        AlternateContainerIdentifierSequenceItem as _AlternateContainerIdentifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.container_component_sequence_item import (
        ContainerComponentSequenceItem as _ContainerComponentSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.specimen_description_sequence_item import (
        SpecimenDescriptionSequenceItem as _SpecimenDescriptionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContainerIdentifierSequenceItem = Lazy(
        "dicomodel.items.alternate_container_identifier_sequence_item",
        "AlternateContainerIdentifierSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContainerComponentSequenceItem = Lazy(
        "dicomodel.items.container_component_sequence_item", "ContainerComponentSequenceItem"
    )
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _SpecimenDescriptionSequenceItem = Lazy(
        "dicomodel.items.specimen_description_sequence_item", "SpecimenDescriptionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.container_component_material import (
        ContainerComponentMaterialTerm as ContainerComponentMaterialTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.alternate_container_identifier_sequence_item import (
        AlternateContainerIdentifierSequenceItem as AlternateContainerIdentifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContainerComponentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ContainerTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SpecimenTypeCodeSequenceItem
    from dicomodel.items.container_component_sequence_item import (
        ContainerComponentSequenceItem as ContainerComponentSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SpecimenLocalizationContentItemSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SpecimenPreparationStepContentItemSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfTheContainerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfTheSpecimenIdentifierSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item import (
        SpecimenDescriptionSequenceItem as SpecimenDescriptionSequenceItem,
    )
    from dicomodel.items.specimen_preparation_sequence_item import (
        SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem,
    )

__all__ = [
    "AlternateContainerIdentifierSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContainerComponentMaterialTerm",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContainerTypeCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedSOPSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenModule",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class SpecimenModule(DicomModel):
    """Specimen Module Attributes (PS3.3 Table C.7.6.22-1)."""

    dicom_name: ClassVar[str] = "Specimen"
    dicom_table: ClassVar[str] = "table_C.7.6.22-1"

    ContainerIdentifier: Annotated[
        vr.LO, Attribute(0x00400512, "LO", "1", "1", name="Container Identifier")
    ]
    """Container Identifier (0040,0512): Type 1, VR LO, VM 1. The identifier for the container that contains the specimen(s) being imaged. See Section C.7.6.22.1.1."""

    IssuerOfTheContainerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400513, "SQ", "1", "2", name="Issuer of the Container Identifier Sequence"),
    ]
    """Issuer of the Container Identifier Sequence (0040,0513): Type 2, VR SQ, VM 1. Organization that assigned the Container Identifier. Zero or one Item shall be included in this Sequence."""

    AlternateContainerIdentifierSequence: Annotated[
        list[_AlternateContainerIdentifierSequenceItem] | None,
        Attribute(0x00400515, "SQ", "1", "3", name="Alternate Container Identifier Sequence"),
    ] = None
    """Alternate Container Identifier Sequence (0040,0515): Type 3, VR SQ, VM 1. Sequence of alternate identifiers for the container that contains the specimen(s) being imaged. These may have been assigned, e.g., by the manufacturer, or by another institution that collected the specimen."""

    ContainerTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00400518, "SQ", "1", "2", name="Container Type Code Sequence"),
    ]
    """Container Type Code Sequence (0040,0518): Type 2, VR SQ, VM 1. Type of container that contains the specimen(s) being imaged. Zero or one Item shall be included in this Sequence."""

    ContainerDescription: Annotated[
        vr.LO | None, Attribute(0x0040051A, "LO", "1", "3", name="Container Description")
    ] = None
    """Container Description (0040,051A): Type 3, VR LO, VM 1. Description of the container."""

    ContainerComponentSequence: Annotated[
        list[_ContainerComponentSequenceItem] | None,
        Attribute(0x00400520, "SQ", "1", "3", name="Container Component Sequence"),
    ] = None
    """Container Component Sequence (0040,0520): Type 3, VR SQ, VM 1. Description of one or more components of the container (e.g., description of the slide and of the coverslip). One or more Items are permitted in this Sequence."""

    SpecimenDescriptionSequence: Annotated[
        list[_SpecimenDescriptionSequenceItem],
        Attribute(0x00400560, "SQ", "1", "1", name="Specimen Description Sequence"),
    ]
    """Specimen Description Sequence (0040,0560): Type 1, VR SQ, VM 1. Sequence of identifiers and detailed description of the specimen(s) being imaged. One or more Items shall be included in this Sequence. Each specimen imaged in the Pixel Data shall be identified by an Item in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateContainerIdentifierSequenceItem": (
        "dicomodel.items.alternate_container_identifier_sequence_item",
        "AlternateContainerIdentifierSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContainerComponentMaterialTerm": (
        "dicomodel.enums.container_component_material",
        "ContainerComponentMaterialTerm",
    ),
    "ContainerComponentSequenceItem": (
        "dicomodel.items.container_component_sequence_item",
        "ContainerComponentSequenceItem",
    ),
    "ContainerComponentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContainerTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IssuerOfTheContainerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfTheSpecimenIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SpecimenDescriptionSequenceItem": (
        "dicomodel.items.specimen_description_sequence_item",
        "SpecimenDescriptionSequenceItem",
    ),
    "SpecimenLocalizationContentItemSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "SpecimenPreparationSequenceItem": (
        "dicomodel.items.specimen_preparation_sequence_item",
        "SpecimenPreparationSequenceItem",
    ),
    "SpecimenPreparationStepContentItemSequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "SpecimenTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
