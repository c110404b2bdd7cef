"""Enumerated Values and Defined Terms of Block Identifying Information Status.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class BlockIdentifyingInformationStatus(StrEnum):
    """Enumerated Values of Block Identifying Information Status (0008,0303) in SOP Common Module Attributes (C.12-1)."""

    SAFE = "SAFE"
    """no Data Elements within the block contain identifying information"""
    UNSAFE = "UNSAFE"
    """all Data Elements within the block may contain identifying information"""
    MIXED = "MIXED"
    """some Data Elements within the block may contain identifying information"""
