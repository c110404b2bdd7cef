"""Enumerated Values and Defined Terms of Corneal Topography Surface.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CornealTopographySurface as CornealTopographySurface
from dicomodel.enums import CornealTopographySurfaceValue as CornealTopographySurfaceValue

__all__ = ["CornealTopographySurface", "CornealTopographySurfaceValue"]
