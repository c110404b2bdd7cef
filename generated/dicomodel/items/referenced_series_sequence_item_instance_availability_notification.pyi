"""Item class ReferencedSeriesSequenceItemInstanceAvailabilityNotification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import InstanceAvailability as InstanceAvailability
from dicomodel.items import (
    ReferencedSeriesSequenceItemInstanceAvailabilityNotification as ReferencedSeriesSequenceItemInstanceAvailabilityNotification,
)
from dicomodel.items import (
    ReferencedSOPSequenceItemInstanceAvailabilityNotification as ReferencedSOPSequenceItem,
)

__all__ = [
    "InstanceAvailability",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItemInstanceAvailabilityNotification",
]
