"""Enumerated Values and Defined Terms of Selector Attribute VR.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class SelectorAttributeVR(StrEnum):
    """Enumerated Values of Selector Attribute VR (0072,0050) in Document Content Macro Attributes (C.17-5)."""

    DS = "DS"
    DT = "DT"
    FD = "FD"
    FL = "FL"
    IS = "IS"
    SL = "SL"
    SQ = "SQ"
    SS = "SS"
    SV = "SV"
    UC = "UC"
    UL = "UL"
    US = "US"
    UV = "UV"
