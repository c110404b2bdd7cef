"""Enumerated Values and Defined Terms of Channel Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ChannelMode as ChannelMode
from dicomodel.enums import ChannelModeValue as ChannelModeValue

__all__ = ["ChannelMode", "ChannelModeValue"]
