"""Enumerated Values and Defined Terms of Convolution Kernel Group.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm

__all__ = ["ConvolutionKernelGroupTerm"]
