"""Enumerated Values and Defined Terms of Functional Settling Phase Frames Present.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    FunctionalSettlingPhaseFramesPresent as FunctionalSettlingPhaseFramesPresent,
)
from dicomodel.enums import (
    FunctionalSettlingPhaseFramesPresentValue as FunctionalSettlingPhaseFramesPresentValue,
)

__all__ = ["FunctionalSettlingPhaseFramesPresent", "FunctionalSettlingPhaseFramesPresentValue"]
