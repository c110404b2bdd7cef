"""X-Ray 3D Frame Type Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray3_d_frame_type_sequence_item import (
        XRay3DFrameTypeSequenceItem as _XRay3DFrameTypeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _XRay3DFrameTypeSequenceItem = Lazy(
        "dicomodel.items.x_ray3_d_frame_type_sequence_item", "XRay3DFrameTypeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.items.x_ray3_d_frame_type_sequence_item import (
        XRay3DFrameTypeSequenceItem as XRay3DFrameTypeSequenceItem,
    )

__all__ = [
    "PixelPresentation",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
    "XRay3DFrameTypeMacro",
    "XRay3DFrameTypeSequenceItem",
]


class XRay3DFrameTypeMacro(DicomModel):
    """X-Ray 3D Frame Type Macro Attributes (PS3.3 Table C.8.21.5.1-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Frame Type"
    dicom_table: ClassVar[str] = "table_C.8.21.5.1-1"

    XRay3DFrameTypeSequence: Annotated[
        list[_XRay3DFrameTypeSequenceItem],
        Attribute(0x00189504, "SQ", "1", "1", name="X-Ray 3D Frame Type Sequence"),
    ]
    """X-Ray 3D Frame Type Sequence (0018,9504): Type 1, VR SQ, VM 1. A Sequence that describes general characteristics of this frame. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PixelPresentation": ("dicomodel.enums.pixel_presentation", "PixelPresentation"),
    "VolumeBasedCalculationTechniqueTerm": (
        "dicomodel.enums.volume_based_calculation_technique",
        "VolumeBasedCalculationTechniqueTerm",
    ),
    "VolumetricProperties": ("dicomodel.enums.volumetric_properties", "VolumetricProperties"),
    "XRay3DFrameTypeSequenceItem": (
        "dicomodel.items.x_ray3_d_frame_type_sequence_item",
        "XRay3DFrameTypeSequenceItem",
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
