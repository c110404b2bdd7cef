"""Enumerated Values and Defined Terms of Planes in Acquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PlanesInAcquisition as PlanesInAcquisition
from dicomodel.enums import PlanesInAcquisitionValue as PlanesInAcquisitionValue

__all__ = ["PlanesInAcquisition", "PlanesInAcquisitionValue"]
