"""Presence rules of RT Radiation Set Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTRadiationSetModule = (
    "table_C.36.10-1",
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
            "IntendedNumberOfFractions",
            Attribute(
                0x300A0636,
                "US",
                "1",
                "1C",
                name="Intended Number of Fractions",
                when=("and", ("present", 0x300A063B), ("not", ("has_value", 0x300A063B))),
                otherwise="may",
            ),
            None,
        ),
        (
            "FractionPatternSequence",
            Attribute(
                0x30100079,
                "SQ",
                "1",
                "1C",
                name="Fraction Pattern Sequence",
                when=("unknown", "names no attribute: a fraction pattern has been defined"),
            ),
            Lazy("dicomodel.items.fraction_pattern_sequence_item", "FractionPatternSequenceItem"),
        ),
        (
            "ReferencedRTPhysicianIntentSequence",
            Attribute(0x300A063B, "SQ", "1", "2", name="Referenced RT Physician Intent Sequence"),
            Lazy(
                "dicomodel.items.referenced_rt_physician_intent_sequence_item",
                "ReferencedRTPhysicianIntentSequenceItem",
            ),
        ),
        (
            "RTRadiationSetIntent",
            Attribute(0x300A0637, "CS", "1", "1", name="RT Radiation Set Intent"),
            None,
        ),
        (
            "TreatmentPositionGroupSequence",
            Attribute(0x300A060A, "SQ", "1", "2", name="Treatment Position Group Sequence"),
            Lazy(
                "dicomodel.items.treatment_position_group_sequence_item_rt_radiation_set",
                "TreatmentPositionGroupSequenceItemRTRadiationSet",
            ),
        ),
        (
            "RTRadiationSequence",
            Attribute(0x300A0616, "SQ", "1", "1", name="RT Radiation Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "DefinitionSourceSequence",
            Attribute(0x00081156, "SQ", "1", "3", name="Definition Source Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
    ),
)
