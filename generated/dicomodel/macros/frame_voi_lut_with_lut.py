"""Frame VOI LUT with LUT Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.voilut_item import VOILUTItem as _VOILUTItem
else:
    from dicomodel.lazy import Lazy

    _VOILUTItem = Lazy("dicomodel.items.voilut_item", "VOILUTItem")

if TYPE_CHECKING:
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.voilut_item import VOILUTItem as FrameVOILUTSequenceItem
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "FrameVOILUTSequenceItem",
    "FrameVOILUTWithLUTMacro",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class FrameVOILUTWithLUTMacro(DicomModel):
    """Frame VOI LUT with LUT Macro Attributes (PS3.3 Table C.7.6.16-11b)."""

    dicom_name: ClassVar[str] = "Frame VOI LUT with LUT"
    dicom_table: ClassVar[str] = "table_C.7.6.16-11b"

    FrameVOILUTSequence: Annotated[
        list[_VOILUTItem], Attribute(0x00289132, "SQ", "1", "1", name="Frame VOI LUT Sequence")
    ]
    """Frame VOI LUT Sequence (0028,9132): Type 1, VR SQ, VM 1. The VOI LUT transformations applied to this frame. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameVOILUTSequenceItem": ("dicomodel.items.voilut_item", "VOILUTItem"),
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
