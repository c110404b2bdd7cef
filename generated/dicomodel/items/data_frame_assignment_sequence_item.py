"""Item class DataFrameAssignmentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.data_path_assignment import (
        DataPathAssignmentValue as _DataPathAssignmentValue,
    )
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as _VOILUTFunctionTerm
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as _VOILUTSequenceItem
else:
    from dicomodel.lazy import Lazy

    _DataPathAssignmentValue = Lazy(
        "dicomodel.enums.data_path_assignment", "DataPathAssignmentValue"
    )
    _VOILUTFunctionTerm = Lazy("dicomodel.enums.voilut_function", "VOILUTFunctionTerm")
    _VOILUTSequenceItem = Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.data_path_assignment import DataPathAssignment as DataPathAssignment
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "DataFrameAssignmentSequenceItem",
    "DataPathAssignment",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class DataFrameAssignmentSequenceItem(DicomModel):
    """An item of Data Frame Assignment Sequence (0028,1401), as first defined in Enhanced Palette Color Lookup Table Module Attributes (C.7.6.23-1)."""

    dicom_name: ClassVar[str] = "Data Frame Assignment Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.23-1"

    DataType: Annotated[vr.CS, Attribute(0x00189808, "CS", "1", "1", name="Data Type")]
    """Data Type (0018,9808): Type 1, VR CS, VM 1. Identification of the data type of frames using this data path assignment."""

    DataPathAssignment: Annotated[
        _DataPathAssignmentValue,
        Attribute(
            0x00281402,
            "CS",
            "1",
            "1",
            name="Data Path Assignment",
            enumerated=(
                (
                    0,
                    (
                        "PRIMARY_PVALUES",
                        "PRIMARY_SINGLE",
                        "SECONDARY_SINGLE",
                        "SECONDARY_HIGH",
                        "SECONDARY_LOW",
                    ),
                ),
            ),
        ),
    ]
    """Data Path Assignment (0028,1402): Type 1, VR CS, VM 1. The data path to use for this data type in the Enhanced Blending and Display Pipeline. Enumerated Values: PRIMARY_PVALUES PRIMARY_SINGLE SECONDARY_SINGLE SECONDARY_HIGH SECONDARY_LOW See Section C.7.6.23.2 for usage."""

    BitsMappedToColorLookupTable: Annotated[
        vr.US | None,
        Attribute(0x00281403, "US", "1", "3", name="Bits Mapped to Color Lookup Table"),
    ] = None
    """Bits Mapped to Color Lookup Table (0028,1403): Type 3, VR US, VM 1. The number of most significant bits of each value of Pixel Data (7FE0,0010) from this frame contributing to the Palette Color Lookup Table input."""

    VOILUTSequence: Annotated[
        list[_VOILUTSequenceItem] | None,
        Attribute(
            0x00283010,
            "SQ",
            "1",
            "1C",
            name="VOI LUT Sequence",
            when=("not", ("present", 0x00281050)),
            otherwise="may",
        ),
    ] = None
    """VOI LUT Sequence (0028,3010): Type 1C, VR SQ, VM 1. Required if Window Center (0028,1050) is not present. May be present otherwise. Defines a Sequence of VOI LUTs. One or more Items shall be included in this Sequence. Required if Window Center (0028,1050) is not present. May be present otherwise."""

    WindowCenter: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00281050,
            "DS",
            "1-n",
            "1C",
            name="Window Center",
            when=("not", ("present", 0x00283010)),
            otherwise="may",
        ),
    ] = None
    """Window Center (0028,1050): Type 1C, VR DS, VM 1-n. Required if VOI LUT Sequence (0028,3010) is not present. May be present otherwise. Window Center for display. See Section C.11.2.1.2 for further explanation. Required if VOI LUT Sequence (0028,3010) is not present. May be present otherwise."""

    WindowWidth: Annotated[
        list[vr.DS] | None,
        Attribute(0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)),
    ] = None
    """Window Width (0028,1051): Type 1C, VR DS, VM 1-n. Required if Window Center (0028,1050) is present. Window Width for display. See Section C.11.2.1.2 for further explanation. Required if Window Center (0028,1050) is present."""

    WindowCenterWidthExplanation: Annotated[
        list[vr.LO] | None,
        Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
    ] = None
    """Window Center & Width Explanation (0028,1055): Type 3, VR LO, VM 1-n. Free form explanation of the meaning of the Window Center and Width. Multiple values correspond to multiple Window Center and Width values."""

    VOILUTFunction: Annotated[
        _VOILUTFunctionTerm | vr.CS | None,
        Attribute(0x00281056, "CS", "1", "3", name="VOI LUT Function"),
    ] = None
    """VOI LUT Function (0028,1056): Type 3, VR CS, VM 1. Describes a VOI LUT function to apply to the values of Window Center (0028,1050) and Window Width (0028,1051). See Section C.11.2.1.3 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DataPathAssignment": ("dicomodel.enums.data_path_assignment", "DataPathAssignment"),
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
