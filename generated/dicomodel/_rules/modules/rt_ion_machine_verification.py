"""Presence rules of RT Ion Machine Verification Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTIonMachineVerificationModule = (
    "table_C.31-3",
    (
        (
            "IonMachineVerificationSequence",
            Attribute(0x00741046, "SQ", "1", None, name="Ion Machine Verification Sequence"),
            Lazy(
                "dicomodel.items.ion_machine_verification_sequence_item",
                "IonMachineVerificationSequenceItem",
            ),
        ),
    ),
)
