"""Enumerated Values and Defined Terms of VOI LUT Function.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "VOILUTFunctionTerm",
]


class VOILUTFunctionTerm(StrEnum):
    """Defined Terms of VOI LUT Function (0028,1056) in Frame VOI LUT Macro Attributes (C.7.6.16-11)."""

    LINEAR = "LINEAR"
    LINEAR_EXACT = "LINEAR_EXACT"
    SIGMOID = "SIGMOID"
