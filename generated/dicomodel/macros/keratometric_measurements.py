"""Keratometric Measurements Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as _SteepKeratometricAxisSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SteepKeratometricAxisSequenceItem = Lazy(
        "dicomodel.items.steep_keratometric_axis_sequence_item", "SteepKeratometricAxisSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as FlatKeratometricAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as SteepKeratometricAxisSequenceItem,
    )

__all__ = [
    "FlatKeratometricAxisSequenceItem",
    "KeratometricMeasurementsMacro",
    "SteepKeratometricAxisSequenceItem",
]


class KeratometricMeasurementsMacro(DicomModel):
    """Keratometric Measurements Macro Attributes (PS3.3 Table C.8.25.10-2)."""

    dicom_name: ClassVar[str] = "Keratometric Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.10-2"

    SteepKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItem],
        Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
    ]
    """Steep Keratometric Axis Sequence (0046,0074): Type 1, VR SQ, VM 1. A Sequence that specifies the steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatKeratometricAxisSequence: Annotated[
        list[_SteepKeratometricAxisSequenceItem],
        Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
    ]
    """Flat Keratometric Axis Sequence (0046,0080): Type 1, VR SQ, VM 1. A Sequence that specifies the flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FlatKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item",
        "SteepKeratometricAxisSequenceItem",
    ),
    "SteepKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item",
        "SteepKeratometricAxisSequenceItem",
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
