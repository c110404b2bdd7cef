"""Presence rules of General Procedure Protocol Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralProcedureProtocolReferenceMacro = (
    "table_10.41-1",
    (
        (
            "ReferencedDefinedProtocolSequence",
            Attribute(
                0x0018990C,
                "SQ",
                "1",
                "1C",
                name="Referenced Defined Protocol Sequence",
                when=(
                    "unknown",
                    "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_defined_protocol_sequence_item",
                "ReferencedDefinedProtocolSequenceItem",
            ),
        ),
        (
            "ReferencedPerformedProtocolSequence",
            Attribute(
                0x0018990D,
                "SQ",
                "1",
                "1C",
                name="Referenced Performed Protocol Sequence",
                when=(
                    "unknown",
                    "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
                ),
            ),
            Lazy(
                "dicomodel.items.referenced_defined_protocol_sequence_item",
                "ReferencedDefinedProtocolSequenceItem",
            ),
        ),
    ),
)
