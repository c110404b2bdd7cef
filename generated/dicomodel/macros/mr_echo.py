"""MR Echo Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_echo_sequence_item import MREchoSequenceItem as _MREchoSequenceItem
else:
    from dicomodel.lazy import Lazy

    _MREchoSequenceItem = Lazy("dicomodel.items.mr_echo_sequence_item", "MREchoSequenceItem")

if TYPE_CHECKING:
    from dicomodel.items.mr_echo_sequence_item import MREchoSequenceItem as MREchoSequenceItem

__all__ = [
    "MREchoMacro",
    "MREchoSequenceItem",
]


class MREchoMacro(DicomModel):
    """MR Echo Macro Attributes (PS3.3 Table C.8-91)."""

    dicom_name: ClassVar[str] = "MR Echo"
    dicom_table: ClassVar[str] = "table_C.8-91"

    MREchoSequence: Annotated[
        list[_MREchoSequenceItem], Attribute(0x00189114, "SQ", "1", "1", name="MR Echo Sequence")
    ]
    """MR Echo Sequence (0018,9114): Type 1, VR SQ, VM 1. Identifies echo timing of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MREchoSequenceItem": ("dicomodel.items.mr_echo_sequence_item", "MREchoSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
