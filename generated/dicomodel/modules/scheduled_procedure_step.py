"""Scheduled Procedure Step Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.scheduled_procedure_step_sequence_item import (
        ScheduledProcedureStepSequenceItem as _ScheduledProcedureStepSequenceItem,
    )
    from dicomodel.items.specimen_item import SpecimenItem as _SpecimenItem
else:
    from dicomodel.lazy import Lazy

    _ScheduledProcedureStepSequenceItem = Lazy(
        "dicomodel.items.scheduled_procedure_step_sequence_item",
        "ScheduledProcedureStepSequenceItem",
    )
    _SpecimenItem = Lazy("dicomodel.items.specimen_item", "SpecimenItem")

if TYPE_CHECKING:
    from dicomodel.enums.anatomical_orientation_type import (
        AnatomicalOrientationType as AnatomicalOrientationType,
    )
    from dicomodel.enums.container_component_material import (
        ContainerComponentMaterialTerm as ContainerComponentMaterialTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import ModalityTerm as ModalityTerm
    from dicomodel.enums.scheduled_procedure_step_status import (
        ScheduledProcedureStepStatusTerm as ScheduledProcedureStepStatusTerm,
    )
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SpecimenTypeCodeSequenceItem
    from dicomodel.items.container_component_sequence_item import (
        ContainerComponentSequenceItem as ContainerComponentSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
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
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ScheduledPerformingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
        ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step import (
        ReferencedDefinedProtocolSequenceItemScheduledProcedureStep as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_procedure_step_sequence_item import (
        ScheduledProcedureStepSequenceItem as ScheduledProcedureStepSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.specimen_description_sequence_item import (
        SpecimenDescriptionSequenceItem as SpecimenDescriptionSequenceItem,
    )
    from dicomodel.items.specimen_item import SpecimenItem as ScheduledSpecimenSequenceItem
    from dicomodel.items.specimen_preparation_sequence_item import (
        SpecimenPreparationSequenceItem as SpecimenPreparationSequenceItem,
    )

__all__ = [
    "AlternateContainerIdentifierSequenceItem",
    "AnatomicalOrientationType",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContainerComponentMaterialTerm",
    "ContainerComponentSequenceItem",
    "ContainerComponentTypeCodeSequenceItem",
    "ContainerTypeCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfTheContainerIdentifierSequenceItem",
    "IssuerOfTheSpecimenIdentifierSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModalityTerm",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSOPSequenceItem",
    "ScheduledPerformingPhysicianIdentificationSequenceItem",
    "ScheduledProcedureStepModule",
    "ScheduledProcedureStepSequenceItem",
    "ScheduledProcedureStepStatusTerm",
    "ScheduledProtocolCodeSequenceItem",
    "ScheduledSpecimenSequenceItem",
    "SpecimenDescriptionSequenceItem",
    "SpecimenLocalizationContentItemSequenceItem",
    "SpecimenPreparationSequenceItem",
    "SpecimenPreparationStepContentItemSequenceItem",
    "SpecimenTypeCodeSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class ScheduledProcedureStepModule(DicomModel):
    """Scheduled Procedure Step Module Attributes (PS3.3 Table C.4-10)."""

    dicom_name: ClassVar[str] = "Scheduled Procedure Step"
    dicom_table: ClassVar[str] = "table_C.4-10"

    ScheduledProcedureStepSequence: Annotated[
        list[_ScheduledProcedureStepSequenceItem] | None,
        Attribute(0x00400100, "SQ", "1", None, name="Scheduled Procedure Step Sequence"),
    ] = None
    """Scheduled Procedure Step Sequence (0040,0100): no Type, VR SQ, VM 1. One or more Scheduled Procedure Steps for one Requested Procedure."""

    ScheduledSpecimenSequence: Annotated[
        list[_SpecimenItem] | None,
        Attribute(0x00400500, "SQ", "1", None, name="Scheduled Specimen Sequence"),
    ] = None
    """Scheduled Specimen Sequence (0040,0500): no Type, VR SQ, VM 1. Sequence of Items identifying specimens to be imaged in the identified Scheduled Procedure Step(s), with their characteristics."""

    BarcodeValue: Annotated[
        vr.LT | None, Attribute(0x22000005, "LT", "1", None, name="Barcode Value")
    ] = None
    """Barcode Value (2200,0005): no Type, VR LT, VM 1. Barcode interpreted from a scanned label. In the case of a scanned patient label, this may be the same as Patient ID (0010,0020), but it is included in the Scheduled Procedure Step Module rather than the Patient Identification Module since..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlternateContainerIdentifierSequenceItem": (
        "dicomodel.items.alternate_container_identifier_sequence_item",
        "AlternateContainerIdentifierSequenceItem",
    ),
    "AnatomicalOrientationType": (
        "dicomodel.enums.anatomical_orientation_type",
        "AnatomicalOrientationType",
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
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
    "ModalityTerm": ("dicomodel.enums.modality", "ModalityTerm"),
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
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step",
        "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item_scheduled_procedure_step",
        "ReferencedDefinedProtocolSequenceItemScheduledProcedureStep",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ScheduledPerformingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ScheduledProcedureStepSequenceItem": (
        "dicomodel.items.scheduled_procedure_step_sequence_item",
        "ScheduledProcedureStepSequenceItem",
    ),
    "ScheduledProcedureStepStatusTerm": (
        "dicomodel.enums.scheduled_procedure_step_status",
        "ScheduledProcedureStepStatusTerm",
    ),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    ),
    "ScheduledSpecimenSequenceItem": ("dicomodel.items.specimen_item", "SpecimenItem"),
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
