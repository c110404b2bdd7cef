"""Enumerated Values and Defined Terms of Multi-energy Source Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MultienergySourceTechniqueTerm as MultienergySourceTechniqueTerm

__all__ = ["MultienergySourceTechniqueTerm"]
