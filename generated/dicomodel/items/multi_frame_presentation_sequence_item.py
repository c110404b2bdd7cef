"""Item class MultiFramePresentationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_display_sequence_item import (
        FrameDisplaySequenceItem as _FrameDisplaySequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameDisplaySequenceItem = Lazy(
        "dicomodel.items.frame_display_sequence_item", "FrameDisplaySequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "FrameDisplaySequenceItem",
    "MultiFramePresentationSequenceItem",
    "RecommendedViewingModeTerm",
    "ReferencedImageSequenceItem",
    "SkipFrameRangeFlagTerm",
]


class MultiFramePresentationSequenceItem(DicomModel):
    """An item of Multi-frame Presentation Sequence (0028,9505), as first defined in XA/XRF Presentation State Presentation Module Attributes (C.11.21-1)."""

    dicom_name: ClassVar[str] = "Multi-frame Presentation Sequence"
    dicom_table: ClassVar[str] = "table_C.11.21-1"

    ReferencedImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if display sequences in this Item do not apply to all the images listed in the Presentation State Relationship Module. Sequence of Items where each Item provides reference to a selected set of Image SOP Class/SOP Instance pairs that are defined in the Presentation State Relationship Module. One or more Items shall be included in this Sequence."""

    PreferredPlaybackSequencing: Annotated[
        vr.US | None,
        Attribute(
            0x00181244,
            "US",
            "1",
            "3",
            name="Preferred Playback Sequencing",
            enumerated=((0, ("0", "1")),),
        ),
    ] = None
    """Preferred Playback Sequencing (0018,1244): Type 3, VR US, VM 1. Describes the preferred playback sequencing for a multi-frame image. Enumerated Values: 0 Looping (1,2…n,1,2,…n,1,2,….n,…) 1 Sweeping (1,2,…n,n -1,…2,1,2,…n,…)"""

    FrameDisplaySequence: Annotated[
        list[_FrameDisplaySequenceItem] | None,
        Attribute(0x00089458, "SQ", "1", "3", name="Frame Display Sequence"),
    ] = None
    """Frame Display Sequence (0008,9458): Type 3, VR SQ, VM 1. Sequence that specifies the display frame rate of a selected set of frames. The Items are ordered in increasing frame number. The range of the frames may not overlap and the ranges shall be adjacent."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameDisplaySequenceItem": (
        "dicomodel.items.frame_display_sequence_item",
        "FrameDisplaySequenceItem",
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
