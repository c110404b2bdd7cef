"""Presence rules of RT Conventional Machine Verification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTConventionalMachineVerificationModule = (
    "table_C.31-2",
    (
        (
            "ConventionalMachineVerificationSequence",
            Attribute(
                0x00741044, "SQ", "1", None, name="Conventional Machine Verification Sequence"
            ),
            Lazy(
                "dicomodel.items.conventional_machine_verification_sequence_item",
                "ConventionalMachineVerificationSequenceItem",
            ),
        ),
    ),
)
