"""Presence rules of Digital Signatures Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DigitalSignaturesMacro = (
    "table_C.12-6",
    (
        (
            "MACParametersSequence",
            Attribute(0x4FFE0001, "SQ", "1", "3", name="MAC Parameters Sequence"),
            Lazy("dicomodel.items.mac_parameters_sequence_item", "MACParametersSequenceItem"),
        ),
        (
            "DigitalSignaturesSequence",
            Attribute(0xFFFAFFFA, "SQ", "1", "3", name="Digital Signatures Sequence"),
            Lazy(
                "dicomodel.items.digital_signatures_sequence_item", "DigitalSignaturesSequenceItem"
            ),
        ),
    ),
)
