"""Lensometry Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as _LensometryMeasurementsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _LensometryMeasurementsItem = Lazy(
        "dicomodel.items.lensometry_measurements_item", "LensometryMeasurementsItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.horizontal_prism_base import HorizontalPrismBase as HorizontalPrismBase
    from dicomodel.enums.lens_segment_type import LensSegmentType as LensSegmentType
    from dicomodel.enums.vertical_prism_base import VerticalPrismBase as VerticalPrismBase
    from dicomodel.items.add_near_sequence_item import (
        AddNearSequenceItem as AddIntermediateSequenceItem,
    )
    from dicomodel.items.add_near_sequence_item import AddNearSequenceItem as AddNearSequenceItem
    from dicomodel.items.cylinder_sequence_item import CylinderSequenceItem as CylinderSequenceItem
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as LeftLensSequenceItem,
    )
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as RightLensSequenceItem,
    )
    from dicomodel.items.lensometry_measurements_item import (
        LensometryMeasurementsItem as UnspecifiedLateralityLensSequenceItem,
    )
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as PrismSequenceItem

__all__ = [
    "AddIntermediateSequenceItem",
    "AddNearSequenceItem",
    "CylinderSequenceItem",
    "HorizontalPrismBase",
    "LeftLensSequenceItem",
    "LensSegmentType",
    "LensometryMeasurementsModule",
    "PrismSequenceItem",
    "RightLensSequenceItem",
    "UnspecifiedLateralityLensSequenceItem",
    "VerticalPrismBase",
]


class LensometryMeasurementsModule(DicomModel):
    """Lensometry Measurements Module Attributes (PS3.3 Table C.8.25.8-1)."""

    dicom_name: ClassVar[str] = "Lensometry Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.8-1"

    LensDescription: Annotated[
        vr.LO | None, Attribute(0x00460012, "LO", "1", "2", name="Lens Description")
    ]
    """Lens Description (0046,0012): Type 2, VR LO, VM 1. A free text description of the lens and lens general comments. A common example is to identify the specific spectacles measured"""

    RightLensSequence: Annotated[
        list[_LensometryMeasurementsItem] | None,
        Attribute(
            0x00460014,
            "SQ",
            "1",
            "1C",
            name="Right Lens Sequence",
            when=("unknown", "names no attribute: the right lens is measured"),
        ),
    ] = None
    """Right Lens Sequence (0046,0014): Type 1C, VR SQ, VM 1. Required if the right lens is measured. A Sequence that specifies measurements of a patient's right lens. Required if the right lens is measured. Only a single Item shall be included in this Sequence."""

    LeftLensSequence: Annotated[
        list[_LensometryMeasurementsItem] | None,
        Attribute(
            0x00460015,
            "SQ",
            "1",
            "1C",
            name="Left Lens Sequence",
            when=("unknown", "names no attribute: the left lens is measured"),
        ),
    ] = None
    """Left Lens Sequence (0046,0015): Type 1C, VR SQ, VM 1. Required if the left lens is measured. A Sequence that specifies measurements of a patient's left lens. Required if the left lens is measured. Only a single Item shall be included in this Sequence."""

    UnspecifiedLateralityLensSequence: Annotated[
        list[_LensometryMeasurementsItem] | None,
        Attribute(
            0x00460016,
            "SQ",
            "1",
            "1C",
            name="Unspecified Laterality Lens Sequence",
            when=("unknown", "names no attribute: a single lens of unknown laterality is measured"),
        ),
    ] = None
    """Unspecified Laterality Lens Sequence (0046,0016): Type 1C, VR SQ, VM 1. Required if a single lens of unknown laterality is measured. A Sequence that specifies measurements of one lens of unknown laterality. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AddIntermediateSequenceItem": (
        "dicomodel.items.add_near_sequence_item",
        "AddNearSequenceItem",
    ),
    "AddNearSequenceItem": ("dicomodel.items.add_near_sequence_item", "AddNearSequenceItem"),
    "CylinderSequenceItem": ("dicomodel.items.cylinder_sequence_item", "CylinderSequenceItem"),
    "HorizontalPrismBase": ("dicomodel.enums.horizontal_prism_base", "HorizontalPrismBase"),
    "LeftLensSequenceItem": (
        "dicomodel.items.lensometry_measurements_item",
        "LensometryMeasurementsItem",
    ),
    "LensSegmentType": ("dicomodel.enums.lens_segment_type", "LensSegmentType"),
    "PrismSequenceItem": ("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
    "RightLensSequenceItem": (
        "dicomodel.items.lensometry_measurements_item",
        "LensometryMeasurementsItem",
    ),
    "UnspecifiedLateralityLensSequenceItem": (
        "dicomodel.items.lensometry_measurements_item",
        "LensometryMeasurementsItem",
    ),
    "VerticalPrismBase": ("dicomodel.enums.vertical_prism_base", "VerticalPrismBase"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
