"""RT Ion Beams Session Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import primary_dosimeter_unit as _primary_dosimeter_unit
from dicomodel.items.treatment_session_ion_beam_sequence_item import (
    TreatmentSessionIonBeamSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTIonBeamsSessionRecordModule(DicomModel):
    """RT Ion Beams Session Record Module Attributes (PS3.3 Table C.8.8.26-1)."""

    dicom_name: ClassVar[str] = "RT Ion Beams Session Record"
    dicom_table: ClassVar[str] = "table_C.8.8.26-1"

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of fraction group within referenced RT Ion Plan."""

    NumberOfFractionsPlanned: Annotated[
        vr.IS | None, Attribute(0x300A0078, "IS", "1", "2", name="Number of Fractions Planned")
    ]
    """Number of Fractions Planned (300A,0078): Type 2, VR IS, VM 1. Total number of treatments (fractions) planned for current fraction group."""

    PrimaryDosimeterUnit: Annotated[
        _primary_dosimeter_unit.PrimaryDosimeterUnitRTIonBeams,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "1",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "NP")),),
        ),
    ]
    """Primary Dosimeter Unit (300A,00B3): Type 1, VR CS, VM 1. Measurement unit of the machine dosimeter. Enumerated Values: MU Monitor Units NP Number of Particles"""

    TreatmentSessionIonBeamSequence: Annotated[
        list[TreatmentSessionIonBeamSequenceItem],
        Attribute(0x30080021, "SQ", "1", "1", name="Treatment Session Ion Beam Sequence"),
    ]
    """Treatment Session Ion Beam Sequence (3008,0021): Type 1, VR SQ, VM 1. Sequence of setup and/or treatment beams administered during treatment session. One or more Items shall be included in this Sequence."""
