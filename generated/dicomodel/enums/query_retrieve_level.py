"""Enumerated Values and Defined Terms of Query/Retrieve Level.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class QueryRetrieveLevel(StrEnum):
    """Enumerated Values of Query/Retrieve Level (0008,0052) in Scope of Inventory Macro Attributes (C.38.2-1)."""

    STUDY = "STUDY"
    """Study level"""
    SERIES = "SERIES"
    """Series level"""
    IMAGE = "IMAGE"
    """SOP Instance level"""
