"""Item class TextStyleSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Bold as Bold
from dicomodel.enums import BoldValue as _BoldValue
from dicomodel.enums import FontNameTypeTerm as FontNameTypeTerm
from dicomodel.enums import FontNameTypeTerm as _FontNameTypeTerm
from dicomodel.enums import HorizontalAlignment as HorizontalAlignment
from dicomodel.enums import HorizontalAlignmentValue as _HorizontalAlignmentValue
from dicomodel.enums import Italic as Italic
from dicomodel.enums import ItalicValue as _ItalicValue
from dicomodel.enums import ShadowStyle as ShadowStyle
from dicomodel.enums import ShadowStyleValue as _ShadowStyleValue
from dicomodel.enums import Underlined as Underlined
from dicomodel.enums import UnderlinedValue as _UnderlinedValue
from dicomodel.enums import VerticalAlignment as VerticalAlignment
from dicomodel.enums import VerticalAlignmentValue as _VerticalAlignmentValue
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
