"""Enumerated Values and Defined Terms of Spatial Locations Preserved.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import SpatialLocationsPreserved as SpatialLocationsPreserved
from dicomodel.enums import SpatialLocationsPreservedValue as SpatialLocationsPreservedValue

__all__ = ["SpatialLocationsPreserved", "SpatialLocationsPreservedValue"]
