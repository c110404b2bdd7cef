"""Enumerated Values and Defined Terms of Requested Image Size Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RequestedImageSizeFlag(StrEnum):
    """Enumerated Values of Requested Image Size Flag (2020,00A0) in Printer Configuration Module Attributes (C.13-13)."""

    NO = "NO"
    """not supported"""
    YES = "YES"
    """supported"""
