"""Presentation LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapePresentationLUTValue as _PresentationLUTShapePresentationLUTValue,
    )
    from dicomodel.items.presentation_lut_sequence_item import (
        PresentationLUTSequenceItem as _PresentationLUTSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PresentationLUTSequenceItem = Lazy(
        "dicomodel.items.presentation_lut_sequence_item", "PresentationLUTSequenceItem"
    )
    _PresentationLUTShapePresentationLUTValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapePresentationLUTValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapePresentationLUT as PresentationLUTShape,
    )
    from dicomodel.items.presentation_lut_sequence_item import (
        PresentationLUTSequenceItem as PresentationLUTSequenceItem,
    )

__all__ = [
    "PresentationLUTModule",
    "PresentationLUTSequenceItem",
    "PresentationLUTShape",
]


class PresentationLUTModule(DicomModel):
    """Presentation LUT Module Attributes (PS3.3 Table C.11-4)."""

    dicom_name: ClassVar[str] = "Presentation LUT"
    dicom_table: ClassVar[str] = "table_C.11-4"

    PresentationLUTSequence: Annotated[
        list[_PresentationLUTSequenceItem] | None,
        Attribute(0x20500010, "SQ", "1", None, name="Presentation LUT Sequence"),
    ] = None
    """Presentation LUT Sequence (2050,0010): no Type, VR SQ, VM 1. Defines a Sequence of Presentation LUTs. Only a single Item shall be included in this Sequence."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapePresentationLUTValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            None,
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY", "LIN OD")),),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): no Type, VR CS, VM 1. Specifies pre-defined Presentation LUT shapes. Enumerated Values: IDENTITY input to the Presentation LUT is in P-Values, no further translation is necessary LIN OD input to Presentation LUT is in linear optical density over the range of Min..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PresentationLUTSequenceItem": (
        "dicomodel.items.presentation_lut_sequence_item",
        "PresentationLUTSequenceItem",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapePresentationLUT",
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
