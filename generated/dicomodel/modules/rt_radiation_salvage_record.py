"""RT Radiation Salvage Record Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import ConfigDict

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.starting_meterset_value_known_flag import (
        StartingMetersetValueKnownFlagValue as _StartingMetersetValueKnownFlagValue,
    )
    from dicomodel.items.radiation_generation_mode_sequence_item import (
        RadiationGenerationModeSequenceItem as _RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item import (
        RTRadiationSalvageRecordControlPointSequenceItem as _RTRadiationSalvageRecordControlPointSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTRadiationSalvageRecordControlPointSequenceItem = Lazy(
        "dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item",
        "RTRadiationSalvageRecordControlPointSequenceItem",
    )
    _RadiationGenerationModeSequenceItem = Lazy(
        "dicomodel.items.radiation_generation_mode_sequence_item",
        "RadiationGenerationModeSequenceItem",
    )
    _StartingMetersetValueKnownFlagValue = Lazy(
        "dicomodel.enums.starting_meterset_value_known_flag", "StartingMetersetValueKnownFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.starting_meterset_value_known_flag import (
        StartingMetersetValueKnownFlag as StartingMetersetValueKnownFlag,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
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
    from dicomodel.items.radiation_generation_mode_sequence_item import (
        RadiationGenerationModeSequenceItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item import (
        RTRadiationSalvageRecordControlPointSequenceItem as RTRadiationSalvageRecordControlPointSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTRadiationSalvageRecordControlPointSequenceItem",
    "RTRadiationSalvageRecordModule",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "StartingMetersetValueKnownFlag",
    "ValueType",
]


class RTRadiationSalvageRecordModule(DicomModel):
    """RT Radiation Salvage Record Module Attributes (PS3.3 Table C.36.23-1)."""

    model_config = ConfigDict(extra="allow")
    dicom_name: ClassVar[str] = "RT Radiation Salvage Record"
    dicom_table: ClassVar[str] = "table_C.36.23-1"

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

    StartingMetersetValueKnownFlag: Annotated[
        _StartingMetersetValueKnownFlagValue,
        Attribute(
            0x300A0723,
            "CS",
            "1",
            "1",
            name="Starting Meterset Value Known Flag",
            enumerated=((0, ("NO", "YES")),),
        ),
    ]
    """Starting Meterset Value Known Flag (300A,0723): Type 1, VR CS, VM 1. Whether it is known that the value of the Cumulative Meterset at the first recorded RT Control Point represents the actual value at the start of the treatment delivery."""

    NumberOfRTControlPoints: Annotated[
        vr.US, Attribute(0x300A0604, "US", "1", "1", name="Number of RT Control Points")
    ]
    """Number of RT Control Points (300A,0604): Type 1, VR US, VM 1. Number of RT Control Points in the RT Radiation Salvage Record Control Point Sequence (300A,0722). The value shall be equal to or greater than 2."""

    RTRadiationSalvageRecordControlPointSequence: Annotated[
        list[_RTRadiationSalvageRecordControlPointSequenceItem],
        Attribute(
            0x300A0722, "SQ", "1", "1", name="RT Radiation Salvage Record Control Point Sequence"
        ),
    ]
    """RT Radiation Salvage Record Control Point Sequence (300A,0722): Type 1, VR SQ, VM 1. Control Points used to record the beam delivery. The number of Items included in this Sequence shall equal the value of Number of RT Control Points (300A,0604)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EnergyUnitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RTRadiationSalvageRecordControlPointSequenceItem": (
        "dicomodel.items.rt_radiation_salvage_record_control_point_sequence_item",
        "RTRadiationSalvageRecordControlPointSequenceItem",
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
    "StartingMetersetValueKnownFlag": (
        "dicomodel.enums.starting_meterset_value_known_flag",
        "StartingMetersetValueKnownFlag",
    ),
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
