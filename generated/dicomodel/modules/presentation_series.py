"""Presentation Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityPresentationSeriesValue as _ModalityPresentationSeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityPresentationSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityPresentationSeriesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityPresentationSeries as Modality

__all__ = [
    "Modality",
    "PresentationSeriesModule",
]


class PresentationSeriesModule(DicomModel):
    """Presentation Series Module Attributes (PS3.3 Table C.11.9-1)."""

    dicom_name: ClassVar[str] = "Presentation Series"
    dicom_table: ClassVar[str] = "table_C.11.9-1"

    Modality: Annotated[
        _ModalityPresentationSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("PR",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that created the Instances in this Series. Enumerated Values: PR Presentation State See Section C.7.3.1.1.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityPresentationSeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
