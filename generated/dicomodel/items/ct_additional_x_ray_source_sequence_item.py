"""Item class CTAdditionalXRaySourceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTAdditionalXRaySourceSequenceItem",
]


class CTAdditionalXRaySourceSequenceItem(DicomModel):
    """An item of CT Additional X-Ray Source Sequence (0018,9360), as first defined in CT Additional X-Ray Source Macro Attributes (C.8-126b)."""

    dicom_name: ClassVar[str] = "CT Additional X-Ray Source Sequence"
    dicom_table: ClassVar[str] = "table_C.8-126b"

    KVP: Annotated[vr.DS, Attribute(0x00180060, "DS", "1", "1", name="KVP")]
    """KVP (0018,0060): Type 1, VR DS, VM 1. Peak kilo voltage output of the X-Ray generator used."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD, Attribute(0x00189330, "FD", "1", "1", name="X-Ray Tube Current in mA")
    ]
    """X-Ray Tube Current in mA (0018,9330): Type 1, VR FD, VM 1. Nominal X-Ray tube current in milliamperes."""

    DataCollectionDiameter: Annotated[
        vr.DS, Attribute(0x00180090, "DS", "1", "1", name="Data Collection Diameter")
    ]
    """Data Collection Diameter (0018,0090): Type 1, VR DS, VM 1. The diameter in mm of the region over which data were collected."""

    FocalSpots: Annotated[
        list[vr.DS], Attribute(0x00181190, "DS", "1-n", "1", name="Focal Spot(s)")
    ]
    """Focal Spot(s) (0018,1190): Type 1, VR DS, VM 1-n. Used nominal size of the focal spot in mm."""

    FilterType: Annotated[vr.SH, Attribute(0x00181160, "SH", "1", "1", name="Filter Type")]
    """Filter Type (0018,1160): Type 1, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam. See Section C.8.15.3.9."""

    FilterMaterial: Annotated[
        list[vr.CS], Attribute(0x00187050, "CS", "1-n", "1", name="Filter Material")
    ]
    """Filter Material (0018,7050): Type 1, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""

    ExposureInmAs: Annotated[vr.FD, Attribute(0x00189332, "FD", "1", "1", name="Exposure in mAs")]
    """Exposure in mAs (0018,9332): Type 1, VR FD, VM 1. The exposure expressed in milliampere seconds, for example calculated from exposure time and X-Ray tube current."""

    EnergyWeightingFactor: Annotated[
        vr.FL | None,
        Attribute(
            0x00189353,
            "FL",
            "1",
            "1C",
            name="Energy Weighting Factor",
            when=("value", 0x00089007, 4, "in", ("ENERGY_PROP_WT",)),
            otherwise="may",
        ),
    ] = None
    """Energy Weighting Factor (0018,9353): Type 1C, VR FL, VM 1. Required if Required if Frame Type (0008,9007) Value 4 of this frame is ENERGY_PROP_WT. May be present otherwise. The weighting factor of the data from this additional source in a multiple energy composition image. This factor incorporates the effects of the specific X-Ray source and kV value examination specific characteristics."""
