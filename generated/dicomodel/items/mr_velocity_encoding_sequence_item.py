"""Item class MRVelocityEncodingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRVelocityEncodingSequenceItem",
]


class MRVelocityEncodingSequenceItem(DicomModel):
    """An item of MR Velocity Encoding Sequence (0018,9197), as first defined in MR Velocity Encoding Macro Attributes (C.8-100)."""

    dicom_name: ClassVar[str] = "MR Velocity Encoding Sequence"
    dicom_table: ClassVar[str] = "table_C.8-100"

    VelocityEncodingDirection: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00189090,
            "FD",
            "3",
            "1C",
            name="Velocity Encoding Direction",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Velocity Encoding Direction (0018,9090): Type 1C, VR FD, VM 3. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. The direction cosines of the velocity encoding vector with respect to the patient. See Section C.7.6.2.1.1 and Section C.8.13.5.13.1 for further explanation. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL."""

    VelocityEncodingMinimumValue: Annotated[
        vr.FD | None,
        Attribute(
            0x00189091,
            "FD",
            "1",
            "1C",
            name="Velocity Encoding Minimum Value",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Velocity Encoding Minimum Value (0018,9091): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Minimum velocity in cm/s. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    VelocityEncodingMaximumValue: Annotated[
        vr.FD | None,
        Attribute(
            0x00189217,
            "FD",
            "1",
            "1C",
            name="Velocity Encoding Maximum Value",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Velocity Encoding Maximum Value (0018,9217): Type 1C, VR FD, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Maximum velocity in cm/s. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""
