"""Item class ChannelDeliveryContinuationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ChannelDeliveryContinuationSequenceItem as ChannelDeliveryContinuationSequenceItem,
)

__all__ = ["ChannelDeliveryContinuationSequenceItem"]
