"""Enumerated Values and Defined Terms of Multiple Spin Echo.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultipleSpinEcho as MultipleSpinEcho
from dicomodel.enums import MultipleSpinEchoValue as MultipleSpinEchoValue

__all__ = ["MultipleSpinEcho", "MultipleSpinEchoValue"]
