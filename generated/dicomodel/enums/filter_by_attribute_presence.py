"""Enumerated Values and Defined Terms of Filter-by Attribute Presence.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class FilterByAttributePresence(StrEnum):
    """Enumerated Values of Filter-by Attribute Presence (0072,0404) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    PRESENT = "PRESENT"
    """Include the image if the Attribute is present."""
    NOT_PRESENT = "NOT_PRESENT"
    """Include the image if the Attribute is not present."""
