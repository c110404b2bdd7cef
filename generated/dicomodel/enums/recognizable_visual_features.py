"""Enumerated Values and Defined Terms of Recognizable Visual Features.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class RecognizableVisualFeatures(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in General Image Module Attributes (C.7-9)."""

    YES = "YES"
    NO = "NO"


class RecognizableVisualFeaturesIntravascularOCTImage(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in Intravascular OCT Image Module Attributes (C.8.27.2-1)."""

    NO = "NO"


class RecognizableVisualFeaturesCornealTopographyMapImage(StrEnum):
    """Enumerated Values of Recognizable Visual Features (0028,0302) in Corneal Topography Map Image Module Attributes (C.8.30.2-1)."""

    YES = "YES"
