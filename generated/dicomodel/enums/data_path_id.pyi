"""Enumerated Values and Defined Terms of Data Path ID.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DataPathID as DataPathID
from dicomodel.enums import DataPathIDValue as DataPathIDValue

__all__ = ["DataPathID", "DataPathIDValue"]
