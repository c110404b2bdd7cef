"""X-Ray Image Intensifier Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.intensifier_active_shape import (
        IntensifierActiveShapeValue as _IntensifierActiveShapeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _IntensifierActiveShapeValue = Lazy(
        "dicomodel.enums.intensifier_active_shape", "IntensifierActiveShapeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.intensifier_active_shape import (
        IntensifierActiveShape as IntensifierActiveShape,
    )

__all__ = [
    "IntensifierActiveShape",
    "XRayImageIntensifierModule",
]


class XRayImageIntensifierModule(DicomModel):
    """X-Ray Image Intensifier Module Attributes (PS3.3 Table C.8.19.4-1)."""

    dicom_name: ClassVar[str] = "X-Ray Image Intensifier"
    dicom_table: ClassVar[str] = "table_C.8.19.4-1"

    IntensifierSize: Annotated[
        vr.DS, Attribute(0x00181162, "DS", "1", "1", name="Intensifier Size")
    ]
    """Intensifier Size (0018,1162): Type 1, VR DS, VM 1. Physical diameter of the maximum active area X-Ray intensifier in mm. This Attribute does not specify the field of view. The Attribute Field of View Dimension(s) in Float (0018,9461) is intended for this value."""

    IntensifierActiveShape: Annotated[
        _IntensifierActiveShapeValue,
        Attribute(
            0x00189427,
            "CS",
            "1",
            "1",
            name="Intensifier Active Shape",
            enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
        ),
    ]
    """Intensifier Active Shape (0018,9427): Type 1, VR CS, VM 1. Shape of the active area used for acquiring this image. Enumerated Values: RECTANGLE ROUND HEXAGONAL This may be different from the Field of View Shape (0018,1147), and should not be assumed to describe the stored image."""

    IntensifierActiveDimensions: Annotated[
        list[vr.FL], Attribute(0x00189428, "FL", "1-2", "1", name="Intensifier Active Dimension(s)")
    ]
    """Intensifier Active Dimension(s) (0018,9428): Type 1, VR FL, VM 1-2. Dimensions in mm of the active area used for acquiring this image. If Intensifier Active Shape (0018,9427) is: RECTANGLE: row dimension followed by column. ROUND: diameter. HEXAGONAL: diameter of the circle circumscribing the hexagon."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "IntensifierActiveShape": (
        "dicomodel.enums.intensifier_active_shape",
        "IntensifierActiveShape",
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
