"""Displayed Area Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.displayed_area_selection_sequence_item import (
        DisplayedAreaSelectionSequenceItem as _DisplayedAreaSelectionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DisplayedAreaSelectionSequenceItem = Lazy(
        "dicomodel.items.displayed_area_selection_sequence_item",
        "DisplayedAreaSelectionSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.enums.presentation_size_mode import PresentationSizeMode as PresentationSizeMode
    from dicomodel.items.displayed_area_selection_sequence_item import (
        DisplayedAreaSelectionSequenceItem as DisplayedAreaSelectionSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "DisplayedAreaModule",
    "DisplayedAreaSelectionSequenceItem",
    "PixelOriginInterpretation",
    "PresentationSizeMode",
    "ReferencedImageSequenceItem",
]


class DisplayedAreaModule(DicomModel):
    """Displayed Area Module Attributes (PS3.3 Table C.10-4)."""

    dicom_name: ClassVar[str] = "Displayed Area"
    dicom_table: ClassVar[str] = "table_C.10-4"

    DisplayedAreaSelectionSequence: Annotated[
        list[_DisplayedAreaSelectionSequenceItem],
        Attribute(0x0070005A, "SQ", "1", "1", name="Displayed Area Selection Sequence"),
    ]
    """Displayed Area Selection Sequence (0070,005A): Type 1, VR SQ, VM 1. A Sequence of Items each of which describes the displayed area selection for a group of images or frames. Sufficient Items shall be present to describe every image and frame listed in the Presentation State Relationship Module."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DisplayedAreaSelectionSequenceItem": (
        "dicomodel.items.displayed_area_selection_sequence_item",
        "DisplayedAreaSelectionSequenceItem",
    ),
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
    ),
    "PresentationSizeMode": ("dicomodel.enums.presentation_size_mode", "PresentationSizeMode"),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
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
