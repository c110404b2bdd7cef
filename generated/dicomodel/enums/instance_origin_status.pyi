"""Enumerated Values and Defined Terms of Instance Origin Status.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstanceOriginStatus as InstanceOriginStatus
from dicomodel.enums import InstanceOriginStatusValue as InstanceOriginStatusValue

__all__ = ["InstanceOriginStatus", "InstanceOriginStatusValue"]
