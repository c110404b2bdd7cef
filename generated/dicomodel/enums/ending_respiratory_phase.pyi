"""Enumerated Values and Defined Terms of Ending Respiratory Phase.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EndingRespiratoryPhase as EndingRespiratoryPhase
from dicomodel.enums import EndingRespiratoryPhaseValue as EndingRespiratoryPhaseValue

__all__ = ["EndingRespiratoryPhase", "EndingRespiratoryPhaseValue"]
