"""Presence rules of RT Radiation Record Common Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTRadiationRecordCommonModule = (
    "table_C.36.22-1",
    (
        (
            "UserContentLongLabel",
            Attribute(0x30100034, "LO", "1", "1", name="User Content Long Label"),
            None,
        ),
        (
            "ContentDescription",
            Attribute(0x00700081, "LO", "1", "2", name="Content Description"),
            None,
        ),
        (
            "ContentCreatorName",
            Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name"),
            None,
        ),
        (
            "ContentCreatorIdentificationCodeSequence",
            Attribute(
                0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
            ),
            Lazy("dicomodel.items.person_identification_item", "PersonIdentificationItem"),
        ),
        (
            "RTRadiationPhysicalAndGeometricContentDetailFlag",
            Attribute(
                0x300A0638,
                "CS",
                "1",
                "1",
                name="RT Radiation Physical and Geometric Content Detail Flag",
                enumerated=((0, ("FULL", "IDENT_ONLY", "GEOMETRY_ONLY")),),
            ),
            None,
        ),
        (
            "RTRecordFlag",
            Attribute(
                0x300A0639, "CS", "1", "1", name="RT Record Flag", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "RTTreatmentTechniqueCodeSequence",
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
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "PatientOrientationCodeSequence",
            Attribute(0x00540410, "SQ", "1", "1", name="Patient Orientation Code Sequence"),
            Lazy(
                "dicomodel.items.patient_orientation_code_sequence_item",
                "PatientOrientationCodeSequenceItem",
            ),
        ),
        (
            "PatientEquipmentRelationshipCodeSequence",
            Attribute(
                0x30100030, "SQ", "1", "1", name="Patient Equipment Relationship Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TreatmentPositionSequence",
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
            Lazy(
                "dicomodel.items.treatment_position_sequence_item", "TreatmentPositionSequenceItem"
            ),
        ),
        (
            "RTToleranceSetSequence",
            Attribute(0x300A0629, "SQ", "1", "3", name="RT Tolerance Set Sequence"),
            Lazy("dicomodel.items.rt_tolerance_set_item", "RTToleranceSetItem"),
        ),
        (
            "TreatmentMachineSpecialModeCodeSequence",
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
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "DefinitionSourceSequence",
            Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
            Lazy(
                "dicomodel.items.definition_source_sequence_item_rt_radiation_common_base",
                "DefinitionSourceSequenceItemRTRadiationCommonBase",
            ),
        ),
        (
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", "1", name="Treatment Session UID"),
            None,
        ),
        (
            "ReferencedRTInstanceSequence",
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
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "RTRadiationUsage",
            Attribute(0x300A0701, "CS", "1", "1", name="RT Radiation Usage"),
            None,
        ),
        (
            "TreatmentRecordContentOrigin",
            Attribute(
                0x300A0709,
                "CS",
                "1",
                "1",
                name="Treatment Record Content Origin",
                enumerated=((0, ("DEVICE", "USER")),),
            ),
            None,
        ),
        (
            "TreatmentDeliveryContinuationFlag",
            Attribute(
                0x300A0708,
                "CS",
                "1",
                "1",
                name="Treatment Delivery Continuation Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "RTTreatmentTerminationStatus",
            Attribute(
                0x300A0714,
                "CS",
                "1",
                "1",
                name="RT Treatment Termination Status",
                enumerated=((0, ("NORMAL", "ABNORMAL")),),
            ),
            None,
        ),
        (
            "RTTreatmentTerminationReasonCodeSequence",
            Attribute(
                0x300A0715,
                "SQ",
                "1",
                "2C",
                name="RT Treatment Termination Reason Code Sequence",
                when=("value", 0x300A0714, 0, "in", ("ABNORMAL",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "MachineSpecificTreatmentTerminationCodeSequence",
            Attribute(
                0x300A0716,
                "SQ",
                "1",
                "3",
                name="Machine-Specific Treatment Termination Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TreatmentTerminationDescription",
            Attribute(
                0x300A0730,
                "ST",
                "1",
                "2C",
                name="Treatment Termination Description",
                when=("value", 0x300A0714, 0, "in", ("ABNORMAL",)),
            ),
            None,
        ),
        (
            "TreatmentToleranceViolationSequence",
            Attribute(0x300A0731, "SQ", "1", "2", name="Treatment Tolerance Violation Sequence"),
            Lazy(
                "dicomodel.items.treatment_tolerance_violation_sequence_item",
                "TreatmentToleranceViolationSequenceItem",
            ),
        ),
        (
            "ConfirmationSequence",
            Attribute(0x300A073F, "SQ", "1", "2", name="Confirmation Sequence"),
            Lazy("dicomodel.items.assertion_item", "AssertionItem"),
        ),
        (
            "InterlockSequence",
            Attribute(0x300A0740, "SQ", "1", "2", name="Interlock Sequence"),
            Lazy("dicomodel.items.interlock_item", "InterlockItem"),
        ),
        (
            "AdditionalParameterRecordingInstanceSequence",
            Attribute(
                0x300A0780, "SQ", "1", "3", name="Additional Parameter Recording Instance Sequence"
            ),
            Lazy(
                "dicomodel.items.additional_parameter_recording_instance_sequence_item",
                "AdditionalParameterRecordingInstanceSequenceItem",
            ),
        ),
    ),
)
