"""Presence rules of Presentation Animation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
PresentationAnimationModule = (
    "table_C.11.29-1",
    (
        (
            "PresentationAnimationStyle",
            Attribute(
                0x00701A01,
                "CS",
                "1",
                "1",
                name="Presentation Animation Style",
                enumerated=(
                    (0, ("INPUT_SEQ", "PRESENTATION_SEQ", "CROSSCURVE", "FLYTHROUGH", "SWIVEL")),
                ),
            ),
            None,
        ),
        (
            "RecommendedAnimationRate",
            Attribute(0x00701A03, "FD", "1", "3", name="Recommended Animation Rate"),
            None,
        ),
        (
            "AnimationCurveSequence",
            Attribute(
                0x00701A04,
                "SQ",
                "1",
                "1C",
                name="Animation Curve Sequence",
                when=("value", 0x00701A01, 0, "in", ("CROSSCURVE", "FLYTHROUGH")),
            ),
            Lazy("dicomodel.items.animation_curve_sequence_item", "AnimationCurveSequenceItem"),
        ),
        (
            "AnimationStepSize",
            Attribute(
                0x00701A05,
                "FD",
                "1",
                "1C",
                name="Animation Step Size",
                when=("value", 0x00701A01, 0, "in", ("CROSSCURVE", "FLYTHROUGH")),
            ),
            None,
        ),
        (
            "SwivelRange",
            Attribute(
                0x00701A06,
                "FD",
                "1",
                "1C",
                name="Swivel Range",
                when=("value", 0x00701A01, 0, "in", ("SWIVEL",)),
            ),
            None,
        ),
    ),
)
