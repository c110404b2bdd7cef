"""Item class PointsItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PointsItem as PointsItem

__all__ = ["PointsItem"]
