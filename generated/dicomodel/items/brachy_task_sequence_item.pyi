"""Item class BrachyTaskSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TreatmentDeliveryType as TreatmentDeliveryType
from dicomodel.items import BrachyTaskSequenceItem as BrachyTaskSequenceItem
from dicomodel.items import (
    ChannelDeliveryContinuationSequenceItem as ChannelDeliveryContinuationSequenceItem,
)
from dicomodel.items import ChannelDeliveryOrderSequenceItem as ChannelDeliveryOrderSequenceItem

__all__ = [
    "BrachyTaskSequenceItem",
    "ChannelDeliveryContinuationSequenceItem",
    "ChannelDeliveryOrderSequenceItem",
    "TreatmentDeliveryType",
]
