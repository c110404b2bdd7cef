"""Item class RadiationGenerationModeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RadiationGenerationModeSequenceItem(DicomModel):
    """An item of Radiation Generation Mode Sequence (300A,067B), as first defined in Radiation Generation Mode Macro Attributes (C.36.2.2.7-1)."""

    dicom_name: ClassVar[str] = "Radiation Generation Mode Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.2.7-1"

    RadiationGenerationModeIndex: Annotated[
        vr.US, Attribute(0x300A0601, "US", "1", "1", name="Radiation Generation Mode Index")
    ]
    """Radiation Generation Mode Index (300A,0601): Type 1, VR US, VM 1. Index of this Item in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    RadiationGenerationModeLabel: Annotated[
        vr.SH, Attribute(0x300A067C, "SH", "1", "1", name="Radiation Generation Mode Label")
    ]
    """Radiation Generation Mode Label (300A,067C): Type 1, VR SH, VM 1. User-defined label that identifies this Radiation Generation Mode. See Section C.36.2.2.7.1.3."""

    RadiationGenerationModeDescription: Annotated[
        vr.ST | None,
        Attribute(0x300A067D, "ST", "1", "2", name="Radiation Generation Mode Description"),
    ]
    """Radiation Generation Mode Description (300A,067D): Type 2, VR ST, VM 1. User-defined description of the Radiation Generation Mode."""

    RadiationGenerationModeMachineCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x300A067E,
            "SQ",
            "1",
            "1C",
            name="Radiation Generation Mode Machine Code Sequence",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Radiation Generation Mode Machine Code Sequence (300A,067E): Type 1C, VR SQ, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. A vendor-specified machine-readable code that unambiguously identifies this Radiation Generation Mode. Only a single Item shall be included in this Sequence."""

    RadiationTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A067F, "SQ", "1", "1", name="Radiation Type Code Sequence"),
    ]
    """Radiation Type Code Sequence (300A,067F): Type 1, VR SQ, VM 1. Type of radiation for this Radiation Generation Mode. Only a single Item shall be included in this Sequence."""

    EnergyUnitCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0684, "SQ", "1", "1", name="Energy Unit Code Sequence"),
    ]
    """Energy Unit Code Sequence (300A,0684): Type 1, VR SQ, VM 1. The unit of energy values specified in Nominal Energy (300A,0680), Minimum Nominal Energy (300A,0681), Maximum Nominal Energy (300A,0682). Only a single Item shall be included in this Sequence."""

    NominalEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0680,
            "DS",
            "1",
            "1C",
            name="Nominal Energy",
            when=("and", ("not", ("present", 0x300A0681)), ("not", ("present", 0x300A0682))),
        ),
    ] = None
    """Nominal Energy (300A,0680): Type 1C, VR DS, VM 1. Required if Minimum Nominal Energy (300A,0681) and Maximum Nominal Energy (300A,0682) are not present. The nominal beam energy in units as defined in the Energy Unit Code Sequence (300A,0684). Required if Minimum Nominal Energy (300A,0681) and Maximum Nominal Energy (300A,0682) are not present. See Section C.36.2.2.7.1.1."""

    MinimumNominalEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0681,
            "DS",
            "1",
            "1C",
            name="Minimum Nominal Energy",
            when=("not", ("present", 0x300A0680)),
        ),
    ] = None
    """Minimum Nominal Energy (300A,0681): Type 1C, VR DS, VM 1. Required if Nominal Energy (300A,0680) is not present. The minimum nominal beam energy in units as defined in the Energy Unit Code Sequence (300A,0684). Required if Nominal Energy (300A,0680) is not present. See Section C.36.2.2.7.1.1."""

    MaximumNominalEnergy: Annotated[
        vr.DS | None,
        Attribute(
            0x300A0682,
            "DS",
            "1",
            "1C",
            name="Maximum Nominal Energy",
            when=("not", ("present", 0x300A0680)),
        ),
    ] = None
    """Maximum Nominal Energy (300A,0682): Type 1C, VR DS, VM 1. Required if Nominal Energy (300A,0680) is not present. The maximum nominal beam energy in units as defined in the Energy Unit Code Sequence (300A,0684). Required if Nominal Energy (300A,0680) is not present. See Section C.36.2.2.7.1.1."""

    RadiationFluenceModifierCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0683, "SQ", "1", "1", name="Radiation Fluence Modifier Code Sequence"),
    ]
    """Radiation Fluence Modifier Code Sequence (300A,0683): Type 1, VR SQ, VM 1. Identifies the type of fluence modifier of this Radiation Generation Mode. One or more Items shall be included in this Sequence."""

    RadiationDeviceConfigurationAndCommissioningKeySequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(
            0x300A065A,
            "SQ",
            "1",
            "2",
            name="Radiation Device Configuration and Commissioning Key Sequence",
        ),
    ]
    """Radiation Device Configuration and Commissioning Key Sequence (300A,065A): Type 2, VR SQ, VM 1. Keys identifying the configuration and commissioning data used as input for treatment planning of this Instance. Value Type (0040,A040) is constrained to value UIDREF. See Section C.36.2.2.7.1.4."""
