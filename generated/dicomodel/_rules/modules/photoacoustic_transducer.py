"""Presence rules of Photoacoustic Transducer Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PhotoacousticTransducerModule = (
    "table_C.8.34.3-1",
    (
        (
            "TransducerGeometryCodeSequence",
            Attribute(0x0018980D, "SQ", "1", "1", name="Transducer Geometry Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "TransducerResponseSequence",
            Attribute(0x0018982C, "SQ", "1", "2", name="Transducer Response Sequence"),
            Lazy(
                "dicomodel.items.transducer_response_sequence_item",
                "TransducerResponseSequenceItem",
            ),
        ),
        (
            "TransducerTechnologySequence",
            Attribute(0x00189831, "SQ", "1", "3", name="Transducer Technology Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
    ),
)
