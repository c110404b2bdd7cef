"""Keratometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.steep_keratometric_axis_sequence_item_intraocular_lens_calculations import (
    SteepKeratometricAxisSequenceItemIntraocularLensCalculations,
)
from dicomodel.model import Attribute, DicomModel


class KeratometryMacro(DicomModel):
    """Keratometry Macro Attributes (PS3.3 Table C.8.25.16-3)."""

    dicom_name: ClassVar[str] = "Keratometry"
    dicom_table: ClassVar[str] = "table_C.8.25.16-3"

    SteepKeratometricAxisSequence: Annotated[
        list[SteepKeratometricAxisSequenceItemIntraocularLensCalculations],
        Attribute(0x00460074, "SQ", "1", "1", name="Steep Keratometric Axis Sequence"),
    ]
    """Steep Keratometric Axis Sequence (0046,0074): Type 1, VR SQ, VM 1. Steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatKeratometricAxisSequence: Annotated[
        list[SteepKeratometricAxisSequenceItemIntraocularLensCalculations],
        Attribute(0x00460080, "SQ", "1", "1", name="Flat Keratometric Axis Sequence"),
    ]
    """Flat Keratometric Axis Sequence (0046,0080): Type 1, VR SQ, VM 1. Flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""

    KeratometryMeasurementTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00221096, "SQ", "1", "2", name="Keratometry Measurement Type Code Sequence"),
    ]
    """Keratometry Measurement Type Code Sequence (0022,1096): Type 2, VR SQ, VM 1. Descriptors relevant to keratometry data. Zero or one Item shall be included in this Sequence."""

    KeratometerIndex: Annotated[
        vr.FL | None, Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index")
    ]
    """Keratometer Index (0022,1033): Type 2, VR FL, VM 1. The translation factor specific to each keratometer that derives a number for power from the measured radius of curvature of the cornea."""
