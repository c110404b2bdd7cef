"""Item class RadiationDoseIdentificationSequenceItemRTDoseContributionRecord.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conceptual_volume_sequence_item import ConceptualVolumeSequenceItem
from dicomodel.model import Attribute, DicomModel


class RadiationDoseIdentificationSequenceItemRTDoseContributionRecord(DicomModel):
    """An item of Radiation Dose Identification Sequence (300A,0618), as first defined in RT Dose Contribution Record Module Attributes (C.36.21-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.36.21-1"

    RadiationDoseIdentificationIndex: Annotated[
        vr.US, Attribute(0x300A0603, "US", "1", "1", name="Radiation Dose Identification Index")
    ]
    """Radiation Dose Identification Index (300A,0603): Type 1, VR US, VM 1. Index of this Item in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    ReferencedRadiationDoseIdentificationIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A060C,
            "US",
            "1",
            "1C",
            name="Referenced Radiation Dose Identification Index",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Radiation Dose Identification Index (300A,060C): Type 1C, VR US, VM 1. Required if the Instance referenced in Referenced RT Radiation Set Sequence (300A,0702) contains a Radiation Dose Identification Sequence Item that corresponds to this Radiation Dose Identification Item. Radiation Dose Identification Index value that links the Radiation Dose Identification defined by this Sequence Item to the corresponding Item in an RT Radiation Set Instance."""

    RadiationDoseIdentificationLabel: Annotated[
        vr.LO, Attribute(0x300A0619, "LO", "1", "1", name="Radiation Dose Identification Label")
    ]
    """Radiation Dose Identification Label (300A,0619): Type 1, VR LO, VM 1. User-defined label for the Radiation Dose Identification. See Section C.36.2.1.1.1."""

    ConceptualVolumeSequence: Annotated[
        list[ConceptualVolumeSequenceItem],
        Attribute(0x30100025, "SQ", "1", "1", name="Conceptual Volume Sequence"),
    ]
    """Conceptual Volume Sequence (3010,0025): Type 1, VR SQ, VM 1. Reference to a Conceptual Volume which received dose during treatment delivery. See Section C.36.21.1.1. Only a single Item shall be included in this Sequence."""
