"""Presence rules of Patient Support Position Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PatientSupportPositionMacro = (
    "table_10.40-1",
    (
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
            "PatientSupportPositionDeviceParameterSequence",
            Attribute(
                0x300A065D,
                "SQ",
                "1",
                "1C",
                name="Patient Support Position Device Parameter Sequence",
                when=("value", 0x300A065C, 0, "not_in", ("ABSENT",)),
            ),
            Lazy(
                "dicomodel.items.patient_support_position_device_parameter_sequence_item",
                "PatientSupportPositionDeviceParameterSequenceItem",
            ),
        ),
    ),
)
