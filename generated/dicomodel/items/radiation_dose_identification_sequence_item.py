"""Item class RadiationDoseIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import reference_dose_type as _reference_dose_type
from dicomodel.items.conceptual_volume_sequence_item import ConceptualVolumeSequenceItem
from dicomodel.model import Attribute, DicomModel


class RadiationDoseIdentificationSequenceItem(DicomModel):
    """An item of Radiation Dose Identification Sequence (300A,0618), as first defined in RT Dose Contribution Module Attributes (C.36.11-1)."""

    dicom_name: ClassVar[str] = "Radiation Dose Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.36.11-1"

    RadiationDoseIdentificationIndex: Annotated[
        vr.US, Attribute(0x300A0603, "US", "1", "1", name="Radiation Dose Identification Index")
    ]
    """Radiation Dose Identification Index (300A,0603): Type 1, VR US, VM 1. Index of this Item in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    RadiationDoseIdentificationLabel: Annotated[
        vr.LO, Attribute(0x300A0619, "LO", "1", "1", name="Radiation Dose Identification Label")
    ]
    """Radiation Dose Identification Label (300A,0619): Type 1, VR LO, VM 1. Label of this Radiation Dose for the user."""

    ReferenceDoseType: Annotated[
        _reference_dose_type.ReferenceDoseTypeTerm | vr.CS,
        Attribute(0x300A061A, "CS", "1", "1", name="Reference Dose Type"),
    ]
    """Reference Dose Type (300A,061A): Type 1, VR CS, VM 1. Type of reference dose. Defined Terms: PER_RADIATION Dose values are calculated individually for each referenced RT Radiation SOP Instance."""

    ReferenceDosePointCoordinates: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x300A061E,
            "FD",
            "3",
            "1C",
            name="Reference Dose Point Coordinates",
            when=("unknown", "names no attribute: dose is calculated at a point"),
        ),
    ] = None
    """Reference Dose Point Coordinates (300A,061E): Type 1C, VR FD, VM 3. Required if dose is calculated at a point. The x, y, and z coordinates, in mm of the reference dose point in the DICOM Patient Coordinate System at which the dose values are calculated. Required if dose is calculated at a point."""

    ConceptualVolumeSequence: Annotated[
        list[ConceptualVolumeSequenceItem],
        Attribute(0x30100025, "SQ", "1", "1", name="Conceptual Volume Sequence"),
    ]
    """Conceptual Volume Sequence (3010,0025): Type 1, VR SQ, VM 1. Reference to a Conceptual Volume that receives dose. See Section C.36.11.1.2. Only a single Item shall be included in this Sequence."""
