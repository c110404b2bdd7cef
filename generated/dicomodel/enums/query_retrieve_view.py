"""Enumerated Values and Defined Terms of Query/Retrieve View.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class QueryRetrieveView(StrEnum):
    """Enumerated Values of Query/Retrieve View (0008,0053) in SOP Common Module Attributes (C.12-1)."""

    CLASSIC = "CLASSIC"
    ENHANCED = "ENHANCED"
