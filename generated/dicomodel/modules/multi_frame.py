"""Multi-frame Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.stereo_pairs_present import (
        StereoPairsPresentValue as _StereoPairsPresentValue,
    )
else:
    from dicomodel.lazy import Lazy

    _StereoPairsPresentValue = Lazy(
        "dicomodel.enums.stereo_pairs_present", "StereoPairsPresentValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.stereo_pairs_present import StereoPairsPresent as StereoPairsPresent

__all__ = [
    "MultiFrameModule",
    "StereoPairsPresent",
]


class MultiFrameModule(DicomModel):
    """Multi-frame Module Attributes (PS3.3 Table C.7-14)."""

    dicom_name: ClassVar[str] = "Multi-frame"
    dicom_table: ClassVar[str] = "table_C.7-14"

    NumberOfFrames: Annotated[vr.IS, Attribute(0x00280008, "IS", "1", "1", name="Number of Frames")]
    """Number of Frames (0028,0008): Type 1, VR IS, VM 1. Number of frames in a Multi-frame Image. See Section C.7.6.6.1.1 for further explanation."""

    FrameIncrementPointer: Annotated[
        list[vr.AT], Attribute(0x00280009, "AT", "1-n", "1", name="Frame Increment Pointer")
    ]
    """Frame Increment Pointer (0028,0009): Type 1, VR AT, VM 1-n. Contains the Data Element Tag of the Attribute that is used as the frame increment in Multi-frame pixel data. See Section C.7.6.6.1.2 for further explanation."""

    StereoPairsPresent: Annotated[
        _StereoPairsPresentValue | None,
        Attribute(
            0x00220028,
            "CS",
            "1",
            "3",
            name="Stereo Pairs Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Stereo Pairs Present (0022,0028): Type 3, VR CS, VM 1. The multi-frame pixel data consists of left and right stereoscopic pairs. See Section C.7.6.6.1.3 for further explanation. Enumerated Values: YES NO"""

    EncapsulatedPixelDataValueTotalLength: Annotated[
        vr.UV | None,
        Attribute(0x7FE00003, "UV", "1", "3", name="Encapsulated Pixel Data Value Total Length"),
    ] = None
    """Encapsulated Pixel Data Value Total Length (7FE0,0003): Type 3, VR UV, VM 1. The length of the pixel data bit stream encapsulated in Pixel Data (7FE0,0010), in bytes, when all the fragments have been combined, not including any trailing padding to even length in the last Fragment added for encapsulation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "StereoPairsPresent": ("dicomodel.enums.stereo_pairs_present", "StereoPairsPresent"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
