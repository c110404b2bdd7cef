"""Presence rules of Real World Value Mapping Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RealWorldValueMappingSeriesModule = (
    "table_C.25.1-1",
    (
        (
            "Modality",
            Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("RWV",)),)),
            None,
        ),
    ),
)
