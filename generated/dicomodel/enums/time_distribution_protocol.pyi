"""Enumerated Values and Defined Terms of Time Distribution Protocol.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TimeDistributionProtocol as TimeDistributionProtocol
from dicomodel.enums import TimeDistributionProtocolValue as TimeDistributionProtocolValue

__all__ = ["TimeDistributionProtocol", "TimeDistributionProtocolValue"]
