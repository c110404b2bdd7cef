"""XA/XRF Presentation State Presentation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.multi_frame_presentation_sequence_item import (
        MultiFramePresentationSequenceItem as _MultiFramePresentationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MultiFramePresentationSequenceItem = Lazy(
        "dicomodel.items.multi_frame_presentation_sequence_item",
        "MultiFramePresentationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.recommended_viewing_mode import (
        RecommendedViewingModeTerm as RecommendedViewingModeTerm,
    )
    from dicomodel.enums.skip_frame_range_flag import (
        SkipFrameRangeFlagTerm as SkipFrameRangeFlagTerm,
    )
    from dicomodel.items.frame_display_sequence_item import (
        FrameDisplaySequenceItem as FrameDisplaySequenceItem,
    )
    from dicomodel.items.multi_frame_presentation_sequence_item import (
        MultiFramePresentationSequenceItem as MultiFramePresentationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "FrameDisplaySequenceItem",
    "MultiFramePresentationSequenceItem",
    "RecommendedViewingModeTerm",
    "ReferencedImageSequenceItem",
    "SkipFrameRangeFlagTerm",
    "XAXRFPresentationStatePresentationModule",
]


class XAXRFPresentationStatePresentationModule(DicomModel):
    """XA/XRF Presentation State Presentation Module Attributes (PS3.3 Table C.11.21-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Presentation State Presentation"
    dicom_table: ClassVar[str] = "table_C.11.21-1"

    MultiFramePresentationSequence: Annotated[
        list[_MultiFramePresentationSequenceItem],
        Attribute(0x00289505, "SQ", "1", "1", name="Multi-frame Presentation Sequence"),
    ]
    """Multi-frame Presentation Sequence (0028,9505): Type 1, VR SQ, VM 1. Describes for one or more SOP Instances the recommended playback and display preferences. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameDisplaySequenceItem": (
        "dicomodel.items.frame_display_sequence_item",
        "FrameDisplaySequenceItem",
    ),
    "MultiFramePresentationSequenceItem": (
        "dicomodel.items.multi_frame_presentation_sequence_item",
        "MultiFramePresentationSequenceItem",
    ),
    "RecommendedViewingModeTerm": (
        "dicomodel.enums.recommended_viewing_mode",
        "RecommendedViewingModeTerm",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
