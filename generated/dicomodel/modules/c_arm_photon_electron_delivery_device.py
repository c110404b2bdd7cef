"""C-Arm Photon-Electron Delivery Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.block_definition_sequence_item import BlockDefinitionSequenceItem
from dicomodel.items.bolus_definition_sequence_item import BolusDefinitionSequenceItem
from dicomodel.items.compensator_definition_sequence_item import CompensatorDefinitionSequenceItem
from dicomodel.items.general_accessory_definition_sequence_item import (
    GeneralAccessoryDefinitionSequenceItem,
)
from dicomodel.items.radiation_generation_mode_sequence_item import (
    RadiationGenerationModeSequenceItem,
)
from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
    RTAccessoryHolderDefinitionSequenceItem,
)
from dicomodel.items.rt_beam_limiting_device_definition_sequence_item import (
    RTBeamLimitingDeviceDefinitionSequenceItem,
)
from dicomodel.items.wedge_definition_sequence_item import WedgeDefinitionSequenceItem
from dicomodel.model import Attribute, DicomModel


class CArmPhotonElectronDeliveryDeviceModule(DicomModel):
    """C-Arm Photon-Electron Delivery Device Module Attributes (PS3.3 Table C.36.14-1)."""

    dicom_name: ClassVar[str] = "C-Arm Photon-Electron Delivery Device"
    dicom_table: ClassVar[str] = "table_C.36.14-1"

    RadiationSourceAxisDistance: Annotated[
        vr.FD, Attribute(0x300A0640, "FD", "1", "1", name="Radiation Source-Axis Distance")
    ]
    """Radiation Source-Axis Distance (300A,0640): Type 1, VR FD, VM 1. Distance in mm from the nominal Radiation Source location to the gantry rotation axis."""

    NumberOfRadiationGenerationModes: Annotated[
        vr.US | None,
        Attribute(
            0x300A0685,
            "US",
            "1",
            "1C",
            name="Number of Radiation Generation Modes",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Radiation Generation Modes (300A,0685): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Radiation Generation Modes defined in the Radiation Generation Mode Sequence (300A,067B). The Number shall be greater than zero. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL."""

    RadiationGenerationModeSequence: Annotated[
        list[RadiationGenerationModeSequenceItem] | None,
        Attribute(
            0x300A067B,
            "SQ",
            "1",
            "1C",
            name="Radiation Generation Mode Sequence",
            when=("present", 0x300A0685),
        ),
    ] = None
    """Radiation Generation Mode Sequence (300A,067B): Type 1C, VR SQ, VM 1. Required if Number of Radiation Generation Modes (300A,0685) is present. Radiation Generation Modes defining the type of radiation and characteristics of the beam generated. Radiation Generation Modes shall characterize different primary beam fluence."""

    NumberOfRTBeamLimitingDevices: Annotated[
        vr.US | None,
        Attribute(
            0x300A0641,
            "US",
            "1",
            "1C",
            name="Number of RT Beam Limiting Devices",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Beam Limiting Devices (300A,0641): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Beam Limiting Devices in the RT Beam Limiting Device Definition Sequence (300A,064D). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTBeamLimitingDeviceDefinitionSequence: Annotated[
        list[RTBeamLimitingDeviceDefinitionSequenceItem] | None,
        Attribute(
            0x300A064D,
            "SQ",
            "1",
            "1C",
            name="RT Beam Limiting Device Definition Sequence",
            when=("and", ("present", 0x300A0641), ("compare", 0x300A0641, 1, "!=", 0)),
        ),
    ] = None
    """RT Beam Limiting Device Definition Sequence (300A,064D): Type 1C, VR SQ, VM 1. Required if Number of RT Beam Limiting Devices (300A,0641) is present and has a non-zero value. Beam limiting device (collimator), such as jaw or leaf (element) sets. The number of Items included in this Sequence shall equal the value of Number of RT Beam Limiting Devices (300A,0641)."""

    NumberOfWedges: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00D0,
            "IS",
            "1",
            "1C",
            name="Number of Wedges",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Wedges (300A,00D0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Wedges defined in the Wedge Definition Sequence (300A,0651). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    WedgeDefinitionSequence: Annotated[
        list[WedgeDefinitionSequenceItem] | None,
        Attribute(
            0x300A0651,
            "SQ",
            "1",
            "1C",
            name="Wedge Definition Sequence",
            when=("and", ("present", 0x300A00D0), ("compare", 0x300A00D0, 1, "!=", 0)),
        ),
    ] = None
    """Wedge Definition Sequence (300A,0651): Type 1C, VR SQ, VM 1. Required if Number of Wedges (300A,00D0) is present and has a non-zero value. Treatment wedge definitions. Required if Number of Wedges (300A,00D0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Wedges(300A,00D0)."""

    NumberOfCompensators: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00E0,
            "IS",
            "1",
            "1C",
            name="Number of Compensators",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Compensators (300A,00E0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of Compensators defined in the Compensator Definition Sequence (300A,0662). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    CompensatorDefinitionSequence: Annotated[
        list[CompensatorDefinitionSequenceItem] | None,
        Attribute(
            0x300A0662,
            "SQ",
            "1",
            "1C",
            name="Compensator Definition Sequence",
            when=("and", ("present", 0x300A00E0), ("compare", 0x300A00E0, 1, "!=", 0)),
        ),
    ] = None
    """Compensator Definition Sequence (300A,0662): Type 1C, VR SQ, VM 1. Required if Number of Compensators (300A,00E0) is present and has a non-zero value. Treatment compensator definitions. Required if Number of Compensators (300A,00E0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Compensators (300A,00E0)."""

    NumberOfBlocks: Annotated[
        vr.IS | None,
        Attribute(
            0x300A00F0,
            "IS",
            "1",
            "1C",
            name="Number of Blocks",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Blocks (300A,00F0): Type 1C, VR IS, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) is FULL. May be present otherwise. Number of Blocks defined in the Block Definition Sequence (300A,066A). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) is FULL. May be present otherwise."""

    BlockDefinitionSequence: Annotated[
        list[BlockDefinitionSequenceItem] | None,
        Attribute(
            0x300A066A,
            "SQ",
            "1",
            "1C",
            name="Block Definition Sequence",
            when=("and", ("present", 0x300A00F0), ("compare", 0x300A00F0, 1, "!=", 0)),
        ),
    ] = None
    """Block Definition Sequence (300A,066A): Type 1C, VR SQ, VM 1. Required if Number of Blocks (300A,00F0) is present and has a non-zero value. Block definitions. Required if Number of Blocks (300A,00F0) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Blocks (300A,00F0)."""

    NumberOfRTAccessoryHolders: Annotated[
        vr.US | None,
        Attribute(
            0x300A0670,
            "US",
            "1",
            "1C",
            name="Number of RT Accessory Holders",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of RT Accessory Holders (300A,0670): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of RT Accessory Holders defined in the RT Accessory Holder Definition Sequence (300A,0614). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    RTAccessoryHolderDefinitionSequence: Annotated[
        list[RTAccessoryHolderDefinitionSequenceItem] | None,
        Attribute(
            0x300A0614,
            "SQ",
            "1",
            "1C",
            name="RT Accessory Holder Definition Sequence",
            when=("and", ("present", 0x300A0670), ("compare", 0x300A0670, 1, "!=", 0)),
        ),
    ] = None
    """RT Accessory Holder Definition Sequence (300A,0614): Type 1C, VR SQ, VM 1. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value. Accessory Holder device definitions. Required if Number of RT Accessory Holders (300A,0670) is present and has a non-zero value."""

    NumberOfGeneralAccessories: Annotated[
        vr.US | None,
        Attribute(
            0x300A0672,
            "US",
            "1",
            "1C",
            name="Number of General Accessories",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of General Accessories (300A,0672): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of General Accessories defined in the General Accessory Definition Sequence (300A,0671). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    GeneralAccessoryDefinitionSequence: Annotated[
        list[GeneralAccessoryDefinitionSequenceItem] | None,
        Attribute(
            0x300A0671,
            "SQ",
            "1",
            "1C",
            name="General Accessory Definition Sequence",
            when=("and", ("present", 0x300A0672), ("compare", 0x300A0672, 1, "!=", 0)),
        ),
    ] = None
    """General Accessory Definition Sequence (300A,0671): Type 1C, VR SQ, VM 1. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. General accessory devices. Required if the Number of General Accessories (300A,0672) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of General Accessories (300A,0672)."""

    NumberOfBoluses: Annotated[
        vr.US | None,
        Attribute(
            0x300A0674,
            "US",
            "1",
            "1C",
            name="Number of Boluses",
            when=("value", 0x300A0638, 0, "in", ("FULL",)),
            otherwise="may",
        ),
    ] = None
    """Number of Boluses (300A,0674): Type 1C, VR US, VM 1. Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise. Number of boluses defined in the Bolus Definition Sequence (300A,0673). Required if RT Radiation Physical and Geometric Content Detail Flag (300A,0638) equals FULL. May be present otherwise."""

    BolusDefinitionSequence: Annotated[
        list[BolusDefinitionSequenceItem] | None,
        Attribute(
            0x300A0673,
            "SQ",
            "1",
            "1C",
            name="Bolus Definition Sequence",
            when=("and", ("present", 0x300A0674), ("compare", 0x300A0674, 1, "!=", 0)),
        ),
    ] = None
    """Bolus Definition Sequence (300A,0673): Type 1C, VR SQ, VM 1. Required if Number of Boluses (300A,0674) is present and has a non-zero value. Bolus device definitions. Required if Number of Boluses (300A,0674) is present and has a non-zero value. The number of Items included in this Sequence shall equal the value of Number of Boluses (300A,0674)."""
