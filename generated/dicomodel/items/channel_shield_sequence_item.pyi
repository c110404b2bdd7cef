"""Item class ChannelShieldSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import ChannelShieldSequenceItem as ChannelShieldSequenceItem

__all__ = ["ChannelShieldSequenceItem"]
