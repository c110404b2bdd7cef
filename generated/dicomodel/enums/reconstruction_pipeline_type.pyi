"""Enumerated Values and Defined Terms of Reconstruction Pipeline Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReconstructionPipelineType as ReconstructionPipelineType
from dicomodel.enums import ReconstructionPipelineTypeValue as ReconstructionPipelineTypeValue

__all__ = ["ReconstructionPipelineType", "ReconstructionPipelineTypeValue"]
