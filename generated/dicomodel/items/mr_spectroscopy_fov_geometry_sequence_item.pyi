"""Item class MRSpectroscopyFOVGeometrySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    MRSpectroscopyFOVGeometrySequenceItem as MRSpectroscopyFOVGeometrySequenceItem,
)

__all__ = ["MRSpectroscopyFOVGeometrySequenceItem"]
