"""Enumerated Values and Defined Terms of Exposure Control Sensing Region Shape.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class ExposureControlSensingRegionShape(StrEnum):
    """Enumerated Values of Exposure Control Sensing Region Shape (0018,9435) in X-Ray Exposure Control Sensing Regions Macro Attributes (C.8.19.6-3)."""

    RECTANGULAR = "RECTANGULAR"
    CIRCULAR = "CIRCULAR"
    POLYGONAL = "POLYGONAL"
