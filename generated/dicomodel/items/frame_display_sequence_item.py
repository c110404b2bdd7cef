"""Item class FrameDisplaySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeTerm as _RecommendedViewingModeTerm,
    )
    from dicomodel.enums.skip_frame_range_flag import (
        SkipFrameRangeFlagTerm as _SkipFrameRangeFlagTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _RecommendedViewingModeTerm = Lazy(
        "dicomodel.enums.recommended_viewing_mode", "RecommendedViewingModeTerm"
    )
    _SkipFrameRangeFlagTerm = Lazy(
        "dicomodel.enums.skip_frame_range_flag", "SkipFrameRangeFlagTerm"
    )

if TYPE_CHECKING:
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeTerm as RecommendedViewingModeTerm,
    )
    from dicomodel.enums.skip_frame_range_flag import (
        SkipFrameRangeFlagTerm as SkipFrameRangeFlagTerm,
    )

__all__ = [
    "FrameDisplaySequenceItem",
    "RecommendedViewingModeTerm",
    "SkipFrameRangeFlagTerm",
]


class FrameDisplaySequenceItem(DicomModel):
    """An item of Frame Display Sequence (0008,9458), as first defined in XA/XRF Multi-frame Presentation Module Attributes (C.8.19.7-1)."""

    dicom_name: ClassVar[str] = "Frame Display Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.7-1"

    StartTrim: Annotated[vr.IS, Attribute(0x00082142, "IS", "1", "1", name="Start Trim")]
    """Start Trim (0008,2142): Type 1, VR IS, VM 1. The Frame Number of the first frame of the set of frames to be displayed in this Item."""

    StopTrim: Annotated[vr.IS, Attribute(0x00082143, "IS", "1", "1", name="Stop Trim")]
    """Stop Trim (0008,2143): Type 1, VR IS, VM 1. The Frame Number of the last frame of the set of frames to be displayed in this Item."""

    SkipFrameRangeFlag: Annotated[
        _SkipFrameRangeFlagTerm | vr.CS,
        Attribute(0x00089460, "CS", "1", "1", name="Skip Frame Range Flag"),
    ]
    """Skip Frame Range Flag (0008,9460): Type 1, VR CS, VM 1. A flag indicating that the range of frames in this Item may be skipped. Defined Terms: DISPLAY SKIP"""

    RecommendedDisplayFrameRateInFloat: Annotated[
        vr.FL, Attribute(0x00089459, "FL", "1", "1", name="Recommended Display Frame Rate in Float")
    ]
    """Recommended Display Frame Rate in Float (0008,9459): Type 1, VR FL, VM 1. Recommended rate at which the frames of this Item should be displayed in frames/second."""

    RecommendedViewingMode: Annotated[
        _RecommendedViewingModeTerm | vr.CS | None,
        Attribute(0x00281090, "CS", "1", "2", name="Recommended Viewing Mode"),
    ]
    """Recommended Viewing Mode (0028,1090): Type 2, VR CS, VM 1. Specifies the recommended viewing protocol(s). When this Attribute is present with a value, this value shall override the value of Recommended Viewing Mode (0028,1090) specified in the Mask Module."""

    DisplayFilterPercentage: Annotated[
        vr.FL | None, Attribute(0x00289411, "FL", "1", "2", name="Display Filter Percentage")
    ]
    """Display Filter Percentage (0028,9411): Type 2, VR FL, VM 1. Edge enhancement filter percentage that is recommended by the pixel data creator as filter presetting for display purposes."""

    MaskVisibilityPercentage: Annotated[
        vr.FL | None,
        Attribute(
            0x00289478,
            "FL",
            "1",
            "1C",
            name="Mask Visibility Percentage",
            when=("value", 0x00281090, 0, "in", ("SUB",)),
        ),
    ] = None
    """Mask Visibility Percentage (0028,9478): Type 1C, VR FL, VM 1. Required if Recommended Viewing Mode (0028,1090) equals SUB. The percentage of visibility of the mask frame during a subtracted display. A value of 0 corresponds to subtracted display, a value of 100 corresponds to un-subtracted display (native). See Section C.8.19.7.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RecommendedViewingModeTerm": (
        "dicomodel.enums.recommended_viewing_mode",
        "RecommendedViewingModeTerm",
    ),
    "SkipFrameRangeFlagTerm": ("dicomodel.enums.skip_frame_range_flag", "SkipFrameRangeFlagTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
