"""Item class MVRadiationImageAcquisitionParametersItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.radiation_generation_mode_item import (
        RadiationGenerationModeItem as _RadiationGenerationModeItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _RadiationGenerationModeItem = Lazy(
        "dicomodel.items.radiation_generation_mode_item", "RadiationGenerationModeItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EnergyDerivationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EnergyUnitCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RadiationDosimeterUnitSequenceItem,
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
    from dicomodel.items.radiation_generation_mode_item import (
        RadiationGenerationModeItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MVRadiationImageAcquisitionParametersItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class MVRadiationImageAcquisitionParametersItem(DicomModel):
    """An item of RT Image Frame MV Radiation Acquisition Sequence (3002,010B), as first defined in RT Image Frame Radiation Acquisition Parameters Macro Attributes (C.36.2.4.10-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame MV Radiation Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.10-1"

    EnergyDerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
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
        list[_RadiationGenerationModeItem] | None,
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
        list[_CodeSequenceItem] | None,
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
        list[_CodeSequenceItem] | None,
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


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryRateUnitSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyDerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "RadiationDosimeterUnitSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
        "dicomodel.items.radiation_generation_mode_item",
        "RadiationGenerationModeItem",
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
