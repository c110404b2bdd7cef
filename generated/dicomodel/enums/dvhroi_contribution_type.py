"""Enumerated Values and Defined Terms of DVH ROI Contribution Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class DVHROIContributionType(StrEnum):
    """Enumerated Values of DVH ROI Contribution Type (3004,0062) in RT DVH Module Attributes (C.8-40)."""

    INCLUDED = "INCLUDED"
    EXCLUDED = "EXCLUDED"
