"""Enumerated Values and Defined Terms of Show Patient Demographics Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ShowPatientDemographicsFlag(StrEnum):
    """Enumerated Values of Show Patient Demographics Flag (0072,0714) in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    YES = "YES"
    NO = "NO"
