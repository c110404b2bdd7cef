"""Presence rules of Modality LUT Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ModalityLUTModule = (
    "table_C.11-1",
    (
        (
            "ModalityLUTSequence",
            Attribute(
                0x00283000,
                "SQ",
                "1",
                "1C",
                name="Modality LUT Sequence",
                forbid=("present", 0x00281052),
            ),
            Lazy("dicomodel.items.modality_lut_sequence_item", "ModalityLUTSequenceItem"),
        ),
        (
            "RescaleIntercept",
            Attribute(
                0x00281052,
                "DS",
                "1",
                "1C",
                name="Rescale Intercept",
                when=("not", ("present", 0x00283000)),
                otherwise="shall_not",
            ),
            None,
        ),
        (
            "RescaleSlope",
            Attribute(
                0x00281053, "DS", "1", "1C", name="Rescale Slope", when=("present", 0x00281052)
            ),
            None,
        ),
        (
            "RescaleType",
            Attribute(
                0x00281054, "LO", "1", "1C", name="Rescale Type", when=("present", 0x00281052)
            ),
            None,
        ),
    ),
)
