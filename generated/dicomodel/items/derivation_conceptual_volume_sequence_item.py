"""Item class DerivationConceptualVolumeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conceptual_volume_derivation_algorithm_sequence_item import (
    ConceptualVolumeDerivationAlgorithmSequenceItem,
)
from dicomodel.items.source_conceptual_volume_sequence_item import (
    SourceConceptualVolumeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DerivationConceptualVolumeSequenceItem(DicomModel):
    """An item of Derivation Conceptual Volume Sequence (3010,0014), as first defined in Conceptual Volume Macro Attributes (10.33-1)."""

    dicom_name: ClassVar[str] = "Derivation Conceptual Volume Sequence"
    dicom_table: ClassVar[str] = "table_10.33-1"

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A user-readable text description of how this Conceptual Volume was derived."""

    SourceConceptualVolumeSequence: Annotated[
        list[SourceConceptualVolumeSequenceItem],
        Attribute(0x30100018, "SQ", "1", "1", name="Source Conceptual Volume Sequence"),
    ]
    """Source Conceptual Volume Sequence (3010,0018): Type 1, VR SQ, VM 1. The set of Conceptual Volumes that were used to derive this Conceptual Volume. One or more Items shall be included in this Sequence."""

    ConceptualVolumeDerivationAlgorithmSequence: Annotated[
        list[ConceptualVolumeDerivationAlgorithmSequenceItem] | None,
        Attribute(
            0x30100016, "SQ", "1", "3", name="Conceptual Volume Derivation Algorithm Sequence"
        ),
    ] = None
    """Conceptual Volume Derivation Algorithm Sequence (3010,0016): Type 3, VR SQ, VM 1. Algorithm used to derive this Conceptual Volume. One or more Items are permitted in this Sequence."""
