"""Item class TreatmentSessionApplicationSetupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.application_setup_check import (
        ApplicationSetupCheckValue as _ApplicationSetupCheckValue,
    )
    from dicomodel.enums.application_setup_type import (
        ApplicationSetupTypeTerm as _ApplicationSetupTypeTerm,
    )
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeTermRTBrachySessionRecord as _TreatmentDeliveryTypeTermRTBrachySessionRecord,
    )
    from dicomodel.enums.treatment_termination_status import (
        TreatmentTerminationStatusValue as _TreatmentTerminationStatusValue,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatusValue as _TreatmentVerificationStatusValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.recorded_brachy_accessory_device_sequence_item import (
        RecordedBrachyAccessoryDeviceSequenceItem as _RecordedBrachyAccessoryDeviceSequenceItem,
    )
    from dicomodel.items.recorded_channel_sequence_item import (
        RecordedChannelSequenceItem as _RecordedChannelSequenceItem,
    )
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord as _ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as _ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ApplicationSetupCheckValue = Lazy(
        "dicomodel.enums.application_setup_check", "ApplicationSetupCheckValue"
    )
    _ApplicationSetupTypeTerm = Lazy(
        "dicomodel.enums.application_setup_type", "ApplicationSetupTypeTerm"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _RecordedBrachyAccessoryDeviceSequenceItem = Lazy(
        "dicomodel.items.recorded_brachy_accessory_device_sequence_item",
        "RecordedBrachyAccessoryDeviceSequenceItem",
    )
    _RecordedChannelSequenceItem = Lazy(
        "dicomodel.items.recorded_channel_sequence_item", "RecordedChannelSequenceItem"
    )
    _ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord = Lazy(
        "dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record",
        "ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord",
    )
    _ReferencedMeasuredDoseReferenceSequenceItem = Lazy(
        "dicomodel.items.referenced_measured_dose_reference_sequence_item",
        "ReferencedMeasuredDoseReferenceSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _TreatmentDeliveryTypeTermRTBrachySessionRecord = Lazy(
        "dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryTypeTermRTBrachySessionRecord"
    )
    _TreatmentTerminationStatusValue = Lazy(
        "dicomodel.enums.treatment_termination_status", "TreatmentTerminationStatusValue"
    )
    _TreatmentVerificationStatusValue = Lazy(
        "dicomodel.enums.treatment_verification_status", "TreatmentVerificationStatusValue"
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
    from dicomodel.items.referenced_calculated_dose_reference_sequence_item_rt_brachy_session_record import (
        ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord as ReferencedCalculatedDoseReferenceSequenceItem,
    )
    from dicomodel.items.referenced_measured_dose_reference_sequence_item import (
        ReferencedMeasuredDoseReferenceSequenceItem as ReferencedMeasuredDoseReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedVerificationImageSequenceItem,
    )

__all__ = [
    "ApplicationSetupCheck",
    "ApplicationSetupTypeTerm",
    "BrachyAccessoryDeviceTypeTerm",
    "BrachyControlPointDeliveredSequenceItem",
    "BrachyPulseControlPointDeliveredSequenceItem",
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
    "RTTreatmentTerminationReasonCodeSequenceItem",
    "RecordedBrachyAccessoryDeviceSequenceItem",
    "RecordedChannelSequenceItem",
    "RecordedChannelShieldSequenceItem",
    "RecordedSourceApplicatorSequenceItem",
    "ReferencedCalculatedDoseReferenceSequenceItem",
    "ReferencedMeasuredDoseReferenceSequenceItem",
    "ReferencedVerificationImageSequenceItem",
    "SourceApplicatorTypeTerm",
    "SourceMovementTypeTerm",
    "TreatmentDeliveryTypeTerm",
    "TreatmentSessionApplicationSetupSequenceItem",
    "TreatmentTerminationStatus",
    "TreatmentVerificationStatus",
]


class TreatmentSessionApplicationSetupSequenceItem(DicomModel):
    """An item of Treatment Session Application Setup Sequence (3008,0110), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Treatment Session Application Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ApplicationSetupType: Annotated[
        _ApplicationSetupTypeTerm | vr.CS,
        Attribute(0x300A0232, "CS", "1", "1", name="Application Setup Type"),
    ]
    """Application Setup Type (300A,0232): Type 1, VR CS, VM 1. Type of Application Setup. Defined Terms: FLETCHER_SUIT DELCLOS BLOEDORN JOSLIN_FLYNN CHANDIGARH MANCHESTER HENSCHKE NASOPHARYNGEAL OESOPHAGEAL ENDOBRONCHIAL SYED_NEBLETT ENDORECTAL PERINEAL"""

    ReferencedBrachyApplicationSetupNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C000C, "IS", "1", "3", name="Referenced Brachy Application Setup Number"),
    ] = None
    """Referenced Brachy Application Setup Number (300C,000C): Type 3, VR IS, VM 1. References application setup specified by Application Setup Number (300A,0234) in Application Setup Sequence (300A,0230) in RT Brachy Application Setups Module within referenced RT Plan."""

    ApplicationSetupName: Annotated[
        vr.LO | None, Attribute(0x300A0236, "LO", "1", "3", name="Application Setup Name")
    ] = None
    """Application Setup Name (300A,0236): Type 3, VR LO, VM 1. User-defined name for Application Setup."""

    ApplicationSetupManufacturer: Annotated[
        vr.LO | None, Attribute(0x300A0238, "LO", "1", "3", name="Application Setup Manufacturer")
    ] = None
    """Application Setup Manufacturer (300A,0238): Type 3, VR LO, VM 1. Manufacturer of Application Setup."""

    TemplateNumber: Annotated[
        vr.IS | None, Attribute(0x300A0240, "IS", "1", "3", name="Template Number")
    ] = None
    """Template Number (300A,0240): Type 3, VR IS, VM 1. Identification number of the Template."""

    TemplateType: Annotated[
        vr.SH | None, Attribute(0x300A0242, "SH", "1", "3", name="Template Type")
    ] = None
    """Template Type (300A,0242): Type 3, VR SH, VM 1. User-defined type for Template Device."""

    TemplateName: Annotated[
        vr.LO | None, Attribute(0x300A0244, "LO", "1", "3", name="Template Name")
    ] = None
    """Template Name (300A,0244): Type 3, VR LO, VM 1. User-defined name for Template Device."""

    ApplicationSetupCheck: Annotated[
        _ApplicationSetupCheckValue | None,
        Attribute(
            0x30080116,
            "CS",
            "1",
            "3",
            name="Application Setup Check",
            enumerated=((0, ("PASSED", "FAILED", "UNKNOWN")),),
        ),
    ] = None
    """Application Setup Check (3008,0116): Type 3, VR CS, VM 1. Results of check-wire travel through all channels of current Application Setup. Enumerated Values: PASSED Passed check FAILED Failed check UNKNOWN Unknown status"""

    ReferencedVerificationImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0040, "SQ", "1", "3", name="Referenced Verification Image Sequence"),
    ] = None
    """Referenced Verification Image Sequence (300C,0040): Type 3, VR SQ, VM 1. Sequence of verification images obtained during delivery of current Application Setup. One or more Items are permitted in this Sequence. See Note 1."""

    TotalReferenceAirKerma: Annotated[
        vr.DS, Attribute(0x300A0250, "DS", "1", "1", name="Total Reference Air Kerma")
    ]
    """Total Reference Air Kerma (300A,0250): Type 1, VR DS, VM 1. Total Reference Air Kerma for current Application Setup, i.e., the sum of the products of the Air Kerma Rates of each Source in each Channel with its respective Channel Time (µGy at 1 m). Value shall be zero for non-gamma sources."""

    ReferencedMeasuredDoseReferenceSequence: Annotated[
        list[_ReferencedMeasuredDoseReferenceSequenceItem] | None,
        Attribute(0x30080080, "SQ", "1", "3", name="Referenced Measured Dose Reference Sequence"),
    ] = None
    """Referenced Measured Dose Reference Sequence (3008,0080): Type 3, VR SQ, VM 1. Sequence of doses measured during treatment delivery, summed over entire session. One or more Items are permitted in this Sequence."""

    ReferencedCalculatedDoseReferenceSequence: Annotated[
        list[_ReferencedCalculatedDoseReferenceSequenceItemRTBrachySessionRecord] | None,
        Attribute(0x30080090, "SQ", "1", "3", name="Referenced Calculated Dose Reference Sequence"),
    ] = None
    """Referenced Calculated Dose Reference Sequence (3008,0090): Type 3, VR SQ, VM 1. Sequence of doses estimated for each treatment delivery. One or more Items are permitted in this Sequence."""

    CurrentFractionNumber: Annotated[
        vr.IS | None, Attribute(0x30080022, "IS", "1", "2", name="Current Fraction Number")
    ]
    """Current Fraction Number (3008,0022): Type 2, VR IS, VM 1. Fraction number for this application setup."""

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeTermRTBrachySessionRecord | vr.CS | None,
        Attribute(0x300A00CE, "CS", "1", "2", name="Treatment Delivery Type"),
    ]
    """Treatment Delivery Type (300A,00CE): Type 2, VR CS, VM 1. Delivery Type of treatment. Defined Terms: TREATMENT normal patient treatment CONTINUATION continuation of interrupted treatment"""

    TreatmentTerminationStatus: Annotated[
        _TreatmentTerminationStatusValue,
        Attribute(
            0x3008002A,
            "CS",
            "1",
            "1",
            name="Treatment Termination Status",
            enumerated=((0, ("NORMAL", "OPERATOR", "MACHINE", "UNKNOWN")),),
        ),
    ]
    """Treatment Termination Status (3008,002A): Type 1, VR CS, VM 1. Conditions under which treatment was terminated. Enumerated Values: NORMAL treatment terminated normally OPERATOR operator terminated treatment MACHINE machine terminated treatment for other than NORMAL condition UNKNOWN status at terminati..."""

    RTTreatmentTerminationReasonCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x300A0715, "SQ", "1", "3", name="RT Treatment Termination Reason Code Sequence"),
    ] = None
    """RT Treatment Termination Reason Code Sequence (300A,0715): Type 3, VR SQ, VM 1. Identifies the reason why the current treatment beam has terminated. Expected if the Treatment Termination Status (3008,002A) is not NORMAL. One or more items are permitted in this Sequence. See 2."""

    MachineSpecificTreatmentTerminationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x300A0716, "SQ", "1", "3", name="Machine-Specific Treatment Termination Code Sequence"
        ),
    ] = None
    """Machine-Specific Treatment Termination Code Sequence (300A,0716): Type 3, VR SQ, VM 1. Machine-specific termination codes. Expected if the RT Treatment Termination Reason Code is (110501, DCM, \"Equipment failure\"). One or more Items are permitted in this Sequence. See 2."""

    TreatmentTerminationDescription: Annotated[
        vr.ST | None,
        Attribute(0x300A0730, "ST", "1", "3", name="Treatment Termination Description"),
    ] = None
    """Treatment Termination Description (300A,0730): Type 3, VR ST, VM 1. A user-readable description for an abnormal termination. See 2."""

    TreatmentVerificationStatus: Annotated[
        _TreatmentVerificationStatusValue | None,
        Attribute(
            0x3008002C,
            "CS",
            "1",
            "2",
            name="Treatment Verification Status",
            enumerated=((0, ("VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED")),),
        ),
    ]
    """Treatment Verification Status (3008,002C): Type 2, VR CS, VM 1. Conditions under which treatment was verified by a verification system. Enumerated Values: VERIFIED treatment verified VERIFIED_OVR treatment verified with at least one out-of-range value overridden NOT_VERIFIED treatment verified manually"""

    RecordedBrachyAccessoryDeviceSequence: Annotated[
        list[_RecordedBrachyAccessoryDeviceSequenceItem] | None,
        Attribute(0x30080120, "SQ", "1", "3", name="Recorded Brachy Accessory Device Sequence"),
    ] = None
    """Recorded Brachy Accessory Device Sequence (3008,0120): Type 3, VR SQ, VM 1. Sequence of Brachy Accessory Devices associated with current Application Setup. One or more Items are permitted in this Sequence."""

    RecordedChannelSequence: Annotated[
        list[_RecordedChannelSequenceItem],
        Attribute(0x30080130, "SQ", "1", "1", name="Recorded Channel Sequence"),
    ]
    """Recorded Channel Sequence (3008,0130): Type 1, VR SQ, VM 1. Sequence of Channels for current Application Setup. One or more Items shall be included in this Sequence."""


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
    "TreatmentDeliveryTypeTerm": (
        "dicomodel.enums.treatment_delivery_type",
        "TreatmentDeliveryTypeTermRTBrachySessionRecord",
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
