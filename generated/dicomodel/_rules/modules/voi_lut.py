"""Presence rules of VOI LUT Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VOILUTModule = (
    "table_C.11-2",
    (
        (
            "VOILUTSequence",
            Attribute(
                0x00283010,
                "SQ",
                "1",
                "1C",
                name="VOI LUT Sequence",
                when=("not", ("present", 0x00281050)),
                otherwise="may",
            ),
            Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
        ),
        (
            "WindowCenter",
            Attribute(
                0x00281050,
                "DS",
                "1-n",
                "1C",
                name="Window Center",
                when=("not", ("present", 0x00283010)),
                otherwise="may",
            ),
            None,
        ),
        (
            "WindowWidth",
            Attribute(
                0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)
            ),
            None,
        ),
        (
            "WindowCenterWidthExplanation",
            Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
            None,
        ),
        ("VOILUTFunction", Attribute(0x00281056, "CS", "1", "3", name="VOI LUT Function"), None),
    ),
)
