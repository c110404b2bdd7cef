"""Intra-Oral Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityIntraOralSeriesValue as _ModalityIntraOralSeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityIntraOralSeriesValue = Lazy("dicomodel.enums.modality", "ModalityIntraOralSeriesValue")

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityIntraOralSeries as Modality

__all__ = [
    "IntraOralSeriesModule",
    "Modality",
]


class IntraOralSeriesModule(DicomModel):
    """Intra-Oral Series Module Attributes (PS3.3 Table C.8-75)."""

    dicom_name: ClassVar[str] = "Intra-Oral Series"
    dicom_table: ClassVar[str] = "table_C.8-75"

    Modality: Annotated[
        _ModalityIntraOralSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("IO",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: IO See Section C.7.3.1.1.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityIntraOralSeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
