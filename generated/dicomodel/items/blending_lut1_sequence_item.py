"""Item class BlendingLUT1SequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.blending_lut1_transfer_function import (
        BlendingLUT1TransferFunctionValue as _BlendingLUT1TransferFunctionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingLUT1TransferFunctionValue = Lazy(
        "dicomodel.enums.blending_lut1_transfer_function", "BlendingLUT1TransferFunctionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.blending_lut1_transfer_function import (
        BlendingLUT1TransferFunction as BlendingLUT1TransferFunction,
    )

__all__ = [
    "BlendingLUT1SequenceItem",
    "BlendingLUT1TransferFunction",
]


class BlendingLUT1SequenceItem(DicomModel):
    """An item of Blending LUT 1 Sequence (0028,1404), as first defined in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    dicom_name: ClassVar[str] = "Blending LUT 1 Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.23-1"

    BlendingLUT1TransferFunction: Annotated[
        _BlendingLUT1TransferFunctionValue,
        Attribute(
            0x00281405,
            "CS",
            "1",
            "1",
            name="Blending LUT 1 Transfer Function",
            enumerated=((0, ("CONSTANT", "ALPHA_1", "ALPHA_2", "TABLE")),),
        ),
    ]
    """Blending LUT 1 Transfer Function (0028,1405): Type 1, VR CS, VM 1. Specifies the algorithm used to determine the output value of Blending LUT 1. Enumerated Values: CONSTANT ALPHA_1 ALPHA_2 TABLE See Section C.7.6.23.4 for details."""

    BlendingWeightConstant: Annotated[
        vr.FD | None,
        Attribute(
            0x00281406,
            "FD",
            "1",
            "1C",
            name="Blending Weight Constant",
            when=("value", 0x00281405, 0, "in", ("CONSTANT",)),
        ),
    ] = None
    """Blending Weight Constant (0028,1406): Type 1C, VR FD, VM 1. Required if Blending LUT 1 Transfer Function (0028,1405) is CONSTANT. Constant value of the Weight input to blending operation. Shall be from 0.0 to 1.0, inclusive. Required if Blending LUT 1 Transfer Function (0028,1405) is CONSTANT."""

    BlendingLookupTableDescriptor: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00281407,
            "US",
            "3",
            "1C",
            name="Blending Lookup Table Descriptor",
            when=("value", 0x00281405, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Blending Lookup Table Descriptor (0028,1407): Type 1C, VR US, VM 3. Required if Blending LUT 1 Transfer Function (0028,1405) is TABLE. Specifies the format of Blending Lookup Table Data (0028,1408) in this Sequence Item. The second value (first stored pixel value mapped) shall be zero. See Section C.7.6.23.5 for further explanation."""

    BlendingLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281408,
            "OW",
            "1",
            "1C",
            name="Blending Lookup Table Data",
            when=("value", 0x00281405, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Blending Lookup Table Data (0028,1408): Type 1C, VR OW, VM 1. Required if Blending LUT 1 Transfer Function (0028,1405) is TABLE. Contains the Blending Lookup Table values for this Weight input to the Blending Operation. Required if Blending LUT 1 Transfer Function (0028,1405) is TABLE."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlendingLUT1TransferFunction": (
        "dicomodel.enums.blending_lut1_transfer_function",
        "BlendingLUT1TransferFunction",
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
