"""Item class PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.lut_function import LUTFunctionValue as _LUTFunctionValue
else:
    from dicomodel.lazy import Lazy

    _LUTFunctionValue = Lazy("dicomodel.enums.lut_function", "LUTFunctionValue")

if TYPE_CHECKING:
    from dicomodel.enums.lut_function import LUTFunction as LUTFunction

__all__ = [
    "LUTFunction",
    "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask",
]


class PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask(DicomModel):
    """An item of Pixel Intensity Relationship LUT Sequence (0028,9422), as first defined in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

    dicom_name: ClassVar[str] = "Pixel Intensity Relationship LUT Sequence"
    dicom_table: ClassVar[str] = "table_C.11.19-1"

    LUTFrameRange: Annotated[
        list[vr.US], Attribute(0x00289507, "US", "2-2n", "1", name="LUT Frame Range")
    ]
    """LUT Frame Range (0028,9507): Type 1, VR US, VM 2-2n. Each pair of numbers in this multi-valued Attribute specifies a beginning and ending frame number inclusive of a range where this LUT operation is specified. Discontinuous ranges are represented by multiple pairs of numbers."""

    LUTDescriptor: Annotated[
        list[vr.US | vr.SS], Attribute(0x00283002, "US or SS", "3", "1", name="LUT Descriptor")
    ]
    """LUT Descriptor (0028,3002): Type 1, VR US or SS, VM 3. Specifies the format of the LUT Data in this Sequence. See Section C.11.1.1 and Section C.7.6.16.2.13.1 for further explanation."""

    LUTData: Annotated[
        list[vr.US | vr.OW], Attribute(0x00283006, "US or OW", "1-n", "1", name="LUT Data")
    ]
    """LUT Data (0028,3006): Type 1, VR US or OW, VM 1-n. LUT Data in this Sequence."""

    LUTFunction: Annotated[
        _LUTFunctionValue,
        Attribute(0x00289474, "CS", "1", "1", name="LUT Function", enumerated=((0, ("TO_LOG",)),)),
    ]
    """LUT Function (0028,9474): Type 1, VR CS, VM 1. The transformation function this LUT applies to the stored pixel values. Enumerated Values: TO_LOG"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LUTFunction": ("dicomodel.enums.lut_function", "LUTFunction"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
