"""Enhanced Palette Color Lookup Table Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
    from dicomodel.items.blending_lut1_sequence_item import (
        BlendingLUT1SequenceItem as _BlendingLUT1SequenceItem,
    )
    from dicomodel.items.blending_lut2_sequence_item import (
        BlendingLUT2SequenceItem as _BlendingLUT2SequenceItem,
    )
    from dicomodel.items.data_frame_assignment_sequence_item import (
        DataFrameAssignmentSequenceItem as _DataFrameAssignmentSequenceItem,
    )
    from dicomodel.items.enhanced_palette_color_lookup_table_sequence_item import (
        EnhancedPaletteColorLookupTableSequenceItem as _EnhancedPaletteColorLookupTableSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingLUT1SequenceItem = Lazy(
        "dicomodel.items.blending_lut1_sequence_item", "BlendingLUT1SequenceItem"
    )
    _BlendingLUT2SequenceItem = Lazy(
        "dicomodel.items.blending_lut2_sequence_item", "BlendingLUT2SequenceItem"
    )
    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")
    _DataFrameAssignmentSequenceItem = Lazy(
        "dicomodel.items.data_frame_assignment_sequence_item", "DataFrameAssignmentSequenceItem"
    )
    _EnhancedPaletteColorLookupTableSequenceItem = Lazy(
        "dicomodel.items.enhanced_palette_color_lookup_table_sequence_item",
        "EnhancedPaletteColorLookupTableSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunction as AlphaLUTTransferFunction,
    )
    from dicomodel.enums.blending_lut1_transfer_function import (
        BlendingLUT1TransferFunction as BlendingLUT1TransferFunction,
    )
    from dicomodel.enums.blending_lut2_transfer_function import (
        BlendingLUT2TransferFunction as BlendingLUT2TransferFunction,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.data_path_assignment import DataPathAssignment as DataPathAssignment
    from dicomodel.enums.data_path_id import DataPathID as DataPathID
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunction as RGBLUTTransferFunction,
    )
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.blending_lut1_sequence_item import (
        BlendingLUT1SequenceItem as BlendingLUT1SequenceItem,
    )
    from dicomodel.items.blending_lut2_sequence_item import (
        BlendingLUT2SequenceItem as BlendingLUT2SequenceItem,
    )
    from dicomodel.items.data_frame_assignment_sequence_item import (
        DataFrameAssignmentSequenceItem as DataFrameAssignmentSequenceItem,
    )
    from dicomodel.items.enhanced_palette_color_lookup_table_sequence_item import (
        EnhancedPaletteColorLookupTableSequenceItem as EnhancedPaletteColorLookupTableSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "AlphaLUTTransferFunction",
    "BlendingLUT1SequenceItem",
    "BlendingLUT1TransferFunction",
    "BlendingLUT2SequenceItem",
    "BlendingLUT2TransferFunction",
    "ColorSpaceTerm",
    "DataFrameAssignmentSequenceItem",
    "DataPathAssignment",
    "DataPathID",
    "EnhancedPaletteColorLookupTableModule",
    "EnhancedPaletteColorLookupTableSequenceItem",
    "RGBLUTTransferFunction",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class EnhancedPaletteColorLookupTableModule(DicomModel):
    """Enhanced Palette Color Lookup Table Module Attributes (PS3.3 Table C.7.6.23-1)."""

    dicom_name: ClassVar[str] = "Enhanced Palette Color Lookup Table"
    dicom_table: ClassVar[str] = "table_C.7.6.23-1"

    DataFrameAssignmentSequence: Annotated[
        list[_DataFrameAssignmentSequenceItem],
        Attribute(0x00281401, "SQ", "1", "1", name="Data Frame Assignment Sequence"),
    ]
    """Data Frame Assignment Sequence (0028,1401): Type 1, VR SQ, VM 1. Sequence of Items each assigning frames of one particular value of Data Type (0018,9808) to a data path in the Enhanced Blending and Display Pipeline. One, two, or three Items shall be included in this Sequence."""

    BlendingLUT1Sequence: Annotated[
        list[_BlendingLUT1SequenceItem] | None,
        Attribute(
            0x00281404,
            "SQ",
            "1",
            "1C",
            name="Blending LUT 1 Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'there are one or more Items of the Data Path Assignment Sequence (0028,1402)' (in 'Required if there are one or more Items of the Data Path Assignment Sequence (0028,1402) other than PRIMARY_PVALUES')",
            ),
        ),
    ] = None
    """Blending LUT 1 Sequence (0028,1404): Type 1C, VR SQ, VM 1. Required if there are one or more Items of the Data Path Assignment Sequence (0028,1402) other than PRIMARY_PVALUES. Specification of the weight of the primary path input to the Blending Operation, i.e., the value that is referred to as \"Weight 1\" in the Enhanced Blending and Display Pipeline. Only a single Item shall be included in this Sequence."""

    BlendingLUT2Sequence: Annotated[
        list[_BlendingLUT2SequenceItem] | None,
        Attribute(
            0x0028140C,
            "SQ",
            "1",
            "1C",
            name="Blending LUT 2 Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'there are one or more Items of the Data Path Assignment Sequence (0028,1402)' (in 'Required if there are one or more Items of the Data Path Assignment Sequence (0028,1402) other than PRIMARY_PVALUES')",
            ),
        ),
    ] = None
    """Blending LUT 2 Sequence (0028,140C): Type 1C, VR SQ, VM 1. Required if there are one or more Items of the Data Path Assignment Sequence (0028,1402) other than PRIMARY_PVALUES. Specification of the weight of the secondary path input to the Blending Operation, i.e., the value that is referred to as \"Weight 2\" in the Enhanced Blending and Display Pipeline. Only a single Item shall be included in this Sequence."""

    EnhancedPaletteColorLookupTableSequence: Annotated[
        list[_EnhancedPaletteColorLookupTableSequenceItem] | None,
        Attribute(
            0x0028140B,
            "SQ",
            "1",
            "1C",
            name="Enhanced Palette Color Lookup Table Sequence",
            when=(
                "and",
                ("present", 0x00281402),
                ("value", 0x00281402, 0, "not_in", ("PRIMARY_PVALUES",)),
            ),
        ),
    ] = None
    """Enhanced Palette Color Lookup Table Sequence (0028,140B): Type 1C, VR SQ, VM 1. Required if Data Path Assignment (0028,1402) is present with a value other than PRIMARY_PVALUES. This Sequence contains the Palette Color Lookup Table. One or two Items shall be included in this Sequence. Required if Data Path Assignment (0028,1402) is present with a value other than PRIMARY_PVALUES."""

    ICCProfile: Annotated[
        vr.OB | None,
        Attribute(
            0x00282000,
            "OB",
            "1",
            "1C",
            name="ICC Profile",
            when=(
                "and",
                ("present", 0x00281402),
                ("unknown", "depends on what is known to the creator"),
            ),
        ),
    ] = None
    """ICC Profile (0028,2000): Type 1C, VR OB, VM 1. Required if Data Path Assignment (0028,1402) is present and there exists any value other than PRIMARY_PVALUES. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values. See Section C.11.15.1.1 When present, defines the color space of the output of the Enhanced Blending and Display Pipeline."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None, Attribute(0x00282002, "CS", "1", "3", name="Color Space")
    ] = None
    """Color Space (0028,2002): Type 3, VR CS, VM 1. A label that identifies the well-known color space of the image. Shall be consistent with any ICC Profile (0028,2000) that is also present. See Section C.11.15.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlphaLUTTransferFunction": (
        "dicomodel.enums.alpha_lut_transfer_function",
        "AlphaLUTTransferFunction",
    ),
    "BlendingLUT1SequenceItem": (
        "dicomodel.items.blending_lut1_sequence_item",
        "BlendingLUT1SequenceItem",
    ),
    "BlendingLUT1TransferFunction": (
        "dicomodel.enums.blending_lut1_transfer_function",
        "BlendingLUT1TransferFunction",
    ),
    "BlendingLUT2SequenceItem": (
        "dicomodel.items.blending_lut2_sequence_item",
        "BlendingLUT2SequenceItem",
    ),
    "BlendingLUT2TransferFunction": (
        "dicomodel.enums.blending_lut2_transfer_function",
        "BlendingLUT2TransferFunction",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "DataFrameAssignmentSequenceItem": (
        "dicomodel.items.data_frame_assignment_sequence_item",
        "DataFrameAssignmentSequenceItem",
    ),
    "DataPathAssignment": ("dicomodel.enums.data_path_assignment", "DataPathAssignment"),
    "DataPathID": ("dicomodel.enums.data_path_id", "DataPathID"),
    "EnhancedPaletteColorLookupTableSequenceItem": (
        "dicomodel.items.enhanced_palette_color_lookup_table_sequence_item",
        "EnhancedPaletteColorLookupTableSequenceItem",
    ),
    "RGBLUTTransferFunction": (
        "dicomodel.enums.rgblut_transfer_function",
        "RGBLUTTransferFunction",
    ),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
