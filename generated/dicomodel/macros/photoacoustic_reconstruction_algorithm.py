"""Photoacoustic Reconstruction Algorithm Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conceptual_volume_derivation_algorithm_sequence_item import (
    ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class PhotoacousticReconstructionAlgorithmMacro(DicomModel):
    """Photoacoustic Reconstruction Algorithm Macro Attributes (PS3.3 Table C.8.34.5.4-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Reconstruction Algorithm"
    dicom_table: ClassVar[str] = "table_C.8.34.5.4-1"

    ReconstructionAlgorithmSequence: Annotated[
        list[ConceptualVolumeDerivationAlgorithmSequenceItem] | None,
        Attribute(0x0018993D, "SQ", "1", "3", name="Reconstruction Algorithm Sequence"),
    ] = None
    """Reconstruction Algorithm Sequence (0018,993D): Type 3, VR SQ, VM 1. The identification assigned by a manufacturer to a specific software algorithm or algorithms. One or more Items are permitted in this Sequence."""
