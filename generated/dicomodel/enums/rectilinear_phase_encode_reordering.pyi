"""Enumerated Values and Defined Terms of Rectilinear Phase Encode Reordering.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    RectilinearPhaseEncodeReorderingTerm as RectilinearPhaseEncodeReorderingTerm,
)

__all__ = ["RectilinearPhaseEncodeReorderingTerm"]
