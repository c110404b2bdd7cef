"""Item class XRay3DReconstructionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AlgorithmTypeTerm as AlgorithmTypeTerm
from dicomodel.items import XRay3DReconstructionSequenceItem as XRay3DReconstructionSequenceItem

__all__ = ["AlgorithmTypeTerm", "XRay3DReconstructionSequenceItem"]
