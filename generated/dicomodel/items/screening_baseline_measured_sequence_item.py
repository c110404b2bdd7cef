"""Item class ScreeningBaselineMeasuredSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.screening_baseline_type import (
        ScreeningBaselineTypeValue as _ScreeningBaselineTypeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _ScreeningBaselineTypeValue = Lazy(
        "dicomodel.enums.screening_baseline_type", "ScreeningBaselineTypeValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.screening_baseline_type import (
        ScreeningBaselineType as ScreeningBaselineType,
    )

__all__ = [
    "ScreeningBaselineMeasuredSequenceItem",
    "ScreeningBaselineType",
]


class ScreeningBaselineMeasuredSequenceItem(DicomModel):
    """An item of Screening Baseline Measured Sequence (0024,0122), as first defined in Visual Field Static Perimetry Test Measurements Module Attributes (C.8.26.4-1)."""

    dicom_name: ClassVar[str] = "Screening Baseline Measured Sequence"
    dicom_table: ClassVar[str] = "table_C.8.26.4-1"

    ScreeningBaselineType: Annotated[
        _ScreeningBaselineTypeValue,
        Attribute(
            0x00240124,
            "CS",
            "1",
            "1",
            name="Screening Baseline Type",
            enumerated=((0, ("CENTRAL", "PERIPHERAL")),),
        ),
    ]
    """Screening Baseline Type (0024,0124): Type 1, VR CS, VM 1. Method used to determine starting luminance screening values. Enumerated Values: CENTRAL PERIPHERAL"""

    ScreeningBaselineValue: Annotated[
        vr.FL, Attribute(0x00240126, "FL", "1", "1", name="Screening Baseline Value")
    ]
    """Screening Baseline Value (0024,0126): Type 1, VR FL, VM 1. Visual Field screening baseline value, in dB."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ScreeningBaselineType": ("dicomodel.enums.screening_baseline_type", "ScreeningBaselineType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
