"""Volume Cropping Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.volume_cropping_sequence_item import (
        VolumeCroppingSequenceItem as _VolumeCroppingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _VolumeCroppingSequenceItem = Lazy(
        "dicomodel.items.volume_cropping_sequence_item", "VolumeCroppingSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.volume_cropping_method import VolumeCroppingMethod as VolumeCroppingMethod
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.oblique_cropping_plane_sequence_item import (
        ObliqueCroppingPlaneSequenceItem as ObliqueCroppingPlaneSequenceItem,
    )
    from dicomodel.items.volume_cropping_sequence_item import (
        VolumeCroppingSequenceItem as VolumeCroppingSequenceItem,
    )

__all__ = [
    "ObliqueCroppingPlaneSequenceItem",
    "ReferencedImageSequenceItem",
    "VolumeCroppingMethod",
    "VolumeCroppingModule",
    "VolumeCroppingSequenceItem",
]


class VolumeCroppingModule(DicomModel):
    """Volume Cropping Module Attributes (PS3.3 Table C.11.24-1)."""

    dicom_name: ClassVar[str] = "Volume Cropping"
    dicom_table: ClassVar[str] = "table_C.11.24-1"

    VolumeCroppingSequence: Annotated[
        list[_VolumeCroppingSequenceItem],
        Attribute(0x00701301, "SQ", "1", "1", name="Volume Cropping Sequence"),
    ]
    """Volume Cropping Sequence (0070,1301): Type 1, VR SQ, VM 1. Regions cropped from volumetric presentation inputs. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ObliqueCroppingPlaneSequenceItem": (
        "dicomodel.items.oblique_cropping_plane_sequence_item",
        "ObliqueCroppingPlaneSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "VolumeCroppingMethod": ("dicomodel.enums.volume_cropping_method", "VolumeCroppingMethod"),
    "VolumeCroppingSequenceItem": (
        "dicomodel.items.volume_cropping_sequence_item",
        "VolumeCroppingSequenceItem",
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
