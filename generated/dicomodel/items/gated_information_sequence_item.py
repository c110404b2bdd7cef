"""Item class GatedInformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as _CardiacFramingTypeTerm,
    )
    from dicomodel.items.data_information_sequence_item import (
        DataInformationSequenceItem as _DataInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CardiacFramingTypeTerm = Lazy("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm")
    _DataInformationSequenceItem = Lazy(
        "dicomodel.items.data_information_sequence_item", "DataInformationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.items.data_information_sequence_item import (
        DataInformationSequenceItem as DataInformationSequenceItem,
    )
    from dicomodel.items.time_slot_information_sequence_item import (
        TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem,
    )

__all__ = [
    "CardiacFramingTypeTerm",
    "DataInformationSequenceItem",
    "GatedInformationSequenceItem",
    "TimeSlotInformationSequenceItem",
]


class GatedInformationSequenceItem(DicomModel):
    """An item of Gated Information Sequence (0054,0062), as first defined in NM Multi-Gated Acquisition Module Attributes (C.8-13)."""

    dicom_name: ClassVar[str] = "Gated Information Sequence"
    dicom_table: ClassVar[str] = "table_C.8-13"

    TriggerTime: Annotated[
        vr.DS | None, Attribute(0x00181060, "DS", "1", "3", name="Trigger Time")
    ] = None
    """Trigger Time (0018,1060): Type 3, VR DS, VM 1. Time interval measured in msec from the start of the R-wave to the beginning of the data taking."""

    CardiacFramingType: Annotated[
        _CardiacFramingTypeTerm | vr.LO | None,
        Attribute(0x00181064, "LO", "1", "3", name="Cardiac Framing Type"),
    ] = None
    """Cardiac Framing Type (0018,1064): Type 3, VR LO, VM 1. Description of type of framing performed. See Section C.7.6.18.1.1.1 for description and Defined Terms."""

    DataInformationSequence: Annotated[
        list[_DataInformationSequenceItem] | None,
        Attribute(0x00540063, "SQ", "1", "2", name="Data Information Sequence"),
    ]
    """Data Information Sequence (0054,0063): Type 2, VR SQ, VM 1. Sequence of Items that describe gating criteria. Zero or more Items shall be included in this Sequence. See Section C.8.4.13.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "DataInformationSequenceItem": (
        "dicomodel.items.data_information_sequence_item",
        "DataInformationSequenceItem",
    ),
    "TimeSlotInformationSequenceItem": (
        "dicomodel.items.time_slot_information_sequence_item",
        "TimeSlotInformationSequenceItem",
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
