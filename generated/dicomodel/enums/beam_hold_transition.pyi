"""Enumerated Values and Defined Terms of Beam Hold Transition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamHoldTransition as BeamHoldTransition
from dicomodel.enums import BeamHoldTransitionValue as BeamHoldTransitionValue

__all__ = ["BeamHoldTransition", "BeamHoldTransitionValue"]
