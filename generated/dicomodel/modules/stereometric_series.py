"""Stereometric Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityStereometricSeriesValue as _ModalityStereometricSeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityStereometricSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityStereometricSeriesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityStereometricSeries as Modality

__all__ = [
    "Modality",
    "StereometricSeriesModule",
]


class StereometricSeriesModule(DicomModel):
    """Stereometric Series Module Attributes (PS3.3 Table C.8.18.1-1)."""

    dicom_name: ClassVar[str] = "Stereometric Series"
    dicom_table: ClassVar[str] = "table_C.8.18.1-1"

    Modality: Annotated[
        _ModalityStereometricSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("SMR",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: SMR"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityStereometricSeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
