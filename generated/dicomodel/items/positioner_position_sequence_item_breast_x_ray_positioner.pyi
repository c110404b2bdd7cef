"""Item class PositionerPositionSequenceItemBreastXRayPositioner.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection
from dicomodel.items import (
    PositionerPositionSequenceItemBreastXRayPositioner as PositionerPositionSequenceItemBreastXRayPositioner,
)

__all__ = ["PositionerPositionSequenceItemBreastXRayPositioner", "PositionerPrimaryAngleDirection"]
