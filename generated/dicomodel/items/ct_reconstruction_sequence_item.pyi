"""Item class CTReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConvolutionKernelGroupTerm as ConvolutionKernelGroupTerm
from dicomodel.enums import ReconstructionAlgorithmTerm as ReconstructionAlgorithmTerm
from dicomodel.items import CTReconstructionSequenceItem as CTReconstructionSequenceItem

__all__ = [
    "CTReconstructionSequenceItem",
    "ConvolutionKernelGroupTerm",
    "ReconstructionAlgorithmTerm",
]
