"""Enumerated Values and Defined Terms of Beam Stopper Position.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BeamStopperPosition as BeamStopperPosition
from dicomodel.enums import BeamStopperPositionValue as BeamStopperPositionValue

__all__ = ["BeamStopperPosition", "BeamStopperPositionValue"]
