"""Enumerated Values and Defined Terms of Geometry for Display.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeometryForDisplay as GeometryForDisplay
from dicomodel.enums import GeometryForDisplayValue as GeometryForDisplayValue

__all__ = ["GeometryForDisplay", "GeometryForDisplayValue"]
