"""Item class PixelShiftSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.region_pixel_shift_sequence_item import (
        RegionPixelShiftSequenceItem as _RegionPixelShiftSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RegionPixelShiftSequenceItem = Lazy(
        "dicomodel.items.region_pixel_shift_sequence_item", "RegionPixelShiftSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.region_pixel_shift_sequence_item import (
        RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem,
    )

__all__ = [
    "PixelShiftSequenceItem",
    "RegionPixelShiftSequenceItem",
]


class PixelShiftSequenceItem(DicomModel):
    """An item of Pixel Shift Sequence (0028,9501), as first defined in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

    dicom_name: ClassVar[str] = "Pixel Shift Sequence"
    dicom_table: ClassVar[str] = "table_C.11.19-1"

    PixelShiftFrameRange: Annotated[
        list[vr.US], Attribute(0x00289506, "US", "2-2n", "1", name="Pixel Shift Frame Range")
    ]
    """Pixel Shift Frame Range (0028,9506): Type 1, VR US, VM 2-2n. Each pair of numbers in this multi-valued Attribute specify a beginning and ending contrast frame number inclusive of a range where this pixel shift is specified. Discontinuous ranges are represented by multiple pairs of numbers."""

    RegionPixelShiftSequence: Annotated[
        list[_RegionPixelShiftSequenceItem],
        Attribute(0x00289502, "SQ", "1", "1", name="Region Pixel Shift Sequence"),
    ]
    """Region Pixel Shift Sequence (0028,9502): Type 1, VR SQ, VM 1. Sequence containing the pixel shifts for this frame(s). Only one sub region of this frame(s) shall be specified when the pixel shift is applicable for the full size or a single region of the frame(s)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RegionPixelShiftSequenceItem": (
        "dicomodel.items.region_pixel_shift_sequence_item",
        "RegionPixelShiftSequenceItem",
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
