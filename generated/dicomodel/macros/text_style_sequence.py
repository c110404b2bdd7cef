"""Text Style Sequence Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as _TextStyleSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TextStyleSequenceItem = Lazy(
        "dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.bold import Bold as Bold
    from dicomodel.enums.font_name_type import FontNameTypeTerm as FontNameTypeTerm
    from dicomodel.enums.horizontal_alignment import HorizontalAlignment as HorizontalAlignment
    from dicomodel.enums.italic import Italic as Italic
    from dicomodel.enums.shadow_style import ShadowStyle as ShadowStyle
    from dicomodel.enums.underlined import Underlined as Underlined
    from dicomodel.enums.vertical_alignment import VerticalAlignment as VerticalAlignment
    from dicomodel.items.text_style_sequence_item import (
        TextStyleSequenceItem as TextStyleSequenceItem,
    )

__all__ = [
    "Bold",
    "FontNameTypeTerm",
    "HorizontalAlignment",
    "Italic",
    "ShadowStyle",
    "TextStyleSequenceItem",
    "TextStyleSequenceMacro",
    "Underlined",
    "VerticalAlignment",
]


class TextStyleSequenceMacro(DicomModel):
    """Text Style Sequence Macro Attributes (PS3.3 Table C.10-5a)."""

    dicom_name: ClassVar[str] = "Text Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5a"

    TextStyleSequence: Annotated[
        list[_TextStyleSequenceItem] | None,
        Attribute(0x00700231, "SQ", "1", "3", name="Text Style Sequence"),
    ] = None
    """Text Style Sequence (0070,0231): Type 3, VR SQ, VM 1. Sequence that describes the text style. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "Bold": ("dicomodel.enums.bold", "Bold"),
    "FontNameTypeTerm": ("dicomodel.enums.font_name_type", "FontNameTypeTerm"),
    "HorizontalAlignment": ("dicomodel.enums.horizontal_alignment", "HorizontalAlignment"),
    "Italic": ("dicomodel.enums.italic", "Italic"),
    "ShadowStyle": ("dicomodel.enums.shadow_style", "ShadowStyle"),
    "TextStyleSequenceItem": ("dicomodel.items.text_style_sequence_item", "TextStyleSequenceItem"),
    "Underlined": ("dicomodel.enums.underlined", "Underlined"),
    "VerticalAlignment": ("dicomodel.enums.vertical_alignment", "VerticalAlignment"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
