"""RT Radiation Set Delivery Instruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.omitted_radiation_sequence_item import (
        OmittedRadiationSequenceItem as _OmittedRadiationSequenceItem,
    )
    from dicomodel.items.rt_radiation_task_sequence_item import (
        RTRadiationTaskSequenceItem as _RTRadiationTaskSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.treatment_device_identification_item import (
        TreatmentDeviceIdentificationItem as _TreatmentDeviceIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _OmittedRadiationSequenceItem = Lazy(
        "dicomodel.items.omitted_radiation_sequence_item", "OmittedRadiationSequenceItem"
    )
    _RTRadiationTaskSequenceItem = Lazy(
        "dicomodel.items.rt_radiation_task_sequence_item", "RTRadiationTaskSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentDeviceIdentificationItem = Lazy(
        "dicomodel.items.treatment_device_identification_item", "TreatmentDeviceIdentificationItem"
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
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionMode as DeviceMotionExecutionMode,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationMode as DeviceMotionObservationMode,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.treatment_delivery_continuation_flag import (
        TreatmentDeliveryContinuationFlag as TreatmentDeliveryContinuationFlag,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DeviceMotionParameterCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DisplacementReferenceLocationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
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
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForOmissionCodeSequenceItem,
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
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as DeviceMotionControlSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem,
    )
    from dicomodel.items.omitted_radiation_sequence_item import (
        OmittedRadiationSequenceItem as OmittedRadiationSequenceItem,
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
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_patient_position_displacement_sequence_item import (
        RTPatientPositionDisplacementSequenceItem as RTPatientPositionDisplacementSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as RTDeliveryStartPatientPositionSequenceItem,
    )
    from dicomodel.items.rt_radiation_task_sequence_item import (
        RTRadiationTaskSequenceItem as RTRadiationTaskSequenceItem,
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTTreatmentPreparationSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.treatment_device_identification_item import (
        TreatmentDeviceIdentificationItem as TreatmentDeviceIdentificationSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AsserterIdentificationSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "DisplacementReferenceLocationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObserverType",
    "OmittedRadiationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
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
    "PersonIdentificationCodeSequenceItem",
    "RTDeliveryStartPatientPositionSequenceItem",
    "RTPatientPositionDisplacementSequenceItem",
    "RTPatientPositionSequenceItem",
    "RTRadiationSetDeliveryInstructionModule",
    "RTRadiationTaskSequenceItem",
    "ReasonForOmissionCodeSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
    "ReferencedRTTreatmentPreparationSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "TreatmentDeliveryContinuationFlag",
    "TreatmentDeviceIdentificationSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class RTRadiationSetDeliveryInstructionModule(DicomModel):
    """RT Radiation Set Delivery Instruction Module Attributes (PS3.3 Table C.36.24-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Set Delivery Instruction"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    ReferencedRTRadiationSetSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0702, "SQ", "1", "1", name="Referenced RT Radiation Set Sequence"),
    ]
    """Referenced RT Radiation Set Sequence (300A,0702): Type 1, VR SQ, VM 1. Reference to a Radiation Set SOP Instance containing the Radiations to which the current SOP Instance applies. Only a single Item shall be included in this sequence."""

    TreatmentDeviceIdentificationSequence: Annotated[
        list[_TreatmentDeviceIdentificationItem] | None,
        Attribute(0x300A063A, "SQ", "1", "2", name="Treatment Device Identification Sequence"),
    ]
    """Treatment Device Identification Sequence (300A,063A): Type 2, VR SQ, VM 1. Identifies the treatment device intended to be used for delivering the RT Radiation. See C.36.24.1.1. Zero or one Item shall be included in this Sequence."""

    RTRadiationSetDeliveryUsage: Annotated[
        vr.CS, Attribute(0x300A079E, "CS", "1", "1", name="RT Radiation Set Delivery Usage")
    ]
    """RT Radiation Set Delivery Usage (300A,079E): Type 1, VR CS, VM 1. The intended usage of the RT Radiation Set. This value may differ from the RT Radiation Set Intent (300A,0637) within the Instance referenced by the Referenced RT Radiation Set Sequence (300A,0702)."""

    RTRadiationSetDeliveryNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0704,
            "US",
            "1",
            "1C",
            name="RT Radiation Set Delivery Number",
            when=("value", 0x300A079E, 0, "in", ("TREATMENT",)),
            otherwise="may",
        ),
    ] = None
    """RT Radiation Set Delivery Number (300A,0704): Type 1C, VR US, VM 1. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. A number that indicates the RT Treatment Fraction of the referenced RT Radiation Set Instance to be delivered. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. See C.36.20.1.2."""

    ClinicalFractionNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0705,
            "US",
            "1",
            "1C",
            name="Clinical Fraction Number",
            when=("value", 0x300A079E, 0, "in", ("TREATMENT",)),
            otherwise="may",
        ),
    ] = None
    """Clinical Fraction Number (300A,0705): Type 1C, VR US, VM 1. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. A number that indicates the RT Treatment Fraction to be delivered. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. See C.36.20.1.2."""

    RTRadiationTaskSequence: Annotated[
        list[_RTRadiationTaskSequenceItem],
        Attribute(0x300A0797, "SQ", "1", "1", name="RT Radiation Task Sequence"),
    ]
    """RT Radiation Task Sequence (300A,0797): Type 1, VR SQ, VM 1. Subset of RT Radiations to be delivered and/or to have quality assurance procedures applied. One or more Items shall be included in this Sequence."""

    OmittedRadiationSequence: Annotated[
        list[_OmittedRadiationSequenceItem] | None,
        Attribute(
            0x300A0787,
            "SQ",
            "1",
            "1C",
            name="Omitted Radiation Sequence",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Omitted Radiation Sequence (300A,0787): Type 1C, VR SQ, VM 1. Required if one or more RT Radiation SOP Instances contained in the referenced RT Radiation Set are not to be delivered. Subset of RT Radiations that are not to be delivered. The delivery system shall not deliver any RT Radiations referenced in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AsserterIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
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
    "DeviceMotionControlSequenceItem": (
        "dicomodel.items.device_motion_control_sequence_item",
        "DeviceMotionControlSequenceItem",
    ),
    "DeviceMotionExecutionMode": (
        "dicomodel.enums.device_motion_execution_mode",
        "DeviceMotionExecutionMode",
    ),
    "DeviceMotionObservationMode": (
        "dicomodel.enums.device_motion_observation_mode",
        "DeviceMotionObservationMode",
    ),
    "DeviceMotionParameterCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OmittedRadiationSequenceItem": (
        "dicomodel.items.omitted_radiation_sequence_item",
        "OmittedRadiationSequenceItem",
    ),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTDeliveryStartPatientPositionSequenceItem": (
        "dicomodel.items.rt_patient_position_item",
        "RTPatientPositionItem",
    ),
    "RTPatientPositionDisplacementSequenceItem": (
        "dicomodel.items.rt_patient_position_displacement_sequence_item",
        "RTPatientPositionDisplacementSequenceItem",
    ),
    "RTPatientPositionSequenceItem": (
        "dicomodel.items.patient_to_equipment_relationship_item",
        "PatientToEquipmentRelationshipItem",
    ),
    "RTRadiationTaskSequenceItem": (
        "dicomodel.items.rt_radiation_task_sequence_item",
        "RTRadiationTaskSequenceItem",
    ),
    "ReasonForOmissionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSetSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTTreatmentPreparationSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "TreatmentDeliveryContinuationFlag": (
        "dicomodel.enums.treatment_delivery_continuation_flag",
        "TreatmentDeliveryContinuationFlag",
    ),
    "TreatmentDeviceIdentificationSequenceItem": (
        "dicomodel.items.treatment_device_identification_item",
        "TreatmentDeviceIdentificationItem",
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
