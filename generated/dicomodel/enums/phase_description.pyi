"""Enumerated Values and Defined Terms of Phase Description.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PhaseDescription as PhaseDescription
from dicomodel.enums import PhaseDescriptionValue as PhaseDescriptionValue

__all__ = ["PhaseDescription", "PhaseDescriptionValue"]
