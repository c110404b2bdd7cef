"""Item class RTImageFrameRadiationAcquisitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as _KVRadiationImageAcquisitionParametersItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as _MVRadiationImageAcquisitionParametersItem,
    )
else:
    from dicomodel.lazy import Lazy

    _KVRadiationImageAcquisitionParametersItem = Lazy(
        "dicomodel.items.kv_radiation_image_acquisition_parameters_item",
        "KVRadiationImageAcquisitionParametersItem",
    )
    _MVRadiationImageAcquisitionParametersItem = Lazy(
        "dicomodel.items.mv_radiation_image_acquisition_parameters_item",
        "MVRadiationImageAcquisitionParametersItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.radiation_mode import RadiationMode as RadiationMode
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeliveryRateUnitSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
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
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as XRayFilterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.kv_radiation_image_acquisition_parameters_item import (
        KVRadiationImageAcquisitionParametersItem as RTImageFramekVRadiationAcquisitionSequenceItem,
    )
    from dicomodel.items.mv_radiation_image_acquisition_parameters_item import (
        MVRadiationImageAcquisitionParametersItem as RTImageFrameMVRadiationAcquisitionSequenceItem,
    )
    from dicomodel.items.radiation_generation_mode_item import (
        RadiationGenerationModeItem as RadiationGenerationModeSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DeliveryRateUnitSequenceItem",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EnergyUnitCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "RTImageFrameMVRadiationAcquisitionSequenceItem",
    "RTImageFrameRadiationAcquisitionSequenceItem",
    "RTImageFramekVRadiationAcquisitionSequenceItem",
    "RadiationDeviceConfigurationAndCommissioningKeySequenceItem",
    "RadiationDosimeterUnitSequenceItem",
    "RadiationFluenceModifierCodeSequenceItem",
    "RadiationGenerationModeMachineCodeSequenceItem",
    "RadiationGenerationModeSequenceItem",
    "RadiationMode",
    "RadiationTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "XRayFilterSequenceItem",
]


class RTImageFrameRadiationAcquisitionSequenceItem(DicomModel):
    """An item of RT Image Frame Radiation Acquisition Sequence (3002,010C), as first defined in RT Image Frame Radiation Acquisition Parameters Macro Attributes (C.36.2.4.10-1)."""

    dicom_name: ClassVar[str] = "RT Image Frame Radiation Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.4.10-1"

    RTImageFramekVRadiationAcquisitionSequence: Annotated[
        list[_KVRadiationImageAcquisitionParametersItem] | None,
        Attribute(
            0x3002010A,
            "SQ",
            "1",
            "1C",
            name="RT Image Frame kV Radiation Acquisition Sequence",
            when=("not", ("present", 0x3002010B)),
        ),
    ] = None
    """RT Image Frame kV Radiation Acquisition Sequence (3002,010A): Type 1C, VR SQ, VM 1. Required if RT Image Frame MV Radiation Acquisition Sequence (3002,010B) is not present. The kV photon acquisition parameters of the frame. Required if RT Image Frame MV Radiation Acquisition Sequence (3002,010B) is not present. Only a single Item shall be included in this Sequence."""

    RTImageFrameMVRadiationAcquisitionSequence: Annotated[
        list[_MVRadiationImageAcquisitionParametersItem] | None,
        Attribute(
            0x3002010B,
            "SQ",
            "1",
            "1C",
            name="RT Image Frame MV Radiation Acquisition Sequence",
            when=("not", ("present", 0x3002010A)),
        ),
    ] = None
    """RT Image Frame MV Radiation Acquisition Sequence (3002,010B): Type 1C, VR SQ, VM 1. Required if RT Image Frame kV Radiation Acquisition Sequence (3002,010A) is not present. The MV photon or particle acquisition parameters of the frame. Required if RT Image Frame kV Radiation Acquisition Sequence (3002,010A) is not present. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeliveryRateUnitSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyDerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyUnitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RTImageFrameMVRadiationAcquisitionSequenceItem": (
        "dicomodel.items.mv_radiation_image_acquisition_parameters_item",
        "MVRadiationImageAcquisitionParametersItem",
    ),
    "RTImageFramekVRadiationAcquisitionSequenceItem": (
        "dicomodel.items.kv_radiation_image_acquisition_parameters_item",
        "KVRadiationImageAcquisitionParametersItem",
    ),
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
    "RadiationMode": ("dicomodel.enums.radiation_mode", "RadiationMode"),
    "RadiationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "XRayFilterSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
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
