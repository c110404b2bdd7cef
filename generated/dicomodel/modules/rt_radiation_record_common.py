"""RT Radiation Record Common Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag import (
        RTRadiationPhysicalAndGeometricContentDetailFlagValue as _RTRadiationPhysicalAndGeometricContentDetailFlagValue,
    )
    from dicomodel.enums.rt_radiation_usage import RTRadiationUsageTerm as _RTRadiationUsageTerm
    from dicomodel.enums.rt_record_flag import RTRecordFlagValue as _RTRecordFlagValue
    from dicomodel.enums.rt_treatment_termination_status import (
        RTTreatmentTerminationStatusValue as _RTTreatmentTerminationStatusValue,
    )
    from dicomodel.enums.treatment_delivery_continuation_flag import (
        TreatmentDeliveryContinuationFlagValue as _TreatmentDeliveryContinuationFlagValue,
    )
    from dicomodel.enums.treatment_record_content_origin import (
        TreatmentRecordContentOriginValue as _TreatmentRecordContentOriginValue,
    )
    from dicomodel.items.additional_parameter_recording_instance_sequence_item import (
        AdditionalParameterRecordingInstanceSequenceItem as _AdditionalParameterRecordingInstanceSequenceItem,
    )
    from dicomodel.items.assertion_item import AssertionItem as _AssertionItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.definition_source_sequence_item_rt_radiation_common_base import (
        DefinitionSourceSequenceItemRTRadiationCommonBase as _DefinitionSourceSequenceItemRTRadiationCommonBase,
    )
    from dicomodel.items.interlock_item import InterlockItem as _InterlockItem
    from dicomodel.items.patient_orientation_code_sequence_item import (
        PatientOrientationCodeSequenceItem as _PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.rt_tolerance_set_item import RTToleranceSetItem as _RTToleranceSetItem
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as _TreatmentPositionSequenceItem,
    )
    from dicomodel.items.treatment_tolerance_violation_sequence_item import (
        TreatmentToleranceViolationSequenceItem as _TreatmentToleranceViolationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AdditionalParameterRecordingInstanceSequenceItem = Lazy(
        "dicomodel.items.additional_parameter_recording_instance_sequence_item",
        "AdditionalParameterRecordingInstanceSequenceItem",
    )
    _AssertionItem = Lazy("dicomodel.items.assertion_item", "AssertionItem")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DefinitionSourceSequenceItemRTRadiationCommonBase = Lazy(
        "dicomodel.items.definition_source_sequence_item_rt_radiation_common_base",
        "DefinitionSourceSequenceItemRTRadiationCommonBase",
    )
    _InterlockItem = Lazy("dicomodel.items.interlock_item", "InterlockItem")
    _PatientOrientationCodeSequenceItem = Lazy(
        "dicomodel.items.patient_orientation_code_sequence_item",
        "PatientOrientationCodeSequenceItem",
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _RTRadiationPhysicalAndGeometricContentDetailFlagValue = Lazy(
        "dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag",
        "RTRadiationPhysicalAndGeometricContentDetailFlagValue",
    )
    _RTRadiationUsageTerm = Lazy("dicomodel.enums.rt_radiation_usage", "RTRadiationUsageTerm")
    _RTRecordFlagValue = Lazy("dicomodel.enums.rt_record_flag", "RTRecordFlagValue")
    _RTToleranceSetItem = Lazy("dicomodel.items.rt_tolerance_set_item", "RTToleranceSetItem")
    _RTTreatmentTerminationStatusValue = Lazy(
        "dicomodel.enums.rt_treatment_termination_status", "RTTreatmentTerminationStatusValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentDeliveryContinuationFlagValue = Lazy(
        "dicomodel.enums.treatment_delivery_continuation_flag",
        "TreatmentDeliveryContinuationFlagValue",
    )
    _TreatmentPositionSequenceItem = Lazy(
        "dicomodel.items.treatment_position_sequence_item", "TreatmentPositionSequenceItem"
    )
    _TreatmentRecordContentOriginValue = Lazy(
        "dicomodel.enums.treatment_record_content_origin", "TreatmentRecordContentOriginValue"
    )
    _TreatmentToleranceViolationSequenceItem = Lazy(
        "dicomodel.items.treatment_tolerance_violation_sequence_item",
        "TreatmentToleranceViolationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag import (
        RTRadiationPhysicalAndGeometricContentDetailFlag as RTRadiationPhysicalAndGeometricContentDetailFlag,
    )
    from dicomodel.enums.rt_radiation_usage import RTRadiationUsageTerm as RTRadiationUsageTerm
    from dicomodel.enums.rt_record_flag import RTRecordFlag as RTRecordFlag
    from dicomodel.enums.rt_treatment_termination_status import (
        RTTreatmentTerminationStatus as RTTreatmentTerminationStatus,
    )
    from dicomodel.enums.treatment_delivery_continuation_flag import (
        TreatmentDeliveryContinuationFlag as TreatmentDeliveryContinuationFlag,
    )
    from dicomodel.enums.treatment_record_content_origin import (
        TreatmentRecordContentOrigin as TreatmentRecordContentOrigin,
    )
    from dicomodel.enums.treatment_tolerance_violation_category import (
        TreatmentToleranceViolationCategoryTerm as TreatmentToleranceViolationCategoryTerm,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.additional_parameter_recording_instance_sequence_item import (
        AdditionalParameterRecordingInstanceSequenceItem as AdditionalParameterRecordingInstanceSequenceItem,
    )
    from dicomodel.items.assertion_item import AssertionItem as ConfirmationSequenceItem
    from dicomodel.items.attribute_tolerance_values_sequence_item import (
        AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AssertionCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InterlockCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InterlockResolutionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem,
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
        CodeSequenceItem as RTTreatmentTechniqueCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentMachineSpecialModeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentToleranceViolationCauseCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentToleranceViolationTypeCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as AlternateValueSequenceItem
    from dicomodel.items.definition_source_sequence_item_rt_radiation_common_base import (
        DefinitionSourceSequenceItemRTRadiationCommonBase as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as InterlockOriginatingDeviceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.extended_selector_attribute_item import (
        ExtendedSelectorAttributeItem as TreatmentToleranceViolationAttributeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as AsserterIdentificationSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.interlock_item import InterlockItem as InterlockSequenceItem
    from dicomodel.items.override_sequence_item_rt_radiation_record_common import (
        OverrideSequenceItemRTRadiationRecordCommon as OverrideSequenceItem,
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
    from dicomodel.items.patient_support_position_device_tolerance_sequence_item import (
        PatientSupportPositionDeviceToleranceSequenceItem as PatientSupportPositionDeviceToleranceSequenceItem,
    )
    from dicomodel.items.patient_support_position_item import (
        PatientSupportPositionItem as PatientSupportPositionSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_tolerance_sequence_item import (
        PatientSupportPositionToleranceSequenceItem as PatientSupportPositionToleranceSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as InterlockResolutionUserSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item import (
        PertinentDocumentsSequenceItem as PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.related_assertion_sequence_item import (
        RelatedAssertionSequenceItem as RelatedAssertionSequenceItem,
    )
    from dicomodel.items.rt_tolerance_set_item import (
        RTToleranceSetItem as RTToleranceSetSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTInstanceSequenceItem,
    )
    from dicomodel.items.treatment_position_sequence_item import (
        TreatmentPositionSequenceItem as TreatmentPositionSequenceItem,
    )
    from dicomodel.items.treatment_tolerance_violation_sequence_item import (
        TreatmentToleranceViolationSequenceItem as TreatmentToleranceViolationSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "AdditionalParameterRecordingInstanceSequenceItem",
    "AlternateValueSequenceItem",
    "AsserterIdentificationSequenceItem",
    "AssertionCodeSequenceItem",
    "AttributeToleranceValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConfirmationSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "InterlockCodeSequenceItem",
    "InterlockOriginatingDeviceSequenceItem",
    "InterlockResolutionCodeSequenceItem",
    "InterlockResolutionUserSequenceItem",
    "InterlockSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObserverType",
    "OperatorIdentificationSequenceItem",
    "OrganizationalRoleCodeSequenceItem",
    "OverrideSequenceItem",
    "PatientEquipmentRelationshipCodeSequenceItem",
    "PatientLocationCoordinatesCodeSequenceItem",
    "PatientLocationCoordinatesSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionDeviceToleranceSequenceItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionToleranceSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PertinentDocumentsSequenceItem",
    "RTRadiationPhysicalAndGeometricContentDetailFlag",
    "RTRadiationRecordCommonModule",
    "RTRadiationUsageTerm",
    "RTRecordFlag",
    "RTToleranceSetSequenceItem",
    "RTTreatmentTechniqueCodeSequenceItem",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RTTreatmentTerminationStatus",
    "ReferencedRTInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "RelatedAssertionSequenceItem",
    "TreatmentDeliveryContinuationFlag",
    "TreatmentMachineSpecialModeCodeSequenceItem",
    "TreatmentPositionSequenceItem",
    "TreatmentRecordContentOrigin",
    "TreatmentToleranceViolationAttributeSequenceItem",
    "TreatmentToleranceViolationCategoryTerm",
    "TreatmentToleranceViolationCauseCodeSequenceItem",
    "TreatmentToleranceViolationSequenceItem",
    "TreatmentToleranceViolationTypeCodeSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class RTRadiationRecordCommonModule(DicomModel):
    """RT Radiation Record Common Module Attributes (PS3.3 Table C.36.22-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Record Common"
    dicom_table: ClassVar[str] = "table_C.36.22-1"

    UserContentLongLabel: Annotated[
        vr.LO, Attribute(0x30100034, "LO", "1", "1", name="User Content Long Label")
    ]
    """User Content Long Label (3010,0034): Type 1, VR LO, VM 1. User-defined label for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. User-defined description for the content of this SOP Instance. See Section 10.9.2.1.1."""

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

    RTRadiationPhysicalAndGeometricContentDetailFlag: Annotated[
        _RTRadiationPhysicalAndGeometricContentDetailFlagValue,
        Attribute(
            0x300A0638,
            "CS",
            "1",
            "1",
            name="RT Radiation Physical and Geometric Content Detail Flag",
            enumerated=((0, ("FULL", "IDENT_ONLY", "GEOMETRY_ONLY")),),
        ),
    ]
    """RT Radiation Physical and Geometric Content Detail Flag (300A,0638): Type 1, VR CS, VM 1. The level of detail of content within this SOP Instance. Enumerated Values: FULL The physical and geometric parameters of all devices are fully defined and dosimetric information is present."""

    RTRecordFlag: Annotated[
        _RTRecordFlagValue,
        Attribute(
            0x300A0639, "CS", "1", "1", name="RT Record Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """RT Record Flag (300A,0639): Type 1, VR CS, VM 1. Whether or not device parameters about actual delivery of treatment to a patient have been recorded. Enumerated Values: YES Values in this Instance are a record of a delivered treatment, based on e.g., read-outs or measurements."""

    RTTreatmentTechniqueCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x30100080,
            "SQ",
            "1",
            "1C",
            name="RT Treatment Technique Code Sequence",
            when=(
                "unknown",
                "names no attribute: the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage ( 1.2.840.10008.5.1.4.1.1.481.17 )",
            ),
            otherwise="may",
        ),
    ] = None
    """RT Treatment Technique Code Sequence (3010,0080): Type 1C, VR SQ, VM 1. Required if the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"). May be present otherwise. Type of treatment technique. Only a single Item shall be included in this Sequence. Required if the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\")."""

    PatientOrientationCodeSequence: Annotated[
        list[_PatientOrientationCodeSequenceItem],
        Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 1, VR SQ, VM 1. Sequence that describes the orientation of the Patient with respect to gravity. See Section C.8.4.6.1.1 and Section C.8.11.5.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    PatientEquipmentRelationshipCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x30100030, "SQ", "1", "1", name="Patient Equipment Relationship Code Sequence"),
    ]
    """Patient Equipment Relationship Code Sequence (3010,0030): Type 1, VR SQ, VM 1. Description of the orientation of the Patient with respect to the equipment. See Section C.36.6.1.8 for further explanation. Only a single Item shall be included in this Sequence."""

    TreatmentPositionSequence: Annotated[
        list[_TreatmentPositionSequenceItem] | None,
        Attribute(
            0x300A063F,
            "SQ",
            "1",
            "1C",
            name="Treatment Position Sequence",
            when=(
                "and",
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.17",))),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.23",))),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.24",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Position Sequence (300A,063F): Type 1C, VR SQ, VM 1. Required if SOP Class UID is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.1.1.481.23”), and SOP Class UID is not Enhanced Continuous RT Image (“1.2.840.10008.5.1.4.1.1.481.24”). May be present otherwise. Patient positions during treatment, being prescribed or recorded. Required if SOP Class UID is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"), and SOP Class UID is not Enhanced RT Image (“1.2.840.10008.5.1.4.1.1...."""

    RTToleranceSetSequence: Annotated[
        list[_RTToleranceSetItem] | None,
        Attribute(0x300A0629, "SQ", "1", "3", name="RT Tolerance Set Sequence"),
    ] = None
    """RT Tolerance Set Sequence (300A,0629): Type 3, VR SQ, VM 1. A set of tolerance values to be applied to parameters used for delivery of the RT Radiation. Only a single Item is permitted in this Sequence."""

    TreatmentMachineSpecialModeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0635,
            "SQ",
            "1",
            "1C",
            name="Treatment Machine Special Mode Code Sequence",
            when=(
                "unknown",
                "names no attribute: a special delivery mode is used for treatment and the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage ( 1.2.840.10008.5.1.4.1.1.481.17 )",
            ),
            otherwise="may",
        ),
    ] = None
    """Treatment Machine Special Mode Code Sequence (300A,0635): Type 1C, VR SQ, VM 1. Required if a special delivery mode is used for treatment and the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"). May be present otherwise. A mode of operation on the treatment machine. Required if a special delivery mode is used for treatment and the SOP Class of the SOP Instance including this Module is not RT Radiation Salvage Record Storage (\"1.2.840.10008.5.1.4.1.1.481.17\"..."""

    DefinitionSourceSequence: Annotated[
        list[_DefinitionSourceSequenceItemRTRadiationCommonBase] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the ROI Contour information. Only a single Item is permitted in this Sequence. Permitted Referenced SOP Classes are defined in Section C.36.2.1.6.1.4. See Section C.8.8.13.2."""

    TreatmentSessionUID: Annotated[
        vr.UI, Attribute(0x300A0700, "UI", "1", "1", name="Treatment Session UID")
    ]
    """Treatment Session UID (300A,0700): Type 1, VR UI, VM 1. Uniquely identifies the RT Treatment Session to which this Instance belongs."""

    ReferencedRTInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300A0631,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Instance Sequence",
            when=(
                "unknown",
                "names no attribute: an RT Radiation SOP Instance was used to provide the instructions to the delivery system",
            ),
        ),
    ] = None
    """Referenced RT Instance Sequence (300A,0631): Type 1C, VR SQ, VM 1. Required if an RT Radiation SOP Instance was used to provide the instructions to the delivery system. The RT Radiation SOP Instance that provided the instruction to deliver the radiation. Required if an RT Radiation SOP Instance was used to provide the instructions to the delivery system."""

    RTRadiationUsage: Annotated[
        _RTRadiationUsageTerm | vr.CS,
        Attribute(0x300A0701, "CS", "1", "1", name="RT Radiation Usage"),
    ]
    """RT Radiation Usage (300A,0701): Type 1, VR CS, VM 1. A general indication of how the referenced RT Radiation was used. The Defined Terms are specified in Section C.36.10.1.1. This value may differ from the RT Radiation Set Intent (300A,0637) within the Instance referenced by the Referenced RT..."""

    TreatmentRecordContentOrigin: Annotated[
        _TreatmentRecordContentOriginValue,
        Attribute(
            0x300A0709,
            "CS",
            "1",
            "1",
            name="Treatment Record Content Origin",
            enumerated=((0, ("DEVICE", "USER")),),
        ),
    ]
    """Treatment Record Content Origin (300A,0709): Type 1, VR CS, VM 1. The origin of the content of this SOP Instance. Enumerated Values: DEVICE The content has been recorded by the treatment device which performed the treatment delivery. USER The content has been constructed based on user inputs."""

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
    """Treatment Delivery Continuation Flag (300A,0708): Type 1, VR CS, VM 1. Indicates whether this SOP Instance represents the record of a treatment delivery which was a continuation of a previously interrupted treatment delivery of the RT Treatment Fraction specified by the RT Radiation Set Delivery Number (300A,0..."""

    RTTreatmentTerminationStatus: Annotated[
        _RTTreatmentTerminationStatusValue,
        Attribute(
            0x300A0714,
            "CS",
            "1",
            "1",
            name="RT Treatment Termination Status",
            enumerated=((0, ("NORMAL", "ABNORMAL")),),
        ),
    ]
    """RT Treatment Termination Status (300A,0714): Type 1, VR CS, VM 1. Termination status of the recorded treatment. Enumerated Values: NORMAL The delivery of the fraction represented by the referenced RT Radiation IOD terminated as expected and the fraction has been correctly delivered."""

    RTTreatmentTerminationReasonCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0715,
            "SQ",
            "1",
            "2C",
            name="RT Treatment Termination Reason Code Sequence",
            when=("value", 0x300A0714, 0, "in", ("ABNORMAL",)),
        ),
    ] = None
    """RT Treatment Termination Reason Code Sequence (300A,0715): Type 2C, VR SQ, VM 1. Required if RT Treatment Termination Status (300A,0714) is ABNORMAL. Treatment machine termination code. This code is dependent upon the particular application and equipment. Required if RT Treatment Termination Status (300A,0714) is ABNORMAL. Zero or more items shall be included in this Sequence."""

    MachineSpecificTreatmentTerminationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0716, "SQ", "1", "3", name="Machine-Specific Treatment Termination Code Sequence"
        ),
    ] = None
    """Machine-Specific Treatment Termination Code Sequence (300A,0716): Type 3, VR SQ, VM 1. Machine-specific termination codes. One or more Items are permitted in this Sequence."""

    TreatmentTerminationDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x300A0730,
            "ST",
            "1",
            "2C",
            name="Treatment Termination Description",
            when=("value", 0x300A0714, 0, "in", ("ABNORMAL",)),
        ),
    ] = None
    """Treatment Termination Description (300A,0730): Type 2C, VR ST, VM 1. Required if RT Treatment Termination Status (300A,0714) is ABNORMAL. A user-readable description for an abnormal termination. Required if RT Treatment Termination Status (300A,0714) is ABNORMAL."""

    TreatmentToleranceViolationSequence: Annotated[
        list[_TreatmentToleranceViolationSequenceItem] | None,
        Attribute(0x300A0731, "SQ", "1", "2", name="Treatment Tolerance Violation Sequence"),
    ]
    """Treatment Tolerance Violation Sequence (300A,0731): Type 2, VR SQ, VM 1. Reports violations of tolerances that occurred during treatment delivery. Zero or more items shall be included in this Sequence."""

    ConfirmationSequence: Annotated[
        list[_AssertionItem] | None,
        Attribute(0x300A073F, "SQ", "1", "2", name="Confirmation Sequence"),
    ]
    """Confirmation Sequence (300A,073F): Type 2, VR SQ, VM 1. Records confirmations (sign-offs) by treatment session operators of details that may not be verified electronically (e.g. the presence of devices). Zero or more Items shall be included in this Sequence."""

    InterlockSequence: Annotated[
        list[_InterlockItem] | None,
        Attribute(0x300A0740, "SQ", "1", "2", name="Interlock Sequence"),
    ]
    """Interlock Sequence (300A,0740): Type 2, VR SQ, VM 1. Interlocks that occurred prior, during or after the delivery of radiation covered by this SOP Instance. Zero or more Items shall be included in this Sequence."""

    AdditionalParameterRecordingInstanceSequence: Annotated[
        list[_AdditionalParameterRecordingInstanceSequenceItem] | None,
        Attribute(
            0x300A0780, "SQ", "1", "3", name="Additional Parameter Recording Instance Sequence"
        ),
    ] = None
    """Additional Parameter Recording Instance Sequence (300A,0780): Type 3, VR SQ, VM 1. SOP Instances that contain additional recording of treatment parameters. One or more Items are permitted in this Sequence. See Section C.36.22.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdditionalParameterRecordingInstanceSequenceItem": (
        "dicomodel.items.additional_parameter_recording_instance_sequence_item",
        "AdditionalParameterRecordingInstanceSequenceItem",
    ),
    "AlternateValueSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "AsserterIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "AssertionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AttributeToleranceValuesSequenceItem": (
        "dicomodel.items.attribute_tolerance_values_sequence_item",
        "AttributeToleranceValuesSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConfirmationSequenceItem": ("dicomodel.items.assertion_item", "AssertionItem"),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item_rt_radiation_common_base",
        "DefinitionSourceSequenceItemRTRadiationCommonBase",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterlockCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InterlockOriginatingDeviceSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "InterlockResolutionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "InterlockResolutionUserSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "InterlockSequenceItem": ("dicomodel.items.interlock_item", "InterlockItem"),
    "MachineSpecificTreatmentTerminationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_radiation_record_common",
        "OverrideSequenceItemRTRadiationRecordCommon",
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
    "PatientSupportPositionDeviceParameterSequenceItem": (
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    ),
    "PatientSupportPositionDeviceToleranceSequenceItem": (
        "dicomodel.items.patient_support_position_device_tolerance_sequence_item",
        "PatientSupportPositionDeviceToleranceSequenceItem",
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
    "PatientSupportPositionToleranceSequenceItem": (
        "dicomodel.items.patient_support_position_tolerance_sequence_item",
        "PatientSupportPositionToleranceSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PertinentDocumentsSequenceItem": (
        "dicomodel.items.pertinent_documents_sequence_item",
        "PertinentDocumentsSequenceItem",
    ),
    "RTRadiationPhysicalAndGeometricContentDetailFlag": (
        "dicomodel.enums.rt_radiation_physical_and_geometric_content_detail_flag",
        "RTRadiationPhysicalAndGeometricContentDetailFlag",
    ),
    "RTRadiationUsageTerm": ("dicomodel.enums.rt_radiation_usage", "RTRadiationUsageTerm"),
    "RTRecordFlag": ("dicomodel.enums.rt_record_flag", "RTRecordFlag"),
    "RTToleranceSetSequenceItem": ("dicomodel.items.rt_tolerance_set_item", "RTToleranceSetItem"),
    "RTTreatmentTechniqueCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTTreatmentTerminationReasonCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTTreatmentTerminationStatus": (
        "dicomodel.enums.rt_treatment_termination_status",
        "RTTreatmentTerminationStatus",
    ),
    "ReferencedRTInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "RelatedAssertionSequenceItem": (
        "dicomodel.items.related_assertion_sequence_item",
        "RelatedAssertionSequenceItem",
    ),
    "TreatmentDeliveryContinuationFlag": (
        "dicomodel.enums.treatment_delivery_continuation_flag",
        "TreatmentDeliveryContinuationFlag",
    ),
    "TreatmentMachineSpecialModeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TreatmentPositionSequenceItem": (
        "dicomodel.items.treatment_position_sequence_item",
        "TreatmentPositionSequenceItem",
    ),
    "TreatmentRecordContentOrigin": (
        "dicomodel.enums.treatment_record_content_origin",
        "TreatmentRecordContentOrigin",
    ),
    "TreatmentToleranceViolationAttributeSequenceItem": (
        "dicomodel.items.extended_selector_attribute_item",
        "ExtendedSelectorAttributeItem",
    ),
    "TreatmentToleranceViolationCategoryTerm": (
        "dicomodel.enums.treatment_tolerance_violation_category",
        "TreatmentToleranceViolationCategoryTerm",
    ),
    "TreatmentToleranceViolationCauseCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TreatmentToleranceViolationSequenceItem": (
        "dicomodel.items.treatment_tolerance_violation_sequence_item",
        "TreatmentToleranceViolationSequenceItem",
    ),
    "TreatmentToleranceViolationTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
