"""Enumerated Values and Defined Terms of Instance Origin Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class InstanceOriginStatus(StrEnum):
    """Enumerated Values of Instance Origin Status (0400,0600) in SOP Common Module Attributes (C.12-1)."""

    LOCAL = "LOCAL"
    """Acquired or created in the local entity."""
    IMPORTED = "IMPORTED"
    """Imported from an external entity."""
