"""CT Protocol Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityCTProtocolSeriesValue as _ModalityCTProtocolSeriesValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityCTProtocolSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityCTProtocolSeriesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.modality import ModalityCTProtocolSeries as Modality

__all__ = [
    "CTProtocolSeriesModule",
    "Modality",
]


class CTProtocolSeriesModule(DicomModel):
    """CT Protocol Series Module Attributes (PS3.3 Table C.34.1-1)."""

    dicom_name: ClassVar[str] = "CT Protocol Series"
    dicom_table: ClassVar[str] = "table_C.34.1-1"

    Modality: Annotated[
        _ModalityCTProtocolSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("CTPROTOCOL",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method to which the protocols in this Series apply. Enumerated Values: CTPROTOCOL See Section C.7.3.1.1.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Modality": ("dicomodel.enums.modality", "ModalityCTProtocolSeries"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
