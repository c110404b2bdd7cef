"""Enumerated Values and Defined Terms of Distribution Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DistributionTypeTerm as DistributionTypeTerm

__all__ = ["DistributionTypeTerm"]
