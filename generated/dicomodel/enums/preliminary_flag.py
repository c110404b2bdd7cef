"""Enumerated Values and Defined Terms of Preliminary Flag.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PreliminaryFlag(StrEnum):
    """Enumerated Values of Preliminary Flag (0040,A496) in SR Document General Module Attributes (C.17-2)."""

    PRELIMINARY = "PRELIMINARY"
    """This report precedes the final report and may contain limited information; it may be time sensitive, and it is not expected to contain all the reportable findings."""
    FINAL = "FINAL"
    """This report is the definitive means of communicating the results of a procedure."""
