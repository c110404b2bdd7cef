"""Item class RTRadiationTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.treatment_delivery_continuation_flag import (
        TreatmentDeliveryContinuationFlagValue as _TreatmentDeliveryContinuationFlagValue,
    )
    from dicomodel.items.device_motion_control_sequence_item import (
        DeviceMotionControlSequenceItem as _DeviceMotionControlSequenceItem,
    )
    from dicomodel.items.rt_patient_position_item import (
        RTPatientPositionItem as _RTPatientPositionItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DeviceMotionControlSequenceItem = Lazy(
        "dicomodel.items.device_motion_control_sequence_item", "DeviceMotionControlSequenceItem"
    )
    _RTPatientPositionItem = Lazy(
        "dicomodel.items.rt_patient_position_item", "RTPatientPositionItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentDeliveryContinuationFlagValue = Lazy(
        "dicomodel.enums.treatment_delivery_continuation_flag",
        "TreatmentDeliveryContinuationFlagValue",
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
    from dicomodel.enums.device_motion_execution_mode import (
        DeviceMotionExecutionMode as DeviceMotionExecutionMode,
    )
    from dicomodel.enums.device_motion_observation_mode import (
        DeviceMotionObservationMode as DeviceMotionObservationMode,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
        SOPInstanceReferenceItem as ReferencedRTTreatmentPreparationSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
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
    "DeviceMotionControlSequenceItem",
    "DeviceMotionExecutionMode",
    "DeviceMotionObservationMode",
    "DeviceMotionParameterCodeSequenceItem",
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
    "RTDeliveryStartPatientPositionSequenceItem",
    "RTPatientPositionDisplacementSequenceItem",
    "RTPatientPositionSequenceItem",
    "RTRadiationTaskSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedRTRadiationSequenceItem",
    "ReferencedRTTreatmentPreparationSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "TreatmentDeliveryContinuationFlag",
    "ValueType",
]


class RTRadiationTaskSequenceItem(DicomModel):
    """An item of RT Radiation Task Sequence (300A,0797), as first defined in RT Radiation Set Delivery Instruction Module Attributes (C.36.24-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Task Sequence"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    ReferencedRTRadiationSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. Reference to a single RT Radiation SOP Instance containing the parameters to be used for the delivery of the RT Radiation."""

    RTDeliveryStartPatientPositionSequence: Annotated[
        list[_RTPatientPositionItem] | None,
        Attribute(0x300A0789, "SQ", "1", "2", name="RT Delivery Start Patient Position Sequence"),
    ]
    """RT Delivery Start Patient Position Sequence (300A,0789): Type 2, VR SQ, VM 1. The position of the patient at the start of delivery of the RT Radiation referenced in the RT Radiation Sequence (300A,0630)."""

    TreatmentDeliveryContinuationFlag: Annotated[
        _TreatmentDeliveryContinuationFlagValue,
        Attribute(
            0x300A0708,
            "CS",
            "1",
            "1",
            name="Treatment Delivery Continuation Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Treatment Delivery Continuation Flag (300A,0708): Type 1, VR CS, VM 1. Whether the task defines a continuation of a previously interrupted treatment delivery of the referenced RT Radiation. Enumerated Values: YES The task represents a continuation."""

    ContinuationStartMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00740120,
            "FD",
            "1",
            "1C",
            name="Continuation Start Meterset",
            when=("value", 0x300A0708, 0, "in", ("YES",)),
        ),
    ] = None
    """Continuation Start Meterset (0074,0120): Type 1C, VR FD, VM 1. Required if Treatment Delivery Continuation Flag (300A,0708) is YES. Meterset within the RT Radiation referenced in the Referenced RT Radiation Sequence (300A,0630) at which treatment delivery starts."""

    ContinuationEndMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00740121,
            "FD",
            "1",
            "1C",
            name="Continuation End Meterset",
            when=(
                "and",
                ("value", 0x300A0708, 0, "in", ("YES",)),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """Continuation End Meterset (0074,0121): Type 1C, VR FD, VM 1. Required if Treatment Delivery Continuation Flag (300A,0708) is YES and the Continuation End Meterset (0074,0121) is not equal to the Meterset of the last RT Control Point in the referenced RT Radiation SOP Instance. Meterset within the RT Radiation referenced in the Referenced RT Radiation Sequence (300A,0630) at which treatment delivery ends."""

    RadiationOrderIndex: Annotated[
        vr.US | None, Attribute(0x300A0786, "US", "1", "2", name="Radiation Order Index")
    ]
    """Radiation Order Index (300A,0786): Type 2, VR US, VM 1. Index defining the order in which the RT Radiations are to be delivered. The value shall start at 1, and increase monotonically by 1."""

    ReferencedRTTreatmentPreparationSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300A078B, "SQ", "1", "2", name="Referenced RT Treatment Preparation Sequence"),
    ]
    """Referenced RT Treatment Preparation Sequence (300A,078B): Type 2, VR SQ, VM 1. Reference to a RT Treatment Preparation SOP Instance that applies to this delivery. Only a single Item shall be included in this Sequence."""

    DeviceMotionControlSequence: Annotated[
        list[_DeviceMotionControlSequenceItem] | None,
        Attribute(0x300A0450, "SQ", "1", "3", name="Device Motion Control Sequence"),
    ] = None
    """Device Motion Control Sequence (300A,0450): Type 3, VR SQ, VM 1. Device Motion Control Definitions for each degree of freedom. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSequenceItem": (
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
