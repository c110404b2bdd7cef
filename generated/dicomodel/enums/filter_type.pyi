"""Enumerated Values and Defined Terms of Filter Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FilterTypeTerm as FilterTypeTerm
from dicomodel.enums import FilterTypeTermCTXRayDetails as FilterTypeTermCTXRayDetails
from dicomodel.enums import (
    FilterTypeTermPerformedCTAcquisition as FilterTypeTermPerformedCTAcquisition,
)

__all__ = ["FilterTypeTerm", "FilterTypeTermCTXRayDetails", "FilterTypeTermPerformedCTAcquisition"]
