"""Presence rules of Optical Path Identification Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OpticalPathIdentificationMacro = (
    "table_C.8.12.6.2-1",
    (
        (
            "OpticalPathIdentificationSequence",
            Attribute(0x00480207, "SQ", "1", "1", name="Optical Path Identification Sequence"),
            Lazy(
                "dicomodel.items.optical_path_identification_sequence_item",
                "OpticalPathIdentificationSequenceItem",
            ),
        ),
    ),
)
