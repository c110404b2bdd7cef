"""Enumerated Values and Defined Terms of Cardiac Beat Rejection Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm

__all__ = ["CardiacBeatRejectionTechniqueTerm"]
