"""X-Ray Frame Acquisition Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_acquisition_sequence_item import (
        FrameAcquisitionSequenceItem as _FrameAcquisitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameAcquisitionSequenceItem = Lazy(
        "dicomodel.items.frame_acquisition_sequence_item", "FrameAcquisitionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.frame_acquisition_sequence_item import (
        FrameAcquisitionSequenceItem as FrameAcquisitionSequenceItem,
    )

__all__ = [
    "FrameAcquisitionSequenceItem",
    "XRayFrameAcquisitionMacro",
]


class XRayFrameAcquisitionMacro(DicomModel):
    """X-Ray Frame Acquisition Macro Attributes (PS3.3 Table C.8.19.6-8)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Acquisition"
    dicom_table: ClassVar[str] = "table_C.8.19.6-8"

    FrameAcquisitionSequence: Annotated[
        list[_FrameAcquisitionSequenceItem],
        Attribute(0x00189417, "SQ", "1", "1", name="Frame Acquisition Sequence"),
    ]
    """Frame Acquisition Sequence (0018,9417): Type 1, VR SQ, VM 1. Sequence containing the acquisition parameters for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameAcquisitionSequenceItem": (
        "dicomodel.items.frame_acquisition_sequence_item",
        "FrameAcquisitionSequenceItem",
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
