"""Item class ReferencedSOPSequenceItemInstanceAvailabilityNotification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstanceAvailability as InstanceAvailability
from dicomodel.items import (
    ReferencedSOPSequenceItemInstanceAvailabilityNotification as ReferencedSOPSequenceItemInstanceAvailabilityNotification,
)

__all__ = ["InstanceAvailability", "ReferencedSOPSequenceItemInstanceAvailabilityNotification"]
