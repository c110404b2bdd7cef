"""Generic Implant Template 3D Models Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.surface_model_description_sequence_item import (
        SurfaceModelDescriptionSequenceItem as _SurfaceModelDescriptionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SurfaceModelDescriptionSequenceItem = Lazy(
        "dicomodel.items.surface_model_description_sequence_item",
        "SurfaceModelDescriptionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.surface_model_description_sequence_item import (
        SurfaceModelDescriptionSequenceItem as SurfaceModelDescriptionSequenceItem,
    )

__all__ = [
    "GenericImplantTemplate3DModelsModule",
    "SurfaceModelDescriptionSequenceItem",
]


class GenericImplantTemplate3DModelsModule(DicomModel):
    """Generic Implant Template 3D Models Module Attributes (PS3.3 Table C.29.1.3-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template 3D Models"
    dicom_table: ClassVar[str] = "table_C.29.1.3-1"

    ImplantTemplate3DModelSurfaceNumber: Annotated[
        list[vr.US],
        Attribute(0x00686350, "US", "1-n", "1", name="Implant Template 3D Model Surface Number"),
    ]
    """Implant Template 3D Model Surface Number (0068,6350): Type 1, VR US, VM 1-n. Surface Number (0066,0003) of the surface that represents the shape of the entire implant."""

    SurfaceModelDescriptionSequence: Annotated[
        list[_SurfaceModelDescriptionSequenceItem],
        Attribute(0x00686360, "SQ", "1", "1", name="Surface Model Description Sequence"),
    ]
    """Surface Model Description Sequence (0068,6360): Type 1, VR SQ, VM 1. The description of the Surface Model. One or more Items shall be included in this Sequence. Shall contain one Item per Item in Surface Sequence (0066,0002)."""

    SurfaceModelScalingFactor: Annotated[
        vr.FD, Attribute(0x00686390, "FD", "1", "1", name="Surface Model Scaling Factor")
    ]
    """Surface Model Scaling Factor (0068,6390): Type 1, VR FD, VM 1. Scaling factor (mm/Surface unit) See Section C.29.1.3.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SurfaceModelDescriptionSequenceItem": (
        "dicomodel.items.surface_model_description_sequence_item",
        "SurfaceModelDescriptionSequenceItem",
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
