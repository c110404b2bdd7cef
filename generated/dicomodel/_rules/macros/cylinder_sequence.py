"""Presence rules of Cylinder Sequence Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CylinderSequenceMacro = (
    "table_C.8.25.6.1-1",
    (
        (
            "CylinderSequence",
            Attribute(
                0x00460018,
                "SQ",
                "1",
                "1C",
                name="Cylinder Sequence",
                when=(
                    "unknown",
                    "names no attribute: astigmatic correction or astigmatism is measured",
                ),
            ),
            Lazy("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
        ),
    ),
)
