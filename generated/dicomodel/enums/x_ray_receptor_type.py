"""Enumerated Values and Defined Terms of X-Ray Receptor Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum
from typing import TYPE_CHECKING, Literal, TypeAlias

__all__ = [
    "XRayReceptorType",
    "XRayReceptorTypeValue",
    "XRayReceptorTypeXRay3DCraniofacialAcquisition",
    "XRayReceptorTypeXRay3DCraniofacialAcquisitionValue",
]


class XRayReceptorType(StrEnum):
    """Enumerated Values of X-Ray Receptor Type (0018,9420) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

    IMG_INTENSIFIER = "IMG_INTENSIFIER"
    DIGITAL_DETECTOR = "DIGITAL_DETECTOR"


if TYPE_CHECKING:
    XRayReceptorTypeValue: TypeAlias = (
        XRayReceptorType | Literal["IMG_INTENSIFIER", "DIGITAL_DETECTOR"]
    )
else:
    XRayReceptorTypeValue = XRayReceptorType
"""A value of XRayReceptorType: the enum or the string of one of its members."""


class XRayReceptorTypeXRay3DCraniofacialAcquisition(StrEnum):
    """Enumerated Values of X-Ray Receptor Type (0018,9420) in X-Ray 3D Craniofacial Acquisition Module Attributes (C.8.21.3.3-1)."""

    DIGITAL_DETECTOR = "DIGITAL_DETECTOR"


if TYPE_CHECKING:
    XRayReceptorTypeXRay3DCraniofacialAcquisitionValue: TypeAlias = (
        XRayReceptorTypeXRay3DCraniofacialAcquisition | Literal["DIGITAL_DETECTOR"]
    )
else:
    XRayReceptorTypeXRay3DCraniofacialAcquisitionValue = (
        XRayReceptorTypeXRay3DCraniofacialAcquisition
    )
"""A value of XRayReceptorTypeXRay3DCraniofacialAcquisition: the enum or the string of one of its members."""
