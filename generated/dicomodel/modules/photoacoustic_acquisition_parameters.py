"""Photoacoustic Acquisition Parameters Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acoustic_coupling_medium_flag import (
        AcousticCouplingMediumFlagValue as _AcousticCouplingMediumFlagValue,
    )
    from dicomodel.enums.illumination_translation_flag import (
        IlluminationTranslationFlagValue as _IlluminationTranslationFlagValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.excitation_wavelength_sequence_item import (
        ExcitationWavelengthSequenceItem as _ExcitationWavelengthSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcousticCouplingMediumFlagValue = Lazy(
        "dicomodel.enums.acoustic_coupling_medium_flag", "AcousticCouplingMediumFlagValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ExcitationWavelengthSequenceItem = Lazy(
        "dicomodel.items.excitation_wavelength_sequence_item", "ExcitationWavelengthSequenceItem"
    )
    _IlluminationTranslationFlagValue = Lazy(
        "dicomodel.enums.illumination_translation_flag", "IlluminationTranslationFlagValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acoustic_coupling_medium_flag import (
        AcousticCouplingMediumFlag as AcousticCouplingMediumFlag,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.illumination_translation_flag import (
        IlluminationTranslationFlag as IlluminationTranslationFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcousticCouplingMediumCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as IlluminationTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.excitation_wavelength_sequence_item import (
        ExcitationWavelengthSequenceItem as ExcitationWavelengthSequenceItem,
    )

__all__ = [
    "AcousticCouplingMediumCodeSequenceItem",
    "AcousticCouplingMediumFlag",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ExcitationWavelengthSequenceItem",
    "IlluminationTranslationFlag",
    "IlluminationTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PhotoacousticAcquisitionParametersModule",
]


class PhotoacousticAcquisitionParametersModule(DicomModel):
    """Photoacoustic Acquisition Parameters Module Attributes (PS3.3 Table C.8.34.2-1)."""

    dicom_name: ClassVar[str] = "Photoacoustic Acquisition Parameters"
    dicom_table: ClassVar[str] = "table_C.8.34.2-1"

    ExcitationWavelengthSequence: Annotated[
        list[_ExcitationWavelengthSequenceItem],
        Attribute(0x00189825, "SQ", "1", "1", name="Excitation Wavelength Sequence"),
    ]
    """Excitation Wavelength Sequence (0018,9825): Type 1, VR SQ, VM 1. Optical excitation wavelength(s) applied to the target. Acquired data from all input wavelengths in this sequence is processed to create the image. The processing may be described in Reconstruction Algorithm Sequence (0018,993D)."""

    IlluminationTranslationFlag: Annotated[
        _IlluminationTranslationFlagValue | None,
        Attribute(
            0x00189828,
            "CS",
            "1",
            "3",
            name="Illumination Translation Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Illumination Translation Flag (0018,9828): Type 3, VR CS, VM 1. Whether the position of the illumination source is changed during the frame acquisition. Enumerated Values: YES NO"""

    IlluminationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00220016, "SQ", "1", "3", name="Illumination Type Code Sequence"),
    ] = None
    """Illumination Type Code Sequence (0022,0016): Type 3, VR SQ, VM 1. Type of illumination used. Only a single Item is permitted in this Sequence."""

    AcousticCouplingMediumFlag: Annotated[
        _AcousticCouplingMediumFlagValue,
        Attribute(
            0x00189829,
            "CS",
            "1",
            "1",
            name="Acoustic Coupling Medium Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Acoustic Coupling Medium Flag (0018,9829): Type 1, VR CS, VM 1. Whether an acoustic coupling medium was used. A value of NO indicates direct contact between the transducer and imaging subject. Enumerated Values: YES NO"""

    AcousticCouplingMediumCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0018982A,
            "SQ",
            "1",
            "2C",
            name="Acoustic Coupling Medium Code Sequence",
            when=("value", 0x00189829, 0, "in", ("YES",)),
        ),
    ] = None
    """Acoustic Coupling Medium Code Sequence (0018,982A): Type 2C, VR SQ, VM 1. Required if Acoustic Coupling Medium Flag (0018,9829) is YES. Acoustic coupling medium that was used. Required if Acoustic Coupling Medium Flag (0018,9829) is YES. Zero or one Item shall be included in this Sequence."""

    AcousticCouplingMediumTemperature: Annotated[
        vr.FD | None,
        Attribute(0x0018982B, "FD", "1", "3", name="Acoustic Coupling Medium Temperature"),
    ] = None
    """Acoustic Coupling Medium Temperature (0018,982B): Type 3, VR FD, VM 1. The nominal temperature of the acoustic coupling medium in degrees Celsius at the time of acquisition."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcousticCouplingMediumCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AcousticCouplingMediumFlag": (
        "dicomodel.enums.acoustic_coupling_medium_flag",
        "AcousticCouplingMediumFlag",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExcitationWavelengthSequenceItem": (
        "dicomodel.items.excitation_wavelength_sequence_item",
        "ExcitationWavelengthSequenceItem",
    ),
    "IlluminationTranslationFlag": (
        "dicomodel.enums.illumination_translation_flag",
        "IlluminationTranslationFlag",
    ),
    "IlluminationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
