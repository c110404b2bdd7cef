"""Enumerated Values and Defined Terms of Stimulus Results.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import StimulusResults as StimulusResults
from dicomodel.enums import StimulusResultsValue as StimulusResultsValue

__all__ = ["StimulusResults", "StimulusResultsValue"]
