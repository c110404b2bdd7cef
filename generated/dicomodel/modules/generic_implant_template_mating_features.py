"""Generic Implant Template Mating Features Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mating_feature_sets_sequence_item import MatingFeatureSetsSequenceItem
from dicomodel.model import Attribute, DicomModel


class GenericImplantTemplateMatingFeaturesModule(DicomModel):
    """Generic Implant Template Mating Features Module Attributes (PS3.3 Table C.29.1.4-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template Mating Features"
    dicom_table: ClassVar[str] = "table_C.29.1.4-1"

    MatingFeatureSetsSequence: Annotated[
        list[MatingFeatureSetsSequenceItem] | None,
        Attribute(0x006863B0, "SQ", "1", "3", name="Mating Feature Sets Sequence"),
    ] = None
    """Mating Feature Sets Sequence (0068,63B0): Type 3, VR SQ, VM 1. Mating feature sets used to combine the implant with other implants. One or more Items shall be included in this Sequence."""
