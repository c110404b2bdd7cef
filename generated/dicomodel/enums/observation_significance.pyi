"""Enumerated Values and Defined Terms of Observation Significance.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ObservationSignificance as ObservationSignificance
from dicomodel.enums import ObservationSignificanceValue as ObservationSignificanceValue

__all__ = ["ObservationSignificance", "ObservationSignificanceValue"]
