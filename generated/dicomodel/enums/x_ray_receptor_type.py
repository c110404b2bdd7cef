"""Enumerated Values and Defined Terms of X-Ray Receptor Type.

Generated from DICOM 2024c; do not edit.
"""

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

__all__ = [
    "XRayReceptorType",
    "XRayReceptorTypeValue",
    "XRayReceptorTypeXRay3DCraniofacialAcquisition",
    "XRayReceptorTypeXRay3DCraniofacialAcquisitionValue",
]

if TYPE_CHECKING:  # checkers: the classes the package stub declares
    from dicomodel.enums import XRayReceptorType as XRayReceptorType
    from dicomodel.enums import XRayReceptorTypeValue as XRayReceptorTypeValue
    from dicomodel.enums import (
        XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorTypeXRay3DCraniofacialAcquisition,
    )
    from dicomodel.enums import (
        XRayReceptorTypeXRay3DCraniofacialAcquisitionValue as XRayReceptorTypeXRay3DCraniofacialAcquisitionValue,
    )


@cache
def _XRayReceptorType() -> type[StrEnum]:
    class XRayReceptorType(StrEnum):
        """Enumerated Values of X-Ray Receptor Type (0018,9420) in XA/XRF Acquisition Module Attributes (C.8.19.3-1)."""

        IMG_INTENSIFIER = "IMG_INTENSIFIER"
        DIGITAL_DETECTOR = "DIGITAL_DETECTOR"

    XRayReceptorType.__qualname__ = "XRayReceptorType"
    return XRayReceptorType


@cache
def _XRayReceptorTypeXRay3DCraniofacialAcquisition() -> type[StrEnum]:
    class XRayReceptorTypeXRay3DCraniofacialAcquisition(StrEnum):
        """Enumerated Values of X-Ray Receptor Type (0018,9420) in X-Ray 3D Craniofacial Acquisition Module Attributes (C.8.21.3.3-1)."""

        DIGITAL_DETECTOR = "DIGITAL_DETECTOR"

    XRayReceptorTypeXRay3DCraniofacialAcquisition.__qualname__ = (
        "XRayReceptorTypeXRay3DCraniofacialAcquisition"
    )
    return XRayReceptorTypeXRay3DCraniofacialAcquisition


_MAKERS: dict[str, Callable[[], type[StrEnum]]] = {
    "XRayReceptorType": _XRayReceptorType,
    "XRayReceptorTypeValue": _XRayReceptorType,
    "XRayReceptorTypeXRay3DCraniofacialAcquisition": _XRayReceptorTypeXRay3DCraniofacialAcquisition,
    "XRayReceptorTypeXRay3DCraniofacialAcquisitionValue": _XRayReceptorTypeXRay3DCraniofacialAcquisition,
}


def __getattr__(name: str) -> Any:
    """An enum of this file, made on first use (issue 16)."""
    make = _MAKERS.get(name)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = make()
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
