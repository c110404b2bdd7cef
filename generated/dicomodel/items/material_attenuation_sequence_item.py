"""Item class MaterialAttenuationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MaterialAttenuationSequenceItem",
]


class MaterialAttenuationSequenceItem(DicomModel):
    """An item of Material Attenuation Sequence (0018,9382), as first defined in Multi-energy CT Processing Macro Attributes (C.8.15.3.13-1)."""

    dicom_name: ClassVar[str] = "Material Attenuation Sequence"
    dicom_table: ClassVar[str] = "table_C.8.15.3.13-1"

    PhotonEnergy: Annotated[vr.DS, Attribute(0x00189383, "DS", "1", "1", name="Photon Energy")]
    """Photon Energy (0018,9383): Type 1, VR DS, VM 1. Photon energy in keV."""

    XRayMassAttenuationCoefficient: Annotated[
        vr.DS, Attribute(0x00189384, "DS", "1", "1", name="X-Ray Mass Attenuation Coefficient")
    ]
    """X-Ray Mass Attenuation Coefficient (0018,9384): Type 1, VR DS, VM 1. Attenuation of this material at the specific Photon Energy (0018,9383), normalized to material density."""
