"""Hanging Protocol Environment Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.screen_specifications_item import (
        ScreenSpecificationsItem as _ScreenSpecificationsItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ScreenSpecificationsItem = Lazy(
        "dicomodel.items.screen_specifications_item", "ScreenSpecificationsItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.screen_specifications_item import (
        ScreenSpecificationsItem as NominalScreenDefinitionSequenceItem,
    )

__all__ = [
    "HangingProtocolEnvironmentModule",
    "NominalScreenDefinitionSequenceItem",
]


class HangingProtocolEnvironmentModule(DicomModel):
    """Hanging Protocol Environment Module Attributes (PS3.3 Table C.23.2-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Environment"
    dicom_table: ClassVar[str] = "table_C.23.2-1"

    NumberOfScreens: Annotated[
        vr.US | None, Attribute(0x00720100, "US", "1", "2", name="Number of Screens")
    ]
    """Number of Screens (0072,0100): Type 2, VR US, VM 1. Positive integer indicating the number of screens for which this Hanging Protocol is intended."""

    NominalScreenDefinitionSequence: Annotated[
        list[_ScreenSpecificationsItem] | None,
        Attribute(0x00720102, "SQ", "1", "2", name="Nominal Screen Definition Sequence"),
    ]
    """Nominal Screen Definition Sequence (0072,0102): Type 2, VR SQ, VM 1. Sequence that describes the set of screens for which this Hanging Protocol is intended. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "NominalScreenDefinitionSequenceItem": (
        "dicomodel.items.screen_specifications_item",
        "ScreenSpecificationsItem",
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
