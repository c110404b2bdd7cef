"""VOI LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as _VOILUTFunctionTerm
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as _VOILUTSequenceItem
else:
    from dicomodel.lazy import Lazy

    _VOILUTFunctionTerm = Lazy("dicomodel.enums.voilut_function", "VOILUTFunctionTerm")
    _VOILUTSequenceItem = Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "VOILUTFunctionTerm",
    "VOILUTModule",
    "VOILUTSequenceItem",
]


class VOILUTModule(DicomModel):
    """VOI LUT Module Attributes (PS3.3 Table C.11-2)."""

    dicom_name: ClassVar[str] = "VOI LUT"
    dicom_table: ClassVar[str] = "table_C.11-2"

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
