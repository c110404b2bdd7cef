"""Enumerated Values and Defined Terms of Longitudinal Temporal Event Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LongitudinalTemporalEventTypeTerm as LongitudinalTemporalEventTypeTerm

__all__ = ["LongitudinalTemporalEventTypeTerm"]
