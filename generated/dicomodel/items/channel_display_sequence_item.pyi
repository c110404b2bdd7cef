"""Item class ChannelDisplaySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplayShadingFlag as DisplayShadingFlag
from dicomodel.items import ChannelDisplaySequenceItem as ChannelDisplaySequenceItem

__all__ = ["ChannelDisplaySequenceItem", "DisplayShadingFlag"]
