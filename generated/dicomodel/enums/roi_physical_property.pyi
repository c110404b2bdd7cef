"""Enumerated Values and Defined Terms of ROI Physical Property.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ROIPhysicalPropertyTerm as ROIPhysicalPropertyTerm

__all__ = ["ROIPhysicalPropertyTerm"]
