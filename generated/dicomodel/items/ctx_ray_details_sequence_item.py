"""Item class CTXRayDetailsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import (
        FilterTypeTermCTXRayDetails as _FilterTypeTermCTXRayDetails,
    )
else:
    from dicomodel.lazy import Lazy

    _FilterTypeTermCTXRayDetails = Lazy(
        "dicomodel.enums.filter_type", "FilterTypeTermCTXRayDetails"
    )

if TYPE_CHECKING:
    from dicomodel.enums.filter_type import FilterTypeTermCTXRayDetails as FilterTypeTerm

__all__ = [
    "CTXRayDetailsSequenceItem",
    "FilterTypeTerm",
]


class CTXRayDetailsSequenceItem(DicomModel):
    """An item of CT X-Ray Details Sequence (0018,9325), as first defined in CT X-Ray Details Macro Attributes (C.8-125)."""

    dicom_name: ClassVar[str] = "CT X-Ray Details Sequence"
    dicom_table: ClassVar[str] = "table_C.8-125"

    ReferencedPathIndex: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00189378,
            "US",
            "1-n",
            "1C",
            name="Referenced Path Index",
            when=("value", 0x00189361, 0, "in", ("YES",)),
        ),
    ] = None
    """Referenced Path Index (0018,9378): Type 1C, VR US, VM 1-n. Required if Multi-energy CT Acquisition (0018,9361) is YES. References the X-Ray Path Index (0018,937A) in the Multi-energy CT Path Sequence (0018,9379) for this exposure. This Attribute may contain multiple values if this item describes multiple paths."""

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060,
            "DS",
            "1",
            "1C",
            name="KVP",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Nominal peak kilo voltage output of the X-Ray generator used. If Multi-energy Source Technique (0018,9368) in Multi-energy CT X-Ray Source Sequence (0018,9365) (of the referenced Multi-energy CT Path Index (0018,937A)) is \"SWITCHING_SOURCE\"..."""

    FocalSpots: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00181190,
            "DS",
            "1-n",
            "1C",
            name="Focal Spot(s)",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Focal Spot(s) (0018,1190): Type 1C, VR DS, VM 1-n. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Used nominal size of the focal spot in mm. The Attribute may only have one or two values, for devices with variable focal spot, small dimension followed by large dimension Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL..."""

    FilterType: Annotated[
        _FilterTypeTermCTXRayDetails | vr.SH | None,
        Attribute(
            0x00181160,
            "SH",
            "1",
            "1C",
            name="Filter Type",
            when=(
                "or",
                ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Filter Type (0018,1160): Type 1C, VR SH, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. Type of filter(s) inserted into the X-Ray beam. Defined Terms: WEDGE BUTTERFLY MULTIPLE FLAT SHAPED NONE Multiple type of filters can be expressed by a combination, e.g., BUTTERFLY+WEDGE."""

    FilterMaterial: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00187050,
            "CS",
            "1-n",
            "1C",
            name="Filter Material",
            when=(
                "and",
                (
                    "or",
                    ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                    ("value", 0x00080008, 1, "in", ("ORIGINAL",)),
                ),
                ("value", 0x00181160, 0, "not_in", ("NONE",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Filter Material (0018,7050): Type 1C, VR CS, VM 1-n. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL or Image Type (0008,0008) Value 1 is ORIGINAL, and the value of Filter Type (0018,1160) is other than NONE. May be present otherwise. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms. At least one value is required to be present."""

    CalciumScoringMassFactorPatient: Annotated[
        vr.FL | None,
        Attribute(0x00189351, "FL", "1", "3", name="Calcium Scoring Mass Factor Patient"),
    ] = None
    """Calcium Scoring Mass Factor Patient (0018,9351): Type 3, VR FL, VM 1. The calibration factor for the calcium mass score. These factors incorporate the effects of KV value of the CT image the patient size. machine specific corrections See Section C.8.2.1.1.7."""

    CalciumScoringMassFactorDevice: Annotated[
        list[vr.FL] | None,
        Attribute(0x00189352, "FL", "3", "3", name="Calcium Scoring Mass Factor Device"),
    ] = None
    """Calcium Scoring Mass Factor Device (0018,9352): Type 3, VR FL, VM 3. The calibration factors for the calcium mass score of the device. These factors incorporate the effects of KV value of the CT image machine specific corrections This a multi-value Attribute, the first value specifies the mass factor for a s..."""

    EnergyWeightingFactor: Annotated[
        vr.FL | None,
        Attribute(
            0x00189353,
            "FL",
            "1",
            "1C",
            name="Energy Weighting Factor",
            when=(
                "or",
                ("value", 0x00089007, 4, "in", ("ENERGY_PROP_WT",)),
                ("value", 0x00080008, 4, "in", ("ENERGY_PROP_WT",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Energy Weighting Factor (0018,9353): Type 1C, VR FL, VM 1. Required if Required if Frame Type (0008,9007) Value 4 of this frame is ENERGY_PROP_WT or Image Type (0008,0008) Value 4 is ENERGY_PROP_WT. May be present otherwise. The weighting factor of the data from this Sequence Item. Required if Required if Frame Type (0008,9007) Value 4 of this frame is ENERGY_PROP_WT or Image Type (0008,0008) Value 4 is ENERGY_PROP_WT. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermCTXRayDetails"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
