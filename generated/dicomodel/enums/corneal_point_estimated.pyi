"""Enumerated Values and Defined Terms of Corneal Point Estimated.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CornealPointEstimated as CornealPointEstimated
from dicomodel.enums import CornealPointEstimatedValue as CornealPointEstimatedValue

__all__ = ["CornealPointEstimated", "CornealPointEstimatedValue"]
