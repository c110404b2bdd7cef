"""Enumerated Values and Defined Terms of Oversampling Phase.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OversamplingPhase as OversamplingPhase
from dicomodel.enums import OversamplingPhaseValue as OversamplingPhaseValue

__all__ = ["OversamplingPhase", "OversamplingPhaseValue"]
