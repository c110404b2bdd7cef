"""Enumerated Values and Defined Terms of Italic.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Italic as Italic
from dicomodel.enums import ItalicValue as ItalicValue

__all__ = ["Italic", "ItalicValue"]
