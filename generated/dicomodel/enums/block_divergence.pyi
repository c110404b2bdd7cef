"""Enumerated Values and Defined Terms of Block Divergence.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlockDivergence as BlockDivergence
from dicomodel.enums import BlockDivergenceValue as BlockDivergenceValue

__all__ = ["BlockDivergence", "BlockDivergenceValue"]
