"""Presence rules of Irradiation Event Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IrradiationEventIdentificationMacro = (
    "table_C.7.6.16-19",
    (
        (
            "IrradiationEventIdentificationSequence",
            Attribute(0x00189477, "SQ", "1", "1", name="Irradiation Event Identification Sequence"),
            Lazy(
                "dicomodel.items.irradiation_event_identification_sequence_item",
                "IrradiationEventIdentificationSequenceItem",
            ),
        ),
    ),
)
