"""Keratometry Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.keratometric_measurements_item import (
        KeratometricMeasurementsItem as _KeratometricMeasurementsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _KeratometricMeasurementsItem = Lazy(
        "dicomodel.items.keratometric_measurements_item", "KeratometricMeasurementsItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.keratometric_measurements_item import (
        KeratometricMeasurementsItem as KeratometryLeftEyeSequenceItem,
    )
    from dicomodel.items.keratometric_measurements_item import (
        KeratometricMeasurementsItem as KeratometryRightEyeSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as FlatKeratometricAxisSequenceItem,
    )
    from dicomodel.items.steep_keratometric_axis_sequence_item import (
        SteepKeratometricAxisSequenceItem as SteepKeratometricAxisSequenceItem,
    )

__all__ = [
    "FlatKeratometricAxisSequenceItem",
    "KeratometryLeftEyeSequenceItem",
    "KeratometryMeasurementsModule",
    "KeratometryRightEyeSequenceItem",
    "SteepKeratometricAxisSequenceItem",
]


class KeratometryMeasurementsModule(DicomModel):
    """Keratometry Measurements Module Attributes (PS3.3 Table C.8.25.10-1)."""

    dicom_name: ClassVar[str] = "Keratometry Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.10-1"

    KeratometryRightEyeSequence: Annotated[
        list[_KeratometricMeasurementsItem] | None,
        Attribute(
            0x00460070,
            "SQ",
            "1",
            "1C",
            name="Keratometry Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Keratometry Right Eye Sequence (0046,0070): Type 1C, VR SQ, VM 1. Required if the right eye is measured. A Sequence that specifies keratometric measurements of a patient's right eye, defining principal meridians wherein the steepest meridian is separated by 90 degrees from the flattest. Only a single Item shall be included in this Sequence."""

    KeratometryLeftEyeSequence: Annotated[
        list[_KeratometricMeasurementsItem] | None,
        Attribute(
            0x00460071,
            "SQ",
            "1",
            "1C",
            name="Keratometry Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Keratometry Left Eye Sequence (0046,0071): Type 1C, VR SQ, VM 1. Required if the left eye is measured. A Sequence that specifies keratometric measurements of a patient's left eye, defining principal meridians wherein the steepest meridian is separated by 90 degrees from the flattest. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FlatKeratometricAxisSequenceItem": (
        "dicomodel.items.steep_keratometric_axis_sequence_item",
        "SteepKeratometricAxisSequenceItem",
    ),
    "KeratometryLeftEyeSequenceItem": (
        "dicomodel.items.keratometric_measurements_item",
        "KeratometricMeasurementsItem",
    ),
    "KeratometryRightEyeSequenceItem": (
        "dicomodel.items.keratometric_measurements_item",
        "KeratometricMeasurementsItem",
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
