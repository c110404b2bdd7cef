"""C-Arm Photon-Electron Delivery Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.block_definition_sequence_item import (
        BlockDefinitionSequenceItem as _BlockDefinitionSequenceItem,
    )
    from dicomodel.items.bolus_definition_sequence_item import (
        BolusDefinitionSequenceItem as _BolusDefinitionSequenceItem,
    )
    from dicomodel.items.compensator_definition_sequence_item import (
        CompensatorDefinitionSequenceItem as _CompensatorDefinitionSequenceItem,
    )
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as _GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.radiation_generation_mode_sequence_item import (
        RadiationGenerationModeSequenceItem as _RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as _RTAccessoryHolderDefinitionSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.wedge_definition_sequence_item import (
        WedgeDefinitionSequenceItem as _WedgeDefinitionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlockDefinitionSequenceItem = Lazy(
        "dicomodel.items.block_definition_sequence_item", "BlockDefinitionSequenceItem"
    )
    _BolusDefinitionSequenceItem = Lazy(
        "dicomodel.items.bolus_definition_sequence_item", "BolusDefinitionSequenceItem"
    )
    _CompensatorDefinitionSequenceItem = Lazy(
        "dicomodel.items.compensator_definition_sequence_item", "CompensatorDefinitionSequenceItem"
    )
    _GeneralAccessoryDefinitionSequenceItem = Lazy(
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    )
    _RTAccessoryHolderDefinitionSequenceItem = Lazy(
        "dicomodel.items.rt_accessory_holder_definition_sequence_item",
        "RTAccessoryHolderDefinitionSequenceItem",
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RadiationGenerationModeSequenceItem = Lazy(
        "dicomodel.items.radiation_generation_mode_sequence_item",
        "RadiationGenerationModeSequenceItem",
    )
    _WedgeDefinitionSequenceItem = Lazy(
        "dicomodel.items.wedge_definition_sequence_item", "WedgeDefinitionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_orientation import BlockOrientation as BlockOrientation
    from dicomodel.enums.compensator_divergence import (
        CompensatorDivergence as CompensatorDivergence,
    )
    from dicomodel.enums.compensator_map_orientation import (
        CompensatorMapOrientation as CompensatorMapOrientation,
    )
    from dicomodel.enums.conceptual_volume_combination_flag import (
        ConceptualVolumeCombinationFlag as ConceptualVolumeCombinationFlag,
    )
    from dicomodel.enums.conceptual_volume_segmentation_defined_flag import (
        ConceptualVolumeSegmentationDefinedFlag as ConceptualVolumeSegmentationDefinedFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.rt_accessory_holder_slot_existence_flag import (
        RTAccessoryHolderSlotExistenceFlag as RTAccessoryHolderSlotExistenceFlag,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as ConceptualVolumeDerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.block_definition_sequence_item import (
        BlockDefinitionSequenceItem as BlockDefinitionSequenceItem,
    )
    from dicomodel.items.block_edge_data_sequence_item import (
        BlockEdgeDataSequenceItem as BlockEdgeDataSequenceItem,
    )
    from dicomodel.items.block_slab_sequence_item import (
        BlockSlabSequenceItem as BlockSlabSequenceItem,
    )
    from dicomodel.items.bolus_definition_sequence_item import (
        BolusDefinitionSequenceItem as BolusDefinitionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CompensatorShapeFabricationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationFluenceModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationGenerationModeMachineCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RadiationTypeCodeSequenceItem
    from dicomodel.items.compensator_definition_sequence_item import (
        CompensatorDefinitionSequenceItem as CompensatorDefinitionSequenceItem,
    )
    from dicomodel.items.compensator_shape_sequence_item import (
        CompensatorShapeSequenceItem as CompensatorShapeSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.conceptual_volume_constituent_sequence_item import (
        ConceptualVolumeConstituentSequenceItem as ConceptualVolumeConstituentSequenceItem,
    )
    from dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item import (
        ConceptualVolumeSegmentationReferenceAndCombinationItem as ConceptualVolumeSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.derivation_conceptual_volume_sequence_item import (
        DerivationConceptualVolumeSequenceItem as DerivationConceptualVolumeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.equivalent_conceptual_volumes_sequence_item import (
        EquivalentConceptualVolumesSequenceItem as EquivalentConceptualVolumesSequenceItem,
    )
    from dicomodel.items.general_accessory_definition_sequence_item import (
        GeneralAccessoryDefinitionSequenceItem as GeneralAccessoryDefinitionSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.radiation_generation_mode_sequence_item import (
        RadiationGenerationModeSequenceItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_definition_sequence_item import (
        RTAccessoryHolderDefinitionSequenceItem as RTAccessoryHolderDefinitionSequenceItem,
    )
    from dicomodel.items.rt_accessory_holder_slot_sequence_item import (
        RTAccessoryHolderSlotSequenceItem as RTAccessoryHolderSlotSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as RTBeamLimitingDeviceDefinitionSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as EquivalentConceptualVolumeInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )
    from dicomodel.items.source_conceptual_volume_sequence_item import (
        SourceConceptualVolumeSequenceItem as SourceConceptualVolumeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.wedge_definition_sequence_item import (
        WedgeDefinitionSequenceItem as WedgeDefinitionSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BlockDefinitionSequenceItem",
    "BlockDivergence",
    "BlockEdgeDataSequenceItem",
    "BlockOrientation",
    "BlockSlabSequenceItem",
    "BolusDefinitionSequenceItem",
    "CArmPhotonElectronDeliveryDeviceModule",
    "CompensatorDefinitionSequenceItem",
    "CompensatorDivergence",
    "CompensatorMapOrientation",
    "CompensatorShapeFabricationCodeSequenceItem",
    "CompensatorShapeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ConceptualVolumeCombinationFlag",
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "ConceptualVolumeDerivationAlgorithmSequenceItem",
    "ConceptualVolumeSegmentationDefinedFlag",
    "ConceptualVolumeSegmentationReferenceSequenceItem",
    "ConceptualVolumeSequenceItem",
    "ContextGroupExtensionFlag",
    "DerivationConceptualVolumeSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem",
    "EquivalentConceptualVolumesSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "GeneralAccessoryDefinitionSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "RTAccessoryHolderDefinitionSequenceItem",
    "RTAccessoryHolderSlotExistenceFlag",
    "RTAccessoryHolderSlotSequenceItem",
    "RTBeamLimitingDeviceDefinitionSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "SourceConceptualVolumeSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "WedgeDefinitionSequenceItem",
]


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
        list[_RadiationGenerationModeSequenceItem] | None,
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
        list[_RTBeamLimitingDeviceDefinitionItem] | None,
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
        list[_WedgeDefinitionSequenceItem] | None,
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
        list[_CompensatorDefinitionSequenceItem] | None,
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
        list[_BlockDefinitionSequenceItem] | None,
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
        list[_RTAccessoryHolderDefinitionSequenceItem] | None,
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
        list[_GeneralAccessoryDefinitionSequenceItem] | None,
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
        list[_BolusDefinitionSequenceItem] | None,
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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BlockDefinitionSequenceItem": (
        "dicomodel.items.block_definition_sequence_item",
        "BlockDefinitionSequenceItem",
    ),
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockEdgeDataSequenceItem": (
        "dicomodel.items.block_edge_data_sequence_item",
        "BlockEdgeDataSequenceItem",
    ),
    "BlockOrientation": ("dicomodel.enums.block_orientation", "BlockOrientation"),
    "BlockSlabSequenceItem": ("dicomodel.items.block_slab_sequence_item", "BlockSlabSequenceItem"),
    "BolusDefinitionSequenceItem": (
        "dicomodel.items.bolus_definition_sequence_item",
        "BolusDefinitionSequenceItem",
    ),
    "CompensatorDefinitionSequenceItem": (
        "dicomodel.items.compensator_definition_sequence_item",
        "CompensatorDefinitionSequenceItem",
    ),
    "CompensatorDivergence": ("dicomodel.enums.compensator_divergence", "CompensatorDivergence"),
    "CompensatorMapOrientation": (
        "dicomodel.enums.compensator_map_orientation",
        "CompensatorMapOrientation",
    ),
    "CompensatorShapeFabricationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "CompensatorShapeSequenceItem": (
        "dicomodel.items.compensator_shape_sequence_item",
        "CompensatorShapeSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptualVolumeCombinationFlag": (
        "dicomodel.enums.conceptual_volume_combination_flag",
        "ConceptualVolumeCombinationFlag",
    ),
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeConstituentSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_sequence_item",
        "ConceptualVolumeConstituentSequenceItem",
    ),
    "ConceptualVolumeDerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "ConceptualVolumeSegmentationDefinedFlag": (
        "dicomodel.enums.conceptual_volume_segmentation_defined_flag",
        "ConceptualVolumeSegmentationDefinedFlag",
    ),
    "ConceptualVolumeSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "ConceptualVolumeSequenceItem": (
        "dicomodel.items.conceptual_volume_segmentation_reference_and_combination_item",
        "ConceptualVolumeSegmentationReferenceAndCombinationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationConceptualVolumeSequenceItem": (
        "dicomodel.items.derivation_conceptual_volume_sequence_item",
        "DerivationConceptualVolumeSequenceItem",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyUnitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EquivalentConceptualVolumeInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "EquivalentConceptualVolumesSequenceItem": (
        "dicomodel.items.equivalent_conceptual_volumes_sequence_item",
        "EquivalentConceptualVolumesSequenceItem",
    ),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "GeneralAccessoryDefinitionSequenceItem": (
        "dicomodel.items.general_accessory_definition_sequence_item",
        "GeneralAccessoryDefinitionSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParallelRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item",
        "ParallelRTBeamDelimiterDeviceSequenceItem",
    ),
    "ParallelRTBeamDelimiterOpeningMode": (
        "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
        "ParallelRTBeamDelimiterOpeningMode",
    ),
    "RTAccessoryHolderDefinitionSequenceItem": (
        "dicomodel.items.rt_accessory_holder_definition_sequence_item",
        "RTAccessoryHolderDefinitionSequenceItem",
    ),
    "RTAccessoryHolderSlotExistenceFlag": (
        "dicomodel.enums.rt_accessory_holder_slot_existence_flag",
        "RTAccessoryHolderSlotExistenceFlag",
    ),
    "RTAccessoryHolderSlotSequenceItem": (
        "dicomodel.items.rt_accessory_holder_slot_sequence_item",
        "RTAccessoryHolderSlotSequenceItem",
    ),
    "RTBeamLimitingDeviceDefinitionSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    ),
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem": (
        "dicomodel.items.content_item",
        "ContentItem",
    ),
    "RadiationFluenceModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeMachineCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RadiationGenerationModeSequenceItem": (
        "dicomodel.items.radiation_generation_mode_sequence_item",
        "RadiationGenerationModeSequenceItem",
    ),
    "RadiationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SourceConceptualVolumeSequenceItem": (
        "dicomodel.items.source_conceptual_volume_sequence_item",
        "SourceConceptualVolumeSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "WedgeDefinitionSequenceItem": (
        "dicomodel.items.wedge_definition_sequence_item",
        "WedgeDefinitionSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
