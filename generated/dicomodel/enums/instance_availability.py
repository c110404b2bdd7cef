"""Enumerated Values and Defined Terms of Instance Availability.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InstanceAvailability",
    "InstanceAvailabilityValue",
]


class InstanceAvailability(StrEnum):
    """Enumerated Values of Instance Availability (0008,0056) in Instance Availability Notification Module Attributes (C.4.23-1)."""

    ONLINE = "ONLINE"
    """The Instances are immediately available from the Retrieve AE Title (0008,0054), and if a C-MOVE were to be requested, it would succeed in a reasonably short time."""
    NEARLINE = "NEARLINE"
    """The Instances need to be retrieved from relatively slow media such as optical disk or tape, and if a C-MOVE were to be requested from the Retrieve AE Title (0008,0054), it would succeed, but may take a considerable time."""
    OFFLINE = "OFFLINE"
    """A manual intervention is needed before the Instances may be retrieved, and if a C-MOVE were to be requested from the Retrieve AE Title (0008,0054), it would fail (e.g., by timeout) without such manual intervention."""
    UNAVAILABLE = "UNAVAILABLE"
    """The Instances cannot be retrieved from the Retrieve AE Title (0008,0054), and if a C-MOVE were to be requested, it would fail. SOP Instances that are unavailable from this AE may be available from other AEs, or may have an alternate representation that is available from this AE."""


if TYPE_CHECKING:
    InstanceAvailabilityValue: TypeAlias = (
        InstanceAvailability | Literal["ONLINE", "NEARLINE", "OFFLINE", "UNAVAILABLE"]
    )
else:
    InstanceAvailabilityValue = InstanceAvailability
"""A value of InstanceAvailability: the enum or the string of one of its members."""
