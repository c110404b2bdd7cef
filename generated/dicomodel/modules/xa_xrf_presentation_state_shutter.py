"""XA/XRF Presentation State Shutter Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_display_shutter_sequence_item import (
        FrameDisplayShutterSequenceItem as _FrameDisplayShutterSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameDisplayShutterSequenceItem = Lazy(
        "dicomodel.items.frame_display_shutter_sequence_item", "FrameDisplayShutterSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.frame_display_shutter_sequence_item import (
        FrameDisplayShutterSequenceItem as FrameDisplayShutterSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "FrameDisplayShutterSequenceItem",
    "ReferencedImageSequenceItem",
    "XAXRFPresentationStateShutterModule",
]


class XAXRFPresentationStateShutterModule(DicomModel):
    """XA/XRF Presentation State Shutter Module Attributes (PS3.3 Table C.11.20-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Presentation State Shutter"
    dicom_table: ClassVar[str] = "table_C.11.20-1"

    FrameDisplayShutterSequence: Annotated[
        list[_FrameDisplayShutterSequenceItem],
        Attribute(0x00189472, "SQ", "1", "1", name="Frame Display Shutter Sequence"),
    ]
    """Frame Display Shutter Sequence (0018,9472): Type 1, VR SQ, VM 1. Sequence of shutter specifications to be applied to groups of frames. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameDisplayShutterSequenceItem": (
        "dicomodel.items.frame_display_shutter_sequence_item",
        "FrameDisplayShutterSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
