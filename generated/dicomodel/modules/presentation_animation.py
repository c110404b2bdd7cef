"""Presentation Animation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.presentation_animation_style import (
        PresentationAnimationStyleValue as _PresentationAnimationStyleValue,
    )
    from dicomodel.items.animation_curve_sequence_item import (
        AnimationCurveSequenceItem as _AnimationCurveSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnimationCurveSequenceItem = Lazy(
        "dicomodel.items.animation_curve_sequence_item", "AnimationCurveSequenceItem"
    )
    _PresentationAnimationStyleValue = Lazy(
        "dicomodel.enums.presentation_animation_style", "PresentationAnimationStyleValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.presentation_animation_style import (
        PresentationAnimationStyle as PresentationAnimationStyle,
    )
    from dicomodel.items.animation_curve_sequence_item import (
        AnimationCurveSequenceItem as AnimationCurveSequenceItem,
    )

__all__ = [
    "AnimationCurveSequenceItem",
    "PresentationAnimationModule",
    "PresentationAnimationStyle",
]


class PresentationAnimationModule(DicomModel):
    """Presentation Animation Module Attributes (PS3.3 Table C.11.29-1)."""

    dicom_name: ClassVar[str] = "Presentation Animation"
    dicom_table: ClassVar[str] = "table_C.11.29-1"

    PresentationAnimationStyle: Annotated[
        _PresentationAnimationStyleValue,
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
    ]
    """Presentation Animation Style (0070,1A01): Type 1, VR CS, VM 1. Animation style intended by the source. Enumerated Values: INPUT_SEQ PRESENTATION_SEQ CROSSCURVE FLYTHROUGH SWIVEL See Section C.11.29.1."""

    RecommendedAnimationRate: Annotated[
        vr.FD | None, Attribute(0x00701A03, "FD", "1", "3", name="Recommended Animation Rate")
    ] = None
    """Recommended Animation Rate (0070,1A03): Type 3, VR FD, VM 1. Recommended rate at which the inputs shall be displayed. Shall have a value greater than zero. See Section C.11.29.1."""

    AnimationCurveSequence: Annotated[
        list[_AnimationCurveSequenceItem] | None,
        Attribute(
            0x00701A04,
            "SQ",
            "1",
            "1C",
            name="Animation Curve Sequence",
            when=("value", 0x00701A01, 0, "in", ("CROSSCURVE", "FLYTHROUGH")),
        ),
    ] = None
    """Animation Curve Sequence (0070,1A04): Type 1C, VR SQ, VM 1. Required if Presentation Animation Style (0070,1A01) has a value of CROSSCURVE or FLYTHROUGH. Curve describing the trajectory of a fly-through animation. Only a single Item shall be included in this Sequence. Required if Presentation Animation Style (0070,1A01) has a value of CROSSCURVE or FLYTHROUGH."""

    AnimationStepSize: Annotated[
        vr.FD | None,
        Attribute(
            0x00701A05,
            "FD",
            "1",
            "1C",
            name="Animation Step Size",
            when=("value", 0x00701A01, 0, "in", ("CROSSCURVE", "FLYTHROUGH")),
        ),
    ] = None
    """Animation Step Size (0070,1A05): Type 1C, VR FD, VM 1. Required if Presentation Animation Style (0070,1A01) has a value of CROSSCURVE or FLYTHROUGH. Distance in mm along the curve the display moves in one step. Required if Presentation Animation Style (0070,1A01) has a value of CROSSCURVE or FLYTHROUGH."""

    SwivelRange: Annotated[
        vr.FD | None,
        Attribute(
            0x00701A06,
            "FD",
            "1",
            "1C",
            name="Swivel Range",
            when=("value", 0x00701A01, 0, "in", ("SWIVEL",)),
        ),
    ] = None
    """Swivel Range (0070,1A06): Type 1C, VR FD, VM 1. Required if Presentation Animation Style (0070,1A01) is SWIVEL. Range in which a volume rotates back-and-forth around the swivel axis, in degrees. The initial position is at the midpoint of the swivel range. See Section C.11.29.1. Required if Presentation Animation Style (0070,1A01) is SWIVEL."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnimationCurveSequenceItem": (
        "dicomodel.items.animation_curve_sequence_item",
        "AnimationCurveSequenceItem",
    ),
    "PresentationAnimationStyle": (
        "dicomodel.enums.presentation_animation_style",
        "PresentationAnimationStyle",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
