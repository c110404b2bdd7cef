"""Enumerated Values and Defined Terms of Contrast/Bolus Agent Phase.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContrastBolusAgentPhaseTerm as ContrastBolusAgentPhaseTerm

__all__ = ["ContrastBolusAgentPhaseTerm"]
