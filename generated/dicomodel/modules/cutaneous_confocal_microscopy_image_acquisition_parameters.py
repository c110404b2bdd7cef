"""Cutaneous Confocal Microscopy Image Acquisition Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters as _FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters,
    )
else:
    from dicomodel.lazy import Lazy

    _FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters = Lazy(
        "dicomodel.enums.field_of_view_shape",
        "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters",
    )

if TYPE_CHECKING:
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters as FieldOfViewShapeTerm,
    )

__all__ = [
    "CutaneousConfocalMicroscopyImageAcquisitionParametersModule",
    "FieldOfViewShapeTerm",
]


class CutaneousConfocalMicroscopyImageAcquisitionParametersModule(DicomModel):
    """Cutaneous Confocal Microscopy Image Acquisition Parameters Module Attributes (PS3.3 Table C.8.35.3-1)."""

    dicom_name: ClassVar[str] = "Cutaneous Confocal Microscopy Image Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.8.35.3-1"

    OpticalMagnificationFactor: Annotated[
        vr.DS | None, Attribute(0x00161005, "DS", "1", "2", name="Optical Magnification Factor")
    ]
    """Optical Magnification Factor (0016,1005): Type 2, VR DS, VM 1. The magnification factor achieved using the optics of the imaging device when the image was acquired. The magnification factor value represents the relative scaling of the image on the sensor e.g., for a magnification factor of 2, an object..."""

    ImageAcquisitionDepth: Annotated[
        vr.FD | None, Attribute(0x00480117, "FD", "1", "2", name="Image Acquisition Depth")
    ]
    """Image Acquisition Depth (0048,0117): Type 2, VR FD, VM 1. The depth of the image acquisition from the tissue surface in millimeters (mm). See Section C.8.35.3.1.1."""

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters | vr.CS | None,
        Attribute(0x00181147, "CS", "1", "2", name="Field of View Shape"),
    ]
    """Field of View Shape (0018,1147): Type 2, VR CS, VM 1. Shape of the field of view of the confocal microscope. Defined Terms: RECTANGLE"""

    FieldOfViewDimensions: Annotated[
        list[vr.IS] | None,
        Attribute(0x00181149, "IS", "1-2", "2", name="Field of View Dimension(s)"),
    ]
    """Field of View Dimension(s) (0018,1149): Type 2, VR IS, VM 1-2. Dimensions of the field of view, in mm. If Field of View Shape (0018,1147) is: RECTANGLE: row dimension followed by column"""

    TrackingID: Annotated[
        vr.UT | None,
        Attribute(0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)),
    ] = None
    """Tracking ID (0062,0020): Type 1C, VR UT, VM 1. Required if Tracking UID (0062,0021) is present. A text label used for tracking a finding, feature or specific skin lesion, potentially across multiple reporting objects, over time. This label shall be unique within the domain in which it is used."""

    TrackingUID: Annotated[
        vr.UI | None,
        Attribute(0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)),
    ] = None
    """Tracking UID (0062,0021): Type 1C, VR UI, VM 1. Required if Tracking ID (0062,0020) is present. A unique identifier used for tracking a finding, feature, or specific skin lesion, potentially across multiple reporting objects, over time. Required if Tracking ID (0062,0020) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FieldOfViewShapeTerm": (
        "dicomodel.enums.field_of_view_shape",
        "FieldOfViewShapeTermCutaneousConfocalMicroscopyImageAcquisitionParameters",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
