"""Enumerated Values and Defined Terms of Instance Origin Status.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "InstanceOriginStatus",
    "InstanceOriginStatusValue",
]


class InstanceOriginStatus(StrEnum):
    """Enumerated Values of Instance Origin Status (0400,0600) in SOP Common Module Attributes (C.12-1)."""

    LOCAL = "LOCAL"
    """Acquired or created in the local entity."""
    IMPORTED = "IMPORTED"
    """Imported from an external entity."""


if TYPE_CHECKING:
    InstanceOriginStatusValue: TypeAlias = InstanceOriginStatus | Literal["LOCAL", "IMPORTED"]
else:
    InstanceOriginStatusValue = InstanceOriginStatus
"""A value of InstanceOriginStatus: the enum or the string of one of its members."""
