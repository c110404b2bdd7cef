"""Presence rules of XA Protocol Series Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XAProtocolSeriesModule = (
    "table_C.34.16-1",
    (
        (
            "Modality",
            Attribute(
                0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("XAPROTOCOL",)),)
            ),
            None,
        ),
    ),
)
