"""Confocal Microscopy Tiled Pyramidal Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesWholeSlideMicroscopyImageValue as _VolumetricPropertiesWholeSlideMicroscopyImageValue,
    )
else:
    from dicomodel.lazy import Lazy

    _VolumetricPropertiesWholeSlideMicroscopyImageValue = Lazy(
        "dicomodel.enums.volumetric_properties",
        "VolumetricPropertiesWholeSlideMicroscopyImageValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesWholeSlideMicroscopyImage as VolumetricProperties,
    )

__all__ = [
    "ConfocalMicroscopyTiledPyramidalImageModule",
    "VolumetricProperties",
]


class ConfocalMicroscopyTiledPyramidalImageModule(DicomModel):
    """Confocal Microscopy Tiled Pyramidal Image Module Attributes (PS3.3 Table C.8.35.2-1)."""

    dicom_name: ClassVar[str] = "Confocal Microscopy Tiled Pyramidal Image"
    dicom_table: ClassVar[str] = "table_C.8.35.2-1"

    ImagedVolumeWidth: Annotated[
        vr.FL, Attribute(0x00480001, "FL", "1", "1", name="Imaged Volume Width")
    ]
    """Imaged Volume Width (0048,0001): Type 1, VR FL, VM 1. Width of total imaged volume (distance in the direction of rows in each frame) in mm."""

    ImagedVolumeHeight: Annotated[
        vr.FL, Attribute(0x00480002, "FL", "1", "1", name="Imaged Volume Height")
    ]
    """Imaged Volume Height (0048,0002): Type 1, VR FL, VM 1. Height of total imaged volume (distance in the direction of columns in each frame) in mm."""

    ImagedVolumeDepth: Annotated[
        vr.FL, Attribute(0x00480003, "FL", "1", "1", name="Imaged Volume Depth")
    ]
    """Imaged Volume Depth (0048,0003): Type 1, VR FL, VM 1. Depth of total imaged volume (distance in the z direction of focal planes) in mm."""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesWholeSlideMicroscopyImageValue,
        Attribute(
            0x00089206, "CS", "1", "1", name="Volumetric Properties", enumerated=((0, ("VOLUME",)),)
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.16.2.1.2. Enumerated Values: VOLUME Image contains pixels that represent the volume specified for the image, and may be geometrically manipu..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "VolumetricProperties": (
        "dicomodel.enums.volumetric_properties",
        "VolumetricPropertiesWholeSlideMicroscopyImage",
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
