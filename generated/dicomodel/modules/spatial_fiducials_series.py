"""Spatial Fiducials Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalitySpatialFiducialsSeriesValue as _ModalitySpatialFiducialsSeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalitySpatialFiducialsSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalitySpatialFiducialsSeriesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalitySpatialFiducialsSeries as Modality

__all__ = [
    "Modality",
    "SpatialFiducialsSeriesModule",
]


class SpatialFiducialsSeriesModule(DicomModel):
    """Spatial Fiducials Series Module Attributes (PS3.3 Table C.21.1-1)."""

    dicom_name: ClassVar[str] = "Spatial Fiducials Series"
    dicom_table: ClassVar[str] = "table_C.21.1-1"

    Modality: Annotated[
        _ModalitySpatialFiducialsSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("FID",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: FID"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalitySpatialFiducialsSeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
