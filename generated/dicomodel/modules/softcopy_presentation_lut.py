"""Softcopy Presentation LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeValue as _PresentationLUTShapeValue,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as _VOILUTSequenceItem
else:
    from dicomodel.lazy import Lazy

    _PresentationLUTShapeValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeValue"
    )
    _VOILUTSequenceItem = Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.presentation_lut_shape import PresentationLUTShape as PresentationLUTShape
    from dicomodel.items.voilut_sequence_item import (
        VOILUTSequenceItem as PresentationLUTSequenceItem,
    )

__all__ = [
    "PresentationLUTSequenceItem",
    "PresentationLUTShape",
    "SoftcopyPresentationLUTModule",
]


class SoftcopyPresentationLUTModule(DicomModel):
    """Softcopy Presentation LUT Module Attributes (PS3.3 Table C.11.6-1)."""

    dicom_name: ClassVar[str] = "Softcopy Presentation LUT"
    dicom_table: ClassVar[str] = "table_C.11.6-1"

    PresentationLUTSequence: Annotated[
        list[_VOILUTSequenceItem] | None,
        Attribute(
            0x20500010,
            "SQ",
            "1",
            "1C",
            name="Presentation LUT Sequence",
            when=("not", ("present", 0x20500020)),
        ),
    ] = None
    """Presentation LUT Sequence (2050,0010): Type 1C, VR SQ, VM 1. Required if Presentation LUT Shape (2050,0020) is absent. Defines a Sequence of Presentation LUTs. Only a single Item shall be included in this Sequence. Required if Presentation LUT Shape (2050,0020) is absent."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1C",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY", "INVERSE")),),
            when=("not", ("present", 0x20500010)),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type 1C, VR CS, VM 1. Required if Presentation LUT Sequence (2050,0010) is absent. Specifies predefined Presentation LUT transformation. Required if Presentation LUT Sequence (2050,0010) is absent. Enumerated Values: IDENTITY no further translation necessary, input values are P-Values INVERSE output values after inversion..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PresentationLUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
    "PresentationLUTShape": ("dicomodel.enums.presentation_lut_shape", "PresentationLUTShape"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
