"""KV Radiation Image Acquisition Parameters Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.radiation_mode import RadiationModeValue as _RadiationModeValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as _DeviceIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeviceIdentificationItem = Lazy(
        "dicomodel.items.device_identification_item", "DeviceIdentificationItem"
    )
    _RadiationModeValue = Lazy("dicomodel.enums.radiation_mode", "RadiationModeValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.radiation_mode import RadiationMode as RadiationMode
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as EnergyDerivationCodeSequenceItem,
    )
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as XRayFilterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnergyDerivationCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "KVRadiationImageAcquisitionParametersMacro",
    "MappingResourceTerm",
    "RadiationMode",
    "UDISequenceItem",
    "XRayFilterSequenceItem",
]


class KVRadiationImageAcquisitionParametersMacro(DicomModel):
    """KV Radiation Image Acquisition Parameters Macro Attributes (PS3.3 Table C.36.2.4.6-1)."""

    dicom_name: ClassVar[str] = "KV Radiation Image Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.36.2.4.6-1"

    EnergyDerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x30020133,
            "SQ",
            "1",
            "1C",
            name="Energy Derivation Code Sequence",
            when=("not", ("present", 0x00180060)),
        ),
    ] = None
    """Energy Derivation Code Sequence (3002,0133): Type 1C, VR SQ, VM 1. Required if KVP (0018,0060) is not present. How the value of imaging energy is derived from the device configuration. Required if KVP (0018,0060) is not present. Only a single Item shall be included in this Sequence. See Section C.36.2.4.6.1.1."""

    KVP: Annotated[
        vr.DS | None,
        Attribute(0x00180060, "DS", "1", "2C", name="KVP", when=("not", ("present", 0x30020133))),
    ] = None
    """KVP (0018,0060): Type 2C, VR DS, VM 1. Required if Imaging Energy Derivation Code Sequence (3002,0133) is not present. Peak kilo voltage of the X-Ray generator used to acquire the image. Required if Imaging Energy Derivation Code Sequence (3002,0133) is not present. See Section C.36.2.4.6.1.1."""

    XRayTubeCurrentInuA: Annotated[
        vr.DS | None, Attribute(0x00188151, "DS", "1", "3", name="X-Ray Tube Current in µA")
    ] = None
    """X-Ray Tube Current in µA (0018,8151): Type 3, VR DS, VM 1. X-Ray Tube Current in µA."""

    ExposureTimeInuS: Annotated[
        vr.DS | None, Attribute(0x00188150, "DS", "1", "3", name="Exposure Time in µS")
    ] = None
    """Exposure Time in µS (0018,8150): Type 3, VR DS, VM 1. Duration of X-Ray exposure in µsec."""

    AveragePulseWidth: Annotated[
        vr.DS | None, Attribute(0x00181154, "DS", "1", "3", name="Average Pulse Width")
    ] = None
    """Average Pulse Width (0018,1154): Type 3, VR DS, VM 1. Average width of X-Ray pulse in msec."""

    RadiationMode: Annotated[
        _RadiationModeValue | None,
        Attribute(
            0x0018115A,
            "CS",
            "1",
            "3",
            name="Radiation Mode",
            enumerated=((0, ("CONTINUOUS", "PULSED")),),
        ),
    ] = None
    """Radiation Mode (0018,115A): Type 3, VR CS, VM 1. Specifies X-Ray radiation mode. Enumerated Values: CONTINUOUS PULSED"""

    XRayFilterSequence: Annotated[
        list[_DeviceIdentificationItem] | None,
        Attribute(0x00189556, "SQ", "1", "3", name="X-Ray Filter Sequence"),
    ] = None
    """X-Ray Filter Sequence (0018,9556): Type 3, VR SQ, VM 1. Image filter inserted into the X-Ray beam. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnergyDerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "RadiationMode": ("dicomodel.enums.radiation_mode", "RadiationMode"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
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
