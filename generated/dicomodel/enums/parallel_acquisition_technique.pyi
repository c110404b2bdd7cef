"""Enumerated Values and Defined Terms of Parallel Acquisition Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ParallelAcquisitionTechniqueTerm as ParallelAcquisitionTechniqueTerm

__all__ = ["ParallelAcquisitionTechniqueTerm"]
