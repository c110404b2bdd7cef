"""Item class ModalityLUTSequenceItemPresentationStateBlending.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ModalityLUTSequenceItemPresentationStateBlending",
]


class ModalityLUTSequenceItemPresentationStateBlending(DicomModel):
    """An item of Modality LUT Sequence (0028,3000), as first defined in Presentation State Blending Module Attributes (C.11.14-1)."""

    dicom_name: ClassVar[str] = "Modality LUT Sequence"
    dicom_table: ClassVar[str] = "table_C.11.14-1"

    LUTDescriptor: Annotated[
        list[vr.US | vr.SS] | None,
        Attribute(
            0x00283002,
            "US or SS",
            "3",
            "1C",
            name="LUT Descriptor",
            when=("unknown", "depends on what the presentation is to apply"),
        ),
    ] = None
    """LUT Descriptor (0028,3002): Type 1, VR US or SS, VM 3. Specifies the format of the LUT Data in this Sequence. See Section C.11.1.1 for further explanation."""

    LUTExplanation: Annotated[
        vr.LO | None, Attribute(0x00283003, "LO", "1", "3", name="LUT Explanation")
    ] = None
    """LUT Explanation (0028,3003): Type 3, VR LO, VM 1. Free form text explanation of the meaning of the LUT."""

    ModalityLUTType: Annotated[
        vr.LO | None,
        Attribute(
            0x00283004,
            "LO",
            "1",
            "1C",
            name="Modality LUT Type",
            when=("unknown", "depends on what the presentation is to apply"),
        ),
    ] = None
    """Modality LUT Type (0028,3004): Type 1, VR LO, VM 1. Specifies the output values of this Modality LUT. See Section C.11.1.1.2 for further explanation."""

    LUTData: Annotated[
        list[vr.US | vr.OW] | None,
        Attribute(
            0x00283006,
            "US or OW",
            "1-n",
            "1C",
            name="LUT Data",
            when=("unknown", "depends on what the presentation is to apply"),
        ),
    ] = None
    """LUT Data (0028,3006): Type 1, VR US or OW, VM 1-n. LUT Data in this Sequence."""
