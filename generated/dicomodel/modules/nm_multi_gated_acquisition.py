"""NM Multi-Gated Acquisition Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.beat_rejection_flag import (
        BeatRejectionFlagValue as _BeatRejectionFlagValue,
    )
    from dicomodel.items.gated_information_sequence_item import (
        GatedInformationSequenceItem as _GatedInformationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BeatRejectionFlagValue = Lazy("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlagValue")
    _GatedInformationSequenceItem = Lazy(
        "dicomodel.items.gated_information_sequence_item", "GatedInformationSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.beat_rejection_flag import BeatRejectionFlag as BeatRejectionFlag
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.items.data_information_sequence_item import (
        DataInformationSequenceItem as DataInformationSequenceItem,
    )
    from dicomodel.items.gated_information_sequence_item import (
        GatedInformationSequenceItem as GatedInformationSequenceItem,
    )
    from dicomodel.items.time_slot_information_sequence_item import (
        TimeSlotInformationSequenceItem as TimeSlotInformationSequenceItem,
    )

__all__ = [
    "BeatRejectionFlag",
    "CardiacFramingTypeTerm",
    "DataInformationSequenceItem",
    "GatedInformationSequenceItem",
    "NMMultiGatedAcquisitionModule",
    "TimeSlotInformationSequenceItem",
]


class NMMultiGatedAcquisitionModule(DicomModel):
    """NM Multi-Gated Acquisition Module Attributes (PS3.3 Table C.8-13)."""

    dicom_name: ClassVar[str] = "NM Multi-Gated Acquisition"
    dicom_table: ClassVar[str] = "table_C.8-13"

    BeatRejectionFlag: Annotated[
        _BeatRejectionFlagValue | None,
        Attribute(
            0x00181080, "CS", "1", "3", name="Beat Rejection Flag", enumerated=((0, ("Y", "N")),)
        ),
    ] = None
    """Beat Rejection Flag (0018,1080): Type 3, VR CS, VM 1. Heart beat duration sorting has been applied. Enumerated Values: Y yes N no"""

    PVCRejection: Annotated[
        vr.LO | None, Attribute(0x00181085, "LO", "1", "3", name="PVC Rejection")
    ] = None
    """PVC Rejection (0018,1085): Type 3, VR LO, VM 1. Description of type of arrhythmic beat rejection criteria used."""

    SkipBeats: Annotated[vr.IS | None, Attribute(0x00181086, "IS", "1", "3", name="Skip Beats")] = (
        None
    )
    """Skip Beats (0018,1086): Type 3, VR IS, VM 1. Number of beats skipped after a detected arrhythmia."""

    HeartRate: Annotated[vr.IS | None, Attribute(0x00181088, "IS", "1", "3", name="Heart Rate")] = (
        None
    )
    """Heart Rate (0018,1088): Type 3, VR IS, VM 1. Average number of heart beats per minute for the collection period for these frames. This shall include all accepted beats as well as rejected beats."""

    GatedInformationSequence: Annotated[
        list[_GatedInformationSequenceItem] | None,
        Attribute(
            0x00540062,
            "SQ",
            "1",
            "2C",
            name="Gated Information Sequence",
            when=("value", 0x00280009, 0, "in", (5505120,)),
        ),
    ] = None
    """Gated Information Sequence (0054,0062): Type 2C, VR SQ, VM 1. Required if the Frame Increment Pointer (0028,0009) contains the Tag for R-R Interval Vector (0054,0060). Sequence of Items that describe R-R intervals. Each gated interval is defined by an upper and lower range of heart beat durations. Required if the Frame Increment Pointer (0028,0009) contains the Tag for R-R Interval Vector (0054,0060)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BeatRejectionFlag": ("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlag"),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "DataInformationSequenceItem": (
        "dicomodel.items.data_information_sequence_item",
        "DataInformationSequenceItem",
    ),
    "GatedInformationSequenceItem": (
        "dicomodel.items.gated_information_sequence_item",
        "GatedInformationSequenceItem",
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
