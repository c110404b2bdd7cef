"""Enumerated Values and Defined Terms of Instance Availability.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstanceAvailability as InstanceAvailability
from dicomodel.enums import InstanceAvailabilityValue as InstanceAvailabilityValue

__all__ = ["InstanceAvailability", "InstanceAvailabilityValue"]
