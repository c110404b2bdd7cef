"""X-Ray Frame Detector Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.frame_detector_parameters_sequence_item import (
        FrameDetectorParametersSequenceItem as _FrameDetectorParametersSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameDetectorParametersSequenceItem = Lazy(
        "dicomodel.items.frame_detector_parameters_sequence_item",
        "FrameDetectorParametersSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.frame_detector_parameters_sequence_item import (
        FrameDetectorParametersSequenceItem as FrameDetectorParametersSequenceItem,
    )

__all__ = [
    "FrameDetectorParametersSequenceItem",
    "XRayFrameDetectorParametersMacro",
]


class XRayFrameDetectorParametersMacro(DicomModel):
    """X-Ray Frame Detector Parameters Macro Attributes (PS3.3 Table C.8.19.6-5)."""

    dicom_name: ClassVar[str] = "X-Ray Frame Detector Parameters"
    dicom_table: ClassVar[str] = "table_C.8.19.6-5"

    FrameDetectorParametersSequence: Annotated[
        list[_FrameDetectorParametersSequenceItem],
        Attribute(0x00189451, "SQ", "1", "1", name="Frame Detector Parameters Sequence"),
    ]
    """Frame Detector Parameters Sequence (0018,9451): Type 1, VR SQ, VM 1. Sequence containing the detector properties for this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameDetectorParametersSequenceItem": (
        "dicomodel.items.frame_detector_parameters_sequence_item",
        "FrameDetectorParametersSequenceItem",
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
