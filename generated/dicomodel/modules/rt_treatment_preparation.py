"""RT Treatment Preparation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as _PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as _ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as _RTPatientPositionItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as _RTPatientPositionScopeWithLegacySupportItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PatientTreatmentPreparationProcedureSequenceItem = Lazy(
        "dicomodel.items.patient_treatment_preparation_procedure_sequence_item",
        "PatientTreatmentPreparationProcedureSequenceItem",
    )
    _RTPatientPositionItem = Lazy(
        "dicomodel.items.rt_patient_position_item", "RTPatientPositionItem"
    )
    _RTPatientPositionScopeWithLegacySupportItem = Lazy(
        "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
        "RTPatientPositionScopeWithLegacySupportItem",
    )
    _ReferencedPatientSetupPhotoSequenceItem = Lazy(
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as BeamSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DisplacementReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientEquipmentRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientLocationCoordinatesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.patient_location_coordinates_sequence_item import (
        PatientLocationCoordinatesSequenceItem as PatientLocationCoordinatesSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportDisplacementSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_item import (
        PatientToEquipmentRelationshipItem as RTPatientPositionSequenceItem,
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
    from dicomodel.items.referenced_rt_plan_sequence_item import (
        ReferencedRTPlanSequenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_rt_radiation_set_sequence_item import (
        ReferencedRTRadiationSetSequenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
    )
    from dicomodel.items.rt_patient_position_displacement_sequence_item import (
        RTPatientPositionDisplacementSequenceItem as RTPatientPositionDisplacementSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTTreatmentPreparationPatientPositionSequenceItem,
    )
    from dicomodel.items.rt_patient_position_scope_with_legacy_support_item import (
        RTPatientPositionScopeWithLegacySupportItem as RTPatientPositionScopeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.treatment_position_group_sequence_item import (
        TreatmentPositionGroupSequenceItem as TreatmentPositionGroupSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BeamSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DisplacementReferenceLocationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientSupportDisplacementSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "RTPatientPositionDisplacementSequenceItem",
    "RTPatientPositionScopeSequenceItem",
    "RTPatientPositionSequenceItem",
    "RTTreatmentPreparationModule",
    "RTTreatmentPreparationPatientPositionSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "TreatmentPositionGroupSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class RTTreatmentPreparationModule(DicomModel):
    """RT Treatment Preparation Module Attributes (PS3.3 Table C.36.25-1)."""

    dicom_name: ClassVar[str] = "RT Treatment Preparation"
    dicom_table: ClassVar[str] = "table_C.36.25-1"

    EntityLongLabel: Annotated[
        vr.LO, Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label")
    ]
    """Entity Long Label (3010,0038): Type 1, VR LO, VM 1. User-defined label for this entity. See Section 10.32.2.1."""

    EntityDescription: Annotated[
        vr.ST | None, Attribute(0x30100037, "ST", "1", "3", name="Entity Description")
    ] = None
    """Entity Description (3010,0037): Type 3, VR ST, VM 1. User-defined description for this entity. See Section 10.31.1.2."""

    RTPatientPositionScopeSequence: Annotated[
        list[_RTPatientPositionScopeWithLegacySupportItem],
        Attribute(0x300A0784, "SQ", "1", "1", name="RT Patient Position Scope Sequence"),
    ]
    """RT Patient Position Scope Sequence (300A,0784): Type 1, VR SQ, VM 1. The RT Radiation Set, RT Radiation Instances or the Treatment Position Groups to which the treatment preparation parameters apply. Only a single Item shall be included in this Sequence."""

    RTTreatmentPreparationPatientPositionSequence: Annotated[
        list[_RTPatientPositionItem],
        Attribute(
            0x300A078A, "SQ", "1", "1", name="RT Treatment Preparation Patient Position Sequence"
        ),
    ]
    """RT Treatment Preparation Patient Position Sequence (300A,078A): Type 1, VR SQ, VM 1. The position of the patient at the start of the treatment preparation. Only a single Item shall be included in this Sequence."""

    PatientTreatmentPreparationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x300A078D, "SQ", "1", "1", name="Patient Treatment Preparation Method Code Sequence"
        ),
    ]
    """Patient Treatment Preparation Method Code Sequence (300A,078D): Type 1, VR SQ, VM 1. Method used to prepare the Patient for treatment. Only a single Item shall be included in this Sequence."""

    PatientTreatmentPreparationMethodDescription: Annotated[
        vr.LT | None,
        Attribute(
            0x300A0792, "LT", "1", "3", name="Patient Treatment Preparation Method Description"
        ),
    ] = None
    """Patient Treatment Preparation Method Description (300A,0792): Type 3, VR LT, VM 1. User-defined description of patient treatment preparation technique."""

    ReferencedPatientSetupPhotoSequence: Annotated[
        list[_ReferencedPatientSetupPhotoSequenceItem] | None,
        Attribute(0x300A078C, "SQ", "1", "3", name="Referenced Patient Setup Photo Sequence"),
    ] = None
    """Referenced Patient Setup Photo Sequence (300A,078C): Type 3, VR SQ, VM 1. References to photos illustrating the patient setup. One or more Items are permitted in this Sequence."""

    PatientTreatmentPreparationProcedureSequence: Annotated[
        list[_PatientTreatmentPreparationProcedureSequenceItem] | None,
        Attribute(
            0x300A0790, "SQ", "1", "2", name="Patient Treatment Preparation Procedure Sequence"
        ),
    ]
    """Patient Treatment Preparation Procedure Sequence (300A,0790): Type 2, VR SQ, VM 1. Procedures for preparing for the treatment of the patient. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DisplacementReferenceLocationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "PatientEquipmentRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientLocationCoordinatesSequenceItem": (
        "dicomodel.items.patient_location_coordinates_sequence_item",
        "PatientLocationCoordinatesSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientSupportDisplacementSequenceItem": (
        "dicomodel.items.patient_support_position_item",
        "PatientSupportPositionItem",
    ),
    "PatientSupportPositionDeviceParameterSequenceItem": (
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    ),
    "PatientSupportPositionParameterSequenceItem": (
        "dicomodel.items.patient_support_position_parameter_sequence_item",
        "PatientSupportPositionParameterSequenceItem",
    ),
    "PatientSupportPositionSequenceItem": (
        "dicomodel.items.patient_support_position_item",
        "PatientSupportPositionItem",
    ),
    "PatientSupportPositionSpecificationMethod": (
        "dicomodel.enums.patient_support_position_specification_method",
        "PatientSupportPositionSpecificationMethod",
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
    "RTPatientPositionDisplacementSequenceItem": (
        "dicomodel.items.rt_patient_position_displacement_sequence_item",
        "RTPatientPositionDisplacementSequenceItem",
    ),
    "RTPatientPositionScopeSequenceItem": (
        "dicomodel.items.rt_patient_position_scope_with_legacy_support_item",
        "RTPatientPositionScopeWithLegacySupportItem",
    ),
    "RTPatientPositionSequenceItem": (
        "dicomodel.items.patient_to_equipment_relationship_item",
        "PatientToEquipmentRelationshipItem",
    ),
    "RTTreatmentPreparationPatientPositionSequenceItem": (
        "dicomodel.items.rt_patient_position_item",
        "RTPatientPositionItem",
    ),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPatientSetupPhotoSequenceItem": (
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item",
        "ReferencedRTPlanSequenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSetSequenceItem": (
        "dicomodel.items.referenced_rt_radiation_set_sequence_item",
        "ReferencedRTRadiationSetSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "TreatmentPositionGroupSequenceItem": (
        "dicomodel.items.treatment_position_group_sequence_item",
        "TreatmentPositionGroupSequenceItem",
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
