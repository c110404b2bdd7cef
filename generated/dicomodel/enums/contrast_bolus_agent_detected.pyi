"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Detected.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContrastBolusAgentDetected as ContrastBolusAgentDetected
from dicomodel.enums import ContrastBolusAgentDetectedValue as ContrastBolusAgentDetectedValue

__all__ = ["ContrastBolusAgentDetected", "ContrastBolusAgentDetectedValue"]
