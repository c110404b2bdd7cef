"""RT Radiation Record Common Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    rt_radiation_physical_and_geometric_content_detail_flag as _rt_radiation_physical_and_geometric_content_detail_flag,
)
from dicomodel.enums import rt_radiation_usage as _rt_radiation_usage
from dicomodel.enums import rt_record_flag as _rt_record_flag
from dicomodel.enums import rt_treatment_termination_status as _rt_treatment_termination_status
from dicomodel.enums import (
    treatment_delivery_continuation_flag as _treatment_delivery_continuation_flag,
)
from dicomodel.enums import treatment_record_content_origin as _treatment_record_content_origin
from dicomodel.items.additional_parameter_recording_instance_sequence_item import (
    AdditionalParameterRecordingInstanceSequenceItem,
)
from dicomodel.items.confirmation_sequence_item import ConfirmationSequenceItem
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.definition_source_sequence_item_rt_radiation_common_base import (
    DefinitionSourceSequenceItemRTRadiationCommonBase,
)
from dicomodel.items.interlock_sequence_item import InterlockSequenceItem
from dicomodel.items.patient_orientation_code_sequence_item import (
    PatientOrientationCodeSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.rt_tolerance_set_sequence_item import RTToleranceSetSequenceItem
from dicomodel.items.treatment_position_sequence_item import TreatmentPositionSequenceItem
from dicomodel.items.treatment_tolerance_violation_sequence_item import (
    TreatmentToleranceViolationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


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
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    RTRadiationPhysicalAndGeometricContentDetailFlag: Annotated[
        _rt_radiation_physical_and_geometric_content_detail_flag.RTRadiationPhysicalAndGeometricContentDetailFlag,
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
        _rt_record_flag.RTRecordFlag,
        Attribute(
            0x300A0639, "CS", "1", "1", name="RT Record Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """RT Record Flag (300A,0639): Type 1, VR CS, VM 1. Whether or not device parameters about actual delivery of treatment to a patient have been recorded. Enumerated Values: YES Values in this Instance are a record of a delivered treatment, based on e.g., read-outs or measurements."""

    RTTreatmentTechniqueCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
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
        list[PatientOrientationCodeSequenceItem],
        Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
    ]
    """Patient Orientation Code Sequence (0054,0410): Type 1, VR SQ, VM 1. Sequence that describes the orientation of the Patient with respect to gravity. See Section C.8.4.6.1.1 and Section C.8.11.5.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    PatientEquipmentRelationshipCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x30100030, "SQ", "1", "1", name="Patient Equipment Relationship Code Sequence"),
    ]
    """Patient Equipment Relationship Code Sequence (3010,0030): Type 1, VR SQ, VM 1. Description of the orientation of the Patient with respect to the equipment. See Section C.36.6.1.8 for further explanation. Only a single Item shall be included in this Sequence."""

    TreatmentPositionSequence: Annotated[
        list[TreatmentPositionSequenceItem] | None,
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
        list[RTToleranceSetSequenceItem] | None,
        Attribute(0x300A0629, "SQ", "1", "3", name="RT Tolerance Set Sequence"),
    ] = None
    """RT Tolerance Set Sequence (300A,0629): Type 3, VR SQ, VM 1. A set of tolerance values to be applied to parameters used for delivery of the RT Radiation. Only a single Item is permitted in this Sequence."""

    TreatmentMachineSpecialModeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
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
        list[DefinitionSourceSequenceItemRTRadiationCommonBase] | None,
        Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
    ] = None
    """Definition Source Sequence (0008,1156): Type 3, VR SQ, VM 1. Instances containing the source of the ROI Contour information. Only a single Item is permitted in this Sequence. Permitted Referenced SOP Classes are defined in Section C.36.2.1.6.1.4. See Section C.8.8.13.2."""

    TreatmentSessionUID: Annotated[
        vr.UI, Attribute(0x300A0700, "UI", "1", "1", name="Treatment Session UID")
    ]
    """Treatment Session UID (300A,0700): Type 1, VR UI, VM 1. Uniquely identifies the RT Treatment Session to which this Instance belongs."""

    ReferencedRTInstanceSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
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
        _rt_radiation_usage.RTRadiationUsageTerm | vr.CS,
        Attribute(0x300A0701, "CS", "1", "1", name="RT Radiation Usage"),
    ]
    """RT Radiation Usage (300A,0701): Type 1, VR CS, VM 1. A general indication of how the referenced RT Radiation was used. The Defined Terms are specified in Section C.36.10.1.1. This value may differ from the RT Radiation Set Intent (300A,0637) within the Instance referenced by the Referenced RT..."""

    TreatmentRecordContentOrigin: Annotated[
        _treatment_record_content_origin.TreatmentRecordContentOrigin,
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
        _treatment_delivery_continuation_flag.TreatmentDeliveryContinuationFlag,
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
        _rt_treatment_termination_status.RTTreatmentTerminationStatus,
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
        list[PersonIdentificationCodeSequenceItem] | None,
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
        list[PersonIdentificationCodeSequenceItem] | None,
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
        list[TreatmentToleranceViolationSequenceItem] | None,
        Attribute(0x300A0731, "SQ", "1", "2", name="Treatment Tolerance Violation Sequence"),
    ]
    """Treatment Tolerance Violation Sequence (300A,0731): Type 2, VR SQ, VM 1. Reports violations of tolerances that occurred during treatment delivery. Zero or more items shall be included in this Sequence."""

    ConfirmationSequence: Annotated[
        list[ConfirmationSequenceItem] | None,
        Attribute(0x300A073F, "SQ", "1", "2", name="Confirmation Sequence"),
    ]
    """Confirmation Sequence (300A,073F): Type 2, VR SQ, VM 1. Records confirmations (sign-offs) by treatment session operators of details that may not be verified electronically (e.g. the presence of devices). Zero or more Items shall be included in this Sequence."""

    InterlockSequence: Annotated[
        list[InterlockSequenceItem] | None,
        Attribute(0x300A0740, "SQ", "1", "2", name="Interlock Sequence"),
    ]
    """Interlock Sequence (300A,0740): Type 2, VR SQ, VM 1. Interlocks that occurred prior, during or after the delivery of radiation covered by this SOP Instance. Zero or more Items shall be included in this Sequence."""

    AdditionalParameterRecordingInstanceSequence: Annotated[
        list[AdditionalParameterRecordingInstanceSequenceItem] | None,
        Attribute(
            0x300A0780, "SQ", "1", "3", name="Additional Parameter Recording Instance Sequence"
        ),
    ] = None
    """Additional Parameter Recording Instance Sequence (300A,0780): Type 3, VR SQ, VM 1. SOP Instances that contain additional recording of treatment parameters. One or more Items are permitted in this Sequence. See Section C.36.22.1.1."""
