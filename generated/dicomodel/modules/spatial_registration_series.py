"""Spatial Registration Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalitySpatialRegistrationSeriesValue as _ModalitySpatialRegistrationSeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalitySpatialRegistrationSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalitySpatialRegistrationSeriesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalitySpatialRegistrationSeries as Modality

__all__ = [
    "Modality",
    "SpatialRegistrationSeriesModule",
]


class SpatialRegistrationSeriesModule(DicomModel):
    """Spatial Registration Series Module Attributes (PS3.3 Table C.20.1-1)."""

    dicom_name: ClassVar[str] = "Spatial Registration Series"
    dicom_table: ClassVar[str] = "table_C.20.1-1"

    Modality: Annotated[
        _ModalitySpatialRegistrationSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("REG",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: REG"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalitySpatialRegistrationSeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
