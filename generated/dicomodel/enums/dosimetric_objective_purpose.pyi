"""Enumerated Values and Defined Terms of Dosimetric Objective Purpose.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DosimetricObjectivePurpose as DosimetricObjectivePurpose
from dicomodel.enums import DosimetricObjectivePurposeValue as DosimetricObjectivePurposeValue

__all__ = ["DosimetricObjectivePurpose", "DosimetricObjectivePurposeValue"]
