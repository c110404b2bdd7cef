"""Cornea Measurement Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.steep_corneal_axis_sequence_item import SteepCornealAxisSequenceItem
from dicomodel.model import Attribute, DicomModel


class CorneaMeasurementMacro(DicomModel):
    """Cornea Measurement Macro Attributes (PS3.3 Table C.8.25.16-8)."""

    dicom_name: ClassVar[str] = "Cornea Measurement"
    dicom_table: ClassVar[str] = "table_C.8.25.16-8"

    SteepCornealAxisSequence: Annotated[
        list[SteepCornealAxisSequenceItem],
        Attribute(0x00460112, "SQ", "1", "1", name="Steep Corneal Axis Sequence"),
    ]
    """Steep Corneal Axis Sequence (0046,0112): Type 1, VR SQ, VM 1. Steepest meridian as defined by the greatest power of curvature and shortest radius of curvature. Only a single Item shall be included in this Sequence."""

    FlatCornealAxisSequence: Annotated[
        list[SteepCornealAxisSequenceItem],
        Attribute(0x00460113, "SQ", "1", "1", name="Flat Corneal Axis Sequence"),
    ]
    """Flat Corneal Axis Sequence (0046,0113): Type 1, VR SQ, VM 1. Flattest meridian as defined by the least power of curvature and longest radius of curvature. Only a single Item shall be included in this Sequence."""

    CorneaMeasurementMethodCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00460116, "SQ", "1", "1", name="Cornea Measurement Method Code Sequence"),
    ]
    """Cornea Measurement Method Code Sequence (0046,0116): Type 1, VR SQ, VM 1. Method of the cornea measurement. Only a single Item shall be included in this Sequence."""

    KeratometerIndex: Annotated[
        vr.FL | None, Attribute(0x00221033, "FL", "1", "2", name="Keratometer Index")
    ]
    """Keratometer Index (0022,1033): Type 2, VR FL, VM 1. The translation factor specific to each keratometer that derives a number for power from the measured radius of curvature of the cornea."""

    RefractiveIndexOfCornea: Annotated[
        vr.FL | None,
        Attribute(
            0x00460117,
            "FL",
            "1",
            "1C",
            name="Refractive Index of Cornea",
            when=("code", 0x00460116, (("111759", "DCM"),)),
        ),
    ] = None
    """Refractive Index of Cornea (0046,0117): Type 1C, VR FL, VM 1. Required if Cornea Measurement Type Code Sequence (0046,0116) contains an item with the value (111759, DCM, \"Posterior Cornea Surface Measurement\"). The refractive translation factor specific for the cornea when deriving a number of power from the measured radius of curvature of the posterior surface of cornea."""

    RefractiveIndexOfAqueousHumor: Annotated[
        vr.FL | None,
        Attribute(
            0x00460118,
            "FL",
            "1",
            "1C",
            name="Refractive Index of Aqueous Humor",
            when=("code", 0x00460116, (("111759", "DCM"),)),
        ),
    ] = None
    """Refractive Index of Aqueous Humor (0046,0118): Type 1C, VR FL, VM 1. Required if Cornea Measurement Type Code Sequence (0046,0116) contains an item with the value (111759, DCM, \"Posterior Cornea Surface Measurement\"). The refractive translation factor specific for the aqueous humor when deriving a number of power from the measured radius of curvature of the posterior surface of cornea."""
