"""Presence rules of Render Display Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RenderDisplayModule = (
    "table_C.11.32-1",
    (
        (
            "PixelPresentation",
            Attribute(
                0x00089205,
                "CS",
                "1",
                "1",
                name="Pixel Presentation",
                enumerated=((0, ("TRUE_COLOR",)),),
            ),
            None,
        ),
        (
            "VolumeStreamSequence",
            Attribute(0x00701A08, "SQ", "1", "1", name="Volume Stream Sequence"),
            Lazy("dicomodel.items.volume_stream_sequence_item", "VolumeStreamSequenceItem"),
        ),
        (
            "PresentationStateCompositorComponentSequence",
            Attribute(
                0x00701805, "SQ", "1", "2", name="Presentation State Compositor Component Sequence"
            ),
            Lazy(
                "dicomodel.items.presentation_state_compositor_component_sequence_item",
                "PresentationStateCompositorComponentSequenceItem",
            ),
        ),
        (
            "ICCProfile",
            Attribute(
                0x00282000,
                "OB",
                "1",
                "1C",
                name="ICC Profile",
                when=("value", 0x00089205, 0, "in", ("TRUE_COLOR",)),
            ),
            None,
        ),
        (
            "ColorSpace",
            Attribute(
                0x00282002,
                "CS",
                "1",
                "1C",
                name="Color Space",
                when=(
                    "unknown",
                    "condition not read: the condition is stated in Section C.11.15.1.2 (not read) (in 'Required if Pixel Presentation (0008,9205) has a value of TRUE_COLOR and a standard color space described by one of the Enumerated Values in Section C.11.15.1.2 is used')",
                ),
            ),
            None,
        ),
    ),
)
