"""Presence rules of RT Tolerance Set Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTToleranceSetMacro = (
    "table_C.36.2.2.17-1",
    (
        (
            "RTToleranceSetLabel",
            Attribute(0x300A062A, "LO", "1", "1", name="RT Tolerance Set Label"),
            None,
        ),
        (
            "AttributeToleranceValuesSequence",
            Attribute(0x300A062B, "SQ", "1", "2", name="Attribute Tolerance Values Sequence"),
            Lazy(
                "dicomodel.items.attribute_tolerance_values_sequence_item",
                "AttributeToleranceValuesSequenceItem",
            ),
        ),
        (
            "PatientSupportPositionSpecificationMethod",
            Attribute(
                0x300A065C,
                "CS",
                "1",
                "1",
                name="Patient Support Position Specification Method",
                enumerated=((0, ("ABSENT", "GLOBAL", "DEVICE_SPECIFIC")),),
            ),
            None,
        ),
        (
            "PatientSupportPositionDeviceToleranceSequence",
            Attribute(
                0x300A0660,
                "SQ",
                "1",
                "1C",
                name="Patient Support Position Device Tolerance Sequence",
                when=("value", 0x300A065C, 0, "not_in", ("ABSENT",)),
            ),
            Lazy(
                "dicomodel.items.patient_support_position_device_tolerance_sequence_item",
                "PatientSupportPositionDeviceToleranceSequenceItem",
            ),
        ),
    ),
)
