"""Presence rules of RT Radiation Record Set Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTRadiationRecordSetModule = (
    "table_C.36.20-1",
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
            "TreatmentSessionUID",
            Attribute(0x300A0700, "UI", "1", "1", name="Treatment Session UID"),
            None,
        ),
        (
            "ReferencedRTRadiationSetSequence",
            Attribute(
                0x300A0702,
                "SQ",
                "1",
                "1C",
                name="Referenced RT Radiation Set Sequence",
                when=(
                    "unknown",
                    "names no attribute: an RT Radiation Set Instance provided instructions to the treatment delivery system",
                ),
            ),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "RTRadiationSetUsage",
            Attribute(0x300A0707, "CS", "1", "1", name="RT Radiation Set Usage"),
            None,
        ),
        (
            "ReferencedRTRadiationRecordSequence",
            Attribute(0x300A0703, "SQ", "1", "1", name="Referenced RT Radiation Record Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "RTRadiationSetDeliveryNumber",
            Attribute(
                0x300A0704,
                "US",
                "1",
                "1C",
                name="RT Radiation Set Delivery Number",
                when=(
                    "and",
                    ("present", 0x300A0702),
                    ("value", 0x300A0707, 0, "in", ("TREATMENT",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ClinicalFractionNumber",
            Attribute(
                0x300A0705,
                "US",
                "1",
                "1C",
                name="Clinical Fraction Number",
                when=(
                    "and",
                    ("present", 0x300A0702),
                    ("value", 0x300A0707, 0, "in", ("TREATMENT",)),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "RTTreatmentFractionCompletionStatus",
            Attribute(
                0x300A0706,
                "CS",
                "1",
                "1",
                name="RT Treatment Fraction Completion Status",
                enumerated=((0, ("COMPLETE", "PARTIAL")),),
            ),
            None,
        ),
    ),
)
