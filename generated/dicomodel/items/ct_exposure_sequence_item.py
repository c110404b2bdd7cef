"""Item class CTExposureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CTDIPhantomTypeCodeSequenceItem",
    "CTExposureSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]


class CTExposureSequenceItem(DicomModel):
    """An item of CT Exposure Sequence (0018,9321), as first defined in CT Exposure Macro Attributes (C.8-124)."""

    dicom_name: ClassVar[str] = "CT Exposure Sequence"
    dicom_table: ClassVar[str] = "table_C.8-124"

    ReferencedXRaySourceIndex: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189377,
            "US",
            "1-n",
            "1C",
            name="Referenced X-Ray Source Index",
            when=("value", 0x00189361, 0, "in", ("YES",)),
        ),
    ] = None
    """Referenced X-Ray Source Index (0018,9377): Type 1C, VR US, VM 1-n. Required if Multi-energy CT Acquisition (0018,9361) is YES. References the X-Ray Source Index (0018,9366) in the Multi-energy CT Source Sequence (0018,9365) for which exposure details are specified here."""

    ExposureTimeInms: Annotated[
        vr.FD | None,
        Attribute(
            0x00189328,
            "FD",
            "1",
            "1C",
            name="Exposure Time in ms",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                (
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                    ("value", 0x00189361, 0, "in", ("YES",)),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Exposure Time in ms (0018,9328): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL, or if Image Type (0008,0008) Value 1 is ORIGINAL and Multi-energy CT Acquisition (0018,9361) is YES. May be present otherwise. Duration of exposure for this frame in milliseconds. If Acquisition Type (0018,9302) equals SPIRAL the duration of the exposure time for this frame shall be Revolution Time (0018,9305) divided by the Spiral Pitch Factor (0018,9311)."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Nominal X-Ray tube current in milliamperes. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise."""

    ExposureInmAs: Annotated[
        vr.FD | None,
        Attribute(
            0x00189332,
            "FD",
            "1",
            "1C",
            name="Exposure in mAs",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Exposure in mAs (0018,9332): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The exposure expressed in milliampere seconds, for example calculated from exposure time and X-Ray tube current. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL."""

    ExposureModulationType: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00189323,
            "CS",
            "1-n",
            "1C",
            name="Exposure Modulation Type",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Exposure Modulation Type (0018,9323): Type 1C, VR CS, VM 1-n. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. A label describing the type of exposure modulation used for the purpose of limiting the dose. Defined Terms: NONE Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL."""

    CTDIvol: Annotated[
        vr.FD | None,
        Attribute(
            0x00189345,
            "FD",
            "1",
            "2C",
            name="CTDIvol",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """CTDIvol (0018,9345): Type 2C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Computed Tomography Dose Index (CTDIvol), in mGy according to [IEC 60601-2-44]. The CTDIvol describes the average dose for this frame for the selected CT conditions of operation."""

    CTDIPhantomTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189346, "SQ", "1", "3", name="CTDI Phantom Type Code Sequence"),
    ] = None
    """CTDI Phantom Type Code Sequence (0018,9346): Type 3, VR SQ, VM 1. The type of phantom used for CTDI measurement according to [IEC 60601-2-44]. Only a single Item is permitted in this Sequence."""

    WaterEquivalentDiameter: Annotated[
        vr.FD | None, Attribute(0x00181271, "FD", "1", "3", name="Water Equivalent Diameter")
    ] = None
    """Water Equivalent Diameter (0018,1271): Type 3, VR FD, VM 1. The diameter, in mm, of a cylinder of water having the same X-Ray attenuation as the patient for this reconstructed slice (e.g., as described in [AAPM Report 220])."""

    WaterEquivalentDiameterCalculationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00181272,
            "SQ",
            "1",
            "1C",
            name="Water Equivalent Diameter Calculation Method Code Sequence",
            when=("present", 0x00181271),
        ),
    ] = None
    """Water Equivalent Diameter Calculation Method Code Sequence (0018,1272): Type 1C, VR SQ, VM 1. Required if Water Equivalent Diameter (0018,1271) is present. The method of calculation of Water Equivalent Diameter (0018,1271). Required if Water Equivalent Diameter (0018,1271) is present. Only a single Item is permitted in this Sequence."""

    ImageAndFluoroscopyAreaDoseProduct: Annotated[
        vr.DS | None,
        Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
    ] = None
    """Image and Fluoroscopy Area Dose Product (0018,115E): Type 3, VR DS, VM 1. X-Ray dose, measured in dGy*cm*cm, to which the patient was exposed for the acquisition of the entire Irradiation Event from which this image and frame was reconstructed."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
