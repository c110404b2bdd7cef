"""Enumerated Values and Defined Terms of Block Identifying Information Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockIdentifyingInformationStatus as BlockIdentifyingInformationStatus
from dicomodel.enums import (
    BlockIdentifyingInformationStatusValue as BlockIdentifyingInformationStatusValue,
)

__all__ = ["BlockIdentifyingInformationStatus", "BlockIdentifyingInformationStatusValue"]
