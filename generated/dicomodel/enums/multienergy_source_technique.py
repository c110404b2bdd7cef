"""Enumerated Values and Defined Terms of Multi-energy Source Technique.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "MultienergySourceTechniqueTerm",
]


class MultienergySourceTechniqueTerm(StrEnum):
    """Defined Terms of Multi-energy Source Technique (0018,9368) in Multi-energy CT X-Ray Source Macro Attributes (C.8.2.2-2)."""

    SWITCHING_SOURCE = "SWITCHING_SOURCE"
    """a physical X-Ray source (tube) uses beam mode switching"""
    CONSTANT_SOURCE = "CONSTANT_SOURCE"
    """a physical X-Ray source (tube) uses a beam with constant characteristics"""
