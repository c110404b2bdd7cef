"""Enumerated Values and Defined Terms of Starting Respiratory Phase.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import StartingRespiratoryPhase as StartingRespiratoryPhase
from dicomodel.enums import StartingRespiratoryPhaseValue as StartingRespiratoryPhaseValue

__all__ = ["StartingRespiratoryPhase", "StartingRespiratoryPhaseValue"]
