"""Enumerated Values and Defined Terms of Angio Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AngioFlag as AngioFlag
from dicomodel.enums import AngioFlagValue as AngioFlagValue

__all__ = ["AngioFlag", "AngioFlagValue"]
