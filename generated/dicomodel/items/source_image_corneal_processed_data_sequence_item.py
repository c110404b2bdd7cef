"""Item class SourceImageCornealProcessedDataSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.corneal_point_estimated import (
        CornealPointEstimatedValue as _CornealPointEstimatedValue,
    )
else:
    from dicomodel.lazy import Lazy

    _CornealPointEstimatedValue = Lazy(
        "dicomodel.enums.corneal_point_estimated", "CornealPointEstimatedValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.corneal_point_estimated import (
        CornealPointEstimated as CornealPointEstimated,
    )

__all__ = [
    "CornealPointEstimated",
    "SourceImageCornealProcessedDataSequenceItem",
]


class SourceImageCornealProcessedDataSequenceItem(DicomModel):
    """An item of Source Image Corneal Processed Data Sequence (0046,0244), as first defined in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    dicom_name: ClassVar[str] = "Source Image Corneal Processed Data Sequence"
    dicom_table: ClassVar[str] = "table_C.8.30.3-1"

    CornealPointLocation: Annotated[
        list[vr.FL], Attribute(0x00460247, "FL", "3", "1", name="Corneal Point Location")
    ]
    """Corneal Point Location (0046,0247): Type 1, VR FL, VM 3. The x, y, and z coordinate of a point in the image within the cornea, in mm. Where the origin is conveyed by the Attribute Corneal Vertex Location (0046,0202). For two dimensional maps z=0."""

    CornealPointEstimated: Annotated[
        _CornealPointEstimatedValue,
        Attribute(
            0x00460248,
            "CS",
            "1",
            "1",
            name="Corneal Point Estimated",
            enumerated=((0, ("Y", "N")),),
        ),
    ]
    """Corneal Point Estimated (0046,0248): Type 1, VR CS, VM 1. The point defined in Attribute Corneal Point Location (0046,0247) is an estimated point (i.e., interpolated or extrapolated; not an actual measured point). Enumerated Values: Y Yes N No"""

    AxialPower: Annotated[vr.FL, Attribute(0x00460249, "FL", "1", "1", name="Axial Power")]
    """Axial Power (0046,0249): Type 1, VR FL, VM 1. Conveys corneal shape characteristics, in diopters. It is determined from the curvature, r in mm, of the equivalent sphere with the same slope at a given point on the surface. Axial power = Km/r, where Km is the Keratometric Index."""

    TangentialPower: Annotated[
        vr.FL, Attribute(0x00460250, "FL", "1", "1", name="Tangential Power")
    ]
    """Tangential Power (0046,0250): Type 1, VR FL, VM 1. Determined from the curvature (2nd derivative = d2y/dx2) of a point on the cornea, in diopters; also called Instantaneous Power. Emphasizes irregular astigmatism (large variations in higher order aberrations)."""

    RefractivePower: Annotated[
        vr.FL, Attribute(0x00460251, "FL", "1", "1", name="Refractive Power")
    ]
    """Refractive Power (0046,0251): Type 1, VR FL, VM 1. Conveys the optical refraction properties of the cornea, in diopters. It is determined from ray tracing using Snell's Law to calculate the true refractive power. It is used to evaluate ocular optics."""

    RelativeElevation: Annotated[
        vr.FL, Attribute(0x00460252, "FL", "1", "1", name="Relative Elevation")
    ]
    """Relative Elevation (0046,0252): Type 1, VR FL, VM 1. Relative elevation, in micrometers, is calculated from the corneal surface distance from a reference surface (i.e., a sphere or ellipsoid) that intersects the corneal vertex. This value is determined from z - zref."""

    CornealWavefront: Annotated[
        vr.FL, Attribute(0x00460253, "FL", "1", "1", name="Corneal Wavefront")
    ]
    """Corneal Wavefront (0046,0253): Type 1, VR FL, VM 1. Corneal wavefront, in micrometers, is calculated from the elevation data by fitting with the Zernike Series expansion. This permits measurement of both low and higher order aberrations and provides the total amount of distortion of the Corn..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CornealPointEstimated": ("dicomodel.enums.corneal_point_estimated", "CornealPointEstimated"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
