"""Item class ThresholdSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.threshold_value_sequence_item import (
        ThresholdValueSequenceItem as _ThresholdValueSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ThresholdValueSequenceItem = Lazy(
        "dicomodel.items.threshold_value_sequence_item", "ThresholdValueSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.threshold_value_sequence_item import (
        ThresholdValueSequenceItem as ThresholdValueSequenceItem,
    )

__all__ = [
    "ThresholdSequenceItem",
    "ThresholdValueSequenceItem",
]


class ThresholdSequenceItem(DicomModel):
    """An item of Threshold Sequence (0070,1B11), as first defined in Threshold Sequence Macro Attributes (C.11.33.1-1)."""

    dicom_name: ClassVar[str] = "Threshold Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33.1-1"

    ThresholdType: Annotated[vr.CS, Attribute(0x00701B13, "CS", "1", "1", name="Threshold Type")]
    """Threshold Type (0070,1B13): Type 1, VR CS, VM 1. Type of threshold comparison used to determine the presence of a pixel value in the output. See Section C.11.33.1.2.1."""

    ThresholdValueSequence: Annotated[
        list[_ThresholdValueSequenceItem],
        Attribute(0x00701B12, "SQ", "1", "1", name="Threshold Value Sequence"),
    ]
    """Threshold Value Sequence (0070,1B12): Type 1, VR SQ, VM 1. Values for thresholding. If the Threshold Type (0070,1B13) is GREATER_OR_EQUAL, LESS_OR_EQUAL, GREATER_THAN or LESS_THAN only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ThresholdValueSequenceItem": (
        "dicomodel.items.threshold_value_sequence_item",
        "ThresholdValueSequenceItem",
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
