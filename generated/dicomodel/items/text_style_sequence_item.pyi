"""Item class TextStyleSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Bold as Bold
from dicomodel.enums import FontNameTypeTerm as FontNameTypeTerm
from dicomodel.enums import HorizontalAlignment as HorizontalAlignment
from dicomodel.enums import Italic as Italic
from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.enums import Underlined as Underlined
from dicomodel.enums import VerticalAlignment as VerticalAlignment
from dicomodel.items import TextStyleSequenceItem as TextStyleSequenceItem

__all__ = [
    "Bold",
    "FontNameTypeTerm",
    "HorizontalAlignment",
    "Italic",
    "ShadowStyle",
    "TextStyleSequenceItem",
    "Underlined",
    "VerticalAlignment",
]
