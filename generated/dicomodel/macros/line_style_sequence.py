"""Line Style Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as _LineStyleSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _LineStyleSequenceItem = Lazy(
        "dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.line_dashing_style import LineDashingStyle as LineDashingStyle
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.items.line_style_sequence_item import (
        LineStyleSequenceItem as LineStyleSequenceItem,
    )

__all__ = [
    "LineDashingStyle",
    "LineStyleSequenceItem",
    "LineStyleSequenceMacro",
    "ShadowStyle",
]


class LineStyleSequenceMacro(DicomModel):
    """Line Style Sequence Macro Attributes (PS3.3 Table C.10-5b)."""

    dicom_name: ClassVar[str] = "Line Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5b"

    LineStyleSequence: Annotated[
        list[_LineStyleSequenceItem] | None,
        Attribute(0x00700232, "SQ", "1", "3", name="Line Style Sequence"),
    ] = None
    """Line Style Sequence (0070,0232): Type 3, VR SQ, VM 1. Sequence that describes the line style. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LineDashingStyle": ("dicomodel.enums.line_dashing_style", "LineDashingStyle"),
    "LineStyleSequenceItem": ("dicomodel.items.line_style_sequence_item", "LineStyleSequenceItem"),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
