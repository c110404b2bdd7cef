"""Enumerated Values and Defined Terms of Show Tick Label.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ShowTickLabel as ShowTickLabel
from dicomodel.enums import ShowTickLabelValue as ShowTickLabelValue

__all__ = ["ShowTickLabel", "ShowTickLabelValue"]
