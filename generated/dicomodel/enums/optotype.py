"""Enumerated Values and Defined Terms of Optotype.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "OptotypeTerm",
]


class OptotypeTerm(StrEnum):
    """Defined Terms of Optotype (0046,0094) in Visual Acuity Measurements Module Attributes (C.8.25.12-1)."""

    LETTERS = "LETTERS"
    NUMBERS = "NUMBERS"
    PICTURES = "PICTURES"
    TUMBLING_E = "TUMBLING E"
    LANDOLT_C = "LANDOLT C"
