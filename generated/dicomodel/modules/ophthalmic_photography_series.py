"""Ophthalmic Photography Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityOphthalmicPhotographySeriesValue as _ModalityOphthalmicPhotographySeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityOphthalmicPhotographySeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityOphthalmicPhotographySeriesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityOphthalmicPhotographySeries as Modality

__all__ = [
    "Modality",
    "OphthalmicPhotographySeriesModule",
]


class OphthalmicPhotographySeriesModule(DicomModel):
    """Ophthalmic Photography Series Module Attributes (PS3.3 Table C.8.17.1-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Photography Series"
    dicom_table: ClassVar[str] = "table_C.8.17.1-1"

    Modality: Annotated[
        _ModalityOphthalmicPhotographySeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("OP",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the images in this Series. Enumerated Values: OP"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityOphthalmicPhotographySeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
