"""Enumerated Values and Defined Terms of Angio Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class AngioFlag(StrEnum):
    """Enumerated Values of Angio Flag (0018,0025) in MR Image Module Attributes (C.8-4)."""

    Y = "Y"
    """Image is Angio"""
    N = "N"
    """Image is not Angio"""
