"""RT Physician Intent Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    rt_treatment_phase_intent_presence_flag as _rt_treatment_phase_intent_presence_flag,
)
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.rt_physician_intent_sequence_item import RTPhysicianIntentSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTPhysicianIntentModule(DicomModel):
    """RT Physician Intent Module Attributes (PS3.3 Table C.36.5-1)."""

    dicom_name: ClassVar[str] = "RT Physician Intent"
    dicom_table: ClassVar[str] = "table_C.36.5-1"

    UserContentLongLabel: Annotated[
        vr.LO, Attribute(0x30100034, "LO", "1", "1", name="User Content Long Label")
    ]
    """User Content Long Label (3010,0034): Type 1, VR LO, VM 1. User-defined label for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. User-defined description for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    RTTreatmentPhaseIntentPresenceFlag: Annotated[
        _rt_treatment_phase_intent_presence_flag.RTTreatmentPhaseIntentPresenceFlag,
        Attribute(
            0x30100045,
            "CS",
            "1",
            "1",
            name="RT Treatment Phase Intent Presence Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """RT Treatment Phase Intent Presence Flag (3010,0045): Type 1, VR CS, VM 1. Whether an RT Treatment Phase Intent definition is present. Enumerated Values: YES NO"""

    RTPhysicianIntentSequence: Annotated[
        list[RTPhysicianIntentSequenceItem],
        Attribute(0x30100057, "SQ", "1", "1", name="RT Physician Intent Sequence"),
    ]
    """RT Physician Intent Sequence (3010,0057): Type 1, VR SQ, VM 1. The overall goals or aims intended by the physician, for the Radiotherapy. One or more Items shall be included in this Sequence. See Section C.36.5.1.1."""
