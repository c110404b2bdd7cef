"""Item class EnhancedPaletteColorLookupTableSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunctionValue as _AlphaLUTTransferFunctionValue,
    )
    from dicomodel.enums.data_path_id import DataPathIDValue as _DataPathIDValue
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunctionValue as _RGBLUTTransferFunctionValue,
    )
else:
    from dicomodel.lazy import Lazy

    _AlphaLUTTransferFunctionValue = Lazy(
        "dicomodel.enums.alpha_lut_transfer_function", "AlphaLUTTransferFunctionValue"
    )
    _DataPathIDValue = Lazy("dicomodel.enums.data_path_id", "DataPathIDValue")
    _RGBLUTTransferFunctionValue = Lazy(
        "dicomodel.enums.rgblut_transfer_function", "RGBLUTTransferFunctionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunction as AlphaLUTTransferFunction,
    )
    from dicomodel.enums.data_path_id import DataPathID as DataPathID
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunction as RGBLUTTransferFunction,
    )

__all__ = [
    "AlphaLUTTransferFunction",
    "DataPathID",
    "EnhancedPaletteColorLookupTableSequenceItem",
    "RGBLUTTransferFunction",
]


class EnhancedPaletteColorLookupTableSequenceItem(DicomModel):
    """An item of Enhanced Palette Color Lookup Table Sequence (0028,140B), as first defined in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    dicom_name: ClassVar[str] = "Enhanced Palette Color Lookup Table Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.23-1"

    DataPathID: Annotated[
        _DataPathIDValue,
        Attribute(
            0x0028140E,
            "CS",
            "1",
            "1",
            name="Data Path ID",
            enumerated=((0, ("PRIMARY", "SECONDARY")),),
        ),
    ]
    """Data Path ID (0028,140E): Type 1, VR CS, VM 1. Identifier of the data path in which this Palette Color Lookup Table is used. Enumerated Values: PRIMARY SECONDARY Each Item shall have a distinct value of Data Path ID."""

    RGBLUTTransferFunction: Annotated[
        _RGBLUTTransferFunctionValue,
        Attribute(
            0x0028140F,
            "CS",
            "1",
            "1",
            name="RGB LUT Transfer Function",
            enumerated=((0, ("EQUAL_RGB", "TABLE")),),
        ),
    ]
    """RGB LUT Transfer Function (0028,140F): Type 1, VR CS, VM 1. Specifies the mapping that takes place between the input value and RGB input to the Blending Operation. Enumerated Values: EQUAL_RGB Output is R=G=B=input value TABLE Output is RGB LUT values"""

    AlphaLUTTransferFunction: Annotated[
        _AlphaLUTTransferFunctionValue,
        Attribute(
            0x00281410,
            "CS",
            "1",
            "1",
            name="Alpha LUT Transfer Function",
            enumerated=((0, ("NONE", "IDENTITY", "TABLE")),),
        ),
    ]
    """Alpha LUT Transfer Function (0028,1410): Type 1, VR CS, VM 1. Specifies the transformation that is used to create the Alpha input to the Blending LUTs. Depending on the values of Blending LUT 1 Transfer Function (0028,1405) and Blending LUT 2 Transfer Function (0028,140D) the Alpha LUT value may be ig..."""

    RedPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281101,
            "US or SS",
            "3",
            "1C",
            name="Red Palette Color Lookup Table Descriptor",
            when=("value", 0x0028140F, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Red Palette Color Lookup Table Descriptor (0028,1101): Type 1C, VR US or SS, VM 3. Required if RGB LUT Transfer Function (0028,140F) is TABLE. Specifies the format of the Red Palette Color Lookup Table Data (0028,1201). The second value (first stored pixel value mapped) shall be zero. Required if RGB LUT Transfer Function (0028,140F) is TABLE."""

    GreenPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281102,
            "US or SS",
            "3",
            "1C",
            name="Green Palette Color Lookup Table Descriptor",
            when=("value", 0x0028140F, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Green Palette Color Lookup Table Descriptor (0028,1102): Type 1C, VR US or SS, VM 3. Required if RGB LUT Transfer Function (0028,140F) is TABLE. Specifies the format of the Green Palette Color Lookup Table Data (0028,1202). The second value (first stored pixel value mapped) shall be zero. Required if RGB LUT Transfer Function (0028,140F) is TABLE."""

    BluePaletteColorLookupTableDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00281103,
            "US or SS",
            "3",
            "1C",
            name="Blue Palette Color Lookup Table Descriptor",
            when=("value", 0x0028140F, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Blue Palette Color Lookup Table Descriptor (0028,1103): Type 1C, VR US or SS, VM 3. Required if RGB LUT Transfer Function (0028,140F) is TABLE. Specifies the format of the Blue Palette Color Lookup Table Data (0028,1203). The second value (first stored pixel value mapped) shall be zero. Required if RGB LUT Transfer Function (0028,140F) is TABLE."""

    AlphaPaletteColorLookupTableDescriptor: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00281104,
            "US",
            "3",
            "1C",
            name="Alpha Palette Color Lookup Table Descriptor",
            when=("value", 0x00281410, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Alpha Palette Color Lookup Table Descriptor (0028,1104): Type 1C, VR US, VM 3. Required if Alpha LUT Transfer Function (0028,1410) is TABLE. Specifies the format of the Alpha Palette Color Lookup Table Data. The second value (first stored pixel value mapped) shall be zero. Required if Alpha LUT Transfer Function (0028,1410) is TABLE."""

    RedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281201,
            "OW",
            "1",
            "1C",
            name="Red Palette Color Lookup Table Data",
            when=("value", 0x0028140F, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Red Palette Color Lookup Table Data (0028,1201): Type 1C, VR OW, VM 1. Required if RGB LUT Transfer Function (0028,140F) is TABLE. Red Palette Color Lookup Table Data. Required if RGB LUT Transfer Function (0028,140F) is TABLE."""

    GreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281202,
            "OW",
            "1",
            "1C",
            name="Green Palette Color Lookup Table Data",
            when=("value", 0x0028140F, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Green Palette Color Lookup Table Data (0028,1202): Type 1C, VR OW, VM 1. Required if RGB LUT Transfer Function (0028,140F) is TABLE. Green Palette Color Lookup Table Data. Required if RGB LUT Transfer Function (0028,140F) is TABLE."""

    BluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281203,
            "OW",
            "1",
            "1C",
            name="Blue Palette Color Lookup Table Data",
            when=("value", 0x0028140F, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Blue Palette Color Lookup Table Data (0028,1203): Type 1C, VR OW, VM 1. Required if RGB LUT Transfer Function (0028,140F) is TABLE. Blue Palette Color Lookup Table Data. Required if RGB LUT Transfer Function (0028,140F) is TABLE."""

    AlphaPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281204,
            "OW",
            "1",
            "1C",
            name="Alpha Palette Color Lookup Table Data",
            when=("value", 0x00281410, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Alpha Palette Color Lookup Table Data (0028,1204): Type 1C, VR OW, VM 1. Required if Alpha LUT Transfer Function (0028,1410) is TABLE. Alpha LUT contains the blending values for the data frames. Required if Alpha LUT Transfer Function (0028,1410) is TABLE."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlphaLUTTransferFunction": (
        "dicomodel.enums.alpha_lut_transfer_function",
        "AlphaLUTTransferFunction",
    ),
    "DataPathID": ("dicomodel.enums.data_path_id", "DataPathID"),
    "RGBLUTTransferFunction": (
        "dicomodel.enums.rgblut_transfer_function",
        "RGBLUTTransferFunction",
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
