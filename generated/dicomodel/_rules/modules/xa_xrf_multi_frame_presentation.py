"""Presence rules of XA/XRF Multi-frame Presentation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XAXRFMultiFramePresentationModule = (
    "table_C.8.19.7-1",
    (
        (
            "PreferredPlaybackSequencing",
            Attribute(
                0x00181244,
                "US",
                "1",
                "3",
                name="Preferred Playback Sequencing",
                enumerated=((0, ("0", "1")),),
            ),
            None,
        ),
        (
            "FrameDisplaySequence",
            Attribute(0x00089458, "SQ", "1", "3", name="Frame Display Sequence"),
            Lazy("dicomodel.items.frame_display_sequence_item", "FrameDisplaySequenceItem"),
        ),
    ),
)
