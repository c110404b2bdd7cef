"""Item class CTAdditionalXRaySourceSequenceItemCTImage.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CTAdditionalXRaySourceSequenceItemCTImage",
]


class CTAdditionalXRaySourceSequenceItemCTImage(DicomModel):
    """An item of CT Additional X-Ray Source Sequence (0018,9360), as first defined in CT Image Module Attributes (C.8-3)."""

    dicom_name: ClassVar[str] = "CT Additional X-Ray Source Sequence"
    dicom_table: ClassVar[str] = "table_C.8-3"

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
    """Filter Type (0018,1160): Type 1, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam."""

    FilterMaterial: Annotated[
        list[vr.CS], Attribute(0x00187050, "CS", "1-n", "1", name="Filter Material")
    ]
    """Filter Material (0018,7050): Type 1, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""

    ExposureInmAs: Annotated[
        vr.FD | None, Attribute(0x00189332, "FD", "1", "3", name="Exposure in mAs")
    ] = None
    """Exposure in mAs (0018,9332): Type 3, VR FD, VM 1. The exposure expressed in milliampere seconds, for example calculated from exposure time and X-Ray tube current."""

    EnergyWeightingFactor: Annotated[
        vr.FL | None,
        Attribute(
            0x00189353,
            "FL",
            "1",
            "1C",
            name="Energy Weighting Factor",
            when=("code", 0x00089215, (("113097", "DCM"),)),
            otherwise="may",
        ),
    ] = None
    """Energy Weighting Factor (0018,9353): Type 1C, VR FL, VM 1. Required if one Derivation Code Sequence (0008,9215) Item value is (113097, DCM, \"Multi-energy proportional weighting\"). May be present otherwise. The weighting factor of the data from this additional source in a multiple energy composition image. This factor incorporates the effects of the specific X-Ray source and kV value examination specific characteristics."""
