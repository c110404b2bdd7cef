"""Item class PrismSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.horizontal_prism_base import (
        HorizontalPrismBaseValue as _HorizontalPrismBaseValue,
    )
    from dicomodel.enums.vertical_prism_base import (
        VerticalPrismBaseValue as _VerticalPrismBaseValue,
    )
else:
    from dicomodel.lazy import Lazy

    _HorizontalPrismBaseValue = Lazy(
        "dicomodel.enums.horizontal_prism_base", "HorizontalPrismBaseValue"
    )
    _VerticalPrismBaseValue = Lazy("dicomodel.enums.vertical_prism_base", "VerticalPrismBaseValue")

if TYPE_CHECKING:
    from dicomodel.enums.horizontal_prism_base import HorizontalPrismBase as HorizontalPrismBase
    from dicomodel.enums.vertical_prism_base import VerticalPrismBase as VerticalPrismBase

__all__ = [
    "HorizontalPrismBase",
    "PrismSequenceItem",
    "VerticalPrismBase",
]


class PrismSequenceItem(DicomModel):
    """An item of Prism Sequence (0046,0028), as first defined in Prism Sequence Macro Attributes (C.8.25.6.2-1)."""

    dicom_name: ClassVar[str] = "Prism Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.6.2-1"

    HorizontalPrismPower: Annotated[
        vr.FD, Attribute(0x00460030, "FD", "1", "1", name="Horizontal Prism Power")
    ]
    """Horizontal Prism Power (0046,0030): Type 1, VR FD, VM 1. The power of a prism to bend light in the horizontal direction, in prism diopters."""

    HorizontalPrismBase: Annotated[
        _HorizontalPrismBaseValue,
        Attribute(
            0x00460032,
            "CS",
            "1",
            "1",
            name="Horizontal Prism Base",
            enumerated=((0, ("IN", "OUT")),),
        ),
    ]
    """Horizontal Prism Base (0046,0032): Type 1, VR CS, VM 1. Direction of the base of the measured prism -- either in (toward the nose), or out (away from the nose) Enumerated Values: IN OUT"""

    VerticalPrismPower: Annotated[
        vr.FD, Attribute(0x00460034, "FD", "1", "1", name="Vertical Prism Power")
    ]
    """Vertical Prism Power (0046,0034): Type 1, VR FD, VM 1. The power of a prism to bend light in the vertical direction, in prism diopters."""

    VerticalPrismBase: Annotated[
        _VerticalPrismBaseValue,
        Attribute(
            0x00460036,
            "CS",
            "1",
            "1",
            name="Vertical Prism Base",
            enumerated=((0, ("UP", "DOWN")),),
        ),
    ]
    """Vertical Prism Base (0046,0036): Type 1, VR CS, VM 1. Direction of the base of the measured prism -- either up, or down. Enumerated Values: UP DOWN"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "HorizontalPrismBase": ("dicomodel.enums.horizontal_prism_base", "HorizontalPrismBase"),
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
