"""Enumerated Values and Defined Terms of Beam Hold Transition Trigger Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamHoldTransitionTriggerSource as BeamHoldTransitionTriggerSource
from dicomodel.enums import (
    BeamHoldTransitionTriggerSourceValue as BeamHoldTransitionTriggerSourceValue,
)

__all__ = ["BeamHoldTransitionTriggerSource", "BeamHoldTransitionTriggerSourceValue"]
