"""Enumerated Values and Defined Terms of Volume Localization Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import VolumeLocalizationTechniqueTerm as VolumeLocalizationTechniqueTerm

__all__ = ["VolumeLocalizationTechniqueTerm"]
