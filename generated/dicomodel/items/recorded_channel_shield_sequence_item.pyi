"""Item class RecordedChannelShieldSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import RecordedChannelShieldSequenceItem as RecordedChannelShieldSequenceItem

__all__ = ["RecordedChannelShieldSequenceItem"]
