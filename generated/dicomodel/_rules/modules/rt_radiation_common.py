"""Presence rules of RT Radiation Common Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTRadiationCommonModule = (
    "table_C.36.13-1",
    (
        (
            "UserContentLabel",
            Attribute(0x30100033, "SH", "1", "1", name="User Content Label"),
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
            "TreatmentTimeLimit",
            Attribute(0x300A062E, "FD", "1", "3", name="Treatment Time Limit"),
            None,
        ),
    ),
)
