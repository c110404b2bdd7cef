"""RT Brachy Session Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.brachy_treatment_technique import (
        BrachyTreatmentTechniqueValue as _BrachyTreatmentTechniqueValue,
    )
    from dicomodel.enums.brachy_treatment_type import (
        BrachyTreatmentTypeTerm as _BrachyTreatmentTypeTerm,
    )
    from dicomodel.items.recorded_source_sequence_item import (
        RecordedSourceSequenceItem as _RecordedSourceSequenceItem,
    )
    from dicomodel.items.treatment_session_application_setup_sequence_item import (
        TreatmentSessionApplicationSetupSequenceItem as _TreatmentSessionApplicationSetupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BrachyTreatmentTechniqueValue = Lazy(
        "dicomodel.enums.brachy_treatment_technique", "BrachyTreatmentTechniqueValue"
    )
    _BrachyTreatmentTypeTerm = Lazy(
        "dicomodel.enums.brachy_treatment_type", "BrachyTreatmentTypeTerm"
    )
    _RecordedSourceSequenceItem = Lazy(
        "dicomodel.items.recorded_source_sequence_item", "RecordedSourceSequenceItem"
    )
    _TreatmentSessionApplicationSetupSequenceItem = Lazy(
        "dicomodel.items.treatment_session_application_setup_sequence_item",
        "TreatmentSessionApplicationSetupSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.application_setup_check import (
        ApplicationSetupCheck as ApplicationSetupCheck,
    )
    from dicomodel.enums.application_setup_type import (
        ApplicationSetupTypeTerm as ApplicationSetupTypeTerm,
    )
    from dicomodel.enums.brachy_accessory_device_type import (
        BrachyAccessoryDeviceTypeTerm as BrachyAccessoryDeviceTypeTerm,
    )
    from dicomodel.enums.brachy_treatment_technique import (
        BrachyTreatmentTechnique as BrachyTreatmentTechnique,
    )
    from dicomodel.enums.brachy_treatment_type import (
        BrachyTreatmentTypeTerm as BrachyTreatmentTypeTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.source_applicator_type import (
        SourceApplicatorTypeTerm as SourceApplicatorTypeTerm,
    )
    from dicomodel.enums.source_movement_type import (
        SourceMovementTypeTerm as SourceMovementTypeTerm,
    )
    from dicomodel.enums.source_strength_units import SourceStrengthUnits as SourceStrengthUnits
    from dicomodel.enums.source_type import SourceTypeTerm as SourceTypeTerm
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBrachySessionRecord as TreatmentDeliveryTypeTerm,
    )
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatus as TreatmentTerminationStatus,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatus as TreatmentVerificationStatus,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.brachy_control_point_delivered_sequence_item import (
        BrachyControlPointDeliveredSequenceItem as BrachyPulseControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MachineSpecificTreatmentTerminationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RTTreatmentTerminationReasonCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.override_sequence_item_rt_brachy_session_record import (
        OverrideSequenceItemRTBrachySessionRecord as OverrideSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item import (
        PulseSpecificBrachyControlPointDeliveredSequenceItem as PulseSpecificBrachyControlPointDeliveredSequenceItem,
    )
    from dicomodel.items.recorded_brachy_accessory_device_sequence_item import (
        RecordedBrachyAccessoryDeviceSequenceItem as RecordedBrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.recorded_channel_sequence_item import (
        RecordedChannelSequenceItem as RecordedChannelSequenceItem,
    )
    from dicomodel.items.recorded_channel_shield_sequence_item import (
        RecordedChannelShieldSequenceItem as RecordedChannelShieldSequenceItem,
    )
    from dicomodel.items.recorded_source_applicator_sequence_item import (
        RecordedSourceApplicatorSequenceItem as RecordedSourceApplicatorSequenceItem,
    )
    from dicomodel.items.recorded_source_sequence_item import (
        RecordedSourceSequenceItem as RecordedSourceSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord as ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedVerificationImageSequenceItem,
    )
    from dicomodel.items.treatment_session_application_setup_sequence_item import (
        TreatmentSessionApplicationSetupSequenceItem as TreatmentSessionApplicationSetupSequenceItem,
    )

__all__ = [
    "ApplicationSetupCheck",
    "ApplicationSetupTypeTerm",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyControlPointDeliveredSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem",
    "BrachyTreatmentTechnique",
    "BrachyTreatmentTypeTerm",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MachineSpecificTreatmentTerminationCodeSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverrideSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    "RTBrachySessionRecordModule",
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RecordedBrachyAccessoryDeviceSequenceItem",
    "RecordedChannelSequenceItem",
    "RecordedChannelShieldSequenceItem",
    "RecordedSourceApplicatorSequenceItem",
    "RecordedSourceSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
    "SourceStrengthUnits",
    "SourceTypeTerm",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionApplicationSetupSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
]


class RTBrachySessionRecordModule(DicomModel):
    """RT Brachy Session Record Module Attributes (PS3.3 Table C.8-58)."""

    dicom_name: ClassVar[str] = "RT Brachy Session Record"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of Fraction Group within referenced RT Plan."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (Fractions) planned for current Fraction Group."""

    BrachyTreatmentTechnique: Annotated[
        _BrachyTreatmentTechniqueValue,
        Attribute(
            0x300A0200,
            "CS",
            "1",
            "1",
            name="Brachy Treatment Technique",
            enumerated=(
                (
                    0,
                    (
                        "INTRALUMENARY",
                        "INTRACAVITARY",
                        "INTERSTITIAL",
                        "CONTACT",
                        "INTRAVASCULAR",
                        "PERMANENT",
                    ),
                ),
            ),
        ),
    ]
    """Brachy Treatment Technique (300A,0200): Type 1, VR CS, VM 1. Type of brachytherapy treatment technique. Enumerated Values: INTRALUMENARY INTRACAVITARY INTERSTITIAL CONTACT INTRAVASCULAR PERMANENT See RT Plan IOD."""

    BrachyTreatmentType: Annotated[
        _BrachyTreatmentTypeTerm | vr.CS,
        Attribute(0x300A0202, "CS", "1", "1", name="Brachy Treatment Type"),
    ]
    """Brachy Treatment Type (300A,0202): Type 1, VR CS, VM 1. Type of brachytherapy treatment. Defined Terms: MANUAL Manually positioned HDR High dose rate MDR Medium dose rate LDR Low dose rate PDR Pulsed dose rate"""

    RecordedSourceSequence: Annotated[
        list[_RecordedSourceSequenceItem],
        Attribute(0x30080100, "SQ", "1", "1", name="Recorded Source Sequence"),
    ]
    """Recorded Source Sequence (3008,0100): Type 1, VR SQ, VM 1. Sequence of Sources to be used within Application Setups. One or more Items shall be included in this Sequence."""

    TreatmentSessionApplicationSetupSequence: Annotated[
        list[_TreatmentSessionApplicationSetupSequenceItem],
        Attribute(0x30080110, "SQ", "1", "1", name="Treatment Session Application Setup Sequence"),
    ]
    """Treatment Session Application Setup Sequence (3008,0110): Type 1, VR SQ, VM 1. Sequence of Application Setups for RT Treatment Record for current RT Plan. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicationSetupCheck": ("dicomodel.enums.application_setup_check", "ApplicationSetupCheck"),
    "ApplicationSetupTypeTerm": (
        "dicomodel.enums.application_setup_type",
        "ApplicationSetupTypeTerm",
    ),
    "BrachyAccessoryDeviceTypeTerm": (
        "dicomodel.enums.brachy_accessory_device_type",
        "BrachyAccessoryDeviceTypeTerm",
    ),
    "BrachyControlPointDeliveredSequenceItem": (
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    ),
    "BrachyPulseControlPointDeliveredSequenceItem": (
        "dicomodel.items.brachy_control_point_delivered_sequence_item",
        "BrachyControlPointDeliveredSequenceItem",
    ),
    "BrachyTreatmentTechnique": (
        "dicomodel.enums.brachy_treatment_technique",
        "BrachyTreatmentTechnique",
    ),
    "BrachyTreatmentTypeTerm": ("dicomodel.enums.brachy_treatment_type", "BrachyTreatmentTypeTerm"),
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
    "MachineSpecificTreatmentTerminationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OverrideSequenceItem": (
        "dicomodel.items.override_sequence_item_rt_brachy_session_record",
        "OverrideSequenceItemRTBrachySessionRecord",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PulseSpecificBrachyControlPointDeliveredSequenceItem": (
        "dicomodel.items.pulse_specific_brachy_control_point_delivered_sequence_item",
        "PulseSpecificBrachyControlPointDeliveredSequenceItem",
    ),
    "RTTreatmentTerminationReasonCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RecordedBrachyAccessoryDeviceSequenceItem": (
        "dicomodel.items.recorded_brachy_accessory_device_sequence_item",
        "RecordedBrachyAccessoryDeviceSequenceItem",
    ),
    "RecordedChannelSequenceItem": (
        "dicomodel.items.recorded_channel_sequence_item",
        "RecordedChannelSequenceItem",
    ),
    "RecordedChannelShieldSequenceItem": (
        "dicomodel.items.recorded_channel_shield_sequence_item",
        "RecordedChannelShieldSequenceItem",
    ),
    "RecordedSourceApplicatorSequenceItem": (
        "dicomodel.items.recorded_source_applicator_sequence_item",
        "RecordedSourceApplicatorSequenceItem",
    ),
    "RecordedSourceSequenceItem": (
        "dicomodel.items.recorded_source_sequence_item",
        "RecordedSourceSequenceItem",
    ),
    "ReferencedCalculatedDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record",
        "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord",
    ),
    "ReferencedMeasuredDoseReferenceSequenceItem": (
        "dicomodel.items.referenced_measured_dose_reference_sequence_item",
        "ReferencedMeasuredDoseReferenceSequenceItem",
    ),
    "ReferencedVerificationImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "SourceApplicatorTypeTerm": (
        "dicomodel.enums.source_applicator_type",
        "SourceApplicatorTypeTerm",
    ),
    "SourceMovementTypeTerm": ("dicomodel.enums.source_movement_type", "SourceMovementTypeTerm"),
    "SourceStrengthUnits": ("dicomodel.enums.source_strength_units", "SourceStrengthUnits"),
    "SourceTypeTerm": ("dicomodel.enums.source_type", "SourceTypeTerm"),
    "TreatmentDeliveryTypeTerm": (
        "dicomodel.enums.treatment_delivery_type",
        "TreatmentDeliveryTypeTermRTBrachySessionRecord",
    ),
    "TreatmentSessionApplicationSetupSequenceItem": (
        "dicomodel.items.treatment_session_application_setup_sequence_item",
        "TreatmentSessionApplicationSetupSequenceItem",
    ),
    "TreatmentTerminationStatus": (
        "dicomodel.enums.treatment_termination_status",
        "TreatmentTerminationStatus",
    ),
    "TreatmentVerificationStatus": (
        "dicomodel.enums.treatment_verification_status",
        "TreatmentVerificationStatus",
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
