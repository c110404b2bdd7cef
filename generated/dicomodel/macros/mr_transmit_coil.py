"""MR Transmit Coil Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_transmit_coil_sequence_item import (
        MRTransmitCoilSequenceItem as _MRTransmitCoilSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRTransmitCoilSequenceItem = Lazy(
        "dicomodel.items.mr_transmit_coil_sequence_item", "MRTransmitCoilSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.transmit_coil_type import TransmitCoilTypeTerm as TransmitCoilTypeTerm
    from dicomodel.items.mr_transmit_coil_sequence_item import (
        MRTransmitCoilSequenceItem as MRTransmitCoilSequenceItem,
    )

__all__ = [
    "MRTransmitCoilMacro",
    "MRTransmitCoilSequenceItem",
    "TransmitCoilTypeTerm",
]


class MRTransmitCoilMacro(DicomModel):
    """MR Transmit Coil Macro Attributes (PS3.3 Table C.8-95)."""

    dicom_name: ClassVar[str] = "MR Transmit Coil"
    dicom_table: ClassVar[str] = "table_C.8-95"

    MRTransmitCoilSequence: Annotated[
        list[_MRTransmitCoilSequenceItem],
        Attribute(0x00189049, "SQ", "1", "1", name="MR Transmit Coil Sequence"),
    ]
    """MR Transmit Coil Sequence (0018,9049): Type 1, VR SQ, VM 1. A Sequence that provides information about the transmit coil used. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MRTransmitCoilSequenceItem": (
        "dicomodel.items.mr_transmit_coil_sequence_item",
        "MRTransmitCoilSequenceItem",
    ),
    "TransmitCoilTypeTerm": ("dicomodel.enums.transmit_coil_type", "TransmitCoilTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
