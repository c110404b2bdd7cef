"""Prism Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as _PrismSequenceItem
else:
    from dicomodel.lazy import Lazy

    _PrismSequenceItem = Lazy("dicomodel.items.prism_sequence_item", "PrismSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.horizontal_prism_base import HorizontalPrismBase as HorizontalPrismBase
    from dicomodel.enums.vertical_prism_base import VerticalPrismBase as VerticalPrismBase
    from dicomodel.items.prism_sequence_item import PrismSequenceItem as PrismSequenceItem

__all__ = [
    "HorizontalPrismBase",
    "PrismSequenceItem",
    "PrismSequenceMacro",
    "VerticalPrismBase",
]


class PrismSequenceMacro(DicomModel):
    """Prism Sequence Macro Attributes (PS3.3 Table C.8.25.6.2-1)."""

    dicom_name: ClassVar[str] = "Prism Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.6.2-1"

    PrismSequence: Annotated[
        list[_PrismSequenceItem] | None,
        Attribute(
            0x00460028,
            "SQ",
            "1",
            "1C",
            name="Prism Sequence",
            when=(
                "unknown",
                "names no attribute: prism is measured in the lens or if this part of a refraction is done for a patient",
            ),
        ),
    ] = None
    """Prism Sequence (0046,0028): Type 1C, VR SQ, VM 1. Required if prism is measured in the lens or if this part of a refraction is done for a patient. A Sequence that specifies prism that is measured in a lens, or that is required to correct for a patient's ocular misalignment. Required if prism is measured in the lens or if this part of a refraction is done for a patient."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "HorizontalPrismBase": ("dicomodel.enums.horizontal_prism_base", "HorizontalPrismBase"),
    "PrismSequenceItem": ("dicomodel.items.prism_sequence_item", "PrismSequenceItem"),
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
