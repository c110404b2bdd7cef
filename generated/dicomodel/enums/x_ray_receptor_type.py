"""Enumerated Values and Defined Terms of X-Ray Receptor Type.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from enum import StrEnum


class XRayReceptorType(StrEnum):
    """Enumerated Values of X-Ray Receptor Type (0018,9420) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    IMG_INTENSIFIER = "IMG_INTENSIFIER"
    DIGITAL_DETECTOR = "DIGITAL_DETECTOR"


class XRayReceptorTypeXRay3DCraniofacialAcquisition(StrEnum):
    """Enumerated Values of X-Ray Receptor Type (0018,9420) in X-Ray 3D Craniofacial Acquisition Module Attributes (C.8.21.3.3-1)."""

    DIGITAL_DETECTOR = "DIGITAL_DETECTOR"
