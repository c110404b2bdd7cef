"""Item class RadiationGenerationModeItem.

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
else:
    from dicomodel.lazy import Lazy

    _RadiationGenerationModeSequenceItem = Lazy(
        "dicomodel.items.radiation_generation_mode_sequence_item",
        "RadiationGenerationModeSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class RadiationGenerationModeItem(DicomModel):
    """An item of Radiation Generation Mode Sequence (300A,067B), as first defined in MV Radiation Image Acquisition Parameters Macro Attributes (C.36.2.4.7-1)."""

    dicom_name: ClassVar[str] = "Radiation Generation Mode Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.7-1"

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
