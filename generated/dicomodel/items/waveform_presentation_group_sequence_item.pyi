"""Item class WaveformPresentationGroupSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplayShadingFlag as DisplayShadingFlag
from dicomodel.items import ChannelDisplaySequenceItem as ChannelDisplaySequenceItem
from dicomodel.items import (
    WaveformPresentationGroupSequenceItem as WaveformPresentationGroupSequenceItem,
)

__all__ = [
    "ChannelDisplaySequenceItem",
    "DisplayShadingFlag",
    "WaveformPresentationGroupSequenceItem",
]
