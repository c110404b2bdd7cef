"""Presence rules of Intra-Oral Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
IntraOralSeriesModule = (
    "table_C.8-75",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("IO",)),)),
            None,
        ),
    ),
)
