"""Presence rules of XA/XRF Presentation State Presentation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XAXRFPresentationStatePresentationModule = (
    "table_C.11.21-1",
    (
        (
            "MultiFramePresentationSequence",
            Attribute(0x00289505, "SQ", "1", "1", name="Multi-frame Presentation Sequence"),
            Lazy(
                "dicomodel.items.multi_frame_presentation_sequence_item",
                "MultiFramePresentationSequenceItem",
            ),
        ),
    ),
)
