"""Item class PresentationStateClassificationComponentSequenceItem.

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
    from dicomodel.enums.component_type import ComponentTypeValue as _ComponentTypeValue
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunctionValue as _RGBLUTTransferFunctionValue,
    )
    from dicomodel.items.component_input_sequence_item import (
        ComponentInputSequenceItem as _ComponentInputSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlphaLUTTransferFunctionValue = Lazy(
        "dicomodel.enums.alpha_lut_transfer_function", "AlphaLUTTransferFunctionValue"
    )
    _ComponentInputSequenceItem = Lazy(
        "dicomodel.items.component_input_sequence_item", "ComponentInputSequenceItem"
    )
    _ComponentTypeValue = Lazy("dicomodel.enums.component_type", "ComponentTypeValue")
    _RGBLUTTransferFunctionValue = Lazy(
        "dicomodel.enums.rgblut_transfer_function", "RGBLUTTransferFunctionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunction as AlphaLUTTransferFunction,
    )
    from dicomodel.enums.component_type import ComponentType as ComponentType
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunction as RGBLUTTransferFunction,
    )
    from dicomodel.items.component_input_sequence_item import (
        ComponentInputSequenceItem as ComponentInputSequenceItem,
    )

__all__ = [
    "AlphaLUTTransferFunction",
    "ComponentInputSequenceItem",
    "ComponentType",
    "PresentationStateClassificationComponentSequenceItem",
    "RGBLUTTransferFunction",
]


class PresentationStateClassificationComponentSequenceItem(DicomModel):
    """An item of Presentation State Classification Component Sequence (0070,1801), as first defined in MPR Volumetric Presentation State Display Module Attributes (C.11.27-1)."""

    dicom_name: ClassVar[str] = "Presentation State Classification Component Sequence"
    dicom_table: ClassVar[str] = "table_C.11.27-1"

    ComponentType: Annotated[
        _ComponentTypeValue,
        Attribute(
            0x00701802,
            "CS",
            "1",
            "1",
            name="Component Type",
            enumerated=((0, ("ONE_TO_RGBA", "TWO_TO_RGBA")),),
        ),
    ]
    """Component Type (0070,1802): Type 1, VR CS, VM 1. Type of component. Enumerated Values: ONE_TO_RGBA TWO_TO_RGBA See Section C.11.27.2."""

    ComponentInputSequence: Annotated[
        list[_ComponentInputSequenceItem],
        Attribute(0x00701803, "SQ", "1", "1", name="Component Input Sequence"),
    ]
    """Component Input Sequence (0070,1803): Type 1, VR SQ, VM 1. Description of the input or inputs to this component. One Item shall be present in this Sequence if Component Type (0070,1802) has a value of ONE_TO_RGBA."""

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
    """RGB LUT Transfer Function (0028,140F): Type 1, VR CS, VM 1. Specifies the mapping that takes place between the input value and RGB output. Enumerated Values: EQUAL_RGB Output is R=G=B = input value TABLE Output is RGB LUT values See Section C.11.27.1."""

    AlphaLUTTransferFunction: Annotated[
        _AlphaLUTTransferFunctionValue | None,
        Attribute(
            0x00281410,
            "CS",
            "1",
            "1C",
            name="Alpha LUT Transfer Function",
            enumerated=((0, ("NONE", "IDENTITY", "TABLE")),),
            when=("items", 0x00701801, ">", 1),
        ),
    ] = None
    """Alpha LUT Transfer Function (0028,1410): Type 1C, VR CS, VM 1. Required if the number of Items in Presentation State Classification Component Sequence (0070,1801) is greater than 1. Specifies the transformation that is used to create the Alpha input a compositor component. Enumerated Values: NONE Output = 1 (opaque) for all input values IDENTITY Output = input value TABLE Output = output of the Alpha LUT Required if th..."""

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
    """Red Palette Color Lookup Table Descriptor (0028,1101): Type 1C, VR US or SS, VM 3. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE. Specifies the format of the Red Palette Color Lookup Table Data (0028,1201). The second value (first stored pixel value mapped) shall be zero. See Section C.7.6.3.1.5. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE."""

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
    """Green Palette Color Lookup Table Descriptor (0028,1102): Type 1C, VR US or SS, VM 3. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE. Specifies the format of the Green Palette Color Lookup Table Data (0028,1202). The second value (first stored pixel value mapped) shall be zero. See Section C.7.6.3.1.5."""

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
    """Blue Palette Color Lookup Table Descriptor (0028,1103): Type 1C, VR US or SS, VM 3. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE. Specifies the format of the Blue Palette Color Lookup Table Data (0028,1203). The second value (first stored pixel value mapped) shall be zero. See Section C.7.6.3.1.5. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE."""

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
    """Alpha Palette Color Lookup Table Descriptor (0028,1104): Type 1C, VR US, VM 3. Required if Alpha LUT Transfer Function (0028,1410) has a value of TABLE. Specifies the format of the Alpha Palette Color Lookup Table Data. The second value (first stored pixel value mapped) shall be zero. See Section C.7.6.3.1.5. Required if Alpha LUT Transfer Function (0028,1410) has a value of TABLE."""

    PaletteColorLookupTableUID: Annotated[
        vr.UI | None, Attribute(0x00281199, "UI", "1", "3", name="Palette Color Lookup Table UID")
    ] = None
    """Palette Color Lookup Table UID (0028,1199): Type 3, VR UI, VM 1. Palette Color Lookup Table UID. See Section C.7.9.1. Including the UID in Presentation States that comprise a presentation collection is helpful to the display application that is rendering several related presentations together."""

    RedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281201,
            "OW",
            "1",
            "1C",
            name="Red Palette Color Lookup Table Data",
            when=(
                "and",
                ("value", 0x0028140F, 0, "in", ("TABLE",)),
                ("not", ("present", 0x00281221)),
            ),
        ),
    ] = None
    """Red Palette Color Lookup Table Data (0028,1201): Type 1C, VR OW, VM 1. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE and Segmented Red Palette Color Lookup Table Data (0028,1221) is not present. Red Palette Color Lookup Table Data. See Section C.7.6.3.1.5. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE and Segmented Red Palette Color Lookup Table Data (0028,1221) is not present."""

    GreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281202,
            "OW",
            "1",
            "1C",
            name="Green Palette Color Lookup Table Data",
            when=("present", 0x00281201),
        ),
    ] = None
    """Green Palette Color Lookup Table Data (0028,1202): Type 1C, VR OW, VM 1. Required if Red Palette Color Lookup Table Data (0028,1201) is present. Green Palette Color Lookup Table Data. See Section C.7.6.3.1.5. Required if Red Palette Color Lookup Table Data (0028,1201) is present."""

    BluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281203,
            "OW",
            "1",
            "1C",
            name="Blue Palette Color Lookup Table Data",
            when=("present", 0x00281201),
        ),
    ] = None
    """Blue Palette Color Lookup Table Data (0028,1203): Type 1C, VR OW, VM 1. Required if Red Palette Color Lookup Table Data (0028,1201) is present. Blue Palette Color Lookup Table Data. See Section C.7.6.3.1.5. Required if Red Palette Color Lookup Table Data (0028,1201) is present."""

    AlphaPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281204,
            "OW",
            "1",
            "1C",
            name="Alpha Palette Color Lookup Table Data",
            when=(
                "and",
                ("value", 0x00281410, 0, "in", ("TABLE",)),
                ("not", ("present", 0x00281224)),
            ),
        ),
    ] = None
    """Alpha Palette Color Lookup Table Data (0028,1204): Type 1C, VR OW, VM 1. Required if Alpha LUT Transfer Function (0028,1410) has a value of TABLE and Segmented Alpha Palette Color Lookup Table Data (0028,1224) is not present. Alpha LUT contains the blending values for the data frames. See Section C.7.6.3.1.5. Required if Alpha LUT Transfer Function (0028,1410) has a value of TABLE and Segmented Alpha Palette Color Lookup Table Data (0028,1224) is not present."""

    SegmentedRedPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281221,
            "OW",
            "1",
            "1C",
            name="Segmented Red Palette Color Lookup Table Data",
            when=(
                "and",
                ("value", 0x0028140F, 0, "in", ("TABLE",)),
                ("not", ("present", 0x00281201)),
            ),
        ),
    ] = None
    """Segmented Red Palette Color Lookup Table Data (0028,1221): Type 1C, VR OW, VM 1. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE and Red Palette Color Lookup Table Data (0028,1201) is not present. Segmented Red Palette Color Lookup Table Data. See Section C.11.27.5. Required if RGB LUT Transfer Function (0028,140F) has a value of TABLE and Red Palette Color Lookup Table Data (0028,1201) is not present."""

    SegmentedGreenPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281222,
            "OW",
            "1",
            "1C",
            name="Segmented Green Palette Color Lookup Table Data",
            when=("present", 0x00281221),
        ),
    ] = None
    """Segmented Green Palette Color Lookup Table Data (0028,1222): Type 1C, VR OW, VM 1. Required if Segmented Red Palette Color Lookup Table Data (0028,1221) is present. Segmented Green Palette Color Lookup Table Data. See Section C.11.27.5. Required if Segmented Red Palette Color Lookup Table Data (0028,1221) is present."""

    SegmentedBluePaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281223,
            "OW",
            "1",
            "1C",
            name="Segmented Blue Palette Color Lookup Table Data",
            when=("present", 0x00281221),
        ),
    ] = None
    """Segmented Blue Palette Color Lookup Table Data (0028,1223): Type 1C, VR OW, VM 1. Required if Segmented Red Palette Color Lookup Table Data (0028,1221) is present. Segmented Blue Palette Color Lookup Table Data. See Section C.11.27.5. Required if Segmented Red Palette Color Lookup Table Data (0028,1221) is present."""

    SegmentedAlphaPaletteColorLookupTableData: Annotated[
        vr.OW | None,
        Attribute(
            0x00281224,
            "OW",
            "1",
            "1C",
            name="Segmented Alpha Palette Color Lookup Table Data",
            when=(
                "and",
                ("value", 0x00281410, 0, "in", ("TABLE",)),
                ("not", ("present", 0x00281204)),
            ),
        ),
    ] = None
    """Segmented Alpha Palette Color Lookup Table Data (0028,1224): Type 1C, VR OW, VM 1. Required if Alpha LUT Transfer Function (0028,1410) has a value of TABLE and Alpha Palette Color Lookup Table Data (0028,1204) is not present. Segmented Alpha Palette Color Lookup Table Data. See Section C.11.27.5. Required if Alpha LUT Transfer Function (0028,1410) has a value of TABLE and Alpha Palette Color Lookup Table Data (0028,1204) is not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlphaLUTTransferFunction": (
        "dicomodel.enums.alpha_lut_transfer_function",
        "AlphaLUTTransferFunction",
    ),
    "ComponentInputSequenceItem": (
        "dicomodel.items.component_input_sequence_item",
        "ComponentInputSequenceItem",
    ),
    "ComponentType": ("dicomodel.enums.component_type", "ComponentType"),
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
