"""Tomotherapeutic Delivery Device Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.radiation_generation_mode_sequence_item import (
        RadiationGenerationModeSequenceItem as _RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RadiationGenerationModeSequenceItem = Lazy(
        "dicomodel.items.radiation_generation_mode_sequence_item",
        "RadiationGenerationModeSequenceItem",
    )

if TYPE_CHECKING:
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
    from dicomodel.enums.value_type import ValueType as ValueType
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
    from dicomodel.items.content_item import (
        ContentItem as RadiationDeviceConfigurationAndCommissioningKeySequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
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
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as RTBeamLimitingDeviceDefinitionSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "RTBeamLimitingDeviceDefinitionSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "TomotherapeuticDeliveryDeviceModule",
    "UDISequenceItem",
    "ValueType",
]


class TomotherapeuticDeliveryDeviceModule(DicomModel):
    """Tomotherapeutic Delivery Device Module Attributes (PS3.3 Table C.36.16-1)."""

    dicom_name: ClassVar[str] = "Tomotherapeutic Delivery Device"
    dicom_table: ClassVar[str] = "table_C.36.16-1"

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
