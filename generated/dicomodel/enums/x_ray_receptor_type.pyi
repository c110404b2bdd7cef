"""Enumerated Values and Defined Terms of X-Ray Receptor Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import XRayReceptorType as XRayReceptorType
from dicomodel.enums import XRayReceptorTypeValue as XRayReceptorTypeValue
from dicomodel.enums import (
    XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorTypeXRay3DCraniofacialAcquisition,
)
from dicomodel.enums import (
    XRayReceptorTypeXRay3DCraniofacialAcquisitionValue as XRayReceptorTypeXRay3DCraniofacialAcquisitionValue,
)

__all__ = [
    "XRayReceptorType",
    "XRayReceptorTypeValue",
    "XRayReceptorTypeXRay3DCraniofacialAcquisition",
    "XRayReceptorTypeXRay3DCraniofacialAcquisitionValue",
]
