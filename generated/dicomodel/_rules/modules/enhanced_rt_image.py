"""Presence rules of Enhanced RT Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EnhancedRTImageModule = (
    "table_C.36.27-1",
    (
        ("EntityLongLabel", Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label"), None),
        (
            "EntityDescription",
            Attribute(0x30100037, "ST", "1", "3", name="Entity Description"),
            None,
        ),
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (1, ("ORIGINAL", "DERIVED", "MIXED")),
                    (2, ("PRIMARY",)),
                    (4, ("NONE",)),
                ),
            ),
            None,
        ),
        (
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", "3", name="Treatment Session UID"),
            None,
        ),
        (
            "StartCumulativeMeterset",
            Attribute(
                0x30020106,
                "FD",
                "1",
                "2C",
                name="Start Cumulative Meterset",
                when=(
                    "unknown",
                    "names no attribute: the image was acquired while therapeutic radiation was applied",
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "StopCumulativeMeterset",
            Attribute(
                0x30020107,
                "FD",
                "1",
                "2C",
                name="Stop Cumulative Meterset",
                when=(
                    "unknown",
                    "names no attribute: the image was acquired while therapeutic radiation was applied",
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "RadiationDosimeterUnitSequence",
            Attribute(
                0x300A0658,
                "SQ",
                "1",
                "1C",
                name="Radiation Dosimeter Unit Sequence",
                when=(
                    "unknown",
                    "condition not read: (3002,0107) is in no functional group (in 'Required if Start Cumulative Meterset (3002,0106) or Stop Cumulative Meterset (3002,0107) is present in this Module or in a Functional Group Macro of the current SOP Instance and has a value')",
                ),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ExposureTimeInuS",
            Attribute(0x00188150, "DS", "1", "2", name="Exposure Time in µS"),
            None,
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
    ),
)
