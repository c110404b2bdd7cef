"""Enumerated Values and Defined Terms of Tissue Location.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TissueLocation as TissueLocation
from dicomodel.enums import TissueLocationValue as TissueLocationValue

__all__ = ["TissueLocation", "TissueLocationValue"]
