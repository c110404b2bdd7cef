"""RT Equipment Mapping and Plan Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as _PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference import (
        ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as _ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as _RTPatientTreatmentPreparationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem = Lazy(
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    )
    _PatientToEquipmentRelationshipSequenceItem = Lazy(
        "dicomodel.items.patient_to_equipment_relationship_sequence_item",
        "PatientToEquipmentRelationshipSequenceItem",
    )
    _RTPatientTreatmentPreparationItem = Lazy(
        "dicomodel.items.rt_patient_treatment_preparation_item", "RTPatientTreatmentPreparationItem"
    )
    _ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference = Lazy(
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
        "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as ReferencedBeamSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference import (
        ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as PatientTreatmentPreparationSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientToEquipmentRelationshipSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "RTEquipmentMappingAndPlanReferenceMacro",
    "ReferencedBeamSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedSOPSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class RTEquipmentMappingAndPlanReferenceMacro(DicomModel):
    """RT Equipment Mapping and Plan Reference Macro Attributes (PS3.3 Table C.36.2.4.12-1)."""

    dicom_name: ClassVar[str] = "RT Equipment Mapping and Plan Reference"
    dicom_table: ClassVar[str] = "table_C.36.2.4.12-1"

    EquipmentFrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x300A0675,
            "UI",
            "1",
            "1C",
            name="Equipment Frame of Reference UID",
            when=("or", ("present", 0x300A07A1), ("present", 0x300A07A0)),
        ),
    ] = None
    """Equipment Frame of Reference UID (300A,0675): Type 1C, VR UI, VM 1. Required if either Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1) or Patient to Equipment Relationship Sequence (300A,07A0) is present. Frame of Reference identifier for the Treatment Delivery Device. Required if either Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1) or Patient to Equipment Relationship Sequence (300A,07A0) is present."""

    ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence: Annotated[
        list[_ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem] | None,
        Attribute(
            0x300A07A1,
            "SQ",
            "1",
            "3",
            name="Imaging Equipment to Treatment Delivery Device Relationship Sequence",
        ),
    ] = None
    """Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1): Type 3, VR SQ, VM 1. The relationship between the coordinate system of the Imaging Device and coordinate system of the Treatment Delivery Device. Only a single Item is permitted in this Sequence. See Section 10.39.1.1."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None, Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position")
    ] = None
    """Isocenter Position (300A,012C): Type 3, VR DS, VM 3. Isocenter coordinates (x,y,z), in mm. Specifies the location of the machine isocenter in the Patient-Based Coordinate System associated with the Frame of Reference."""

    PatientToEquipmentRelationshipSequence: Annotated[
        list[_PatientToEquipmentRelationshipSequenceItem] | None,
        Attribute(0x300A07A0, "SQ", "1", "3", name="Patient to Equipment Relationship Sequence"),
    ] = None
    """Patient to Equipment Relationship Sequence (300A,07A0): Type 3, VR SQ, VM 1. The relationship between the Patient Frame of Reference and the coordinate system of the Treatment Delivery Device. Only a single Item is permitted in this Sequence."""

    PatientTreatmentPreparationSequence: Annotated[
        list[_RTPatientTreatmentPreparationItem] | None,
        Attribute(0x300A079F, "SQ", "1", "3", name="Patient Treatment Preparation Sequence"),
    ] = None
    """Patient Treatment Preparation Sequence (300A,079F): Type 3, VR SQ, VM 1. Procedures and devices required to prepare a patient for treatment. Only a single Item is permitted in this Sequence. See Section C.8.8.12.1.3."""

    ReferencedRTPlanSequence: Annotated[
        list[_ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference] | None,
        Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 3, VR SQ, VM 1. RT Plan Instance associated with the acquisition of this Instance. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem": (
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientSupportPositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "PatientToEquipmentRelationshipSequenceItem": (
        "dicomodel.items.patient_to_equipment_relationship_sequence_item",
        "PatientToEquipmentRelationshipSequenceItem",
    ),
    "PatientTreatmentPreparationDeviceSequenceItem": (
        "dicomodel.items.rt_accessory_device_identification_item",
        "RTAccessoryDeviceIdentificationItem",
    ),
    "PatientTreatmentPreparationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureParameterSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureSequenceItem": (
        "dicomodel.items.patient_treatment_preparation_procedure_sequence_item",
        "PatientTreatmentPreparationProcedureSequenceItem",
    ),
    "PatientTreatmentPreparationSequenceItem": (
        "dicomodel.items.rt_patient_treatment_preparation_item",
        "RTPatientTreatmentPreparationItem",
    ),
    "ReferencedBeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "ReferencedPatientSetupPhotoSequenceItem": (
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
        "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
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
