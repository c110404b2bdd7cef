"""Threshold Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.threshold_sequence_item import (
        ThresholdSequenceItem as _ThresholdSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ThresholdSequenceItem = Lazy(
        "dicomodel.items.threshold_sequence_item", "ThresholdSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.threshold_sequence_item import (
        ThresholdSequenceItem as ThresholdSequenceItem,
    )
    from dicomodel.items.threshold_value_sequence_item import (
        ThresholdValueSequenceItem as ThresholdValueSequenceItem,
    )

__all__ = [
    "ThresholdSequenceItem",
    "ThresholdSequenceMacro",
    "ThresholdValueSequenceItem",
]


class ThresholdSequenceMacro(DicomModel):
    """Threshold Sequence Macro Attributes (PS3.3 Table C.11.33.1-1)."""

    dicom_name: ClassVar[str] = "Threshold Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33.1-1"

    ThresholdSequence: Annotated[
        list[_ThresholdSequenceItem] | None,
        Attribute(
            0x00701B11,
            "SQ",
            "1",
            "1C",
            name="Threshold Sequence",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("not", ("present", 0x00283110)),
            ),
        ),
    ] = None
    """Threshold Sequence (0070,1B11): Type 1C, VR SQ, VM 1. Required if Threshold needs to be applied and the Softcopy VOI LUT Sequence (0028,3110) is not present. May be present otherwise if Threshold needs to be applied. Threshold specification for the image One or more Items shall be included in this Sequence. Required if Threshold needs to be applied and the Softcopy VOI LUT Sequence (0028,3110) is not present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ThresholdSequenceItem": ("dicomodel.items.threshold_sequence_item", "ThresholdSequenceItem"),
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
