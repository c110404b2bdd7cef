"""Enumerated Values and Defined Terms of Multi-energy CT Acquisition.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class MultienergyCTAcquisition(StrEnum):
    """Enumerated Values of Multi-energy CT Acquisition (0018,9361) in CT Image Module Attributes (C.8-3)."""

    YES = "YES"
    NO = "NO"
