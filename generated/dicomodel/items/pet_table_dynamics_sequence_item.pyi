"""Item class PETTableDynamicsSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import PETTableDynamicsSequenceItem as PETTableDynamicsSequenceItem

__all__ = ["PETTableDynamicsSequenceItem"]
