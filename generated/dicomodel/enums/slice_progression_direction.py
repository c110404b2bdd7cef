"""Enumerated Values and Defined Terms of Slice Progression Direction.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SliceProgressionDirection(StrEnum):
    """Enumerated Values of Slice Progression Direction (0054,0500) in Mandatory View and Slice Progression Direction Macro Attributes (10-24)."""

    APEX_TO_BASE = "APEX_TO_BASE"
    BASE_TO_APEX = "BASE_TO_APEX"
    ANT_TO_INF = "ANT_TO_INF"
    """Anterior to Inferior"""
    INF_TO_ANT = "INF_TO_ANT"
    """Inferior to Anterior"""
    SEPTUM_TO_WALL = "SEPTUM_TO_WALL"
    """Septum to Lateral Wall"""
    WALL_TO_SEPTUM = "WALL_TO_SEPTUM"
    """Lateral Wall to Septum"""


class SliceProgressionDirectionNMReconstruction(StrEnum):
    """Enumerated Values of Slice Progression Direction (0054,0500) in NM Reconstruction Module Attributes (C.8-15)."""

    APEX_TO_BASE = "APEX_TO_BASE"
    BASE_TO_APEX = "BASE_TO_APEX"
