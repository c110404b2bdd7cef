"""Wedge Positions Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.wedge_position_sequence_item import (
        WedgePositionSequenceItem as _WedgePositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _WedgePositionSequenceItem = Lazy(
        "dicomodel.items.wedge_position_sequence_item", "WedgePositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.wedge_position import WedgePosition as WedgePosition
    from dicomodel.items.wedge_position_sequence_item import (
        WedgePositionSequenceItem as WedgePositionSequenceItem,
    )

__all__ = [
    "WedgePosition",
    "WedgePositionSequenceItem",
    "WedgePositionsMacro",
]


class WedgePositionsMacro(DicomModel):
    """Wedge Positions Macro Attributes (PS3.3 Table C.36.2.2.11-1)."""

    dicom_name: ClassVar[str] = "Wedge Positions"
    dicom_table: ClassVar[str] = "table_C.36.2.2.11-1"

    NumberOfWedgePositions: Annotated[
        vr.US | None,
        Attribute(
            0x300A0655,
            "US",
            "1",
            "1C",
            name="Number of Wedge Positions",
            when=("and", ("present", 0x300A00D0), ("compare", 0x300A00D0, 1, "!=", 0)),
        ),
    ] = None
    """Number of Wedge Positions (300A,0655): Type 1C, VR US, VM 1. Required if Number of Wedges (300A,00D0) is present and has a non-zero value. Number of Wedge Positions defined in the Wedge Position Sequence (300A,0116). Required if Number of Wedges (300A,00D0) is present and has a non-zero value."""

    WedgePositionSequence: Annotated[
        list[_WedgePositionSequenceItem] | None,
        Attribute(
            0x300A0116,
            "SQ",
            "1",
            "1C",
            name="Wedge Position Sequence",
            when=(
                "and",
                ("present", 0x300A0655),
                ("compare", 0x300A0655, 1, "!=", 0),
                (
                    "or",
                    ("compare", 0x300A0600, 1, "==", 1),
                    (
                        "unknown",
                        "depends on whether the value differs from the one of the previous RT Control Point (PS3.3 C.36.2.2.5.1.1)",
                    ),
                ),
            ),
        ),
    ] = None
    """Wedge Position Sequence (300A,0116): Type 1C, VR SQ, VM 1. Required if Number of Wedge Positions (300A,0655) is present and has a non-zero value and the conditions in Section C.36.2.2.5.1.1 are satisfied. Position for each Wedge for the current Control Point. Required if Number of Wedge Positions (300A,0655) is present and has a non-zero value and the conditions in Section C.36.2.2.5.1.1 are satisfied."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "WedgePosition": ("dicomodel.enums.wedge_position", "WedgePosition"),
    "WedgePositionSequenceItem": (
        "dicomodel.items.wedge_position_sequence_item",
        "WedgePositionSequenceItem",
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
