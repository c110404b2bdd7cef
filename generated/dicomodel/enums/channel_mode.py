"""Enumerated Values and Defined Terms of Channel Mode.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ChannelMode(StrEnum):
    """Enumerated Values of Channel Mode (003A,0302) in Cine Module Attributes (C.7-13)."""

    MONO = "MONO"
    """1 signal"""
    STEREO = "STEREO"
    """2 simultaneously acquired (left and right) signals"""
