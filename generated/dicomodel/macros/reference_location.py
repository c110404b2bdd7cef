"""Reference Location Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import offset_direction as _offset_direction
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class ReferenceLocationMacro(DicomModel):
    """Reference Location Macro Attributes (PS3.3 Table 10.27-1)."""

    dicom_name: ClassVar[str] = "Reference Location"
    dicom_table: ClassVar[str] = "table_10.27-1"

    ReferenceLocationLabel: Annotated[
        vr.LO, Attribute(0x00189900, "LO", "1", "1", name="Reference Location Label")
    ]
    """Reference Location Label (0018,9900): Type 1, VR LO, VM 1. Brief user-readable label for the location."""

    ReferenceLocationDescription: Annotated[
        vr.UT | None, Attribute(0x00189901, "UT", "1", "3", name="Reference Location Description")
    ] = None
    """Reference Location Description (0018,9901): Type 3, VR UT, VM 1. Further elaboration of the Reference Location. The value may include a description of the relative anatomical location, the appearance of the feature or landmark, or how it can be identified."""

    ReferenceBasisCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00189902, "SQ", "1", "1", name="Reference Basis Code Sequence"),
    ]
    """Reference Basis Code Sequence (0018,9902): Type 1, VR SQ, VM 1. The anatomical feature or point of reference on which the reference location is based. Only a single Item shall be included in this Sequence."""

    ReferenceGeometryCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x00189903, "SQ", "1", "1", name="Reference Geometry Code Sequence"),
    ]
    """Reference Geometry Code Sequence (0018,9903): Type 1, VR SQ, VM 1. Characterizes the geometry of the reference location (e.g., a plane or point). Only a single Item shall be included in this Sequence."""

    OffsetDistance: Annotated[
        vr.DS | None, Attribute(0x00189904, "DS", "1", "3", name="Offset Distance")
    ] = None
    """Offset Distance (0018,9904): Type 3, VR DS, VM 1. Positive offset (in mm) from the Reference Basis to the actual Reference Location. See Section 10.27.1."""

    OffsetDirection: Annotated[
        _offset_direction.OffsetDirection | None,
        Attribute(
            0x00189905,
            "CS",
            "1",
            "1C",
            name="Offset Direction",
            enumerated=(
                (
                    0,
                    (
                        "SUPERIOR",
                        "INFERIOR",
                        "ANTERIOR",
                        "POSTERIOR",
                        "LEFT",
                        "RIGHT",
                        "PROXIMAL",
                        "DISTAL",
                        "MEDIAL",
                        "LATERAL",
                    ),
                ),
            ),
            when=("present", 0x00189904),
        ),
    ] = None
    """Offset Direction (0018,9905): Type 1C, VR CS, VM 1. Required if Offset Distance (0018,9904) is present. Direction of the offset (in terms of patient position) from the Reference Basis to the Reference Location. Enumerated Values: SUPERIOR INFERIOR ANTERIOR POSTERIOR LEFT RIGHT PROXIMAL DISTAL MEDIAL LATERAL Required if Offset Distance (0018,9..."""
