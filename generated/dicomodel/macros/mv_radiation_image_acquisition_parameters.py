"""MV Radiation Image Acquisition Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.radiation_generation_mode_sequence_item_mv_radiation_image_acquisition_parameters import (
    RadiationGenerationModeSequenceItemMVRadiationImageAcquisitionParameters,
)
from dicomodel.model import Attribute, DicomModel


class MVRadiationImageAcquisitionParametersMacro(DicomModel):
    """MV Radiation Image Acquisition Parameters Macro Attributes (PS3.3 Table C.36.2.4.7-1)."""

    dicom_name: ClassVar[str] = "MV Radiation Image Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.36.2.4.7-1"

    EnergyDerivationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x30020133,
            "SQ",
            "1",
            "1C",
            name="Energy Derivation Code Sequence",
            when=("not", ("present", 0x300A067B)),
        ),
    ] = None
    """Energy Derivation Code Sequence (3002,0133): Type 1C, VR SQ, VM 1. Required if Radiation Generation Mode Sequence (300A,067B) is not present. How the value of imaging energy is derived from the device configuration. Required if Radiation Generation Mode Sequence (300A,067B) is not present. Only a single Item shall be included in this Sequence. See Section C.36.2.4.7.1.1."""

    RadiationGenerationModeSequence: Annotated[
        list[RadiationGenerationModeSequenceItemMVRadiationImageAcquisitionParameters] | None,
        Attribute(
            0x300A067B,
            "SQ",
            "1",
            "2C",
            name="Radiation Generation Mode Sequence",
            when=("not", ("present", 0x30020133)),
        ),
    ] = None
    """Radiation Generation Mode Sequence (300A,067B): Type 2C, VR SQ, VM 1. Required if Energy Derivation Code Sequence (3002,0133) is not present. The beam parameters of the imaging energy. Required if Energy Derivation Code Sequence (3002,0133) is not present. Zero or one Items shall be included in this Sequence. See Section C.36.2.4.7.1.1."""

    MaximumCumulativeMetersetExposure: Annotated[
        vr.FD | None,
        Attribute(0x30020134, "FD", "1", "3", name="Maximum Cumulative Meterset Exposure"),
    ] = None
    """Maximum Cumulative Meterset Exposure (3002,0134): Type 3, VR FD, VM 1. The maximum allowed exposure described in Meterset values between start and stop of acquisition. The radiation shall be stopped at latest when the difference between the start value and the current value exceeds this value."""

    RadiationDosimeterUnitSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x300A0658,
            "SQ",
            "1",
            "1C",
            name="Radiation Dosimeter Unit Sequence",
            when=("present", 0x30020134),
        ),
    ] = None
    """Radiation Dosimeter Unit Sequence (300A,0658): Type 1C, VR SQ, VM 1. Required if Maximum Cumulative Meterset Exposure (3002,0134) is present. Measurement unit of the machine dosimeter. Required if Maximum Cumulative Meterset Exposure (3002,0134) is present. Only a single Item shall be included in this Sequence."""

    DeliveryRate: Annotated[
        vr.FD | None,
        Attribute(
            0x300A063D,
            "FD",
            "1",
            "2C",
            name="Delivery Rate",
            when=(
                "unknown",
                "names no attribute: the acquisition is not taken simultaneously during the delivery of the therapeutic radiation",
            ),
        ),
    ] = None
    """Delivery Rate (300A,063D): Type 2C, VR FD, VM 1. Required if the acquisition is not taken simultaneously during the delivery of the therapeutic radiation. The nominal rate of delivery of the Meterset during acquisition. Required if the acquisition is not taken simultaneously during the delivery of the therapeutic radiation. The unit is defined in the Delivery Rate Unit Sequence (300A,063E)."""

    DeliveryRateUnitSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x300A063E,
            "SQ",
            "1",
            "1C",
            name="Delivery Rate Unit Sequence",
            when=("has_value", 0x300A063D),
        ),
    ] = None
    """Delivery Rate Unit Sequence (300A,063E): Type 1C, VR SQ, VM 1. Required if Delivery Rate (300A,063D) is present and has a value. The unit of a delivery rate value. Required if Delivery Rate (300A,063D) is present and has a value. Only a single Item shall be included in this Sequence."""
