"""Enumerated Values and Defined Terms of Positioner Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class PositionerTypeTerm(StrEnum):
    """Defined Terms of Positioner Type (0018,1508) in DX Positioning Module Attributes (C.8-72)."""

    CARM = "CARM"
    COLUMN = "COLUMN"
    MAMMOGRAPHIC = "MAMMOGRAPHIC"
    PANORAMIC = "PANORAMIC"
    CEPHALOSTAT = "CEPHALOSTAT"
    RIGID = "RIGID"
    NONE = "NONE"


class PositionerType(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Mammography Image Module Attributes (C.8-74)."""

    MAMMOGRAPHIC = "MAMMOGRAPHIC"
    NONE = "NONE"


class PositionerTypeIntraOralImage(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Intra-Oral Image Module Attributes (C.8-76)."""

    NONE = "NONE"
    CEPHALOSTAT = "CEPHALOSTAT"
    RIGID = "RIGID"


class PositionerTypeTermXAXRFAcquisition(StrEnum):
    """Defined Terms of Positioner Type (0018,1508) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    CARM = "CARM"
    COLUMN = "COLUMN"


class PositionerTypeEnhancedMammographyImage(StrEnum):
    """Enumerated Values of Positioner Type (0018,1508) in Enhanced Mammography Image Module Attributes (C.8.31-1)."""

    MAMMOGRAPHIC = "MAMMOGRAPHIC"
