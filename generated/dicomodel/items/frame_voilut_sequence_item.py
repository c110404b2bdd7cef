"""Item class FrameVOILUTSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as _VOILUTFunctionTerm
else:
    from dicomodel.lazy import Lazy

    _VOILUTFunctionTerm = Lazy("dicomodel.enums.voilut_function", "VOILUTFunctionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm

__all__ = [
    "FrameVOILUTSequenceItem",
    "VOILUTFunctionTerm",
]


class FrameVOILUTSequenceItem(DicomModel):
    """An item of Frame VOI LUT Sequence (0028,9132), as first defined in Frame VOI LUT Macro Attributes (C.7.6.16-11)."""

    dicom_name: ClassVar[str] = "Frame VOI LUT Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-11"

    WindowCenter: Annotated[
        list[vr.DS], Attribute(0x00281050, "DS", "1-n", "1", name="Window Center")
    ]
    """Window Center (0028,1050): Type 1, VR DS, VM 1-n. Window Center for display. See Section C.11.2.1.2 for further explanation."""

    WindowWidth: Annotated[
        list[vr.DS], Attribute(0x00281051, "DS", "1-n", "1", name="Window Width")
    ]
    """Window Width (0028,1051): Type 1, VR DS, VM 1-n. Window Width for display. See Section C.11.2.1.2 for further explanation."""

    WindowCenterWidthExplanation: Annotated[
        list[vr.LO] | None,
        Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
    ] = None
    """Window Center & Width Explanation (0028,1055): Type 3, VR LO, VM 1-n. Explanation of the Window Center and Width. Defined Terms for CT: BRAIN SOFT_TISSUE LUNG BONE"""

    VOILUTFunction: Annotated[
        _VOILUTFunctionTerm | vr.CS | None,
        Attribute(0x00281056, "CS", "1", "3", name="VOI LUT Function"),
    ] = None
    """VOI LUT Function (0028,1056): Type 3, VR CS, VM 1. Describes a VOI LUT function to apply to the values of Window Center (0028,1050) and Window Width (0028,1051). See Section C.11.2.1.3 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
