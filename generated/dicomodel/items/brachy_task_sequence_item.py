"""Item class BrachyTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryTypeValue as _TreatmentDeliveryTypeValue,
    )
    from dicomodel.items.channel_delivery_continuation_sequence_item import (
        ChannelDeliveryContinuationSequenceItem as _ChannelDeliveryContinuationSequenceItem,
    )
    from dicomodel.items.channel_delivery_order_sequence_item import (
        ChannelDeliveryOrderSequenceItem as _ChannelDeliveryOrderSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ChannelDeliveryContinuationSequenceItem = Lazy(
        "dicomodel.items.channel_delivery_continuation_sequence_item",
        "ChannelDeliveryContinuationSequenceItem",
    )
    _ChannelDeliveryOrderSequenceItem = Lazy(
        "dicomodel.items.channel_delivery_order_sequence_item", "ChannelDeliveryOrderSequenceItem"
    )
    _TreatmentDeliveryTypeValue = Lazy(
        "dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.treatment_delivery_type import (
        TreatmentDeliveryType as TreatmentDeliveryType,
    )
    from dicomodel.items.channel_delivery_continuation_sequence_item import (
        ChannelDeliveryContinuationSequenceItem as ChannelDeliveryContinuationSequenceItem,
    )
    from dicomodel.items.channel_delivery_order_sequence_item import (
        ChannelDeliveryOrderSequenceItem as ChannelDeliveryOrderSequenceItem,
    )

__all__ = [
    "BrachyTaskSequenceItem",
    "ChannelDeliveryContinuationSequenceItem",
    "ChannelDeliveryOrderSequenceItem",
    "TreatmentDeliveryType",
]


class BrachyTaskSequenceItem(DicomModel):
    """An item of Brachy Task Sequence (0074,1401), as first defined in RT Brachy Application Setup Delivery Instruction Module Attributes (C.8.8.30-1)."""

    dicom_name: ClassVar[str] = "Brachy Task Sequence"
    dicom_table: ClassVar[str] = "table_C.8.8.30-1"

    TreatmentDeliveryType: Annotated[
        _TreatmentDeliveryTypeValue,
        Attribute(
            0x300A00CE,
            "CS",
            "1",
            "1",
            name="Treatment Delivery Type",
            enumerated=((0, ("TREATMENT", "CONTINUATION")),),
        ),
    ]
    """Treatment Delivery Type (300A,00CE): Type 1, VR CS, VM 1. Delivery Type of treatment. Enumerated Values: TREATMENT normal patient treatment CONTINUATION continuation of interrupted treatment See Section C.8.8.30.2."""

    ContinuationStartTotalReferenceAirKerma: Annotated[
        vr.DS | None,
        Attribute(
            0x00741402,
            "DS",
            "1",
            "1C",
            name="Continuation Start Total Reference Air Kerma",
            when=("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
        ),
    ] = None
    """Continuation Start Total Reference Air Kerma (0074,1402): Type 1C, VR DS, VM 1. Required if Delivery Type (300A,00CE) is CONTINUATION. Total Reference Air Kerma within the Application Setup referenced by Referenced Brachy Application Setup Number (300C,000C) at which treatment delivery starts. Required if Delivery Type (300A,00CE) is CONTINUATION."""

    ContinuationEndTotalReferenceAirKerma: Annotated[
        vr.DS | None,
        Attribute(
            0x00741403,
            "DS",
            "1",
            "1C",
            name="Continuation End Total Reference Air Kerma",
            when=("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
        ),
    ] = None
    """Continuation End Total Reference Air Kerma (0074,1403): Type 1C, VR DS, VM 1. Required if Delivery Type (300A,00CE) is CONTINUATION. Total Reference Air Kerma within the Application Setup referenced by Referenced Brachy Application Setup Number (300C,000C) at which treatment delivery ends. Required if Delivery Type (300A,00CE) is CONTINUATION."""

    ReferencedBrachyApplicationSetupNumber: Annotated[
        vr.IS,
        Attribute(0x300C000C, "IS", "1", "1", name="Referenced Brachy Application Setup Number"),
    ]
    """Referenced Brachy Application Setup Number (300C,000C): Type 1, VR IS, VM 1. Brachy Application Setup Number (300A,0234) within Brachy Application Setup Sequence (300A,0230) in the referenced RT Plan. One or more Items shall be included in this Sequence."""

    ChannelDeliveryOrderSequence: Annotated[
        list[_ChannelDeliveryOrderSequenceItem] | None,
        Attribute(0x00741405, "SQ", "1", "3", name="Channel Delivery Order Sequence"),
    ] = None
    """Channel Delivery Order Sequence (0074,1405): Type 3, VR SQ, VM 1. The order in which the channels are to be delivered. One or more Items are permitted in this Sequence."""

    ChannelDeliveryContinuationSequence: Annotated[
        list[_ChannelDeliveryContinuationSequenceItem] | None,
        Attribute(
            0x0074140D,
            "SQ",
            "1",
            "1C",
            name="Channel Delivery Continuation Sequence",
            when=("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
        ),
    ] = None
    """Channel Delivery Continuation Sequence (0074,140D): Type 1C, VR SQ, VM 1. Required if Delivery Type (300A,00CE) is CONTINUATION. The treatment time weights for channels to be delivered to complete a previously interrupted fraction. Required if Delivery Type (300A,00CE) is CONTINUATION. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ChannelDeliveryContinuationSequenceItem": (
        "dicomodel.items.channel_delivery_continuation_sequence_item",
        "ChannelDeliveryContinuationSequenceItem",
    ),
    "ChannelDeliveryOrderSequenceItem": (
        "dicomodel.items.channel_delivery_order_sequence_item",
        "ChannelDeliveryOrderSequenceItem",
    ),
    "TreatmentDeliveryType": ("dicomodel.enums.treatment_delivery_type", "TreatmentDeliveryType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
