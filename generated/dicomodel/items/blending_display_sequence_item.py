"""Item class BlendingDisplaySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.blending_mode import BlendingModeValue as _BlendingModeValue
    from dicomodel.items.blending_display_input_sequence_item import (
        BlendingDisplayInputSequenceItem as _BlendingDisplayInputSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingDisplayInputSequenceItem = Lazy(
        "dicomodel.items.blending_display_input_sequence_item", "BlendingDisplayInputSequenceItem"
    )
    _BlendingModeValue = Lazy("dicomodel.enums.blending_mode", "BlendingModeValue")

if TYPE_CHECKING:
    from dicomodel.enums.blending_mode import BlendingMode as BlendingMode
    from dicomodel.items.blending_display_input_sequence_item import (
        BlendingDisplayInputSequenceItem as BlendingDisplayInputSequenceItem,
    )

__all__ = [
    "BlendingDisplayInputSequenceItem",
    "BlendingDisplaySequenceItem",
    "BlendingMode",
]


class BlendingDisplaySequenceItem(DicomModel):
    """An item of Blending Display Sequence (0070,1B04), as first defined in Advanced Blending Presentation State Display Module Attributes (C.11.34.1-1)."""

    dicom_name: ClassVar[str] = "Blending Display Sequence"
    dicom_table: ClassVar[str] = "table_C.11.34.1-1"

    BlendingDisplayInputSequence: Annotated[
        list[_BlendingDisplayInputSequenceItem],
        Attribute(0x00701B03, "SQ", "1", "1", name="Blending Display Input Sequence"),
    ]
    """Blending Display Input Sequence (0070,1B03): Type 1, VR SQ, VM 1. Each Item is an input series that will be used in the blending operation. The order of Items is significant Two Items shall be included if the blending mode is FOREGROUND. One or more Items shall be included if the blending mode is EQUAL."""

    RelativeOpacity: Annotated[
        vr.FL | None,
        Attribute(
            0x00700403,
            "FL",
            "1",
            "1C",
            name="Relative Opacity",
            when=("value", 0x00701B06, 0, "in", ("FOREGROUND",)),
        ),
    ] = None
    """Relative Opacity (0070,0403): Type 1C, VR FL, VM 1. Required if Blending Mode (0070,1B06) is equal to FOREGROUND. Specifies Relative Opacity for the visible pixels of the set referenced by the first Blending Input Number (0070,1B02) Required if Blending Mode (0070,1B06) is equal to FOREGROUND."""

    BlendingMode: Annotated[
        _BlendingModeValue,
        Attribute(
            0x00701B06,
            "CS",
            "1",
            "1",
            name="Blending Mode",
            enumerated=((0, ("EQUAL", "FOREGROUND")),),
        ),
    ]
    """Blending Mode (0070,1B06): Type 1, VR CS, VM 1. Describes the method for weighting the different input images during the blending operation: Enumerated Values: EQUAL FOREGROUND See Section N.2.6 in PS3.4."""

    BlendingInputNumber: Annotated[
        vr.US | None,
        Attribute(
            0x00701B02,
            "US",
            "1",
            "1C",
            name="Blending Input Number",
            when=("unknown", "names no attribute: the result is used for further Blending"),
        ),
    ] = None
    """Blending Input Number (0070,1B02): Type 1C, VR US, VM 1. Required if the result is used for further Blending. Identification of the result as input for a subsequent blending operation. Required if the result is used for further Blending. If this Attribute is not present the Item describes the final output of the blending process."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlendingDisplayInputSequenceItem": (
        "dicomodel.items.blending_display_input_sequence_item",
        "BlendingDisplayInputSequenceItem",
    ),
    "BlendingMode": ("dicomodel.enums.blending_mode", "BlendingMode"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
