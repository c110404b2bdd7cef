"""Enumerated Values and Defined Terms of Decomposition Method.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "DecompositionMethodTerm",
]


class DecompositionMethodTerm(StrEnum):
    """Defined Terms of Decomposition Method (0018,937E) in Multi-energy CT Processing Macro Attributes (C.8.15.3.13-1)."""

    PROJECTION_BASED = "PROJECTION_BASED"
    """The acquired projection data was fully decomposed into basis projection data (i.e. sinograms)."""
    IMAGE_BASED = "IMAGE_BASED"
    """The acquired projection data was fully reconstructed into images before being decomposed into basis image data."""
    HYBRID = "HYBRID"
    """The acquired projection data was reconstructed using knowledge in both projection and image space to produce basis image data. Decomposition and image reconstruction may be performed in a one-step approach."""
