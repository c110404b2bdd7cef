"""MR Velocity Encoding Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_velocity_encoding_sequence_item import (
        MRVelocityEncodingSequenceItem as _MRVelocityEncodingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRVelocityEncodingSequenceItem = Lazy(
        "dicomodel.items.mr_velocity_encoding_sequence_item", "MRVelocityEncodingSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.mr_velocity_encoding_sequence_item import (
        MRVelocityEncodingSequenceItem as MRVelocityEncodingSequenceItem,
    )

__all__ = [
    "MRVelocityEncodingMacro",
    "MRVelocityEncodingSequenceItem",
]


class MRVelocityEncodingMacro(DicomModel):
    """MR Velocity Encoding Macro Attributes (PS3.3 Table C.8-100)."""

    dicom_name: ClassVar[str] = "MR Velocity Encoding"
    dicom_table: ClassVar[str] = "table_C.8-100"

    MRVelocityEncodingSequence: Annotated[
        list[_MRVelocityEncodingSequenceItem],
        Attribute(0x00189197, "SQ", "1", "1", name="MR Velocity Encoding Sequence"),
    ]
    """MR Velocity Encoding Sequence (0018,9197): Type 1, VR SQ, VM 1. Identifies the velocity encoding of this frame. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MRVelocityEncodingSequenceItem": (
        "dicomodel.items.mr_velocity_encoding_sequence_item",
        "MRVelocityEncodingSequenceItem",
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
