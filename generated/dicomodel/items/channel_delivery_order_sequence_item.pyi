"""Item class ChannelDeliveryOrderSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ChannelDeliveryOrderSequenceItem as ChannelDeliveryOrderSequenceItem

__all__ = ["ChannelDeliveryOrderSequenceItem"]
