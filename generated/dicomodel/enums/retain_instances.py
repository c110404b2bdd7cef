"""Enumerated Values and Defined Terms of Retain Instances.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RetainInstances(StrEnum):
    """Enumerated Values of Retain Instances (0008,0415) in Inventory Creation Module Attributes (C.38.3-1)."""

    Y = "Y"
    """SOP Instances are to be retained"""
    N = "N"
    """SOP Instances may be deleted"""
