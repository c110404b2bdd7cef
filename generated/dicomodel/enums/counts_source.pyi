"""Enumerated Values and Defined Terms of Counts Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CountsSource as CountsSource
from dicomodel.enums import CountsSourceValue as CountsSourceValue

__all__ = ["CountsSource", "CountsSourceValue"]
