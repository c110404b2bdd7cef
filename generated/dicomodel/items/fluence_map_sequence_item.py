"""Item class FluenceMapSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fluence_data_source import (
        FluenceDataSourceValue as _FluenceDataSourceValue,
    )
else:
    from dicomodel.lazy import Lazy

    _FluenceDataSourceValue = Lazy("dicomodel.enums.fluence_data_source", "FluenceDataSourceValue")

if TYPE_CHECKING:
    from dicomodel.enums.fluence_data_source import FluenceDataSource as FluenceDataSource

__all__ = [
    "FluenceDataSource",
    "FluenceMapSequenceItem",
]


class FluenceMapSequenceItem(DicomModel):
    """An item of Fluence Map Sequence (3002,0040), as first defined in RT Image Module Attributes (C.8-38)."""

    dicom_name: ClassVar[str] = "Fluence Map Sequence"
    dicom_table: ClassVar[str] = "table_C.8-38"

    FluenceDataSource: Annotated[
        _FluenceDataSourceValue,
        Attribute(
            0x30020041,
            "CS",
            "1",
            "1",
            name="Fluence Data Source",
            enumerated=((0, ("CALCULATED", "MEASURED")),),
        ),
    ]
    """Fluence Data Source (3002,0041): Type 1, VR CS, VM 1. Source of fluence data. Enumerated Values: CALCULATED Calculated by a workstation MEASURED Measured by exposure to a film or detector."""

    FluenceDataScale: Annotated[
        vr.DS | None, Attribute(0x30020042, "DS", "1", "3", name="Fluence Data Scale")
    ] = None
    """Fluence Data Scale (3002,0042): Type 3, VR DS, VM 1. The Meterset corresponding with a fluence map cell value of 1.0 expressed in units specified by Primary Dosimeter Units (300A,00B3)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FluenceDataSource": ("dicomodel.enums.fluence_data_source", "FluenceDataSource"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
